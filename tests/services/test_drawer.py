"""The cash drawer's openings: which events open it, what is recorded, audited and counted.

The pulse's way out is replaced here by a recorder (the bytes it was given); the real CUPS
raw queue is in tests/printing/test_drawer_queue.py.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.domain.drawer import DrawerKind, DrawerPort
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.printing.raw import DrawerProblem
from counter_app.services import drawer, reversals, sales, shifts, shop_settings
from counter_app.store.models import AuditEvent, DrawerOpening
from tests.services.conftest import PASSWORD, Shop

PORT = DrawerPort("DRAWER_Q", pin=5, on_ms=100, off_ms=250)
PULSE = bytes.fromhex("1b 70 01 32 7d")


class Recorder:
    """Stands in for the printer queue: keeps each (queue, bytes), or fails as told."""

    def __init__(self, fail: OutsideError | None = None) -> None:
        self.sent: list[tuple[str, bytes]] = []
        self.fail = fail

    def __call__(self, printer: str, data: bytes) -> None:
        if self.fail is not None:
            raise self.fail
        self.sent.append((printer, data))


def _sell(shop: Shop, clerk: Clerk, tenders: list[Tender]) -> SaleView:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    return sales.complete_line_sale(
        shop.db, clerk, draft.uuid, plan_code="BAU-T100", tenders=tenders, clock=shop.clock
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


def _openings(shop: Shop) -> list[DrawerOpening]:
    with shop.db.read() as session:
        rows = list(session.scalars(select(DrawerOpening).order_by(DrawerOpening.id)))
        session.expunge_all()
        return rows


def test_a_cash_sale_opens_the_drawer_and_is_recorded(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    sale = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000, tendered=20_000)])
    assert sale.receipt_no is not None
    send = Recorder()
    result = drawer.open_for_sale(
        shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=send, clock=shop.clock
    )
    assert result.opened and result.kind is DrawerKind.SALE and result.problem is None
    assert send.sent == [("DRAWER_Q", PULSE)]
    [row] = _openings(shop)
    assert (row.kind, row.shift_id, row.staff_id, row.sent, row.printer) == (
        "sale",
        open_shift.id,
        clerk.id,
        True,
        "DRAWER_Q",
    )
    assert row.sale_id is not None and row.reason == "" and row.opened_at == shop.clock()


def test_a_sale_paid_only_by_fps_does_not_open_it(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    sale = _sell(shop, clerk, [Tender(TenderKind.FPS, 10_000, reference="FPS20261121X1")])
    assert sale.receipt_no is not None
    send = Recorder()
    result = drawer.open_for_sale(
        shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=send, clock=shop.clock
    )
    assert not result.opened and result.opening_id is None
    assert send.sent == [] and _openings(shop) == []


def test_a_split_with_some_cash_opens_it(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    sale = _sell(
        shop,
        clerk,
        [Tender(TenderKind.CASH, 2_000), Tender(TenderKind.FPS, 8_000, reference="FPS2026X2")],
    )
    assert sale.receipt_no is not None
    send = Recorder()
    drawer.open_for_sale(
        shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=send, clock=shop.clock
    )
    assert len(send.sent) == 1


def test_a_counter_without_a_drawer_sends_and_records_nothing(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    sale = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000)])
    assert sale.receipt_no is not None
    send = Recorder()
    result = drawer.open_for_sale(
        shop.db, clerk, shop.counter_id, sale.receipt_no, DrawerPort(""), send=send
    )
    assert result.opening_id is None and send.sent == [] and _openings(shop) == []
    with pytest.raises(InputError) as refused:
        drawer.open_no_sale(shop.db, clerk, shop.counter_id, "change for a note", DrawerPort(""))
    assert refused.value.code == ErrorCode.DRAWER_NONE


def test_cash_given_back_by_a_void_opens_it_a_card_refund_does_not(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    cash = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000)])
    card = _sell(
        shop, clerk, [Tender(TenderKind.CARD, 10_000, card_last4="4242", approval_code="A1B2C3")]
    )
    assert cash.receipt_no is not None and card.receipt_no is not None
    send = Recorder()
    for receipt_no in (cash.receipt_no, card.receipt_no):
        _reverse(shop, clerk, receipt_no)
        drawer.open_for_reversal(
            shop.db, clerk, shop.counter_id, receipt_no, PORT, send=send, clock=shop.clock
        )
    [row] = _openings(shop)
    assert row.kind == "void" and row.reversal_id is not None and send.sent == [("DRAWER_Q", PULSE)]


def test_a_refund_in_a_later_shift_is_a_refund_opening(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    sale = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000)])
    assert sale.receipt_no is not None
    expected = shifts.figures(shop.db, open_shift.id).expected_cash
    shifts.close_shift(shop.db, clerk, shop.counter_id, expected, clock=shop.clock)
    later = shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    _reverse(shop, clerk, sale.receipt_no)
    result = drawer.open_for_reversal(
        shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=Recorder(), clock=shop.clock
    )
    assert result.kind is DrawerKind.REFUND
    [row] = _openings(shop)
    assert (row.kind, row.shift_id) == ("refund", later.id)


def test_cash_in_and_out_open_it_with_their_movement(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    send = Recorder()
    into = shifts.move_cash(shop.db, clerk, shop.counter_id, 20_000, "coins", clock=shop.clock)
    out = shifts.move_cash(shop.db, clerk, shop.counter_id, -5_000, "cleaner", clock=shop.clock)
    for movement in (into, out):
        drawer.open_for_cash_movement(
            shop.db, clerk, shop.counter_id, movement, PORT, send=send, clock=shop.clock
        )
    assert [(row.kind, row.cash_movement_id) for row in _openings(shop)] == [
        ("cash_in", into),
        ("cash_out", out),
    ]
    assert send.sent == [("DRAWER_Q", PULSE)] * 2


def test_no_sale_needs_a_reason_without_an_id_number(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    send = Recorder()
    for reason, code in (
        ("", ErrorCode.DRAWER_REASON),
        ("   ", ErrorCode.DRAWER_REASON),
        ("customer A123456(3) forgot", ErrorCode.TEXT_ID_NUMBER),
        ("card 4111 1111 1111 1111", ErrorCode.TEXT_CARD_NUMBER),
    ):
        with pytest.raises(InputError) as refused:
            drawer.open_no_sale(shop.db, clerk, shop.counter_id, reason, PORT, send=send)
        assert refused.value.code == code and refused.value.field == "reason"
    assert send.sent == [] and _openings(shop) == []


def test_no_sale_is_recorded_audited_and_listed_on_the_x_report(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    send = Recorder()
    result = drawer.open_no_sale(
        shop.db,
        clerk,
        shop.counter_id,
        " change for a HK$500 note ",
        PORT,
        send=send,
        clock=shop.clock,
    )
    assert result.opened and send.sent == [("DRAWER_Q", PULSE)]
    with shop.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "drawer.no_sale")
        ).one()
        assert event.staff_id == clerk.id and event.counter_id == shop.counter_id
        assert event.details["reason"] == "change for a HK$500 note"
    figures = shifts.figures(shop.db, open_shift.id).drawer
    assert figures.by_kind["no_sale"] == 1 and figures.total == 1 and figures.not_sent == 0
    [opening] = figures.no_sale
    assert opening.reason == "change for a HK$500 note"
    assert opening.clerk and opening.opened_at == shop.clock() and opening.sent


def test_no_sale_needs_an_open_shift(shop: Shop, clerk: Clerk) -> None:
    with pytest.raises(InputError) as refused:
        drawer.open_no_sale(shop.db, clerk, shop.counter_id, "check", PORT, send=Recorder())
    assert refused.value.code == ErrorCode.SHIFT_NOT_OPEN


def test_an_unreachable_printer_leaves_the_sale_and_records_the_failure(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    sale = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000)])
    assert sale.receipt_no is not None
    problem = DrawerProblem("off", code=ErrorCode.DRAWER_REFUSED, printer="DRAWER_Q")
    result = drawer.open_for_sale(
        shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=Recorder(problem)
    )
    assert not result.opened and result.problem is problem
    [row] = _openings(shop)
    assert row.sent is False and row.problem == "off"
    assert sales.get_sale(shop.db, receipt_no=sale.receipt_no).state == "completed"
    figures = shifts.figures(shop.db, open_shift.id)
    assert figures.drawer.by_kind["sale"] == 1 and figures.drawer.not_sent == 1
    assert figures.sales_count == 1


def test_the_x_figures_count_every_kind(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    send = Recorder()
    for _ in range(2):
        sale = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000)])
        assert sale.receipt_no is not None
        drawer.open_for_sale(shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=send)
    assert sale.receipt_no is not None
    _reverse(shop, clerk, sale.receipt_no)
    drawer.open_for_reversal(shop.db, clerk, shop.counter_id, sale.receipt_no, PORT, send=send)
    movement = shifts.move_cash(shop.db, clerk, shop.counter_id, -100, "stamps")
    drawer.open_for_cash_movement(shop.db, clerk, shop.counter_id, movement, PORT, send=send)
    drawer.open_no_sale(shop.db, clerk, shop.counter_id, "checked the float", PORT, send=send)
    assert shifts.figures(shop.db, open_shift.id).drawer.by_kind == {
        "sale": 2,
        "refund": 0,
        "void": 1,
        "cash_in": 0,
        "cash_out": 1,
        "no_sale": 1,
    }


def test_the_drawer_settings_are_checked_and_kept_per_counter(shop: Shop) -> None:
    supervisor = shop.sign_in("supervisor")
    for key, value, code in (
        ("drawer_pin", 3, ErrorCode.SETTINGS_DRAWER_PIN),
        ("drawer_on_ms", 1, ErrorCode.SETTINGS_DRAWER_ON_MS),
        ("drawer_off_ms", 511, ErrorCode.SETTINGS_DRAWER_OFF_MS),
        ("drawer_off_ms", "５00", ErrorCode.SETTINGS_DRAWER_OFF_MS),
        ("drawer_printer", "-oraw", ErrorCode.SETTINGS_DRAWER_PRINTER),
    ):
        with pytest.raises(InputError) as refused:
            shop_settings.save_counter_settings(shop.db, supervisor, "C1", {key: value})
        assert (refused.value.code, refused.value.field) == (code, key)
    assert shop_settings.counter_settings(shop.db, "C1").drawer_printer is None
    saved = shop_settings.save_counter_settings(
        shop.db,
        supervisor,
        "C1",
        {
            "drawer_printer": "EPSON_TM_T88",
            "drawer_pin": "5",
            "drawer_on_ms": 100,
            "drawer_off_ms": "250",
        },
    )
    read = shop_settings.counter_settings(shop.db, "C1")
    assert read == saved
    assert (read.drawer_printer, read.drawer_pin, read.drawer_on_ms, read.drawer_off_ms) == (
        "EPSON_TM_T88",
        5,
        100,
        250,
    )
    assert shop_settings.counter_settings(shop.db, "C2").drawer_printer is None
