"""Line lookup at the counter: ``lines.find_line`` on a big shop, against a bare indexed SELECT.

    python benchmarks/lookup.py [--db PATH] [--lines 1000000] [--samples 2000] [--max-ms 5]
                                [--pg postgresql://postgres@127.0.0.1:5432/test]

Builds the demo shop with ``--lines`` lines through ``demo.build`` (timed; the file at
``--db`` is reused by later runs, and a PostgreSQL schema ``bench_lookup_<lines>`` likewise),
then looks up ``--samples`` random existing lines, each typed one of the ways clerks type
numbers ("9600 1234", "+852 9600-1234", "(852) 96001234", full-width digits, a spaced
ICCID ...). The baseline, measured in the same run on the same file, is the raw driver
doing ``SELECT * FROM lines WHERE msisdn = ?`` with the number already in E.164: what the
index alone costs. Prints p50/p99 of both and the ratio; ``--max-ms`` makes the run fail
(exit 1) when find_line's p99 is above it. On PostgreSQL the tables are ANALYZEd first, as
autovacuum would do after the bulk insert (``--no-analyze`` measures without statistics).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from counter_app.config import normalise_database_url
from counter_app.domain.clock import HONG_KONG, system_clock
from counter_app.services import demo, keys, lines
from counter_app.store.engine import Database
from counter_app.store.models import Line
from counter_app.store.schema import upgrade

PASSWORD = "pw-12345"  # noqa: S105 - the demo shop's benchmark password
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def typed(msisdn: str, iccid: str, how: int) -> str:
    """The line's number (or SIM number) the way a clerk might type or scan it."""
    national = msisdn.removeprefix("+852")
    a, b = national[:4], national[4:]
    forms = (
        national,
        f"{a} {b}",
        f"{a}-{b}",
        f"+852 {a} {b}",
        f"852{national}",
        f"00852 {a} {b}",
        f"(852) {a}-{b}",
        msisdn,
        national.translate(FULL_WIDTH),
        " ".join(iccid[i : i + 4] for i in range(0, len(iccid), 4)),
    )
    return forms[how % len(forms)]


def ensure_built(url: str, secret_path: Path, count: int) -> None:
    """The demo shop with *count* lines at *url*: built (and timed) unless already there."""
    db = Database(url)
    try:
        upgrade(db)
        with db.read() as session:
            have = session.scalar(select(func.count(Line.id))) or 0
        if have == count:
            print(f"reusing {db.description}: {have:,} lines")
            return
        if have:
            raise SystemExit(f"{db.description} has {have:,} lines, not {count:,}: use another")
        secret = keys.load_or_create(secret_path)
        print(f"building the demo shop with {count:,} lines in {db.description} ...", flush=True)
        started = time.perf_counter()
        demo.build(db, secret, lines=count, password=PASSWORD)
        seconds = time.perf_counter() - started
        print(f"demo.build: {seconds:.1f} s ({count / seconds:,.0f} lines/s)")
    finally:
        db.dispose()


