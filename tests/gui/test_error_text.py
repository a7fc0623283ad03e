"""Every ErrorCode has a clerk's text of its own in en, zh_HK and zh_CN; Qt's dialogs follow."""

from __future__ import annotations

import logging
import re
import string

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.errors import (
    DatabaseUnavailable,
    ErrorCode,
    InputError,
    OutsideError,
    SchemaMismatch,
)
from counter_app.domain.money import MAX_AMOUNT, format_money, parse_money
from counter_app.gui import i18n
from counter_app.gui.error_text import describe, source_text
from counter_app.gui.i18n import language_switcher
from counter_app.gui.printer import PrinterProblem
from counter_app.printing.fonts import CjkFontMissing
from counter_app.services.keys import SecretFileError
from counter_app.services.staff import MIN_PASSWORD_LENGTH, check_password_rules

LANGUAGES = ("en", "zh_HK", "zh_CN")
CJK = re.compile("[\u3400-\u9fff]")
FALLBACK = "the core's English message"
# A value for every name a text may hold, unlike any text's own words.
PARAMS = {
    "maximum": "123.45",
    "minimum": 17,
    "failures": 9,
    "printer": "TM-T88-BACK",
    "line": 4321,
    "path": "/home/shop/report.pdf",
    "minutes": 25,
    "seconds": 29,
    "until": "14:37",
}


def texts_in(language: str) -> dict[ErrorCode, str]:
    language_switcher().set_language(language)
    return {code: describe(InputError(FALLBACK, code=code, params=PARAMS)) for code in ErrorCode}


@pytest.fixture
def texts(qtbot: QtBot) -> dict[str, dict[ErrorCode, str]]:
    """Each language's text of every code (the session QApplication comes with qtbot)."""
    return {language: texts_in(language) for language in LANGUAGES}


def test_every_code_has_an_english_text_with_every_value_filled_in(
    texts: dict[str, dict[ErrorCode, str]],
) -> None:
    for code, text in texts["en"].items():
        source = source_text(code)
        assert source is not None, f"{code}: no text in gui/error_text.py"
        names = {name for _, name, _, _ in string.Formatter().parse(source) if name}
        assert names <= set(PARAMS), f"{code}: a value this test does not know: {names}"
        assert text == source.format_map(PARAMS), code
        assert text != FALLBACK and "{" not in text and not CJK.search(text), (code, text)


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_every_code_has_a_chinese_text_of_its_own(
    texts: dict[str, dict[ErrorCode, str]], language: str
) -> None:
    untranslated = [
        (code.value, text)
        for code, text in texts[language].items()
        if text in (FALLBACK, texts["en"][code]) or not CJK.search(text) or "{" in text
    ]
    assert untranslated == [], f"translate these in counter_{language}.ts (ErrorText)"


def test_traditional_and_simplified_texts_differ(texts: dict[str, dict[ErrorCode, str]]) -> None:
    same = [code.value for code in ErrorCode if texts["zh_HK"][code] == texts["zh_CN"][code]]
    assert same == [], "one of the two translations is in the other script"


