"""Switching language on every screen leaves nothing in the language before.

On each screen the window goes zh_HK → en → zh_CN; after each switch every text the clerk
can see is collected and checked: in English no Chinese character may be left (except
data, which is in the language it was entered in), in Simplified Chinese no text may be
a Traditional translation whose Simplified one differs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.config import load_settings
from counter_app.domain.identity import ID_TYPE_NAMES
from counter_app.domain.plans import CARD_TYPE_NAMES, LINE_STATUS_NAMES
from counter_app.domain.tenders import TENDER_NAMES
from counter_app.gui import create_main_window
from counter_app.gui.history_tab import HistoryTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.main_window import MainWindow
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys
from counter_app.store.engine import Database
from counter_app.store.models import Counter as CounterRow
from counter_app.store.models import Customer, Line, StaffUser
from counter_app.store.models import Shop as ShopRow
from counter_app.store.schema import upgrade
from tests.gui.test_back_office import PASSWORD, sign_in

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
# A label's words: what a clerk reads as one term between separators.
TOKEN_SPLIT = re.compile(r"[\s·:：,，;；()（）/\[\]【】「」]+")
# Shown in their own language on purpose, whatever the window's: each language's name in
# the language choice, so a clerk who cannot read the current one finds their own, and
# the receipt's Chinese script choice showing a sample of each script.
LANGUAGE_NAMES = ("繁體中文（香港）", "简体中文", "(繁體)", "(简体)")
# A customer's Chinese name as the screen masks it: data, whatever the window's language.
MASKED_NAME = re.compile(r"[\u3400-\u9fff]*\*[\u3400-\u9fff*]*")


def _catalogue(name: str) -> dict[str, str]:
    """Source → finished translation of one .ts file."""
    found: dict[str, str] = {}
    tree = ET.parse(TRANSLATIONS / name)  # noqa: S314 - our own catalogue
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "obsolete"):
            found[source] = "".join(translation.itertext())
    return found


@cache
def traditional_only() -> tuple[frozenset[str], frozenset[str]]:
    """(texts, words) that are Traditional, never Simplified.

    texts: the zh_HK translations whose zh_CN translation differs (a shown text equal to
    one was not switched). words: the words of those, and the core's Traditional names of
    card types, statuses, documents and tenders (the window shows them too), that hold a
    character no zh_CN translation has ("作廢收據" of "作廢收據 {receipt}")."""
    hk, cn = _catalogue("counter_zh_HK.ts"), _catalogue("counter_zh_CN.ts")
    texts = {text for source, text in hk.items() if cn.get(source, text) != text}
    simplified_chars = set("".join(cn.values()))
    names = [
        traditional
        for table in (CARD_TYPE_NAMES, LINE_STATUS_NAMES, ID_TYPE_NAMES, TENDER_NAMES)
        for traditional, _english in table.values()
    ]
    words = {
        word
        for text in (*texts, *names)
        for word in TOKEN_SPLIT.split(re.sub(r"\{\w*\}|&\w", " ", text))
        if any(CJK.match(c) and c not in simplified_chars for c in word)
    }
    return frozenset(t for t in texts if CJK.search(t)), frozenset(words)


@dataclass
class Texts:
    """What one screen shows, as (where, text)."""

    shown: list[tuple[str, str]] = field(default_factory=list)

    def add(self, widget: QWidget, what: str, text: str) -> None:
        text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&&", "&")
        if text.strip():
            self.shown.append((f"{widget.objectName() or type(widget).__name__}.{what}", text))


def shown_texts(roots: list[QWidget]) -> Texts:  # noqa: PLR0912 - one branch a kind
    texts = Texts()
    widgets: list[QWidget] = []
    for root in roots:
        widgets.append(root)
        widgets.extend(root.findChildren(QWidget))
    for widget in widgets:
        if not widget.isVisible():
            continue
        if widget.isWindow():
            texts.add(widget, "windowTitle", widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                texts.add(widget, f"item{index}", widget.itemText(index))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                texts.add(widget, f"tab{index}", widget.tabText(index))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            if header.isHidden():
                continue
            for column in range(header.count()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    texts.add(widget, f"header{column}", header)
    return texts


@dataclass
class Shop:
    window: MainWindow
    db: Database
    sample_msisdn: str
    sample_id: str
    data: tuple[str, ...]  # texts that are data: in the language they were entered in
    home: Path
    offenders: dict[str, list[str]] = field(default_factory=dict)

    def check(self, screen: str, roots: Callable[[], list[QWidget]]) -> None:
        """Switch zh_HK → en → zh_CN on *screen*; record what stayed behind each time."""
        switch(self.window, "zh_HK")
        switch(self.window, "en")
        self._record(f"{screen} (en)", english_leftovers(shown_texts(roots()), self.data))
        switch(self.window, "zh_CN")
        self._record(f"{screen} (zh_CN)", traditional_leftovers(shown_texts(roots()), self.data))

    def _record(self, where: str, found: list[str]) -> None:
        if found:
            self.offenders[where] = found


def switch(window: MainWindow, language: str) -> None:
    language_switcher().set_language(language)
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        wait_for_tasks(10_000)
    QApplication.processEvents()


def without_data(text: str, data: tuple[str, ...]) -> str:
    """*text* less the data in it: the names entered (shop, counters, staff, customers), a
    customer's name as masked on screen ("李*文"), and the language names."""
    for datum in (*data, *LANGUAGE_NAMES):
        text = text.replace(datum, " ")
    return MASKED_NAME.sub(" ", text)


