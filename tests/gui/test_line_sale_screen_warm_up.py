"""The counter screen's warm-up (each step shown once while hidden) outlives no screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from counter_app.gui.line_sale_screen import LineSaleScreen
from counter_app.gui.station import Station
from counter_app.services import demo, keys
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.schema import upgrade


def test_a_screen_deleted_during_its_warm_up_is_left_alone(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    upgrade(db)
    secret = keys.load_or_create(tmp_path / "s.json")
    demo.build(db, secret, lines=2, password="warm-up-pw")
    counter = counter_context(db, "C1")
    assert counter is not None
    screen = LineSaleScreen(Station(db, secret, counter))
    screen.warm_up()
    # The window closed at once: the screen goes before the warm-up's first turn.
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # pytest-qt fails the test on any exception raised in the event loop meanwhile
    # (it was "Internal C++ object (LineSaleScreen) already deleted").
    qtbot.wait(100)
    db.dispose()
