"""The FPS (轉數快) QR code a customer scans to pay a sale's exact amount.

The payload follows the HKMA / HKICL "Common QR Code Specification" for FPS, an EMVCo
merchant-presented QR code: ID-length-value fields, the FPS account in template 26 under
the GUID ``hk.com.hkicl``, and a CRC-16/CCITT-FALSE over everything before it. The
proxy's sub-tag says what it is: 02 an FPS ID, 03 a mobile number (``+852-XXXXXXXX``),
04 an email address (as Odoo's ``l10n_hk`` and the other open implementations write it).

A code does not tell the shop that money arrived: the clerk still confirms the payment by
the reference the customer's bank app shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.phones import parse_msisdn, region_of
from counter_app.domain.text import clean_input

GUID: Final = "hk.com.hkicl"
DEFAULT_CITY: Final = "Hong Kong"
# HKICL's examples, and the banking apps, use "NA" when no merchant name is given: the payer's
# app shows the name registered for the proxy anyway.
NO_MERCHANT_NAME: Final = "NA"
MAX_MERCHANT_NAME: Final = 25  # EMVCo, ID 59
MAX_CITY: Final = 15  # EMVCo, ID 60
MAX_BILL_NUMBER: Final = 25  # EMVCo, ID 62 sub-ID 05
MAX_AMOUNT_TEXT: Final = 13  # EMVCo, ID 54
_MAX_VALUE: Final = 99  # two digits of length
# Template 26 holds 00 (GUID) and the proxy's own field: what is left for the proxy.
MAX_EMAIL: Final = _MAX_VALUE - (4 + len(GUID)) - 4

_FPS_ID: Final = re.compile(r"[0-9]{7}|[0-9]{9}")
_EMAIL: Final = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
_SEPARATORS: Final = re.compile(r"[ \-]")
# EMVCo allows printable ASCII in 59 and 60; this is the part every banking app shows.
_NAME: Final = re.compile(r"[A-Za-z0-9 .,&'()/\-]*")
NAME_CHARACTERS: Final = "English letters, digits, spaces and . , & ' ( ) / -"


class ProxyKind(StrEnum):
    """What the shop's FPS proxy is; the value is its sub-ID in template 26."""

    FPS_ID = "02"
    MOBILE = "03"
    EMAIL = "04"


@dataclass(frozen=True)
class FpsProxy:
    """The shop's FPS proxy as it goes into the code: ``1234567``, ``+852-91234567``, ..."""

    kind: ProxyKind
    value: str


@dataclass(frozen=True)
class FpsAccount:
    """Where the customer's money goes: the proxy, and the name and city the app shows."""

    proxy: FpsProxy
    merchant_name: str = NO_MERCHANT_NAME
    city: str = DEFAULT_CITY


@dataclass(frozen=True)
class FpsTerms:
    """What a sale's FPS code needs besides its amount: the shop's account (None: the shop
    has set no FPS proxy) and the bill number the code carries as its reference."""

    account: FpsAccount | None
    bill_number: str


# --- the shop's settings ------------------------------------------------------------------


def _proxy_problem(message: str) -> InputError:
    return InputError(message, code=ErrorCode.SETTINGS_FPS_PROXY, field="fps_proxy")


def parse_proxy(text: str) -> FpsProxy | None:
    """The shop's FPS proxy as typed: an FPS ID (7 or 9 digits), a Hong Kong mobile number
    (8 digits, with or without +852), or an email address. None when nothing is typed.

    Raises :class:`InputError` ``settings.fps_proxy`` (``field="fps_proxy"``).
    """
    try:
        cleaned = clean_input(text, field="fps_proxy", max_length=2 * MAX_EMAIL)
    except InputError as exc:
        raise _proxy_problem(str(exc)) from None
    if not cleaned:
        return None
    if "@" in cleaned:
        if not cleaned.isascii() or not _EMAIL.fullmatch(cleaned):
            raise _proxy_problem(f"{cleaned!r} is not an email address.")
        if len(cleaned) > MAX_EMAIL:
            raise _proxy_problem(
                f"An email address in an FPS code has at most {MAX_EMAIL} characters."
            )
        return FpsProxy(ProxyKind.EMAIL, cleaned)
    digits = _SEPARATORS.sub("", cleaned)
    if _FPS_ID.fullmatch(digits):
        return FpsProxy(ProxyKind.FPS_ID, digits)
    looks_like_phone = digits.startswith(("+", "00852")) or len(digits) in (8, 11)
    if looks_like_phone and digits.lstrip("+").isascii() and digits.lstrip("+").isdigit():
        try:
            e164 = parse_msisdn(cleaned, field="fps_proxy")
        except InputError:
            e164 = ""
        if e164 and region_of(e164) == "HK":
            return FpsProxy(ProxyKind.MOBILE, f"+852-{e164[4:]}")
        raise _proxy_problem(f"{cleaned} is not a Hong Kong mobile number.")
    raise _proxy_problem(
        "Type the shop's FPS ID (7 or 9 digits), its Hong Kong mobile number or its email address."
    )


