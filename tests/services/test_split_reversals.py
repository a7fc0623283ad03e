"""A sale paid by several tenders, voided or refunded: each tender goes back and reconciles.

HK$48 paid HK$20 cash + HK$28 FPS (the clerk trial's case in issue 14), on both databases:
the preview lists both tenders and how each goes back, and the shift figures, the Z report
and the sales report give every tender its taken, given back and net.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.shifts import TenderFigures
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import identity, reports, reversals, sales, shifts
from counter_app.services.sales_reports import sales_report
from tests.printing.helpers import flat, pdf_text
from tests.services.conftest import PASSWORD, Shop

FPS_REF = "FPS20261121A7"
FLOAT = 50_000


def _split_renewal(shop: Shop, clerk: Clerk, tenders: list[Tender] | None = None) -> SaleView:
    """A 3-month renewal (HK$48) of sample 0's line, paid HK$20 cash + HK$28 FPS."""
    sample = shop.built.samples[0]
    line_id = shop.set_line(sample.msisdn)
    uuid = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    ).uuid
    assert identity.check_identity(
        shop.db,
        clerk,
        shop.counter_id,
        uuid,
        line_id=line_id,
        id_type="hkid",
        number=sample.id_number,
        photo_matches=True,
        secret=shop.secret,
        clock=shop.clock,
    ).matched
    quote = next(
        q
        for q in sales.quotes(shop.db, line_id, today=shop.clock.today)
        if q.plan.code.endswith("-R03")
    )
    assert quote.total == 4_800
    return sales.complete_line_sale(
        shop.db,
        clerk,
        uuid,
        plan_code=quote.plan.code,
        tenders=tenders
        or [
            Tender(TenderKind.CASH, 2_000, tendered=5_000),
            Tender(TenderKind.FPS, 2_800, reference=FPS_REF),
        ],
        clock=shop.clock,
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


def _tender_rows(shop: Shop, clerk: Clerk) -> dict[str, tuple[int, int, int, int]]:
    supervisor = shop.sign_in("supervisor")
    report = sales_report(
        shop.db, supervisor, shop.clock.today - timedelta(days=1), shop.clock.today
    )
    return {
        row.key: (row.gross, row.voided, row.refunded, row.net) for row in report.rows("tender")
    }


@pytest.mark.usefixtures("open_shift")
def test_the_preview_lists_every_tender_with_its_reference(shop: Shop, clerk: Clerk) -> None:
    done = _split_renewal(shop, clerk)
    assert done.receipt_no is not None
    preview = reversals.preview(shop.db, shop.counter_id, done.receipt_no)
    assert preview.amount == 4_800 and preview.cash_to_return == 2_000
    assert preview.tenders == (
        reversals.TenderBack(TenderKind.CASH, 2_000),
        reversals.TenderBack(TenderKind.FPS, 2_800, reference=FPS_REF),
    )
    assert [t.from_drawer for t in preview.tenders] == [True, False]


@pytest.mark.usefixtures("open_shift")
def test_a_card_tender_goes_back_with_its_last_digits_and_approval_only(
    shop: Shop, clerk: Clerk
) -> None:
    done = _split_renewal(
        shop,
        clerk,
        [
            Tender(TenderKind.OCTOPUS, 800, reference="OCT-55501"),
            Tender(TenderKind.CARD, 4_000, card_last4="4242", approval_code="ab12c"),
        ],
    )
    assert done.receipt_no is not None
    preview = reversals.preview(shop.db, shop.counter_id, done.receipt_no)
    assert preview.cash_to_return == 0
    assert preview.tenders == (
        reversals.TenderBack(TenderKind.OCTOPUS, 800, reference="OCT-55501"),
        reversals.TenderBack(TenderKind.CARD, 4_000, card_last4="4242", approval_code="AB12C"),
    )


def test_a_voided_split_sale_nets_to_nothing_in_every_tender(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    opened = shifts.open_shift(shop.db, clerk, shop.counter_id, FLOAT, clock=shop.clock)
    done = _split_renewal(shop, clerk)
    assert done.receipt_no is not None
    before = shifts.figures(shop.db, opened.id)
    assert before.tenders == {"cash": TenderFigures(2_000, 0), "fps": TenderFigures(2_800, 0)}
    assert before.expected_cash == FLOAT + 2_000
    shop.clock.advance(minutes=5)
    _reverse(shop, clerk, done.receipt_no)
    after = shifts.figures(shop.db, opened.id)
    assert after.tenders == {
        "cash": TenderFigures(2_000, 2_000),
        "fps": TenderFigures(2_800, 2_800),
    }
    assert [t.net for t in after.tenders.values()] == [0, 0]
    assert after.given_back == after.void_amount == 4_800 and after.net_sales == 0
    assert after.cash_returned == 2_000 and after.expected_cash == FLOAT
    assert _tender_rows(shop, clerk) == {
        "cash": (2_000, 2_000, 0, 0),
        "fps": (2_800, 2_800, 0, 0),
    }
    closed = shifts.close_shift(shop.db, clerk, shop.counter_id, FLOAT, clock=shop.clock)
    assert closed.variance == 0
    text = flat(pdf_text(reports.report_pdf(shop.db, kind="z", shift_id=opened.id), tmp_path))
    for tender, taken in (("現金Cash", "20.00"), ("轉數快FPS", "28.00")):
        assert (
            f"{tender}收款TakenHK${taken}作廢及退款退回Voided/refunded-HK${taken}淨額NetHK$0.00"
        ) in text
    assert "總額TOTALHK$48.00作廢及退款退回Voided/refunded-HK$48.00淨額NetHK$0.00" in text


def test_a_refund_in_a_later_shift_gives_back_by_tender_there(shop: Shop, clerk: Clerk) -> None:
    first = shifts.open_shift(shop.db, clerk, shop.counter_id, FLOAT, clock=shop.clock)
    done = _split_renewal(shop, clerk)
    assert done.receipt_no is not None
    shifts.close_shift(shop.db, clerk, shop.counter_id, FLOAT + 2_000, clock=shop.clock)
    shop.clock.advance(days=1)
    second = shifts.open_shift(shop.db, clerk, shop.counter_id, FLOAT, clock=shop.clock)
    preview = reversals.preview(shop.db, shop.counter_id, done.receipt_no)
    assert preview.kind == "refund" and len(preview.tenders) == 2
    _reverse(shop, clerk, done.receipt_no)
    taken = shifts.figures(shop.db, first.id)
    assert taken.tenders == {"cash": TenderFigures(2_000, 0), "fps": TenderFigures(2_800, 0)}
    refunding = shifts.figures(shop.db, second.id)
    assert refunding.tenders == {
        "cash": TenderFigures(0, 2_000),
        "fps": TenderFigures(0, 2_800),
    }
    assert refunding.expected_cash == FLOAT - 2_000 and refunding.refund_amount == 4_800
    # Over both days the FPS account saw HK$28 in and HK$28 out.
    assert _tender_rows(shop, clerk) == {
        "cash": (2_000, 0, 2_000, 0),
        "fps": (2_800, 0, 2_800, 0),
    }
