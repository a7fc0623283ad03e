"""Identity documents and ICCIDs: formats, check digits, masking, keyed hashes, no leaks."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import luhn, numdb
from stdnum.cn import ric

from counter_app.domain.errors import InputError
from counter_app.domain.identity import (
    ID_TYPE_NAMES,
    MASK,
    IdentityDocument,
    IdType,
    looks_like_iccid,
    mask_iccid,
    parse_document,
    parse_iccid,
    remask,
    slow_id_hash,
)

quick = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

KEY = b"k" * 32
TODAY = date(2026, 11, 21)
OTHER_KEY = b"o" * 32
FULL_WIDTH = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ()",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ（）",
)


def code_of(id_type: IdType | str, text: str, country: str = "") -> str:
    with pytest.raises(InputError) as caught:
        parse_document(id_type, text, country=country, today=TODAY)
    return caught.value.code


# --- independent reference implementations, straight from the published rules --------------


def hkid_check(prefix: str, digits: str) -> str:
    """HKID: a space counts 36, A-Z count 10-35; weights 9..2; 11 - sum mod 11; 10 is A."""
    padded = prefix.rjust(2)
    values = [36 if c == " " else ord(c) - 55 for c in padded] + [int(d) for d in digits]
    remainder = sum(w * v for w, v in zip(range(9, 1, -1), values, strict=True)) % 11
    return {0: "0", 1: "A"}.get(remainder, str(11 - remainder))


def cn_check(first_17: str) -> str:
    """ISO 7064 MOD 11-2 as GB 11643 prints it: weights 2^(17-i) mod 11, table 10X98765432."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first_17))
    return "10X98765432"[total % 11]


# --- HKID ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        # Checked by hand: A123456 -> 36*9 + 10*8 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2 = 481,
        # 481 mod 11 = 8, 11 - 8 = 3.
        ("A123456(3)", "A1234563"),
        # G=16: 324 + 128 + 7 + 12 + 15 + 16 + 15 + 12 = 529, mod 11 = 1, 11 - 1 = 10 -> A.
        ("G123456(A)", "G123456A"),
        # C=12: 324 + 96 + 42 + 36 + 40 + 24 + 18 + 16 = 596, mod 11 = 2, 11 - 2 = 9.
        ("C668668(9)", "C6686689"),
        # A=10, B=11: 90 + 88 + 63 + 48 + 35 + 24 + 15 + 8 = 371, mod 11 = 8, 11 - 8 = 3.
        ("AB987654(3)", "AB9876543"),
        # Z=35: 324 + 280 + 42 + 48 + 15 + 12 + 18 + 10 = 749, mod 11 = 1, 11 - 1 = 10 -> A.
        ("Z683365(A)", "Z683365A"),
        ("A1234563", "A1234563"),
        ("a123456(3)", "A1234563"),
        ("A 123456 (3)", "A1234563"),
        ("A-123456-3", "A1234563"),
        ("Ａ１２３４５６（３）", "A1234563"),
        ("  A123456(3)\r\n", "A1234563"),
    ],
)
def test_hkid_accepted(typed: str, number: str) -> None:
    document = parse_document(IdType.HKID, typed, today=TODAY)
    assert document == IdentityDocument(IdType.HKID, number)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("C668668(E)", "id.hkid.format"),
        ("A123456(4)", "id.hkid.check_digit"),
        ("G123456(0)", "id.hkid.check_digit"),
        ("A123456(3", "id.hkid.format"),
        ("A123456)3(", "id.hkid.format"),
        ("A12345(3)", "id.hkid.format"),
        ("A1234567(3)", "id.hkid.format"),
        ("ABC123456(3)", "id.hkid.format"),
        ("1234567(3)", "id.hkid.format"),
        ("A123456((3))", "id.hkid.format"),
        ("", "id.empty"),
    ],
)
def test_hkid_refused(typed: str, code: str) -> None:
    assert code_of(IdType.HKID, typed) == code


hkid_parts = st.tuples(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=2),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
)


@quick
@given(parts=hkid_parts, brackets=st.booleans(), full_width=st.booleans(), lower=st.booleans())
def test_any_valid_hkid_parses_however_it_is_typed(
    parts: tuple[str, str], brackets: bool, full_width: bool, lower: bool
) -> None:
    prefix, digits = parts
    check = hkid_check(prefix, digits)
    typed = f"{prefix}{digits}({check})" if brackets else f"{prefix}{digits}{check}"
    if full_width:
        typed = typed.translate(FULL_WIDTH)
    if lower:
        typed = typed.lower()
    document = parse_document("hkid", typed, today=TODAY)
    assert document.number == f"{prefix}{digits}{check}"


