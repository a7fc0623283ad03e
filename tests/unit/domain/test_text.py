"""clean_input: NFKC, outer whitespace, invisible and control characters, length limits."""

from __future__ import annotations

import unicodedata
from types import SimpleNamespace

import pytest

from counter_app.domain import text as text_module
from counter_app.domain.errors import InputError
from counter_app.domain.text import clean_input

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI_CONTROLS = [
    "\u200e",
    "\u200f",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]


def clean(text: str, max_length: int = 20) -> str:
    return clean_input(text, field="test", max_length=max_length)


def code_of(text: str, max_length: int = 20) -> str:
    with pytest.raises(InputError) as caught:
        clean(text, max_length)
    assert caught.value.field == "test"
    return caught.value.code


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        ("  A123456(3)  ", "A123456(3)"),
        ("Ａ１２３４５６（３）", "A123456(3)"),
        ("\u3000９１２３\u3000４５６７\u3000", "9123 4567"),
        ("91234567\r\n", "91234567"),
        ("\t100\t", "100"),
        ("", ""),
        ("   ", ""),
        ("陳大文", "陳大文"),
    ],
)
def test_normalises_and_strips(typed: str, cleaned: str) -> None:
    assert clean(typed) == cleaned


@pytest.mark.parametrize("character", ZERO_WIDTH + BIDI_CONTROLS + ["\u00ad", "\u180e"])
def test_invisible_characters_are_refused(character: str) -> None:
    for typed in (f"{character}9123", f"91{character}23", f"9123{character}"):
        assert code_of(typed) == "text.invisible"


def test_the_message_names_the_invisible_character() -> None:
    with pytest.raises(InputError, match=r"U\+202E \(RIGHT-TO-LEFT OVERRIDE\)"):
        clean("12\u202e34")


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x7f", "\x85x", "\x07"])
def test_control_characters_are_refused(character: str) -> None:
    assert code_of(f"12{character}34") == "text.control"


def test_inner_line_breaks_are_control_characters() -> None:
    assert code_of("12\n34") == "text.control"


def test_exactly_the_maximum_length_is_accepted() -> None:
    assert clean("x" * 20) == "x" * 20
    assert code_of("x" * 21) == "text.too_long"


def test_length_counts_after_normalising_and_stripping() -> None:
    assert clean("  " + "x" * 20 + "  ") == "x" * 20
    # One character that NFKC expands into four.
    assert unicodedata.normalize("NFKC", "㍿") == "株式会社"
    assert code_of("㍿" * 6) == "text.too_long"


def test_over_long_text_is_refused_before_normalising(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(form: str, text: str) -> str:
        raise AssertionError("normalised a 10,000-character string")

    watched = SimpleNamespace(
        normalize=must_not_run, category=unicodedata.category, name=unicodedata.name
    )
    monkeypatch.setattr(text_module, "unicodedata", watched)
    assert code_of("1" * 10_000) == "text.too_long"


def test_not_a_string_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="must be given as str"):
        clean_input(100.5, field="amount", max_length=20)  # type: ignore[arg-type]


def test_lone_surrogates_are_refused() -> None:
    assert code_of("12\ud800") == "text.surrogate"
