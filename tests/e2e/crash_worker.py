"""Kill a selling till with SIGKILL, again and again, and check that no acknowledged sale is lost.

Two halves in one file: the till (run as ``python crash_worker.py serve --url URL
--secret PATH``) and the driver that ``test_crash.py`` and ``benchmarks/crash.py`` call.

The till is a small fork server: it imports the program, signs the clerk in and makes four
sales once, then for every ``RUN <counter>`` line on stdin forks a child that opens its own
database connections, completes the drafts a crash left behind (what the counter offers at
start-up), and sells until it is killed: top-ups on shared lines, and every fourth sale a PIN
voucher. The child prints, flushed, one line per step:

    PID <pid>                       (the server, after forking the child)
    RECOVER <uuid>                  a draft from before the crash, offered by unfinished_sales
    DRAFT <uuid>                    after start_sale returned
    ACK <receipt_no> <uuid>         after complete_*_sale returned: the sale is acknowledged
    OUT_OF_STOCK <uuid>             the voucher draft is being abandoned
    DEAD <pid> <status>             (the server, once the child is gone)

Forking keeps a restart at a few milliseconds instead of ~1.5 s of imports, an argon2
sign-in and cold statement caches, so hundreds of kills fit in a test run; the child is a
separate process with its own connections, so its death (file locks released, socket
closed mid-transaction) is what a real crash of the program is.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter as Tally
from contextlib import closing
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select

from counter_app.config import sqlite_path
from counter_app.domain.clock import HONG_KONG, system_clock
from counter_app.domain.errors import InputError
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import audit, demo, keys, lines, sales, shifts, staff, vouchers
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Counter, Line, Payment, Sale
from counter_app.store.schema import upgrade

PASSWORD = "pw-12345"
CARRIER = "BAUHINIA"
TOP_UP_PLAN = "BAU-T050"
TOP_UP_PRICE = 5_000
FACE = 20_000  # a face value of its own, stocked generously
STOCK = 1_000
COUNTERS = ("C1", "C2")
DONE = ("completed", "voided", "refunded")


# --- the till --------------------------------------------------------------------------------


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _top_up(db: Database, clerk: Clerk, sale_uuid: str) -> SaleView:
    return sales.complete_line_sale(
        db,
        clerk,
        sale_uuid,
        plan_code=TOP_UP_PLAN,
        tenders=[Tender(TenderKind.CASH, TOP_UP_PRICE, tendered=10_000)],
    )


def _voucher(
    db: Database, clerk: Clerk, sale_uuid: str, secret: InstallationSecret
) -> SaleView | None:
    """Complete a voucher sale and reveal its PIN as printing does; None when out of stock."""
    try:
        done = sales.complete_voucher_sale(
            db,
            clerk,
            sale_uuid,
            carrier_code=CARRIER,
            face_value=FACE,
            tenders=[Tender(TenderKind.OCTOPUS, FACE, reference="OCT-12345678")],
        )
    except InputError as exc:
        if exc.code != "voucher.out_of_stock":
            raise
        _say(f"OUT_OF_STOCK {sale_uuid}")
        sales.abandon_sale(db, clerk, sale_uuid)
        return None
    _say(f"ACK {done.receipt_no} {done.uuid}")
    pin = sales.reveal_pin(db, clerk, str(done.receipt_no), secret)
    assert pin.isdigit(), "a revealed PIN is digits"
    return done


def _sell(
    db: Database,
    counter: str,
    clerk: Clerk,
    secret: InstallationSecret,
    line_ids: list[int],
    limit: int | None = None,
) -> None:
    """Recover what a crash left at *counter*, then sell (until killed, or *limit* sales)."""
    context = counter_context(db, counter)
    assert context is not None
    rng = random.Random()  # noqa: S311 - timing jitter, not security
    for draft in sales.unfinished_sales(db, context.counter_id):
        _say(f"RECOVER {draft.uuid}")
        if draft.kind == SaleKind.VOUCHER:
            _voucher(db, clerk, draft.uuid, secret)
        else:
            done = _top_up(db, clerk, draft.uuid)
            _say(f"ACK {done.receipt_no} {done.uuid}")
    n = rng.randrange(1_000)
    for _ in range(limit) if limit is not None else iter(int, 1):
        n += 1
        if n % 4 == 0:
            draft = sales.start_sale(db, clerk, context.counter_id, SaleKind.VOUCHER)
            _say(f"DRAFT {draft.uuid}")
            time.sleep(rng.uniform(0, 0.004))  # the clerk takes the money
            _voucher(db, clerk, draft.uuid, secret)
        else:
            line_id = line_ids[n % len(line_ids)]
            draft = sales.start_sale(db, clerk, context.counter_id, SaleKind.LINE, line_id=line_id)
            _say(f"DRAFT {draft.uuid}")
            time.sleep(rng.uniform(0, 0.004))
            done = _top_up(db, clerk, draft.uuid)
            _say(f"ACK {done.receipt_no} {done.uuid}")


def serve(url: str, secret_path: Path, line_ids: list[int]) -> int:
    """The fork server: import and sign in once, fork a selling child per ``RUN`` line."""
    secret = keys.load(secret_path)
    db = Database(url)
    keys.check_matches_database(db, secret, system_clock())
    clerk = staff.sign_in(db, "clerk", PASSWORD)
    # Four real sales (one of them a voucher) warm SQLAlchemy's statement cache, which the
    # children inherit; their connections they open themselves.
    _sell(db, COUNTERS[0], clerk, secret, line_ids, limit=4)
    db.engine.dispose()  # no connection may cross the fork; the Database stays in use
    _say("READY")
    for command in sys.stdin:
        words = command.split()
        if not words or words[0] != "RUN":
            break
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                _sell(db, words[1], clerk, secret, line_ids)
            except BaseException as exc:
                _say(f"ERROR {type(exc).__name__}: {exc}".replace("\n", " ")[:500])
                status = 1
            finally:
                os._exit(status)
        _say(f"PID {pid}")
        # Reap only when told: until then a child that ended by itself stays a zombie, so
        # its pid cannot be reused by another process before the driver's kill arrives.
        sys.stdin.readline()
        _, status = os.waitpid(pid, 0)
        _say(f"DEAD {pid} {status}")
    return 0


# --- the driver ------------------------------------------------------------------------------


@dataclass
class CrashRun:
    """What the children said, in order, and the driver's own counts."""

    kills: int = 0
    acked: dict[str, str] = field(default_factory=dict)  # uuid -> receipt_no
    drafts: set[str] = field(default_factory=set)
    recovered: set[str] = field(default_factory=set)
    out_of_stock: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    secret_path: Path | None = None  # the audit trail is verified with its key