@quick
@given(parts=hkid_parts, wrong=st.sampled_from("0123456789A"))
def test_any_other_hkid_check_digit_fails(parts: tuple[str, str], wrong: str) -> None:
    prefix, digits = parts
    if wrong == hkid_check(prefix, digits):
        wrong = "A" if wrong == "0" else "0"
    assert code_of(IdType.HKID, f"{prefix}{digits}({wrong})") == "id.hkid.check_digit"


# --- Mainland Resident ID and residence permits ---------------------------------------------


def cn_number(region: str, born: date, sequence: int) -> str:
    first_17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first_17 + cn_check(first_17)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),
        ("110105 19491231 002X", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
        # Shenzhen's code dates from 1983; an older customer's card still carries it.
        (cn_number("440301", date(1950, 5, 1), 12), cn_number("440301", date(1950, 5, 1), 12)),
    ],
)
def test_mainland_id_accepted(typed: str, number: str) -> None:
    assert parse_document(IdType.CN_RESIDENT_ID, typed, today=TODAY).number == number


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("110105194912310021", "id.cn_ric.check_digit"),
        ("11010519491231002", "id.cn_ric.format"),
        ("11010519491231002XX", "id.cn_ric.format"),
        ("X10105194912310021", "id.cn_ric.format"),
        ("1101051949123100A1", "id.cn_ric.format"),
        (cn_number("110105", date(1949, 12, 31), 2)[:-1] + "Y", "id.cn_ric.format"),
        ("110105194913310" + "00" + cn_check("11010519491331000"), "id.cn_ric.birth_date"),
        ("110105194902300" + "00" + cn_check("11010519490230000"), "id.cn_ric.birth_date"),
        ("110105189912310" + "00" + cn_check("11010518991231000"), "id.cn_ric.birth_date"),
        (cn_number("990000", date(1990, 1, 1), 1), "id.cn_ric.region"),
        (cn_number("119999", date(1990, 1, 1), 1), "id.cn_ric.region"),
    ],
)
def test_mainland_id_refused(typed: str, code: str) -> None:
    assert code_of(IdType.CN_RESIDENT_ID, typed) == code


@pytest.mark.parametrize(
    "born", [TODAY + timedelta(days=1), date(2030, 1, 1), date(2099, 12, 31)], ids=str
)
def test_a_mainland_id_born_after_today_is_refused(born: date) -> None:
    number = cn_number("110105", born, 1)
    with pytest.raises(InputError) as refused:
        parse_document(IdType.CN_RESIDENT_ID, number, today=TODAY)
    assert refused.value.code == "id.cn_ric.birth_future"
    assert number not in str(refused.value)


def test_a_mainland_id_born_today_is_accepted_and_tomorrow_too_a_day_later() -> None:
    number = cn_number("110105", TODAY, 1)
    assert parse_document(IdType.CN_RESIDENT_ID, number, today=TODAY).number == number
    tomorrow = cn_number("110105", TODAY + timedelta(days=1), 1)
    later = TODAY + timedelta(days=1)
    assert parse_document(IdType.CN_RESIDENT_ID, tomorrow, today=later).number == tomorrow


cn_regions = st.sampled_from(["110105", "310101", "110101", "810000", "820000", "830000"])
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31))
sequences = st.integers(min_value=0, max_value=999)


@quick
@given(region=cn_regions, born=birth_dates, sequence=sequences)
def test_any_valid_mainland_id_or_residence_permit_parses(
    region: str, born: date, sequence: int
) -> None:
    number = cn_number(region, born, sequence)
    assert number[-1] == ric.calc_check_digit(number)
    assert parse_document(IdType.CN_RESIDENT_ID, number, today=TODAY).number == number


@quick
@given(
    region=cn_regions, born=birth_dates, sequence=sequences, wrong=st.sampled_from("0123456789X")
)
def test_any_other_mainland_check_digit_fails(
    region: str, born: date, sequence: int, wrong: str
) -> None:
    number = cn_number(region, born, sequence)
    if wrong == number[-1]:
        wrong = "X" if wrong == "0" else "0"
    assert code_of(IdType.CN_RESIDENT_ID, number[:-1] + wrong) == "id.cn_ric.check_digit"


