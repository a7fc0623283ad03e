"""Sales history at 10,000,000 sales: each kind of search and a sale's details, against a baseline.

    python benchmarks/history.py [--db /tmp/counter-bench/sales-10m.sqlite3]
                                 [--sales 10000000] [--lines 1000000] [--runs 200] [--plans]
                                 [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]

Builds the big database with ``sales_10m.ensure_database`` (once; reused afterwards), then
times ``history.search`` for each kind of search and ``history.details``, interleaved run by
run, each run on other samples (another receipt, another number, another day ...). The
baseline, measured in the same runs through the same engine and session set-up, is a
primary-key SELECT of one sale (what any read of one row costs); a bare driver
``SELECT 1`` is shown too. Prints p50/p99 in ms and each as a multiple of the baseline;
``--plans`` also prints SQLite's query plan of each search. ``--pg`` runs the same on
PostgreSQL, on the copy of the shop ``benchmarks/sales_10m_pg.py`` makes (once, reused).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sales_10m import DEFAULT_PATH, ensure_database, read_marker
from sales_10m_pg import ensure_pg_database

from counter_app.domain.sales import SaleState
from counter_app.domain.staff import Clerk, Role
from counter_app.services import history
from counter_app.services.history import HistoryCursor, HistoryQuery
from counter_app.store.engine import Database
from counter_app.store.models import Line, Sale, StaffUser


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def plan(db: Database, query: HistoryQuery) -> list[str]:
    """SQLite's EXPLAIN QUERY PLAN of the search, with its real parameters."""
    with db.read() as session:
        statement = history.search_statement(session, query)
        if statement is None:
            return ["(no query: nothing can match)"]
        connection = session.connection()

        def explain(*args: Any) -> tuple[str, Any]:
            return "EXPLAIN QUERY PLAN " + args[2], args[3]

        event.listen(connection, "before_cursor_execute", explain, retval=True)
        try:
            return [str(row[-1]) for row in connection.execute(statement).cursor.fetchall()]
        finally:
            event.remove(connection, "before_cursor_execute", explain)


def page_cursor(db: Database, clerk: Clerk, query: HistoryQuery, page: int) -> HistoryCursor | None:
    """The cursor that starts page *page* (1-based) of *query*, by following the pages.

    A small database may have fewer pages: then the last page's.
    """
    cursor = None
    for _ in range(page - 1):
        found = history.search(db, clerk, HistoryQuery(**{**query.__dict__, "after": cursor}))
        if found.next is None:
            print(f"warning: fewer than {page} pages: {query}", file=sys.stderr)
            break
        cursor = found.next
    return cursor


