"""The shift tab (更次及現金): the open shift's figures, cash in and out, and the close.

The tab wires three parts: its own figures and cash movements, the count of the till
(:class:`~counter_app.gui.cash_count_panel.CashCountPanel`) and the shift's report
(:class:`~counter_app.gui.shift_report_panel.ShiftReportPanel`). A variance beyond the
shop's threshold needs a reason before the close is even asked for (the service checks
it again). Once closed, the Z report is made, archived and printed in the background: a
printer problem is reported, the close stands.
"""

from __future__ import annotations

from functools import partial
from typing import Final

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from counter_app.domain.cash import CashCount
from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money, parse_money
from counter_app.domain.shifts import ShiftFigures, TenderFigures
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import TenderKind
from counter_app.gui import messages
from counter_app.gui.cash_count_panel import CashCountPanel
from counter_app.gui.drawer import open_drawer
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_shift_tab import Ui_ShiftTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.not_done import say_not_done
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.shift_report_panel import ShiftReportPanel
from counter_app.gui.shortcuts import page_shortcut
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.gui.vocabulary import tender_name
from counter_app.services import permissions, shifts
from counter_app.services.permissions import Action
from counter_app.services.shifts import LiveShift

_ENTER_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_FIGURES: Final = "figures"


class ShiftTab(QWidget):
    """The open shift at this counter, its cash and its close.

    Signals:
        shiftClosed(): the shift is closed and the clerk is done with its Z report
            (pressed Done, or left the tab); emitted once per close.
    """

    shiftClosed = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_ShiftTab()
        self.ui.setupUi(self)
        self.cash_count = CashCountPanel(self)
        self.ui.countPanelLayout.addWidget(self.cash_count)
        self.report_panel = ShiftReportPanel(station, self)
        self.ui.shiftTabLayout.addWidget(self.report_panel)

        self.live: LiveShift | None = None
        self.closed: ShiftFigures | None = None
        self._close_pending = False

        for label in (
            self.ui.cashMessageLabel,
            self.ui.closeMessageLabel,
            self.ui.noShiftMessageLabel,
        ):
            label.setProperty("role", "hint")
        QWidget.setTabOrder(self.cash_count.ui.varianceReasonInput, self.ui.closeShiftButton)
        QWidget.setTabOrder(self.ui.cashAmountInput, self.ui.cashReasonInput)
        QWidget.setTabOrder(self.ui.cashReasonInput, self.ui.cashInButton)
        QWidget.setTabOrder(self.ui.cashInButton, self.ui.cashOutButton)
        self.ui.cashInButton.clicked.connect(self._on_cash_in)
        self.ui.cashOutButton.clicked.connect(self._on_cash_out)
        self.ui.cashAmountInput.returnPressed.connect(self.ui.cashReasonInput.setFocus)
        self.ui.closeShiftButton.clicked.connect(self._on_close_requested)
        self.ui.doneButton.clicked.connect(self._on_done)
        self.cash_count.edited.connect(self._on_count_edited)
        self.cash_count.reasonEntered.connect(self._on_close_requested)
        self.report_panel.xReportWanted.connect(self.x_report)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        calls_of(self.report_panel).busyChanged.connect(self._on_busy_changed)
        report = self.report_panel.ui
        for key, slot in (
            (QKeySequence("Ctrl+P"), report.printReportButton.animateClick),
            (QKeySequence(Qt.Key.Key_F9), report.xReportButton.animateClick),
        ):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for enter in _ENTER_KEYS:
            page_shortcut(self.ui.closedPage, self._on_done, enter)
        language_switcher().changed.connect(self._on_language_changed)
        self.ui.shiftStack.setCurrentWidget(self.ui.noShiftPage)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A call of the tab or of its report is running."""
        return calls_of(self).busy or self.report_panel.busy

    def refresh(self) -> None:
        """Read the open shift's figures again (the count typed so far is kept)."""
        if self.ui.shiftStack.currentWidget() is self.ui.closedPage:
            return
        clerk = self.station.clerk
        if clerk is None:
            return
        work = partial(shifts.live_shift, self.station.db, clerk, self.station.counter_id)
        ServiceCall(self, "shift figures", work, self._show_live).failure(
            self._on_figures_not_read
        ).not_done(self._on_figures_not_read).replacing(_FIGURES).run()

    @Slot()
    def x_report(self) -> None:
        """Make the open shift's X report and preview it (printed on Print)."""
        if self.live is None or self.station.clerk is None or self.busy:
            return
        self.report_panel.x_report(self.live.figures.shift_id)

    # --- the open shift ------------------------------------------------------------------

    def _show_live(self, live: LiveShift | None) -> None:
        previous = self.live
        self.live = live
        self.ui.noShiftMessageLabel.clear()
        if live is None:
            self.cash_count.set_expected(None)
            self.ui.shiftStack.setCurrentWidget(self.ui.noShiftPage)
            self._update_buttons()
            return
        if previous is None or previous.figures.shift_id != live.figures.shift_id:
            self.cash_count.reset()
            self.report_panel.clear()
            self.ui.closeMessageLabel.clear()
            self.ui.cashMessageLabel.clear()
        self.cash_count.set_expected(live.figures.expected_cash, live.variance_threshold)
        self.ui.shiftStack.setCurrentWidget(self.ui.openShiftPage)
        self._show_figures()
        self._update_buttons()

    def _on_figures_not_read(self, error: BaseException) -> None:
        for label in (self.ui.noShiftMessageLabel, self.ui.closeMessageLabel):
            say_not_done(label, error)

    def _english(self) -> bool:
        return language_switcher().language == "en"

    def _tender_name(self, tender: str) -> str:
        try:
            return tender_name(TenderKind(tender))
        except ValueError:
            return tender

    def _tender_line(self, tender: str, got: TenderFigures) -> str:
        """One tender's figures; taken, given back and net once a void or refund used it."""
        name = self._tender_name(tender)
        if not got.given_back:
            return f"{name} {format_money(got.taken)}"
        return self.tr("{tender} {taken} taken · {back} voided/refunded · net {net}").format(
            tender=name,
            taken=format_money(got.taken),
            back=format_money(got.given_back),
            net=format_money(got.net),
        )

    def _show_figures(self) -> None:
        live, ui = self.live, self.ui
        if live is None:
            return
        figures = live.figures
        opened = figures.opened_at.astimezone(HONG_KONG)
        ui.shiftTitleLabel.setText(
            self.tr("Shift {number} at counter {counter}").format(
                number=figures.shift_id, counter=self.station.counter.counter_code
            )
        )
        ui.shiftOpenedLabel.setText(
            self.tr("Opened by {name}, {date} {time}").format(
                name=live.opened_by_name, date=f"{opened:%Y-%m-%d}", time=f"{opened:%H:%M}"
            )
        )
        ui.salesValueLabel.setText(f"{figures.sales_count} · {format_money(figures.sales_total)}")
        ui.tendersValueLabel.setText(
            "\n".join(self._tender_line(tender, got) for tender, got in figures.tenders.items())
            or "—"
        )
        ui.cashTakingsValueLabel.setText(format_money(figures.cash_takings))
        ui.voidsValueLabel.setText(f"{figures.voids} · {format_money(-figures.void_amount)}")
        ui.refundsValueLabel.setText(f"{figures.refunds} · {format_money(-figures.refund_amount)}")
        ui.unconfirmedValueLabel.setText(str(figures.unconfirmed_sales))
        ui.floatValueLabel.setText(format_money(figures.float_amount))
        ui.cashReturnedValueLabel.setText(format_money(-figures.cash_returned))
        ui.cashInValueLabel.setText(format_money(figures.cash_in))
        ui.cashOutValueLabel.setText(format_money(-figures.cash_out))
        ui.expectedValueLabel.setText(format_money(figures.expected_cash))

    # --- cash in and out -----------------------------------------------------------------

    @Slot()
    def _on_cash_in(self) -> None:
        self._move_cash(into_till=True)

    @Slot()
    def _on_cash_out(self) -> None:
        self._move_cash(into_till=False)

    def _move_cash(self, *, into_till: bool) -> None:
        clerk = self.station.clerk
        if self.busy or self.live is None or clerk is None:
            return
        label = self.ui.cashMessageLabel
        try:
            amount = parse_money(self.ui.cashAmountInput.text(), allow_zero=False)
        except InputError as error:
            say(label, describe(error), error=True)
            self.ui.cashAmountInput.setFocus()
            return
        reason = self.ui.cashReasonInput.text()
        if not reason.strip():
            say(label, self.tr("Say why the cash goes in or out."), error=True)
            self.ui.cashReasonInput.setFocus()
            return
        station = self.station
        work = partial(
            shifts.move_cash,
            station.db,
            clerk,
            station.counter_id,
            amount if into_till else -amount,
            reason,
            clock=station.clock,
        )

        def done(movement_id: int) -> None:
            self.ui.cashAmountInput.clear()
            self.ui.cashReasonInput.clear()
            text = (
                self.tr("{amount} put into the till.")
                if into_till
                else self.tr("{amount} taken out of the till.")
            ).format(amount=format_money(amount))
            say(label, text)
            self._open_drawer(movement_id, text)
            self.refresh()

        ServiceCall(self, "move cash", work, done).failure(self._on_cash_refused).not_done(
            partial(say_not_done, label)
        ).run()

    def _open_drawer(self, movement_id: int, done_text: str) -> None:
        """The drawer opens for the cash moved; if it does not, the line says so."""
        station = self.station
        if not station.drawer.fitted:
            return
        label = self.ui.cashMessageLabel

        def tell(problem: str) -> None:
            say(label, f"{done_text} {problem}", error=True)

        work = partial(
            station.open_drawer_for_cash_movement, station.signed_in(), movement_id, station.drawer
        )
        open_drawer(self, work, tell)

    def _on_cash_refused(self, error: InputError) -> None:
        say(self.ui.cashMessageLabel, describe(error), error=True)
        field = self.ui.cashReasonInput if error.field == "reason" else self.ui.cashAmountInput
        field.setFocus()

    # --- the close -----------------------------------------------------------------------

    @Slot()
    def _on_count_edited(self) -> None:
        if self.ui.closeMessageLabel.property("role") == "error":
            self.ui.closeMessageLabel.clear()

    @Slot()
    def _on_close_requested(self) -> None:
        live, clerk = self.live, self.station.clerk
        if self.busy or live is None or clerk is None:
            return
        label = self.ui.closeMessageLabel
        try:
            count = self.cash_count.counts()
        except InputError as error:
            say(label, describe(error), error=True)
            return
        variance = count.total - live.figures.expected_cash
        variance_text = self.cash_count.variance_text(variance)
        reason = self.cash_count.reason()
        if self.cash_count.reason_needed() and not reason.strip():
            say(
                label,
                self.tr(
                    "Say why the cash is {variance}: a variance over {threshold} needs a reason."
                ).format(variance=variance_text, threshold=format_money(live.variance_threshold)),
                error=True,
            )
            self.cash_count.focus_reason()
            return
        messages.ask(
            self,
            self.tr("Close the shift?"),
            self.tr(
                "Close shift {number} with {counted} counted (expected {expected}, "
                "variance {variance})? The Z report is printed and archived; a closed "
                "shift cannot be reopened."
            ).format(
                number=live.figures.shift_id,
                counted=format_money(count.total),
                expected=format_money(live.figures.expected_cash),
                variance=variance_text,
            ),
            [
                (self.tr("Close the shift"), partial(self._close, clerk, count, reason)),
                (self.tr("Cancel"), self.ui.closeShiftButton.setFocus),
            ],
        )

    def _close(self, clerk: Clerk, count: CashCount, reason: str) -> None:
        if self.busy:
            return
        station = self.station
        work = partial(
            shifts.close_shift,
            station.db,
            clerk,
            station.counter_id,
            cash_count=count.as_dict(),
            variance_reason=reason,
            clock=station.clock,
        )
        say(self.ui.closeMessageLabel, self.tr("Closing the shift…"))
        ServiceCall(self, "close shift", work, self._on_closed).failure(
            self._on_close_refused
        ).not_done(partial(say_not_done, self.ui.closeMessageLabel)).run()

    def _on_close_refused(self, error: InputError) -> None:
        say(self.ui.closeMessageLabel, describe(error), error=True)
        if error.field == "variance_reason":
            self.cash_count.focus_reason()

    def _on_closed(self, figures: ShiftFigures) -> None:
        self.closed = figures
        self.live = None
        self._close_pending = True
        ui = self.ui
        ui.closeMessageLabel.clear()
        ui.closedTitleLabel.setText(
            self.tr("Shift {number} is closed").format(number=figures.shift_id)
        )
        self._show_closed_summary()
        ui.shiftStack.setCurrentWidget(ui.closedPage)
        ui.doneButton.setFocus()
        self._update_buttons()
        self.report_panel.z_report(figures.shift_id)

    def _show_closed_summary(self) -> None:
        figures = self.closed
        if figures is None or figures.counted is None:
            return
        text = self.tr("Counted {counted}, expected {expected}: {variance}.").format(
            counted=format_money(figures.counted),
            expected=format_money(figures.expected_cash),
            variance=self.cash_count.variance_text(figures.variance or 0),
        )
        if figures.variance_reason:
            text += "\n" + self.tr("Reason: {reason}").format(reason=figures.variance_reason)
        self.ui.closedSummaryLabel.setText(text)

    @Slot()
    def _on_done(self) -> None:
        if self.ui.shiftStack.currentWidget() is not self.ui.closedPage:
            return
        self._emit_closed()
        self.closed = None
        self.ui.shiftStack.setCurrentWidget(self.ui.noShiftPage)
        self._update_buttons()

    def _emit_closed(self) -> None:
        if self._close_pending:
            self._close_pending = False
            self.shiftClosed.emit()

    # --- buttons -------------------------------------------------------------------------

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, clerk = self.ui, self.station.clerk
        open_shift = self.live is not None and not self.busy

        def may(action: Action) -> bool:
            return clerk is not None and permissions.allowed(clerk, action)

        ui.cashInButton.setEnabled(open_shift and may(Action.CASH_MOVE))
        ui.cashOutButton.setEnabled(open_shift and may(Action.CASH_MOVE))
        ui.cashMoveGroup.setVisible(may(Action.CASH_MOVE))
        ui.closeShiftButton.setEnabled(open_shift and may(Action.SHIFT_CLOSE))
        self.report_panel.set_x_report_enabled(
            self.live is not None and not calls_of(self).busy and may(Action.SHIFT_X_REPORT)
        )

    # --- events --------------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._retranslate()

    def _retranslate(self) -> None:
        self._show_figures()
        self._show_closed_summary()
        if self.closed is not None:
            self.ui.closedTitleLabel.setText(
                self.tr("Shift {number} is closed").format(number=self.closed.shift_id)
            )

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the tab after a close is being done with it: the window opens a new shift.
        super().hideEvent(event)
        if not event.spontaneous():
            self._emit_closed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
