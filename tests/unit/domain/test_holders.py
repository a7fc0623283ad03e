"""The holder of a line: names, date of birth and document, every problem found at once."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.domain.errors import InputError
from counter_app.domain.holders import holder_problems, parse_birth_date, parse_holder

HKID = "A1234563"  # made up, with a valid check digit
TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("04/05/1990", date(1990, 5, 4)),
        ("4/5/1990", date(1990, 5, 4)),
        ("1990-05-04", date(1990, 5, 4)),
        ("1990/5/4", date(1990, 5, 4)),
        (" 04-05-1990 ", date(1990, 5, 4)),
        ("０４/０５/１９９０", date(1990, 5, 4)),
        ("29/02/2000", date(2000, 2, 29)),
    ],
)
def test_a_date_of_birth_is_read_day_first_or_year_first(text: str, born: date) -> None:
    assert parse_birth_date(text) == born


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "holder.date_of_birth_missing"),
        ("   ", "holder.date_of_birth_missing"),
        ("31/02/1990", "holder.date_of_birth_format"),
        ("29/02/1990", "holder.date_of_birth_format"),
        ("04/05/90", "holder.date_of_birth_format"),
        ("1990-13-01", "holder.date_of_birth_format"),
        ("19900504", "holder.date_of_birth_format"),
        ("4 May 1990", "holder.date_of_birth_format"),
    ],
)
def test_a_date_of_birth_that_is_not_a_date_is_refused(text: str, code: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_birth_date(text)
    assert (refused.value.code, refused.value.field) == (code, "date_of_birth")


def test_every_holder_problem_is_found_not_only_the_first() -> None:
    holder, problems = holder_problems(
        name_en="Chan 2",
        name_zh="陳man",
        date_of_birth=date(2099, 1, 1),
        id_type="hkid",
        id_number="A1234567",
        id_country="",
        today=date(2026, 11, 21),
    )
    assert holder is None
    assert [(p.field, p.code) for p in problems] == [
        ("name_en", "holder.name_en"),
        ("name_zh", "holder.name_zh"),
        ("date_of_birth", "holder.date_of_birth"),
        ("hkid", "id.hkid.check_digit"),
    ]
    holder, problems = holder_problems(
        name_en="",
        name_zh="",
        date_of_birth=None,
        id_type="hkid",
        id_number=HKID,
        id_country="",
        today=date(2026, 11, 21),
    )
    assert holder is None and [p.code for p in problems] == ["holder.name"]
    holder, problems = holder_problems(
        name_en="chan tai man",
        name_zh="",
        date_of_birth=date(1990, 5, 4),
        id_type="hkid",
        id_number="a123456(3)",
        id_country="",
        today=date(2026, 11, 21),
    )
    assert problems == [] and holder is not None
    assert (holder.name_en, holder.document.masked) == ("CHAN TAI MAN", "A••••••(•)")


def holder(**changes: object) -> tuple[object, list[tuple[str, str]]]:
    typed: dict[str, object] = {
        "name_en": "Chan Tai Man",
        "name_zh": "陳大文",
        "date_of_birth": date(1990, 5, 4),
        "id_type": "hkid",
        "id_number": HKID,
        "id_country": "",
        "today": TODAY,
    }
    typed.update(changes)
    found, problems = holder_problems(**typed)  # type: ignore[arg-type]
    return found, [(p.field, p.code) for p in problems]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name_en": "", "name_zh": ""}, [("name_en", "holder.name")]),
        (
            {"name_en": "", "name_zh": "陳man"},
            [("name_en", "holder.name"), ("name_zh", "holder.name_zh")],
        ),
        (
            {"name_en": "", "name_zh": "陳\x00"},
            [("name_en", "holder.name"), ("name_zh", "text.control")],
        ),
        ({"name_en": "Chan\x00", "name_zh": ""}, [("name_en", "text.control")]),
        ({"name_en": "Chan 2", "name_zh": ""}, [("name_en", "holder.name_en")]),
        ({"name_zh": ""}, []),
        ({"name_en": ""}, []),
        ({"date_of_birth": date(1899, 12, 31)}, [("date_of_birth", "holder.date_of_birth")]),
        ({"date_of_birth": None}, []),
        ({"id_type": "nonsense"}, [("id_type", "id.type")]),
    ],
)
def test_one_problem_per_input_in_the_forms_order(
    changes: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    found, problems = holder(**changes)
    assert problems == expected
    assert (found is None) == bool(expected)


@pytest.mark.parametrize(
    "changes",
    [
        {"name_en": "Chan 2", "name_zh": "陳\x00", "date_of_birth": date(2099, 1, 1)},
        {"name_en": "", "name_zh": "陳man", "id_number": "A1234567"},
        {"name_en": "", "name_zh": ""},
        {"id_type": "hkid", "id_number": ""},
        {},
    ],
)
def test_parse_holder_stops_at_the_first_problem_holder_problems_finds(
    changes: dict[str, object],
) -> None:
    """The service's parse_holder and the form's holder_problems agree on every input."""
    typed: dict[str, object] = {
        "name_en": "Chan Tai Man",
        "name_zh": "陳大文",
        "date_of_birth": date(1990, 5, 4),
        "id_type": "hkid",
        "id_number": HKID,
        "id_country": "",
        "today": TODAY,
        **changes,
    }
    found, problems = holder_problems(**typed)  # type: ignore[arg-type]
    try:
        parsed = parse_holder(**typed)  # type: ignore[arg-type]
    except InputError as error:
        assert found is None
        assert (error.field, error.code) in {(p.field, p.code) for p in problems}
    else:
        assert (parsed, problems) == (found, [])
