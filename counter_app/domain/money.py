"""Money: Hong Kong dollars as whole cents (int), parsed from the clerk's typing and formatted."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Final

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.text import clean_input

MAX_AMOUNT: Final = 10_000_000
"""HK$100,000.00: more than any counter sale, small enough to catch a slipped finger."""

# "HK$ 100,000.00" is 14 characters; leave room for spaces, not for essays.
_MAX_TEXT_LENGTH: Final = 32

_MINUS_SIGNS: Final = ("-", "\u2212")
_CURRENCY_SYMBOLS: Final = ("HK$", "HKD", "$")
_NOT_A_NUMBER: Final = re.compile(r"[+-]?(?:s?nan[0-9]*|inf(?:inity)?)", re.IGNORECASE)
_EXPONENT: Final = re.compile(r"[0-9.,]*[0-9][0-9.,]*e[+-]?[0-9]+", re.IGNORECASE)
_LOOSE_NUMBER: Final = re.compile(r"(?P<whole>[0-9,]*)(?:\.(?P<fraction>[0-9]*))?")
# Commas only between groups of three, so that "1,00" (a mistyped 1.00?) is not read as 100.
_WHOLE_WITH_COMMAS: Final = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]*")


def parse_money(
    text: str,
    *,
    field: str = "amount",
    maximum: int = MAX_AMOUNT,
    allow_zero: bool = True,
) -> int:
    """Return the amount the clerk typed, in cents.

    Accepts "100", "１００", "100.5", "100.50", "$100", "HK$ 1,000.00" (commas between
    thousands only). Raises :class:`InputError` with code ``money.empty``,
    ``money.digits`` (digits other than 0-9, e.g. Arabic-Indic), ``money.not_a_number``
    (NaN, Infinity), ``money.exponent`` ("1e3"), ``money.format``, ``money.decimals``
    (more than 2), ``money.negative``, ``money.zero`` (when ``allow_zero`` is false),
    ``money.too_large`` (above ``maximum`` cents), or one of the ``text.*`` codes of
    :func:`~counter_app.domain.text.clean_input`.

    Raises :class:`TypeError` for anything but ``str``: a float has already lost cents.
    """
    cleaned = clean_input(text, field=field, max_length=_MAX_TEXT_LENGTH)
    negative, number = _strip_sign_and_currency(cleaned)
    if not number:
        raise InputError(
            "Type an amount, e.g. 100 or 100.50.", code=ErrorCode.MONEY_EMPTY, field=field
        )
    _refuse_what_is_not_a_plain_number(number, field)
    whole, fraction = _split(number, field)
    if negative:
        raise InputError(
            "The amount cannot be negative: type it without a minus sign.",
            code=ErrorCode.MONEY_NEGATIVE,
            field=field,
        )
    # Decimal reads the digits exactly; the comparison and the scaling by 100 stay exact
    # because the amount has at most 2 decimals and is no larger than the maximum.
    amount = Decimal(f"{whole or '0'}.{fraction or '0'}")
    if amount > Decimal(maximum).scaleb(-2):
        raise InputError(
            f"The amount is too large: at most {format_money(maximum)} is accepted here.",
            code=ErrorCode.MONEY_TOO_LARGE,
            field=field,
            params={"maximum": format_money(maximum, symbol=False)},
        )
    result = int(amount.scaleb(2))
    if result == 0 and not allow_zero:
        raise InputError(
            "The amount must be more than HK$0.00.", code=ErrorCode.MONEY_ZERO, field=field
        )
    return result


def _strip_sign_and_currency(text: str) -> tuple[bool, str]:
    """Whether a minus sign came before or after "HK$", and the number that follows."""
    negative = False
    if text.startswith(_MINUS_SIGNS):
        negative, text = True, text[1:].lstrip()
    upper = text.upper()
    for symbol in _CURRENCY_SYMBOLS:
        if upper.startswith(symbol):
            text = text[len(symbol) :].lstrip()
            break
    if text.startswith(_MINUS_SIGNS):
        negative, text = True, text[1:].lstrip()
    return negative, text


def _refuse_what_is_not_a_plain_number(number: str, field: str) -> None:
    for character in number:
        # NFKC maps full-width digits to 0-9 but leaves other scripts' digits alone.
        if not character.isascii() and unicodedata.numeric(character, None) is not None:
            raise InputError(
                f"The amount contains the character {character!r}: use the digits 0-9.",
                code=ErrorCode.MONEY_DIGITS,
                field=field,
            )
    if _NOT_A_NUMBER.fullmatch(number):
        raise InputError(
            f"{number!r} is not an amount: type digits, e.g. 100.50.",
            code=ErrorCode.MONEY_NOT_A_NUMBER,
            field=field,
        )
    if _EXPONENT.fullmatch(number):
        raise InputError(
            "Type the amount in full, without an exponent (e.g. 1000, not 1e3).",
            code=ErrorCode.MONEY_EXPONENT,
            field=field,
        )


def _split(number: str, field: str) -> tuple[str, str]:
    """The whole part without commas and the decimals of a number like "1,000.50"."""
    loose = _LOOSE_NUMBER.fullmatch(number)
    if loose is None or not re.search("[0-9]", number):
        raise InputError(
            "Type the amount as digits with at most one decimal point, e.g. 1000 or 1,000.50.",
            code=ErrorCode.MONEY_FORMAT,
            field=field,
        )
    whole, fraction = loose["whole"], loose["fraction"] or ""
    if not _WHOLE_WITH_COMMAS.fullmatch(whole):
        raise InputError(
            "Commas may only separate thousands, e.g. 1,000.50.",
            code=ErrorCode.MONEY_FORMAT,
            field=field,
        )
    if len(fraction) > 2:
        raise InputError(
            "An amount has at most 2 decimals (cents), e.g. 100.50.",
            code=ErrorCode.MONEY_DECIMALS,
            field=field,
        )
    return whole.replace(",", ""), fraction


def format_money(cents: int, *, symbol: bool = True) -> str:
    """ "HK$1,234.50" (or "1,234.50" without the symbol); a negative amount is "-HK$5.00".

    Raises :class:`TypeError` for a bool or float: money is never either.
    """
    _require_int(cents, "cents")
    sign = "-" if cents < 0 else ""
    dollars, remainder = divmod(abs(cents), 100)
    return f"{sign}{'HK$' if symbol else ''}{dollars:,}.{remainder:02d}"


def cents(dollars: int) -> int:
    """Whole dollars in cents, for plan prices and tests: ``cents(100) == 10_000``."""
    _require_int(dollars, "dollars")
    return dollars * 100


def _require_int(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
