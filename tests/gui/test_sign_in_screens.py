"""The screens around the counter's work keep their buttons whole when a message wraps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from counter_app.gui.sign_in_screen import (
    ChangePasswordScreen,
    LockScreen,
    OpenShiftScreen,
    SignInScreen,
)

TWO_LINES = (
    "此帳戶輸入錯誤密碼 5 次，已鎖定 15 分鐘，至 01:28。主管可以提早解鎖。此帳戶輸入錯誤密碼 5 次"
)
LONG = (
    "This account is locked for 15 minutes after 5 wrong passwords, until 01:28. A supervisor "
    "can unlock it sooner. 此帳戶輸入錯誤密碼 5 次，已鎖定 15 分鐘，至 01:28。主管可以提早解鎖。"
)


def _show(screen: QWidget, text: str) -> None:
    if isinstance(screen, ChangePasswordScreen):
        screen.start("陳店員", forced=True)
    elif isinstance(screen, LockScreen):
        screen.lock("陳店員")
    screen.show_error(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [TWO_LINES, LONG], ids=["two_lines", "long"])
@pytest.mark.parametrize(
    "kind",
    [SignInScreen, OpenShiftScreen, LockScreen, ChangePasswordScreen],
    ids=lambda kind: kind.__name__,
)
def test_a_message_that_wraps_does_not_push_a_button_out_of_its_frame(
    qtbot: QtBot, kind: type[QWidget], text: str
) -> None:
    screen = kind()
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitExposed(screen)
    before = {b.objectName(): b.height() for b in screen.findChildren(QPushButton)}
    _show(screen, text)
    (frame,) = [f for f in screen.findChildren(QFrame) if f.objectName().endswith("Frame")]
    error = next(label for label in frame.findChildren(QLabel) if label.text() == text)
    # The frame grows to give the message its lines (before, it kept its height and the
    # label was squeezed, and the button below it clipped at the frame's edge).
    qtbot.waitUntil(lambda: error.height() >= 2 * error.fontMetrics().lineSpacing(), timeout=2_000)
    for button in frame.findChildren(QPushButton):
        if button.isVisible():
            assert frame.rect().contains(button.geometry()), button.objectName()
            assert button.height() == before[button.objectName()], button.objectName()
