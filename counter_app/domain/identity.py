"""Identity documents for SIM real-name registration, and SIM serial numbers (ICCID)."""

from __future__ import annotations

import hashlib
import hmac
import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from stdnum import luhn, numdb

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.text import clean_input


class IdType(StrEnum):
    """The documents a customer can show; the values are stored, so never change them."""

    HKID = "hkid"
    CN_RESIDENT_ID = "cn_ric"
    """Mainland Resident Identity Card, and the HK/Macao/Taiwan residents' residence permits
    (居住證) that share its numbering."""
    MO_RESIDENT_ID = "mo_id"
    EXIT_ENTRY_PERMIT = "eep"
    HOME_RETURN_PERMIT = "hrp"
    PASSPORT = "passport"


ID_TYPE_NAMES: Final[dict[IdType, tuple[str, str]]] = {
    IdType.HKID: ("香港身份證", "HKID card"),
    IdType.CN_RESIDENT_ID: ("內地居民身份證／居住證", "Mainland Resident ID / Residence Permit"),
    IdType.MO_RESIDENT_ID: ("澳門居民身份證", "Macao Resident ID card"),
    IdType.EXIT_ENTRY_PERMIT: ("往來港澳通行證", "Exit-Entry Permit to HK and Macao"),
    IdType.HOME_RETURN_PERMIT: ("回鄉證", "Home Return Permit"),
    IdType.PASSPORT: ("護照", "Passport"),
}
"""Each document's name in Traditional Chinese and in English, for pickers and messages."""

MASK: Final = "•"

# Long enough for "Ａ１２３４５６（７）" with spaces; anything longer is not a document number.
_MAX_TEXT_LENGTH: Final = 40
_SEPARATORS: Final = re.compile(r"[ \-]")

_HKID: Final = re.compile(
    r"(?P<letters>[A-Z]{1,2})(?P<digits>[0-9]{6})(?:\((?P<bracketed>[0-9A])\)|(?P<check>[0-9A]))"
)
_HKID_WEIGHTS: Final = (9, 8, 7, 6, 5, 4, 3, 2)
# A one-letter HKID is weighed as if it had a leading space, which counts 36.
_HKID_SPACE_VALUE: Final = 36

_CN_RIC: Final = re.compile(r"[0-9]{17}[0-9X]")
_CN_RIC_WEIGHTS: Final = tuple(2 ** (17 - position) % 11 for position in range(17))
# Residence permits for Hong Kong, Macao and Taiwan residents (居住證, since 2018) use these
# region codes; python-stdnum does not know Taiwan's and refuses the others for anyone born
# before 1997 (Hong Kong) or 1999 (Macao).
_RESIDENCE_PERMIT_REGIONS: Final = frozenset({"810000", "820000", "830000"})
_EARLIEST_BIRTH_YEAR: Final = 1900

# As printed on the card ("1/234567/8") or as commonly written ("1234567(8)").
_MO_ID: Final = re.compile(
    r"(?P<first>[157])/?(?P<digits>[0-9]{6})(?:\((?P<bracketed>[0-9])\)|/?(?P<check>[0-9]))"
)
_EXIT_ENTRY_PERMIT: Final = re.compile(r"C[0-9A-HJ-NP-Z][0-9]{7}")
_HOME_RETURN_PERMIT: Final = re.compile(r"(?P<number>[HM][0-9]{8})(?:[0-9]{2}|\([0-9]{2}\))?")
_PASSPORT: Final = re.compile(r"(?=[A-Z]*[0-9])[A-Z0-9]{5,9}")

# ISO 3166-1 alpha-3, the issuing country of a passport (HKSAR passports are "CHN").
_ISO_COUNTRY_CODES: Final = """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
    BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
    CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU
    EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
    GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL
    ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
    LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR
    MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
    PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
    SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
    TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM
    VUT WLF WSM YEM ZAF ZMB ZWE
"""
_ISO_COUNTRIES: Final = frozenset(_ISO_COUNTRY_CODES.split())