def stdnum_accepts(number: str) -> bool:
    try:
        return ric.is_valid(number)
    except KeyError:  # python-stdnum fails this way on a province-only region code
        return False


@quick
@given(
    region=st.from_regex(r"[1-6][0-9]{5}", fullmatch=True),
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
    sequence=sequences,
)
def test_whatever_python_stdnum_accepts_is_accepted(region: str, born: date, sequence: int) -> None:
    number = cn_number(region, born, sequence)
    try:
        parse_document(IdType.CN_RESIDENT_ID, number, today=TODAY)
    except InputError as error:
        assert error.code == "id.cn_ric.region"
        assert not stdnum_accepts(number)


# --- Macao ID, Exit-Entry Permit, Home Return Permit, passport -------------------------------


@pytest.mark.parametrize(
    ("id_type", "typed", "number"),
    [
        (IdType.MO_RESIDENT_ID, "1234567(8)", "12345678"),
        (IdType.MO_RESIDENT_ID, "5234567(0)", "52345670"),
        (IdType.MO_RESIDENT_ID, "7234567 (1)", "72345671"),
        (IdType.MO_RESIDENT_ID, "1/234567/8", "12345678"),
        (IdType.MO_RESIDENT_ID, "12345678", "12345678"),
        (IdType.MO_RESIDENT_ID, "１２３４５６７（８）", "12345678"),
        (IdType.EXIT_ENTRY_PERMIT, "C12345678", "C12345678"),
        (IdType.EXIT_ENTRY_PERMIT, "c 1234 5678", "C12345678"),
        (IdType.EXIT_ENTRY_PERMIT, "CA1234567", "CA1234567"),
        (IdType.EXIT_ENTRY_PERMIT, "CZ7654321", "CZ7654321"),
        (IdType.HOME_RETURN_PERMIT, "H12345678", "H12345678"),
        (IdType.HOME_RETURN_PERMIT, "M12345678", "M12345678"),
        (IdType.HOME_RETURN_PERMIT, "H1234567801", "H12345678"),
        (IdType.HOME_RETURN_PERMIT, "H12345678(01)", "H12345678"),
        (IdType.HOME_RETURN_PERMIT, "ｈ１２３４５６７８", "H12345678"),
        (IdType.PASSPORT, "K12345678", "K12345678"),
        (IdType.PASSPORT, "123456789", "123456789"),
        (IdType.PASSPORT, "e1234", "E1234"),
        (IdType.PASSPORT, "AB 12 34 56", "AB123456"),
    ],
)
def test_other_documents_accepted(id_type: IdType, typed: str, number: str) -> None:
    country = "GBR" if id_type is IdType.PASSPORT else ""
    assert parse_document(id_type, typed, country=country, today=TODAY).number == number


@pytest.mark.parametrize(
    ("id_type", "typed", "code"),
    [
        (IdType.MO_RESIDENT_ID, "2234567(8)", "id.mo_id.format"),
        (IdType.MO_RESIDENT_ID, "123456(7)", "id.mo_id.format"),
        (IdType.MO_RESIDENT_ID, "1234567(A)", "id.mo_id.format"),
        (IdType.MO_RESIDENT_ID, "1234567(8", "id.mo_id.format"),
        (IdType.EXIT_ENTRY_PERMIT, "C1234567", "id.eep.format"),
        (IdType.EXIT_ENTRY_PERMIT, "C123456789", "id.eep.format"),
        (IdType.EXIT_ENTRY_PERMIT, "CI1234567", "id.eep.format"),
        (IdType.EXIT_ENTRY_PERMIT, "CO1234567", "id.eep.format"),
        (IdType.EXIT_ENTRY_PERMIT, "D12345678", "id.eep.format"),
        (IdType.EXIT_ENTRY_PERMIT, "CA123456A", "id.eep.format"),
        (IdType.HOME_RETURN_PERMIT, "H1234567", "id.hrp.format"),
        (IdType.HOME_RETURN_PERMIT, "H123456789", "id.hrp.format"),
        (IdType.HOME_RETURN_PERMIT, "A12345678", "id.hrp.format"),
        (IdType.HOME_RETURN_PERMIT, "H123456780A", "id.hrp.format"),
        (IdType.PASSPORT, "K123", "id.passport.format"),
        (IdType.PASSPORT, "K123456789", "id.passport.format"),
        (IdType.PASSPORT, "CHANTAIMAN", "id.passport.format"),
        (IdType.PASSPORT, "ABCDE", "id.passport.format"),
        (IdType.PASSPORT, "K1234/567", "id.passport.format"),
    ],
)
def test_other_documents_refused(id_type: IdType, typed: str, code: str) -> None:
    country = "GBR" if id_type is IdType.PASSPORT else ""
    assert code_of(id_type, typed, country) == code


