"""The drawer's pulse through a real CUPS raw queue, to a printer listening on a TCP port.

The queue is CUPS's own (``socket://127.0.0.1:PORT``, no driver), the way a network
ESC/POS printer on port 9100 is installed; the test's server is the printer and keeps the
bytes of each job. Every kind of opening goes through its service with the real sender.
"""

from __future__ import annotations

import pytest

from counter_app.domain.drawer import DrawerKind, DrawerPort
from counter_app.domain.errors import ErrorCode
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.printing.raw import DrawerProblem, send_raw
from counter_app.services import drawer, reversals, sales, shifts
from tests.conftest import RawQueue
from tests.services.conftest import PASSWORD, Shop


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """The database does not matter here, the queue does: SQLite only."""
    return sqlite_url


def _sell(shop: Shop, clerk: Clerk, tenders: list[Tender]) -> SaleView:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    done = sales.complete_line_sale(
        shop.db, clerk, draft.uuid, plan_code="BAU-T100", tenders=tenders, clock=shop.clock
    )
    assert done.receipt_no is not None
    return done


def test_send_raw_delivers_the_bytes_untouched(raw_queue: RawQueue) -> None:
    data = bytes.fromhex("1b 70 00 19 fa")
    send_raw(raw_queue.name, data)
    assert raw_queue.printer.next_job() == data


def test_each_kind_of_opening_reaches_the_printer(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, raw_queue: RawQueue
) -> None:
    """Each kind with its own pin and timing, so that each job is known by its bytes."""
    ports = {
        DrawerKind.SALE: DrawerPort(raw_queue.name, 2, 50, 500),
        DrawerKind.VOID: DrawerPort(raw_queue.name, 5, 50, 500),
        DrawerKind.REFUND: DrawerPort(raw_queue.name, 2, 100, 250),
        DrawerKind.CASH_IN: DrawerPort(raw_queue.name, 5, 2, 510),
        DrawerKind.CASH_OUT: DrawerPort(raw_queue.name, 2, 510, 2),
        DrawerKind.NO_SALE: DrawerPort(raw_queue.name, 5, 120, 240),
    }
    printer = raw_queue.printer
    received: dict[DrawerKind, bytes] = {}
    db, counter, clock = shop.db, shop.counter_id, shop.clock

    cash = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000, tendered=50_000)])
    assert cash.receipt_no is not None
    result = drawer.open_for_sale(db, clerk, counter, cash.receipt_no, ports[DrawerKind.SALE])
    assert result.opened
    received[DrawerKind.SALE] = printer.next_job()

    fps = _sell(shop, clerk, [Tender(TenderKind.FPS, 10_000, reference="FPS20261121Q9")])
    assert fps.receipt_no is not None
    result = drawer.open_for_sale(db, clerk, counter, fps.receipt_no, ports[DrawerKind.SALE])
    assert not result.opened and printer.nothing_received()

    for kind, receipt_no in ((DrawerKind.VOID, cash.receipt_no),):
        reversals.reverse_sale(
            db,
            clerk,
            counter,
            receipt_no,
            supervisor_username="supervisor",
            supervisor_password=PASSWORD,
            reason="customer changed their mind",
            clock=clock,
        )
        assert drawer.open_for_reversal(db, clerk, counter, receipt_no, ports[kind]).opened
        received[kind] = printer.next_job()

    into = shifts.move_cash(db, clerk, counter, 20_000, "coins from the bank", clock=clock)
    assert drawer.open_for_cash_movement(db, clerk, counter, into, ports[DrawerKind.CASH_IN]).opened
    received[DrawerKind.CASH_IN] = printer.next_job()
    out = shifts.move_cash(db, clerk, counter, -3_000, "paid the cleaner", clock=clock)
    assert drawer.open_for_cash_movement(db, clerk, counter, out, ports[DrawerKind.CASH_OUT]).opened
    received[DrawerKind.CASH_OUT] = printer.next_job()
    assert drawer.open_no_sale(db, clerk, counter, "change for a note", ports[DrawerKind.NO_SALE])
    received[DrawerKind.NO_SALE] = printer.next_job()

    # A refund: the sale's shift closed, the money goes back in the next one.
    paid = _sell(shop, clerk, [Tender(TenderKind.CASH, 10_000)])
    assert paid.receipt_no is not None
    assert drawer.open_for_sale(db, clerk, counter, paid.receipt_no, ports[DrawerKind.SALE])
    printer.next_job()
    expected = shifts.figures(db, open_shift.id).expected_cash
    shifts.close_shift(db, clerk, counter, expected, clock=clock)
    shifts.open_shift(db, clerk, counter, 50_000, clock=clock)
    reversals.reverse_sale(
        db,
        clerk,
        counter,
        paid.receipt_no,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed their mind",
        clock=clock,
    )
    refund = drawer.open_for_reversal(db, clerk, counter, paid.receipt_no, ports[DrawerKind.REFUND])
    assert refund.kind is DrawerKind.REFUND and refund.opened
    received[DrawerKind.REFUND] = printer.next_job()

    for kind, data in received.items():
        print(f"{kind.value:9} {data.hex(' ')}")  # noqa: T201 - the closing note quotes it
    assert {kind: data.hex(" ") for kind, data in received.items()} == {
        DrawerKind.SALE: "1b 70 00 19 fa",
        DrawerKind.VOID: "1b 70 01 19 fa",
        DrawerKind.CASH_IN: "1b 70 01 01 ff",
        DrawerKind.CASH_OUT: "1b 70 00 ff 01",
        DrawerKind.NO_SALE: "1b 70 01 3c 78",
        DrawerKind.REFUND: "1b 70 00 32 7d",
    }
    assert printer.nothing_received(1)


def test_a_queue_that_does_not_exist_is_the_environments_fault(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, raw_queue: RawQueue
) -> None:
    with pytest.raises(DrawerProblem) as missing:
        send_raw("NoSuchDrawerQueue", b"\x1bp\x00\x19\xfa")
    assert missing.value.code == ErrorCode.DRAWER_NO_QUEUE
    assert missing.value.params == {"printer": "NoSuchDrawerQueue"}
    port = DrawerPort("NoSuchDrawerQueue")
    result = drawer.open_no_sale(shop.db, clerk, shop.counter_id, "check the float", port)
    assert not result.opened and isinstance(result.problem, DrawerProblem)
    assert shifts.figures(shop.db, open_shift.id).drawer.not_sent == 1
    assert raw_queue.printer.nothing_received(1)


def test_a_stopped_queue_is_refused_so_no_pulse_waits_in_it(
    stopped_queue: str, raw_queue: RawQueue
) -> None:
    with pytest.raises(DrawerProblem) as stopped:
        send_raw(stopped_queue, b"\x1bp\x00\x19\xfa")
    assert stopped.value.code == ErrorCode.DRAWER_REFUSED
    assert "stopped" in str(stopped.value)
    assert raw_queue.printer.nothing_received(1)