_MIN_KEY_BYTES: Final = 16
# The identity hash's cost: 4 MiB and about 10 ms a hash on a counter PC, so an identity
# check stays far below the 100 ms a click may take, and an import of 10,000 lines spends
# about 2 minutes hashing (benchmarks/hkid_recovery.py measures what an attacker pays).
ID_HASH_SCRYPT_N: Final = 2**12
ID_HASH_SCRYPT_R: Final = 8
ID_HASH_SCRYPT_P: Final = 1


@dataclass(frozen=True, repr=False)
class IdentityDocument:
    """A checked document number, normalised; build it with :func:`parse_document`.

    The number is personal data: ``repr()`` shows only :attr:`masked`, so it cannot leak
    into a log or a traceback by accident. ``country`` is set for passports only.
    """

    id_type: IdType
    number: str
    country: str = ""

    @property
    def masked(self) -> str:
        """The number with at most its letters or first character shown, for screens and lists.

        - HKID: the letters, "A••••••(•)", "AB••••••(•)".
        - Mainland RIC / residence permit (18): nothing, "••••••••••••••••••" (the date of
          birth is in the customer's row, so the rest would leave too few numbers to try).
        - Macao ID (8): the first digit, "1••••••(•)".
        - Exit-Entry Permit, Home Return Permit: the first letter, "C••••••••".
        - Passport: its country only, "GBR •••••••••".

        Never the end and never the check digit: with the installation secret, every digit
        shown divides the numbers to try by 10 (see benchmarks/hkid_recovery.py).
        """
        return _mask(self.id_type, self.number, self.country)

    def keyed_hash(self, key: bytes) -> str:
        """The hex identity hash under the shop's secret ``key``, to match a document
        without storing its number: :func:`slow_id_hash` of the HMAC-SHA256 of the
        message.

        The message is the UTF-8 of ``f"{id_type.value}|{country}|{number}"`` with the
        normalised number, e.g. ``"hkid||A1234563"`` or ``"passport|GBR|123456789"``, so
        every way of typing the same document gives the same hash.
        Raises :class:`ValueError` if the key is shorter than 16 bytes (a setup error).
        """
        if len(key) < _MIN_KEY_BYTES:
            raise ValueError(f"the identity hash key must have at least {_MIN_KEY_BYTES} bytes")
        message = f"{self.id_type.value}|{self.country}|{self.number}".encode()
        return slow_id_hash(key, hmac.new(key, message, hashlib.sha256).hexdigest())

    def __repr__(self) -> str:
        return f"IdentityDocument(id_type={self.id_type.value!r}, masked={self.masked!r})"


def slow_id_hash(key: bytes, hmac_hex: str) -> str:
    """scrypt (N=2**12, r=8, p=1: 4 MiB, about 10 ms) of an ID number's HMAC-SHA256 under
    *key*, salted with *key*: the identity hash stored since schema 0007.

    The HMAC alone (the hash before 0007) costs 3 µs, so anyone with the secret file could
    try every number a mask leaves; this makes each try cost 10 ms too. It also turns a
    stored HMAC into the new hash without the number, which is how existing databases are
    upgraded.
    """
    digest = hashlib.scrypt(
        bytes.fromhex(hmac_hex),
        salt=key,
        n=ID_HASH_SCRYPT_N,
        r=ID_HASH_SCRYPT_R,
        p=ID_HASH_SCRYPT_P,
        dklen=32,
    )
    return digest.hex()


def remask(id_type: str, masked: str) -> str:
    """A masked number stored by an older version, showing only what
    :attr:`IdentityDocument.masked` shows now ("A123•••(•)" → "A••••••(•)"); "" stays ""
    (an erased identity).

    Older masks show at least as many leading characters as the current one, so no
    character shown is made up.
    """
    if not masked:
        return ""
    country, _space, shown = masked.rpartition(" ")
    characters = shown.replace("(", "").replace(")", "")
    try:
        kind = IdType(id_type)
    except ValueError:
        return MASK * len(characters)
    return _mask(kind, characters, country)


