"""Keys that act on one page of a screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def page_shortcut(page: QWidget, slot: Callable[[], object], key: Qt.Key) -> QShortcut:
    """*key* runs *slot* only while the focus is on *page*; a held-down key acts once."""
    shortcut = QShortcut(QKeySequence(key), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.setAutoRepeat(False)
    shortcut.activated.connect(slot)
    return shortcut
