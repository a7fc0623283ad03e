"""Counters selling at once: N processes, each a counter selling cash top-ups flat out.

    python benchmarks/counters.py [--pg postgresql://postgres@127.0.0.1:5432/test]
        [--pg-counters 1,2,4,8,16] [--sqlite-counters 1,2,4] [--seconds 20] [--json PATH]

A fresh demo shop (a temporary SQLite file; with ``--pg`` a schema of its own on that
server, dropped afterwards) with 16 counters, each with its own clerk and open shift and its
own 100 lines. For each N, N worker processes start together and, for ``--seconds``, each
sells top-ups at its own counter through the services, exactly as a till does
(``sales.start_sale`` + ``sales.complete_line_sale``, HK$50 credit, cash); then the same N
processes do the **baseline** for as long: one row INSERTed and committed per transaction
through the same engine's driver connection (on SQLite with BEGIN IMMEDIATE and the
writers' turns, as the program's writes). Printed per N:

- sales/s over all counters, p50/p99 of a sale (start + complete) in ms, errors (any
  exception: on SQLite "database is locked" after the busy timeout);
- CPU per sale: the workers' own CPU plus, on PostgreSQL, the CPU of their server backends
  (``/proc/<pid>/stat`` of ``pg_backend_pid()``: client and server share the machine), per
  sale; "server" is the backends' share alone (what a database server serving counters on
  their own PCs would spend per sale); the same per baseline INSERT; and their ratio;
- lock waits (PostgreSQL): the share of samples (every 20 ms, ``pg_stat_activity``) in which
  a worker's backend was waiting on a heavyweight lock, and on which relation;
- the spread between the fastest and the slowest counter (a fair database gives each
  counter about the same share).

The ratio to the baseline in the same run is what compares across machines.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from counter_app.config import normalise_database_url
from counter_app.domain.clock import HONG_KONG, system_clock
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Role
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import demo, keys, lines, sales, shifts, staff
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Counter, Line, Shop
from counter_app.store.schema import upgrade

PASSWORD = "pw-12345"  # noqa: S105 - the benchmark shop's published password
MAX_COUNTERS = 16
LINES_PER_COUNTER = 100
PLAN = "BAU-T050"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Shop16:
    """What a worker needs to sell at its counter: plain data, picklable."""

    url: str
    secret_path: str
    counters: list[tuple[int, str]]  # (counter id, clerk username), C1 first
    lines: list[list[int]]  # each counter's own renewable lines


@dataclass
class WorkerResult:
    sales: int = 0
    errors: int = 0
    error_texts: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    cpu_s: float = 0.0
    backend_cpu_s: float = 0.0
    backend_pid: int = 0


def _proc_cpu_s(pid: int) -> float:
    """utime + stime of process *pid* in seconds (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def build_shop(url: str, secret_path: Path, count: int = MAX_COUNTERS) -> Shop16:
    db = Database(url)
    try:
        upgrade(db)
        secret = keys.load_or_create(secret_path)
        demo.build(db, secret, lines=count * LINES_PER_COUNTER * 2, password=PASSWORD)
        now = system_clock()
        today = now.astimezone(HONG_KONG).date()
        with db.write() as session:
            shop_id = session.scalars(select(Shop.id)).one()
            have = set(session.scalars(select(Counter.code)))
            for n in range(1, count + 1):
                if f"C{n}" not in have:
                    session.add(
                        Counter(shop_id=shop_id, code=f"C{n}", name=f"{n}號櫃檯", created_at=now)
                    )
        counters: list[tuple[int, str]] = []
        with db.read() as session:
            ids = {code: cid for cid, code in session.execute(select(Counter.id, Counter.code))}
        for n in range(1, count + 1):
            username = f"till{n:02d}"
            staff.create_user(
                db,
                None,
                username=username,
                display_name=f"櫃員{n}",
                role=Role.CLERK,
                password=PASSWORD,
                shop_id=shop_id,
            )
            clerk = staff.sign_in(db, username, PASSWORD, counter_id=ids[f"C{n}"])
            if shifts.current_shift(db, ids[f"C{n}"]) is None:
                shifts.open_shift(db, clerk, ids[f"C{n}"], 0)
            counters.append((ids[f"C{n}"], username))
        with db.read() as session:
            carrier_id = session.scalars(select(Carrier.id).where(Carrier.code == "BAUHINIA")).one()
            line_ids = session.scalars(
                select(Line.id).where(Line.carrier_id == carrier_id).order_by(Line.id)
            ).all()
        renewable = [i for i in line_ids if lines.get_line(db, i, today=today).renewable]
        per = len(renewable) // count
        if per < 10:
            raise SystemExit(f"only {len(renewable)} renewable lines for {count} counters")
        own = [renewable[n * per : (n + 1) * per] for n in range(count)]
        return Shop16(url, str(secret_path), counters, own)
    finally:
        db.dispose()


def _open(shop: Shop16) -> Database:
    db = Database(shop.url)
    keys.check_matches_database(db, keys.load(Path(shop.secret_path)), system_clock())
    return db


def _backend_pid(db: Database) -> int:
    if db.is_sqlite:
        return 0
    with db.engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())


