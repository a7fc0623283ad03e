"""A line's registered holder (real-name registration, Cap. 106AI): names, birth date, document.

Only what is needed is kept: names, date of birth, the document type, and the document
number (which the store keeps as a keyed hash plus a masked form). At most
MAX_LINES_PER_DOCUMENT live prepaid lines per document per carrier.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Final, TypeVar

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.identity import IdentityDocument, parse_document
from counter_app.domain.text import clean_input

MAX_LINES_PER_DOCUMENT: Final = 10

_NAME_EN: Final = re.compile(r"[A-Z][A-Z ,.'\-]{0,119}")
_EARLIEST_BIRTH: Final = date(1900, 1, 1)
_BIRTH_DATE_LENGTH: Final = 12
_YEAR_FIRST: Final = re.compile(r"(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})")
_DAY_FIRST: Final = re.compile(r"(?P<d>[0-9]{1,2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<y>[0-9]{4})")

_T = TypeVar("_T")


@dataclass(frozen=True)
class Holder:
    """A validated holder, ready to store; ``document`` never leaves this process."""

    name_en: str
    name_zh: str
    date_of_birth: date | None
    document: IdentityDocument


def parse_holder(
    *,
    name_en: str,
    name_zh: str,
    date_of_birth: date | None,
    id_type: str,
    id_number: str,
    id_country: str = "",
    today: date,
) -> Holder:
    """The holder these inputs describe, or the first problem (see :func:`holder_problems`).

    At least one name; the English name in capitals with single spaces, the Chinese name
    without spaces; a date of birth (if any) from 1900 to *today*; a valid document.
    """
    english = _clean_name_en(name_en)
    chinese = _clean_name_zh(name_zh)
    if not english and not chinese:
        raise _no_name()
    _check_name_en(english)
    _check_name_zh(chinese)
    _check_birth(date_of_birth, today)
    document = parse_document(id_type, id_number, country=id_country, today=today)
    return Holder(english, chinese, date_of_birth, document)


def holder_problems(
    *,
    name_en: str,
    name_zh: str,
    date_of_birth: date | None,
    id_type: str,
    id_number: str,
    id_country: str,
    today: date,
) -> tuple[Holder | None, list[InputError]]:
    """(the holder, []) for inputs :func:`parse_holder` accepts, else (None, every problem).

    One problem per input at most, in the form's order: the English name (or no name at
    all, which is the English name's to say), the Chinese name, the date of birth, the
    document.
    """
    problems: list[InputError] = []
    english = attempt(problems, lambda: _check_name_en(_clean_name_en(name_en)))
    chinese = attempt(problems, lambda: _check_name_zh(_clean_name_zh(name_zh)))
    if english == "" and not chinese:
        problems.insert(0, _no_name())
    attempt(problems, lambda: _check_birth(date_of_birth, today))
    document = attempt(
        problems,
        lambda: parse_document(id_type, id_number, country=id_country, today=today),
    )
    if problems or english is None or chinese is None or document is None:
        return None, problems
    return Holder(english, chinese, date_of_birth, document), []


def parse_birth_date(text: str) -> date:
    """The date of birth as typed: "04/05/1990" (day first, as on an HKID) or "1990-05-04".

    "/", "-" or "." separate the parts; full-width digits are fine. Raises
    :class:`InputError` ``holder.date_of_birth_missing`` for nothing typed and
    ``holder.date_of_birth_format`` for anything that is not a real calendar date.
    Whether the date is a plausible birthday is :func:`parse_holder`'s to say.
    """
    cleaned = clean_input(text, field="date_of_birth", max_length=_BIRTH_DATE_LENGTH)
    compact = cleaned.replace(" ", "")
    if not compact:
        raise InputError(
            "type the date of birth as on the document",
            code=ErrorCode.HOLDER_DATE_OF_BIRTH_MISSING,
            field="date_of_birth",
        )
    match = _YEAR_FIRST.fullmatch(compact) or _DAY_FIRST.fullmatch(compact)
    try:
        if match is None:
            raise ValueError(compact)
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise InputError(
            "type the date of birth as DD/MM/YYYY or YYYY-MM-DD",
            code=ErrorCode.HOLDER_DATE_OF_BIRTH_FORMAT,
            field="date_of_birth",
        ) from None


def attempt(problems: list[InputError], parse: Callable[[], _T]) -> _T | None:
    """*parse*'s result, or None with its InputError added to *problems* (a form checks
    every field and reports every problem at once)."""
    try:
        return parse()
    except InputError as error:
        problems.append(error)
        return None


def _clean_name_en(text: str) -> str:
    return " ".join(clean_input(text, field="name_en", max_length=120).upper().split())


def _clean_name_zh(text: str) -> str:
    return clean_input(text, field="name_zh", max_length=60).replace(" ", "")


def _no_name() -> InputError:
    return InputError(
        "enter the holder's name as on the document", code=ErrorCode.HOLDER_NAME, field="name_en"
    )


def _check_name_en(english: str) -> str:
    if english and not _NAME_EN.fullmatch(english):
        raise InputError(
            "the English name may hold only letters, spaces, hyphens, commas and apostrophes",
            code=ErrorCode.HOLDER_NAME_EN,
            field="name_en",
        )
    return english


def _check_name_zh(chinese: str) -> str:
    if chinese and not all("\u3400" <= ch <= "\u9fff" or ch in "·．" for ch in chinese):
        raise InputError(
            "the Chinese name may hold only Chinese characters",
            code=ErrorCode.HOLDER_NAME_ZH,
            field="name_zh",
        )
    return chinese


def _check_birth(date_of_birth: date | None, today: date) -> None:
    if date_of_birth is not None and not _EARLIEST_BIRTH <= date_of_birth <= today:
        raise InputError(
            "the date of birth must be a past date",
            code=ErrorCode.HOLDER_DATE_OF_BIRTH,
            field="date_of_birth",
        )