def _mask(id_type: IdType, number: str, country: str) -> str:
    if id_type is IdType.HKID:
        shown = len(number) - len(number.lstrip(string.ascii_uppercase))
    elif id_type in {IdType.CN_RESIDENT_ID, IdType.PASSPORT}:
        shown = 0
    else:
        shown = 1
    if id_type in {IdType.HKID, IdType.MO_RESIDENT_ID}:
        return f"{number[:shown]}{MASK * (len(number) - shown - 1)}({MASK})"
    hidden = f"{number[:shown]}{MASK * (len(number) - shown)}"
    return f"{country} {hidden}" if country else hidden


def parse_document(
    id_type: IdType | str, text: str, *, country: str = "", today: date
) -> IdentityDocument:
    """Check a document number as typed or scanned and return it normalised.

    Full-width characters, lower case, spaces and hyphens are fine, and so are the
    brackets around a check digit ("A123456(3)"). ``country`` (ISO 3166-1 alpha-3) is
    needed for a passport and ignored for the other documents, which name their issuer.
    Raises :class:`InputError` with code ``id.type``, ``id.empty``, a ``text.*`` code, or
    ``id.<type>.format`` and, where the document has them, ``id.hkid.check_digit``,
    ``id.cn_ric.check_digit``, ``id.cn_ric.birth_date``, ``id.cn_ric.birth_future`` (born
    after *today*, Hong Kong's date), ``id.cn_ric.region`` and ``id.passport.country``.
    """
    kind = _id_type(id_type)
    field = kind.value
    cleaned = clean_input(text, field=field, max_length=_MAX_TEXT_LENGTH)
    number = _SEPARATORS.sub("", cleaned.upper())
    if not number:
        raise InputError(
            f"Type the number of the {ID_TYPE_NAMES[kind][1]}.",
            code=ErrorCode.ID_EMPTY,
            field=field,
        )
    if kind is IdType.PASSPORT:
        return IdentityDocument(kind, _passport(number), _passport_country(country))
    if kind is IdType.CN_RESIDENT_ID:
        return IdentityDocument(kind, _cn_resident_id(number, today))
    checks = {
        IdType.HKID: _hkid,
        IdType.MO_RESIDENT_ID: _macao_id,
        IdType.EXIT_ENTRY_PERMIT: _exit_entry_permit,
        IdType.HOME_RETURN_PERMIT: _home_return_permit,
    }
    return IdentityDocument(kind, checks[kind](number))


def _id_type(id_type: IdType | str) -> IdType:
    if isinstance(id_type, IdType):
        return id_type
    try:
        return IdType(str(id_type).strip().lower())
    except ValueError:
        raise InputError(
            "Choose the kind of document: "
            + ", ".join(english for _chinese, english in ID_TYPE_NAMES.values())
            + ".",
            code=ErrorCode.ID_TYPE,
            field="id_type",
        ) from None


def hkid_check_digit(letters: str, digits: str) -> str:
    """The check digit of an HKID with these 1 or 2 letters and 6 digits: "0"-"9" or "A".

    Letters count A=10 … Z=35 and a missing first letter 36; the 8 values are weighed
    9, 8, … 2 and the check digit is (11 - sum mod 11) mod 11, with 10 written "A".
    """
    values = [_HKID_SPACE_VALUE] * (2 - len(letters))
    values += [ord(letter) - ord("A") + 10 for letter in letters]
    values += [int(digit) for digit in digits]
    total = sum(weight * value for weight, value in zip(_HKID_WEIGHTS, values, strict=True))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def _hkid(number: str) -> str:
    match = _HKID.fullmatch(number)
    if match is None:
        raise InputError(
            "An HKID number is 1 or 2 letters, 6 digits and a check digit (0-9 or A), "
            "e.g. A123456(3).",
            code=ErrorCode.ID_HKID_FORMAT,
            field=IdType.HKID.value,
        )
    letters, digits = match["letters"], match["digits"]
    typed = match["bracketed"] or match["check"]
    if typed != hkid_check_digit(letters, digits):
        raise InputError(
            "The HKID check digit (in brackets) does not match the number: check each "
            "character against the card.",
            code=ErrorCode.ID_HKID_CHECK_DIGIT,
            field=IdType.HKID.value,
        )
    return f"{letters}{digits}{typed}"


