"""Shifts: the float, cash movements, X figures, and a close where change is never takings."""

from __future__ import annotations

import pytest

from counter_app.domain.errors import InputError
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import sales, shifts
from tests.services.conftest import Shop


def _top_up(shop: Shop, clerk: Clerk, msisdn: str, tenders: list[Tender]) -> SaleView:
    line_id = shop.set_line(msisdn)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    return sales.complete_line_sale(
        shop.db, clerk, draft.uuid, plan_code="BAU-T100", tenders=tenders, clock=shop.clock
    )


def test_no_sale_without_an_open_shift(shop: Shop, clerk: Clerk) -> None:
    with pytest.raises(InputError) as refused:
        sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock)
    assert refused.value.code == "shift.not_open"


def test_one_open_shift_per_counter(shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift) -> None:
    with pytest.raises(InputError) as twice:
        shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    assert twice.value.code == "shift.already_open"
    other = shifts.open_shift(shop.db, clerk, shop.other_counter_id, 0, clock=shop.clock)
    assert other.id != open_shift.id
    assert shifts.current_shift(shop.db, shop.counter_id) == open_shift


def test_expected_cash_counts_takings_not_change(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    msisdn = shop.built.samples[0].msisdn
    # HK$100 top-up paid with a HK$500 note: HK$400 change goes back out of the till.
    _top_up(shop, clerk, msisdn, [Tender(TenderKind.CASH, 10_000, tendered=50_000)])
    # HK$100 split: HK$40 cash (HK$50 note), HK$60 Octopus.
    _top_up(
        shop,
        clerk,
        msisdn,
        [
            Tender(TenderKind.CASH, 4_000, tendered=5_000),
            Tender(TenderKind.OCTOPUS, 6_000, reference="OCT-88812"),
        ],
    )
    shifts.move_cash(
        shop.db, clerk, shop.counter_id, 20_000, "change from the bank", clock=shop.clock
    )
    shifts.move_cash(shop.db, clerk, shop.counter_id, -3_000, "paid the cleaner", clock=shop.clock)
    x = shifts.figures(shop.db, open_shift.id)
    assert x.cash_takings == 14_000
    assert x.by_tender == {"cash": 14_000, "octopus": 6_000}
    assert x.sales_count == 2 and x.sales_total == 20_000
    assert (x.cash_in, x.cash_out) == (20_000, 3_000)
    assert x.expected_cash == 50_000 + 14_000 + 20_000 - 3_000

    z = shifts.close_shift(
        shop.db,
        clerk,
        shop.counter_id,
        80_000,
        variance_reason="a HK$10 coin short",
        clock=shop.clock,
    )
    assert z.closed_at is not None
    assert z.counted == 80_000
    assert z.variance == -1_000
    assert shifts.current_shift(shop.db, shop.counter_id) is None


def test_a_shift_with_no_sales_closes_normally(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    z = shifts.close_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    assert (z.sales_count, z.expected_cash, z.variance) == (0, 50_000, 0)


def test_close_refuses_while_a_sale_is_unfinished(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    draft = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock)
    with pytest.raises(InputError) as refused:
        shifts.close_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    assert refused.value.code == "shift.open_drafts"
    sales.abandon_sale(shop.db, clerk, draft.uuid, clock=shop.clock)
    assert (
        shifts.close_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock).variance == 0
    )


@pytest.mark.parametrize(
    ("amount", "reason", "code"),
    [
        (0, "float top-up", "cash.amount"),
        (1_000, "   ", "cash.reason"),
        (1_000, "a\u202eb", "text.invisible"),
    ],
)
def test_cash_movement_needs_an_amount_and_a_reason(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, amount: int, reason: str, code: str
) -> None:
    with pytest.raises(InputError) as refused:
        shifts.move_cash(shop.db, clerk, shop.counter_id, amount, reason, clock=shop.clock)
    assert refused.value.code == code
