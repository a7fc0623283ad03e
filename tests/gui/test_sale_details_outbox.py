"""The history's details of a sale show each of its jobs: the carrier's and the text's state,
the provider's reference and the last error; on both databases."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counter_app.domain.staff import Clerk
from counter_app.gui.sale_details import SaleDetailsView
from counter_app.services import history, outbox
from counter_app.services.outbox import Dispatcher
from tests.gui.test_outbox_dispatch import (
    TestCarrier,
    TestGateway,
    bauhinia_lines,
    carrier_by_provider,
    job_of,
    sell_top_up,
)
from tests.services.conftest import Shop, clerk, clock, open_shift, secret, shop

__all__ = ["clerk", "clock", "open_shift", "secret", "shop"]


def test_each_job_is_shown_with_its_reference_and_last_error(
    qtbot: QtBot, shop: Shop, clerk: Clerk, open_shift: object
) -> None:
    lines = bauhinia_lines(shop.db)
    by_hand = sell_top_up(shop.db, clerk, shop.counter_id, lines[0], shop.clock)
    outbox.applied_by_hand(
        shop.db, clerk, job_of(shop.db, by_hand).id, "BAU-778812", clock=shop.clock
    )
    carrier_by_provider(shop.db)
    declined = sell_top_up(shop.db, clerk, shop.counter_id, lines[1], shop.clock)
    world = TestCarrier(decline=frozenset({job_of(shop.db, declined).reference}))
    dispatcher = Dispatcher(
        shop.db, name="test", fulfilment={"testcarrier": world}, sms=TestGateway(), clock=shop.clock
    )
    assert dispatcher.run_once() == 3  # the carrier's job, and both sales' texts

    view = SaleDetailsView()
    qtbot.addWidget(view)
    view.show_sale(history.details(shop.db, clerk, by_hand))
    assert view.ui.saleOutboxHeadingLabel.isVisibleTo(view)
    assert view.ui.saleOutboxLabel.text().splitlines() == [
        "Carrier (by hand): Confirmed · reference BAU-778812",
        "SMS (SMS gateway): Sent, waiting for the answer · reference M-1 · attempts 1",
    ]

    view.show_sale(history.details(shop.db, clerk, declined))
    assert view.ui.saleOutboxLabel.text().splitlines() == [
        "Carrier (testcarrier): Failed · attempts 1",
        "Last error: declined: the number is not a prepaid line",
        "SMS (SMS gateway): Sent, waiting for the answer · reference M-2 · attempts 1",
    ]
    assert view.ui.saleOutboxHeadingLabel.text() == "Carrier and SMS"

    # A sale without jobs (a voucher) shows no such part.
    voucher = shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    assert voucher.receipt_no is not None
    view.show_sale(history.details(shop.db, clerk, voucher.receipt_no))
    assert not view.ui.saleOutboxHeadingLabel.isVisibleTo(view)
    assert not view.ui.saleOutboxLabel.isVisibleTo(view)