def prepare(url: str, secret_path: Path) -> list[int]:
    """Demo shop, a voucher stock of its own, shifts open at both counters; the lines to top up."""
    db = Database(url)
    try:
        upgrade(db)
        secret = keys.load_or_create(secret_path)
        demo.build(db, secret, lines=60, password=PASSWORD)
        now = system_clock()
        today = now.astimezone(HONG_KONG).date()
        with db.write() as session:
            carrier_id = session.scalars(select(Carrier.id).where(Carrier.code == CARRIER)).one()
            stock = [
                vouchers.NewVoucher(
                    carrier_id,
                    FACE,
                    f"CRASH{n:06d}",
                    f"{n:06d}5{n:09d}",
                    today + timedelta(days=400),
                    "CRASH",
                )
                for n in range(STOCK)
            ]
            vouchers.add_to_stock(session, stock, secret, now)
        clerk = staff.sign_in(db, "clerk", PASSWORD)
        for code in COUNTERS:
            context = counter_context(db, code)
            assert context is not None
            shifts.open_shift(db, clerk, context.counter_id, 0)
        with db.read() as session:
            candidates = session.scalars(
                select(Line.id).where(Line.carrier_id == carrier_id).order_by(Line.id)
            ).all()
        line_ids = [i for i in candidates if lines.get_line(db, i, today=today).renewable]
        assert len(line_ids) >= 4, "the demo shop should have renewable Bauhinia lines"
        return line_ids[:10]
    finally:
        db.dispose()


