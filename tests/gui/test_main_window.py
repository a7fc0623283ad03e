"""The main window driven as a clerk would: real widgets, real databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from counter_app.config import load_settings
from counter_app.gui import create_main_window
from counter_app.gui.about_dialog import AboutDialog
from counter_app.gui.connection import database_watch
from counter_app.gui.i18n import language_switcher
from counter_app.gui.keys_dialog import KeysDialog
from counter_app.gui.main_window import STATUS_DATABASE_PX, MainWindow
from counter_app.gui.placement import (
    Placement,
    placement_path,
    read_placement,
    save_placement,
    show_placed,
)
from counter_app.gui.service_calls import ServiceCall
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services.shop import ensure_demo_shop, open_database
from counter_app.store.engine import Database


@pytest.fixture
def demo_url(database_url: str) -> str:
    db = open_database(load_settings({"database_url": database_url}))
    ensure_demo_shop(db)
    db.dispose()
    return database_url


@pytest.fixture
def window_for(qtbot: QtBot) -> Iterator[object]:
    windows: list[MainWindow] = []

    def make(url: str, language: str = "zh_HK") -> MainWindow:
        window = create_main_window(url, language=language)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    wait_for_tasks(10_000)
    language_switcher().set_language("en")


def status(window: MainWindow, name: str) -> str:
    label = window.findChild(QLabel, f"{name}StatusLabel")
    assert label is not None
    return label.text()


def test_status_bar_names_shop_counter_clerk_and_database(
    qtbot: QtBot, window_for: object, demo_url: str
) -> None:
    window = window_for(demo_url)  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.database_state == "ready", timeout=15_000)
    assert status(window, "shop") == "店舖：示範通訊 旺角店"
    assert status(window, "counter") == "櫃檯：C1"
    assert status(window, "clerk") == "店員：未登入"
    assert status(window, "database").startswith("資料庫：")
    assert window.ui.shopNameLabel.text() == "示範通訊 旺角店"
    assert window.ui.counterNameLabel.text() == "櫃檯 C1 · 1號櫃檯"
    assert not window.ui.retryButton.isVisible()


def test_a_chain_s_two_server_url_is_shortened_in_the_status_bar_not_cut_off(
    qtbot: QtBot, window_for: object
) -> None:
    # A primary and its standby in one URL (README "For a chain of shops"); nobody answers
    # on these ports, which does not matter to the status bar.
    url = (
        "postgresql://postgres@127.0.0.1:43155,127.0.0.1:40525/counter"
        "?target_session_attrs=read-write"
    )
    window = window_for(url, "en")  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.database_state == "failed", timeout=30_000)
    label = window.findChild(QLabel, "databaseStatusLabel")
    assert label is not None
    shown = label.text()
    assert shown.startswith("Database: PostgreSQL") and "…" in shown
    assert shown.endswith("/counter")  # elided in the middle: the database's name stays
    prefix = label.fontMetrics().horizontalAdvance("Database: ")
    assert label.fontMetrics().horizontalAdvance(shown) <= prefix + STATUS_DATABASE_PX
    assert "127.0.0.1:43155,127.0.0.1:40525/counter" in label.toolTip()


def test_a_database_without_a_shop_says_so(
    qtbot: QtBot, window_for: object, sqlite_url: str
) -> None:
    window = window_for(sqlite_url, "en")  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.database_state == "ready", timeout=15_000)
    assert status(window, "shop") == "Shop: not set up"
    assert "no shop or counter set up yet" in window.ui.databaseStateLabel.text()


def test_languages_switch_at_runtime_from_the_menu(
    qtbot: QtBot, window_for: object, demo_url: str
) -> None:
    window = window_for(demo_url)  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.database_state == "ready", timeout=15_000)
    # Qt delivers LanguageChange through the event loop.
    window.ui.actionLanguageEn.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert status(window, "clerk") == "Clerk: not signed in"
    assert window.ui.shopNameLabel.text() == "Demo Mobile, Mong Kok"
    assert window.ui.actionLanguageEn.isChecked()
    window.ui.actionLanguageZhCN.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "文件(&F)")
    assert status(window, "clerk") == "店员：未登录"
    window.ui.actionLanguageZhHK.trigger()
    qtbot.waitUntil(lambda: status(window, "clerk") == "店員：未登入")
    assert window.ui.actionLanguageZhHK.isChecked()


def test_unusable_database_shows_error_and_retry_recovers(
    qtbot: QtBot, window_for: object, tmp_path: Path
) -> None:
    folder = tmp_path / "usb-drive"
    window = window_for(f"sqlite:///{folder / 'shop.sqlite3'}", "en")  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.database_state == "failed", timeout=15_000)
    assert window.ui.retryButton.isVisible()
    assert "does not exist" in window.ui.databaseStateLabel.text()
    box = window.findChild(QMessageBox, "errorMessageBox")
    assert box is not None and box.isVisible()
    assert "Nothing has been changed" in box.text()

    folder.mkdir()
    retry = next(b for b in box.findChildren(QPushButton) if b.text() == "Retry")
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.database_state == "ready", timeout=15_000)
    assert not window.ui.retryButton.isVisible()
    assert (folder / "shop.sqlite3").exists()


def test_about_dialog_lists_libraries_and_their_licences(
    qtbot: QtBot, window_for: object, sqlite_url: str
) -> None:
    window = window_for(sqlite_url, "en")  # type: ignore[operator]
    window.ui.actionAbout.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ui.libraryList.count() > 10, timeout=15_000)
    assert dialog.ui.titleLabel.text().startswith("Counter ")
    names = [dialog.ui.libraryList.item(i).text() for i in range(dialog.ui.libraryList.count())]
    row = next(i for i, name in enumerate(names) if name.startswith("PySide6_Essentials"))
    dialog.ui.libraryList.setCurrentRow(row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.ui.licenceText.toPlainText()
    dialog.close()


def test_help_lists_every_key_in_the_chosen_language(
    qtbot: QtBot, window_for: object, sqlite_url: str
) -> None:
    window = window_for(sqlite_url, "zh_HK")  # type: ignore[operator]
    window.ui.actionKeys.trigger()
    dialog = window.findChild(KeysDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    table = dialog.ui.keysTable
    rows = [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]
    keys = {key for _where, key, _what in rows}
    # Every menu key of the window, read from its actions, and the pages' own keys.
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.menu() is None:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert shown in keys, action.objectName()
    assert {"F1", "F6", "F8", "F9", "Ctrl+Enter", "Ctrl+P", "Esc"} <= keys
    assert ("付款", "F1", "現金") in rows
    language_switcher().set_language("en")

    def what() -> list[str]:
        return [table.item(row, 2).text() for row in range(table.rowCount())]

    qtbot.waitUntil(lambda: "Cash" in what(), timeout=5_000)
    assert "現金" not in what()
    dialog.close()


@pytest.mark.parametrize("language", ["en", "zh_HK"])
def test_the_keys_are_told_whole_on_a_1024_pixel_screen(
    qtbot: QtBot, window_for: object, sqlite_url: str, language: str
) -> None:
    window = window_for(sqlite_url, language)  # type: ignore[operator]
    window.resize(1024, 698)
    window.ui.actionKeys.trigger()
    dialog = window.findChild(KeysDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024
    table = dialog.ui.keysTable
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(3):
            item = table.item(row, column)
            room = table.visualItemRect(item)
            width = room.width() - 6  # a cell's text margins, 3 px each side

            def lines(at: int, text: str = item.text()) -> int:
                # CJK falls back to a taller font: count lines, not pixels.
                flags = Qt.TextFlag.TextWordWrap
                one = metrics.boundingRect(QRect(0, 0, 100_000, 1_000), flags, text).height()
                return round(
                    metrics.boundingRect(QRect(0, 0, at, 10_000), flags, text).height() / one
                )

            wrapped = lines(width)
            # The text, wrapped at its cell's width, fits its cell: nothing is cut with "…".
            assert metrics.horizontalAdvance(item.text()) <= width or wrapped > 1, item.text()
            assert room.height() >= wrapped * metrics.height(), (item.text(), room, wrapped)
    dialog.close()


def _placed(qtbot: QtBot, path: Path, width: int = 640, height: int = 480) -> QWidget:
    window = QWidget()
    window.setMinimumSize(320, 240)
    qtbot.addWidget(window)
    window.resize(width, height)
    show_placed(window, path)
    qtbot.waitExposed(window)
    return window


def test_the_window_opens_maximized_unless_a_place_that_fits_was_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "config" / "window.json"
    # Nothing kept yet: maximized, whatever the form's own size (never a fixed size).
    first = _placed(qtbot, path)
    assert first.isMaximized()

    # Closed at a place of the clerk's choosing: kept (owner-only) and used again.
    first.showNormal()
    first.setGeometry(QRect(40, 60, 500, 400))
    qtbot.waitUntil(lambda: first.geometry() == QRect(40, 60, 500, 400))
    save_placement(first, path)
    assert path.stat().st_mode & 0o777 == 0o600
    second = _placed(qtbot, path)
    assert not second.isMaximized()
    assert second.geometry() == QRect(40, 60, 500, 400)

    # Closed maximized: opens maximized, and un-maximizes to the place it had before.
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    save_placement(second, path)
    assert read_placement(path) == Placement(40, 60, 500, 400, maximized=True)
    third = _placed(qtbot, path)
    assert third.isMaximized()
    third.showNormal()
    qtbot.waitUntil(lambda: third.geometry() == QRect(40, 60, 500, 400))


@pytest.mark.parametrize(
    "kept",
    [
        # The offscreen screen is 800x800: a place kept on a larger screen reaches past it
        # (the title bar counted), so does one moved off its edge or below the minimum.
        '{"x": 0, "y": 0, "width": 1366, "height": 768, "maximized": false}',
        '{"x": 0, "y": 0, "width": 800, "height": 800, "maximized": false}',
        '{"x": 500, "y": 0, "width": 640, "height": 480, "maximized": false}',
        '{"x": -30, "y": 0, "width": 640, "height": 480, "maximized": false}',
        '{"x": 0, "y": 0, "width": 100, "height": 80, "maximized": false}',
        '{"x": 0, "y": 0, "width": 640.5, "height": 480, "maximized": false}',
        '{"x": 0, "y": 0, "width": 640}',
        "not json",
    ],
)
def test_a_kept_place_that_no_longer_fits_the_screen_opens_maximized(
    qtbot: QtBot, tmp_path: Path, kept: str
) -> None:
    path = tmp_path / "window.json"
    path.write_text(kept, encoding="utf-8")
    window = _placed(qtbot, path)
    assert window.isMaximized()


def test_the_main_window_keeps_its_place_on_close_and_fits_a_1024x768_screen(
    qtbot: QtBot, sqlite_url: str
) -> None:
    window = create_main_window(sqlite_url, language="en")
    qtbot.addWidget(window)
    # 1024x768 less a title bar (~30) and a task bar (~40).
    assert window.minimumSize().width() <= 1024
    assert window.minimumSize().height() <= 768 - 30 - 40
    path = placement_path(window.settings.paths.config_dir)
    show_placed(window, path)
    qtbot.waitUntil(window.isMaximized)
    window.close()
    wait_for_tasks(10_000)
    kept = read_placement(path)
    assert kept is not None and kept.maximized
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_banner_says_what_failed_a_full_disk_is_not_a_network_cut(
    qtbot: QtBot, window_for: object, demo_url: str, tmp_path: Path
) -> None:
    window = window_for(demo_url, "en")  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.database_state == "ready", timeout=15_000)
    full = Database(f"sqlite:///{tmp_path / 'full.sqlite3'}")

    def fill_the_disk() -> None:  # a real SQLITE_FULL: the file may not grow any more
        with full.write() as session:
            session.execute(text("CREATE TABLE IF NOT EXISTS t (body TEXT)"))
            session.execute(text("PRAGMA max_page_count = 4"))
            for _ in range(100):
                session.execute(text("INSERT INTO t VALUES (:b)"), {"b": "x" * 4000})

    try:
        ServiceCall(window, "complete", fill_the_disk, lambda _none: None).run()
        qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
        shown = window.banner_ui.databaseBannerLabel.text()
        assert "disk is full" in shown and "nothing is lost" in shown
        assert "network" not in shown
        assert window.banner.toolTip() == ""  # the driver's English is for the log only
        assert window.findChild(QMessageBox, "errorMessageBox") is None
    finally:
        database_watch().report_answered()
        full.dispose()
    assert not window.banner.isVisible()
    assert "not answering" in window.banner_ui.databaseBannerLabel.text()