@pytest.mark.parametrize(
    ("country", "normalised"), [("CHN", "CHN"), ("gbr", "GBR"), (" ＰＨＬ ", "PHL"), ("HKG", "HKG")]
)
def test_passport_country(country: str, normalised: str) -> None:
    document = parse_document(IdType.PASSPORT, "K12345678", country=country, today=TODAY)
    assert document.country == normalised


@pytest.mark.parametrize("country", ["", "XYZ", "GB", "D", "D<<", "UNK", "CHINA", "C H N"])
def test_passport_country_refused(country: str) -> None:
    assert code_of(IdType.PASSPORT, "K12345678", country) == "id.passport.country"


def test_country_is_only_kept_for_passports() -> None:
    assert parse_document(IdType.HKID, "A123456(3)", country="CHN", today=TODAY).country == ""


@pytest.mark.parametrize("id_type", ["HKID", "hkid", " Passport ", IdType.PASSPORT])
def test_id_type_by_value(id_type: str) -> None:
    parse_document(
        id_type, "K12345678" if "ass" in id_type.lower() else "A1234563", country="GBR", today=TODAY
    )


@pytest.mark.parametrize("id_type", ["", "driving_licence", "HKID card", "1' OR '1'='1"])
def test_unknown_id_type(id_type: str) -> None:
    assert code_of(id_type, "A1234563") == "id.type"


def test_every_document_has_a_chinese_and_english_name() -> None:
    assert set(ID_TYPE_NAMES) == set(IdType)
    assert ID_TYPE_NAMES[IdType.HKID] == ("香港身份證", "HKID card")
    for chinese, english in ID_TYPE_NAMES.values():
        assert chinese
        assert english.isascii()


# --- masking, hashing and never leaking the number ------------------------------------------

EXAMPLES = [
    (IdType.HKID, "A123456(3)", "", "A••••••(•)"),
    (IdType.HKID, "AB987654(3)", "", "AB••••••(•)"),
    (IdType.CN_RESIDENT_ID, "11010519491231002X", "", "••••••••••••••••••"),
    (IdType.MO_RESIDENT_ID, "1234567(8)", "", "1••••••(•)"),
    (IdType.EXIT_ENTRY_PERMIT, "C12345678", "", "C••••••••"),
    (IdType.HOME_RETURN_PERMIT, "H1234567801", "", "H••••••••"),
    (IdType.PASSPORT, "123456789", "GBR", "GBR •••••••••"),
    (IdType.PASSPORT, "E1234", "PHL", "PHL •••••"),
]
# The masks older versions stored, each with what it becomes at the upgrade.
OLD_MASKS = [
    (IdType.HKID, "A123•••(•)", "A••••••(•)"),
    (IdType.HKID, "AB98••••(•)", "AB••••••(•)"),
    (IdType.CN_RESIDENT_ID, "110•••••••••••••2X", "••••••••••••••••••"),
    (IdType.MO_RESIDENT_ID, "123••••(•)", "1••••••(•)"),
    (IdType.EXIT_ENTRY_PERMIT, "C1•••••78", "C••••••••"),
    (IdType.HOME_RETURN_PERMIT, "H1•••••78", "H••••••••"),
    (IdType.PASSPORT, "GBR 12•••••89", "GBR •••••••••"),
    (IdType.PASSPORT, "PHL E•••4", "PHL •••••"),
]


@pytest.mark.parametrize(("id_type", "typed", "country", "masked"), EXAMPLES)
def test_masked(id_type: IdType, typed: str, country: str, masked: str) -> None:
    assert parse_document(id_type, typed, country=country, today=TODAY).masked == masked


