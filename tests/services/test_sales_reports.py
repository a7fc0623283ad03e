"""Sales reports: known sales give exact figures in every breakdown, on both databases."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain.errors import InputError, NotAllowed, NotFound
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.sales_reports import Breakdown, ReportRow, SalesReport
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import reversals, sales, shifts
from counter_app.services.sales_reports import (
    MAX_DAYS,
    report_counters,
    sales_report,
    sales_report_csv,
)
from counter_app.store.models import Sale, SaleReversal, StaffUser
from tests.services.conftest import PASSWORD, Shop

Cash = TenderKind.CASH
Card = TenderKind.CARD
DAY_1 = date(2026, 11, 21)  # the clock fixture's day, a Saturday
DAY_2 = DAY_1 + timedelta(days=1)
DAY_3 = DAY_1 + timedelta(days=2)


def _at(day: date, hour: int, minute: int) -> datetime:
    """A Hong Kong wall-clock time as the aware UTC instant the clock returns."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def _top_up(shop: Shop, clerk: Clerk, sample_no: int, plan: str, tenders: list[Tender]) -> SaleView:
    sample = shop.built.samples[sample_no]
    line_id = shop.set_line(sample.msisdn, expires_on=shop.clock.today + timedelta(days=60))
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    return sales.complete_line_sale(
        shop.db, clerk, draft.uuid, plan_code=plan, tenders=tenders, clock=shop.clock
    )


def _reverse(shop: Shop, clerk: Clerk, receipt_no: str) -> None:
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        receipt_no,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed their mind",
        clock=shop.clock,
    )


@dataclass
class Sold:
    """The receipts of the scenario's sales, for the tests' messages."""

    top_up_split: str
    voucher_voided: str
    top_up_late: str
    voucher_after_midnight: str


@pytest.fixture
def sold(shop: Shop) -> Sold:
    """Three days at counter C1, each sale placed on purpose.

    Day 1 10:00 HK: the clerk tops up a Bauhinia number-keeping line HK$100, paid HK$60
    in cash (HK$100 handed over, HK$40 change) and HK$40 by card; and sells a Bauhinia
    HK$50 voucher for cash. 23:59 HK: the clerk tops up a Bauhinia HK-registered line
    HK$50 in cash. Day 2 00:01 HK: the supervisor sells a Pearl HK$100 voucher by card;
    00:05 the HK$50 voucher of day 1 is voided (same shift). Day 3: after a shift change,
    the HK$100 top-up of day 1 is refunded.
    """
    clerk = shop.sign_in("clerk")
    supervisor = shop.sign_in("supervisor")
    shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    shop.clock.now = _at(DAY_1, 10, 0)
    split = _top_up(
        shop,
        clerk,
        0,
        "BAU-T100",
        [
            Tender(Cash, 6_000, tendered=10_000),
            Tender(Card, 4_000, card_last4="4242", approval_code="A1B2C3"),
        ],
    )
    voucher = shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    shop.clock.now = _at(DAY_1, 23, 59)
    late = _top_up(shop, clerk, 1, "BAU-T050", [Tender(Cash, 5_000)])
    shop.clock.now = _at(DAY_2, 0, 1)
    draft = sales.start_sale(
        shop.db, supervisor, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock
    )
    after_midnight = sales.complete_voucher_sale(
        shop.db,
        supervisor,
        draft.uuid,
        carrier_code="PEARL",
        face_value=10_000,
        tenders=[Tender(Card, 10_000, card_last4="1881", approval_code="Z9")],
        clock=shop.clock,
    )
    shop.clock.now = _at(DAY_2, 0, 5)
    assert voucher.receipt_no is not None
    _reverse(shop, clerk, voucher.receipt_no)
    shop.clock.now = _at(DAY_3, 9, 0)
    expected = shifts.figures(
        shop.db,
        shifts.current_shift(shop.db, shop.counter_id).id,  # type: ignore[union-attr]
    ).expected_cash
    shifts.close_shift(shop.db, clerk, shop.counter_id, expected, clock=shop.clock)
    shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    shop.clock.now = _at(DAY_3, 11, 0)
    assert split.receipt_no is not None
    _reverse(shop, clerk, split.receipt_no)
    assert late.receipt_no and after_midnight.receipt_no
    return Sold(split.receipt_no, voucher.receipt_no, late.receipt_no, after_midnight.receipt_no)


