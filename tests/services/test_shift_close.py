"""Closing a shift: the count by denomination, a variance that needs a reason, who may close."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from counter_app.domain.cash import CashCount
from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk, Role
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import audit, permissions, sales, shifts
from counter_app.services.permissions import Action
from counter_app.store.models import AuditEvent, Setting, Shift
from counter_app.store.models import Shop as ShopRow
from tests.services.conftest import Shop

# HK$500 float + a HK$100 top-up paid in cash (change given back) - HK$30 out = HK$570.
EXPECTED = 57_000


@pytest.fixture
def a_day(shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift) -> shifts.OpenShift:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(TenderKind.CASH, 10_000, tendered=50_000)],
        clock=shop.clock,
    )
    shifts.move_cash(shop.db, clerk, shop.counter_id, -3_000, "paid the cleaner", clock=shop.clock)
    assert shifts.figures(shop.db, open_shift.id).expected_cash == EXPECTED
    return open_shift


def stored(shop: Shop, shift_id: int) -> Shift:
    with shop.db.read() as session:
        shift = session.get(Shift, shift_id)
        assert shift is not None
        session.expunge(shift)
        return shift


def closings(shop: Shop) -> list[AuditEvent]:
    with shop.db.read() as session:
        events = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "shift.closed"))
        )
        for event in events:
            session.expunge(event)
        return events


def set_threshold(shop: Shop, value: str) -> None:
    with shop.db.write() as session:
        shop_id = session.scalars(select(ShopRow.id).where(ShopRow.code == "DEMO")).one()
        session.merge(Setting(shop_id=shop_id, key="variance_reason_threshold", value=value))


def refused(shop: Shop, clerk: Clerk, **close: object) -> InputError:
    with pytest.raises(InputError) as caught:
        shifts.close_shift(shop.db, clerk, shop.counter_id, clock=shop.clock, **close)  # type: ignore[arg-type]
    return caught.value


# HK$570 in the till: 5 x HK$100, 6 x HK$10, 1 x HK$5, 2 x HK$2, 2 x 50 cents.
EXACT = {10_000: 5, 1_000: 6, 500: 1, 200: 2, 50: 2}


def test_the_count_by_denomination_is_the_counted_cash_and_is_kept(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift
) -> None:
    assert CashCount.of(EXACT).total == EXPECTED
    z = shifts.close_shift(
        shop.db, clerk, shop.counter_id, cash_count={**EXACT, 100_000: 0}, clock=shop.clock
    )
    assert (z.counted, z.variance, z.variance_reason) == (EXPECTED, 0, "")
    assert z.cash_count == CashCount.of(EXACT)
    row = stored(shop, a_day.id)
    assert row.closed_at is not None and row.counted == EXPECTED and row.variance == 0
    assert row.cash_count == {"10000": 5, "1000": 6, "500": 1, "200": 2, "50": 2}
    assert shifts.figures(shop.db, a_day.id).cash_count == CashCount.of(EXACT)
    (event,) = closings(shop)
    assert event.details["cash_count"] == row.cash_count
    assert event.details["counted"] == EXPECTED
    assert audit.verify(shop.db).ok


def test_a_total_that_disagrees_with_the_count_is_refused(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift
) -> None:
    error = refused(shop, clerk, counted=EXPECTED + 100, cash_count=EXACT)
    assert (error.code, error.field) == ("shift.count_total", "counted")
    assert "HK$570.00" in str(error) and "HK$571.00" in str(error)
    assert stored(shop, a_day.id).closed_at is None
    # Both given and agreeing is a close.
    z = shifts.close_shift(
        shop.db, clerk, shop.counter_id, EXPECTED, cash_count=EXACT, clock=shop.clock
    )
    assert z.counted == EXPECTED


@pytest.mark.parametrize(
    ("close", "code"),
    [
        ({}, "shift.counted"),
        ({"cash_count": {10_000: -1}}, "cash.count"),
        ({"cash_count": {2_500: 1}}, "cash.denomination"),
        ({"cash_count": {100_000: 101}}, "shift.counted"),  # HK$101,000: more than a till holds
        ({"counted": -1}, "shift.counted"),
    ],
)
def test_a_count_that_is_not_cash_is_refused(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift, close: dict[str, object], code: str
) -> None:
    assert refused(shop, clerk, **close).code == code
    assert stored(shop, a_day.id).closed_at is None and closings(shop) == []


@pytest.mark.parametrize("variance", [-2_010, 2_010, -50_000])
def test_a_variance_above_the_threshold_needs_a_reason(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift, variance: int
) -> None:
    error = refused(shop, clerk, counted=EXPECTED + variance, variance_reason="   ")
    assert (error.code, error.field) == ("shift.variance_reason", "variance_reason")
    side = "short" if variance < 0 else "over"
    assert f"{side}" in str(error) and "HK$20.00" in str(error)
    row = stored(shop, a_day.id)
    assert (row.closed_at, row.counted, row.variance, row.cash_count) == (None, None, None, None)
    assert closings(shop) == []

    z = shifts.close_shift(
        shop.db,
        clerk,
        shop.counter_id,
        EXPECTED + variance,
        variance_reason="  counted twice; a note given as change by mistake ",
        clock=shop.clock,
    )
    assert z.variance == variance
    row = stored(shop, a_day.id)
    assert row.variance == variance and row.counted == EXPECTED + variance
    assert row.variance_reason == "counted twice; a note given as change by mistake"
    assert z.variance_reason == row.variance_reason


@pytest.mark.parametrize("variance", [-2_000, 2_000, -10, 0])
def test_a_variance_up_to_the_threshold_closes_without_a_reason(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift, variance: int
) -> None:
    z = shifts.close_shift(shop.db, clerk, shop.counter_id, EXPECTED + variance, clock=shop.clock)
    assert z.closed_at is not None and z.variance == variance and z.variance_reason == ""


def test_a_reason_given_below_the_threshold_is_kept(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift
) -> None:
    z = shifts.close_shift(
        shop.db,
        clerk,
        shop.counter_id,
        cash_count={**EXACT, 10: 3},
        variance_reason="three 10-cent coins found under the till",
        clock=shop.clock,
    )
    assert z.variance == 30
    assert stored(shop, a_day.id).variance_reason == "three 10-cent coins found under the till"


def test_the_threshold_is_the_shops_setting(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift, caplog: pytest.LogCaptureFixture
) -> None:
    assert shifts.variance_threshold(shop.db, shop.counter_id) == 2_000
    set_threshold(shop, "500")
    assert shifts.variance_threshold(shop.db, shop.counter_id) == 500
    error = refused(shop, clerk, counted=EXPECTED - 600)
    assert error.code == "shift.variance_reason" and "HK$5.00" in str(error)
    set_threshold(shop, "0")  # every variance needs a reason
    assert refused(shop, clerk, counted=EXPECTED - 10).code == "shift.variance_reason"
    caplog.set_level(logging.WARNING, logger="counter")
    set_threshold(shop, "HK$20")  # mistyped: the default holds, and the log says so
    assert shifts.variance_threshold(shop.db, shop.counter_id) == 2_000
    assert "variance_reason_threshold" in caplog.text
    z = shifts.close_shift(shop.db, clerk, shop.counter_id, EXPECTED - 600, clock=shop.clock)
    assert z.variance == -600


def test_a_shift_with_no_sales_closes_normally(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    live = shifts.live_shift(shop.db, clerk, shop.counter_id)
    assert live is not None
    assert (live.figures.sales_count, live.figures.expected_cash) == (0, 50_000)
    assert (live.opened_by_name, live.variance_threshold) == ("陳店員", 2_000)
    z = shifts.close_shift(
        shop.db, clerk, shop.counter_id, cash_count={50_000: 1}, clock=shop.clock
    )
    assert (z.sales_count, z.sales_total, z.expected_cash, z.counted, z.variance) == (
        0,
        0,
        50_000,
        50_000,
        0,
    )
    assert shifts.current_shift(shop.db, shop.counter_id) is None
    assert shifts.live_shift(shop.db, clerk, shop.counter_id) is None


def test_closing_moving_cash_and_the_x_figures_follow_the_permission_table(
    shop: Shop, clerk: Clerk, a_day: shifts.OpenShift, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert clerk.role is Role.CLERK
    raised = {
        **permissions.NEEDS,
        Action.SHIFT_CLOSE: Role.SUPERVISOR,
        Action.CASH_MOVE: Role.SUPERVISOR,
        Action.SHIFT_X_REPORT: Role.SUPERVISOR,
    }
    monkeypatch.setattr(permissions, "NEEDS", raised)
    with pytest.raises(NotAllowed) as close:
        shifts.close_shift(shop.db, clerk, shop.counter_id, EXPECTED, clock=shop.clock)
    with pytest.raises(NotAllowed) as move:
        shifts.move_cash(shop.db, clerk, shop.counter_id, 1_000, "coins", clock=shop.clock)
    with pytest.raises(NotAllowed) as x:
        shifts.live_shift(shop.db, clerk, shop.counter_id)
    assert {close.value.code, move.value.code, x.value.code} == {"auth.not_allowed"}
    figures = shifts.figures(shop.db, a_day.id)
    assert figures.closed_at is None and figures.cash_in == 0
    supervisor = shop.sign_in("supervisor")
    shifts.move_cash(shop.db, supervisor, shop.counter_id, 1_000, "coins", clock=shop.clock)
    assert shifts.live_shift(shop.db, supervisor, shop.counter_id) is not None
    z = shifts.close_shift(shop.db, supervisor, shop.counter_id, EXPECTED + 1_000, clock=shop.clock)
    assert z.closed_by == supervisor.id and z.variance == 0
