"""Plans and promotions: expiry arithmetic, line status, prices and the recommended plan."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from fractions import Fraction
from math import floor
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.domain.errors import InputError
from counter_app.domain.plans import (
    CARD_TYPE_NAMES,
    EXPIRING_SOON_DAYS,
    LINE_STATUS_NAMES,
    CardType,
    CarrierRules,
    LineFacts,
    LineStatus,
    Plan,
    PlanKind,
    Promotion,
    Quote,
    add_months,
    best_promotion,
    days_left,
    format_data,
    line_status,
    plan_available,
    quote,
    quotes_for_line,
    renewable,
    renewal_base,
    renewed_expiry,
)

TODAY = date(2026, 5, 10)
RULES = CarrierRules(code="csl", grace_days=30, recycle_days=90)

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
months = st.integers(min_value=0, max_value=120)


def renewal(code: str, price: int, months: int, **extra: Any) -> Plan:
    fields: dict[str, Any] = {
        "code": code,
        "carrier": "csl",
        "kind": PlanKind.RENEWAL,
        "name_zh": f"{months}個月續期",
        "name_en": f"{months}-month renewal",
        "price": price,
        "months": months,
    }
    return Plan(**(fields | extra))


def topup(code: str, price: int, credit: int, **extra: Any) -> Plan:
    fields: dict[str, Any] = {
        "code": code,
        "carrier": "csl",
        "kind": PlanKind.CREDIT_TOPUP,
        "name_zh": "增值",
        "name_en": "Top-up",
        "price": price,
        "credit": credit,
        "needs_identity": False,
    }
    return Plan(**(fields | extra))


def data_addon(code: str, price: int, data_mb: int, **extra: Any) -> Plan:
    fields: dict[str, Any] = {
        "code": code,
        "carrier": "csl",
        "kind": PlanKind.DATA_ADDON,
        "name_zh": "數據附加",
        "name_en": "Data add-on",
        "price": price,
        "data_mb": data_mb,
    }
    return Plan(**(fields | extra))


def promotion(code: str, **extra: Any) -> Promotion:
    fields: dict[str, Any] = {
        "code": code,
        "name_zh": "優惠",
        "name_en": "Offer",
        "valid_from": date(2026, 1, 1),
        "valid_to": date(2026, 12, 31),
    }
    return Promotion(**(fields | extra))


def line(
    expires_on: date = date(2026, 9, 30),
    *,
    status: LineStatus = LineStatus.ACTIVE,
    current_plan: str | None = None,
    card_type: CardType = CardType.NUMBER_KEEPING,
    balance: int = 5_000,
) -> LineFacts:
    return LineFacts(
        carrier="csl",
        card_type=card_type,
        expires_on=expires_on,
        balance=balance,
        data_left_mb=0,
        status=status,
        current_plan=current_plan,
    )


# --- names -----------------------------------------------------------------------------


def test_every_card_type_and_status_has_both_names() -> None:
    assert set(CARD_TYPE_NAMES) == set(CardType)
    assert set(LINE_STATUS_NAMES) == set(LineStatus)
    assert CARD_TYPE_NAMES[CardType.NUMBER_KEEPING][0] == "保號卡"
    assert LINE_STATUS_NAMES[LineStatus.EXPIRING_SOON] == ("即將到期", "Expiring soon")
    assert all(zh and en for zh, en in (*CARD_TYPE_NAMES.values(), *LINE_STATUS_NAMES.values()))


# --- calendar arithmetic -----------------------------------------------------------------


@given(dates, months)
def test_add_months_moves_whole_months_and_clamps_only_at_month_end(start: date, n: int) -> None:
    result = add_months(start, n)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == n
    assert result.day <= start.day
    month_length = calendar.monthrange(result.year, result.month)[1]
    if start.day <= month_length:
        assert result.day == start.day
    else:
        assert result.day == month_length


@given(dates, st.integers(min_value=0, max_value=119))
def test_add_months_grows_with_every_month(start: date, n: int) -> None:
    assert add_months(start, n) < add_months(start, n + 1)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 1, 31), 0, date(2026, 1, 31)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 1, 31), 2, date(2026, 3, 31)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
    ],
)
def test_add_months_examples(start: date, n: int, expected: date) -> None:
    assert add_months(start, n) == expected


def test_add_months_refuses_going_back() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_months(TODAY, -1)


@given(dates, dates, st.integers(min_value=1, max_value=36), st.integers(0, 60))
def test_renewal_of_a_working_line_extends_its_expiry(
    expires_on: date, today: date, n: int, bonus: int
) -> None:
    if expires_on < today:
        expires_on, today = today, expires_on
    result = renewed_expiry(expires_on, today, n, bonus)
    assert renewal_base(expires_on, today) == expires_on
    assert result == add_months(expires_on, n) + timedelta(days=bonus)
    assert result > expires_on


@given(dates, st.integers(min_value=1, max_value=3_000), st.integers(1, 36), st.integers(0, 60))
def test_renewal_of_an_expired_line_starts_today(
    today: date, days_ago: int, n: int, bonus: int
) -> None:
    expires_on = today - timedelta(days=days_ago)
    result = renewed_expiry(expires_on, today, n, bonus)
    assert renewal_base(expires_on, today) == today
    assert result == add_months(today, n) + timedelta(days=bonus)
    assert result > today


@given(dates, dates, months, st.integers(0, 60))
def test_renewal_never_ends_before_the_line_or_today(
    expires_on: date, today: date, n: int, bonus: int
) -> None:
    assert renewed_expiry(expires_on, today, n, bonus) >= max(expires_on, today)


@pytest.mark.parametrize(
    ("expires_on", "today", "n", "bonus", "expected"),
    [
        # Two months from 31 Jan is 31 Mar, not 28 Feb + 1 month.
        (date(2026, 1, 31), date(2026, 1, 20), 2, 0, date(2026, 3, 31)),
        (date(2028, 2, 29), date(2028, 2, 20), 12, 0, date(2029, 2, 28)),
        (date(2027, 8, 31), date(2027, 8, 1), 6, 0, date(2028, 2, 29)),
        (date(2026, 1, 31), date(2026, 1, 20), 1, 3, date(2026, 3, 3)),
        # Expires today: still working, so the renewal adds to today's expiry.
        (date(2026, 5, 10), date(2026, 5, 10), 1, 0, date(2026, 6, 10)),
        # Expired: from today, and the old expiry day no longer matters.
        (date(2026, 1, 31), date(2026, 2, 2), 1, 0, date(2026, 3, 2)),
    ],
)
def test_renewed_expiry_examples(
    expires_on: date, today: date, n: int, bonus: int, expected: date
) -> None:
    assert renewed_expiry(expires_on, today, n, bonus) == expected


# --- line status -------------------------------------------------------------------------


def test_days_left() -> None:
    assert days_left(date(2026, 5, 17), TODAY) == 7
    assert days_left(TODAY, TODAY) == 0
    assert days_left(date(2026, 5, 9), TODAY) == -1


@pytest.mark.parametrize(
    ("left", "status", "can_renew"),
    [
        (365, LineStatus.ACTIVE, True),
        (EXPIRING_SOON_DAYS + 1, LineStatus.ACTIVE, True),
        (EXPIRING_SOON_DAYS, LineStatus.EXPIRING_SOON, True),
        (0, LineStatus.EXPIRING_SOON, True),
        (-1, LineStatus.EXPIRED, True),
        (-30, LineStatus.EXPIRED, True),
        (-31, LineStatus.EXPIRED, False),
        (-90, LineStatus.EXPIRED, False),
        (-91, LineStatus.RECYCLED, False),
    ],
)
def test_line_status_boundaries(left: int, status: LineStatus, can_renew: bool) -> None:
    expires_on = TODAY + timedelta(days=left)
    assert line_status(expires_on, TODAY, RULES) is status
    assert renewable(expires_on, TODAY, RULES) is can_renew


def test_grace_that_lasts_until_recycling() -> None:
    rules = CarrierRules(code="3hk", grace_days=60, recycle_days=60)
    assert renewable(TODAY - timedelta(days=60), TODAY, rules)
    assert line_status(TODAY - timedelta(days=61), TODAY, rules) is LineStatus.RECYCLED


@given(
    st.integers(min_value=-400, max_value=400),
    st.integers(min_value=0, max_value=120),
    st.integers(min_value=0, max_value=120),
)
def test_status_and_renewability_agree(left: int, grace: int, extra: int) -> None:
    rules = CarrierRules(code="csl", grace_days=grace, recycle_days=grace + extra)
    expires_on = TODAY + timedelta(days=left)
    status = line_status(expires_on, TODAY, rules)
    assert (status is LineStatus.RECYCLED) == (left < -rules.recycle_days)
    assert (status is LineStatus.EXPIRED) == (-rules.recycle_days <= left < 0)
    assert renewable(expires_on, TODAY, rules) == (left >= -grace)
    assert line_status(expires_on, TODAY, rules, recycled=True) is LineStatus.RECYCLED
    assert not renewable(expires_on, TODAY, rules, recycled=True)


def test_carrier_cannot_recycle_before_grace_ends() -> None:
    with pytest.raises(InputError) as raised:
        CarrierRules(code="csl", grace_days=30, recycle_days=29)
    assert raised.value.code == "carrier.invalid"
    assert raised.value.field == "recycle_days"


# --- promotions --------------------------------------------------------------------------


@st.composite
def promotions(draw: st.DrawFn) -> Promotion:
    starts = [date(2026, 1, 1), TODAY, TODAY + timedelta(days=1)]
    ends = [TODAY - timedelta(days=1), TODAY, date(2026, 12, 31)]
    valid_from = draw(st.sampled_from(starts))
    by_percent = draw(st.booleans())
    return promotion(
        draw(st.text(alphabet="ABC", min_size=1, max_size=3)),
        valid_from=valid_from,
        valid_to=draw(st.sampled_from([end for end in ends if end >= valid_from])),
        card_types=draw(st.sampled_from([frozenset(), frozenset({CardType.NUMBER_KEEPING})])),
        kinds=draw(st.sampled_from([frozenset(), frozenset({PlanKind.DATA_ADDON})])),
        bonus_data_mb=draw(st.sampled_from([0, 1024])),
        bonus_minutes=draw(st.sampled_from([1, 30])),
        bonus_days=draw(st.sampled_from([0, 7])),
        discount=0 if by_percent else draw(st.sampled_from([0, 500, 1000])),
        discount_percent=draw(st.sampled_from([0, 5, 10])) if by_percent else 0,
        priority=draw(st.integers(0, 2)),
    )


@settings(max_examples=60)
@given(st.data())
def test_best_promotion_ignores_the_order_it_is_given(data: st.DataObject) -> None:
    offers = data.draw(st.lists(promotions(), unique_by=lambda p: p.code))
    shuffled = data.draw(st.permutations(offers))
    plan = renewal("R12", 16_800, 12)
    best = best_promotion(plan, offers, CardType.NUMBER_KEEPING, TODAY)
    assert best_promotion(plan, shuffled, CardType.NUMBER_KEEPING, TODAY) == best
    applicable = [p for p in offers if p.valid_from <= TODAY <= p.valid_to and not p.kinds]
    assert (best is None) == (not applicable)
    if best is not None:
        assert best.priority == max(p.priority for p in applicable)


def test_best_promotion_prefers_priority_then_value_then_code() -> None:
    plan = renewal("R12", 16_800, 12)
    small = promotion("SMALL", discount=1_000, priority=1)
    big = promotion("BIG", discount=2_000)
    assert best_promotion(plan, [big, small], CardType.DUAL, TODAY) == small
    assert best_promotion(plan, [big, promotion("X", discount=1_999)], CardType.DUAL, TODAY) == big
    # 10% of HK$168 is HK$16.80: less than HK$20 off.
    percent = promotion("PCT", discount_percent=10)
    assert best_promotion(plan, [percent, big], CardType.DUAL, TODAY) == big
    days = promotion("DAYS", discount=2_000, bonus_days=7)
    assert best_promotion(plan, [big, days], CardType.DUAL, TODAY) == days
    data = promotion("DATA", discount=2_000, bonus_data_mb=1_024)
    assert best_promotion(plan, [data, days], CardType.DUAL, TODAY) == days
    twin = promotion("AAA", discount=2_000)
    assert best_promotion(plan, [big, twin], CardType.DUAL, TODAY) == twin


def test_bonus_days_count_for_nothing_off_a_renewal() -> None:
    plan = topup("TOP100", 10_000, 10_000)
    days = promotion("AAA-DAYS", bonus_days=30)
    data = promotion("ZZZ-DATA", bonus_data_mb=512)
    assert best_promotion(plan, [days, data], CardType.DUAL, TODAY) == data


def test_promotion_window_is_inclusive_and_filters_apply() -> None:
    plan = renewal("R1", 1_800, 1)
    for offer in (
        promotion("START", valid_from=TODAY, valid_to=date(2026, 6, 1), bonus_days=1),
        promotion("END", valid_from=date(2026, 5, 1), valid_to=TODAY, bonus_days=1),
    ):
        assert best_promotion(plan, [offer], CardType.DUAL, TODAY) == offer
    for offer in (
        promotion("LATE", valid_from=TODAY + timedelta(days=1), bonus_days=1),
        promotion("OVER", valid_to=TODAY - timedelta(days=1), bonus_days=1),
        promotion("OTHER", plan_codes=frozenset({"R12"}), bonus_days=1),
        promotion("3HK", carriers=frozenset({"3hk"}), bonus_days=1),
        promotion("CARD", card_types=frozenset({CardType.DATA}), bonus_days=1),
        promotion("KIND", kinds=frozenset({PlanKind.CREDIT_TOPUP}), bonus_days=1),
    ):
        assert best_promotion(plan, [offer], CardType.DUAL, TODAY) is None, offer.code
    matching = promotion(
        "ALL",
        plan_codes=frozenset({"R1"}),
        carriers=frozenset({"csl"}),
        card_types=frozenset({CardType.DUAL}),
        kinds=frozenset({PlanKind.RENEWAL}),
        bonus_days=1,
    )
    assert best_promotion(plan, [matching], CardType.DUAL, TODAY) == matching


@pytest.mark.parametrize(
    ("price", "percent", "off"),
    [
        (8_800, 15, 1_320),
        (9_999, 15, 1_500),
        (1, 50, 1),
        (1, 49, 0),
        (9_999, 100, 9_999),
        (0, 50, 0),
    ],
)
def test_percent_discount_rounds_half_up_on_cents(price: int, percent: int, off: int) -> None:
    offer = promotion("PCT", discount_percent=percent)
    result = quote(renewal("R1", price, 1), line(), TODAY, [offer], RULES)
    assert (result.discount, result.total) == (off, price - off)


@given(
    st.integers(min_value=0, max_value=10_000_000),
    st.integers(min_value=0, max_value=20_000_000),
    st.integers(min_value=0, max_value=100),
    st.booleans(),
)
def test_total_is_list_price_less_discount_and_never_negative(
    price: int, amount: int, percent: int, by_percent: bool
) -> None:
    if by_percent:
        offer = promotion("P", discount_percent=percent, bonus_minutes=1)
        exact = floor(Fraction(price * percent, 100) + Fraction(1, 2))
    else:
        offer = promotion("P", discount=amount, bonus_minutes=1)
        exact = amount
    result = quote(renewal("R1", price, 1), line(), TODAY, [offer], RULES)
    assert result.discount == min(exact, price)
    assert result.total == result.list_price - result.discount >= 0
    assert isinstance(result.total, int)


# --- quotes ------------------------------------------------------------------------------

CATALOGUE = (
    renewal("R12", 16_800, 12),
    renewal("R1", 1_800, 1),
    renewal("R3", 4_800, 3),
    topup("TOP100", 10_000, 10_000),
    data_addon("DATA5G", 6_800, 5 * 1024),
    renewal("R1-3HK", 1_000, 1, carrier="3hk"),
    renewal("R1-DATA", 900, 1, card_types=frozenset({CardType.DATA})),
    renewal("R6-SUMMER", 500, 6, valid_from=date(2026, 6, 1), valid_to=date(2026, 8, 31)),
    renewal("R6-SPRING", 600, 6, valid_from=date(2026, 3, 1), valid_to=date(2026, 5, 9)),
    renewal("R1-OLD", 100, 1, active=False),
)


def codes(quotes: list[Quote]) -> list[str]:
    return [q.plan.code for q in quotes]


def test_current_plan_is_recommended_first() -> None:
    quotes = quotes_for_line(CATALOGUE, line(current_plan="R12"), TODAY, [], RULES)
    assert codes(quotes) == ["R12", "R1", "R3", "TOP100", "DATA5G"]
    assert [q.recommended for q in quotes] == [True, False, False, False, False]


def test_cheapest_renewal_is_recommended_without_a_current_plan() -> None:
    quotes = quotes_for_line(CATALOGUE, line(current_plan="GONE"), TODAY, [], RULES)
    assert codes(quotes) == ["R1", "R3", "R12", "TOP100", "DATA5G"]
    assert sum(q.recommended for q in quotes) == 1


def test_recommendation_uses_the_price_after_promotion_and_prefers_the_longer_period() -> None:
    half = promotion("HALF", plan_codes=frozenset({"R3"}), discount=3_000)
    quotes = quotes_for_line(CATALOGUE, line(), TODAY, [half], RULES)
    assert codes(quotes)[0] == "R3"
    assert quotes[0].total == 1_800
    assert quotes[0].promotion == half


def test_cheapest_plan_is_recommended_when_there_is_no_renewal() -> None:
    plans = [data_addon("DATA5G", 6_800, 5 * 1024), topup("TOP50", 5_000, 5_000)]
    quotes = quotes_for_line(plans, line(), TODAY, [], RULES)
    assert codes(quotes) == ["TOP50", "DATA5G"]
    assert quotes[0].recommended


def test_plans_off_sale_are_left_out() -> None:
    data_line = line(card_type=CardType.DATA)
    assert codes(quotes_for_line(CATALOGUE, data_line, TODAY, [], RULES))[0] == "R1-DATA"
    assert quotes_for_line([], line(), TODAY, [], RULES) == []
    summer = CATALOGUE[7]
    assert not plan_available(summer, "csl", CardType.DUAL, date(2026, 5, 31))
    assert plan_available(summer, "csl", CardType.DUAL, date(2026, 6, 1))
    assert plan_available(summer, "csl", CardType.DUAL, date(2026, 8, 31))
    assert not plan_available(summer, "csl", CardType.DUAL, date(2026, 9, 1))
    for plan in CATALOGUE[5:]:
        with pytest.raises(InputError) as raised:
            quote(plan, line(), TODAY, [], RULES)
        assert raised.value.code == "plan.not_available", plan.code


@pytest.mark.parametrize(
    "facts",
    [
        line(status=LineStatus.RECYCLED),
        line(TODAY - timedelta(days=91)),
        line(TODAY - timedelta(days=31)),
    ],
    ids=["marked-recycled", "past-recycling", "past-grace"],
)
def test_a_lost_line_is_sold_nothing(facts: LineFacts) -> None:
    with pytest.raises(InputError) as raised:
        quotes_for_line(CATALOGUE, facts, TODAY, [], RULES)
    assert raised.value.code == "plan.recycled"
    with pytest.raises(InputError) as raised:
        quote(topup("TOP100", 10_000, 10_000), facts, TODAY, [], RULES)
    assert raised.value.code == "plan.recycled"


def test_an_expired_line_in_grace_renews_from_today_and_cannot_add_data() -> None:
    # The stored status is stale: the dates decide.
    facts = line(TODAY - timedelta(days=30), status=LineStatus.ACTIVE)
    quotes = quotes_for_line(CATALOGUE, facts, TODAY, [], RULES)
    assert codes(quotes) == ["R1", "R3", "R12", "TOP100"]
    assert quotes[0].expires_on_after == date(2026, 6, 10)
    with pytest.raises(InputError) as raised:
        quote(CATALOGUE[4], facts, TODAY, [], RULES)
    assert raised.value.code == "plan.line_expired"


def test_renewal_quote_with_promotion() -> None:
    offer = promotion(
        "CNY",
        name_zh="新春優惠",
        name_en="New Year offer",
        discount_percent=15,
        bonus_data_mb=1_024,
        bonus_days=3,
        bonus_minutes=100,
    )
    plan = renewal("R12", 123_450, 12, data_mb=1_536, minutes=60)
    result = quote(plan, line(date(2026, 9, 30)), TODAY, [offer], RULES)
    assert result.expires_on_before == date(2026, 9, 30)
    assert result.expires_on_after == date(2027, 10, 3)
    assert (result.list_price, result.discount, result.total) == (123_450, 18_518, 104_932)
    assert (result.data_added_mb, result.minutes_added, result.bonus_days) == (2_560, 160, 3)
    assert result.balance_after == result.balance_before
    assert not result.recommended
    assert result.benefits() == (
        ("有效期延至 2027-10-03", "Valid until 2027-10-03"),
        ("數據 +1.5 GB", "Data +1.5 GB"),  # the one data format (format_data)
        ("通話 +60 分鐘", "Voice +60 min"),
        ("贈送數據 +1 GB", "Bonus data +1 GB"),
        ("贈送通話 +100 分鐘", "Bonus voice +100 min"),
        ("贈送有效期 +3 日", "Bonus validity +3 days"),
        ("新春優惠：減 HK$185.18", "New Year offer: HK$185.18 off"),
    )


def test_topup_quote_adds_credit_and_keeps_the_expiry() -> None:
    offer = promotion("DAYS", bonus_days=30)
    plan = topup("TOP1000", 100_000, 123_450)
    result = quote(plan, line(date(2026, 9, 30), balance=50), TODAY, [offer], RULES)
    assert result.promotion == offer
    assert result.bonus_days == 0
    assert result.expires_on_after == result.expires_on_before == date(2026, 9, 30)
    assert (result.balance_before, result.balance_after) == (50, 123_500)
    assert result.benefits() == (
        ("增值 HK$1,234.50", "Credit +HK$1,234.50"),
        ("餘額 HK$1,235.00", "Balance HK$1,235.00"),
    )


def test_data_addon_quote() -> None:
    result = quote(data_addon("DATA5G", 6_800, 5 * 1024), line(), TODAY, [], RULES)
    assert result.benefits() == (("數據 +5 GB", "Data +5 GB"),)
    assert result.expires_on_after == result.expires_on_before


# --- validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: renewal("R1", 18.0, 1), "price"),
        (lambda: renewal("R1", True, 1), "price"),
        (lambda: renewal("R1", -1, 1), "price"),
        (lambda: renewal("R1", 1_800, 0), "months"),
        (lambda: renewal("R1", 1_800, 37), "months"),
        (lambda: renewal("R1", 1_800, 1, credit=100), "credit"),
        (lambda: renewal("", 1_800, 1), "code"),
        (lambda: renewal("R1", 1_800, 1, kind="renewal"), "kind"),
        (lambda: renewal("R1", 1_800, 1, card_types=frozenset()), "card_types"),
        (lambda: renewal("R1", 1_800, 1, valid_from=TODAY, valid_to=date(2026, 5, 9)), "valid_to"),
        (lambda: renewal("R1", 1_800, 1, valid_from=datetime(2026, 1, 1)), "valid_from"),  # noqa: DTZ001
        (lambda: topup("T", 5_000, 0), "credit"),
        (lambda: topup("T", 5_000, 5_000.0), "credit"),
        (lambda: topup("T", 5_000, 5_000, months=1), "months"),
        (lambda: data_addon("D", 5_000, 0), "data_mb"),
        (lambda: data_addon("D", 5_000, 1_024, credit=1), "credit"),
    ],
)
def test_invalid_plans_are_refused(make: Any, field: str) -> None:
    with pytest.raises(InputError) as raised:
        make()
    assert (raised.value.code, raised.value.field) == ("plan.invalid", field)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"discount_percent": 101}, "discount_percent"),
        ({"discount_percent": 10, "discount": 100}, "discount_percent"),
        ({"discount": 100.0}, "discount"),
        ({"bonus_days": -1}, "bonus_days"),
        ({"bonus_days": 1, "priority": 1.5}, "priority"),
        ({"bonus_days": 1, "valid_to": date(2025, 12, 31)}, "valid_to"),
        ({}, ""),
    ],
)
def test_invalid_promotions_are_refused(extra: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as raised:
        promotion("P", **extra)
    assert (raised.value.code, raised.value.field) == ("promotion.invalid", field)


@pytest.mark.parametrize(
    ("mb", "shown"),
    [
        (0, "0 MB"),
        (512, "512 MB"),
        (1_023, "1,023 MB"),
        (1_024, "1 GB"),
        (1_536, "1.5 GB"),
        (1_100, "1.07 GB"),  # 1.0742…: rounded down, never more than there is
        (6_144, "6 GB"),
        (10_240, "10 GB"),
        (1_048_576, "1,024 GB"),
        (-1_536, "-1.5 GB"),
    ],
)
def test_one_data_format_for_every_screen_receipt_and_report(mb: int, shown: str) -> None:
    assert format_data(mb) == shown


def test_data_is_whole_mb_never_a_float() -> None:
    with pytest.raises(TypeError):
        format_data(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_data(True)


@given(st.integers(min_value=1_024, max_value=10**9))
def test_data_shown_in_gb_is_never_more_than_there_is(mb: int) -> None:
    number = Fraction(format_data(mb).removesuffix(" GB").replace(",", ""))
    assert number * 1024 <= mb < (number + Fraction(1, 100)) * 1024