def sell_worker(shop: Shop16, index: int, start_at: float, seconds: float, out: Any) -> None:
    """One counter: sell top-ups from *start_at* for *seconds*; put a WorkerResult on *out*."""
    result = WorkerResult()
    try:
        db = _open(shop)
        counter_id, username = shop.counters[index]
        clerk = staff.sign_in(db, username, PASSWORD, counter_id=counter_id)
        own = shop.lines[index]
        tender = [Tender(TenderKind.CASH, 5_000, tendered=10_000)]
        sale_once(db, clerk, counter_id, own[0], tender)  # warm: connection, compiled SQL
        result.backend_pid = _backend_pid(db)
        time.sleep(max(0.0, start_at - time.time()))
        cpu0 = time.process_time()
        backend0 = _proc_cpu_s(result.backend_pid) if result.backend_pid else 0.0
        end = start_at + seconds
        n = 1
        while time.time() < end:
            t0 = time.perf_counter()
            try:
                sale_once(db, clerk, counter_id, own[n % len(own)], tender)
            except Exception as exc:
                result.errors += 1
                if len(result.error_texts) < 3:
                    result.error_texts.append(f"{type(exc).__name__}: {exc}"[:200])
            else:
                result.sales += 1
                result.latencies.append(time.perf_counter() - t0)
            n += 1
        result.cpu_s = time.process_time() - cpu0
        if result.backend_pid:
            result.backend_cpu_s = _proc_cpu_s(result.backend_pid) - backend0
        db.dispose()
    except Exception as exc:
        result.errors += 1
        result.error_texts.append(f"worker: {type(exc).__name__}: {exc}"[:200])
    out.put((index, asdict(result)))


def sale_once(
    db: Database, clerk: Any, counter_id: int, line_id: int, tender: list[Tender]
) -> None:
    draft = sales.start_sale(db, clerk, counter_id, SaleKind.LINE, line_id=line_id)
    sales.complete_line_sale(db, clerk, draft.uuid, plan_code=PLAN, tenders=tender)


def insert_worker(shop: Shop16, index: int, start_at: float, seconds: float, out: Any) -> None:
    """The baseline: one row INSERTed and committed per transaction, flat out."""
    result = WorkerResult()
    try:
        db = Database(shop.url)
        raw: Any = db.engine.raw_connection()
        cursor = raw.cursor()
        sqlite = db.is_sqlite
        if not sqlite:
            cursor.execute("SELECT pg_backend_pid()")
            result.backend_pid = int(cursor.fetchone()[0])
            raw.commit()
        time.sleep(max(0.0, start_at - time.time()))
        cpu0 = time.process_time()
        backend0 = _proc_cpu_s(result.backend_pid) if result.backend_pid else 0.0
        end = start_at + seconds
        tag = f"c{index}-{uuid.uuid4().hex[:8]}"
        while time.time() < end:
            t0 = time.perf_counter()
            try:
                if sqlite:
                    # Turns as Counter's own writes take them: without, SQLite's polling
                    # lets one process starve another into "database is locked".
                    with db.writer_turn():
                        cursor.execute("BEGIN IMMEDIATE")
                        cursor.execute("INSERT INTO bench_baseline (tag) VALUES (?)", (tag,))
                        cursor.execute("COMMIT")
                else:
                    cursor.execute("INSERT INTO bench_baseline (tag) VALUES (%s)", (tag,))
                    raw.commit()
            except Exception as exc:
                result.errors += 1
                if len(result.error_texts) < 3:
                    result.error_texts.append(f"{type(exc).__name__}: {exc}"[:200])
                if sqlite:
                    with contextlib.suppress(sqlite3.Error):  # nothing may have begun
                        cursor.execute("ROLLBACK")
                else:
                    raw.rollback()
            else:
                result.sales += 1
                result.latencies.append(time.perf_counter() - t0)
        result.cpu_s = time.process_time() - cpu0
        if result.backend_pid:
            result.backend_cpu_s = _proc_cpu_s(result.backend_pid) - backend0
        cursor.close()
        raw.close()
        db.dispose()
    except Exception as exc:
        result.errors += 1
        result.error_texts.append(f"worker: {type(exc).__name__}: {exc}"[:200])
    out.put((index, asdict(result)))


