"""The back office's sales reports (銷售報表): a range of days, one breakdown, its chart.

The figures come from :func:`counter_app.services.sales_reports.sales_report` (what gross,
voided, refunded and net mean is written there); the tab shows one breakdown at a time
as a table and as a bar chart of net sales, and saves the whole report as PDF or CSV.
Every service call runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QWidget

from counter_app import log
from counter_app.domain.clock import Clock
from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.money import format_money
from counter_app.domain.sales_reports import Breakdown, ReportRow, SalesReport
from counter_app.domain.staff import Clerk
from counter_app.gui import messages
from counter_app.gui.bar_chart import Bar, BarChart
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_reports_tab import Ui_ReportsTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.gui.tasks import run_task
from counter_app.services import permissions, sales_reports
from counter_app.services.permissions import Action
from counter_app.services.sales_reports import CounterChoice
from counter_app.store.engine import Database

NAME, COUNT, GROSS, VOIDED, REFUNDED, NET = range(6)
_AMOUNT_COLUMNS: Final = {GROSS: "gross", VOIDED: "voided", REFUNDED: "refunded", NET: "net"}


def chinese_names() -> bool:
    """Whether names are shown in Chinese: the window's language is a Chinese one."""
    return language_switcher().language.startswith("zh")


def week_start(day: date) -> date:
    """The Monday of *day*'s week."""
    return day - timedelta(days=day.weekday())


def last_month(day: date) -> tuple[date, date]:
    """The first and last days of the month before *day*'s."""
    last = day.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def _value(row: ReportRow, column: int) -> int | None:
    if column == COUNT:
        return row.count
    return int(getattr(row, _AMOUNT_COLUMNS[column])) if column in _AMOUNT_COLUMNS else None


def _text(row: ReportRow, column: int) -> str:
    if column == NAME:
        return row.name(chinese_names())
    if column == COUNT:
        return str(row.count)
    return format_money(int(getattr(row, _AMOUNT_COLUMNS[column])))


class SalesReportModel(QAbstractTableModel):
    """The rows of one breakdown: name, count, gross, voided, refunded, net.

    DisplayRole is the text shown (HK$ amounts); :attr:`RowRole` is the row's
    :class:`ReportRow`, :attr:`ValueRole` the column's number (count or cents).
    """

    RowRole: Final = Qt.ItemDataRole.UserRole + 1
    ValueRole: Final = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ReportRow, ...] = ()
        self._breakdown = Breakdown.DAY

    @property
    def breakdown(self) -> Breakdown:
        return self._breakdown

    def set_rows(self, breakdown: Breakdown, rows: tuple[ReportRow, ...]) -> None:
        self.beginResetModel()
        self._breakdown = breakdown
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Re-read the names and headers after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, NET)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, NAME),
                self.index(len(self._rows) - 1, NAME),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return NET + 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        column = index.column()
        answer: Any = None
        if row is None:
            pass
        elif role == self.RowRole:
            answer = row
        elif role == self.ValueRole:
            answer = _value(row, column)
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            answer = _text(row, column)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            answer = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and column == NET and row.net < 0:
            answer = Qt.GlobalColor.darkRed
        return answer

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= NET:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = Qt.AlignmentFlag.AlignLeft if section == NAME else Qt.AlignmentFlag.AlignRight
            return int(left | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section]

    def _headers(self) -> list[str]:
        names = {
            Breakdown.DAY: self.tr("Day"),
            Breakdown.PLAN: self.tr("Plan"),
            Breakdown.CARRIER: self.tr("Carrier"),
            Breakdown.CARD_TYPE: self.tr("Card type"),
            Breakdown.TENDER: self.tr("Tender"),
            Breakdown.CLERK: self.tr("Clerk"),
        }
        counts = {
            Breakdown.PLAN: self.tr("Items"),
            Breakdown.CARRIER: self.tr("Items"),
            Breakdown.TENDER: self.tr("Payments"),
        }
        return [
            names[self._breakdown],
            counts.get(self._breakdown, self.tr("Sales")),
            self.tr("Gross"),
            self.tr("Voided"),
            self.tr("Refunded"),
            self.tr("Net"),
        ]