def _cn_resident_id_check_digit(first_17: str) -> str:
    """The ISO 7064 MOD 11-2 check digit of a mainland ID number: "0"-"9" or "X"."""
    total = sum(
        weight * int(digit) for weight, digit in zip(_CN_RIC_WEIGHTS, first_17, strict=True)
    )
    check = (12 - total % 11) % 11
    return "X" if check == 10 else str(check)


def _cn_resident_id(number: str, today: date) -> str:
    field = IdType.CN_RESIDENT_ID.value
    if not _CN_RIC.fullmatch(number):
        raise InputError(
            "A mainland ID number is 18 characters: 17 digits and a check digit (0-9 or X).",
            code=ErrorCode.ID_CN_RIC_FORMAT,
            field=field,
        )
    if number[-1] != _cn_resident_id_check_digit(number[:17]):
        raise InputError(
            "The last character (check digit) does not match the mainland ID number: check "
            "each digit against the card.",
            code=ErrorCode.ID_CN_RIC_CHECK_DIGIT,
            field=field,
        )
    born = _birth_date(number[6:14])
    if born is None:
        raise InputError(
            "Characters 7 to 14 of a mainland ID number are the date of birth (YYYYMMDD); "
            "these are not a real date of birth.",
            code=ErrorCode.ID_CN_RIC_BIRTH_DATE,
            field=field,
        )
    if born > today:
        raise InputError(
            "Characters 7 to 14 of a mainland ID number are the date of birth (YYYYMMDD); "
            "this one is after today: check each digit against the card.",
            code=ErrorCode.ID_CN_RIC_BIRTH_FUTURE,
            field=field,
        )
    # python-stdnum's own validate() is not used: it refuses a county code for anyone born
    # before the county got it (but the code is where the card was issued, so an older
    # customer's can be younger), and it fails with KeyError on a province-only code.
    if number[:6] not in _RESIDENCE_PERMIT_REGIONS and not _region_ever_existed(number[:6]):
        raise InputError(
            "The first 6 digits of a mainland ID number are the place of registration; "
            "these are not a known region code.",
            code=ErrorCode.ID_CN_RIC_REGION,
            field=field,
        )
    return number


def _birth_date(yyyymmdd: str) -> date | None:
    # A year before 1900 is a typing mistake.
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        return None
    return born if born.year >= _EARLIEST_BIRTH_YEAR else None


def _region_ever_existed(region: str) -> bool:
    """Whether python-stdnum's table of mainland region codes has ever listed this county."""
    return any("county" in names for _digits, names in numdb.get("cn/loc").info(region))


def _macao_id(number: str) -> str:
    # The check digit's algorithm is not published, so only the shape can be checked.
    match = _MO_ID.fullmatch(number)
    if match is None:
        raise InputError(
            "A Macao ID number is 1, 5 or 7, 6 digits and a check digit, e.g. 1234567(8).",
            code=ErrorCode.ID_MO_ID_FORMAT,
            field=IdType.MO_RESIDENT_ID.value,
        )
    return f"{match['first']}{match['digits']}{match['bracketed'] or match['check']}"


def _exit_entry_permit(number: str) -> str:
    if not _EXIT_ENTRY_PERMIT.fullmatch(number):
        raise InputError(
            "An Exit-Entry Permit number is C and 8 more characters: a digit or letter, "
            "then 7 digits, e.g. C12345678.",
            code=ErrorCode.ID_EEP_FORMAT,
            field=IdType.EXIT_ENTRY_PERMIT.value,
        )
    return number


def _home_return_permit(number: str) -> str:
    match = _HOME_RETURN_PERMIT.fullmatch(number)
    if match is None:
        raise InputError(
            "A Home Return Permit number is H or M and 8 digits (older permits add 2 more), "
            "e.g. H12345678.",
            code=ErrorCode.ID_HRP_FORMAT,
            field=IdType.HOME_RETURN_PERMIT.value,
        )
    # The 2 extra digits of older permits count renewals; the person is the first 9.
    return match["number"]


def _passport(number: str) -> str:
    # Every passport numbering in use has a digit; all letters is a name in the wrong box.
    if not _PASSPORT.fullmatch(number):
        raise InputError(
            "A passport number is 5 to 9 letters and digits, with at least one digit.",
            code=ErrorCode.ID_PASSPORT_FORMAT,
            field=IdType.PASSPORT.value,
        )
    return number