def _create_baseline_table(url: str) -> None:
    db = Database(url)
    try:
        with db.engine.begin() as connection:
            key = "INTEGER PRIMARY KEY" if db.is_sqlite else "SERIAL PRIMARY KEY"
            connection.exec_driver_sql(
                f"CREATE TABLE IF NOT EXISTS bench_baseline (id {key}, tag VARCHAR(40) NOT NULL)"
            )
    finally:
        db.dispose()


class LockSampler:
    """Samples pg_stat_activity every 20 ms: how often the workers' backends wait on a lock."""

    def __init__(self, url: str, pids: list[int]) -> None:
        self.db = Database(url)
        self.pids = pids
        self.samples = 0
        self.waiting = 0
        self.on: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.db.dispose()

    def _run(self) -> None:
        query = (
            "SELECT a.pid, a.wait_event_type, "
            "  (SELECT string_agg(DISTINCT COALESCE(l.relation::regclass::text, l.locktype), ',')"
            "     FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted) "
            "FROM pg_stat_activity a WHERE a.pid = ANY(%(pids)s)"
        )
        with self.db.engine.connect() as connection:
            raw: Any = connection.connection.dbapi_connection
            raw.autocommit = True
            cursor = raw.cursor()
            while not self._stop.wait(0.02):
                cursor.execute(query, {"pids": self.pids})
                for _pid, wait_type, relations in cursor.fetchall():
                    self.samples += 1
                    if wait_type == "Lock":
                        self.waiting += 1
                        key = relations or "?"
                        self.on[key] = self.on.get(key, 0) + 1


def run_round(
    shop: Shop16, target: Any, n: int, seconds: float, pids_known: list[int] | None = None
) -> tuple[list[WorkerResult], LockSampler | None]:
    context = mp.get_context("spawn")
    out = context.Queue()
    start_at = time.time() + 4.0 + 0.3 * n  # every worker warm and waiting
    workers = [
        context.Process(target=target, args=(shop, i, start_at, seconds, out)) for i in range(n)
    ]
    for worker in workers:
        worker.start()
    sampler = None
    results: dict[int, WorkerResult] = {}
    if pids_known is not None and not shop.url.startswith("sqlite"):
        # The backends exist once the workers have warmed up; find them by application.
        time.sleep(max(0.0, start_at - time.time() - 0.5))
        sampler = LockSampler(shop.url, _worker_backends(shop.url))
        sampler.start()
    while len(results) < n:
        index, data = out.get(timeout=seconds + 120)
        results[index] = WorkerResult(**data)
    if sampler is not None:
        sampler.stop()
    for worker in workers:
        worker.join(timeout=30)
    return [results[i] for i in range(n)], sampler


def _worker_backends(url: str) -> list[int]:
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND backend_type = 'client backend'"
            ).scalars()
            return [int(p) for p in rows]
    finally:
        db.dispose()