def english_leftovers(texts: Texts, data: tuple[str, ...]) -> list[str]:
    return [
        f"{where}: {text!r}" for where, text in texts.shown if CJK.search(without_data(text, data))
    ]


def traditional_leftovers(texts: Texts, data: tuple[str, ...]) -> list[str]:
    found = []
    whole, words = traditional_only()
    for where, shown in texts.shown:
        text = without_data(shown, data).strip()
        if text in whole or set(TOKEN_SPLIT.split(text)) & words:
            found.append(f"{where}: {shown!r}")
    return found


@pytest.fixture
def shop(qtbot: QtBot, sqlite_url: str, tmp_path: Path) -> Iterator[Shop]:
    settings = load_settings({"database_url": sqlite_url})
    db = Database(sqlite_url)
    upgrade(db)
    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    built = demo.build(db, secret, lines=10, password=PASSWORD, manager=True)
    with db.read() as session:
        # Data: the shop's, the staff's and the customers' names, as they were entered.
        data = [
            name
            for row in session.execute(select(ShopRow.name_zh, ShopRow.address_zh)).all()
            for name in row
        ]
        data += list(session.scalars(select(StaffUser.display_name)))
        data += list(session.scalars(select(CounterRow.name)))
        data += [name for name in session.scalars(select(Customer.name_zh)) if name]
    window = create_main_window(sqlite_url, language="zh_HK")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.sign_in_screen is not None, timeout=20_000)
    sample = built.samples[0]
    yield Shop(
        window,
        db,
        sample.msisdn,
        sample.id_number,
        tuple(sorted({d for d in data if d}, key=len, reverse=True)),
        tmp_path,
    )
    window.close()
    wait_for_tasks(10_000)
    language_switcher().set_language("en")
    db.dispose()


def report(offenders: dict[str, list[str]]) -> str:
    return "texts left in the language before:\n" + "\n".join(
        f"  {where}:\n" + "\n".join(f"    {text}" for text in found)
        for where, found in offenders.items()
    )


def test_the_counter_screens_switch_every_text(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    sign_in(qtbot, window, "manager")
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    roots: Callable[[], list[QWidget]] = lambda: [window]  # noqa: E731

    shop.check("counter, waiting", roots)
    switch(window, "zh_HK")
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    qtbot.keyClicks(ui.lineSearchInput, shop.sample_msisdn)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    shop.check("counter, identity", roots)

    switch(window, "zh_HK")
    id_input = screen.identity_panel.ui.idNumberInput
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    qtbot.keyClicks(id_input, shop.sample_id)
    QTest.keyClick(id_input, screen.identity_panel.PHOTO_KEY)
    QTest.keyClick(id_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    shop.check("counter, plans", roots)

    switch(window, "zh_HK")
    screen.plan_panel.setFocus()
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Return)
    payment = screen.flow.payment_page
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is payment, timeout=5_000)
    shop.check("counter, payment (read-back box)", roots)

    switch(window, "zh_HK")
    cash = screen.flow.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    qtbot.keyClicks(cash, "500")
    QTest.keyClick(cash, Qt.Key.Key_Return)
    done = screen.flow.done_page
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is done, timeout=10_000)
    panel = screen.flow.done_panel.receipt_panel
    qtbot.waitUntil(lambda: panel.files is not None, timeout=20_000)
    shop.check("counter, done with its receipt", roots)

    # The receipt's status line says why a save failed, in the language of the moment.
    switch(window, "zh_HK")
    status = panel.preview.status
    panel.save_pdf(shop.home / "no such folder" / "receipt.pdf")
    qtbot.waitUntil(lambda: status.text() != "", timeout=10_000)
    # The environment's error also opens a box (with Retry); closed, as the clerk must close
    # it before reaching the language setting.
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    boxes[0].reject()
    shop.check("counter, receipt not saved", roots)

    assert not shop.offenders, report(shop.offenders)


def test_the_new_sim_and_voucher_screens_switch_every_text(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    sign_in(qtbot, window, "manager")
    roots: Callable[[], list[QWidget]] = lambda: [window]  # noqa: E731
    switch(window, "zh_HK")
    window.new_sim()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.new_sim_screen, timeout=10_000)
    shop.check("new SIM", roots)

    switch(window, "zh_HK")
    window.show_line_sale_screen()
    window.sell_voucher()
    qtbot.waitUntil(
        lambda: window.screens.currentWidget() is window.voucher_screen is not None,
        timeout=10_000,
    )
    vouchers = window.voucher_screen
    assert vouchers is not None
    qtbot.waitUntil(lambda: vouchers.model.rowCount() > 0, timeout=10_000)
    shop.check("PIN voucher", roots)

    assert not shop.offenders, report(shop.offenders)


