"""Money: parsing what the clerk types into cents, and formatting cents for people."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app.domain.errors import InputError
from counter_app.domain.money import MAX_AMOUNT, cents, format_money, parse_money

quick = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def code_of(text: str, **options: int | bool) -> str:
    with pytest.raises(InputError) as caught:
        parse_money(text, **options)  # type: ignore[arg-type]
    assert caught.value.field == "amount"
    return caught.value.code


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("100", 10_000),
        ("１００", 10_000),
        ("100.5", 10_050),
        ("100.50", 10_050),
        ("HK$100.50", 10_050),
        ("hk$100.50", 10_050),
        ("$100", 10_000),
        ("＄１００．５０", 10_050),
        ("HK$ 1,000.00", 100_000),
        ("HKD 1,000", 100_000),
        ("12,345.67", 1_234_567),
        ("  100  ", 10_000),
        (".5", 50),
        ("100.", 10_000),
        ("0", 0),
        ("0.00", 0),
        ("007", 700),
        ("100000", MAX_AMOUNT),
        ("100,000.00", MAX_AMOUNT),
    ],
)
def test_accepts_how_clerks_type_amounts(typed: str, expected: int) -> None:
    assert parse_money(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "money.empty"),
        ("   ", "money.empty"),
        ("HK$", "money.empty"),
        ("NaN", "money.not_a_number"),
        ("nan", "money.not_a_number"),
        ("sNaN", "money.not_a_number"),
        ("Infinity", "money.not_a_number"),
        ("inf", "money.not_a_number"),
        ("-inf", "money.not_a_number"),
        ("HK$inf", "money.not_a_number"),
        ("1e3", "money.exponent"),
        ("1E3", "money.exponent"),
        ("1.5e-2", "money.exponent"),
        ("1e+3", "money.exponent"),
        ("١٠٠", "money.digits"),
        ("۱۰۰", "money.digits"),
        ("१००", "money.digits"),
        ("10٠", "money.digits"),
        ("一百", "money.digits"),
        ("100.123", "money.decimals"),
        ("0.001", "money.decimals"),
        ("100.500", "money.decimals"),
        ("-5", "money.negative"),
        ("-HK$5.00", "money.negative"),
        ("HK$-5", "money.negative"),
        ("\u22125", "money.negative"),
        ("-0", "money.negative"),
        ("100000.01", "money.too_large"),
        ("999999999999999999999999999999", "money.too_large"),
        ("1,00", "money.format"),
        ("1,0000", "money.format"),
        ("10,00.00", "money.format"),
        (",100", "money.format"),
        ("0,100", "money.format"),
        ("1 000", "money.format"),
        ("1.2.3", "money.format"),
        (".", "money.format"),
        ("abc", "money.format"),
        ("100HKD", "money.format"),
        ("100元", "money.format"),
        ("+100", "money.format"),
        ("0x10", "money.format"),
        ("1_000", "money.format"),
        ("(5.00)", "money.format"),
        ("US$100", "money.format"),
    ],
)
def test_refuses_with_a_specific_code(typed: str, code: str) -> None:
    assert code_of(typed) == code


def test_zero_can_be_refused() -> None:
    assert code_of("0.00", allow_zero=False) == "money.zero"
    assert parse_money("0.01", allow_zero=False) == 1


def test_the_maximum_can_be_lowered() -> None:
    assert parse_money("500", maximum=50_000) == 50_000
    assert code_of("500.01", maximum=50_000) == "money.too_large"
    with pytest.raises(InputError, match=r"at most HK\$500\.00"):
        parse_money("501", maximum=50_000)


def test_the_field_is_named() -> None:
    with pytest.raises(InputError) as caught:
        parse_money("abc", field="tendered")
    assert caught.value.field == "tendered"


@pytest.mark.parametrize("value", [100.5, 100, Decimal("100"), b"100", None])
def test_only_text_is_parsed(value: object) -> None:
    with pytest.raises(TypeError):
        parse_money(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "with_symbol", "without_symbol"),
    [
        (0, "HK$0.00", "0.00"),
        (5, "HK$0.05", "0.05"),
        (123_450, "HK$1,234.50", "1,234.50"),
        (MAX_AMOUNT, "HK$100,000.00", "100,000.00"),
        (-500, "-HK$5.00", "-5.00"),
        (-123_456_789, "-HK$1,234,567.89", "-1,234,567.89"),
    ],
)
def test_format_money(amount: int, with_symbol: str, without_symbol: str) -> None:
    assert format_money(amount) == with_symbol
    assert format_money(amount, symbol=False) == without_symbol


@pytest.mark.parametrize("value", [True, False, 1.5, 100.0, Decimal("1.50"), "100"])
def test_format_money_refuses_what_is_not_cents(value: object) -> None:
    with pytest.raises(TypeError):
        format_money(value)  # type: ignore[arg-type]


def test_cents() -> None:
    assert cents(100) == 10_000
    assert cents(0) == 0
    with pytest.raises(TypeError):
        cents(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cents(True)


@quick
@given(amount=st.integers(min_value=0, max_value=MAX_AMOUNT), symbol=st.booleans())
def test_format_then_parse_gives_the_same_cents(amount: int, symbol: bool) -> None:
    assert parse_money(format_money(amount, symbol=symbol)) == amount


@quick
@given(
    amount=st.one_of(
        *(
            st.decimals(min_value=0, max_value=Decimal(MAX_AMOUNT) / 100, places=places)
            for places in (0, 1, 2)
        )
    )
)
def test_any_amount_with_at_most_two_decimals_parses_exactly(amount: Decimal) -> None:
    amount = abs(amount)  # never "-0.00"
    assert parse_money(f"{amount:f}") == int(amount * 100)


@quick
@given(
    whole=st.integers(min_value=0, max_value=MAX_AMOUNT // 100),
    decimals=st.text(alphabet="0123456789", min_size=3, max_size=12),
    symbol=st.sampled_from(["", "$", "HK$", "HK$ "]),
)
def test_more_than_two_decimals_is_always_refused(whole: int, decimals: str, symbol: str) -> None:
    assert code_of(f"{symbol}{whole:,}.{decimals}") == "money.decimals"


@quick
@given(amount=st.integers(min_value=MAX_AMOUNT + 1, max_value=10**20))
def test_anything_above_the_maximum_is_refused(amount: int) -> None:
    assert code_of(format_money(amount)) == "money.too_large"
