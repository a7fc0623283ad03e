"""Audit entry cost under contention: one shared chain head against one head per counter.

    python benchmarks/audit_chains.py [--tills 1,4,8] [--entries 200] \
        [--pg postgresql://postgres@127.0.0.1:5432/test]

Each till is a thread with its own connection that writes ``--entries`` audit entries, each
in its own write transaction (as a sale's entry is written last in the sale's transaction,
the head stays locked until the commit). Two layouts, same code, same key:

- shared: every till writes to the shop chain, so all of them queue on one head row, as
  every sale of every counter did before per-counter chains (issue 13);
- per counter: each till writes to its own counter's chain and locks only its own head.

Baseline: the same tills each committing one bare INSERT per transaction (what durability
alone costs). Prints p50/p99 per entry in ms and each as a multiple of the baseline's p50;
the ratios are what compare across machines. SQLite serialises every writer anyway
(BEGIN IMMEDIATE), so its run shows the single-till cost only.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from counter_app.config import normalise_database_url
from counter_app.services import audit, keys
from counter_app.store.engine import Database
from counter_app.store.models import Counter, Shop
from counter_app.store.schema import upgrade


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def prepare(url: str, secret_path: Path, tills: int) -> tuple[Database, list[int]]:
    db = Database(url)
    upgrade(db)
    keys.check_matches_database(db, keys.load_or_create(secret_path), datetime.now(UTC))
    now = datetime.now(UTC)
    with db.write() as session:
        shop = Shop(code="BENCH", name_zh="測試", name_en="Bench", created_at=now)
        session.add(shop)
        session.flush()
        counters = [
            Counter(shop_id=shop.id, code=f"T{n}", name=f"Till {n}", created_at=now)
            for n in range(tills)
        ]
        session.add_all(counters)
        session.flush()
        ids = [c.id for c in counters]
        session.execute(text("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, till INTEGER)"))
    return db, ids


def run_tills(tills: int, entries: int, work: Callable[[int, int], None]) -> list[float]:
    samples: list[float] = []
    lock = threading.Lock()
    gun = threading.Barrier(tills)

    def till(n: int) -> None:
        mine = []
        gun.wait()
        for i in range(entries):
            start = time.perf_counter()
            work(n, i)
            mine.append(time.perf_counter() - start)
        with lock:
            samples.extend(mine)

    threads = [threading.Thread(target=till, args=(n,)) for n in range(tills)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples


def measure(db: Database, counter_ids: list[int], entries: int) -> dict[str, list[float]]:
    """Per-entry seconds of the baseline and of both layouts, the tills firing together."""
    tills = len(counter_ids)
    now = datetime.now(UTC)

    def bare(n: int, i: int) -> None:
        with db.write() as session:
            session.execute(
                text("INSERT INTO bench_rows (id, till) VALUES (:id, :till)"),
                {"id": n * 1_000_000 + i, "till": n},
            )

    def shared(n: int, _i: int) -> None:
        with db.write() as session:
            audit.record(session, "bench.entry", occurred_at=now, subject=f"till {n}")

    def per_counter(n: int, _i: int) -> None:
        with db.write() as session:
            audit.record(session, "bench.entry", occurred_at=now, counter_id=counter_ids[n])

    results = {
        "baseline": run_tills(tills, entries, bare),
        "shared head": run_tills(tills, entries, shared),
        "head per counter": run_tills(tills, entries, per_counter),
    }
    report = audit.verify(db)
    assert report.ok, report.problem
    return results


def bench(label: str, url: str, tills: int, entries: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        db, counter_ids = prepare(url, Path(home) / "secret.json", tills)
        try:
            results = measure(db, counter_ids, entries)
        finally:
            db.dispose()
    base_p50 = percentile(results.pop("baseline"), 0.5)
    print(f"{label}, {tills} till(s), {entries} entries each:")
    print(f"  baseline bare INSERT   p50 {base_p50 * 1000:7.2f} ms")
    for name, samples in results.items():
        p50, p99 = percentile(samples, 0.5), percentile(samples, 0.99)
        print(
            f"  {name:<22} p50 {p50 * 1000:7.2f} ms  p99 {p99 * 1000:7.2f} ms  "
            f"p50 = {p50 / base_p50:5.2f} x baseline"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tills", default="1,4,8")
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--pg", metavar="URL")
    args = parser.parse_args()
    tills_list = [int(t) for t in args.tills.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        bench("SQLite", f"sqlite:///{Path(folder) / 'audit.sqlite3'}", 1, args.entries)
    if not args.pg:
        return
    import psycopg  # noqa: PLC0415 - only with --pg

    server = normalise_database_url(args.pg)
    libpq = server.replace("postgresql+psycopg://", "postgresql://", 1)
    for tills in tills_list:
        schema = f"bench_audit_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(libpq, autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        try:
            separator = "&" if "?" in server else "?"
            url = f"{server}{separator}options=-csearch_path%3D{schema}"
            bench("PostgreSQL", url, tills, args.entries)
        finally:
            with psycopg.connect(libpq, autocommit=True) as connection:
                connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


if __name__ == "__main__":
    main()