def _passport_country(country: str) -> str:
    code = clean_input(country, field="country", max_length=_MAX_TEXT_LENGTH).upper()
    if code not in _ISO_COUNTRIES:
        raise InputError(
            "Choose the country that issued the passport (its 3-letter code, e.g. CHN for "
            "a Chinese or HKSAR passport, GBR, PHL).",
            code=ErrorCode.ID_PASSPORT_COUNTRY,
            field="country",
        )
    return code


_ICCID_MAX_TEXT_LENGTH: Final = 40
_ICCID: Final = re.compile(r"89[0-9]{17,18}")
_ICCID_TYPING: Final = re.compile(r"[\s\-]")


def parse_iccid(text: str, *, field: str = "iccid") -> str:
    """Return the SIM serial number (ICCID) the clerk typed or scanned, digits only.

    19 or 20 digits starting with 89 (telecom) and a valid Luhn check digit. Raises
    :class:`InputError` with code ``iccid.empty``, ``iccid.format``, ``iccid.check_digit``
    or a ``text.*`` code.
    """
    cleaned = clean_input(text, field=field, max_length=_ICCID_MAX_TEXT_LENGTH)
    iccid = _ICCID_TYPING.sub("", cleaned)
    if not iccid:
        raise InputError(
            "Type or scan the SIM card's serial number (ICCID).",
            code=ErrorCode.ICCID_EMPTY,
            field=field,
        )
    if not _ICCID.fullmatch(iccid):
        raise InputError(
            "A SIM serial number (ICCID) is 19 or 20 digits starting with 89.",
            code=ErrorCode.ICCID_FORMAT,
            field=field,
        )
    if luhn.checksum(iccid) != 0:
        raise InputError(
            "The last digit of the SIM serial number (ICCID) does not match the others: "
            "scan it again or check each digit.",
            code=ErrorCode.ICCID_CHECK_DIGIT,
            field=field,
        )
    return iccid


def mask_iccid(iccid: str) -> str:
    """The ICCID from :func:`parse_iccid` with only its first 6 and last 4 digits shown."""
    if not _ICCID.fullmatch(iccid):
        raise InputError(
            "Expected an ICCID as stored by the counter: 19 or 20 digits starting with 89.",
            code=ErrorCode.ICCID_FORMAT,
            field="iccid",
        )
    return f"{iccid[:6]}{MASK * (len(iccid) - 10)}{iccid[-4:]}"


def looks_like_iccid(text: str) -> bool:
    """Whether the search box holds an ICCID rather than a phone number or a name (cheap)."""
    if len(text) > _ICCID_MAX_TEXT_LENGTH:
        return False
    compact = _ICCID_TYPING.sub("", unicodedata.normalize("NFKC", text))
    return _ICCID.fullmatch(compact) is not None


# Numbers that must never sit in a free-text field (a reason, an outcome, a reference):
# an HKID or a mainland ID with a valid check digit, a 13-19 digit card number that passes
# the Luhn check. Spaces, dashes and brackets inside are how people type them.
_HKID_IN_TEXT: Final = re.compile(
    r"(?<![A-Z])([A-Z]{1,2})\s?(\d{6})\s?\(?\s?([0-9A])\s?\)?(?![0-9A-Z])"
)
_CN_RIC_IN_TEXT: Final = re.compile(r"(?<!\d)(\d{17}[\dX])(?![\dX])")
_CARD_IN_TEXT: Final = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")


def personal_number_in(text: str) -> str:
    """ "id" when *text* holds an identity document number, "card" when it holds a card
    number, "" when neither (what looks like one but fails its check digit is not one)."""
    upper = text.upper()
    for match in _HKID_IN_TEXT.finditer(upper):
        if hkid_check_digit(match[1], match[2]) == match[3]:
            return "id"
    for match in _CN_RIC_IN_TEXT.finditer(upper):
        if _cn_resident_id_check_digit(match[1][:17]) == match[1][17]:
            return "id"
    for match in _CARD_IN_TEXT.finditer(upper):
        if luhn.is_valid(re.sub(r"[ -]", "", match[0])):
            return "card"
    return ""
