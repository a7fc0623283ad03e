"""A chain's counters selling at once on one PostgreSQL, and the checks of what they sold.

Two halves in one file: ``prepare``/``check`` for the tests and benchmarks
(``test_pooler.py``, ``test_failover.py``, ``benchmarks/pooler.py``,
``benchmarks/failover.py``), and the counters, run as::

    python chain_worker.py --url URL --secret PATH --out DIR --counters C1,C2 \
        --lines 3,7:11 --sales 10 [--no-prepared-statements] [--give-up-after 90]

The process imports the program once, then forks one child per counter (a real process
with its own connections, as a counter PC is): each signs its clerk in at its counter,
prints nothing, and writes ``R`` to the ready pipe. The parent prints ``READY`` once all
are, waits for a line on stdin (the start gun), and lets them go together. Each child
sells ``--sales`` credit top-ups through the services (``start_sale`` then
``complete_line_sale``), appending ``ACK <receipt_no> <uuid>`` to ``DIR/<counter>.acks``
(flushed) as each completion returns, and at the end writes ``DIR/<counter>.json``. The
parent prints ``DONE <seconds>`` when every child has finished.

When the database cannot be used (:class:`DatabaseUnavailable`, what puts the window's
banner up) the child does what the clerk does with Retry: it waits a moment and runs the
same call again, so a completion is retried with the same sale UUID and can never be
completed twice. It gives up after ``--give-up-after`` seconds of one outage. Every other
error is recorded and the till goes on with its next sale.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter as Tally
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select

from counter_app.domain.clock import HONG_KONG, system_clock
from counter_app.domain.errors import DatabaseUnavailable, InputError
from counter_app.domain.sales import SaleKind
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import audit, demo, keys, lines, sales, shifts, staff
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Counter, Line, Sale, Shop
from counter_app.store.schema import upgrade

PASSWORD = "pw-12345"
CARRIER = "BAUHINIA"
TOP_UP_PLAN = "BAU-T050"
TOP_UP_PRICE = 5_000
RETRY_PAUSE = 0.25  # seconds between the clerk's presses of Retry
DONE = ("completed", "voided", "refunded")

T = TypeVar("T")


# --- the shop ----------------------------------------------------------------------------


def counter_codes(count: int) -> list[str]:
    """C1 and C2 (the demo shop's), then C3, C4, ... up to *count*."""
    return [f"C{n}" for n in range(1, count + 1)]


def prepare(url: str, secret_path: Path, counters: int, *, demo_lines: int = 120) -> dict[str, Any]:
    """The demo shop with *counters* counters, a shift open at each, lines to top up.

    Returns ``{"counters": [...], "lines": {code: [line ids]}}``: each counter tops up
    lines of its own where there are enough, so the tills do not queue on one line's lock.
    """
    db = Database(url)
    try:
        upgrade(db)
        secret = keys.load_or_create(secret_path)
        demo.build(db, secret, lines=demo_lines, password=PASSWORD)
        now = system_clock()
        today = now.astimezone(HONG_KONG).date()
        codes = counter_codes(counters)
        with db.write() as session:
            shop = session.scalars(select(Shop)).one()
            known = set(session.scalars(select(Counter.code)).all())
            for code in codes:
                if code not in known:
                    session.add(
                        Counter(shop_id=shop.id, code=code, name=f"{code} 櫃檯", created_at=now)
                    )
            carrier_id = session.scalars(select(Carrier.id).where(Carrier.code == CARRIER)).one()
            candidates = session.scalars(
                select(Line.id).where(Line.carrier_id == carrier_id).order_by(Line.id)
            ).all()
        first = counter_context(db, codes[0])
        assert first is not None
        clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=first.counter_id)
        for code in codes:
            context = counter_context(db, code)
            assert context is not None, code
            shifts.open_shift(db, clerk, context.counter_id, 0)
        usable = [i for i in candidates if lines.get_line(db, i, today=today).renewable]
        assert len(usable) >= 4, "the demo shop should have lines to top up"
        per_counter = {
            code: [usable[(n + k * len(codes)) % len(usable)] for k in range(2)]
            for n, code in enumerate(codes)
        }
        return {"counters": codes, "lines": per_counter}
    finally:
        db.dispose()


# --- the counters ------------------------------------------------------------------------


