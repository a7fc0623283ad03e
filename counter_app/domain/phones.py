"""Mobile numbers (MSISDN) of Hong Kong, Macau and the mainland: parsed to E.164 and shown."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal, NoReturn

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberDesc, PhoneNumberType

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.text import clean_input

Region = Literal["HK", "MO", "CN"]

_REGION_NAMES: Final[dict[Region, str]] = {
    "HK": "Hong Kong",
    "MO": "Macau",
    "CN": "mainland China",
}
_COUNTRY_CODES: Final[dict[Region, str]] = {"HK": "852", "MO": "853", "CN": "86"}
# Longest first: "86" must not swallow the start of a number that is not mainland.
_REGIONS_BY_CODE: Final[tuple[tuple[str, Region], ...]] = (
    ("852", "HK"),
    ("853", "MO"),
    ("86", "CN"),
)
_E164: Final = re.compile(r"\+(?:(?P<hk>852[0-9]{8})|(?P<mo>853[0-9]{8})|(?P<cn>861[0-9]{10}))")

# "+86 (138) 0013-8000" is 19 characters; a little room for spaces.
_MAX_TEXT_LENGTH: Final = 32
_SEPARATORS: Final = re.compile(r"[ \-().]")
_DIALLED: Final = re.compile(r"\+?[0-9]+")
_MOBILE_TYPES: Final = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
# Types phonenumbers checks before fixed line and mobile; a match there is never a mobile.
_SPECIAL_TYPES: Final = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)


def parse_msisdn(text: str, *, field: str = "msisdn") -> str:
    """Return the mobile number the clerk typed as E.164, e.g. "+85291234567".

    Eight digits are a Hong Kong number and eleven digits starting with 1 a mainland one;
    anything else needs its country code, typed as "+853", "00853" or "853". Spaces,
    hyphens, brackets, dots and full-width digits are fine. Raises :class:`InputError` with
    code ``phone.empty``, ``phone.digits`` (digits other than 0-9), ``phone.format`` (other
    characters), ``phone.region`` (not +852, +853 or +86), ``phone.invalid`` (no such
    number), ``phone.not_mobile`` (fixed line, pager, ...), or a ``text.*`` code.
    """
    cleaned = clean_input(text, field=field, max_length=_MAX_TEXT_LENGTH)
    if not cleaned:
        raise InputError(
            "Type a mobile number, e.g. 9123 4567 or +86 138 0013 8000.",
            code=ErrorCode.PHONE_EMPTY,
            field=field,
        )
    dialled = _SEPARATORS.sub("", cleaned)
    if not _DIALLED.fullmatch(dialled):
        _refuse_other_digits(dialled, field)
        raise InputError(
            "A phone number has only digits, spaces, hyphens, brackets and a leading +, "
            "e.g. +852 9123 4567.",
            code=ErrorCode.PHONE_FORMAT,
            field=field,
        )
    region, national = _split_country_code(dialled, field)
    if _fast_rules[region].is_mobile(national):
        return f"+{_COUNTRY_CODES[region]}{national}"
    return _ask_phonenumbers(region, national, field)


def _refuse_other_digits(dialled: str, field: str) -> None:
    for character in dialled:
        # NFKC maps full-width digits to 0-9 but leaves other scripts' digits alone.
        if not character.isascii() and unicodedata.numeric(character, None) is not None:
            raise InputError(
                f"The number contains the character {character!r}: use the digits 0-9.",
                code=ErrorCode.PHONE_DIGITS,
                field=field,
            )


def _split_country_code(dialled: str, field: str) -> tuple[Region, str]:
    if dialled.startswith("+"):
        international = dialled[1:]
    elif dialled.startswith("00"):
        international = dialled[2:]
    elif len(dialled) == 8:
        return "HK", dialled
    elif len(dialled) == 11 and dialled.startswith("1"):
        return "CN", dialled
    elif (len(dialled) == 11 and dialled.startswith(("852", "853"))) or (
        len(dialled) == 13 and dialled.startswith("861")
    ):
        international = dialled
    else:
        raise InputError(
            "This is not a mobile number of Hong Kong (8 digits), Macau (+853 and 8 digits) "
            "or the mainland (11 digits starting with 1); check the number of digits.",
            code=ErrorCode.PHONE_INVALID,
            field=field,
        )
    for code, region in _REGIONS_BY_CODE:
        if international.startswith(code):
            return region, international[len(code) :]
    _refuse_other_country(international, field)


def _refuse_other_country(international: str, field: str) -> NoReturn:
    try:
        number = phonenumbers.parse(f"+{international}", None)
    except phonenumbers.NumberParseException as error:
        raise InputError(
            "No country has this country code; check the number.",
            code=ErrorCode.PHONE_INVALID,
            field=field,
        ) from error
    raise InputError(
        f"Only Hong Kong (+852), Macau (+853) and mainland China (+86) numbers can be served "
        f"here; this is a +{number.country_code} number.",
        code=ErrorCode.PHONE_REGION,
        field=field,
    )


def _ask_phonenumbers(region: Region, national: str, field: str) -> str:
    """The full check, for what the fast rules did not recognise as a mobile number."""
    place = _REGION_NAMES[region]
    e164 = f"+{_COUNTRY_CODES[region]}{national}"
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as error:
        raise _no_such_number(place, field) from error
    if (
        not phonenumbers.is_valid_number(number)
        or phonenumbers.region_code_for_number(number) != region
    ):
        raise _no_such_number(place, field)
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise InputError(
            f"This is a {place} fixed-line or service number, not a mobile number.",
            code=ErrorCode.PHONE_NOT_MOBILE,
            field=field,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _no_such_number(place: str, field: str) -> InputError:
    return InputError(
        f"There is no {place} mobile number like this; check the digits.",
        code=ErrorCode.PHONE_INVALID,
        field=field,
    )


@dataclass(frozen=True)
class _FastRules:
    """phonenumbers' own patterns for one region, compiled once.

    phonenumbers takes about 50 µs to parse and classify a number; these answer "mobile"
    in a few µs, and only when phonenumbers would too. Anything they do not recognise goes
    to phonenumbers for the full verdict and its error message.
    """

    valid: re.Pattern[str]
    valid_lengths: tuple[int, ...]
    mobile: re.Pattern[str]
    mobile_lengths: tuple[int, ...]
    special: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, region: Region) -> _FastRules:
        metadata = PhoneMetadata.metadata_for_region(region)
        if metadata is None or metadata.general_desc is None or metadata.mobile is None:
            raise RuntimeError(f"phonenumbers has no mobile metadata for {region}")
        special = (getattr(metadata, name) for name in _SPECIAL_TYPES)
        return cls(
            valid=_compile(metadata.general_desc),
            valid_lengths=metadata.general_desc.possible_length,
            mobile=_compile(metadata.mobile),
            mobile_lengths=metadata.mobile.possible_length,
            special=tuple(_compile(desc) for desc in special if _has_pattern(desc)),
        )

    def is_mobile(self, national: str) -> bool:
        return (
            len(national) in self.valid_lengths
            and len(national) in self.mobile_lengths
            and self.valid.fullmatch(national) is not None
            and self.mobile.fullmatch(national) is not None
            and not any(pattern.fullmatch(national) for pattern in self.special)
        )


def _has_pattern(desc: PhoneNumberDesc | None) -> bool:
    return desc is not None and desc.national_number_pattern is not None


def _compile(desc: PhoneNumberDesc) -> re.Pattern[str]:
    return re.compile(desc.national_number_pattern or "(?!)")


_fast_rules: Final[dict[Region, _FastRules]] = {
    region: _FastRules.of(region) for region in _COUNTRY_CODES
}


def region_of(e164: str) -> Region:
    """Where a number from :func:`parse_msisdn` belongs: "HK", "MO" or "CN"."""
    match = _E164.fullmatch(e164)
    if match is None:
        raise _not_e164()
    if match["hk"]:
        return "HK"
    if match["mo"]:
        return "MO"
    return "CN"


def format_msisdn(e164: str) -> str:
    """The number grouped for the screen: "+852 9123 4567", "+86 138 0013 8000"."""
    region = region_of(e164)
    code = _COUNTRY_CODES[region]
    national = e164[1 + len(code) :]
    if region == "CN":
        return f"+{code} {national[:3]} {national[3:7]} {national[7:]}"
    return f"+{code} {national[:4]} {national[4:]}"


def mask_msisdn(e164: str) -> str:
    """The number for receipts, with the digits that identify the customer hidden.

    Hong Kong and Macau (8 digits): the first 4 and the last 2 are kept,
    "+852 9123 ••67". Mainland (11 digits): the first 5 (the carrier's prefix and
    the area) and the last 2 are kept, grouped 3-4-4, "+86 138 00•• ••00". The customer
    can still recognise their number; a stranger reading the receipt cannot call it.
    """
    region = region_of(e164)
    code = _COUNTRY_CODES[region]
    national = e164[1 + len(code) :]
    if region == "CN":
        return f"+{code} {national[:3]} {national[3:5]}•• ••{national[9:]}"
    return f"+{code} {national[:4]} ••{national[6:]}"


def _not_e164() -> InputError:
    return InputError(
        "Expected a mobile number in E.164 form as stored by the counter, "
        "e.g. +85291234567, +85366123456 or +8613800138000.",
        code=ErrorCode.PHONE_E164,
        field="msisdn",
    )
