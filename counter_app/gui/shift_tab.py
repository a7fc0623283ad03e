"""The shift tab (更次及現金): the open shift's figures, cash in and out, X report, the close.

The close counts the till note by note and coin by coin; the expected cash, the count and
the variance follow every key. A variance beyond the shop's threshold needs a reason
before the close is even asked for (the service checks it again). Once closed, the Z
report is built, archived and printed in the background: a printer problem is reported,
the close stands.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from counter_app import log
from counter_app.domain.cash import COINS, MAX_PIECES, NOTES, CashCount, Denomination
from counter_app.domain.cash import count_of_pieces as count_pieces
from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.money import format_money, parse_money
from counter_app.domain.shifts import ShiftFigures
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import TENDER_NAMES, TenderKind
from counter_app.gui import messages
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_shift_tab import Ui_ShiftTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.printer import PrinterProblem, print_pdf
from counter_app.gui.service_calls import call_service
from counter_app.gui.shortcuts import page_shortcut
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.gui.tasks import run_task
from counter_app.services import permissions, shifts
from counter_app.services.permissions import Action
from counter_app.services.shifts import LiveShift

# The code of printing.fonts.CjkFontMissing (that module imports ReportLab).
NO_CJK_FONT: Final = ErrorCode.PRINTING_NO_CJK_FONT
_ENTER_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _CountRow:
    """One note or coin of the count: how many (a spin box) and what they are worth."""

    def __init__(self, piece: Denomination, spin: QSpinBox, amount: QLabel) -> None:
        self.piece = piece
        self.spin = spin
        self.amount = amount


class ShiftTab(QWidget):
    """The open shift at this counter, its cash, its X report and its close.

    Signals:
        shiftClosed(): the shift is closed and the clerk is done with its Z report
            (pressed Done, or left the tab); emitted once per close.
        busyChanged(bool): a service call started or ended.
    """

    shiftClosed = Signal()
    busyChanged = Signal(bool)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_ShiftTab()
        self.ui.setupUi(self)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.preview = QPdfView(self)
        self.preview.setObjectName("reportPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.reportPreviewLayout.addWidget(self.preview)

        self.live: LiveShift | None = None
        self.closed: ShiftFigures | None = None
        self.report_pdf: bytes | None = None
        self.archived: Path | None = None
        self._report_title = ""
        self._busy = False
        self._calls = 0
        self._printing = False
        self._close_pending = False
        self._refresh_request = 0
        self._report_generation = 0
        self._rows: list[_CountRow] = []
        self._build_count_grid()

        for label in (
            self.ui.cashMessageLabel,
            self.ui.closeMessageLabel,
            self.ui.reportStatusLabel,
            self.ui.varianceReasonHintLabel,
            self.ui.noShiftMessageLabel,
        ):
            label.setProperty("role", "hint")
        self.ui.cashInButton.clicked.connect(lambda: self._on_move_cash(into_till=True))
        self.ui.cashOutButton.clicked.connect(lambda: self._on_move_cash(into_till=False))
        self.ui.cashAmountInput.returnPressed.connect(self.ui.cashReasonInput.setFocus)
        self.ui.xReportButton.clicked.connect(self.x_report)
        self.ui.closeShiftButton.clicked.connect(self._on_close_requested)
        self.ui.varianceReasonInput.textChanged.connect(self._on_reason_changed)
        self.ui.varianceReasonInput.returnPressed.connect(self._on_close_requested)
        self.ui.printReportButton.clicked.connect(self.print_report)
        self.ui.doneButton.clicked.connect(self._on_done)
        for key, slot in (
            (QKeySequence("Ctrl+P"), self.ui.printReportButton.animateClick),
            (QKeySequence(Qt.Key.Key_F9), self.ui.xReportButton.animateClick),
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
        return self._busy

    def refresh(self) -> None:
        """Read the open shift's figures again (the count typed so far is kept)."""
        if self.ui.shiftStack.currentWidget() is self.ui.closedPage:
            return
        clerk = self.station.clerk
        if clerk is None:
            return
        self._refresh_request += 1
        request = self._refresh_request
        db, counter_id = self.station.db, self.station.counter_id

        def done(live: LiveShift | None) -> None:
            if request == self._refresh_request:
                self._show_live(live)

        def problem(text: str) -> None:
            if request == self._refresh_request:
                self._say(self.ui.noShiftMessageLabel, text, error=True)
                self._say(self.ui.closeMessageLabel, text, error=True)

        call_service(
            self,
            "shift figures",
            lambda: shifts.live_shift(db, clerk, counter_id),
            done,
            problem,
            self._set_busy,
        )

    def counts(self) -> CashCount:
        """The count typed so far (HK$10 notes and coins together)."""
        return count_pieces((row.piece, row.spin.value()) for row in self._rows)

    def count_input(self, piece: Denomination) -> QSpinBox:
        """The spin box where *piece* is counted."""
        return next(row.spin for row in self._rows if row.piece == piece)

    @Slot()
    def x_report(self) -> None:
        """Build the open shift's X report and preview it (printed on Print)."""
        live, clerk = self.live, self.station.clerk
        if live is None or clerk is None or self._busy:
            return
        db, clock, shift_id = self.station.db, self.station.clock, live.figures.shift_id

        def work() -> bytes:
            from counter_app.services import reports  # noqa: PLC0415 - ReportLab, off the GUI thread

            permissions.require(clerk, Action.SHIFT_X_REPORT)
            return reports.report_pdf(db, kind="x", shift_id=shift_id, clock=clock)

        self._report_generation += 1
        generation = self._report_generation
        self._set_busy(True)
        self._say(self.ui.reportStatusLabel, self.tr("Preparing the X report…"), error=False)

        def done(pdf: bytes) -> None:
            self._set_busy(False)
            if generation != self._report_generation:
                return
            moment = clock().astimezone(HONG_KONG)
            self._show_report(pdf, f"X-{self.station.counter.counter_code}-{shift_id}", None)
            self._say(
                self.ui.reportStatusLabel,
                self.tr(
                    "X report of shift {number} at {time}: figures so far, not a close."
                ).format(number=shift_id, time=f"{moment:%H:%M}"),
                error=False,
            )

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if generation == self._report_generation:
                self._report_failed(error, retry=self.x_report)

        run_task("x report", work, done, failed)

    @Slot()
    def print_report(self) -> None:
        """Print the report shown on this PC's printer (a problem is reported, nothing else)."""
        pdf, title = self.report_pdf, self._report_title
        if pdf is None or self._printing:
            return
        printer_name = self.station.printer
        generation = self._report_generation
        self._printing = True
        self._update_buttons()
        self._say(self.ui.reportStatusLabel, self._archived_text(self.tr("Printing…")), error=False)

        def done(printer: str) -> None:
            self._printing = False
            self._update_buttons()
            if generation == self._report_generation:
                self._say(
                    self.ui.reportStatusLabel,
                    self._archived_text(self.tr("Printed on {printer}.").format(printer=printer)),
                    error=False,
                )

        def failed(error: BaseException) -> None:
            self._printing = False
            self._update_buttons()
            if generation == self._report_generation:
                self._report_failed(error, retry=self.print_report)

        run_task(
            "print report",
            lambda: print_pdf(pdf, printer_name=printer_name, title=title),
            done,
            failed,
        )

    # --- the open shift ------------------------------------------------------------------

    def _show_live(self, live: LiveShift | None) -> None:
        previous = self.live
        self.live = live
        self.ui.noShiftMessageLabel.clear()
        if live is None:
            self.ui.shiftStack.setCurrentWidget(self.ui.noShiftPage)
            self._update_buttons()
            return
        if previous is None or previous.figures.shift_id != live.figures.shift_id:
            self._clear_close()
            self._clear_report()
        self.ui.shiftStack.setCurrentWidget(self.ui.openShiftPage)
        self._show_figures()
        self._update_totals()
        self._update_buttons()

    def _english(self) -> bool:
        return language_switcher().language == "en"

    def _tender_name(self, tender: str) -> str:
        try:
            chinese, english = TENDER_NAMES[TenderKind(tender)]
        except ValueError:
            return tender
        return english if self._english() else chinese

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
            "\n".join(
                f"{self._tender_name(tender)} {format_money(amount)}"
                for tender, amount in figures.by_tender.items()
            )
            or "—"
        )
        ui.cashTakingsValueLabel.setText(format_money(figures.cash_takings))
        ui.voidsValueLabel.setText(f"{figures.voids} · {format_money(-figures.void_amount)}")
        ui.refundsValueLabel.setText(f"{figures.refunds} · {format_money(-figures.refund_amount)}")
        ui.floatValueLabel.setText(format_money(figures.float_amount))
        ui.cashReturnedValueLabel.setText(format_money(-figures.cash_returned))
        ui.cashInValueLabel.setText(format_money(figures.cash_in))
        ui.cashOutValueLabel.setText(format_money(-figures.cash_out))
        ui.expectedValueLabel.setText(format_money(figures.expected_cash))

    # --- cash in and out -----------------------------------------------------------------

    def _on_move_cash(self, *, into_till: bool) -> None:
        clerk = self.station.clerk
        if self._busy or self.live is None or clerk is None:
            return
        label = self.ui.cashMessageLabel
        try:
            amount = parse_money(self.ui.cashAmountInput.text(), allow_zero=False)
        except InputError as error:
            self._say(label, describe(error), error=True)
            self.ui.cashAmountInput.setFocus()
            return
        reason = self.ui.cashReasonInput.text()
        if not reason.strip():
            self._say(label, self.tr("Say why the cash goes in or out."), error=True)
            self.ui.cashReasonInput.setFocus()
            return
        signed = amount if into_till else -amount
        db, counter_id, clock = self.station.db, self.station.counter_id, self.station.clock

        def done(_result: object) -> None:
            self.ui.cashAmountInput.clear()
            self.ui.cashReasonInput.clear()
            text = (
                self.tr("{amount} put into the till.")
                if into_till
                else self.tr("{amount} taken out of the till.")
            )
            self._say(label, text.format(amount=format_money(amount)), error=False)
            self.refresh()

        def problem(text: str) -> None:
            self._say(label, text, error=True)

        call_service(
            self,
            "move cash",
            lambda: shifts.move_cash(db, clerk, counter_id, signed, reason, clock=clock),
            done,
            problem,
            self._set_busy,
        )

    # --- the count and the close ---------------------------------------------------------

    def _build_count_grid(self) -> None:
        for pieces, grid in ((NOTES, self.ui.notesGrid), (COINS, self.ui.coinsGrid)):
            for number, piece in enumerate(pieces):
                self._add_count_row(grid, number, piece)
        grid_order: list[QWidget] = [row.spin for row in self._rows]
        for first, second in zip(
            [*grid_order, self.ui.varianceReasonInput],
            [*grid_order[1:], self.ui.varianceReasonInput, self.ui.closeShiftButton],
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.ui.cashAmountInput, self.ui.cashReasonInput)
        QWidget.setTabOrder(self.ui.cashReasonInput, self.ui.cashInButton)
        QWidget.setTabOrder(self.ui.cashInButton, self.ui.cashOutButton)

    def _add_count_row(self, grid: QGridLayout, number: int, piece: Denomination) -> None:
        name = f"{piece.form.value}{piece.cents}"
        label = QLabel(piece.label, self)
        label.setObjectName(f"{name}Label")
        spin = QSpinBox(self)
        spin.setObjectName(f"{name}Input")
        spin.setRange(0, MAX_PIECES)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(70)
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
        self.ui.closeMessageLabel.clear()
        self._update_totals()

    @Slot(str)
    def _on_reason_changed(self, _text: str) -> None:
        if self.ui.closeMessageLabel.property("role") == "error":
            self.ui.closeMessageLabel.clear()
        self._update_totals()

    def _variance(self) -> tuple[int, int, int] | None:
        """(counted, expected, variance) for the count typed so far; None if it is no count."""
        if self.live is None:
            return None
        try:
            counted = self.counts().total
        except InputError:
            return None
        expected = self.live.figures.expected_cash
        return counted, expected, counted - expected

    def _reason_needed(self) -> bool:
        figures = self._variance()
        return (
            figures is not None
            and self.live is not None
            and abs(figures[2]) > self.live.variance_threshold
        )

    def _variance_text(self, variance: int) -> str:
        if variance < 0:
            return self.tr("{amount} short").format(amount=format_money(variance))
        if variance > 0:
            return self.tr("{amount} over").format(amount=format_money(variance))
        return self.tr("{amount} (exact)").format(amount=format_money(0))

    def _update_totals(self) -> None:
        ui, live = self.ui, self.live
        figures = self._variance()
        if live is None or figures is None:
            for label in (ui.closeExpectedValueLabel, ui.countedValueLabel, ui.varianceValueLabel):
                label.setText("—")
            return
        counted, expected, variance = figures
        ui.closeExpectedValueLabel.setText(format_money(expected))
        ui.countedValueLabel.setText(format_money(counted))
        ui.varianceValueLabel.setText(self._variance_text(variance))
        side = "short" if variance < 0 else "over" if variance > 0 else "even"
        set_style_state(ui.varianceValueLabel, "variance", side)
        threshold = format_money(live.variance_threshold)
        hint = ui.varianceReasonHintLabel
        if self._reason_needed():
            ui.varianceReasonInput.setPlaceholderText(self.tr("Required"))
            self._say(
                hint,
                self.tr("Required: the variance is more than {threshold}.").format(
                    threshold=threshold
                ),
                error=not ui.varianceReasonInput.text().strip(),
            )
        else:
            ui.varianceReasonInput.setPlaceholderText(self.tr("Optional"))
            self._say(
                hint,
                self.tr("Optional: up to {threshold} needs no reason.").format(threshold=threshold),
                error=False,
            )

    def _clear_close(self) -> None:
        for row in self._rows:
            row.spin.blockSignals(True)
            row.spin.setValue(0)
            row.spin.blockSignals(False)
            row.amount.setText(format_money(0))
        self.ui.varianceReasonInput.clear()
        self.ui.closeMessageLabel.clear()
        self.ui.cashMessageLabel.clear()

    @Slot()
    def _on_close_requested(self) -> None:
        live, clerk = self.live, self.station.clerk
        if self._busy or live is None or clerk is None:
            return
        label = self.ui.closeMessageLabel
        try:
            count = self.counts()
        except InputError as error:
            self._say(label, describe(error), error=True)
            return
        variance = count.total - live.figures.expected_cash
        reason = self.ui.varianceReasonInput.text()
        if self._reason_needed() and not reason.strip():
            self._say(
                label,
                self.tr(
                    "Say why the cash is {variance}: a variance over {threshold} needs a reason."
                ).format(
                    variance=self._variance_text(variance),
                    threshold=format_money(live.variance_threshold),
                ),
                error=True,
            )
            self.ui.varianceReasonInput.setFocus()
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
                variance=self._variance_text(variance),
            ),
            [
                (self.tr("Close the shift"), lambda: self._close(clerk, count, reason)),
                (self.tr("Cancel"), self.ui.closeShiftButton.setFocus),
            ],
        )

    def _close(self, clerk: Clerk, count: CashCount, reason: str) -> None:
        if self._busy:
            return
        db, counter_id, clock = self.station.db, self.station.counter_id, self.station.clock
        label = self.ui.closeMessageLabel
        self._say(label, self.tr("Closing the shift…"), error=False)

        def problem(text: str) -> None:
            self._say(label, text, error=True)

        call_service(
            self,
            "close shift",
            lambda: shifts.close_shift(
                db,
                clerk,
                counter_id,
                cash_count=count.as_dict(),
                variance_reason=reason,
                clock=clock,
            ),
            self._on_closed,
            problem,
            self._set_busy,
        )

    def _on_closed(self, figures: ShiftFigures) -> None:
        self.closed = figures
        self.live = None
        self._close_pending = True
        ui = self.ui
        ui.closedTitleLabel.setText(
            self.tr("Shift {number} is closed").format(number=figures.shift_id)
        )
        self._show_closed_summary()
        ui.shiftStack.setCurrentWidget(ui.closedPage)
        ui.doneButton.setFocus()
        self._update_buttons()
        self._z_report(figures.shift_id)

    def _show_closed_summary(self) -> None:
        figures = self.closed
        if figures is None or figures.counted is None:
            return
        text = self.tr("Counted {counted}, expected {expected}: {variance}.").format(
            counted=format_money(figures.counted),
            expected=format_money(figures.expected_cash),
            variance=self._variance_text(figures.variance or 0),
        )
        if figures.variance_reason:
            text += "\n" + self.tr("Reason: {reason}").format(reason=figures.variance_reason)
        self.ui.closedSummaryLabel.setText(text)

    def _z_report(self, shift_id: int) -> None:
        db, data_dir, clock = self.station.db, self.station.data_dir, self.station.clock
        self._report_generation += 1
        generation = self._report_generation
        self._clear_report()
        self._say(self.ui.reportStatusLabel, self.tr("Preparing the Z report…"), error=False)

        def work() -> tuple[bytes, Path | None]:
            from counter_app.services import reports  # noqa: PLC0415 - ReportLab, off the GUI thread

            if data_dir is None:
                return reports.report_pdf(db, kind="z", shift_id=shift_id, clock=clock), None
            files = reports.z_report_files(db, data_dir, shift_id=shift_id, clock=clock)
            return files.pdf, files.archived[0]

        def done(result: tuple[bytes, Path | None]) -> None:
            if generation != self._report_generation:
                return
            pdf, archived = result
            self._show_report(pdf, f"Z-{self.station.counter.counter_code}-{shift_id}", archived)
            self.print_report()

        def failed(error: BaseException) -> None:
            if generation == self._report_generation:
                self._report_failed(error, retry=lambda: self._z_report(shift_id))

        run_task("z report", work, done, failed)

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

    # --- the report preview --------------------------------------------------------------

    def _show_report(self, pdf: bytes, title: str, archived: Path | None) -> None:
        self.report_pdf = pdf
        self.archived = archived
        self._report_title = title
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._close_document()
        self.document.load(buffer)
        self._buffer = buffer
        self._say(self.ui.reportStatusLabel, self._archived_text(""), error=False)
        self._update_buttons()

    def _clear_report(self) -> None:
        self.report_pdf = None
        self.archived = None
        self._report_title = ""
        self._close_document()
        self.ui.reportStatusLabel.clear()
        self._update_buttons()

    def _close_document(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None

    def _archived_text(self, then: str) -> str:
        if self.archived is None:
            return then
        archived = self.tr("Archived as {file}.").format(file=self.archived.name)
        return f"{archived} {then}".strip()

    def _report_failed(self, error: BaseException, *, retry: Callable[[], None]) -> None:
        closed = self.closed is not None
        if isinstance(error, InputError):
            text = describe(error)
        elif isinstance(error, PrinterProblem):
            text = self._archived_text(self._printer_text(error))
        elif getattr(error, "code", "") == NO_CJK_FONT:
            text = self.tr(
                "No report: this PC has no Chinese font that can be embedded in it. Install "
                "one (fonts-wqy-microhei on Debian/Ubuntu, Microsoft JhengHei on Windows) or "
                "set the shop setting cjk_font_path."
            )
            log.gui.error("no CJK font for reports: %s", error)
        elif isinstance(error, OutsideError):
            text = self.tr("No report: the database did not answer.")
        else:
            messages.show_bug(self, error)
            text = self.tr("The report could not be made.")
        if closed:
            text += " " + self.tr("The shift is closed all the same.")
        self._say(self.ui.reportStatusLabel, text, error=True)
        if isinstance(error, OutsideError) and getattr(error, "code", "") != NO_CJK_FONT:
            messages.show_error(
                self,
                self.tr("Printer problem")
                if isinstance(error, PrinterProblem)
                else self.tr("Report not made"),
                text,
                details=str(error),
                on_retry=retry,
            )

    def _printer_text(self, problem: PrinterProblem) -> str:
        if problem.code == ErrorCode.PRINTER_MISSING:
            return self.tr(
                "Not printed: the printer {printer} is not installed on this PC."
            ).format(printer=problem.printer)
        if problem.code == ErrorCode.PRINTER_NONE:
            return self.tr(
                "Not printed: this PC has no default printer; choose one in the settings."
            )
        return self.tr(
            "Not printed: the printer {printer} did not take the report. Is it on and online?"
        ).format(printer=problem.printer)

    # --- helpers -------------------------------------------------------------------------

    def _say(self, label: QLabel, text: str, *, error: bool) -> None:
        label.setText(text)
        set_style_state(label, "role", "error" if error else "hint")

    def _set_busy(self, busy: bool) -> None:
        # Calls may overlap (the figures while the X report builds): busy until all end.
        self._calls = max(0, self._calls + (1 if busy else -1))
        was, self._busy = self._busy, self._calls > 0
        self._update_buttons()
        if was != self._busy:
            self.busyChanged.emit(self._busy)

    def _update_buttons(self) -> None:
        ui, clerk = self.ui, self.station.clerk
        open_shift = self.live is not None and not self._busy

        def may(action: Action) -> bool:
            return clerk is not None and permissions.allowed(clerk, action)

        ui.cashInButton.setEnabled(open_shift and may(Action.CASH_MOVE))
        ui.cashOutButton.setEnabled(open_shift and may(Action.CASH_MOVE))
        ui.cashMoveGroup.setVisible(may(Action.CASH_MOVE))
        ui.xReportButton.setEnabled(open_shift and may(Action.SHIFT_X_REPORT))
        ui.closeShiftButton.setEnabled(open_shift and may(Action.SHIFT_CLOSE))
        ui.printReportButton.setEnabled(self.report_pdf is not None and not self._printing)

    # --- events --------------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._retranslate()

    def _retranslate(self) -> None:
        self._show_figures()
        self._update_totals()
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