@dataclass
class Till:
    """What one counter did; written as its JSON file."""

    counter: str
    completed: list[tuple[str, str]] = field(default_factory=list)  # (receipt_no, uuid)
    errors: list[str] = field(default_factory=list)
    outages: list[float] = field(default_factory=list)  # seconds the banner would show
    retries: int = 0
    # Completions the database failed under, and of those, the ones whose first attempt
    # had committed after all (the retry found the sale completed: its commit reached the
    # standby before the primary died, only the answer was lost).
    interrupted: int = 0
    committed_before_retry: int = 0
    first_ack: float | None = None
    last_ack: float | None = None


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return f"InputError[{exc.code}]: {exc}"
    cause = exc.__cause__ if isinstance(exc, DatabaseUnavailable) else exc
    orig = getattr(cause, "orig", None)
    if orig is not None:
        first = (str(orig).strip().splitlines() or [""])[0]
        return f"{type(exc).__name__}/{type(orig).__name__}: {first}"
    return "".join(traceback.format_exception_only(exc)).strip()


class Clerk:
    """Presses Retry while the database cannot be used, as the banner asks."""

    def __init__(self, till: Till, give_up_after: float) -> None:
        self.till = till
        self.give_up_after = give_up_after
        self.down_since: float | None = None
        self.failed_at: datetime | None = None  # the first failure of the last call

    def call(self, work: Callable[[], T]) -> T:
        self.failed_at = None
        while True:
            try:
                result = work()
            except DatabaseUnavailable:
                self.failed_at = self.failed_at or datetime.now(UTC)
                now = time.monotonic()
                if self.down_since is None:
                    self.down_since = now
                elif now - self.down_since > self.give_up_after:
                    raise
                self.till.retries += 1
                time.sleep(RETRY_PAUSE)
                continue
            if self.down_since is not None:
                self.till.outages.append(time.monotonic() - self.down_since)
                self.down_since = None
            return result


def _sell(
    db: Database,
    code: str,
    line_ids: list[int],
    count: int,
    out: Path,
    give_up_after: float,
    clerk_user: Any,
    counter_id: int,
) -> Till:
    till = Till(code)
    clerk = Clerk(till, give_up_after)
    with (out / f"{code}.acks").open("a", encoding="utf-8") as acks:
        for n in range(count):
            line_id = line_ids[n % len(line_ids)]
            try:
                draft = clerk.call(
                    lambda line_id=line_id: sales.start_sale(
                        db, clerk_user, counter_id, SaleKind.LINE, line_id=line_id
                    )
                )
                done = clerk.call(
                    lambda uuid=draft.uuid: sales.complete_line_sale(
                        db,
                        clerk_user,
                        uuid,
                        plan_code=TOP_UP_PLAN,
                        tenders=[Tender(TenderKind.CASH, TOP_UP_PRICE, tendered=10_000)],
                    )
                )
            except Exception as exc:
                till.errors.append(_error_text(exc))
                continue
            if clerk.failed_at is not None:
                till.interrupted += 1
                if done.completed_at is not None and done.completed_at < clerk.failed_at:
                    till.committed_before_retry += 1
            now = time.time()
            till.first_ack = till.first_ack or now
            till.last_ack = now
            till.completed.append((str(done.receipt_no), done.uuid))
            acks.write(f"ACK {done.receipt_no} {done.uuid}\n")
            acks.flush()
    return till


