"""The till counted note by note and coin by coin, against the cash the shift expects.

Each count is typed on the number pad and Enter moves down, like Tab; the amount of each
row, the total counted and the variance follow every key. A variance beyond the shop's
threshold needs a reason, and the panel says so as soon as the count shows it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from counter_app.domain.cash import COINS, MAX_PIECES, NOTES, CashCount, Denomination
from counter_app.domain.cash import count_of_pieces as count_pieces
from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money
from counter_app.gui.forms.ui_cash_count_panel import Ui_CashCountPanel
from counter_app.gui.style import say, set_style_state

_ENTER_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _CountRow:
    """One note or coin of the count: how many (a spin box) and what they are worth."""

    def __init__(self, piece: Denomination, spin: QSpinBox, amount: QLabel) -> None:
        self.piece = piece
        self.spin = spin
        self.amount = amount


class CashCountPanel(QWidget):
    """The count of the till: one row per note and coin, the totals and the reason.

    Signals:
        edited(): a count or the reason changed.
        reasonEntered(): Enter in the reason: the count is ready.
    """

    edited = Signal()
    reasonEntered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CashCountPanel()
        self.ui.setupUi(self)
        self._expected: int | None = None
        self._threshold = 0
        self._rows: list[_CountRow] = []
        for pieces, grid in ((NOTES, self.ui.notesGrid), (COINS, self.ui.coinsGrid)):
            for number, piece in enumerate(pieces):
                self._add_row(grid, number, piece)
        order: list[QWidget] = [row.spin for row in self._rows]
        for first, second in zip(order, [*order[1:], self.ui.varianceReasonInput], strict=True):
            QWidget.setTabOrder(first, second)
        self.ui.varianceReasonHintLabel.setProperty("role", "hint")
        self.ui.varianceReasonInput.textChanged.connect(self._on_reason_changed)
        self.ui.varianceReasonInput.returnPressed.connect(self.reasonEntered)
        self._update_totals()

    # --- public --------------------------------------------------------------------------

    def set_expected(self, expected: int | None, threshold: int = 0) -> None:
        """The cash the till should hold and the variance allowed without a reason
        (None: no shift is open, nothing to count against)."""
        self._expected, self._threshold = expected, threshold
        self._update_totals()

    def counts(self) -> CashCount:
        """The count typed so far (HK$10 notes and coins together); InputError if it is none."""
        return count_pieces((row.piece, row.spin.value()) for row in self._rows)

    def count_input(self, piece: Denomination) -> QSpinBox:
        """The spin box where *piece* is counted."""
        return next(row.spin for row in self._rows if row.piece == piece)

    def reason(self) -> str:
        return str(self.ui.varianceReasonInput.text())

    def variance(self) -> tuple[int, int, int] | None:
        """(counted, expected, variance) of the count typed so far; None if there is none."""
        if self._expected is None:
            return None
        try:
            counted = self.counts().total
        except InputError:
            return None
        return counted, self._expected, counted - self._expected

    def reason_needed(self) -> bool:
        """Whether the variance is beyond the threshold, so the close needs a reason."""
        figures = self.variance()
        return figures is not None and abs(figures[2]) > self._threshold

    def variance_text(self, variance: int) -> str:
        """ "-HK$30.00 short", "HK$5.00 over" or "HK$0.00 (exact)"."""
        if variance < 0:
            return self.tr("{amount} short").format(amount=format_money(variance))
        if variance > 0:
            return self.tr("{amount} over").format(amount=format_money(variance))
        return self.tr("{amount} (exact)").format(amount=format_money(0))

    def focus_reason(self) -> None:
        self.ui.varianceReasonInput.setFocus()

    def reset(self) -> None:
        """Every count back to 0 and no reason: a new shift is counted from nothing."""
        for row in self._rows:
            row.spin.blockSignals(True)
            row.spin.setValue(0)
            row.spin.blockSignals(False)
            row.amount.setText(format_money(0))
        self.ui.varianceReasonInput.blockSignals(True)
        self.ui.varianceReasonInput.clear()
        self.ui.varianceReasonInput.blockSignals(False)
        self._update_totals()

    # --- the grid ------------------------------------------------------------------------

    def _add_row(self, grid: QGridLayout, number: int, piece: Denomination) -> None:
        name = f"{piece.form.value}{piece.cents}"
        label = QLabel(piece.label, self)
        label.setObjectName(f"{name}Label")
        spin = QSpinBox(self)
        spin.setObjectName(f"{name}Input")
        spin.setRange(0, MAX_PIECES)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Never narrower than its largest count needs (a fixed 70 px cut the last digit).
        spin.setMinimumWidth(max(70, spin.minimumSizeHint().width()))
        spin.setAccelerated(True)
        label.setBuddy(spin)
        amount = QLabel(format_money(0), self)
        amount.setObjectName(f"{name}AmountLabel")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(label, number, 0)
        grid.addWidget(spin, number, 1)
        grid.addWidget(amount, number, 2)
        spin.valueChanged.connect(self._on_count_changed)
        spin.installEventFilter(self)
        self._rows.append(_CountRow(piece, spin, amount))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in a count moves down like Tab: the count is typed on the number pad.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            for number, row in enumerate(self._rows):
                if row.spin is watched:
                    self._focus_after(number)
                    return True
        return super().eventFilter(watched, event)

    def _focus_after(self, number: int) -> None:
        if number + 1 < len(self._rows):
            following = self._rows[number + 1].spin
            following.setFocus(Qt.FocusReason.TabFocusReason)
            following.selectAll()
        else:
            self.ui.varianceReasonInput.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot(int)
    def _on_count_changed(self, _value: int) -> None:
        for row in self._rows:
            row.amount.setText(format_money(row.piece.cents * row.spin.value()))
        self._update_totals()
        self.edited.emit()

    @Slot(str)
    def _on_reason_changed(self, _text: str) -> None:
        self._update_totals()
        self.edited.emit()

    # --- the totals ----------------------------------------------------------------------

    def _update_totals(self) -> None:
        ui = self.ui
        figures = self.variance()
        if figures is None:
            for label in (ui.closeExpectedValueLabel, ui.countedValueLabel, ui.varianceValueLabel):
                label.setText("—")
            ui.varianceReasonHintLabel.clear()
            return
        counted, expected, variance = figures
        ui.closeExpectedValueLabel.setText(format_money(expected))
        ui.countedValueLabel.setText(format_money(counted))
        ui.varianceValueLabel.setText(self.variance_text(variance))
        side = "short" if variance < 0 else "over" if variance > 0 else "even"
        set_style_state(ui.varianceValueLabel, "variance", side)
        threshold = format_money(self._threshold)
        if self.reason_needed():
            ui.varianceReasonInput.setPlaceholderText(self.tr("Required"))
            say(
                ui.varianceReasonHintLabel,
                self.tr("Required: the variance is more than {threshold}.").format(
                    threshold=threshold
                ),
                error=not self.reason().strip(),
            )
        else:
            ui.varianceReasonInput.setPlaceholderText(self.tr("Optional"))
            say(
                ui.varianceReasonHintLabel,
                self.tr("Optional: up to {threshold} needs no reason.").format(threshold=threshold),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_totals()
        super().changeEvent(event)
