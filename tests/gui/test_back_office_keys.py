"""Every button the back office lets the manager press names its key, as at the counter."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QTabBar, QTabWidget, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.domain.sales import SaleKind
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui.back_office import BackOfficeScreen
from counter_app.gui.history_tab import HistoryTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.service_calls import Calls
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import sales
from counter_app.store.models import Line
from tests.gui.test_back_office import Window, counter, sign_in  # noqa: F401 - the fixture
from tests.gui.test_counter_flow import KEY_NAMED


def buttons_without_a_key(root: QWidget) -> list[str]:
    """The visible, enabled push and tool buttons under *root* whose text names no key."""
    return [
        f"{button.objectName() or type(button).__name__}: {button.text()!r}"
        for kind in (QPushButton, QToolButton)
        for button in root.findChildren(kind)
        if button.isVisible()
        and button.isEnabled()
        and not isinstance(button.parent(), QTabBar)  # a tab bar's own scroll arrows
        and not KEY_NAMED.search(button.text())
    ]


def sell_a_top_up(shop: Window) -> str:
    """A credit top-up paid in cash, sold by whoever is signed in at the window."""
    station = shop.window.station
    assert station is not None
    clerk = station.signed_in()
    with shop.db.read() as session:
        line_id = session.scalars(select(Line.id).order_by(Line.id)).first()
    draft = sales.start_sale(shop.db, clerk, station.counter_id, SaleKind.LINE, line_id=line_id)
    done = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(TenderKind.CASH, 10_000)],
    )
    assert done.receipt_no is not None
    return done.receipt_no


def settle(qtbot: QtBot, tab: QWidget) -> None:
    """Until the tab's service calls are done and their results shown (buttons enabled)."""
    wait_for_tasks(20_000)
    qtbot.waitUntil(
        lambda: not any(calls.busy for calls in tab.findChildren(Calls)), timeout=20_000
    )


def walk(qtbot: QtBot, office: BackOfficeScreen, key: str) -> dict[str, list[str]]:
    """Each page of the tab *key* (and of the tabs within it) shown, with its offenders."""
    tab = office.tab(key)
    assert tab is not None
    qtbot.waitUntil(tab.isVisible, timeout=10_000)
    settle(qtbot, tab)
    if isinstance(tab, HistoryTab):
        # A sale selected, so that its reprint and void buttons are enabled.
        qtbot.waitUntil(tab.ui.historyReverseButton.isEnabled, timeout=10_000)
    found: dict[str, list[str]] = {key: buttons_without_a_key(tab)}
    for inner in tab.findChildren(QTabWidget):
        for page in range(inner.count()):
            inner.setCurrentIndex(page)
            qtbot.waitUntil(inner.currentWidget().isVisible, timeout=5_000)
            settle(qtbot, tab)
            found[f"{key}, {inner.objectName()} {page}"] = buttons_without_a_key(tab)
        inner.setCurrentIndex(0)
    # A button seen on the tab's first page is not listed again for each inner page.
    seen: set[str] = set()
    shown: dict[str, list[str]] = {}
    for where, offenders in found.items():
        new = [button for button in offenders if button not in seen]
        seen.update(new)
        if new:
            shown[where] = new
    return shown


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_every_enabled_back_office_button_names_its_key(
    qtbot: QtBot,
    counter: Window,  # noqa: F811 - the fixture imported above
    language: str,
) -> None:
    window = counter.window
    language_switcher().set_language(language)
    sign_in(qtbot, window, "manager")
    receipt_no = sell_a_top_up(counter)
    window.back_office()
    office = window.back_office_screen
    assert office is not None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is office, timeout=10_000)
    offenders: dict[str, list[str]] = {}
    for number, key in enumerate(office.tab_keys()):
        office.tabs.setCurrentIndex(number)
        offenders |= walk(qtbot, office, key)
    history = office.tab("history")
    assert isinstance(history, HistoryTab)
    assert history.details is not None and history.details.receipt_no == receipt_no
    wait_for_tasks(10_000)
    assert offenders == {}, "buttons that name no key:\n" + "\n".join(
        f"  {where}: {', '.join(found)}" for where, found in offenders.items()
    )