def _reader(stream: IO[str], out: queue.Queue[str | None]) -> None:
    for text in stream:
        out.put(text.rstrip("\n"))
    out.put(None)


def _record(run: CrashRun, text: str) -> None:
    words = text.split()
    if len(words) == 3 and words[0] == "ACK":
        run.acked[words[2]] = words[1]
    elif len(words) == 2 and words[0] == "DRAFT":
        run.drafts.add(words[1])
    elif len(words) == 2 and words[0] == "RECOVER":
        run.recovered.add(words[1])
    elif len(words) == 2 and words[0] == "OUT_OF_STOCK":
        run.out_of_stock.add(words[1])
    elif words and words[0] == "ERROR":
        run.errors.append(text)
    elif len(words) == 3 and words[0] == "DEAD" and words[2] != str(signal.SIGKILL.value):
        run.errors.append(f"a child ended by itself: {text}")


def _next(lines_in: queue.Queue[str | None], run: CrashRun, prefix: str) -> str:
    """Take the children's lines into *run* until one starts with *prefix*; return that one."""
    while True:
        try:
            text = lines_in.get(timeout=60)
        except queue.Empty:
            raise AssertionError(f"the till said nothing for 60 s (waiting for {prefix})") from None
        if text is None:
            raise AssertionError(f"the till server ended (waiting for {prefix})")
        _record(run, text)
        if text.split()[:1] == [prefix]:
            return text


def crash_loop(
    url: str,
    secret_path: Path,
    line_ids: list[int],
    kills: int,
    *,
    seed: int = 0,
    max_life: float = 0.4,
    stderr_path: Path | None = None,
) -> CrashRun:
    """Start a selling child *kills* times and kill each with SIGKILL at a random moment."""
    rng = random.Random(seed)  # noqa: S311 - reproducible kill points
    run = CrashRun(secret_path=secret_path)
    started = time.perf_counter()
    stderr = stderr_path.open("w") if stderr_path else subprocess.DEVNULL
    server = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "serve",
            "--url",
            url,
            "--secret",
            str(secret_path),
            "--lines",
            ",".join(map(str, line_ids)),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    lines_in: queue.Queue[str | None] = queue.Queue()
    thread = threading.Thread(target=_reader, args=(server.stdout, lines_in), daemon=True)
    thread.start()
    try:
        _next(lines_in, run, "READY")
        for n in range(kills):
            server.stdin.write(f"RUN {COUNTERS[n % len(COUNTERS)]}\n")
            server.stdin.flush()
            pid = int(_next(lines_in, run, "PID").split()[1])
            # Most lives are short (kills land in start-up and recovery too), some longer.
            time.sleep(rng.uniform(0, max_life) * rng.choice((0.25, 1.0, 1.0)))
            os.kill(pid, signal.SIGKILL)  # our child, not yet reaped (see serve)
            server.stdin.write("REAP\n")
            server.stdin.flush()
            _next(lines_in, run, "DEAD")
            run.kills += 1
        server.stdin.close()
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        if stderr_path:
            stderr.close()  # type: ignore[union-attr]
    thread.join(timeout=10)
    server.stdout.close()
    while not lines_in.empty():
        text = lines_in.get()
        if text is not None:
            _record(run, text)
    run.seconds = time.perf_counter() - started
    return run


@dataclass(frozen=True)
class CrashVerdict:
    problems: list[str]
    completed: int
    lost: int
    drafts_left: int
    committed_unacked: int
    integrity: str