def test_the_back_office_switches_every_text(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    sign_in(qtbot, window, "manager")
    # A sale to show in the history: a credit top-up of the sample line, paid in cash.
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    qtbot.keyClicks(ui.lineSearchInput, shop.sample_msisdn)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Return)
    cash = screen.flow.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(lambda: cash.isVisible() and cash.hasFocus(), timeout=5_000)
    qtbot.keyClicks(cash, "100")
    QTest.keyClick(cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    wait_for_tasks(20_000)

    window.back_office()
    office = window.back_office_screen
    assert office is not None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is office, timeout=10_000)
    roots: Callable[[], list[QWidget]] = lambda: [window]  # noqa: E731
    for number, key in enumerate(office.tab_keys()):
        switch(window, "zh_HK")
        office.tabs.setCurrentIndex(number)
        tab = office.tab(key)
        assert tab is not None
        qtbot.waitUntil(tab.isVisible, timeout=10_000)
        wait_for_tasks(20_000)
        if isinstance(tab, HistoryTab):
            qtbot.waitUntil(lambda tab=tab: tab.details is not None, timeout=10_000)
        shop.check(f"back office, {key}", roots)

    # The void dialog of the sale shown in the history, opened as the clerk opens it.
    switch(window, "zh_HK")
    office.tabs.setCurrentIndex(office.tab_keys().index("history"))
    history = office.tab("history")
    assert isinstance(history, HistoryTab)
    qtbot.waitUntil(lambda: history.preview is not None, timeout=10_000)
    history.open_reversal()
    dialog = history.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    shop.check("void dialog", lambda: [dialog])
    dialog.reject()

    assert not shop.offenders, report(shop.offenders)


def _column(model: QAbstractItemModel, column: int = 0) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_carriers_are_shown_by_their_name_never_their_code(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    sign_in(qtbot, window, "manager")
    codes = ("BAUHINIA", "PEARL", "HARBOUR")
    window.sell_voucher()
    vouchers = window.voucher_screen
    assert vouchers is not None
    qtbot.waitUntil(lambda: vouchers.model.rowCount() > 0, timeout=10_000)
    for language, name in (("zh_HK", "紫荊流動"), ("en", "Bauhinia Mobile")):
        switch(window, language)
        shown = _column(vouchers.model)
        assert any(text.startswith(name) for text in shown), shown
        assert not any(code in text for text in shown for code in codes), shown

    window.show_line_sale_screen()
    window.back_office()
    office = window.back_office_screen
    assert office is not None
    found: dict[str, list[str]] = {}
    for key, table in (("catalog", "plansTable"), ("stock", "stockTable")):
        office.tabs.setCurrentIndex(office.tab_keys().index(key))
        tab = office.tab(key)
        assert tab is not None
        view = tab.findChild(QTableView, table)
        assert view is not None
        qtbot.waitUntil(lambda view=view: view.model().rowCount() > 0, timeout=10_000)
        for language in ("zh_HK", "en"):
            switch(window, language)
            found[f"{key} {language}"] = sorted(set(_column(view.model())))
    assert found["catalog zh_HK"] == found["stock zh_HK"] == ["珠江通", "紫荊流動", "維港數據"]
    assert found["catalog en"] == ["Bauhinia Mobile", "Harbour Data", "Pearl River Link"]
    assert found["stock en"] == ["Bauhinia Mobile", "Harbour Data", "Pearl River Link"]
    combo = office.findChild(QComboBox, "planCarrierCombo")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == found["catalog en"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["BAUHINIA", "HARBOUR", "PEARL"]


def test_the_counter_and_the_history_show_a_data_amount_alike(qtbot: QtBot, shop: Shop) -> None:
    # 1,536 MB left: the counter said "1.5 GB", the history "1,536 MB".
    with shop.db.write() as session:
        line = session.scalars(select(Line).where(Line.msisdn == shop.sample_msisdn)).one()
        line.data_left_mb = 1_536
    window = shop.window
    sign_in(qtbot, window, "manager")
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    qtbot.keyClicks(ui.lineSearchInput, shop.sample_msisdn)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    on_counter = ui.accountDataLabel.text()
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Return)
    cash = screen.flow.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(lambda: cash.isVisible() and cash.hasFocus(), timeout=5_000)
    qtbot.keyClicks(cash, "100")
    QTest.keyClick(cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    wait_for_tasks(20_000)

    window.back_office()
    office = window.back_office_screen
    assert office is not None
    history = office.tab("history")
    assert isinstance(history, HistoryTab)
    qtbot.waitUntil(lambda: history.details is not None, timeout=10_000)
    table = history.details_view.ui.saleLineTable
    in_history = [table.item(2, column).text() for column in (0, 1)]  # data: before, after
    assert on_counter == "1.5 GB"
    assert in_history == [on_counter, on_counter]  # a credit top-up leaves the data as it was