def shown_characters(document: IdentityDocument) -> int:
    masked = document.masked.removeprefix(f"{document.country} " if document.country else "")
    return sum(1 for c in masked if c not in f"{MASK}()")


documents = st.one_of(
    hkid_parts.map(
        lambda p: parse_document(IdType.HKID, p[0] + p[1] + hkid_check(*p), today=TODAY)
    ),
    st.builds(cn_number, cn_regions, birth_dates, sequences).map(
        lambda n: parse_document(IdType.CN_RESIDENT_ID, n, today=TODAY)
    ),
    st.from_regex(r"[157][0-9]{7}", fullmatch=True).map(
        lambda n: parse_document(IdType.MO_RESIDENT_ID, n, today=TODAY)
    ),
    st.from_regex(r"C[0-9A-HJ-NP-Z][0-9]{7}", fullmatch=True).map(
        lambda n: parse_document(IdType.EXIT_ENTRY_PERMIT, n, today=TODAY)
    ),
    st.from_regex(r"[HM][0-9]{8}", fullmatch=True).map(
        lambda n: parse_document(IdType.HOME_RETURN_PERMIT, n, today=TODAY)
    ),
    st.tuples(
        st.from_regex(r"[A-Z]{0,3}[0-9][A-Z0-9]{4,5}", fullmatch=True),
        st.sampled_from(["CHN", "GBR", "PHL", "IDN", "USA"]),
    ).map(lambda p: parse_document(IdType.PASSPORT, p[0], country=p[1], today=TODAY)),
)


@quick
@given(document=documents)
def test_a_mask_shows_at_most_the_letters_or_the_first_digit(document: IdentityDocument) -> None:
    masked = document.masked.removeprefix(f"{document.country} " if document.country else "")
    shown = masked.rstrip(f"{MASK}()")
    assert MASK not in shown and document.number.startswith(shown)
    assert sum(c.isdigit() for c in shown) <= 1
    assert shown_characters(document) <= 2
    assert len(masked.replace("(", "").replace(")", "")) == len(document.number)


@pytest.mark.parametrize(("id_type", "old", "new"), OLD_MASKS)
def test_an_old_mask_is_cut_down_to_the_current_one(id_type: IdType, old: str, new: str) -> None:
    assert remask(id_type.value, old) == new
    assert remask(id_type.value, new) == new


@quick
@given(document=documents)
def test_remasking_any_mask_gives_the_current_mask(document: IdentityDocument) -> None:
    assert remask(document.id_type.value, document.masked) == document.masked


def test_an_erased_or_unknown_mask_shows_nothing() -> None:
    assert remask("hkid", "") == ""
    assert remask("driving_licence", "D12••••") == MASK * 7


# How many numbers an attacker holding the secret must hash, at least, for a mask; each
# hidden position's alphabet, with check digits computed (not guessed) and, for a mainland
# ID, the date of birth known (customers.date_of_birth holds it). Region codes: python-stdnum's.
MIN_CANDIDATES = 100_000


def candidates(document: IdentityDocument) -> int:
    masked = document.masked.removeprefix(f"{document.country} " if document.country else "")
    hidden = [
        position
        for position, character in enumerate(masked.replace("(", "").replace(")", ""))
        if character == MASK
    ]
    number = document.number
    if document.id_type is IdType.HKID:
        return 10 ** sum(1 for p in hidden if p < len(number) - 1)  # the check digit follows
    if document.id_type is IdType.CN_RESIDENT_ID:
        # 6 region digits, 8 of birth (known), 3 of sequence, 1 check digit (computed).
        assert hidden == list(range(18))
        return len(ric_regions()) * 10**3
    if document.id_type is IdType.MO_RESIDENT_ID:
        return 10 ** sum(1 for p in hidden if p < len(number) - 1)
    if document.id_type is IdType.EXIT_ENTRY_PERMIT:
        return (33 if 1 in hidden else 1) * 10 ** sum(1 for p in hidden if p >= 2)
    if document.id_type is IdType.HOME_RETURN_PERMIT:
        return 10 ** sum(1 for p in hidden if p >= 1)
    # A passport: at least a digit in each hidden place.
    return 10 ** len(hidden)


