"""Help > Keys: every key of the counter and the back office on one page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from counter_app.gui.forms.ui_keys_dialog import Ui_KeysDialog

_CONTEXT: Final = "KeysDialog"


# The keys of the screens' pages (the menus' own keys are read from their actions, so they
# cannot go stale here). Each: where, key, what it does.
# QT_TRANSLATE_NOOP gives its text back, typed as object.
PAGE_KEYS: Final[tuple[tuple[object, str, object], ...]] = (
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Find the line"),
        "Enter",
        QT_TRANSLATE_NOOP(
            "KeysDialog", "Look up the number, SIM card (ICCID) or receipt typed or scanned"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Identity check"),
        "F8",
        QT_TRANSLATE_NOOP("KeysDialog", "The photo matches the customer"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Identity check"),
        "Enter",
        QT_TRANSLATE_NOOP(
            "KeysDialog", "Check the document; after 3 mismatches, the supervisor override"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Identity check"),
        "F9",
        QT_TRANSLATE_NOOP("KeysDialog", "Credit top-up, no ID needed"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Plan"),
        "↑ ↓ 1–9",
        QT_TRANSLATE_NOOP("KeysDialog", "Choose a plan"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Plan"),
        "Enter",
        QT_TRANSLATE_NOOP("KeysDialog", "Take the chosen plan"),
    ),
    (QT_TRANSLATE_NOOP("KeysDialog", "Payment"), "F1", QT_TRANSLATE_NOOP("KeysDialog", "Cash")),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Payment"),
        "F2",
        QT_TRANSLATE_NOOP("KeysDialog", "Card (last 4 digits and approval code)"),
    ),
    (QT_TRANSLATE_NOOP("KeysDialog", "Payment"), "F3", QT_TRANSLATE_NOOP("KeysDialog", "Octopus")),
    (QT_TRANSLATE_NOOP("KeysDialog", "Payment"), "F4", QT_TRANSLATE_NOOP("KeysDialog", "AlipayHK")),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Payment"),
        "F5",
        QT_TRANSLATE_NOOP("KeysDialog", "WeChat Pay HK"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Payment"),
        "F6",
        QT_TRANSLATE_NOOP("KeysDialog", "FPS (with its reference)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Payment"),
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("KeysDialog", "Add this tender to a split payment"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Payment"),
        "Enter",
        QT_TRANSLATE_NOOP("KeysDialog", "Complete the sale"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Done"),
        "Ctrl+P",
        QT_TRANSLATE_NOOP("KeysDialog", "Print the receipt (again: a copy, logged)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Done"),
        "Ctrl+S",
        QT_TRANSLATE_NOOP("KeysDialog", "Save the receipt as PDF"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Done"),
        "Enter",
        QT_TRANSLATE_NOOP("KeysDialog", "Next customer"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Done"),
        "Alt+R",
        QT_TRANSLATE_NOOP(
            "KeysDialog",
            "The carrier's reference of an item applied on the carrier's portal; Enter records it",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Anywhere"),
        "Esc",
        QT_TRANSLATE_NOOP("KeysDialog", "Go back; nothing typed is lost"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Anywhere"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP("KeysDialog", "Retry when the database banner shows"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Ctrl+1 … Ctrl+9",
        QT_TRANSLATE_NOOP("KeysDialog", "Go to a tab"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "F9",
        QT_TRANSLATE_NOOP("KeysDialog", "X report (shift tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Ctrl+P",
        QT_TRANSLATE_NOOP("KeysDialog", "Print the shift report (shift tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Ctrl+P",
        QT_TRANSLATE_NOOP("KeysDialog", "Print the receipt shown (history tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Ctrl+S",
        QT_TRANSLATE_NOOP("KeysDialog", "Save the receipt shown as PDF (history tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "F5",
        QT_TRANSLATE_NOOP("KeysDialog", "Reload the list (reminders tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "F5",
        QT_TRANSLATE_NOOP("KeysDialog", "Reload the list (outbox tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Alt+T",
        QT_TRANSLATE_NOOP("KeysDialog", "Try the chosen job again (outbox tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Alt+R, Alt+A",
        QT_TRANSLATE_NOOP(
            "KeysDialog", "The carrier's reference; record the job as applied by hand (outbox tab)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Alt+V",
        QT_TRANSLATE_NOOP("KeysDialog", "Void or refund the chosen job's sale (outbox tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysDialog", "Back office"),
        "Esc",
        QT_TRANSLATE_NOOP("KeysDialog", "Back to the counter"),
    ),
)


class KeysDialog(QDialog):
    """The keys of the pages, then the keys of the window's menu *actions*, in the
    current language (rebuilt when it changes)."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeysDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._actions = [action for action in actions if not action.shortcut().isEmpty()]
        header = self.ui.keysTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # A long description wraps onto a second line rather than being cut short with "…".
        self.ui.keysTable.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.ui.keysTable.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fill()

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, translated: where, key, what it does."""

        def tr(text: object) -> str:
            return QCoreApplication.translate(_CONTEXT, str(text))

        shown = [(tr(where), key, tr(what)) for where, key, what in PAGE_KEYS]
        menu = tr(QT_TRANSLATE_NOOP("KeysDialog", "Menu"))
        for action in self._actions:
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            shown.append((menu, key, action.text().replace("&", "").rstrip("…")))
        return shown

    def _fill(self) -> None:
        table = self.ui.keysTable
        rows = self.rows()
        table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
