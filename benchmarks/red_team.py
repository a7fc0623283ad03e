"""Issue 13's red-team pass, repeatable: attack families against a version of Counter.

Each attack runs the program as an outsider would (its command line, `sqlite3` on the
database file, the files it leaves) on a fresh demo shop in a home of its own, and the
outcome is classed the way the issue counts them:

- refused: the program said no in one clean line (exit 2 or 3), nothing changed;
- detected: the attack went through but ``audit verify`` reports it (exit 1);
- undetected / leaked / gained: the attack worked and nothing says so;
- crashed: a traceback or "internal error" (exit 1 from a bug).

Run it against this checkout, and against an older one to compare, each with its own
virtual environment (``ROOT/.venv/bin/python``)::

    .venv/bin/python benchmarks/red_team.py                      # this version
    .venv/bin/python benchmarks/red_team.py --root /path/to/old  # e.g. a worktree of ad30b5a

It prints one row per attack family with its counts, and ``--json`` writes them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PASSWORD = "red-team-pw-1"  # noqa: S105 - the made-up shop's staff
HKID = "A123456(3)"  # a valid check digit
CARD = "4111 1111 1111 1111"  # Luhn-valid


@dataclass
class Program:
    """One version of Counter, run in a home of its own."""

    root: Path
    home: Path
    umask: int = 0o022

    @property
    def python(self) -> Path:
        return self.root / ".venv" / "bin" / "python"

    @property
    def database(self) -> Path:
        return self.home / "data" / "counter.sqlite3"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTER_")}
        for name in ("config", "data", "log"):
            env[f"COUNTER_{name.upper()}_DIR"] = str(self.home / name)
        return env

    def _preexec(self) -> None:
        os.umask(self.umask)

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.python), "-m", "counter_app", *args],
            cwd=self.root,
            env=self.env(),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            preexec_fn=self._preexec,
        )

    def script(self, code: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.python), "-c", textwrap.dedent(code), *args],
            cwd=self.root,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    def signed(self, *args: str, staff: str = "manager") -> list[str]:
        """*args* with --staff when this version has it (it was added by issue 13)."""
        return [*args, "--staff", staff] if self.has_staff_option(args[0]) else [*args]

    def has_staff_option(self, command: str) -> bool:
        return "--staff" in self.run(command, "--help").stdout


def fresh(root: Path, base: Path, name: str, umask: int = 0o022) -> Program:
    home = base / name
    for folder in ("config", "data", "log"):
        (home / folder).mkdir(parents=True, mode=0o755)
        (home / folder).chmod(0o755)
    program = Program(root, home, umask)
    built = program.run("demo-data", "--lines", "20", "--password", PASSWORD)
    if built.returncode != 0:
        raise SystemExit(f"demo-data failed in {root}: {built.stderr}")
    return program


def crashed(result: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" in result.stderr or "internal error" in result.stderr


def one_clean_line(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode in (2, 3) and len(result.stderr.strip().splitlines()) == 1


@dataclass
class Family:
    name: str
    outcomes: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def add(self, outcome: str, note: str = "") -> None:
        """Count *outcome*; *note* names the attack when it was not stopped."""
        self.outcomes[outcome] += 1
        if note and outcome not in ("refused", "detected"):
            self.notes.append(f"{outcome}: {note}")


# --- sales to attack ------------------------------------------------------------------

SELL = """
    import sys
    from datetime import UTC, datetime
    from counter_app.config import load_settings
    from counter_app.domain.sales import SaleKind
    from counter_app.domain.tenders import Tender, TenderKind
    from counter_app.services import keys, sales, shifts, staff
    from counter_app.services.shop import counter_context, open_database

    settings = load_settings()
    db = open_database(settings)
    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    keys.check_matches_database(db, secret, datetime.now(UTC))
    context = counter_context(db, "C1")
    clerk = staff.sign_in(db, "clerk", sys.argv[1], counter_id=context.counter_id)
    if shifts.current_shift(db, context.counter_id) is None:
        shifts.open_shift(db, clerk, context.counter_id, 0)
    reference = sys.argv[3]
    for _ in range(int(sys.argv[2])):
        draft = sales.start_sale(db, clerk, context.counter_id, SaleKind.VOUCHER)
        tender = (
            Tender(TenderKind.FPS, 5_000, reference=reference)
            if reference
            else Tender(TenderKind.CASH, 5_000, tendered=5_000)
        )
        try:
            sold = sales.complete_voucher_sale(
                db, clerk, draft.uuid, carrier_code="BAUHINIA", face_value=5_000,
                tenders=[tender],
            )
        except Exception as error:  # the clerk's error: refused
            print("REFUSED", type(error).__name__)
        else:
            print("SOLD", sold.receipt_no)
