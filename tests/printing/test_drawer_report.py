"""The X and Z reports' drawer section: openings by kind, each no-sale one, read back."""

from __future__ import annotations

from pathlib import Path

from counter_app.domain.drawer import DrawerPort
from counter_app.domain.errors import ErrorCode
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.printing.raw import DrawerProblem
from counter_app.services import drawer, reports, sales, shifts
from tests.printing.helpers import pdf_text
from tests.services.conftest import Shop

PORT = DrawerPort("DRAWER_Q")


def _sent(_printer: str, _data: bytes) -> None:
    """The printer took the pulse."""


def _unreachable(printer: str, _data: bytes) -> None:
    raise DrawerProblem("no answer", code=ErrorCode.DRAWER_REFUSED, printer=printer)


def _a_shift_with_openings(shop: Shop, clerk: Clerk) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    for tender in (
        Tender(TenderKind.CASH, 10_000, tendered=50_000),
        Tender(TenderKind.FPS, 10_000, reference="FPS20261121Z1"),
    ):
        draft = sales.start_sale(
            shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
        )
        sale = sales.complete_line_sale(
            shop.db, clerk, draft.uuid, plan_code="BAU-T100", tenders=[tender], clock=shop.clock
        )
        assert sale.receipt_no is not None
        drawer.open_for_sale(
            shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=_sent, clock=shop.clock
        )
    movement = shifts.move_cash(shop.db, clerk, shop.counter_id, -2_000, "stamps", clock=shop.clock)
    drawer.open_for_cash_movement(
        shop.db, clerk, shop.counter_id, movement, PORT, send=_sent, clock=shop.clock
    )
    shop.clock.advance(minutes=75)  # 11:15 in Hong Kong
    drawer.open_no_sale(
        shop.db,
        clerk,
        shop.counter_id,
        "change for a HK$500 note",
        PORT,
        send=_sent,
        clock=shop.clock,
    )
    shop.clock.advance(minutes=30)  # 11:45
    drawer.open_no_sale(
        shop.db,
        clerk,
        shop.counter_id,
        "receipt roll jammed",
        PORT,
        send=_unreachable,
        clock=shop.clock,
    )


def test_the_z_report_counts_the_openings_and_lists_each_no_sale(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, tmp_path: Path
) -> None:
    _a_shift_with_openings(shop, clerk)
    x = pdf_text(
        reports.report_pdf(shop.db, kind="x", counter_code="C1", clock=shop.clock), tmp_path
    )
    assert "開錢櫃次數 Drawer openings" in x
    expected = shifts.figures(shop.db, open_shift.id).expected_cash
    shop.clock.advance(minutes=5)
    shifts.close_shift(shop.db, clerk, shop.counter_id, expected, clock=shop.clock)
    z = pdf_text(reports.report_pdf(shop.db, kind="z", shift_id=open_shift.id), tmp_path)
    section = z[z.index("開錢櫃次數 Drawer openings") :]
    lines = [" ".join(line.split()) for line in section.splitlines() if line.strip()]
    assert lines[:12] == [
        "開錢櫃次數 Drawer openings",
        "現金銷售 Cash sales 1",
        "退款退回現金 Refunds, cash back 0",
        "作廢退回現金 Voids, cash back 0",
        "存入現金 Cash in 0",
        "提取現金 Cash out 1",
        "無銷售開錢櫃 No sale 2",
        "合共 Total 4",
        "打印機未收到開櫃訊號 Pulse not taken 1",
        "無銷售開錢櫃記錄 No-sale openings",
        f"11:15 {clerk.display_name}",
        "change for a HK$500 note",
    ]
    assert lines[12:14] == [f"11:45 {clerk.display_name} (未送達 not sent)", "receipt roll jammed"]


def test_a_shift_without_openings_says_so(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, tmp_path: Path
) -> None:
    text = pdf_text(reports.report_pdf(shop.db, kind="x", counter_code="C1"), tmp_path)
    section = text[text.index("Drawer openings") :]
    assert "合共 Total" in section and "沒有無銷售開錢櫃 None without a sale" in section