def sample(url: str, count: int, samples: int, seed: int) -> list[tuple[str, str]]:
    """(msisdn, iccid) of *samples* random lines."""
    rng = random.Random(seed)  # noqa: S311 - benchmark sampling
    ids = rng.sample(range(1, count + 1), min(samples, count))
    db = Database(url)
    try:
        with db.read() as session:
            rows = session.execute(
                select(Line.id, Line.msisdn, Line.iccid).where(Line.id.in_(ids))
            ).all()
    finally:
        db.dispose()
    by_id = {row.id: (row.msisdn, row.iccid) for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def time_each(call: Callable[[int], object], n: int) -> list[float]:
    timings = []
    for i in range(n):
        started = time.perf_counter()
        call(i)
        timings.append(time.perf_counter() - started)
    return timings


def measure(
    url: str, picks: list[tuple[str, str]], raw: Callable[[str], object]
) -> dict[str, float]:
    today: date = system_clock().astimezone(HONG_KONG).date()
    db = Database(url)
    texts = [typed(msisdn, iccid, i) for i, (msisdn, iccid) in enumerate(picks)]
    numbers = [msisdn for msisdn, _ in picks]

    def app(i: int) -> None:
        view = lines.find_line(db, texts[i], today=today)
        if view.msisdn != numbers[i]:
            raise SystemExit(f"find_line({texts[i]!r}) found {view.msisdn}, not {numbers[i]}")

    def bare(i: int) -> None:
        if raw(numbers[i]) is None:
            raise SystemExit(f"raw SELECT did not find {numbers[i]}")

    warm = min(200, len(picks))
    time_each(app, warm)
    time_each(bare, warm)
    # Interleaved halves, so that a slow moment of the machine hits both sides alike.
    half = len(picks) // 2
    app_times = time_each(app, half)
    bare_times = time_each(bare, half)
    app_times += time_each(lambda i: app(half + i), len(picks) - half)
    bare_times += time_each(lambda i: bare(half + i), len(picks) - half)
    db.dispose()
    return {
        "app_p50": percentile(app_times, 0.5) * 1000,
        "app_p99": percentile(app_times, 0.99) * 1000,
        "raw_p50": percentile(bare_times, 0.5) * 1000,
        "raw_p99": percentile(bare_times, 0.99) * 1000,
    }


def report(label: str, result: dict[str, float], n: int) -> None:
    print(
        f"{label}: find_line p50 {result['app_p50']:.3f} ms  p99 {result['app_p99']:.3f} ms | "
        f"raw SELECT p50 {result['raw_p50']:.3f} ms  p99 {result['raw_p99']:.3f} ms | "
        f"ratio p50 {result['app_p50'] / result['raw_p50']:.1f}x  "
        f"p99 {result['app_p99'] / result['raw_p99']:.1f}x  ({n} lookups)"
    )


def run_sqlite(path: Path, count: int, samples: int) -> dict[str, float]:
    url = f"sqlite:///{path}"
    ensure_built(url, path.with_suffix(".secret.json"), count)
    picks = sample(url, count, samples, seed=1)
    connection = sqlite3.connect(path)
    cursor = connection.cursor()

    def raw(msisdn: str) -> object:
        return cursor.execute("SELECT * FROM lines WHERE msisdn = ?", (msisdn,)).fetchone()

    result = measure(url, picks, raw)
    connection.close()
    report("SQLite", result, len(picks))
    return result


def run_postgres(
    pg: str, count: int, samples: int, secret_dir: Path, *, analyze: bool
) -> dict[str, float]:
    import psycopg  # noqa: PLC0415 - PostgreSQL is optional

    base = normalise_database_url(pg)
    libpq = base.replace("postgresql+psycopg://", "postgresql://", 1).split("?", 1)[0]
    schema = f"bench_lookup_{count}"
    with psycopg.connect(libpq, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    ensure_built(url, secret_dir / f"{schema}.secret.json", count)
    picks = sample(url, count, samples, seed=1)
    connection = psycopg.connect(libpq, autocommit=True, options=f"-csearch_path={schema}")
    cursor = connection.cursor()
    if analyze:
        # Without statistics (autovacuum off, or not yet run after the bulk insert) the
        # planner guesses thousands of rows per secondary number and starts parallel
        # workers for every lookup; autovacuum would ANALYZE a table this changed.
        cursor.execute("ANALYZE lines, customers")

    def raw(msisdn: str) -> object:
        cursor.execute("SELECT * FROM lines WHERE msisdn = %s", (msisdn,))
        return cursor.fetchone()

    result = measure(url, picks, raw)
    connection.close()
    report("PostgreSQL", result, len(picks))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_db = Path(tempfile.gettempdir()) / "counter-bench-lookup.sqlite3"
    parser.add_argument("--db", type=Path, default=default_db, help="SQLite file (reused)")
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=2_000)
    parser.add_argument("--max-ms", type=float, default=None, help="fail if p99 is above")
    parser.add_argument("--pg", default=None, help="also on this PostgreSQL server")
    parser.add_argument(
        "--no-analyze",
        action="store_true",
        help="PostgreSQL: measure without ANALYZE after the bulk insert",
    )
    args = parser.parse_args()
    results = {"SQLite": run_sqlite(args.db.resolve(), args.lines, args.samples)}
    if args.pg:
        results["PostgreSQL"] = run_postgres(
            args.pg, args.lines, args.samples, args.db.resolve().parent, analyze=not args.no_analyze
        )
    if args.max_ms is not None:
        slow = {k: r["app_p99"] for k, r in results.items() if r["app_p99"] > args.max_ms}
        if slow:
            for label, p99 in slow.items():
                print(f"FAIL: {label} find_line p99 {p99:.2f} ms > {args.max_ms} ms")
            return 1
        print(f"OK: find_line p99 within {args.max_ms} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