"""


def sell(program: Program, count: int, reference: str = "") -> list[str]:
    done = program.script(SELL, PASSWORD, str(count), reference)
    if done.returncode != 0:
        raise SystemExit(f"selling failed: {done.stderr[-2000:]}")
    return [line.split()[1] for line in done.stdout.splitlines() if line.startswith("SOLD")]


# --- 1. administrative acts without a password ------------------------------------------


def admin_without_password(root: Path, base: Path) -> Family:
    family = Family("admin acts by anyone at the PC")
    program = fresh(root, base, "admin")
    lines_csv = base / "lines.csv"
    lines_csv.write_text("msisdn\n", encoding="utf-8")
    attempts: list[tuple[Sequence[str], str, Callable[[], bool]]] = [
        (
            ("users", "add", "mallory", "--role", "admin"),
            "new-password-1\n",
            lambda: _has_user(program, "mallory"),
        ),
        (
            ("users", "reset-password", "supervisor"),
            "taken-over-1\n",
            lambda: _signs_in(program, "supervisor", "taken-over-1"),
        ),
        (("users", "unlock", "clerk"), "", lambda: True),
        (("users", "list"), "", lambda: True),
        (
            (
                "export",
                "sales",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--out",
                str(base / "x.csv"),
            ),
            "",
            (base / "x.csv").exists,
        ),
        (("retention", "--dry-run"), "", lambda: True),
        (("backup", str(base / "copies") + "/"), "", lambda: any((base / "copies").glob("*"))),
    ]
    for args, stdin, effect in attempts:
        done = program.run(*args, stdin=stdin)
        if crashed(done):
            family.add("crashed", " ".join(args))
        elif done.returncode == 0 and effect():
            family.add("gained", " ".join(args))
        else:
            family.add("refused")
    # Signed, but by a clerk: the role table must refuse what the window refuses.
    if program.has_staff_option("retention"):
        for args, stdin, effect in attempts[:2]:
            done = program.run(*args, "--staff", "clerk", stdin=f"{PASSWORD}\n{stdin}")
            family.add("gained" if done.returncode == 0 and effect() else "refused")
    return family


def _has_user(program: Program, name: str) -> bool:
    with sqlite3.connect(program.database) as connection:
        return bool(
            connection.execute("SELECT 1 FROM staff_users WHERE username = ?", (name,)).fetchone()
        )


def _signs_in(program: Program, name: str, password: str) -> bool:
    done = program.script(
        """
        import sys
        from counter_app.config import load_settings
        from counter_app.services import staff
        from counter_app.store.engine import Database
        db = Database(load_settings().database_url)
        staff.sign_in(db, sys.argv[1], sys.argv[2])
        """,
        name,
        password,
    )
    return done.returncode == 0


# --- 2. rewriting the records ------------------------------------------------------------

FORGE = """
    import hashlib, json, sys
    from sqlalchemy import select
    from counter_app.config import load_settings
    from counter_app.services import audit
    from counter_app.store.engine import Database
    from counter_app.store.models import AuditEvent, AuditHead

    # What someone with write access and this version's source does: edit an entry, then
    # recompute every hash after it with plain SHA-256 (no key) and move the head(s).
    db = Database(load_settings().database_url)
    with db.write() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        events[0].details = {**events[0].details, "forged": True}
        chains = {}
        for event in events:
            chains.setdefault(getattr(event, "chain", 0), []).append(event)
        heads = {
            getattr(h, "chain", getattr(h, "id", 0)): h for h in session.scalars(select(AuditHead))
        }
        for chain, members in chains.items():
            previous = "0" * 64
            for event in sorted(members, key=lambda e: getattr(e, "seq", e.id)):
                event.prev_hash = previous
                body = audit._body(event) if hasattr(audit, "_body") else None
                if body is None:
                    event.hash = audit._digest(event)
                else:
                    if hasattr(event, "seq"):
                        body = {**body, "chain": event.chain, "seq": event.seq}
                    event.hash = hashlib.sha256(audit._canonical(body)).hexdigest()
                previous = event.hash
            head = heads.get(chain) or heads.get(1)
            if head is not None:
                head.last_hash = previous
                head.last_event_id = members[-1].id
