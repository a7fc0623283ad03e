"""Every parser against the same corpus of bad input: a specific InputError, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import luhn

from counter_app.domain.errors import InputError
from counter_app.domain.identity import IdType, mask_iccid, parse_document, parse_iccid
from counter_app.domain.money import parse_money
from counter_app.domain.phones import format_msisdn, mask_msisdn, parse_msisdn, region_of

quick = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

TODAY = date(2026, 11, 21)
ICCID = "8985200123456789012" + luhn.calc_check_digit("8985200123456789012")


def document_parser(id_type: IdType) -> Callable[[str], object]:
    # The country is ignored for every document but the passport.
    return lambda text: parse_document(id_type, text, country="GBR", today=TODAY)


PARSERS: dict[str, Callable[[str], object]] = {
    "money": parse_money,
    "msisdn": parse_msisdn,
    **{id_type.value: document_parser(id_type) for id_type in IdType},
    "iccid": parse_iccid,
}
VALID = {
    "money": "100",
    "msisdn": "91234567",
    "hkid": "A123456(3)",
    "cn_ric": "11010519491231002X",
    "mo_id": "1234567(8)",
    "eep": "C12345678",
    "hrp": "H12345678",
    "passport": "K12345678",
    "iccid": ICCID,
}
EMPTY = {"money": "money.empty", "msisdn": "phone.empty", "iccid": "iccid.empty"}
FORMAT = {"money": "money.format", "msisdn": "phone.format", "iccid": "iccid.format"}
FORMAT |= {id_type.value: f"id.{id_type.value}.format" for id_type in IdType}
# Digits of other scripts: money and phones say so; elsewhere they are just not the format.
DIGITS = FORMAT | {"money": "money.digits", "msisdn": "phone.digits"}
WRONG_CHECK_DIGIT = {
    "hkid": ("A123456(4)", "id.hkid.check_digit"),
    "cn_ric": ("110105194912310021", "id.cn_ric.check_digit"),
    "iccid": (ICCID[:-1] + str((int(ICCID[-1]) + 1) % 10), "iccid.check_digit"),
}

INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "left-to-right embedding": "\u202a",
    "right-to-left override": "\u202e",
    "left-to-right isolate": "\u2066",
    "pop directional isolate": "\u2069",
}


def inside(valid: str, extra: str) -> str:
    return f"{valid[:2]}{extra}{valid[2:]}"


Case = tuple[str, str, str]
"""A parser's name, the text it is given and the code it must answer with."""


