"""The FPS QR code's payload (domain.fps), checked against an independent CRC and public codes."""

from __future__ import annotations

import binascii

import pytest

from counter_app.domain import fps
from counter_app.domain.errors import InputError
from counter_app.domain.fps import FpsAccount, FpsProxy, ProxyKind

# A code from Odoo's l10n_hk tests (static, mobile proxy, reference INV/TEST/0001) and one
# from a bank's FPS test (dynamic, FPS ID 6000509, HK$10.50, bill number HKTEST...).
ODOO_CODE = (
    "00020101021226330012hk.com.hkicl0313+852-6789123452040000530334454031005802HK"
    "5914company_1_data6002HK62170513INV/TEST/00016304A154"
)
BANK_TEST_CODE = (
    "00020101021226320012hk.com.hkicl0207600050906011520400005303344540510.505802HK"
    "5902NA6002HK62270523HKTEST202103190606259626304BCD1"
)


def crc(text: str) -> str:
    """The CRC by the standard library's CRC-CCITT (XMODEM table), started at 0xFFFF."""
    return f"{binascii.crc_hqx(text.encode('ascii'), 0xFFFF):04X}"


def fields(payload: str) -> dict[str, str]:
    parsed = fps.parse_tlv(payload)
    tags = [tag for tag, _value in parsed]
    assert len(tags) == len(set(tags)), tags
    return dict(parsed)


def test_the_independent_crc_is_crc16_ccitt_false() -> None:
    assert binascii.crc_hqx(b"123456789", 0xFFFF) == 0x29B1
    assert fps.crc16_ccitt_false(b"123456789") == 0x29B1
    assert fps.crc16_ccitt_false(b"") == 0xFFFF


@pytest.mark.parametrize("code", [ODOO_CODE, BANK_TEST_CODE])
def test_published_codes_parse_and_their_crc_checks(code: str) -> None:
    assert code[-8:-4] == "6304"
    assert crc(code[:-4]) == code[-4:]
    assert f"{fps.crc16_ccitt_false(code[:-4].encode()):04X}" == code[-4:]
    parsed = fields(code)
    assert dict(fps.parse_tlv(parsed["26"]))["00"] == "hk.com.hkicl"


def test_a_mobile_proxy_is_written_as_odoo_writes_it() -> None:
    # Odoo's number is not one phonenumbers knows as a mobile, so the proxy is given as made.
    mobile = FpsProxy(ProxyKind.MOBILE, "+852-67891234")
    account = FpsAccount(mobile, "company_1_data", "HK")
    payload = fields(fps.fps_payload(account, 10_000, "INV/TEST/0001"))
    odoo = fields(ODOO_CODE)
    for tag in ("00", "26", "52", "53", "58", "59", "60", "62"):
        assert payload[tag] == odoo[tag], tag
    assert (payload["01"], payload["54"]) == ("12", "100.00")


def test_an_fps_id_code_matches_the_bank_test_code() -> None:
    account = FpsAccount(fps.parse_proxy("6000509") or pytest.fail(), "NA", "HK")
    payload = fields(fps.fps_payload(account, 1_050, "HKTEST20210319060625962"))
    bank = fields(BANK_TEST_CODE)
    for tag in ("00", "01", "52", "53", "54", "58", "59", "60", "62"):
        assert payload[tag] == bank[tag], tag
    ours, theirs = dict(fps.parse_tlv(payload["26"])), dict(fps.parse_tlv(bank["26"]))
    assert (
        ours
        == {"00": theirs["00"], "02": theirs["02"]}
        == {
            "00": "hk.com.hkicl",
            "02": "6000509",
        }
    )


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("1234567", ProxyKind.FPS_ID, "1234567"),
        (" 123-456-789 ", ProxyKind.FPS_ID, "123456789"),
        ("9123 4567", ProxyKind.MOBILE, "+852-91234567"),
        ("+852 9123-4567", ProxyKind.MOBILE, "+852-91234567"),
        ("85291234567", ProxyKind.MOBILE, "+852-91234567"),
        ("９１２３４５６７", ProxyKind.MOBILE, "+852-91234567"),
        ("pay@demo-shop.hk", ProxyKind.EMAIL, "pay@demo-shop.hk"),
    ],
)
def test_each_proxy_kind_goes_under_its_own_sub_id(typed: str, kind: ProxyKind, value: str) -> None:
    proxy = fps.parse_proxy(typed)
    assert proxy == FpsProxy(kind, value)
    payload = fps.fps_payload(FpsAccount(proxy), 4_800, "DEMO-C1-000001")
    template = fps.parse_tlv(fields(payload)["26"])
    assert template == [("00", "hk.com.hkicl"), (kind.value, value)]
    assert {ProxyKind.FPS_ID: "02", ProxyKind.MOBILE: "03", ProxyKind.EMAIL: "04"}[kind] == (
        template[1][0]
    )


def test_the_whole_payload_of_a_48_dollar_sale() -> None:
    account = fps.account("+852 9123 4567", "Demo Mobile Shop", "")
    assert account is not None
    payload = fps.fps_payload(account, 4_800, "DEMO-C1-000007")
    assert fps.parse_tlv(payload) == [
        ("00", "01"),
        ("01", "12"),
        ("26", "0012hk.com.hkicl0313+852-91234567"),
        ("52", "0000"),
        ("53", "344"),
        ("54", "48.00"),
        ("58", "HK"),
        ("59", "Demo Mobile Shop"),
        ("60", "Hong Kong"),
        ("62", "0514DEMO-C1-000007"),
        ("63", crc(payload[:-4])),
    ]
    assert payload[:-4].endswith("6304")
    # Every length is the value's own, so a field added or cut shows up here.
    assert sum(4 + len(value) for _tag, value in fps.parse_tlv(payload)) == len(payload)