def ric_regions() -> set[str]:
    """Every county code python-stdnum's table has ever listed (6,885)."""

    def walk(prefixes: list[Any], start: str) -> Iterator[str]:
        for _length, low, high, names, children in prefixes:
            for value in range(int(low), int(high) + 1):
                code = start + str(value).zfill(len(low))
                if "county" in names and len(code) == 6:
                    yield code
                yield from walk(children, code)

    return set(walk(numdb.get("cn/loc").prefixes, "")) | {"810000", "820000", "830000"}


@quick
@given(document=documents)
def test_a_mask_leaves_at_least_100000_numbers_to_try(document: IdentityDocument) -> None:
    assert candidates(document) >= MIN_CANDIDATES


def test_an_hkid_mask_leaves_a_million_numbers_and_they_all_share_it() -> None:
    """The small version of benchmarks/hkid_recovery.py: the old mask left 1,000."""
    document = parse_document(IdType.HKID, "A123456(3)", today=TODAY)
    assert candidates(document) == 10**6
    assert candidates(IdentityDocument(IdType.HKID, "A1234563")) == 10**6
    numbers = [f"A{n:06d}" for n in range(0, 10**6, 997)]
    for body in numbers:
        other = parse_document(IdType.HKID, body + hkid_check(body[:1], body[1:]), today=TODAY)
        assert other.masked == document.masked


@quick
@given(document=documents)
def test_repr_and_str_never_contain_the_number(document: IdentityDocument) -> None:
    for shown in (repr(document), str(document), f"{document}", repr([document])):
        assert document.number not in shown
        assert document.masked in shown


def test_repr_shows_the_type_and_the_mask_only() -> None:
    document = parse_document(IdType.HKID, "A123456(3)", today=TODAY)
    assert repr(document) == "IdentityDocument(id_type='hkid', masked='A••••••(•)')"
    assert "1234563" not in repr(document)


def scrypt_of_hmac(message: bytes) -> str:
    inner = hmac.new(KEY, message, hashlib.sha256).digest()
    return hashlib.scrypt(inner, salt=KEY, n=2**12, r=8, p=1, dklen=32).hex()


def test_keyed_hash_is_scrypt_of_the_hmac_sha256_of_the_documented_message() -> None:
    document = parse_document(IdType.PASSPORT, "k1234567", country="gbr", today=TODAY)
    assert document.keyed_hash(KEY) == scrypt_of_hmac(b"passport|GBR|K1234567")
    hkid = parse_document(IdType.HKID, "A123456(3)", today=TODAY)
    assert hkid.keyed_hash(KEY) == scrypt_of_hmac(b"hkid||A1234563")
    old = hmac.new(KEY, b"hkid||A1234563", hashlib.sha256).hexdigest()
    assert slow_id_hash(KEY, old) == hkid.keyed_hash(KEY) != old


def test_keyed_hash_costs_a_few_ms_not_microseconds() -> None:
    hkid = parse_document(IdType.HKID, "A123456(3)", today=TODAY)
    started = time.perf_counter()
    for _ in range(5):
        hkid.keyed_hash(KEY)
    each = (time.perf_counter() - started) / 5
    # Well under the 100 ms of one click, and far above the 3 µs of the HMAC alone.
    assert 0.001 < each < 0.1


def test_keyed_hash_refuses_a_short_key() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        parse_document(IdType.HKID, "A1234563", today=TODAY).keyed_hash(b"short")


@quick
@given(parts=hkid_parts, brackets=st.booleans(), full_width=st.booleans(), lower=st.booleans())
def test_keyed_hash_is_the_same_however_the_number_is_typed(
    parts: tuple[str, str], brackets: bool, full_width: bool, lower: bool
) -> None:
    prefix, digits = parts
    check = hkid_check(prefix, digits)
    plain = f"{prefix}{digits}{check}"
    typed = f"{prefix} {digits}({check})" if brackets else plain
    if full_width:
        typed = typed.translate(FULL_WIDTH)
    if lower:
        typed = typed.lower()
    same = parse_document(IdType.HKID, typed, today=TODAY).keyed_hash(KEY)
    assert same == parse_document(IdType.HKID, plain, today=TODAY).keyed_hash(KEY)
    assert same != parse_document(IdType.HKID, plain, today=TODAY).keyed_hash(OTHER_KEY)


@quick
@given(document=documents, key=st.binary(min_size=16, max_size=64))
def test_keyed_hash_differs_between_keys(document: IdentityDocument, key: bytes) -> None:
    digest = document.keyed_hash(key)
    assert len(digest) == 64
    assert document.number not in digest
    if key != KEY:
        assert digest != document.keyed_hash(KEY)