def test_the_values_reach_every_language(texts: dict[str, dict[ErrorCode, str]]) -> None:
    for language in LANGUAGES:
        for code in ErrorCode:
            source = source_text(code) or ""
            for name, value in PARAMS.items():
                if f"{{{name}}}" in source:
                    assert str(value) in texts[language][code], (language, code, name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_amount_too_large_names_the_limit(qtbot: QtBot, language: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_money("1,000.01", maximum=100_000)
    assert refused.value.code is ErrorCode.MONEY_TOO_LARGE
    language_switcher().set_language(language)
    assert "1,000.00" in describe(refused.value)

    with pytest.raises(InputError) as too_much:
        parse_money("100,000.01")
    assert format_money(MAX_AMOUNT, symbol=False) in describe(too_much.value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_short_password_names_the_minimum(qtbot: QtBot, language: str) -> None:
    with pytest.raises(InputError) as refused:
        check_password_rules("short")
    assert refused.value.code is ErrorCode.PASSWORD_TOO_SHORT
    language_switcher().set_language(language)
    assert str(MIN_PASSWORD_LENGTH) in describe(refused.value)


def test_payment_limits_name_the_largest_amount(qtbot: QtBot) -> None:
    language_switcher().set_language("zh_HK")
    for code in (ErrorCode.PAYMENT_AMOUNT, ErrorCode.PAYMENT_CASH_LARGE):
        assert format_money(MAX_AMOUNT, symbol=False) in describe(InputError("too much", code=code))


def test_the_known_gaps_are_chinese_for_a_hong_kong_clerk(qtbot: QtBot) -> None:
    language_switcher().set_language("zh_HK")
    gaps = {
        ErrorCode.LINE_CLOSED: "線路",
        ErrorCode.PAYMENT_AMOUNT: "付款",
        ErrorCode.PAYMENT_CASH_LARGE: "現金",
        ErrorCode.PAYMENT_CHANGE_NON_CASH: "找贖",
        ErrorCode.PLAN_LINE_EXPIRED: "過期",
        ErrorCode.PASSWORD_TOO_SHORT: "密碼",
        ErrorCode.USERNAME_FORMAT: "用戶名稱",
        ErrorCode.PRINTER_NONE: "預設打印機",
    }
    for code, word in gaps.items():
        assert word in describe(InputError("English", code=code, params=PARAMS)), code


def test_a_string_code_becomes_a_member_and_an_unknown_one_fails_at_once() -> None:
    error = InputError("At most 2 decimals.", code="money.decimals", field="amount")
    assert error.code is ErrorCode.MONEY_DECIMALS
    assert (str(error), error.field, dict(error.params)) == ("At most 2 decimals.", "amount", {})
    assert InputError("no code").code is ErrorCode.INPUT
    with pytest.raises(ValueError, match=r"money\.decimal"):
        InputError("a typo", code="money.decimal")


def test_outside_errors_with_a_code_are_told_in_the_clerks_language(qtbot: QtBot) -> None:
    language_switcher().set_language("zh_HK")
    missing = PrinterProblem("not installed", code="printer.missing", printer="TM-T88-BACK")
    refused = PrinterProblem("did not accept", code=ErrorCode.PRINTER_REFUSED, printer="TM-T88")
    no_default = PrinterProblem("no default printer", code="printer.none")
    for error in (missing, refused, no_default):
        assert CJK.search(describe(error)), error.code
    assert "TM-T88-BACK" in describe(missing) and "TM-T88" in describe(refused)
    outside: list[OutsideError] = [
        CjkFontMissing(),
        DatabaseUnavailable("server closed the connection"),
        SchemaMismatch("newer schema"),
        SecretFileError("the installation secret is damaged"),
    ]
    for error in outside:
        assert error.code is not None and CJK.search(describe(error)), type(error).__name__


def test_a_text_whose_value_is_not_given_leaves_the_english_message(qtbot: QtBot) -> None:
    # An import row's duplicate names the other line only in its message, for now.
    language_switcher().set_language("zh_HK")
    duplicate = InputError("this PIN is already on line 2 of the file", code="import.duplicate_pin")
    assert describe(duplicate) == "this PIN is already on line 2 of the file"
    duplicate = InputError("same", code="import.duplicate_pin", params={"line": 2})
    assert describe(duplicate) == "此充值密碼已在檔案第 2 行出現。"


def test_an_error_without_a_code_keeps_its_english_message(qtbot: QtBot) -> None:
    language_switcher().set_language("zh_HK")
    assert describe(OutsideError("cannot write in /media/usb: disk full")) == (
        "cannot write in /media/usb: disk full"
    )
    assert describe(ValueError("a bug's message")) == "a bug's message"


def test_qt_dialogs_follow_the_language(qtbot: QtBot) -> None:
    switcher = language_switcher()
    switcher.set_language("zh_HK")
    look_in = QCoreApplication.translate("QFileDialog", "Look in:")
    files_of_type = QCoreApplication.translate("QFileDialog", "Files of type:")
    assert CJK.search(look_in) and CJK.search(files_of_type), (look_in, files_of_type)
    switcher.set_language("zh_CN")
    simplified = QCoreApplication.translate("QFileDialog", "Look in:")
    assert CJK.search(simplified) and simplified != look_in
    switcher.set_language("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_without_qt_catalogues_the_dialogs_stay_english_and_it_is_told_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    switcher = language_switcher()
    monkeypatch.setitem(i18n._QT_CATALOGUES, "zh_HK", ("qtbase_xx_absent", "qt_xx_absent"))
    monkeypatch.setattr(switcher, "_qt_missing_told", set())
    with caplog.at_level(logging.WARNING, logger="counter.gui"):
        for language in ("zh_HK", "en", "zh_HK"):
            switcher.set_language(language)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    assert QCoreApplication.translate("ErrorText", "Wrong username or password.") != (
        "Wrong username or password."
    ), "Counter's own catalogue is installed all the same"
    told = [r.getMessage() for r in caplog.records if "qtbase_xx_absent" in r.getMessage()]
    assert len(told) == 1, told
