"""Checkout completion time: a top-up and a voucher sale, against one bare durable INSERT.

    python benchmarks/checkout.py [--sales 300] [--pg postgresql://postgres@127.0.0.1:5432/test]

On a fresh demo shop (a temporary SQLite file; with ``--pg`` also a temporary schema on that
server), one signed-in clerk with an open shift sells, interleaved:

- top-up: ``sales.start_sale`` (LINE) + ``sales.complete_line_sale`` (credit HK$50, cash);
- voucher: ``sales.start_sale`` (VOUCHER) + ``sales.complete_voucher_sale`` (one PIN claimed);
- baseline: one row INSERTed and committed in one transaction, through the same engine's
  driver connection (so the same WAL / ``synchronous=FULL`` / BEGIN IMMEDIATE on SQLite, the
  same server and fsync on PostgreSQL): what the database's durability alone costs.

A checkout is two transactions (the draft, then the completion with its receipt number,
payments, line or PIN, SMS and audit entry). Prints p50/p99 in ms for start, complete and
the whole checkout, and the ratio of the whole checkout to the baseline. The ratios are what
compare across machines.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from counter_app.config import normalise_database_url
from counter_app.domain.clock import HONG_KONG, system_clock
from counter_app.domain.sales import SaleKind
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import demo, keys, lines, sales, shifts, staff, vouchers
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Line
from counter_app.store.schema import upgrade

PASSWORD = "pw-12345"  # noqa: S105 - the demo shop's benchmark password
FACE = 50_000


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def ms(samples: list[float]) -> tuple[float, float]:
    return percentile(samples, 0.5) * 1000, percentile(samples, 0.99) * 1000


class Bench:
    """A demo shop ready to sell at C1, with enough PINs of FACE for every voucher sale."""

    def __init__(self, url: str, secret_path: Path, sales_count: int) -> None:
        self.db = Database(url)
        upgrade(self.db)
        secret = keys.load_or_create(secret_path)
        demo.build(self.db, secret, lines=200, password=PASSWORD)
        now = system_clock()
        today = now.astimezone(HONG_KONG).date()
        with self.db.write() as session:
            carrier_id = session.scalars(select(Carrier.id).where(Carrier.code == "BAUHINIA")).one()
            stock = [
                vouchers.NewVoucher(
                    carrier_id,
                    FACE,
                    f"BENCH{n:06d}",
                    f"{n:06d}3{n:09d}",
                    today + timedelta(days=400),
                    "BENCH",
                )
                for n in range(sales_count + 50)
            ]
            vouchers.add_to_stock(session, stock, secret, now)
        context = counter_context(self.db, "C1")
        assert context is not None
        self.counter_id = context.counter_id
        self.clerk = staff.sign_in(self.db, "clerk", PASSWORD, counter_id=self.counter_id)
        shifts.open_shift(self.db, self.clerk, self.counter_id, 0)
        with self.db.read() as session:
            ids = session.scalars(
                select(Line.id).where(Line.carrier_id == carrier_id).order_by(Line.id)
            ).all()
        self.line_ids = [i for i in ids if lines.get_line(self.db, i, today=today).renewable]
        self.timings: dict[str, list[float]] = {}
        self._baseline_setup()

    def _record(self, name: str, seconds: float) -> None:
        self.timings.setdefault(name, []).append(seconds)

    def top_up(self, n: int) -> None:
        line_id = self.line_ids[n % len(self.line_ids)]
        t0 = time.perf_counter()
        draft = sales.start_sale(
            self.db, self.clerk, self.counter_id, SaleKind.LINE, line_id=line_id
        )
        t1 = time.perf_counter()
        sales.complete_line_sale(
            self.db,
            self.clerk,
            draft.uuid,
            plan_code="BAU-T050",
            tenders=[Tender(TenderKind.CASH, 5_000, tendered=10_000)],
        )
        t2 = time.perf_counter()
        self._record("top-up start", t1 - t0)
        self._record("top-up complete", t2 - t1)
        self._record("top-up checkout", t2 - t0)

    def voucher(self, _n: int) -> None:
        t0 = time.perf_counter()
        draft = sales.start_sale(self.db, self.clerk, self.counter_id, SaleKind.VOUCHER)
        t1 = time.perf_counter()
        sales.complete_voucher_sale(
            self.db,
            self.clerk,
            draft.uuid,
            carrier_code="BAUHINIA",
            face_value=FACE,
            tenders=[Tender(TenderKind.CASH, FACE)],
        )
        t2 = time.perf_counter()
        self._record("voucher start", t1 - t0)
        self._record("voucher complete", t2 - t1)
        self._record("voucher checkout", t2 - t0)

    def _baseline_setup(self) -> None:
        self.raw: Any = self.db.engine.raw_connection()
        cursor = self.raw.cursor()
        if self.db.is_sqlite:
            cursor.execute(
                "CREATE TABLE IF NOT EXISTS bench_baseline "
                "(id INTEGER PRIMARY KEY, tag VARCHAR(36) NOT NULL)"
            )
        else:
            cursor.execute(
                "CREATE TABLE IF NOT EXISTS bench_baseline "
                "(id SERIAL PRIMARY KEY, tag VARCHAR(36) NOT NULL)"
            )
            self.raw.commit()
        cursor.close()

    def baseline(self, _n: int) -> None:
        """One row, one transaction, committed durably: BEGIN; INSERT; COMMIT."""
        tag = str(uuid.uuid4())
        t0 = time.perf_counter()
        cursor = self.raw.cursor()
        if self.db.is_sqlite:
            cursor.execute("BEGIN IMMEDIATE")  # the driver is in autocommit (engine.py)
            cursor.execute("INSERT INTO bench_baseline (tag) VALUES (?)", (tag,))
            cursor.execute("COMMIT")
        else:
            cursor.execute("INSERT INTO bench_baseline (tag) VALUES (%s)", (tag,))
            self.raw.commit()
        cursor.close()
        self._record("baseline INSERT", time.perf_counter() - t0)

    def close(self) -> None:
        self.raw.close()
        self.db.dispose()


def run(label: str, url: str, secret_path: Path, count: int) -> dict[str, list[float]]:
    bench = Bench(url, secret_path, count)
    try:
        steps: list[Callable[[int], None]] = [bench.top_up, bench.voucher, bench.baseline]
        for n in range(20):  # warm-up: caches, statement compilation, connections
            for step in steps:
                step(n)
        bench.timings.clear()
        for n in range(count):
            for step in steps:
                step(n)
        timings = bench.timings
    finally:
        bench.close()
    base50, base99 = ms(timings["baseline INSERT"])
    print(f"\n{label} ({count} of each, interleaved)")
    print(f"  {'':22} {'p50 ms':>9} {'p99 ms':>9} {'x base p50':>11} {'x base p99':>11}")
    for name, samples in timings.items():
        p50, p99 = ms(samples)
        print(f"  {name:22} {p50:9.2f} {p99:9.2f} {p50 / base50:11.1f} {p99 / base99:11.1f}")
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=300, help="checkouts of each kind")
    parser.add_argument("--pg", default=None, help="also on this PostgreSQL server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="counter-bench-") as folder:
        home = Path(folder)
        run("SQLite", f"sqlite:///{home / 'checkout.sqlite3'}", home / "secret.json", args.sales)
        if args.pg:
            import psycopg  # noqa: PLC0415 - PostgreSQL is optional

            base = normalise_database_url(args.pg)
            libpq = base.replace("postgresql+psycopg://", "postgresql://", 1).split("?", 1)[0]
            schema = f"bench_checkout_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(libpq, autocommit=True) as connection:
                connection.execute(f'CREATE SCHEMA "{schema}"')
            try:
                url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
                run("PostgreSQL", url, home / "secret.json", args.sales)
            finally:
                with psycopg.connect(libpq, autocommit=True) as connection:
                    connection.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return 0


if __name__ == "__main__":
    sys.exit(main())
