"""The outbox dispatcher against a local DT One server: jobs per second, sale to confirmed,
and the fault table.

    python benchmarks/outbox_dispatch.py [--jobs 300] [--steady 60] [--rtt 500]
        [--fault-jobs 20] [--kills 3] [--pair-jobs 300] [--pair-sales 30]
        [--pg postgresql://postgres@127.0.0.1:5432/test] [--skip-sqlite] [--json PATH]

Everything real: the demo shop's sales through the counter's services, the Dispatcher
(``counter_app.services.outbox``), the DT One adapter, and the local DT One DVS server of
the tests (``tests/providers/dtone_server.py``, threaded, 127.0.0.1) with its leaky
duplicate guard on, so that any replay would be a duplicate in its ledger. Per database:

- **bare round trip** (the baseline): ``--rtt`` HTTP GETs of ``/v1/balances`` on the same
  server, each on a new connection with Basic auth, as the adapter makes its calls;
- **steady**: a dispatcher running as in the counter window (``Dispatcher.run``, idle 1 s)
  while ``--steady`` top-ups are sold one after another: sale completed → the transaction
  at DT One, and → confirmed (the dispatcher asks again after ``POLL_SUBMITTED``, 10 s),
  p50/p99, each as a multiple of the bare round trip (first, while the queue is quiet);
- **burst**: ``--jobs`` credit top-ups sold first, then one dispatcher (and, on
  PostgreSQL, two at once) sends them all: jobs per second, and one job's cost as a
  multiple of the bare round trip (threads of one process, beside the server: a second
  dispatcher shows that nothing is sent twice more than it shows speed);
- **the fault table** (``tests/services/outbox_rig.py``, the scenarios of
  ``test_outbox_faults.py`` with ``--fault-jobs`` renewals each, on one shop whose clock
  is moved instead of waited for): jobs, attempts, sends, creates received, transactions
  at DT One, duplicates at DT One (must be 0), lost jobs (must be 0).

Exits 1 when any row has a duplicate or a lost job. ``tests/services/test_outbox_benchmark.py``
runs a small version.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import logging
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.config import normalise_database_url  # noqa: E402
from counter_app.domain.clock import HONG_KONG  # noqa: E402
from counter_app.domain.outbox import JobState  # noqa: E402
from tests.providers.dtone_server import KEY, SECRET, DtOneServer  # noqa: E402
from tests.services import outbox_rig  # noqa: E402
from tests.services.conftest import MovableClock  # noqa: E402
from tests.services.outbox_rig import TABLE_HEAD, FaultRow, Rig, build_rig  # noqa: E402


class RealClock:
    """The machine's clock, shaped like the tests' MovableClock (``now``, ``today``)."""

    def __call__(self) -> datetime:
        return datetime.now(UTC)

    @property
    def now(self) -> datetime:
        return self()

    @property
    def today(self) -> date:
        return self().astimezone(HONG_KONG).date()


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def bare_round_trips(server: DtOneServer, count: int) -> list[float]:
    """Seconds per GET /v1/balances, each on its own connection (as the adapter does)."""
    token = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Accept": "application/json"}
    took = []
    for _ in range(count):
        start = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        try:
            connection.request("GET", "/v1/balances", headers=headers)
            response = connection.getresponse()
            response.read()
            assert response.status == 200
        finally:
            connection.close()
        took.append(time.perf_counter() - start)
    return took


def burst(rig: Rig, jobs: int, dispatchers: int) -> dict[str, Any]:
    """Sell *jobs* top-ups, then let *dispatchers* send them all at once."""
    references = rig.sell_top_ups(jobs)
    workers = [rig.dispatcher(f"burst-{n}") for n in range(dispatchers)]
    gate = threading.Barrier(dispatchers + 1)

    def work(dispatcher: Any) -> None:
        gate.wait()
        while dispatcher.run_once():
            pass

    threads = [threading.Thread(target=work, args=(d,)) for d in workers]
    for thread in threads:
        thread.start()
    gate.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    at_provider = sum(rig.server.ledger.count(reference) for reference in references)
    assert at_provider == jobs, (at_provider, jobs)
    return {
        "jobs": jobs,
        "dispatchers": dispatchers,
        "seconds": seconds,
        "jobs_per_s": jobs / seconds,
        "ms_per_job": seconds / jobs * 1000,
        "sends": sum(d.stats.sends for d in workers),
    }


def steady(rig: Rig, sales: int, *, settle_s: float = 120.0) -> dict[str, Any]:
    """A background dispatcher while *sales* top-ups are sold one after another."""
    stop = threading.Event()
    dispatcher = rig.dispatcher("steady")
    thread = threading.Thread(target=dispatcher.run, args=(stop,))
    thread.start()
    try:
        references = rig.sell_top_ups(sales)
        deadline = time.monotonic() + settle_s
        while rig.open_jobs() and time.monotonic() < deadline:
            stop.wait(0.2)
    finally:
        stop.set()
        thread.join()
    to_provider, to_confirmed = [], []
    for reference in references:
        job = rig.job(reference)
        (made,) = rig.server.ledger.find(reference)
        at_provider = datetime.fromisoformat(made.creation_date)
        to_provider.append((at_provider - job.created_at).total_seconds())
        if job.state == JobState.CONFIRMED.value and job.finished_at is not None:
            to_confirmed.append((job.finished_at - job.created_at).total_seconds())
    return {
        "sales": sales,
        "confirmed": len(to_confirmed),
        "to_provider_s": to_provider,
        "to_confirmed_s": to_confirmed,
    }


def fault_table(
    rig: Rig, args: argparse.Namespace, fresh_server: Callable[[], DtOneServer]
) -> list[FaultRow]:
    n = args.fault_jobs
    scenarios: list[tuple[Callable[..., FaultRow], dict[str, Any]]] = [
        (outbox_rig.no_fault, {"jobs": n}),
        (outbox_rig.timeout_after_commit, {"jobs": n}),
        (outbox_rig.server_errors, {"jobs": n, "times": 2, "commit": False}),
        (outbox_rig.server_errors, {"jobs": n, "times": 1, "commit": True}),
        (outbox_rig.throttled, {"jobs": n}),
        (outbox_rig.declined, {"jobs": n}),
        (outbox_rig.duplicate_reference, {"jobs": n}),
        (outbox_rig.down_for_a_while, {"jobs": n, "minutes": 5}),
        (outbox_rig.killed_mid_send, {"jobs": args.kills}),
        (outbox_rig.two_dispatchers, {"jobs": args.pair_jobs, "sales": args.pair_sales}),
    ]
    rows = []
    for scenario, options in scenarios:
        rig.server = fresh_server()
        try:
            rows.append(scenario(rig, **options))
        finally:
            rig.server.stop()
        print(f"  {rows[-1].shown()}", flush=True)
    return rows


@contextmanager
def database(kind: str, pg: str | None, home: Path) -> Iterator[str]:
    """A fresh SQLite file, or a schema of its own on the PostgreSQL server (dropped after)."""
    if kind == "sqlite":
        yield f"sqlite:///{home / f'outbox-{uuid.uuid4().hex[:8]}.sqlite3'}"
        return
    import psycopg  # noqa: PLC0415 - PostgreSQL is optional

    assert pg is not None
    base = normalise_database_url(pg)
    libpq = base.replace("postgresql+psycopg://", "postgresql://", 1).split("?", 1)[0]
    schema = f"bench_outbox_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(libpq, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(libpq, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def leaky_server() -> DtOneServer:
    server = DtOneServer().start()
    server.leaky_duplicate_guard = True
    return server


def run(label: str, kind: str, args: argparse.Namespace, home: Path) -> dict[str, Any]:
    print(f"\n## {label}", flush=True)
    with database(kind, args.pg, home) as url:
        server = leaky_server()
        try:
            rig = build_rig(url, home, server, RealClock())  # a clock shaped like the tests'
            try:
                result = {"database": label, **speed(rig, kind, args)}
            finally:
                rig.db.dispose()
        finally:
            server.stop()
    with database(kind, args.pg, home) as url:
        print("fault table:\n  " + TABLE_HEAD.replace("\n", "\n  "), flush=True)
        server = leaky_server()
        try:
            rig = build_rig(url, home, server, MovableClock(datetime.now(UTC)))
        finally:
            server.stop()
        try:
            rows = fault_table(rig, args, leaky_server)
        finally:
            rig.db.dispose()
    result["faults"] = [{**row.__dict__, "states": dict(row.states)} for row in rows]
    return result


def speed(rig: Rig, kind: str, args: argparse.Namespace) -> dict[str, Any]:
    """The bare round trip, the bursts and the steady flow, printed and returned."""
    rtt = bare_round_trips(rig.server, args.rtt)
    base = statistics.median(rtt)
    result: dict[str, Any] = {
        "rtt_ms": {"p50": base * 1000, "p99": percentile(rtt, 0.99) * 1000, "n": args.rtt}
    }
    print(
        f"bare round trip (GET /v1/balances, new connection): p50 {base * 1000:.2f} ms, "
        f"p99 {percentile(rtt, 0.99) * 1000:.2f} ms ({args.rtt} calls)",
        flush=True,
    )
    # The steady flow first, on a quiet queue: the bursts' jobs are asked about again
    # 10 s after they are sent, and those look-ups would queue ahead of new sales.
    flow = steady(rig, args.steady)
    result["steady"] = summarise(flow, base)
    for name in ("to_provider", "to_confirmed"):
        shown = result["steady"][name]
        print(
            f"steady, sale completed -> {name[3:].replace('_', ' ')}: "
            f"p50 {shown['p50_ms']:.1f} ms ({shown['x_rtt_p50']:.0f} x rtt), "
            f"p99 {shown['p99_ms']:.1f} ms ({shown['x_rtt_p99']:.0f} x rtt), "
            f"{shown['n']} of {flow['sales']} sales",
            flush=True,
        )
    bursts = [burst(rig, args.jobs, 1)]
    if kind == "postgresql":
        bursts.append(burst(rig, args.jobs, 2))
    for row in bursts:
        row["x_rtt"] = row["ms_per_job"] / (base * 1000)
        print(
            f"burst, {row['dispatchers']} dispatcher(s): {row['jobs']} jobs in "
            f"{row['seconds']:.2f} s = {row['jobs_per_s']:.0f} jobs/s, "
            f"{row['ms_per_job']:.2f} ms a job = {row['x_rtt']:.1f} x the bare round trip",
            flush=True,
        )
    result["burst"] = bursts
    return result


def summarise(flow: dict[str, Any], base: float) -> dict[str, Any]:
    shown: dict[str, Any] = {"sales": flow["sales"], "confirmed": flow["confirmed"]}
    for name in ("to_provider", "to_confirmed"):
        values = flow[f"{name}_s"]
        p50 = percentile(values, 0.5) if values else float("nan")
        p99 = percentile(values, 0.99) if values else float("nan")
        shown[name] = {
            "n": len(values),
            "p50_ms": p50 * 1000,
            "p99_ms": p99 * 1000,
            "x_rtt_p50": p50 / base,
            "x_rtt_p99": p99 / base,
        }
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=300, help="burst: top-ups sent at once")
    parser.add_argument("--steady", type=int, default=60, help="steady: top-ups sold")
    parser.add_argument("--rtt", type=int, default=500, help="bare round trips measured")
    parser.add_argument("--fault-jobs", type=int, default=20, help="renewals per fault")
    parser.add_argument("--kills", type=int, default=3, help="dispatcher processes killed")
    parser.add_argument("--pair-jobs", type=int, default=300, help="two dispatchers: jobs")
    parser.add_argument("--pair-sales", type=int, default=30, help="... from so many sales")
    parser.add_argument("--pg", default=None, help="also on this PostgreSQL server")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    # The adapter's warnings (a timeout, a 5xx) are the faults the table counts.
    logging.getLogger("counter").addHandler(logging.NullHandler())
    results = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="counter-outbox-") as folder:
        home = Path(folder)
        if not args.skip_sqlite:
            results.append(run("SQLite", "sqlite", args, home))
        if args.pg:
            results.append(run("PostgreSQL", "postgresql", args, home))
    bad = [
        (result["database"], row["fault"])
        for result in results
        for row in result["faults"]
        if row["duplicates"] or row["lost"]
    ]
    print(f"\n({time.monotonic() - started:.0f} s)")
    if args.json is not None:
        args.json.write_text(json.dumps({"results": results, "bad": bad}, indent=2))
    for database_name, fault in bad:
        print(f"PROBLEM: {database_name}: {fault}: duplicates or lost jobs")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
