"""A shift's X or Z report: made in the background, previewed, printed on this PC's printer.

An X report shows the open shift's figures so far and is not archived; the Z report of a
shift just closed is archived, then printed at once. A printer problem is a line under
the preview and a dialog with Retry: the close it reports on stands.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock
from counter_app.domain.errors import InputError
from counter_app.domain.staff import Clerk
from counter_app.gui.forms.ui_shift_report_panel import Ui_ShiftReportPanel
from counter_app.gui.pdf_preview import PdfPreview
from counter_app.gui.printer import print_pdf
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.services import permissions
from counter_app.services.permissions import Action
from counter_app.store.engine import Database

_REPORT: Final = "report"


def _x_report(db: Database, clerk: Clerk, shift_id: int, clock: Clock) -> tuple[bytes, datetime]:
    """In the background: the X report's PDF and when it was made."""
    from counter_app.services import reports  # noqa: PLC0415 - ReportLab, off the GUI thread

    permissions.require(clerk, Action.SHIFT_X_REPORT)
    return reports.report_pdf(db, kind="x", shift_id=shift_id, clock=clock), clock()


def _z_report(
    db: Database, data_dir: Path | None, shift_id: int, clock: Clock
) -> tuple[bytes, Path | None]:
    """In the background: the Z report's PDF and where it is archived (if this PC archives)."""
    from counter_app.services import reports  # noqa: PLC0415 - ReportLab, off the GUI thread

    if data_dir is None:
        return reports.report_pdf(db, kind="z", shift_id=shift_id, clock=clock), None
    files = reports.z_report_files(db, data_dir, shift_id=shift_id, clock=clock)
    return files.pdf, files.archived[0]


class ShiftReportPanel(QWidget):
    """The report of a shift on screen, with X report and Print.

    Signals:
        xReportWanted(): the clerk asked for an X report (the button, or F9 on the tab).
        printed(str): the report shown went to this printer.
    """

    xReportWanted = Signal()
    printed = Signal(str)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_ShiftReportPanel()
        self.ui.setupUi(self)
        self.preview = PdfPreview(
            name="reportPreview", status_name="reportStatusLabel", parent=self
        )
        self.ui.reportPreviewLayout.addWidget(self.preview)
        self.pdf: bytes | None = None
        self.archived: Path | None = None
        self._title = ""
        self._closed = False  # the report is the Z report of a shift closed here
        self._x_report_enabled = False
        self.ui.xReportButton.clicked.connect(self.xReportWanted)
        self.ui.printReportButton.clicked.connect(self.print_report)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        # The buttons go side by side when both fit, else one above the other (a 1024-pixel
        # screen): they never hold the panel wider than its form's minimum.
        for button in (self.ui.xReportButton, self.ui.printReportButton):
            button.setMinimumWidth(1)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    def set_x_report_enabled(self, enabled: bool) -> None:
        """Whether an X report may be asked for now (a shift is open, the role allows it)."""
        self._x_report_enabled = enabled
        self._update_buttons()

    def x_report(self, shift_id: int) -> None:
        """Make the open shift's X report and preview it (printed on Print)."""
        if self.busy:
            return
        self._closed = False
        station = self.station
        self.preview.say(lambda: self.tr("Preparing the X report…"))
        work = partial(_x_report, station.db, station.signed_in(), shift_id, station.clock)
        title = f"X-{station.counter.counter_code}-{shift_id}"

        def shown(made: tuple[bytes, datetime]) -> None:
            pdf, moment = made
            self._show(pdf, title, None)
            self.preview.say(
                lambda: self.tr(
                    "X report of shift {number} at {time}: figures so far, not a close."
                ).format(number=shift_id, time=f"{moment.astimezone(HONG_KONG):%H:%M}")
            )

        ServiceCall(self, "x report", work, shown).failure(self._on_not_done).not_done(
            self._on_not_done
        ).replacing(_REPORT).run()

    def z_report(self, shift_id: int) -> None:
        """Make, archive and print the Z report of *shift_id*, a shift just closed here."""
        self.clear()
        self._closed = True
        station = self.station
        self.preview.say(lambda: self.tr("Preparing the Z report…"))
        work = partial(_z_report, station.db, station.data_dir, shift_id, station.clock)
        title = f"Z-{station.counter.counter_code}-{shift_id}"

        def shown(made: tuple[bytes, Path | None]) -> None:
            pdf, archived = made
            self._show(pdf, title, archived)
            self.print_report()

        ServiceCall(self, "z report", work, shown).failure(self._on_not_done).not_done(
            self._on_not_done
        ).replacing(_REPORT).run()

    @Slot()
    def print_report(self) -> None:
        """Print the report shown on this PC's printer (a problem is reported, nothing else)."""
        pdf = self.pdf
        if pdf is None or self.busy:
            return
        work = partial(print_pdf, pdf, printer_name=self.station.printer, title=self._title)
        self.preview.say(lambda: self._archived_text(self.tr("Printing…")))

        def done(printer: str) -> None:
            self.preview.say(
                lambda: self._archived_text(
                    self.tr("Printed on {printer}.").format(printer=printer)
                )
            )
            self.printed.emit(printer)

        ServiceCall(self, "print report", work, done).failure(self._on_not_done).not_done(
            self._on_not_done
        ).replacing(_REPORT).run()

    def clear(self) -> None:
        """No report: the preview, its status and any report still being made go."""
        calls_of(self).forget(_REPORT)
        self.pdf = None
        self.archived = None
        self._title = ""
        self._closed = False
        self.preview.clear()
        self._update_buttons()

    # --- inside --------------------------------------------------------------------------

    def _show(self, pdf: bytes, title: str, archived: Path | None) -> None:
        self.pdf, self._title, self.archived = pdf, title, archived
        self.preview.show_pdf(pdf)
        self.preview.say(lambda: self._archived_text(""))
        self._update_buttons()

    def _archived_text(self, then: str) -> str:
        if self.archived is None:
            return then
        archived = self.tr("Archived as {file}.").format(file=self.archived.name)
        return f"{archived} {then}".strip()

    def _on_not_done(self, error: BaseException) -> None:
        if not isinstance(error, InputError):
            log.gui.warning("shift report %s not done: %s", self._title or "?", error)
        closed = self._closed
        self.preview.say_not_done(
            error,
            then=lambda: self._archived_text(
                self.tr("The shift is closed all the same.") if closed else ""
            ),
        )

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.busy
        self.ui.xReportButton.setEnabled(self._x_report_enabled and not busy)
        self.ui.printReportButton.setEnabled(self.pdf is not None and not busy)

    def _arrange_buttons(self) -> None:
        ui = self.ui
        layout = ui.reportButtonsLayout
        wanted = (
            ui.xReportButton.sizeHint().width()
            + ui.printReportButton.sizeHint().width()
            + layout.spacing()
        )
        side_by_side = wanted <= self.contentsRect().width()
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if layout.direction() != direction:
            layout.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._arrange_buttons()
        super().changeEvent(event)