def main() -> None:  # noqa: PLR0915 - one script, read top to bottom
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--sales", type=int, default=10_000_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--pg", metavar="URL", help="search on PostgreSQL (a copy of the shop)")
    args = parser.parse_args()

    started = time.perf_counter()
    path = ensure_database(args.db, args.sales, args.lines)
    print(
        f"database: {path} ({path.stat().st_size / 1e9:.1f} GB), ready in "
        f"{time.perf_counter() - started:.1f} s"
    )
    marker = read_marker(path)
    assert marker is not None
    first_day = date.fromisoformat(marker["first_day"])
    days = int(marker["days"])
    if args.pg:
        db = Database(ensure_pg_database(args.pg, path, args.sales, args.lines))
        print(f"database: {db.description}")
    else:
        db = Database(f"sqlite:///{path}")
    rng = random.Random(6)  # noqa: S311 - benchmark sampling
    with db.read() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == "clerk")).one()
        clerk = Clerk(user.id, user.shop_id, user.username, user.display_name, Role(user.role))
        usernames = list(session.scalars(select(StaffUser.username)))
        line_count = session.scalar(select(Line.id).order_by(Line.id.desc()).limit(1)) or 0
        numbers = list(
            session.scalars(
                select(Line.msisdn).where(
                    Line.id.in_([rng.randrange(1, line_count + 1) for _ in range(args.runs)])
                )
            )
        )
    per_counter = args.sales // 3
    receipts = [
        f"demo-c{rng.randrange(1, 4)}-{rng.randrange(1, per_counter + 1):06d}"
        for _ in range(args.runs)
    ]
    typed = [f"{n[4:8]} {n[8:]}" for n in numbers]  # "9600 1234", as a clerk types it
    # Days well inside the three years, each run another one.
    sample_days = [
        first_day + timedelta(days=rng.randrange(40, days - 1)) for _ in range(args.runs)
    ]
    voided = frozenset({SaleState.VOIDED})
    reversed_states = frozenset({SaleState.VOIDED, SaleState.REFUNDED})

    def day_query(i: int) -> HistoryQuery:
        return HistoryQuery(date_from=sample_days[i], date_to=sample_days[i])

    def month(i: int, **kw: Any) -> HistoryQuery:
        return HistoryQuery(
            date_from=sample_days[i] - timedelta(days=29), date_to=sample_days[i], **kw
        )

    print("following pages 1-19 of a day (for the page-20 cursors) ...", flush=True)
    page20_days = 20
    day_cursors = [page_cursor(db, clerk, day_query(i), 20) for i in range(page20_days)]
    all_cursor = page_cursor(db, clerk, HistoryQuery(), 20)
    sale_ids = [rng.randrange(1, args.sales + 1) for _ in range(args.runs)]

    searches: dict[str, Callable[[int], HistoryQuery]] = {
        "receipt no (typed lower case)": lambda i: HistoryQuery(text=receipts[i]),
        "phone number (9600 1234)": lambda i: HistoryQuery(text=typed[i % len(typed)]),
        "a day, page 1": day_query,
        "a day, page 20": lambda i: HistoryQuery(
            **{**day_query(i % page20_days).__dict__, "after": day_cursors[i % page20_days]}
        ),
        "a week, one clerk": lambda i: HistoryQuery(
            date_from=sample_days[i] - timedelta(days=6),
            date_to=sample_days[i],
            clerk=usernames[i % len(usernames)],
        ),
        "voided, a month": lambda i: month(i, states=voided),
        "voided or refunded, a month": lambda i: month(i, states=reversed_states),
        "one counter, a month": lambda i: month(i, counter=f"C{i % 3 + 1}"),
        "one clerk at one counter, a month": lambda i: month(
            i, counter=f"C{i % 3 + 1}", clerk=usernames[i % len(usernames)]
        ),
        "everything, page 1": lambda i: HistoryQuery(),
        "everything, page 20": lambda i: HistoryQuery(after=all_cursor),
    }
    if args.plans and db.is_sqlite:
        for name, make in searches.items():
            print(f"{name}: {' | '.join(plan(db, make(0)))}")

    raw = sqlite3.connect(path) if db.is_sqlite else db.engine.raw_connection()

    def baseline(i: int) -> object:
        with db.read() as session:
            return session.execute(
                select(Sale.id, Sale.receipt_no, Sale.completed_at, Sale.total).where(
                    Sale.id == sale_ids[i]
                )
            ).one()

    def select_one(i: int) -> object:
        cursor = raw.cursor()
        cursor.execute("SELECT 1")
        return cursor.fetchone()

    with db.read() as session:
        detail_receipts = [
            r
            for r in session.scalars(select(Sale.receipt_no).where(Sale.id.in_(sale_ids)))
            if r is not None
        ]

    def details(i: int) -> object:
        return history.details(db, clerk, detail_receipts[i % len(detail_receipts)])

    calls: dict[str, Callable[[int], object]] = {
        "baseline: one sale by primary key": baseline,
        "bare driver SELECT 1": select_one,
    }
    for name, make in searches.items():
        calls[name] = lambda i, make=make: history.search(db, clerk, make(i))
    calls["details of a sale"] = details

    timings: dict[str, list[float]] = {name: [] for name in calls}
    rows: dict[str, int] = {name: 0 for name in calls}
    for i in range(min(20, args.runs)):  # warm-up
        for call in calls.values():
            call(i)
    for i in range(args.runs):
        for name, call in calls.items():
            begun = time.perf_counter()
            result = call(i)
            timings[name].append(time.perf_counter() - begun)
            if isinstance(result, history.HistoryPage):
                rows[name] += len(result.rows)
    raw.close()
    db.dispose()

    base50 = percentile(timings["baseline: one sale by primary key"], 0.5)
    base99 = percentile(timings["baseline: one sale by primary key"], 0.99)
    print(
        f"\n{args.runs} runs, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{marker['sales']:,} sales, {marker['lines']:,} lines\n"
    )
    print("| search | p50 ms | p99 ms | x base p50 | x base p99 | rows/page |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, samples in timings.items():
        p50, p99 = percentile(samples, 0.5), percentile(samples, 0.99)
        per_page = f"{rows[name] / args.runs:.1f}" if name in searches else ""
        print(
            f"| {name} | {p50 * 1000:.2f} | {p99 * 1000:.2f} | {p50 / base50:.1f} | "
            f"{p99 / base99:.1f} | {per_page} |"
        )


if __name__ == "__main__":
    main()