def _name(text: str, *, field: str, code: ErrorCode, max_length: int, what: str) -> str:
    try:
        cleaned = clean_input(text, field=field, max_length=4 * max_length)
    except InputError as exc:
        raise InputError(str(exc), code=code, field=field) from None
    if len(cleaned) > max_length:
        raise InputError(
            f"The {what} has {len(cleaned)} characters; an FPS code allows {max_length}.",
            code=code,
            field=field,
        )
    if not _NAME.fullmatch(cleaned):
        raise InputError(
            f"The {what} has only {NAME_CHARACTERS}: banking apps do not show other "
            "characters here.",
            code=code,
            field=field,
        )
    return cleaned


def parse_merchant_name(text: str) -> str:
    """The merchant name (ID 59) as typed ("" = not set). Raises ``settings.fps_merchant_name``."""
    return _name(
        text,
        field="fps_merchant_name",
        code=ErrorCode.SETTINGS_FPS_MERCHANT_NAME,
        max_length=MAX_MERCHANT_NAME,
        what="merchant name",
    )


def parse_city(text: str) -> str:
    """The merchant city (ID 60) as typed ("" = not set). Raises ``settings.fps_city``."""
    return _name(
        text, field="fps_city", code=ErrorCode.SETTINGS_FPS_CITY, max_length=MAX_CITY, what="city"
    )


def account(proxy: str, merchant_name: str = "", city: str = "") -> FpsAccount | None:
    """The shop's FPS account from its settings as stored, or None when no proxy is set.

    A name or city not set is ``NA`` / Hong Kong. Raises :class:`InputError` for a value
    that is not allowed (the settings are checked when saved, so only a hand edit).
    """
    parsed = parse_proxy(proxy)
    if parsed is None:
        return None
    return FpsAccount(
        parsed,
        parse_merchant_name(merchant_name) or NO_MERCHANT_NAME,
        parse_city(city) or DEFAULT_CITY,
    )


# --- the payload ----------------------------------------------------------------------------


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR)."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _field(tag: str, value: str) -> str:
    if not value.isascii() or len(value) > _MAX_VALUE:
        raise ValueError(f"field {tag} cannot hold {value!r}")
    return f"{tag}{len(value):02d}{value}"


def amount_text(amount_cents: int) -> str:
    """ID 54 for *amount_cents*: ``48.00`` for 4800; from the integer, never through a float."""
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise TypeError("FPS amounts are integer cents")
    if amount_cents <= 0:
        raise ValueError("an FPS code asks for more than HK$0")
    dollars, cents = divmod(amount_cents, 100)
    text = f"{dollars}.{cents:02d}"
    if len(text) > MAX_AMOUNT_TEXT:
        raise ValueError(f"{text} is longer than an FPS code's amount")
    return text


def fps_payload(account: FpsAccount, amount_cents: int, bill_number: str) -> str:
    """The text of the FPS QR code that asks for *amount_cents* HKD, with *bill_number* as
    its reference (ID 62, sub-ID 05; at most 25 characters).

    A dynamic code (ID 01 = 12): made for this one payment.
    """
    if not bill_number or len(bill_number) > MAX_BILL_NUMBER or not _NAME.fullmatch(bill_number):
        raise ValueError(f"{bill_number!r} cannot be an FPS bill number")
    merchant = _field("00", GUID) + _field(account.proxy.kind.value, account.proxy.value)
    body = (
        _field("00", "01")
        + _field("01", "12")
        + _field("26", merchant)
        + _field("52", "0000")
        + _field("53", "344")
        + _field("54", amount_text(amount_cents))
        + _field("58", "HK")
        + _field("59", account.merchant_name)
        + _field("60", account.city)
        + _field("62", _field("05", bill_number))
        + "6304"
    )
    return f"{body}{crc16_ccitt_false(body.encode('ascii')):04X}"


def parse_tlv(text: str) -> list[tuple[str, str]]:
    """The ID-length-value fields of *text*, in order; ValueError if it is not made of them."""
    fields: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        head = text[position : position + 4]
        if len(head) < 4 or not head.isascii() or not head.isdigit():
            raise ValueError(f"no field at position {position} of {text!r}")
        length = int(head[2:])
        value = text[position + 4 : position + 4 + length]
        if len(value) != length:
            raise ValueError(f"field {head[:2]} at position {position} is cut short")
        fields.append((head[:2], value))
        position += 4 + length
    return fields


def bill_number(receipt_no: str | None, sale_uuid: str) -> str:
    """The code's bill number: the receipt number the sale is expected to get, or, when that
    cannot be had or does not fit (25 characters), a short form of the sale's UUID."""
    if receipt_no and len(receipt_no) <= MAX_BILL_NUMBER and _NAME.fullmatch(receipt_no):
        return receipt_no
    return sale_uuid.replace("-", "").upper()[:16]
