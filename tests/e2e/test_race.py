"""Two tills selling at once on one database: receipt numbers and PINs stay exact.

Two worker processes (``race_worker.py``) make 200 sales each, alternating a PIN voucher
from a stock of exactly 100 and a credit top-up on a small set of shared lines. Once the
stock is gone a voucher sale fails with ``voucher.out_of_stock``; the till abandons that
draft and sells a top-up instead, so all 400 sales complete. Run with the tills at two
counters and at the same counter (where the receipt number row lock must serialise them),
on SQLite (a real file) and on PostgreSQL.

The naive variant runs the same checks over tills that number receipts as MAX + 1 and pick
PINs without a lock (written in the worker, not in counter_app), to show that the checks
catch exactly the bugs they are there for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter as Tally
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from counter_app.domain.clock import HONG_KONG, system_clock
from counter_app.services import audit, demo, keys, lines, shifts, staff, vouchers
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Counter, Line, Payment, Sale, SaleItem, VoucherPin
from counter_app.store.schema import upgrade

pytestmark = pytest.mark.slow

WORKER = Path(__file__).with_name("race_worker.py")
PASSWORD = "pw-12345"
FACE = 30_000  # a face value of its own, so the stock is exactly STOCK PINs
STOCK = 100
# 200 sales per till (COUNTER_RACE_SALES to change it, read at import because the
# counter_home fixture clears COUNTER_* variables; more than 100 so that the two tills'
# voucher attempts exceed the stock); the naive tills need fewer to show their bugs.
SALES_PER_TILL = int(os.environ.get("COUNTER_RACE_SALES", "") or 200)
NAIVE_SALES_PER_TILL = 60
TOP_UP = 5_000
SHARED_LINES = 8
DONE = ("completed", "voided", "refunded")


@dataclass(frozen=True)
class Shop:
    db: Database
    url: str
    line_ids: list[int]
    balances: dict[int, int]
    secret_path: Path


def prepare(url: str, secret_path: Path, counters: tuple[str, ...]) -> Shop:
    """The demo shop, STOCK PINs of FACE, open shifts at *counters*, lines to top up."""
    db = Database(url)
    upgrade(db)
    secret = keys.load_or_create(secret_path)
    demo.build(db, secret, lines=40, password=PASSWORD)
    now = system_clock()
    today = now.astimezone(HONG_KONG).date()
    with db.write() as session:
        carrier_id = session.scalars(select(Carrier.id).where(Carrier.code == "BAUHINIA")).one()
        stock = [
            vouchers.NewVoucher(
                carrier_id, FACE, f"RACE{n:06d}", f"{n:04d}7391{n:08d}", today + timedelta(400), "R"
            )
            for n in range(STOCK)
        ]
        vouchers.add_to_stock(session, stock, secret, now)
    first = counter_context(db, counters[0])
    assert first is not None
    clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=first.counter_id)
    for code in counters:
        context = counter_context(db, code)
        assert context is not None
        shifts.open_shift(db, clerk, context.counter_id, 0)
    with db.read() as session:
        candidates = session.scalars(
            select(Line.id).where(Line.carrier_id == carrier_id).order_by(Line.id)
        ).all()
    line_ids = [i for i in candidates if lines.get_line(db, i, today=today).renewable]
    line_ids = line_ids[:SHARED_LINES]
    assert len(line_ids) >= 4, "the demo shop should have renewable Bauhinia lines"
    with db.read() as session:
        balances = dict(
            session.execute(select(Line.id, Line.balance).where(Line.id.in_(line_ids))).all()
        )
    return Shop(db, url, line_ids, balances, secret_path)


def run_tills(
    shop: Shop, counters: list[str], mode: str, logs: Path, sales_per_till: int
) -> list[dict[str, Any]]:
    """Start one worker per entry of *counters*, fire them together, collect their results."""
    processes = []
    for n, code in enumerate(counters):
        stderr = (logs / f"till-{n}.stderr").open("w")
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    str(WORKER),
                    "--url",
                    shop.url,
                    "--counter",
                    code,
                    "--mode",
                    mode,
                    "--sales",
                    str(sales_per_till),
                    "--face",
                    str(FACE),
                    "--lines",
                    ",".join(map(str, shop.line_ids)),
                    "--offset",
                    str(n * 3),
                    "--secret",
                    str(shop.secret_path),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        )
        stderr.close()
    try:
        for n, process in enumerate(processes):
            assert process.stdout is not None
            ready = process.stdout.readline()
            assert ready.strip() == "READY", (ready, (logs / f"till-{n}.stderr").read_text())
        for process in processes:  # the start gun: both tills go at once
            assert process.stdin is not None
            process.stdin.write("GO\n")
            process.stdin.flush()
        results = []
        for n, process in enumerate(processes):
            output, _ = process.communicate(timeout=240)
            lines_out = [x for x in output.splitlines() if x.startswith("RESULT ")]
            assert process.returncode == 0 and lines_out, (logs / f"till-{n}.stderr").read_text()
            result = json.loads(lines_out[-1].removeprefix("RESULT "))
            result["counter"] = counters[n]
            results.append(result)
        return results
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()


def problems(shop: Shop, results: list[dict[str, Any]], sales_per_till: int) -> list[str]:  # noqa: PLR0912, PLR0915
    """Everything that breaks the rules; an empty list when the tills behaved."""
    found: list[str] = []
    errors = [e for r in results for e in r["errors"]]
    if errors:
        kinds = Tally(e.split(":")[0] for e in errors)
        found.append(f"{len(errors)} sales failed: {dict(kinds)}; first: {errors[0]}")
    acked = {uuid: (receipt, kind) for r in results for receipt, uuid, kind in r["completed"]}
    with shop.db.read() as session:
        counter_codes = dict(session.execute(select(Counter.id, Counter.code)).all())
        rows = session.execute(
            select(Sale.id, Sale.uuid, Sale.receipt_no, Sale.counter_id, Sale.state, Sale.kind)
        ).all()
        done = [row for row in rows if row.state in DONE]
        # Receipt numbers: unique, and 1..N per counter with no gap.
        receipts = Tally(row.receipt_no for row in done)
        duplicates = [no for no, n in receipts.items() if n > 1 or no is None]
        if duplicates:
            found.append(f"duplicate or missing receipt numbers: {duplicates[:5]}")
        per_counter: dict[str, list[int]] = {}
        for row in done:
            if row.receipt_no:
                number = int(row.receipt_no.rsplit("-", 1)[1])
                per_counter.setdefault(counter_codes[row.counter_id], []).append(number)
        expected_per_counter = Tally(r["counter"] for r in results for _ in r["completed"])
        for code, count in expected_per_counter.items():
            numbers = sorted(per_counter.get(code, []))
            if numbers != list(range(1, count + 1)):
                missing = sorted(set(range(1, count + 1)) - set(numbers))
                found.append(
                    f"counter {code}: {len(numbers)} receipt numbers for {count} sales "
                    f"acknowledged, not exactly 1..{count} (missing {missing[:5]}...)"
                )
        # Every acknowledged sale is in the database, completed, with its number.
        by_uuid = {row.uuid: row for row in rows}
        lost = [
            uuid
            for uuid, (receipt, _) in acked.items()
            if uuid not in by_uuid
            or by_uuid[uuid].state != "completed"
            or by_uuid[uuid].receipt_no != receipt
        ]
        if lost:
            found.append(f"{len(lost)} acknowledged sales are not in the database as such")
        if len(done) != len(acked):
            found.append(f"{len(done)} sales in the database, {len(acked)} acknowledged")
        # PINs: exactly STOCK sold, each to one sale, and that sale's item names it.
        pins = session.execute(
            select(VoucherPin.id, VoucherPin.state, VoucherPin.sale_id).where(
                VoucherPin.face_value == FACE
            )
        ).all()
        sold = [p for p in pins if p.state == "sold"]
        if len(pins) != STOCK or len(sold) != STOCK:
            found.append(f"{len(sold)} of {len(pins)} PINs sold, expected all {STOCK}")
        sale_ids = [p.sale_id for p in sold]
        if None in sale_ids or len(set(sale_ids)) != len(sale_ids):
            found.append("a PIN is marked sold without a sale, or two PINs share one sale")
        pin_ids = {p.id for p in pins}
        items = session.execute(
            select(SaleItem.voucher_pin_id, SaleItem.sale_id).where(
                SaleItem.voucher_pin_id.in_(pin_ids)
            )
        ).all()
        claims = Tally(item.voucher_pin_id for item in items)
        twice = [pin for pin, n in claims.items() if n > 1]
        if twice:
            found.append(f"{len(twice)} PINs were sold more than once (double-sold)")
        owner = {p.id: p.sale_id for p in pins}
        if any(owner[item.voucher_pin_id] != item.sale_id for item in items):
            found.append("a sale's voucher item names a PIN that records another sale")
        voucher_sales = sum(1 for uuid, (_, kind) in acked.items() if kind == "voucher")
        if voucher_sales != STOCK:
            found.append(f"{voucher_sales} voucher sales completed from a stock of {STOCK}")
        out_of_stock = sum(r["out_of_stock"] for r in results)
        attempts = len(results) * ((sales_per_till + 1) // 2)
        if out_of_stock != max(0, attempts - STOCK):
            found.append(
                f"{out_of_stock} out-of-stock answers, expected {max(0, attempts - STOCK)}"
            )
        # Every completed sale has its payments, and they add up to its total.
        paid = dict(
            session.execute(
                select(Payment.sale_id, func.sum(Payment.amount)).group_by(Payment.sale_id)
            ).all()
        )
        totals = dict(session.execute(select(Sale.id, Sale.total)).all())
        unpaid = [
            row.id for row in done if paid.get(row.id) != totals[row.id] or not totals[row.id]
        ]
        if unpaid:
            found.append(f"{len(unpaid)} completed sales without their payments")
        # Top-ups: no lost update on a line's balance.
        top_ups = Tally(
            session.scalars(
                select(Sale.line_id).where(Sale.state == "completed", Sale.kind == "line")
            ).all()
        )
        balances = dict(
            session.execute(select(Line.id, Line.balance).where(Line.id.in_(shop.line_ids))).all()
        )
        for line_id, before in shop.balances.items():
            expected = before + TOP_UP * top_ups.get(line_id, 0)
            if balances[line_id] != expected:
                found.append(
                    f"line {line_id}: balance {balances[line_id]}, expected {expected} "
                    "(a top-up was lost)"
                )
                break
    report = audit.verify(shop.db)
    if not report.ok:
        found.append(f"audit chain broken at {report.broken_id}: {report.problem}")
    return found


@pytest.mark.parametrize(
    "counters", [("C1", "C2"), ("C1", "C1")], ids=["two-counters", "same-counter"]
)
def test_two_tills_never_share_a_number_or_a_pin(
    database_url: str, tmp_path: Path, counters: tuple[str, str]
) -> None:
    shop = prepare(database_url, tmp_path / "secret.json", tuple(sorted(set(counters))))
    try:
        assert SALES_PER_TILL > STOCK, "the tills must try to sell more PINs than there are"
        results = run_tills(shop, list(counters), "safe", tmp_path, SALES_PER_TILL)
        assert problems(shop, results, SALES_PER_TILL) == []
        completed = sum(len(r["completed"]) for r in results)
        assert completed == len(counters) * SALES_PER_TILL
    finally:
        shop.db.dispose()


@pytest.mark.parametrize(
    ("counters", "caught"),
    [
        # Same counter: both tills read the same MAX and write the same number; the unique
        # index turns the second into an error, so that sale (and its money) is lost.
        (("C1", "C1"), ("sales failed", "receipt_no")),
        # Two counters: numbers cannot collide, but both tills see the same first
        # available PIN and both sell it; the shared lines lose top-ups.
        (("C1", "C2"), ("double-sold", "")),
    ],
    ids=["same-counter", "two-counters"],
)
def test_the_checks_catch_naive_numbering_and_pin_picking(
    database_url: str, tmp_path: Path, counters: tuple[str, str], caught: tuple[str, str]
) -> None:
    """MAX + 1 numbering and lock-free PIN picking (in the worker only) must be caught."""
    shop = prepare(database_url, tmp_path / "secret.json", tuple(sorted(set(counters))))
    try:
        results = run_tills(shop, list(counters), "naive", tmp_path, NAIVE_SALES_PER_TILL)
        found = problems(shop, results, NAIVE_SALES_PER_TILL)
        assert found, "the naive tills passed every check: the test cannot see the race"
        problem, detail = caught
        assert any(problem in p and detail in p for p in found), found
    finally:
        shop.db.dispose()