class ReportsTab(QWidget):
    """Sales over a range of Hong Kong days, by one breakdown at a time, with its chart.

    Signals:
        reportShown(object): the :class:`SalesReport` now on screen.
        fileSaved(str): the path of a PDF or CSV just written.
        busyChanged(bool): a service call started or finished.
    """

    reportShown = Signal(object)
    fileSaved = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        self.model = SalesReportModel(self)
        self.ui.reportsTable.setModel(self.model)
        header = self.ui.reportsTable.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(COUNT, NET + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = BarChart(self.ui.chartHolder)
        self.chart.setObjectName("reportsChart")
        self.ui.chartLayout.addWidget(self.chart, 1)
        self.ui.reportsSplitter.setStretchFactor(0, 3)
        self.ui.reportsSplitter.setStretchFactor(1, 2)
        self.ui.reportsMessageLabel.setProperty("role", "hint")

        self.report: SalesReport | None = None
        self._busy = False
        self._request = 0
        self._counters_loaded = False
        self._counters: list[CounterChoice] = []
        self._fill_breakdowns()
        self._fill_counters([])
        self._set_range(station.today(), station.today())

        self.ui.showButton.clicked.connect(self._on_show)
        self.ui.todayButton.clicked.connect(self._on_today)
        self.ui.thisWeekButton.clicked.connect(self._on_this_week)
        self.ui.thisMonthButton.clicked.connect(self._on_this_month)
        self.ui.lastMonthButton.clicked.connect(self._on_last_month)
        self.ui.breakdownCombo.currentIndexChanged.connect(self._on_breakdown_changed)
        self.ui.savePdfButton.clicked.connect(self._on_save_pdf)
        self.ui.saveCsvButton.clicked.connect(self._on_save_csv)
        language_switcher().changed.connect(self._on_language_changed)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def refresh(self) -> None:
        """Load the counters once, then show the chosen range's figures as they are now."""
        if not self._counters_loaded:
            self._load_counters()
        self.show_report()

    def set_range(self, first: date, last: date) -> None:
        """Choose the Hong Kong days to report on (shown at the next :meth:`show_report`)."""
        self._set_range(first, last)

    def breakdown(self) -> Breakdown:
        value = self.ui.breakdownCombo.currentData()
        return Breakdown(value) if value else Breakdown.DAY

    def set_breakdown(self, breakdown: Breakdown) -> None:
        self.ui.breakdownCombo.setCurrentIndex(self.ui.breakdownCombo.findData(breakdown.value))

    def set_counter(self, code: str | None) -> None:
        """Choose one counter by code, or every counter with None."""
        index = self.ui.counterCombo.findData(code or "")
        self.ui.counterCombo.setCurrentIndex(max(index, 0))

    @Slot()
    def show_report(self) -> None:
        """Ask for the report of the chosen days and counter; the answer fills the tab."""
        first, last = self._range()
        code = self.ui.counterCombo.currentData() or None
        self._request += 1
        request = self._request
        db, clerk, clock = self.station.db, self._clerk(), self.station.clock
        self._say("")

        def done(report: SalesReport) -> None:
            if request == self._request:
                self._on_report(report)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self._on_failed(error, self.show_report)

        self._run(
            "sales report",
            lambda: sales_reports.sales_report(
                db, clerk, first, last, counter_code=code, clock=clock
            ),
            done,
            failed,
        )

    def save_pdf(self, path: Path) -> None:
        """Write the report on screen to *path* as an A4 PDF (in the background)."""
        report, db, clerk, clock = self.report, self.station.db, self._clerk(), self.station.clock
        if report is None:
            return
        self._run(
            "save sales report PDF",
            lambda: _write_pdf(db, clerk, report, path, clock),
            self._on_saved,
            lambda error: self._on_failed(error, lambda: self.save_pdf(path)),
        )

    def save_csv(self, path: Path) -> None:
        """Write the report on screen to *path* as CSV (in the background)."""
        report, clerk = self.report, self._clerk()
        if report is None:
            return
        self._run(
            "save sales report CSV",
            lambda: _write_csv(clerk, report, path),
            self._on_saved,
            lambda error: self._on_failed(error, lambda: self.save_csv(path)),
        )

    # --- helpers -------------------------------------------------------------------------

    def _clerk(self) -> Clerk:
        if self.station.clerk is None:
            raise RuntimeError("no clerk is signed in")
        return self.station.clerk

    def _run(
        self,
        name: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            on_error(error)

        run_task(name, work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()
        self.busyChanged.emit(busy)

    def _update_buttons(self) -> None:
        clerk = self.station.clerk
        may_export = clerk is not None and permissions.allowed(clerk, Action.REPORTS_EXPORT)
        for button in (self.ui.savePdfButton, self.ui.saveCsvButton):
            button.setVisible(may_export)
            button.setEnabled(may_export and self.report is not None and not self._busy)
        self.ui.showButton.setEnabled(not self._busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        label: QLabel = self.ui.reportsMessageLabel
        label.setText(text)
        set_style_state(label, "role", "error" if error else "hint")

    def _range(self) -> tuple[date, date]:
        return self.ui.dateFromEdit.date().toPython(), self.ui.dateToEdit.date().toPython()

    def _set_range(self, first: date, last: date) -> None:
        self.ui.dateFromEdit.setDate(QDate(first.year, first.month, first.day))
        self.ui.dateToEdit.setDate(QDate(last.year, last.month, last.day))

    def _fill_breakdowns(self) -> None:
        chosen = self.ui.breakdownCombo.currentData()
        names = {
            Breakdown.DAY: self.tr("day"),
            Breakdown.PLAN: self.tr("plan"),
            Breakdown.CARRIER: self.tr("carrier"),
            Breakdown.CARD_TYPE: self.tr("card type"),
            Breakdown.TENDER: self.tr("tender"),
            Breakdown.CLERK: self.tr("clerk"),
        }
        combo = self.ui.breakdownCombo
        combo.blockSignals(True)
        combo.clear()
        for breakdown, name in names.items():
            combo.addItem(name, breakdown.value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _fill_counters(self, counters: list[CounterChoice]) -> None:
        combo = self.ui.counterCombo
        chosen = combo.currentData() or ""
        combo.clear()
        combo.addItem(self.tr("All counters"), "")
        for counter in counters:
            combo.addItem(f"{counter.code} {counter.name}".strip(), counter.code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _load_counters(self) -> None:
        db, clerk = self.station.db, self._clerk()

        def done(counters: list[CounterChoice]) -> None:
            self._counters_loaded = True
            self._counters = counters
            self._fill_counters(counters)

        run_task(
            "report counters",
            lambda: sales_reports.report_counters(db, clerk),
            done,
            lambda error: self._on_failed(error, self._load_counters),
        )

    def _on_report(self, report: SalesReport) -> None:
        self.report = report
        self._show_breakdown()
        self._update_buttons()
        self.reportShown.emit(report)

    def _show_breakdown(self) -> None:
        report = self.report
        if report is None:
            return
        breakdown = self.breakdown()
        rows = report.rows(breakdown)
        self.model.set_rows(breakdown, rows)
        chinese = chinese_names()
        self.chart.set_bars([Bar(row.name(chinese), row.net) for row in rows])
        self.chart.set_empty_text(self.tr("No sales in these days."))
        total = report.total
        self.ui.reportsSummaryLabel.setText(
            self.tr(
                "{count} sales · gross {gross} · voided {voided} · refunded {refunded} · net {net}"
            ).format(
                count=total.count,
                gross=format_money(total.gross),
                voided=format_money(total.voided),
                refunded=format_money(total.refunded),
                net=format_money(total.net),
            )
        )
        self.ui.chartTitleLabel.setText(
            self.tr("Net sales by {breakdown}, {first} to {last}").format(
                breakdown=self.ui.breakdownCombo.currentText(),
                first=report.date_from.isoformat(),
                last=report.date_to.isoformat(),
            )
        )

    def _on_failed(self, error: BaseException, retry: Callable[[], None]) -> None:
        if isinstance(error, InputError):
            self._say(describe(error), error=True)
        elif isinstance(error, OutsideError):
            self._say(
                self.tr("The report could not be made: {error}").format(error=error), error=True
            )
            messages.show_error(
                self,
                self.tr("Report not made"),
                self.tr(
                    "The report could not be made or saved. "
                    "Check the database or the disk and retry."
                ),
                details=str(error),
                on_retry=retry,
            )
        else:
            messages.show_bug(self, error)

    def _on_saved(self, path: Path) -> None:
        self._say(self.tr("Saved {path}").format(path=str(path)))
        self.fileSaved.emit(str(path))

    def _ask_path(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        report = self.report
        if report is None:
            return None
        counter = report.counter_code or "all"
        name = (
            f"sales-{report.date_from.isoformat()}-{report.date_to.isoformat()}-{counter}{suffix}"
        )
        folder = self.station.data_dir or Path.home()
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(folder / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    # --- slots ---------------------------------------------------------------------------

    @Slot()
    def _on_show(self) -> None:
        if not self._busy:
            self.show_report()

    def _quick(self, first: date, last: date) -> None:
        self._set_range(first, last)
        self.show_report()

    @Slot()
    def _on_today(self) -> None:
        today = self.station.today()
        self._quick(today, today)

    @Slot()
    def _on_this_week(self) -> None:
        today = self.station.today()
        self._quick(week_start(today), today)

    @Slot()
    def _on_this_month(self) -> None:
        today = self.station.today()
        self._quick(today.replace(day=1), today)

    @Slot()
    def _on_last_month(self) -> None:
        self._quick(*last_month(self.station.today()))

    @Slot(int)
    def _on_breakdown_changed(self, _index: int) -> None:
        self._show_breakdown()

    @Slot()
    def _on_save_pdf(self) -> None:
        path = self._ask_path(self.tr("Save the report as PDF"), ".pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            self.save_pdf(path)

    @Slot()
    def _on_save_csv(self) -> None:
        path = self._ask_path(
            self.tr("Save the report as CSV"), ".csv", self.tr("CSV for spreadsheets (*.csv)")
        )
        if path is not None:
            self.save_csv(path)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._fill_breakdowns()
        self.model.retranslate()
        self._show_breakdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_counters(self._counters)
        super().changeEvent(event)


def _write_pdf(db: Database, clerk: Clerk, report: SalesReport, path: Path, clock: Clock) -> Path:
    """Build and write the PDF (in the background: ReportLab is imported here, not at start)."""
    from counter_app.files import write_atomically  # noqa: PLC0415
    from counter_app.printing.sales_report import build_sales_report_pdf  # noqa: PLC0415
    from counter_app.services.receipts import receipt_settings  # noqa: PLC0415

    permissions.require(clerk, Action.REPORTS_EXPORT)
    settings = receipt_settings(db, report.shop_code)
    pdf = build_sales_report_pdf(
        report,
        settings.header,
        printed_at=clock(),
        chinese=settings.chinese,
        cjk_font_path=settings.cjk_font_path,
    )
    try:
        write_atomically(path, pdf, overwrite=True)
    except OSError as exc:
        raise OutsideError(f"cannot write {path}: {exc.strerror or exc}") from exc
    log.gui.info("saved the sales report PDF %s", path.name)
    return path


def _write_csv(clerk: Clerk, report: SalesReport, path: Path) -> Path:
    return sales_reports.sales_report_csv(report, path, clerk=clerk)