def _child(args: argparse.Namespace, code: str, line_ids: list[int], ready: int, go: int) -> int:
    db = Database(args.url, prepared_statements=args.prepared_statements)
    keys.check_matches_database(db, keys.load(args.secret), datetime.now(UTC))
    context = counter_context(db, code)
    assert context is not None, f"no counter {code}"
    clerk_user = staff.sign_in(db, "clerk", PASSWORD, counter_id=context.counter_id)
    os.write(ready, b"R")
    os.close(ready)
    os.read(go, 1)  # returns once the parent closes its end: the start gun
    till = _sell(
        db,
        code,
        line_ids,
        args.sales,
        args.out,
        args.give_up_after,
        clerk_user,
        context.counter_id,
    )
    db.dispose()
    (args.out / f"{code}.json").write_text(
        json.dumps(
            {
                "counter": till.counter,
                "completed": till.completed,
                "errors": till.errors,
                "outages": till.outages,
                "retries": till.retries,
                "interrupted": till.interrupted,
                "committed_before_retry": till.committed_before_retry,
                "first_ack": till.first_ack,
                "last_ack": till.last_ack,
            }
        ),
        encoding="utf-8",
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--secret", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--counters", required=True, help="comma-separated counter codes")
    parser.add_argument("--lines", required=True, help="each counter's line ids: 3,7:11,12")
    parser.add_argument("--sales", type=int, default=10)
    parser.add_argument(
        "--no-prepared-statements",
        dest="prepared_statements",
        action="store_false",
        help="no server-side prepared statements, as with database_pooler = transaction",
    )
    parser.add_argument("--give-up-after", type=float, default=90.0)
    args = parser.parse_args(argv)
    codes = args.counters.split(",")
    line_lists = [[int(x) for x in part.split(",")] for part in args.lines.split(":")]
    assert len(line_lists) == len(codes), "one list of lines per counter"

    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    children: dict[int, str] = {}
    for code, line_ids in zip(codes, line_lists, strict=True):
        pid = os.fork()
        if pid == 0:
            os.close(ready_r)
            os.close(go_w)
            status = 1
            try:
                status = _child(args, code, line_ids, ready_w, go_r)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stderr.flush()
                os._exit(status)
        children[pid] = code
    (args.out / "children.pids").write_text(" ".join(map(str, children)), encoding="utf-8")
    os.close(ready_w)
    os.close(go_r)
    ready = 0
    while ready < len(codes):
        got = os.read(ready_r, 64)
        if not got:
            break  # a child died before it was ready; its status says so below
        ready += len(got)
    _say("READY" if ready == len(codes) else f"NOT READY {ready}/{len(codes)}")
    sys.stdin.readline()
    started = time.monotonic()
    os.close(go_w)  # every child's read returns at once
    failed = []
    for _ in children:
        pid, status = os.wait()
        if os.waitstatus_to_exitcode(status) != 0:
            failed.append(children[pid])
    _say(f"DONE {time.monotonic() - started:.3f}")
    if failed:
        _say(f"FAILED {','.join(failed)}")
        return 1
    return 0


# --- the driver ----------------------------------------------------------------------------


WORKER = Path(__file__).resolve()


class Counters:
    """The counters' process, started and signed in; ``go()`` fires the start gun."""

    def __init__(
        self,
        url: str,
        secret: Path,
        shop: dict[str, Any],
        out: Path,
        *,
        sales_each: int,
        prepared_statements: bool = True,
        give_up_after: float = 90.0,
    ) -> None:
        self.out = out
        self.codes: list[str] = list(shop["counters"])
        out.mkdir(parents=True, exist_ok=True)
        self.stderr_path = out / "counters.stderr"
        with self.stderr_path.open("w") as stderr:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    str(WORKER),
                    "--url",
                    url,
                    "--secret",
                    str(secret),
                    "--out",
                    str(out),
                    "--counters",
                    ",".join(self.codes),
                    "--lines",
                    ":".join(",".join(map(str, shop["lines"][c])) for c in self.codes),
                    "--sales",
                    str(sales_each),
                    *([] if prepared_statements else ["--no-prepared-statements"]),
                    "--give-up-after",
                    str(give_up_after),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        assert self.process.stdout is not None
        ready = self.process.stdout.readline().strip()
        if ready != "READY":
            self.kill()
            raise RuntimeError(f"the counters did not start ({ready!r}): {self.stderr()}")

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-3000:]

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("GO\n")
        self.process.stdin.close()
        self.process.stdin = None  # communicate() must not flush it again

    def acks(self) -> int:
        """Sales acknowledged so far, all counters together."""
        total = 0
        for code in self.codes:
            with contextlib.suppress(FileNotFoundError):
                total += (self.out / f"{code}.acks").read_bytes().count(b"\n")
        return total

    def wait(self, timeout: float) -> tuple[float, list[dict[str, Any]]]:
        """Seconds from the start gun to the last sale, and what each till did."""
        try:
            output, _ = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            message = f"the counters did not finish in {timeout} s: {self.stderr()}"
            raise RuntimeError(message) from None
        done = [x for x in output.splitlines() if x.startswith("DONE ")]
        if self.process.returncode != 0 or not done:
            raise RuntimeError(f"the counters failed ({output.strip()}): {self.stderr()}")
        return float(done[0].split()[1]), read_tills(self.out, self.codes)

    def kill(self) -> None:
        """The worker and the children it forked (by their ids, which it wrote down)."""
        try:
            pids = (self.out / "children.pids").read_text(encoding="utf-8").split()
        except FileNotFoundError:
            pids = []
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGKILL)


# --- the checks ----------------------------------------------------------------------------


