"""Mobile numbers: every common way of typing one, the regions served, grouping and masking."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app.domain.errors import InputError
from counter_app.domain.phones import (
    Region,
    format_msisdn,
    mask_msisdn,
    parse_msisdn,
    region_of,
)

quick = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

HK = "+85291234567"
MO = "+85366123456"
CN = "+8613800138000"


def code_of(text: str) -> str:
    with pytest.raises(InputError) as caught:
        parse_msisdn(text)
    assert caught.value.field == "msisdn"
    return caught.value.code


def phonenumbers_says_mobile(e164: str) -> bool:
    """The reference verdict: phonenumbers' full parse, validation and type."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("9123 4567", HK),
        ("9123-4567", HK),
        ("91234567", HK),
        ("+852 9123 4567", HK),
        ("+85291234567", HK),
        ("852 91234567", HK),
        ("00852 9123 4567", HK),
        ("(852) 9123-4567", HK),
        ("+852-9123-4567", HK),
        ("９１２３ ４５６７", HK),
        ("＋８５２ ９１２３ ４５６７", HK),
        ("91234567\r\n", HK),
        ("5123 4567", "+85251234567"),
        ("6612 3456", "+85266123456"),
        ("+853 6612 3456", MO),
        ("00853 6612 3456", MO),
        ("853 66123456", MO),
        ("13800138000", CN),
        ("138 0013 8000", CN),
        ("+86 138 0013 8000", CN),
        ("0086 138 0013 8000", CN),
        ("86 13800138000", CN),
        ("+86 (138) 0013-8000", CN),
    ],
)
def test_accepts_every_common_way_of_typing(typed: str, e164: str) -> None:
    assert parse_msisdn(typed) == e164


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone.empty"),
        ("   ", "phone.empty"),
        ("٩١٢٣٤٥٦٧", "phone.digits"),
        ("9123 456٧", "phone.digits"),
        ("9123 4567 ext 1", "phone.format"),
        ("+852 9123 4567 #", "phone.format"),
        ("1-800-FLOWERS", "phone.format"),
        ("9123+4567", "phone.format"),
        ("+", "phone.format"),
        ("+1 212 555 0123", "phone.region"),
        ("+44 7911 123456", "phone.region"),
        ("0044 7911 123456", "phone.region"),
        ("+886 912 345 678", "phone.region"),
        ("+999 1234 5678", "phone.invalid"),
        ("12345", "phone.invalid"),
        ("912345678", "phone.invalid"),
        ("+852 9123 456", "phone.invalid"),
        ("+852 9123 45678", "phone.invalid"),
        ("+86 2380 0138 000", "phone.invalid"),
        ("7123 4567", "phone.invalid"),
        ("2123 4567", "phone.not_mobile"),
        ("3123 4567", "phone.not_mobile"),
        ("8123 4567", "phone.not_mobile"),
        ("+853 2882 1234", "phone.not_mobile"),
        ("+86 10 1234 5678", "phone.not_mobile"),
    ],
)
def test_refuses_with_a_specific_code(typed: str, code: str) -> None:
    assert code_of(typed) == code


def test_the_field_is_named() -> None:
    with pytest.raises(InputError) as caught:
        parse_msisdn("12345", field="secondary_msisdn")
    assert caught.value.field == "secondary_msisdn"


@pytest.mark.parametrize(
    ("e164", "region", "grouped", "masked"),
    [
        (HK, "HK", "+852 9123 4567", "+852 9123 ••67"),
        (MO, "MO", "+853 6612 3456", "+853 6612 ••56"),
        (CN, "CN", "+86 138 0013 8000", "+86 138 00•• ••00"),
        ("+8615912345678", "CN", "+86 159 1234 5678", "+86 159 12•• ••78"),
    ],
)
def test_region_grouping_and_mask(e164: str, region: Region, grouped: str, masked: str) -> None:
    assert region_of(e164) == region
    assert format_msisdn(e164) == grouped
    assert mask_msisdn(e164) == masked


@pytest.mark.parametrize("e164", ["91234567", "+852 9123 4567", "+8529123456", "+12125550123", ""])
def test_only_stored_e164_numbers_are_shown(e164: str) -> None:
    for show in (region_of, format_msisdn, mask_msisdn):
        with pytest.raises(InputError) as caught:
            show(e164)
        assert caught.value.code == "phone.e164"


def test_grouping_agrees_with_phonenumbers() -> None:
    for e164 in (HK, MO, CN, "+85247123456", "+8617400012345"):
        number = phonenumbers.parse(e164, None)
        international = phonenumbers.PhoneNumberFormat.INTERNATIONAL
        assert format_msisdn(e164) == phonenumbers.format_number(number, international)


eight_digits = st.text(alphabet="0123456789", min_size=8, max_size=8)
mainland_digits = st.text(alphabet="0123456789", min_size=10, max_size=10).map(lambda d: f"1{d}")


@quick
@given(national=eight_digits)
def test_hong_kong_numbers_follow_phonenumbers_verdict(national: str) -> None:
    # The fast rules must never accept what phonenumbers refuses, nor refuse what it accepts.
    for typed in (national, f"+852{national}"):
        try:
            accepted = parse_msisdn(typed) == f"+852{national}"
        except InputError:
            accepted = False
        assert accepted == phonenumbers_says_mobile(f"+852{national}")


@quick
@given(national=eight_digits)
def test_macau_numbers_follow_phonenumbers_verdict(national: str) -> None:
    try:
        accepted = parse_msisdn(f"+853 {national}") == f"+853{national}"
    except InputError:
        accepted = False
    assert accepted == phonenumbers_says_mobile(f"+853{national}")


@quick
@given(national=mainland_digits)
def test_mainland_numbers_follow_phonenumbers_verdict(national: str) -> None:
    try:
        accepted = parse_msisdn(national) == f"+86{national}"
    except InputError:
        accepted = False
    assert accepted == phonenumbers_says_mobile(f"+86{national}")


@quick
@given(national=eight_digits)
def test_every_accepted_number_can_be_shown(national: str) -> None:
    try:
        e164 = parse_msisdn(national)
    except InputError:
        return
    assert format_msisdn(e164).replace(" ", "") == e164
    masked = mask_msisdn(e164)
    assert masked.count("•") == 2
    assert national[:4] in masked
