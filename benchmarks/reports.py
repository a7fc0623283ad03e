"""Sales reports on a shop with 10,000,000 sales: a day, a month and a year, against the raw query.

    python benchmarks/reports.py [--db /tmp/counter-bench/sales-10m.sqlite3]
                                 [--sales 10000000] [--lines 1000000]
                                 [--days 20] [--months 5] [--years 2] [--raw-runs 2]
                                 [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]
                                 [--seed 1]

With ``--pg`` the same shop is reported on PostgreSQL, copied there once by
``benchmarks/sales_10m_pg.py`` (a schema of its own, reused afterwards).

The shop is ``benchmarks/sales_10m.py``'s (``ensure_database`` reuses the file at ``--db``
or builds it: about an hour for ten million sales). Each report is
``sales_reports.sales_report`` for all counters, as the Reports tab asks for it: a Hong
Kong day (``--days`` random days), 30 days (``--months``) and 365 days (``--years``),
each range ending on a random day of the shop's three years. The baseline, measured in
the same run on the same file before each report, is the raw driver counting the range's
sales through the ``completed_at`` index
(``SELECT count(*) FROM sales WHERE completed_at >= ? AND completed_at < ?``): reading
the range and nothing else. The report reads the day summaries; the first ``--raw-runs``
ranges of each span are also reported by ``sales_report_raw`` (the same report computed
from the sales, items, payments and reversals: what the report cost before the
summaries), and the two reports must be equal. Prints p50/p99 (ms) of the report, of the
COUNT and of the raw report, and the ratios of the p50s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sales_10m import DEFAULT_PATH, ensure_database, read_marker  # beside this script
from sales_10m_pg import ensure_pg_database
from sqlalchemy import select

from counter_app.domain.clock import hk_day_bounds
from counter_app.domain.staff import Clerk, Role
from counter_app.services.sales_reports import sales_report, sales_report_raw
from counter_app.store.engine import Database
from counter_app.store.models import StaffUser

_BASELINE_SQL = "SELECT count(*) FROM sales WHERE completed_at >= ? AND completed_at < ?"
_SPANS = (("day", 1), ("month", 30), ("year", 365))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def supervisor(db: Database) -> Clerk:
    with db.read() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.role == "supervisor")).first()
    if user is None:
        raise SystemExit("the benchmark shop has no supervisor")
    return Clerk(user.id, user.shop_id, user.username, user.display_name, Role.SUPERVISOR)


def baseline_ms(db: Database, first: date, last: date) -> tuple[float, int]:
    """The raw indexed COUNT of the range's sales: (milliseconds, sales counted)."""
    start, _ = hk_day_bounds(first)
    _, end = hk_day_bounds(last)
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        began = time.perf_counter()
        if db.is_sqlite:
            # The bounds as SQLite stores them: UTC, "YYYY-MM-DD HH:MM:SS.ffffff".
            text = tuple(moment.strftime("%Y-%m-%d %H:%M:%S.%f") for moment in (start, end))
            cursor.execute(_BASELINE_SQL, text)
        else:
            cursor.execute(_BASELINE_SQL.replace("?", "%s"), (start, end))
        (count,) = cursor.fetchone()
        return (time.perf_counter() - began) * 1000, int(count)
    finally:
        raw.close()


def main() -> int:  # noqa: PLR0915 - one script, read top to bottom
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_PATH, help="the benchmark shop")
    parser.add_argument("--sales", type=int, default=10_000_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=20, help="day reports to time")
    parser.add_argument("--months", type=int, default=5, help="30-day reports to time")
    parser.add_argument("--years", type=int, default=2, help="365-day reports to time")
    parser.add_argument(
        "--raw-runs", type=int, default=2, help="ranges of each span also reported raw"
    )
    parser.add_argument("--pg", metavar="URL", help="report on PostgreSQL (a copy of the shop)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    path = ensure_database(args.db, args.sales, args.lines)
    marker = read_marker(path)
    if marker is None:
        raise SystemExit(f"{path} is not a benchmark database")
    first_day = date.fromisoformat(marker["first_day"])
    last_day = first_day + timedelta(days=int(marker["days"]) - 1)
    if args.pg:
        db = Database(ensure_pg_database(args.pg, path, args.sales, args.lines))
    else:
        db = Database(f"sqlite:///{path}")
    clerk = supervisor(db)
    rng = random.Random(args.seed)  # noqa: S311 - which days to report on, reproducibly
    print(f"{db.description}: {marker['sales']:,} sales from {first_day} to {last_day}")
    print(
        f"{'report':<8}{'runs':>5}{'sales':>11}{'p50 ms':>10}{'p99 ms':>10}"
        f"{'base p50':>10}{'base p99':>10}{'ratio':>8}"
        f"{'raw p50':>10}{'raw p99':>10}{'raw/rep':>9}"
    )
    for (name, span), runs in zip(_SPANS, (args.days, args.months, args.years), strict=True):
        if runs <= 0:
            continue
        timings: list[float] = []
        baselines: list[float] = []
        counted: list[int] = []
        raws: list[float] = []
        for run in range(runs):
            last = first_day + timedelta(days=rng.randrange(span - 1, int(marker["days"])))
            first = last - timedelta(days=span - 1)
            base, count = baseline_ms(db, first, last)
            began = time.perf_counter()
            report = sales_report(db, clerk, first, last)
            timings.append((time.perf_counter() - began) * 1000)
            baselines.append(base)
            counted.append(count)
            if report.total.count > count:
                raise SystemExit(f"{first}..{last}: the report counts more sales than exist")
            if run < args.raw_runs:
                began = time.perf_counter()
                raw = sales_report_raw(db, clerk, first, last)
                raws.append((time.perf_counter() - began) * 1000)
                if (raw.total, raw.breakdowns) != (report.total, report.breakdowns):
                    raise SystemExit(f"{first}..{last}: the summaries differ from the raw rows")
        p50, base_p50 = percentile(timings, 0.5), percentile(baselines, 0.5)
        raw_figures = (
            f"{percentile(raws, 0.5):>10.1f}{percentile(raws, 0.99):>10.1f}"
            f"{percentile(raws, 0.5) / p50:>9.0f}"
            if raws
            else ""
        )
        print(
            f"{name:<8}{runs:>5}{round(statistics.mean(counted)):>11,}{p50:>10.1f}"
            f"{percentile(timings, 0.99):>10.1f}{base_p50:>10.1f}"
            f"{percentile(baselines, 0.99):>10.1f}{p50 / base_p50:>8.1f}{raw_figures}",
            flush=True,
        )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
