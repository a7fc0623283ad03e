"""The back office in the window: F12 from the counter, tabs by role, Esc back, settings applied."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.config import load_settings
from counter_app.domain.staff import Clerk, Role
from counter_app.gui import create_main_window
from counter_app.gui.back_office import TABS
from counter_app.gui.i18n import language_switcher
from counter_app.gui.main_window import MainWindow
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys, permissions, shop_settings, staff
from counter_app.services.permissions import Action
from counter_app.store.engine import Database
from counter_app.store.models import Shift
from counter_app.store.schema import upgrade

PASSWORD = "back-office-pw"


@dataclass
class Window:
    window: MainWindow
    db: Database


@pytest.fixture
def counter(qtbot: QtBot, database_url: str) -> Iterator[Window]:
    settings = load_settings({"database_url": database_url})
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    demo.build(db, secret, lines=10, password=PASSWORD, manager=True)
    window = create_main_window(database_url, language="zh_HK")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.sign_in_screen is not None, timeout=20_000)
    yield Window(window, db)
    window.close()
    wait_for_tasks(10_000)
    language_switcher().set_language("en")
    db.dispose()


def type_into_focus(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit), target
    qtbot.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)


def sign_in(qtbot: QtBot, window: MainWindow, username: str) -> None:
    screen = window.sign_in_screen
    assert screen is not None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is screen, timeout=10_000)
    # After a switch of clerk the last username stays and the password has the focus.
    qtbot.waitUntil(
        lambda: screen.ui.usernameInput.hasFocus() or screen.ui.passwordInput.hasFocus(),
        timeout=5_000,
    )
    screen.ui.usernameInput.clear()
    screen.ui.usernameInput.setFocus()
    type_into_focus(qtbot, username)
    type_into_focus(qtbot, PASSWORD)

    def asked_for_float() -> bool:
        shown = window.screens.currentWidget()
        return window.open_shift_screen is not None and shown is window.open_shift_screen

    qtbot.waitUntil(lambda: asked_for_float() or _at_counter(window), timeout=10_000)
    if asked_for_float():
        type_into_focus(qtbot, "500")
    qtbot.waitUntil(lambda: _at_counter(window), timeout=10_000)


def _at_counter(window: MainWindow) -> bool:
    return (
        window.line_sale_screen is not None
        and window.screens.currentWidget() is window.line_sale_screen
    )


def expected_tabs(role: Role) -> list[str]:
    clerk = Clerk(0, 0, "x", "x", role)
    return [spec.key for spec in TABS if any(permissions.allowed(clerk, a) for a in spec.needs)]


def test_each_role_sees_only_its_tabs_and_esc_goes_back(qtbot: QtBot, counter: Window) -> None:
    window = counter.window
    seen: dict[str, list[str]] = {}
    for username in ("clerk", "supervisor", "manager"):
        sign_in(qtbot, window, username)
        QTest.keyClick(window, Qt.Key.Key_F12)
        office = window.back_office_screen
        assert office is not None
        qtbot.waitUntil(lambda office=office: window.screens.currentWidget() is office)
        seen[username] = office.tab_keys()
        # The first tab (history) is built and its title is in the window's language.
        assert office.tabs.tabText(0) == "銷售記錄"
        assert (
            office.ui.backOfficeClerkLabel.text()
            == {
                "clerk": "陳店員",
                "supervisor": "李主管",
                "manager": "黃經理",
            }[username]
        )
        QTest.keyClick(office.tabs, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: _at_counter(window))
        window.switch_clerk()
    assert (
        seen["clerk"]
        == expected_tabs(Role.CLERK)
        == [
            "history",
            "shift",
            "reminders",
            "stock",
        ]
    )
    assert "reports" in seen["supervisor"] and "settings" in seen["supervisor"]
    assert seen["supervisor"] == expected_tabs(Role.SUPERVISOR)
    assert seen["manager"] == [spec.key for spec in TABS]
    # Nothing a clerk may not do is on a clerk's screen.
    assert not any(spec.key in seen["clerk"] for spec in TABS if Action.REPORTS_VIEW in spec.needs)


def test_every_tab_builds_for_the_manager(qtbot: QtBot, counter: Window) -> None:
    window = counter.window
    sign_in(qtbot, window, "manager")
    window.back_office()
    office = window.back_office_screen
    assert office is not None
    for number, key in enumerate(office.tab_keys(), start=1):
        QTest.keyClick(
            office.tabs, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert office.tabs.currentIndex() == number - 1
        built = office.tab(key)
        assert built is not None and built.isVisible()
    wait_for_tasks(10_000)


def test_counter_settings_from_the_database_win_over_the_pc(qtbot: QtBot, counter: Window) -> None:
    window = counter.window
    owner = staff.sign_in(counter.db, "manager", PASSWORD)
    shop_settings.save_counter_settings(
        counter.db, owner, "C1", {"idle_lock_minutes": 9, "print_copies": 2, "language": "en"}
    )
    window.connect_database()  # as at start-up: the settings are read with the counter
    qtbot.waitUntil(lambda: window.idle_timer.interval() == 9 * 60_000, timeout=10_000)
    assert window.station is not None and window.station.print_copies == 2
    assert language_switcher().language == "en"


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_every_tab_fits_a_1024_pixel_screen_without_scrolling_sideways(
    qtbot: QtBot, counter: Window, language: str
) -> None:
    # A 1024×768 counter PC: the window fills the screen. A tab may scroll down (a long
    # form), never sideways: what is past the right edge is not seen.
    window = counter.window
    window.resize(1024, 740)
    language_switcher().set_language(language)
    sign_in(qtbot, window, "manager")
    window.back_office()
    office = window.back_office_screen
    assert office is not None
    too_wide: dict[str, int] = {}
    for number, key in enumerate(office.tab_keys()):
        office.tabs.setCurrentIndex(number)
        built = office.tab(key)
        assert built is not None
        qtbot.waitUntil(built.isVisible)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        scroll = office.findChild(QScrollArea, f"{key}Scroll")
        assert scroll is not None
        past = scroll.horizontalScrollBar().maximum()
        if past > 0:
            too_wide[key] = past
    assert too_wide == {}, f"pixels past the right edge at 1024: {too_wide}"
    wait_for_tasks(10_000)


def _sign_in_to_the_float(qtbot: QtBot, window: MainWindow, username: str) -> None:
    screen = window.sign_in_screen
    assert screen is not None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is screen, timeout=10_000)
    qtbot.waitUntil(screen.ui.usernameInput.hasFocus, timeout=5_000)
    type_into_focus(qtbot, username)
    type_into_focus(qtbot, PASSWORD)
    qtbot.waitUntil(
        lambda: (
            window.open_shift_screen is not None
            and window.screens.currentWidget() is window.open_shift_screen
        ),
        timeout=10_000,
    )


@pytest.mark.parametrize("press", ["button", "F12"])
def test_a_manager_reads_the_back_office_with_no_shift_open(
    qtbot: QtBot, counter: Window, press: str
) -> None:
    # After closing up the owner reads the day's reports: no dummy shift to open.
    window = counter.window
    _sign_in_to_the_float(qtbot, window, "manager")
    waiting = window.open_shift_screen
    assert waiting is not None
    button = waiting.ui.openShiftBackOfficeButton
    assert button.isVisible() and "F12" in button.text()
    if press == "button":
        button.click()
    else:
        window.ui.actionBackOffice.trigger()
    office = window.back_office_screen
    qtbot.waitUntil(lambda: office is not None and office.isVisible(), timeout=10_000)
    assert office is not None
    assert office.tab_keys() == expected_tabs(Role.ADMIN)
    for key in ("history", "reports", "reminders", "shift"):
        office.tabs.setCurrentIndex(office.tab_keys().index(key))
        assert office.tab(key) is not None
    wait_for_tasks(10_000)
    # Esc: back to the float, not to a counter that cannot sell.
    QTest.keyClick(office.tabs.tabBar(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is waiting, timeout=5_000)
    assert window.line_sale_screen is None or not window.line_sale_screen.isVisible()
    with counter.db.read() as session:
        assert session.scalar(select(func.count(Shift.id))) == 0  # none opened for it
    wait_for_tasks(10_000)


def test_a_clerk_with_no_shift_must_open_one(qtbot: QtBot, counter: Window) -> None:
    window = counter.window
    _sign_in_to_the_float(qtbot, window, "clerk")
    waiting = window.open_shift_screen
    assert waiting is not None
    assert not waiting.ui.openShiftBackOfficeButton.isVisible()
    window.ui.actionBackOffice.trigger()
    assert window.screens.currentWidget() is waiting
    assert "主管" in waiting.ui.openShiftErrorLabel.text()
    wait_for_tasks(10_000)