def test_keyed_hash_tells_document_types_and_countries_apart() -> None:
    gbr = parse_document(IdType.PASSPORT, "123456789", country="GBR", today=TODAY).keyed_hash(KEY)
    usa = parse_document(IdType.PASSPORT, "123456789", country="USA", today=TODAY).keyed_hash(KEY)
    macao = parse_document(IdType.MO_RESIDENT_ID, "12345678", today=TODAY).keyed_hash(KEY)
    permit = parse_document(IdType.HOME_RETURN_PERMIT, "H12345678", today=TODAY).keyed_hash(KEY)
    passport = parse_document(IdType.PASSPORT, "H12345678", country="CHN", today=TODAY).keyed_hash(
        KEY
    )
    assert len({gbr, usa}) == 2
    assert len({macao, permit, passport}) == 3


# --- ICCID -----------------------------------------------------------------------------------


def with_luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


ICCID_20 = with_luhn("8985200123456789012")
ICCID_19 = with_luhn("898600123456789012")


@pytest.mark.parametrize(
    ("typed", "iccid"),
    [
        (ICCID_20, ICCID_20),
        (ICCID_19, ICCID_19),
        (" ".join([ICCID_20[:5], ICCID_20[5:10], ICCID_20[10:]]), ICCID_20),
        ("-".join([ICCID_19[:4], ICCID_19[4:]]), ICCID_19),
        (ICCID_20.translate(FULL_WIDTH), ICCID_20),
        (f"{ICCID_20}\r\n", ICCID_20),
    ],
)
def test_iccid_accepted(typed: str, iccid: str) -> None:
    assert parse_iccid(typed) == iccid


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "iccid.empty"),
        (ICCID_20[:-1] + str((int(ICCID_20[-1]) + 1) % 10), "iccid.check_digit"),
        (with_luhn("8985200123456789"), "iccid.format"),
        (with_luhn("89852001234567890123"), "iccid.format"),
        (with_luhn("1985200123456789012"), "iccid.format"),
        (ICCID_20[:-1] + "F", "iccid.format"),
        ("٨٩" + ICCID_20[2:], "iccid.format"),
    ],
)
def test_iccid_refused(typed: str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_iccid(typed)
    assert caught.value.code == code
    assert caught.value.field == "iccid"


iccid_bodies = st.text(alphabet="0123456789", min_size=16, max_size=17).map(lambda d: f"89{d}")


@quick
@given(body=iccid_bodies)
def test_any_iccid_with_its_luhn_digit_parses(body: str) -> None:
    iccid = with_luhn(body)
    assert parse_iccid(iccid) == iccid
    assert looks_like_iccid(iccid)


@quick
@given(body=iccid_bodies, wrong=st.sampled_from("0123456789"))
def test_any_other_last_digit_fails_the_luhn_check(body: str, wrong: str) -> None:
    right = luhn.calc_check_digit(body)
    if wrong == right:
        wrong = str((int(wrong) + 1) % 10)
    with pytest.raises(InputError) as caught:
        parse_iccid(body + wrong)
    assert caught.value.code == "iccid.check_digit"


def test_mask_iccid() -> None:
    assert mask_iccid(ICCID_20) == f"{ICCID_20[:6]}{'•' * 10}{ICCID_20[-4:]}"
    assert mask_iccid(ICCID_19) == f"{ICCID_19[:6]}{'•' * 9}{ICCID_19[-4:]}"
    with pytest.raises(InputError) as caught:
        mask_iccid("8985 2001")
    assert caught.value.code == "iccid.format"


@pytest.mark.parametrize(
    ("text", "looks"),
    [
        (ICCID_20, True),
        (f"  {ICCID_20[:10]} {ICCID_20[10:]} ", True),
        (ICCID_19, True),
        ("8985200123456789010", True),  # wrong check digit, but still the shape of an ICCID
        ("91234567", False),
        ("+852 9123 4567", False),
        ("1985200123456789012", False),
        (ICCID_20 + "0", False),
        ("陳大文", False),
        ("8" * 10_000, False),
        ("", False),
    ],
)
def test_looks_like_iccid(text: str, looks: bool) -> None:
    assert looks_like_iccid(text) is looks