def _figures(rows: tuple[ReportRow, ...]) -> dict[str, tuple[int, int, int, int, int]]:
    return {row.key: (row.count, row.gross, row.voided, row.refunded, row.net) for row in rows}


def _report(shop: Shop, first: date, last: date, **kw: str | None) -> SalesReport:
    return sales_report(shop.db, shop.sign_in("supervisor"), first, last, clock=shop.clock, **kw)


@pytest.mark.usefixtures("sold")
def test_every_breakdown_of_the_three_days_is_exact(shop: Shop) -> None:
    report = _report(shop, DAY_1, DAY_3)
    assert (report.date_from, report.date_to, report.counter_code) == (DAY_1, DAY_3, None)
    assert report.shop_code == "DEMO"
    total = report.total
    assert (total.count, total.gross, total.voided, total.refunded, total.net) == (
        4,
        30_000,
        5_000,
        10_000,
        15_000,
    )
    assert _figures(report.rows(Breakdown.DAY)) == {
        "2026-11-21": (3, 20_000, 0, 0, 20_000),
        "2026-11-22": (1, 10_000, 5_000, 0, 5_000),
        "2026-11-23": (0, 0, 0, 10_000, -10_000),
    }
    assert [row.name_en for row in report.rows(Breakdown.DAY)] == [
        "2026-11-21 Sat",
        "2026-11-22 Sun",
        "2026-11-23 Mon",
    ]
    assert report.rows(Breakdown.DAY)[0].name_zh == "2026-11-21 (六)"
    assert _figures(report.rows(Breakdown.PLAN)) == {
        "VOUCHER-PEARL-10000": (1, 10_000, 0, 0, 10_000),
        "BAU-T050": (1, 5_000, 0, 0, 5_000),
        "VOUCHER-BAUHINIA-5000": (1, 5_000, 5_000, 0, 0),
        "BAU-T100": (1, 10_000, 0, 10_000, 0),
    }
    # Largest net first, then largest gross.
    assert [row.key for row in report.rows(Breakdown.PLAN)] == [
        "VOUCHER-PEARL-10000",
        "BAU-T050",
        "BAU-T100",
        "VOUCHER-BAUHINIA-5000",
    ]
    names = {row.key: (row.name_zh, row.name_en) for row in report.rows(Breakdown.PLAN)}
    assert names["VOUCHER-PEARL-10000"] == (
        "珠江通 充值券 HK$100.00",
        "Pearl River Link top-up voucher HK$100.00",
    )
    assert names["BAU-T100"] == ("紫荊流動 增值 HK$100", "Bauhinia Mobile credit HK$100")
    assert _figures(report.rows(Breakdown.CARRIER)) == {
        "BAUHINIA": (3, 20_000, 5_000, 10_000, 5_000),
        "PEARL": (1, 10_000, 0, 0, 10_000),
    }
    assert _figures(report.rows(Breakdown.CARD_TYPE)) == {
        "number_keeping": (1, 10_000, 0, 10_000, 0),
        "hk_registered": (1, 5_000, 0, 0, 5_000),
        "": (2, 15_000, 5_000, 0, 10_000),
    }
    card_names = {row.key: row.name_en for row in report.rows(Breakdown.CARD_TYPE)}
    assert card_names == {
        "number_keeping": "Number-keeping card",
        "hk_registered": "HK registered card",
        "": "No card (vouchers)",
    }
    # Cash is what was kept (HK$60 of the HK$100 handed over), the split sale counts twice.
    assert _figures(report.rows(Breakdown.TENDER)) == {
        "cash": (3, 16_000, 5_000, 6_000, 5_000),
        "card": (2, 14_000, 0, 4_000, 10_000),
    }
    assert {row.key: row.name_zh for row in report.rows(Breakdown.TENDER)} == {
        "cash": "現金",
        "card": "信用卡",
    }
    # A reversal stays with the clerk who made the sale, whoever reversed it.
    assert _figures(report.rows(Breakdown.CLERK)) == {
        "clerk": (3, 20_000, 5_000, 10_000, 5_000),
        "supervisor": (1, 10_000, 0, 0, 10_000),
    }
    assert {row.key: row.name_zh for row in report.rows(Breakdown.CLERK)} == {
        "clerk": "陳店員",
        "supervisor": "李主管",
    }
    # Every breakdown adds up to the same totals.
    for breakdown in Breakdown:
        rows = report.rows(breakdown)
        assert sum(row.gross for row in rows) == total.gross, breakdown
        assert sum(row.net for row in rows) == total.net, breakdown
        assert sum(row.voided + row.refunded for row in rows) == 15_000, breakdown


