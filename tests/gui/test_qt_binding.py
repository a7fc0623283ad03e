"""The Qt binding must not corrupt Python's reference counts (PySide6 6.12.0 did).

On Python 3.11 (where None is not immortal) PySide6 6.12.0 took one reference from None on
every call of a Qt method returning nothing; after a few thousand calls the program
aborted ("none_dealloc"). This test fails on such a binding.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_void_qt_calls_leave_none_true_and_false_alone(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1_000):
        field.setText("x")
        field.setEnabled(True)
        field.setReadOnly(False)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A few references may come and go with caches; a leak per call would be ~3,000.
    assert all(abs(b - a) < 100 for a, b in zip(before, after, strict=True)), (before, after)