@pytest.mark.parametrize(
    ("cents", "text"),
    [(1, "0.01"), (5, "0.05"), (10, "0.10"), (4_800, "48.00"), (123_456, "1234.56")],
)
def test_the_amount_is_formatted_from_integer_cents(cents: int, text: str) -> None:
    assert fps.amount_text(cents) == text
    payload = fps.fps_payload(FpsAccount(FpsProxy(ProxyKind.FPS_ID, "1234567")), cents, "R1")
    assert fields(payload)["54"] == text


def test_the_largest_amount_fits_thirteen_characters() -> None:
    assert fps.amount_text(999_999_999_999) == "9999999999.99"
    with pytest.raises(ValueError, match="longer"):
        fps.amount_text(1_000_000_000_000)


@pytest.mark.parametrize("amount", [4.8, 48.0, True, "48.00"])
def test_an_amount_that_is_not_int_cents_is_a_bug(amount: object) -> None:
    with pytest.raises(TypeError):
        fps.amount_text(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [0, -100])
def test_no_code_asks_for_nothing(amount: int) -> None:
    with pytest.raises(ValueError, match="more than"):
        fps.amount_text(amount)


@pytest.mark.parametrize("bill", ["", "X" * 26, "單號123"])
def test_a_bill_number_must_fit_field_62_05(bill: str) -> None:
    account = FpsAccount(FpsProxy(ProxyKind.FPS_ID, "1234567"))
    with pytest.raises(ValueError, match="bill number"):
        fps.fps_payload(account, 100, bill)


def test_the_bill_number_is_the_receipt_number_or_a_short_uuid() -> None:
    uuid = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
    assert fps.bill_number("DEMO-C1-000123", uuid) == "DEMO-C1-000123"
    for unusable in (None, "", "LONGSHOPCODE0001-COUNTER000001-000001"):
        short = fps.bill_number(unusable, uuid)
        assert short == "0F1E2D3C4B5A6978"
        assert len(short) <= fps.MAX_BILL_NUMBER


@pytest.mark.parametrize(
    "typed",
    [
        "12",  # too short for anything
        "123456",
        "12345678",  # 8 digits: a mobile, but not a Hong Kong one
        "2345 6789",  # a fixed line
        "+86 138 0013 8000",
        "+853 6612 3456",
        "1234567890",
        "a@b",
        "shop@",
        "店@example.com",
        "FPS1234567",
        "x" * 70 + "@example.com",
        "pay\u200b@demo.hk",
    ],
)
def test_a_proxy_that_is_none_of_the_three_is_refused_by_its_field(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        fps.parse_proxy(typed)
    assert (caught.value.code, caught.value.field) == ("settings.fps_proxy", "fps_proxy")
    assert str(caught.value)


def test_no_proxy_means_no_account() -> None:
    assert fps.parse_proxy("  ") is None
    assert fps.account("", "Demo Mobile Shop", "Kowloon") is None


def test_an_unset_name_and_city_have_defaults() -> None:
    account = fps.account("1234567")
    assert account == FpsAccount(FpsProxy(ProxyKind.FPS_ID, "1234567"), "NA", "Hong Kong")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Demo Mobile Shop Limited Co", "27 characters"),
        ("示範電訊", "English letters"),
        ("Demo Shop!", "English letters"),
        ("Demo\tShop", "control"),
    ],
)
def test_a_merchant_name_that_banking_apps_refuse_is_named(name: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as caught:
        fps.parse_merchant_name(name)
    assert (caught.value.code, caught.value.field) == (
        "settings.fps_merchant_name",
        "fps_merchant_name",
    )


def test_a_merchant_name_and_city_at_their_limits_are_kept() -> None:
    assert fps.parse_merchant_name(" A&B Mobile (TST) 1/F-2. ") == "A&B Mobile (TST) 1/F-2."
    assert fps.parse_merchant_name("N" * 25) == "N" * 25
    assert fps.parse_city("Tsim Sha Tsui 1") == "Tsim Sha Tsui 1"
    with pytest.raises(InputError) as caught:
        fps.parse_city("Tsim Sha Tsui 12")
    assert (caught.value.code, caught.value.field) == ("settings.fps_city", "fps_city")


def test_the_longest_email_still_fits_template_26() -> None:
    email = "p" * (fps.MAX_EMAIL - len("@shop.hk")) + "@shop.hk"
    proxy = fps.parse_proxy(email)
    assert proxy is not None
    payload = fps.fps_payload(FpsAccount(proxy), 100, "R1")
    assert len(fields(payload)["26"]) == 99
    with pytest.raises(InputError):
        fps.parse_proxy("p" + email)


def test_the_tlv_parser_refuses_what_is_cut_short() -> None:
    with pytest.raises(ValueError, match="cut short"):
        fps.parse_tlv("000201" + "0105ab")
    with pytest.raises(ValueError, match="no field"):
        fps.parse_tlv("0002010x")