@dataclass
class Verdict:
    """The counts a chain's IT person asks for, and every broken rule in words."""

    acknowledged: int = 0
    found: int = 0
    lost: int = 0
    duplicates: int = 0
    gaps: int = 0
    completed_in_db: int = 0
    drafts_left: int = 0
    errors: int = 0
    retries: int = 0
    interrupted: int = 0
    committed_before_retry: int = 0
    outages: list[float] = field(default_factory=list)
    audit_ok: bool = False
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        longest = max(self.outages, default=0.0)
        return (
            f"acknowledged {self.acknowledged}, found {self.found}, lost {self.lost}, "
            f"duplicates {self.duplicates}, gaps {self.gaps}, completed in db "
            f"{self.completed_in_db}, drafts left {self.drafts_left}, errors {self.errors}, "
            f"retries {self.retries}, completions interrupted {self.interrupted} (already "
            f"committed {self.committed_before_retry}), outages seen {len(self.outages)} (longest "
            f"{longest:.1f} s), audit {'ok' if self.audit_ok else 'BROKEN'}"
        )


def read_tills(out: Path, codes: list[str]) -> list[dict[str, Any]]:
    return [json.loads((out / f"{code}.json").read_text(encoding="utf-8")) for code in codes]


def _check_numbers(
    verdict: Verdict, done: list[Any], codes: dict[int, str], acked: dict[str, str]
) -> None:
    """No receipt number used twice (in the database or on paper), none skipped."""
    numbers = Tally(row.receipt_no for row in done)
    verdict.duplicates = sum(n - 1 for n in numbers.values() if n > 1)
    # Two sales handed the same number: one given before the failover and lost, the
    # other given again by the new primary.
    acked_receipts = Tally(acked.values())
    verdict.duplicates += sum(n - 1 for n in acked_receipts.values() if n > 1)
    if verdict.duplicates:
        verdict.problems.append(f"{verdict.duplicates} receipt numbers used twice")
    per_counter: dict[str, list[int]] = {}
    for row in done:
        per_counter.setdefault(codes[row.counter_id], []).append(
            int(str(row.receipt_no).rsplit("-", 1)[1])
        )
    for code, taken in per_counter.items():
        missing = sorted(set(range(1, max(taken) + 1)) - set(taken))
        verdict.gaps += len(missing)
        if missing:
            verdict.problems.append(f"counter {code}: receipt numbers {missing[:5]} missing")


def check(url: str, secret: Path, tills: list[dict[str, Any]]) -> Verdict:
    """Every acknowledged sale in the database as acknowledged; numbers unique, no gap."""
    verdict = Verdict()
    errors = [e for t in tills for e in t["errors"]]
    verdict.errors = len(errors)
    verdict.retries = sum(t["retries"] for t in tills)
    verdict.interrupted = sum(t["interrupted"] for t in tills)
    verdict.committed_before_retry = sum(t["committed_before_retry"] for t in tills)
    verdict.outages = [s for t in tills for s in t["outages"]]
    if errors:
        kinds = Tally(e.split(":")[0] for e in errors)
        verdict.problems.append(f"{len(errors)} sales failed: {dict(kinds)}; first: {errors[0]}")
    acked = {uuid: receipt for t in tills for receipt, uuid in t["completed"]}
    verdict.acknowledged = sum(len(t["completed"]) for t in tills)
    if len(acked) != verdict.acknowledged:
        verdict.problems.append("a sale UUID was acknowledged twice")
    db = Database(url)
    try:
        keys.check_matches_database(db, keys.load(secret), datetime.now(UTC))
        with db.read() as session:
            codes = dict(session.execute(select(Counter.id, Counter.code)).all())
            rows = session.execute(
                select(Sale.uuid, Sale.receipt_no, Sale.counter_id, Sale.state)
            ).all()
        report = audit.verify(db)
    finally:
        db.dispose()
    done = [row for row in rows if row.state in DONE]
    verdict.completed_in_db = len(done)
    verdict.drafts_left = sum(1 for row in rows if row.state == "draft")
    by_uuid = {row.uuid: row for row in rows}
    verdict.found = sum(
        1
        for uuid, receipt in acked.items()
        if uuid in by_uuid
        and by_uuid[uuid].state == "completed"
        and by_uuid[uuid].receipt_no == receipt
    )
    verdict.lost = len(acked) - verdict.found
    if verdict.lost:
        verdict.problems.append(f"{verdict.lost} acknowledged sales are not in the database")
    _check_numbers(verdict, done, codes, acked)
    if verdict.completed_in_db != verdict.acknowledged:
        verdict.problems.append(
            f"{verdict.completed_in_db} sales completed in the database, "
            f"{verdict.acknowledged} acknowledged"
        )
    verdict.audit_ok = report.ok
    if not report.ok:
        verdict.problems.append(f"audit chain broken at {report.broken_id}: {report.problem}")
    return verdict


if __name__ == "__main__":
    sys.exit(main())