def percentile(samples: list[float], fraction: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def summarise(results: list[WorkerResult], seconds: float) -> dict[str, Any]:
    total = sum(r.sales for r in results)
    latencies = [x for r in results for x in r.latencies]
    cpu = sum(r.cpu_s + r.backend_cpu_s for r in results)
    server = sum(r.backend_cpu_s for r in results)
    per_counter = [r.sales / seconds for r in results]
    return {
        "per_s": total / seconds,
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "cpu_ms": cpu / total * 1000 if total else float("nan"),
        "server_cpu_ms": server / total * 1000 if total else float("nan"),
        "errors": sum(r.errors for r in results),
        "error_texts": sorted({t for r in results for t in r.error_texts})[:3],
        "slowest_fastest": (min(per_counter), max(per_counter)),
    }


def bench(label: str, shop: Shop16, counts: list[int], seconds: float) -> list[dict[str, Any]]:
    _create_baseline_table(shop.url)
    rows: list[dict[str, Any]] = []
    print(f"\n{label}: {seconds:g} s per round; CPU = workers + their server backends")
    header = (
        f"  {'N':>2} {'sales/s':>8} {'p50/p99 ms':>13} {'CPU/sale':>9} {'server':>8} {'err':>4} "
        f"{'lock wait':>9} {'slow..fast':>11} | {'INSERT/s':>9} {'CPU/ins':>8} {'CPU x':>6}"
    )
    print(header)
    for n in counts:
        sold, sampler = run_round(shop, sell_worker, n, seconds, pids_known=[])
        base, _ = run_round(shop, insert_worker, n, seconds)
        s, b = summarise(sold, seconds), summarise(base, seconds)
        wait = (
            f"{100 * sampler.waiting / sampler.samples:.0f} %"
            if sampler is not None and sampler.samples
            else "-"
        )
        row = {
            "database": label,
            "counters": n,
            "sales": s,
            "baseline": b,
            "lock_wait_share": (sampler.waiting / sampler.samples)
            if sampler and sampler.samples
            else None,
            "lock_wait_on": sampler.on if sampler else {},
            "cpu_ratio": s["cpu_ms"] / b["cpu_ms"] if b["cpu_ms"] else None,
        }
        rows.append(row)
        slow, fast = s["slowest_fastest"]
        print(
            f"  {n:2d} {s['per_s']:8.1f} {s['p50_ms']:6.1f}/{s['p99_ms']:<6.1f} "
            f"{s['cpu_ms']:7.2f}ms {s['server_cpu_ms']:6.2f}ms {s['errors']:4d} {wait:>9} "
            f"{slow:5.1f}..{fast:<5.1f} | "
            f"{b['per_s']:9.0f} {b['cpu_ms']:6.3f}ms {row['cpu_ratio']:6.1f}"
        )
        for text in s["error_texts"]:
            print(f"       error: {text}")
        for text in b["error_texts"]:
            print(f"       baseline error: {text}")
        if sampler is not None and sampler.on:
            print(f"       waited on: {sampler.on}")
    return rows


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=None, help="also on this PostgreSQL server")
    parser.add_argument("--pg-counters", default="1,2,4,8,16")
    parser.add_argument("--sqlite-counters", default="1,2,4")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--json", default=None, help="write the rows here")
    args = parser.parse_args(argv)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="counter-bench-") as folder:
        home = Path(folder)
        if _ints(args.sqlite_counters):
            url = f"sqlite:///{home / 'counters.sqlite3'}"
            shop = build_shop(url, home / "secret.json", max(_ints(args.sqlite_counters)))
            rows += bench("SQLite", shop, _ints(args.sqlite_counters), args.seconds)
        if args.pg and _ints(args.pg_counters):
            import psycopg  # noqa: PLC0415 - PostgreSQL is optional

            base = normalise_database_url(args.pg)
            libpq = base.replace("postgresql+psycopg://", "postgresql://", 1).split("?", 1)[0]
            schema = f"bench_counters_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(libpq, autocommit=True) as connection:
                connection.execute(f'CREATE SCHEMA "{schema}"')
            try:
                url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
                shop = build_shop(url, home / "secret-pg.json", max(_ints(args.pg_counters)))
                rows += bench("PostgreSQL", shop, _ints(args.pg_counters), args.seconds)
            finally:
                with psycopg.connect(libpq, autocommit=True) as connection:
                    connection.execute(f'DROP SCHEMA "{schema}" CASCADE')
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, default=str))
    if any(r["sales"]["errors"] or r["baseline"]["errors"] for r in rows):
        print("\nerrors: see above")
        return 1
    spread = [r["sales"]["per_s"] for r in rows if r["database"] == "PostgreSQL"]
    if len(spread) > 1:
        print(
            f"\nPostgreSQL sales/s from fewest to most counters: {spread[0]:.0f} -> "
            f"{spread[-1]:.0f} (median {statistics.median(spread):.0f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