@pytest.mark.usefixtures("sold")
def test_a_sale_at_23_59_is_that_day_and_one_at_00_01_the_next(shop: Shop) -> None:
    day_1 = _report(shop, DAY_1, DAY_1)
    assert (day_1.total.count, day_1.total.gross, day_1.total.voided) == (3, 20_000, 0)
    assert _figures(day_1.rows(Breakdown.PLAN))["BAU-T050"] == (1, 5_000, 0, 0, 5_000)
    assert "VOUCHER-PEARL-10000" not in _figures(day_1.rows(Breakdown.PLAN))
    day_2 = _report(shop, DAY_2, DAY_2)
    # The day-1 voucher voided after midnight: not day 2's gross, but day 2's void.
    assert (day_2.total.count, day_2.total.gross, day_2.total.voided) == (1, 10_000, 5_000)
    assert _figures(day_2.rows(Breakdown.PLAN)) == {
        "VOUCHER-PEARL-10000": (1, 10_000, 0, 0, 10_000),
        "VOUCHER-BAUHINIA-5000": (0, 0, 5_000, 0, -5_000),
    }
    assert _figures(day_2.rows(Breakdown.CLERK)) == {
        "supervisor": (1, 10_000, 0, 0, 10_000),
        "clerk": (0, 0, 5_000, 0, -5_000),
    }


@pytest.mark.usefixtures("sold")
def test_the_reports_agree_with_the_shift_reports(shop: Shop) -> None:
    """Gross and reversals are counted as the X/Z reports count them."""
    report = _report(shop, DAY_1, DAY_3)
    with shop.db.read() as session:
        shift_ids = list(session.scalars(select(Sale.shift_id).distinct()))
        shift_ids += list(session.scalars(select(SaleReversal.shift_id).distinct()))
    figures = [shifts.figures(shop.db, shift_id) for shift_id in set(shift_ids)]
    assert sum(f.sales_total for f in figures) == report.total.gross
    assert sum(f.sales_count for f in figures) == report.total.count
    assert sum(f.void_amount for f in figures) == report.total.voided
    assert sum(f.refund_amount for f in figures) == report.total.refunded
    tender_totals: dict[str, int] = {}
    for f in figures:
        for tender, amount in f.by_tender.items():
            tender_totals[tender] = tender_totals.get(tender, 0) + amount
    assert tender_totals == {row.key: row.gross for row in report.rows(Breakdown.TENDER)}


@pytest.mark.usefixtures("sold")
def test_one_counter_or_the_other(shop: Shop) -> None:
    assert _report(shop, DAY_1, DAY_3, counter_code="c1").total.net == 15_000
    other = _report(shop, DAY_1, DAY_3, counter_code="C2")
    assert other.counter_code == "C2"
    assert other.counter_name == "2號櫃檯"
    assert (other.total.count, other.total.gross, other.total.net) == (0, 0, 0)
    assert all(not other.rows(b) for b in Breakdown if b is not Breakdown.DAY)
    with pytest.raises(NotFound) as unknown:
        _report(shop, DAY_1, DAY_3, counter_code="C9")
    assert unknown.value.code == "report.counter"


def test_an_empty_range_has_its_days_and_nothing_else(shop: Shop) -> None:
    report = _report(shop, date(2026, 2, 27), date(2026, 3, 2))
    assert [row.key for row in report.rows(Breakdown.DAY)] == [
        "2026-02-27",
        "2026-02-28",
        "2026-03-01",
        "2026-03-02",
    ]
    assert all(row.count == row.gross == row.net == 0 for row in report.rows(Breakdown.DAY))
    assert report.total == ReportRow("total", "總計", "Total")
    assert all(not report.rows(b) for b in Breakdown if b is not Breakdown.DAY)