"""


def _reset_heads(connection: sqlite3.Connection) -> None:
    columns = [row[1] for row in connection.execute("PRAGMA table_info(audit_head)")]
    values = ", ".join(
        f"{name} = '{'0' * 64}'" if "hash" in name else f"{name} = 0"
        for name in columns
        if name not in ("id", "chain")
    )
    connection.execute(f"UPDATE audit_head SET {values}")  # noqa: S608 - our own names


def _sql(*statements: str) -> Callable[[Program], None]:
    def attack(program: Program) -> None:
        with sqlite3.connect(program.database) as connection:
            for statement in statements:
                connection.execute(statement)

    return attack


def _wipe(program: Program) -> None:
    with sqlite3.connect(program.database) as connection:
        connection.execute("DELETE FROM audit_events")
        _reset_heads(connection)


def _forge(program: Program) -> None:
    done = program.script(FORGE)
    if done.returncode != 0:
        raise SystemExit(f"forging failed: {done.stderr[-2000:]}")


RECORD_ATTACKS: dict[str, Callable[[Program], None]] = {
    "edit an entry": _sql("UPDATE audit_events SET subject = 'someone else' WHERE id = 2"),
    "delete an entry": _sql("DELETE FROM audit_events WHERE id = 3"),
    "truncate the tail": _sql(
        "DELETE FROM audit_events WHERE id > (SELECT max(id) - 3 FROM audit_events)"
    ),
    "delete everything, reset the head": _wipe,
    "forge with plain hashes": _forge,
    "edit a sale's total": _sql(
        "UPDATE sales SET total = total - 1000 "
        "WHERE id = (SELECT min(id) FROM sales WHERE state = 'completed')"
    ),
    "delete a payment": _sql(
        "DELETE FROM payments WHERE sale_id = (SELECT min(id) FROM sales WHERE state = 'completed')"
    ),
    "delete a sale": _sql(
        "DELETE FROM payments "
        "WHERE sale_id = (SELECT min(id) FROM sales WHERE state = 'completed')",
        "DELETE FROM sale_items "
        "WHERE sale_id = (SELECT min(id) FROM sales WHERE state = 'completed')",
        "DELETE FROM sales WHERE id = (SELECT min(id) FROM sales WHERE state = 'completed')",
    ),
    "make a clerk an admin": _sql("UPDATE staff_users SET role = 'admin' WHERE username = 'clerk'"),
}


def rewriting_records(root: Path, base: Path) -> Family:
    family = Family("rewriting the records")
    for number, (name, attack) in enumerate(RECORD_ATTACKS.items()):
        program = fresh(root, base, f"records-{number}")
        sell(program, 3)
        before = program.run("audit", "verify")
        if before.returncode != 0:
            raise SystemExit(f"the untouched trail does not verify: {before.stderr}")
        attack(program)
        _judge(family, program.run("audit", "verify"), name)
    # A rewind: the whole file put back to an earlier state, after more sales were made.
    program = fresh(root, base, "records-rewind")
    sell(program, 2)
    earlier = base / "earlier.sqlite3"
    shutil.copy(program.database, earlier)
    sell(program, 2)
    expect = _printed_heads(program)
    shutil.copy(earlier, program.database)
    for suffix in ("-wal", "-shm"):
        Path(f"{program.database}{suffix}").unlink(missing_ok=True)
    args = ["audit", "verify", *[item for head in expect for item in ("--expect", head)]]
    if not expect:  # a version that prints no head: only the database to go by
        args = ["audit", "verify"]
    _judge(family, program.run(*args), "rewind the whole file")
    return family


def _printed_heads(program: Program) -> list[str]:
    """The head hashes a Z report or a backup would show, from `audit verify`'s output."""
    done = program.run("audit", "verify")
    return [
        word
        for word in done.stdout.split()
        if len(word) >= 16 and all(c in "0123456789abcdef" for c in word)
    ]


