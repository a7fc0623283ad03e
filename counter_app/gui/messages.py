"""Every message box goes through here: window-modal, never blocking, headless-safe.

Boxes are opened with ``open()``, not ``exec()``, so the event loop (and a test) never
hangs on one; without a QApplication the message goes to the log instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counter_app import log

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    details: str = "",
    on_retry: Callable[[], None] | None = None,
) -> QMessageBox | None:
    """Show an error; with *on_retry*, a Retry button calls it. Returns the box shown."""
    if QCoreApplication.instance() is None:
        log.gui.error("%s: %s %s", title, text, details)
        return None
    # Imported here: PySide6 wraps a class's enums on first import (QMessageBox costs
    # ~20 ms), and start-up shows no message.
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    # One box per parent, reused: not WA_DeleteOnClose, whose deferred delete of a box
    # that Python still references crashed PySide6 6.12 (seen under Xvfb).
    previous = parent.findChild(QMessageBox, "errorMessageBox") if parent is not None else None
    if previous is not None:
        previous.close()
        previous.setObjectName("closedErrorMessageBox")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    box.setObjectName("errorMessageBox")
    if details:
        box.setInformativeText(details)
    if on_retry is not None:
        retry = box.addButton(
            QCoreApplication.translate("messages", "Retry"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(retry)
        box.buttonClicked.connect(lambda button: on_retry() if button is retry else None)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box


def show_bug(parent: QWidget | None, error: BaseException) -> str:
    """Log an unexpected error with a reference number and tell the user; returns it."""
    import uuid  # noqa: PLC0415 - only a bug needs it; keep it out of start-up

    reference = uuid.uuid4().hex[:8].upper()
    log.gui.error("unexpected error, reference %s", reference, exc_info=error)
    show_error(
        parent,
        QCoreApplication.translate("messages", "Something went wrong"),
        QCoreApplication.translate(
            "messages",
            "Counter hit an unexpected problem (reference {reference}). The details are "
            "in the log file; tell your supervisor the reference.",
        ).format(reference=reference),
    )
    return reference


def ask(
    parent: QWidget,
    title: str,
    text: str,
    choices: Sequence[tuple[str, Callable[[], object]]],
    *,
    details: str = "",
) -> QMessageBox | None:
    """A question with one button per choice; the first is the default. Never blocks."""
    if QCoreApplication.instance() is None:
        log.gui.warning("%s: %s (no window to ask in)", title, text)
        return None
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("questionMessageBox")
    if details:
        box.setInformativeText(details)
    actions = {}
    for label, action in choices:
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        actions[button] = action
        if len(actions) == 1:
            box.setDefaultButton(button)
    box.buttonClicked.connect(lambda button: actions[button]() if button in actions else None)
    box.open()
    return box
