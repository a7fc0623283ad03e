"""The shop's words: one name for one thing, on the screen and on the receipt, in each language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Final

import pytest

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.identity import ID_TYPE_NAMES
from counter_app.domain.plans import CARD_TYPE_NAMES, LINE_STATUS_NAMES, CardType
from counter_app.domain.tenders import TENDER_NAMES, TenderKind
from counter_app.gui.i18n import language_switcher
from counter_app.gui.vocabulary import card_type_name, id_type_name, line_status_name, tender_name
from counter_app.printing.labels import ChineseScript, Labels

TRANSLATIONS: Final = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Sources that are different things in different places, so rightly translated two ways.
TWO_THINGS: Final = {
    "From": "a date range's start (由) and a promotion's first day (開始日期)",
    "Name": "a plan's name (名稱) and a person's name (姓名)",
    "&English name": "a plan's (名稱) and a holder's (姓名)",
    "Counter": "the program's name and a counter (櫃檯)",
    "Sales": "a count of sales (交易宗數) and the sales report (銷售)",
    "Active": "a line's status (有效) and a plan's or a clerk's on/off switch (啟用)",
}


def _translations(language: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    tree = ET.parse(TRANSLATIONS / f"counter_{language}.ts")  # noqa: S314 - our own catalogue
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("obsolete", "vanished"):
            found[message.findtext("source") or ""].add("".join(translation.itertext()))
    return found


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_each_source_is_translated_one_way(language: str) -> None:
    two_ways = {
        source: sorted(texts)
        for source, texts in _translations(language).items()
        if len(texts) > 1 and source not in TWO_THINGS
    }
    assert two_ways == {}


@pytest.mark.parametrize(
    ("language", "retired"),
    [
        # The trade's name is 香港註冊卡 (the product brief); 實名 is the identity check.
        ("zh_HK", ("香港實名卡", "數據卡")),
        # The receipts and reports print 信用卡 for a card payment; 充值 is a top-up.
        ("zh_CN", ("香港实名卡", "银行卡", "只增值")),
    ],
)
def test_retired_words_are_gone(language: str, retired: tuple[str, ...]) -> None:
    left = {
        source: text
        for source, texts in _translations(language).items()
        for text in texts
        if any(word in text for word in retired)
    }
    assert left == {}


@pytest.mark.parametrize("language", ["zh_HK", "en", "zh_CN"])
def test_the_window_says_what_the_receipt_prints(language: str) -> None:
    language_switcher().set_language(language)
    simplified = Labels(ChineseScript.SIMPLIFIED)

    def expected(names: tuple[str, str], simplified_name: str | None = None) -> str:
        if language == "en":
            return names[1]
        if language == "zh_CN" and simplified_name is not None:
            return simplified_name
        return names[0]

    for card in CardType:
        assert card_type_name(card) == expected(
            CARD_TYPE_NAMES[card], simplified.card_type(card.value)[0]
        )
    for tender in TenderKind:
        assert tender_name(tender) == expected(TENDER_NAMES[tender], simplified.tender(tender)[0])
    if language != "zh_CN":  # no Simplified table in the core for these: the .ts has them
        for status, names in LINE_STATUS_NAMES.items():
            assert line_status_name(status) == expected(names)
        for document, names in ID_TYPE_NAMES.items():
            assert id_type_name(document) == expected(names)
    else:
        for status in LINE_STATUS_NAMES:
            assert line_status_name(status) not in ("", status.value)
        for document, (traditional, _english) in ID_TYPE_NAMES.items():
            assert id_type_name(document) not in ("", traditional), document


@pytest.mark.parametrize(
    ("language", "clerk", "staff"), [("zh_HK", "店員", "職員"), ("zh_CN", "店员", "职员")]
)
def test_a_clerk_is_called_a_clerk(language: str, clerk: str, staff: str) -> None:
    # 職員 is a member of staff (the staff tab); the one at the counter is 店員, as on the
    # role choice, the history and the settings.
    wrong = {
        source: sorted(texts)
        for source, texts in _translations(language).items()
        if re.search(r"\bclerk\b", re.sub(r"\{\w+\}", "", source), re.IGNORECASE)
        and any(staff in text for text in texts)
    }
    assert wrong == {}