def _judge(family: Family, verdict: subprocess.CompletedProcess[str], name: str) -> None:
    if crashed(verdict):
        family.add("crashed", name)
    elif verdict.returncode == 1:
        family.add("detected")
    else:
        family.add("undetected", name)


# --- 3. personal data where it must not be --------------------------------------------------


def personal_data(root: Path, base: Path) -> Family:
    family = Family("ID and card numbers in free text")
    program = fresh(root, base, "free-text")
    # A reminder's outcome with an HKID in it.
    done = program.run(
        "reminders",
        "contacted",
        "9600",
        "0001",
        "--outcome",
        f"ID {HKID} will come",
        "--staff",
        "clerk",
        "--password-stdin",
        stdin=f"{PASSWORD}\n",
    )
    stored = _stored(program, "SELECT outcome FROM reminder_contacts", HKID)
    family.add(_leak(done, stored), "reminder outcome")
    # A card number typed as an FPS reference: stored, and printed on the receipt?
    sold = sell(program, 1, reference=CARD.replace(" ", ""))
    stored = _stored(program, "SELECT reference FROM payments", CARD.replace(" ", ""))
    printed = False
    if sold:
        out = base / "receipt.pdf"
        args = ["receipt", sold[0], "--out", str(out)]
        printed_run = program.run(*program.signed(*args, staff="clerk"), stdin=f"{PASSWORD}\n")
        if printed_run.returncode == 0:
            text = subprocess.run(
                ["pdftotext", str(out), "-"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            printed = "4111" in text.replace(" ", "") and "1111111111111111" in text.replace(
                " ", ""
            )
    family.add(
        "leaked" if stored or printed else "refused",
        "FPS reference" + (" (printed)" if printed else ""),
    )
    return family


def _stored(program: Program, query: str, needle: str) -> bool:
    with sqlite3.connect(program.database) as connection:
        return any(needle in str(row[0]).replace(" ", "") for row in connection.execute(query))


def _leak(done: subprocess.CompletedProcess[str], stored: bool) -> str:
    if crashed(done):
        return "crashed"
    return "leaked" if stored else "refused"


# --- 4. files others can read ---------------------------------------------------------------


def readable_files(root: Path, base: Path) -> Family:
    family = Family("files other users can read")
    program = fresh(root, base, "files", umask=0o022)
    sell(program, 1)
    for path in sorted(program.home.rglob("*")):
        mode = path.stat().st_mode
        if mode & (stat.S_IROTH | stat.S_IRGRP):
            family.add("leaked", str(path.relative_to(program.home)))
        else:
            family.add("refused")
    return family


# --- 5. a damaged database ------------------------------------------------------------------


def damaged_database(root: Path, base: Path) -> Family:
    family = Family("a damaged database file")
    for number, offset_page in enumerate((2, 5, 9)):
        program = fresh(root, base, f"damaged-{number}")
        sell(program, 2)
        with sqlite3.connect(program.database) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page = connection.execute("PRAGMA page_size").fetchone()[0]
        with program.database.open("r+b") as handle:  # a whole page overwritten
            handle.seek(page * (offset_page - 1))
            handle.write(os.urandom(page))
        done = program.run("audit", "verify")
        if crashed(done):
            family.add("crashed", f"page {offset_page}")
        elif one_clean_line(done):
            family.add("refused")
        elif done.returncode == 0:
            family.add("used without a word", f"page {offset_page}")
        else:
            family.add("detected")
    return family


FAMILIES: dict[str, Callable[[Path, Path], Family]] = {
    "admin": admin_without_password,
    "records": rewriting_records,
    "free-text": personal_data,
    "files": readable_files,
    "damaged": damaged_database,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE, help="the checkout to attack")
    parser.add_argument("--only", choices=sorted(FAMILIES), action="append")
    parser.add_argument("--json", type=Path, help="write the counts here")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    results = {}
    with tempfile.TemporaryDirectory(prefix="red-team-") as folder:
        for key in args.only or FAMILIES:
            family = FAMILIES[key](root, Path(folder) / key)
            results[key] = {"name": family.name, **family.outcomes, "notes": family.notes}
            counts = ", ".join(f"{outcome} {n}" for outcome, n in sorted(family.outcomes.items()))
            print(f"{family.name:<40} {counts}")
            for note in family.notes:
                print(f"    {note}")
            sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