def check(url: str, run: CrashRun) -> CrashVerdict:
    """Compare what the children acknowledged with what the database holds."""
    found = [f"the till failed: {e}" for e in run.errors[:5]]
    db = Database(url)
    try:
        with db.read() as session:
            counter_codes = dict(session.execute(select(Counter.id, Counter.code)).all())
            rows = session.execute(
                select(Sale.id, Sale.uuid, Sale.receipt_no, Sale.counter_id, Sale.state, Sale.total)
            ).all()
            paid = dict(
                session.execute(
                    select(Payment.sale_id, func.sum(Payment.amount)).group_by(Payment.sale_id)
                ).all()
            )
        by_uuid = {row.uuid: row for row in rows}
        lost = [
            u
            for u, receipt in run.acked.items()
            if u not in by_uuid
            or by_uuid[u].state != "completed"
            or by_uuid[u].receipt_no != receipt
        ]
        if lost:
            found.append(f"{len(lost)} acknowledged sales lost, e.g. {lost[:3]}")
        if len(set(run.acked.values())) != len(run.acked):
            found.append("one receipt number was acknowledged for two sales")
        done = [row for row in rows if row.state in DONE]
        found += _numbering_problems(done, counter_codes)
        unpaid = [row.id for row in done if not row.total or paid.get(row.id) != row.total]
        if unpaid:
            found.append(f"{len(unpaid)} completed sales without their payments")
        offered = {
            view.uuid
            for code in COUNTERS
            for view in sales.unfinished_sales(db, _counter_id(db, code))
        }
        drafts_in_db = {row.uuid for row in rows if row.state == "draft"}
        if offered != drafts_in_db:
            found.append("unfinished_sales does not offer exactly the drafts in the database")
        committed_unacked = 0
        for u in run.drafts - set(run.acked):
            row = by_uuid.get(u)
            if row is not None and row.state == "completed":
                committed_unacked += 1  # killed after the commit, before the ACK
            elif row is None:
                found.append(f"draft {u} was announced but is not in the database")
            elif u not in offered and not (row.state == "abandoned" and u in run.out_of_stock):
                found.append(f"draft {u} is {row.state} and not offered for completion")
        integrity = _integrity(url)
        if integrity not in ("ok", "n/a"):
            found.append(f"PRAGMA integrity_check: {integrity}")
        if run.secret_path is not None:
            keys.check_matches_database(db, keys.load(run.secret_path), system_clock())
        report = audit.verify(db)
        if not report.ok:
            found.append(f"audit chain broken at {report.broken_id}: {report.problem}")
        return CrashVerdict(
            found,
            Tally(row.state for row in rows)["completed"],
            len(lost),
            len(drafts_in_db),
            committed_unacked,
            integrity,
        )
    finally:
        db.dispose()


def _numbering_problems(done: list[Any], counter_codes: dict[int, str]) -> list[str]:
    """Receipt numbers of each counter must be exactly 1..N."""
    per_counter: dict[str, list[int]] = {}
    for row in done:
        number = int(str(row.receipt_no).rsplit("-", 1)[1])
        per_counter.setdefault(counter_codes[row.counter_id], []).append(number)
    return [
        f"counter {code}: receipt numbers are not 1..{len(numbers)}"
        for code, numbers in sorted(per_counter.items())
        if sorted(numbers) != list(range(1, len(numbers) + 1))
    ]


def _integrity(url: str) -> str:
    path = sqlite_path(url)
    if path is None:
        return "n/a"
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def _counter_id(db: Database, code: str) -> int:
    context = counter_context(db, code)
    assert context is not None
    return context.counter_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("serve",))
    parser.add_argument("--url", required=True)
    parser.add_argument("--secret", type=Path, required=True)
    parser.add_argument("--lines", required=True)
    args = parser.parse_args(argv)
    return serve(args.url, args.secret, [int(x) for x in args.lines.split(",")])


if __name__ == "__main__":
    sys.exit(main())