def corpus() -> dict[str, list[Case]]:
    """The bad inputs by kind, each as every parser gets it."""
    cases: dict[str, list[Case]] = {}

    def case(parser: str, label: str, text: str, code: str) -> None:
        cases.setdefault(label, []).append((parser, text, code))

    for parser, valid in VALID.items():
        empty = EMPTY.get(parser, "id.empty")
        case(parser, "empty", "", empty)
        case(parser, "spaces", "   ", empty)
        case(parser, "ideographic space", "\u3000\u3000", empty)
        case(parser, "tab and newline", "\t\r\n", empty)
        case(parser, "10000 digits", "1" * 10_000, "text.too_long")
        case(parser, "10000 letters", "A" * 10_000, "text.too_long")
        case(parser, "10000 full-width", "１" * 10_000, "text.too_long")
        case(parser, "10000 zero-width", "\u200b" * 10_000, "text.too_long")
        case(parser, "valid then 10000 spaces", valid + " " * 10_000, "text.too_long")
        case(parser, "41 characters", "9" * 41, "text.too_long")
        for label, character in INVISIBLE.items():
            case(parser, label, inside(valid, character), "text.invisible")
        case(parser, "leading byte order mark", f"\ufeff{valid}", "text.invisible")
        case(parser, "trailing bidi override", f"{valid}\u202e", "text.invisible")
        case(
            parser, "emoji family (joiners)", inside(valid, "👨\u200d👩\u200d👧"), "text.invisible"
        )
        case(parser, "NUL inside", inside(valid, "\x00"), "text.control")
        case(parser, "NUL at the end", f"{valid}\x00", "text.control")
        case(parser, "NUL alone", "\x00", "text.control")
        case(parser, "escape", inside(valid, "\x1b[2J"), "text.control")
        case(parser, "lone surrogate", inside(valid, "\udc00"), "text.surrogate")
        case(parser, "SQL tautology", "1' OR '1'='1", FORMAT[parser])
        case(parser, "SQL drop", "'; DROP TABLE lines;--", FORMAT[parser])
        case(parser, "SQL comment", f"{valid}'--", FORMAT[parser])
        case(parser, "SQL union", "1 UNION SELECT pin FROM vouchers", FORMAT[parser])
        case(parser, "emoji", inside(valid, "📱"), FORMAT[parser])
        case(parser, "emoji alone", "💰", FORMAT[parser])
        case(parser, "full-width letters", "ＡＢＣ", FORMAT[parser])
        case(parser, "Chinese numerals", "一二三四五六七八", DIGITS[parser])
        case(parser, "Arabic-Indic digits", "١٢٣٤٥٦٧٨", DIGITS[parser])
        case(parser, "combining accent", inside(valid, "\u0301"), FORMAT[parser])
        case(parser, "HTML", "<script>alert(1)</script>", FORMAT[parser])
        case(parser, "private use", inside(valid, "\ue000"), FORMAT[parser])
    for parser, (text, code) in WRONG_CHECK_DIGIT.items():
        case(parser, "wrong check digit", text, code)
    return cases


CORPUS = corpus()


def answer(parser: str, text: str) -> str:
    """The code a parser answers with, or what else happened."""
    try:
        PARSERS[parser](text)
    except InputError as error:
        assert str(error), "an InputError without a message"
        return error.code
    except Exception as error:  # the point is to report any other exception
        return f"{type(error).__name__}: {error}"
    return "accepted"


@pytest.mark.parametrize("label", CORPUS)
def test_bad_input_gets_a_specific_code(label: str) -> None:
    # One test per kind of bad input, checked against every parser at once.
    wrong = {
        parser: (code, got)
        for parser, text, code in CORPUS[label]
        if (got := answer(parser, text)) != code
    }
    assert wrong == {}, "parser: (expected, got)"


@pytest.mark.parametrize(("parser", "valid"), VALID.items())
def test_the_corpus_starts_from_valid_input(parser: str, valid: str) -> None:
    PARSERS[parser](valid)


@pytest.mark.parametrize("parser", PARSERS)
@quick
@given(text=st.text())
def test_arbitrary_text_raises_only_input_error(parser: str, text: str) -> None:
    try:
        PARSERS[parser](text)
    except InputError as error:
        assert error.code
        assert str(error)


near_valid = st.tuples(
    st.sampled_from(sorted(PARSERS)),
    st.integers(min_value=0, max_value=25),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=3),
)


@quick
@given(case=near_valid)
def test_valid_input_with_anything_inserted_raises_only_input_error(
    case: tuple[str, int, str],
) -> None:
    parser, position, extra = case
    valid = VALID[parser]
    try:
        PARSERS[parser](valid[:position] + extra + valid[position:])
    except InputError as error:
        assert error.code


@quick
@given(id_type=st.text(), text=st.text(), country=st.text())
def test_arbitrary_document_type_and_country_raise_only_input_error(
    id_type: str, text: str, country: str
) -> None:
    try:
        parse_document(id_type, text, country=country, today=TODAY)
    except InputError as error:
        assert error.code


@pytest.mark.parametrize("show", [region_of, format_msisdn, mask_msisdn, mask_iccid])
@quick
@given(text=st.text())
def test_display_functions_raise_only_input_error(show: Callable[[str], str], text: str) -> None:
    try:
        show(text)
    except InputError as error:
        assert error.code in {"phone.e164", "iccid.format"}
