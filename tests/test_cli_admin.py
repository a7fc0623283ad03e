"""The admin subcommands as a shop's admin runs them: real processes, real exit codes."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum import luhn

from counter_app.domain.identity import hkid_check_digit
from counter_app.domain.sales import SaleKind
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services.imports import LINE_COLUMNS

PASSWORD = "demo-pass-123"
MANAGER = ("--staff", "manager")
SUPERVISOR = ("--staff", "supervisor")

pytestmark = pytest.mark.slow


def counter_app(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env=dict(os.environ),
        check=False,
    )


def demo_data(lines: int = 20) -> str:
    result = counter_app("demo-data", "--lines", str(lines), "--password", PASSWORD)
    assert result.returncode == 0, result.stderr
    return result.stdout


def database(counter_home: Path) -> Path:
    return counter_home / "data" / "counter.sqlite3"


def test_every_admin_command_is_in_the_help() -> None:
    help_text = counter_app("--help").stdout
    for command in ("setup", "demo-data", "users", "import", "export", "audit", "backup"):
        assert command in help_text
    users_help = counter_app("users", "--help").stdout
    for action in ("add", "list", "unlock", "reset-password", "passwd"):
        assert action in users_help


def test_a_reader_that_goes_away_is_not_a_bug(counter_home: Path) -> None:
    # `counter-app demo-data | head -3`: the pipe is closed before the command prints.
    command = [sys.executable, "-m", "counter_app", "demo-data", "--password", PASSWORD]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    with process.stderr:
        errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 3
    assert "internal error" not in errors and "Traceback" not in errors, errors
    assert "Exception ignored" not in errors, errors
    # What it did stands: asked again, the demo shop is there.
    again = counter_app("demo-data")
    assert again.returncode == 0, again.stderr
    assert "already built; nothing was changed" in again.stdout


def test_demo_data_prints_the_staff_and_sample_lines(counter_home: Path) -> None:
    output = demo_data()
    assert f"clerk        clerk       {PASSWORD}" in output
    assert f"supervisor   supervisor  {PASSWORD}" in output
    assert "+85296000000" in output
    assert " HKID " in output
    # Asked again, it changes nothing and prints the same logins and samples (for training).
    again = counter_app("demo-data")
    assert again.returncode == 0, again.stderr
    assert "already built; nothing was changed" in again.stdout
    assert "  clerk        clerk\n" in again.stdout
    assert PASSWORD not in again.stdout  # a password chosen at build time is not kept
    samples = output[output.index("sample lines") :]
    assert again.stdout[again.stdout.index("sample lines") :] == samples


def test_demo_data_first_or_the_window_first_gives_the_same_demo_shop(
    counter_home: Path,
) -> None:
    # The README's order: demo-data first, then the window. The window's logins must work.
    first = counter_app("--demo", "demo-data")
    assert first.returncode == 0, first.stderr
    for user, role in (("clerk", "clerk"), ("supervisor", "supervisor"), ("manager", "admin")):
        assert f"  {user:<12} {role:<11} demo-1234\n" in first.stdout
    assert "+85296000003   Number-keeping card" in first.stdout
    assert "HKID E909745(0)" in first.stdout
    assert "500 lines" in first.stdout
    signed = counter_app(
        "--demo", "users", "list", "--staff", "manager", "--password-stdin", stdin="demo-1234\n"
    )
    assert signed.returncode == 0, signed.stderr
    # And again at any time: the same samples, nothing written, no sign-in needed.
    again = counter_app("--demo", "demo-data")
    assert again.returncode == 0, again.stderr
    assert "nothing was changed" in again.stdout
    assert "  manager      admin       demo-1234\n" in again.stdout
    samples = first.stdout[first.stdout.index("sample lines") :]
    assert again.stdout[again.stdout.index("sample lines") :] == samples
    # Another password would break the sign-in screen's promise: refused, nothing built.
    other = counter_app("--demo", "demo-data", "--password", "other-pass-99")
    assert other.returncode == 2
    assert "always sign in with demo-1234" in other.stderr


def test_demo_data_after_the_window_built_the_demo_shop(counter_home: Path) -> None:
    from counter_app.config import load_settings
    from counter_app.services.startup import open_counter

    db, _context, _secret = open_counter(load_settings(demo=True))  # as the window does
    db.dispose()
    shown = counter_app("--demo", "demo-data")
    assert shown.returncode == 0, shown.stderr
    assert "nothing was changed" in shown.stdout
    assert "+85296000003   Number-keeping card" in shown.stdout
    assert "HKID E909745(0)" in shown.stdout
    assert "  clerk        clerk       demo-1234\n" in shown.stdout


def test_demo_data_refuses_a_shop_that_is_not_the_demo(counter_home: Path) -> None:
    setup = counter_app(
        "setup",
        "--shop-code",
        "mk1",
        "--shop-name-zh",
        "旺角店",
        "--shop-name-en",
        "Mong Kok",
        "--counter",
        "c1",
        "--admin",
        "boss",
        stdin="boss-password\n",
    )
    assert setup.returncode == 0, setup.stderr
    unsigned = counter_app("demo-data")
    assert unsigned.returncode == 2
    assert "has staff already" in unsigned.stderr


def test_setup_then_users_add_list_lock_unlock_and_reset(counter_home: Path) -> None:
    setup = counter_app(
        "setup",
        "--shop-code",
        "mk1",
        "--shop-name-zh",
        "旺角店",
        "--shop-name-en",
        "Mong Kok",
        "--counter",
        "c1",
        "--admin",
        "boss",
        stdin="boss-password\n",
    )
    assert setup.returncode == 0, setup.stderr
    assert (counter_home / "config" / "installation-secret.json").exists()
    boss = ("--staff", "boss")
    added = counter_app(
        "users",
        "add",
        "Amy",
        "--role",
        "clerk",
        "--name",
        "Amy Chan",
        *boss,
        stdin=f"boss-password\n{PASSWORD}\n",
    )
    assert added.returncode == 0, added.stderr
    listed = counter_app("users", "list", *boss, stdin="boss-password\n").stdout
    assert "amy" in listed and "Amy Chan" in listed and "active" in listed
    assert "boss" in listed and "admin" in listed

    from counter_app.config import load_settings
    from counter_app.domain.errors import InputError
    from counter_app.services import staff
    from counter_app.services.startup import open_counter

    db, _context, _secret = open_counter(load_settings())
    try:
        for _ in range(staff.MAX_FAILURES):
            with pytest.raises(InputError):
                staff.sign_in(db, "amy", "wrong password")
    finally:
        db.dispose()
    assert "locked" in counter_app("users", "list", *boss, stdin="boss-password\n").stdout

    unlocked = counter_app("users", "unlock", "amy", *boss, stdin="boss-password\n")
    assert unlocked.returncode == 0, unlocked.stderr
    assert "locked" not in counter_app("users", "list", *boss, stdin="boss-password\n").stdout

    short = counter_app(
        "users", "reset-password", "amy", *boss, "--password-stdin", stdin="boss-password\nshort\n"
    )
    assert short.returncode == 2
    assert "at least 8 characters" in short.stderr
    reset = counter_app(
        "users", "reset-password", "amy", *boss, stdin="boss-password\na-new-password\n"
    )
    assert reset.returncode == 0, reset.stderr
    unknown = counter_app("users", "unlock", "nobody", *boss, stdin="boss-password\n")
    assert unknown.returncode == 2
    assert "there is no user nobody" in unknown.stderr


def _iccid(serial: int) -> str:
    body = f"8985208{serial:011d}"
    return body + luhn.calc_check_digit(body)


def _row(msisdn: str, serial: int, id_number: str) -> str:
    values = {
        "msisdn": msisdn,
        "carrier": "BAUHINIA",
        "card_type": "number_keeping",
        "iccid": _iccid(serial),
        "plan_code": "BAU-R01",
        "expires_on": "2027-01-31",
        "balance": "20",
        "holder_name_en": "LEE KA YAN",
        "holder_name_zh": "李嘉欣",
        "holder_dob": "",
        "id_type": "hkid",
        "id_number": id_number,
        "secondary_msisdn": "",
        "auto_renew": "no",
    }
    return ",".join(values[column] for column in LINE_COLUMNS)


def test_import_with_a_bad_row_exits_2_and_names_it(counter_home: Path, tmp_path: Path) -> None:
    demo_data()
    good_id = f"C123456({hkid_check_digit('C', '123456')})"
    bad_id = "C123457(0)" if hkid_check_digit("C", "123457") != "0" else "C123457(1)"
    path = tmp_path / "lines.csv"
    path.write_text(
        "\n".join(
            [",".join(LINE_COLUMNS), _row("61000001", 1, good_id), _row("61000002", 2, bad_id)]
        )
        + "\n",
        encoding="utf-8",
    )

    refused = counter_app("import", "lines", str(path), *MANAGER, stdin=PASSWORD)

    assert refused.returncode == 2
    assert f"{path}:3: id_number: The HKID check digit" in refused.stderr
    assert f"{path}:2:" not in refused.stderr
    assert "C123457" not in refused.stderr + refused.stdout
    assert "nothing imported" in refused.stderr

    path.write_text(
        "\n".join([",".join(LINE_COLUMNS), _row("61000001", 1, good_id)]) + "\n", encoding="utf-8"
    )
    imported = counter_app("import", "lines", str(path), *MANAGER, stdin=PASSWORD)
    assert imported.returncode == 0, imported.stderr
    assert "imported 1 lines" in imported.stdout


def test_audit_verify_finds_an_edited_and_a_removed_entry(counter_home: Path) -> None:
    demo_data()
    intact = counter_app("audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "intact: 3 entries" in intact.stdout

    with sqlite3.connect(database(counter_home)) as connection:
        connection.execute(
            "UPDATE audit_events SET details = ? WHERE id = 1", ('{"role": "admin"}',)
        )
    edited = counter_app("audit", "verify")
    assert edited.returncode == 1
    assert edited.stderr.startswith("counter-app: audit trail broken: entry 1 of the shop chain")
    assert "was changed" in edited.stderr
    assert len(edited.stderr.splitlines()) == 1

    with sqlite3.connect(database(counter_home)) as connection:
        connection.execute(
            "UPDATE audit_events SET details = ? WHERE id = 1", ('{"role": "clerk"}',)
        )
    assert counter_app("audit", "verify").returncode == 0
    with sqlite3.connect(database(counter_home)) as connection:
        connection.execute("DELETE FROM audit_events WHERE id = 1")
    removed = counter_app("audit", "verify")
    assert removed.returncode == 1
    assert "broken: entry 2 of the shop chain is out of place" in removed.stderr


def test_backup_makes_a_checked_copy_with_the_same_lines(
    counter_home: Path, tmp_path: Path
) -> None:
    demo_data(lines=25)
    folder = tmp_path / "backups"
    folder.mkdir()

    result = counter_app("backup", str(folder), *SUPERVISOR, stdin=PASSWORD)

    assert result.returncode == 0, result.stderr
    copies = list(folder.glob("counter-*.sqlite3"))
    assert len(copies) == 1
    assert str(copies[0]) in result.stdout
    with sqlite3.connect(copies[0]) as connection:
        assert connection.execute("SELECT count(*) FROM lines").fetchone() == (25,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = counter_app("backup", str(copies[0]), *SUPERVISOR, stdin=PASSWORD)
    assert again.returncode == 2
    assert "already exists" in again.stderr


def test_a_backup_writes_its_audit_heads_beside_it_and_a_rewind_is_found(
    counter_home: Path, tmp_path: Path
) -> None:
    demo_data(lines=5)
    folder = tmp_path / "backups"
    folder.mkdir()
    first = counter_app("backup", str(folder / "first.sqlite3"), *SUPERVISOR, stdin=PASSWORD)
    assert first.returncode == 0, first.stderr
    added = counter_app(
        "users", "add", "amy", "--role", "clerk", *MANAGER, stdin=f"{PASSWORD}\n{PASSWORD}\n"
    )
    assert added.returncode == 0, added.stderr
    second = counter_app("backup", str(folder / "second.sqlite3"), *SUPERVISOR, stdin=PASSWORD)
    assert second.returncode == 0, second.stderr
    heads = (folder / "second.sqlite3.audit-heads.txt").read_text(encoding="utf-8")
    name, entries, head = heads.splitlines()[-1].split("\t")
    assert name == "shop" and int(entries) >= 3 and len(head) == 64
    assert head not in (folder / "first.sqlite3.audit-heads.txt").read_text(encoding="utf-8")
    assert oct((folder / "second.sqlite3.audit-heads.txt").stat().st_mode & 0o777) == "0o600"
    spaced = " ".join(head[i : i + 8] for i in range(0, 64, 8))
    assert counter_app("audit", "verify", "--expect", spaced).returncode == 0

    # The whole database put back to the first backup: consistent, but behind the head.
    database(counter_home).with_name("counter.sqlite3-wal").unlink(missing_ok=True)
    database(counter_home).write_bytes((folder / "first.sqlite3").read_bytes())
    assert counter_app("audit", "verify").returncode == 0
    rewound = counter_app("audit", "verify", "--expect", head)
    assert rewound.returncode == 1
    assert rewound.stderr.count("\n") == 1
    assert "cut back or rewound" in rewound.stderr
    assert counter_app("audit", "verify", "--expect", "not-a-hash").returncode == 2


def test_a_backup_removes_the_copy_a_killed_backup_left(counter_home: Path, tmp_path: Path) -> None:
    demo_data(lines=5)
    folder = tmp_path / "backups"
    folder.mkdir()
    # What a backup killed in the middle of its copy leaves: a hidden, full copy.
    left = folder / ".counter-20261203T020000Z.sqlite3.k3j2x9.part"
    left.write_bytes(b"SQLite format 3\x00 and the shop's customers")
    an_hour_ago = left.stat().st_mtime - 3600
    os.utime(left, (an_hour_ago, an_hour_ago))
    being_written = folder / ".counter-20261204T020000Z.sqlite3.a8b7c6.part"
    being_written.write_bytes(b"a backup another terminal is making right now")

    result = counter_app("backup", str(folder), *SUPERVISOR, stdin=PASSWORD)

    assert result.returncode == 0, result.stderr
    assert not left.exists()
    assert being_written.exists()  # recent: another backup may still be writing it
    (copy,) = folder.glob("counter-*.sqlite3")
    assert copy.stat().st_mode & 0o777 == 0o600


@pytest.mark.postgres
def test_backup_to_a_new_folder_ending_with_a_slash(counter_home: Path, tmp_path: Path) -> None:
    demo_data(lines=5)
    folder = tmp_path / "usb" / "backups"

    result = counter_app("backup", f"{folder}/", *SUPERVISOR, stdin=PASSWORD)

    assert result.returncode == 0, result.stderr
    assert folder.is_dir()
    assert len(list(folder.glob("counter-*.sqlite3"))) == 1


def test_backup_of_postgresql_names_the_pg_dump_command(postgres_url: str, tmp_path: Path) -> None:
    result = counter_app(
        "--database-url", postgres_url, "backup", str(tmp_path), *SUPERVISOR, stdin=PASSWORD
    )
    assert result.returncode == 3
    assert "pg_dump --format=custom" in result.stderr
    assert "--username=postgres test" in result.stderr


def test_export_writes_a_csv_of_the_sales(counter_home: Path, tmp_path: Path) -> None:
    demo_data()
    from counter_app.config import load_settings
    from counter_app.domain.clock import HONG_KONG, system_clock
    from counter_app.services import sales, shifts, staff
    from counter_app.services.startup import open_counter

    first_day = system_clock().astimezone(HONG_KONG).date().isoformat()
    db, context, _secret = open_counter(load_settings())
    try:
        assert context is not None
        clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=context.counter_id)
        shifts.open_shift(db, clerk, context.counter_id, 0)
        draft = sales.start_sale(db, clerk, context.counter_id, SaleKind.VOUCHER)
        sold = sales.complete_voucher_sale(
            db,
            clerk,
            draft.uuid,
            carrier_code="BAUHINIA",
            face_value=5_000,
            tenders=[Tender(TenderKind.CASH, 5_000)],
        )
    finally:
        db.dispose()
    # Two dates if the sale happened to cross midnight in Hong Kong.
    last_day = system_clock().astimezone(HONG_KONG).date().isoformat()
    out = tmp_path / "sales.csv"

    result = counter_app(
        "export",
        "sales",
        "--from",
        first_day,
        "--to",
        last_day,
        "--out",
        str(out),
        *MANAGER,
        stdin=PASSWORD,
    )

    assert result.returncode == 0, result.stderr
    assert "wrote 1 sales" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["receipt_no"], r["kind"], r["carrier"], r["total"]) for r in rows] == [
        (sold.receipt_no, "voucher", "BAUHINIA", "50.00")
    ]
    backwards = counter_app(
        "export",
        "sales",
        "--from",
        last_day,
        "--to",
        "2000-01-01",
        "--out",
        "x",
        *MANAGER,
        stdin=PASSWORD,
    )
    assert backwards.returncode == 2


def test_every_command_on_shop_data_signs_in_and_is_checked_by_the_role_table(
    counter_home: Path, tmp_path: Path
) -> None:
    """Before, anyone at the PC could make themselves admin or reset the supervisor."""
    demo_data(lines=5)
    commands = [
        ("users", "add", "mallory", "--role", "admin"),
        ("users", "reset-password", "supervisor"),
        ("users", "unlock", "clerk"),
        ("users", "list"),
        ("import", "lines", str(tmp_path / "lines.csv")),
        ("import", "vouchers", str(tmp_path / "vouchers.csv")),
        ("export", "sales", "--from", "2026-01-01", "--to", "2026-01-02", "--out", "x.csv"),
        ("retention", "--dry-run"),
        ("backup", str(tmp_path)),
        ("reminders",),
        ("report", "x", "--out", str(tmp_path / "x.pdf")),
        ("invoice", "DEMO-C1-000001", "--customer", "Chan", "--out", str(tmp_path / "i.pdf")),
        ("receipt", "DEMO-C1-000001", "--out", str(tmp_path / "r.pdf")),
    ]
    for command in commands:
        unsigned = counter_app(*command, stdin="new-password-1\n")
        assert unsigned.returncode == 2, (command, unsigned.stderr)
        assert "needs --staff USERNAME" in unsigned.stderr, command
        assert unsigned.stderr.count("\n") == 1, unsigned.stderr

    wrong = counter_app("users", "list", "--staff", "manager", stdin="not-the-password\n")
    assert wrong.returncode == 2
    assert wrong.stderr == "counter-app: wrong username or password\n"
    # A clerk is refused what the window refuses a clerk: nothing is changed.
    for command in commands[:3]:
        refused = counter_app(*command, "--staff", "clerk", stdin=f"{PASSWORD}\nnew-password-1\n")
        assert refused.returncode == 2, (command, refused.stderr)
        assert "needs a" in refused.stderr and "signed in as clerk" in refused.stderr
    with sqlite3.connect(database(counter_home)) as connection:
        assert connection.execute("SELECT count(*) FROM staff_users").fetchone() == (3,)
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_events")]
    assert "staff.added" in actions and actions.count("staff.password_reset") == 0
    # The sign-ins are in the audit trail, against who signed.
    assert actions.count("sign_in") == 3
    listed = counter_app("users", "list", "--staff", "supervisor", stdin=PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert "manager" in listed.stdout


def test_a_reset_password_is_replaced_before_any_other_command(counter_home: Path) -> None:
    demo_data(lines=5)
    reset = counter_app(
        "users",
        "reset-password",
        "supervisor",
        "--staff",
        "manager",
        stdin=f"{PASSWORD}\ngiven-by-admin\n",
    )
    assert reset.returncode == 0, reset.stderr

    blocked = counter_app("users", "list", "--staff", "supervisor", stdin="given-by-admin\n")
    assert blocked.returncode == 2
    assert "choose your own first with counter-app users passwd --staff supervisor" in (
        blocked.stderr
    )
    same = counter_app(
        "users", "passwd", "--staff", "supervisor", stdin="given-by-admin\ngiven-by-admin\n"
    )
    assert same.returncode == 2
    assert "same as the old one" in same.stderr
    changed = counter_app(
        "users", "passwd", "--staff", "supervisor", stdin="given-by-admin\nmy-own-secret\n"
    )
    assert changed.returncode == 0, changed.stderr
    assert "changed the password of supervisor" in changed.stdout
    listed = counter_app("users", "list", "--staff", "supervisor", stdin="my-own-secret\n")
    assert listed.returncode == 0, listed.stderr