def test_drafts_and_abandoned_sales_are_not_sales(shop: Shop, clerk: Clerk) -> None:
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    shop.sell_voucher(clerk, "HARBOUR", 5_000)
    sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock)
    gone = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock)
    sales.abandon_sale(shop.db, clerk, gone.uuid, clock=shop.clock)
    report = _report(shop, shop.clock.today, shop.clock.today)
    with shop.db.read() as session:
        assert session.scalar(select(func.count(Sale.id))) == 3
    assert (report.total.count, report.total.gross) == (1, 5_000)
    assert _figures(report.rows(Breakdown.CARRIER)) == {"HARBOUR": (1, 5_000, 0, 0, 5_000)}


def test_a_clerk_may_not_see_reports(shop: Shop, clerk: Clerk) -> None:
    with pytest.raises(NotAllowed) as refused:
        sales_report(shop.db, clerk, DAY_1, DAY_1)
    assert refused.value.code == "auth.not_allowed"
    with pytest.raises(NotAllowed):
        report_counters(shop.db, clerk)
    supervisor = shop.sign_in("supervisor")
    assert [(c.code, c.name) for c in report_counters(shop.db, supervisor)] == [
        ("C1", "1號櫃檯"),
        ("C2", "2號櫃檯"),
    ]


@pytest.mark.parametrize(
    ("first", "last", "code"),
    [
        (DAY_2, DAY_1, "report.dates"),
        (DAY_1, DAY_1 + timedelta(days=MAX_DAYS), "report.range_too_long"),
    ],
)
def test_a_bad_range_is_refused(shop: Shop, first: date, last: date, code: str) -> None:
    with pytest.raises(InputError) as refused:
        _report(shop, first, last)
    assert refused.value.code == code


def test_the_longest_range_is_accepted(shop: Shop) -> None:
    report = _report(shop, DAY_1, DAY_1 + timedelta(days=MAX_DAYS - 1))
    assert len(report.rows(Breakdown.DAY)) == MAX_DAYS == report.days


@pytest.mark.usefixtures("sold")
def test_the_csv_has_a_bom_every_breakdown_and_neutralised_cells(
    shop: Shop, tmp_path: Path
) -> None:
    with shop.db.write() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == "clerk")).one()
        user.display_name = '=HYPERLINK("http://x")'
    report = _report(shop, DAY_1, DAY_3)
    out = sales_report_csv(report, tmp_path / "sales.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [
        "breakdown",
        "key",
        "name_zh",
        "name_en",
        "count",
        "gross",
        "voided",
        "refunded",
        "net",
    ]
    by_breakdown: dict[str, list[list[str]]] = {}
    for row in rows[1:]:
        by_breakdown.setdefault(row[0], []).append(row)
    assert list(by_breakdown) == [*(b.value for b in Breakdown), "total"]
    assert by_breakdown["total"] == [
        ["total", "total", "總計", "Total", "4", "HK$300.00", "HK$50.00", "HK$100.00", "HK$150.00"]
    ]
    day_3 = by_breakdown["day"][2]
    # A negative amount would start with "-": neutralised like any formula.
    assert day_3 == [
        "day",
        "2026-11-23",
        "2026-11-23 (一)",
        "2026-11-23 Mon",
        "0",
        "HK$0.00",
        "HK$0.00",
        "HK$100.00",
        "'-HK$100.00",
    ]
    clerk_row = next(row for row in by_breakdown["clerk"] if row[1] == "clerk")
    assert clerk_row[2:4] == ['\'=HYPERLINK("http://x")'] * 2
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert not list(tmp_path.glob(".*part"))


def test_the_csv_needs_a_folder(shop: Shop, tmp_path: Path) -> None:
    report = _report(shop, DAY_1, DAY_1)
    with pytest.raises(InputError) as missing:
        sales_report_csv(report, tmp_path / "nowhere" / "sales.csv")
    assert missing.value.code == "export.folder"
    with pytest.raises(InputError):
        sales_report_csv(report, tmp_path)
