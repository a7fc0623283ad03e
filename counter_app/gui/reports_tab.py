"""The back office's sales reports (銷售報表): a range of days, one breakdown, its chart.

The figures come from :func:`counter_app.services.sales_reports.sales_report` (what gross,
voided, refunded and net mean is written there); the tab shows one breakdown at a time
as a table and as a bar chart of net sales, and saves the whole report as PDF or CSV.
Every service call runs off the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
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
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.money import format_money
from counter_app.domain.plans import CardType
from counter_app.domain.sales_reports import Breakdown, ReportRow, SalesReport
from counter_app.domain.tenders import TenderKind
from counter_app.gui.bar_chart import Bar, BarChart
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_reports_tab import Ui_ReportsTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.not_done import not_done_text
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.gui.vocabulary import card_type_name, tender_name
from counter_app.services import permissions, sales_reports
from counter_app.services.permissions import Action
from counter_app.services.sales_reports import CounterChoice

NAME, COUNT, GROSS, VOIDED, REFUNDED, NET = range(6)
_REPORT: Final = "report"
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


def row_name(row: ReportRow, breakdown: Breakdown) -> str:
    """A row's name as the window says it: tenders and card types in the window's own
    words (Simplified in zh_CN, as elsewhere on screen), other rows as the report names them."""
    try:
        if breakdown is Breakdown.TENDER:
            return tender_name(TenderKind(row.key))
        if breakdown is Breakdown.CARD_TYPE:
            return card_type_name(CardType(row.key))
    except ValueError:
        pass
    return row.name(chinese_names())


def _text(row: ReportRow, column: int, breakdown: Breakdown) -> str:
    if column == NAME:
        return row_name(row, breakdown)
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
            answer = _text(row, column, self._breakdown)
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
    """

    reportShown = Signal(object)
    fileSaved = Signal(str)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        self.model = SalesReportModel(self)
        self.ui.reportsTable.setModel(self.model)
        header = self.ui.reportsTable.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.ui.reportsTable.setWordWrap(True)
        self.ui.reportsTable.setTextElideMode(Qt.TextElideMode.ElideNone)
        for column in range(COUNT, NET + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = BarChart(self.ui.chartHolder)
        self.chart.setObjectName("reportsChart")
        self.ui.chartLayout.addWidget(self.chart, 1)
        self.ui.reportsSplitter.setStretchFactor(0, 3)
        self.ui.reportsSplitter.setStretchFactor(1, 2)
        self.ui.reportsMessageLabel.setProperty("role", "hint")

        self.report: SalesReport | None = None
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
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

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
        station = self.station
        work = partial(
            sales_reports.sales_report,
            station.db,
            station.signed_in(),
            first,
            last,
            counter_code=code,
            clock=station.clock,
        )
        self.ui.reportsMessageLabel.clear()
        ServiceCall(self, "sales report", work, self._on_report).failure(self._on_refused).not_done(
            self._on_not_made
        ).replacing(_REPORT).run()

    def save_pdf(self, path: Path) -> None:
        """Write the report on screen to *path* as an A4 PDF (in the background)."""
        report, station = self.report, self.station
        if report is None:
            return
        work = partial(
            sales_reports.sales_report_pdf,
            station.db,
            report,
            path,
            clerk=station.signed_in(),
            clock=station.clock,
        )
        ServiceCall(self, "save sales report PDF", work, self._on_saved).failure(
            self._on_refused
        ).not_done(self._on_not_made).run()

    def save_csv(self, path: Path) -> None:
        """Write the report on screen to *path* as CSV (in the background)."""
        report = self.report
        if report is None:
            return
        work = partial(sales_reports.sales_report_csv, report, path, clerk=self.station.signed_in())
        ServiceCall(self, "save sales report CSV", work, self._on_saved).failure(
            self._on_refused
        ).not_done(self._on_not_made).run()

    # --- helpers -------------------------------------------------------------------------

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        clerk = self.station.clerk
        may_export = clerk is not None and permissions.allowed(clerk, Action.REPORTS_EXPORT)
        for button in (self.ui.savePdfButton, self.ui.saveCsvButton):
            button.setVisible(may_export)
            button.setEnabled(may_export and self.report is not None and not self.busy)
        self.ui.showButton.setEnabled(not self.busy)

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
        def done(counters: list[CounterChoice]) -> None:
            self._counters_loaded = True
            self._counters = counters
            self._fill_counters(counters)

        work = partial(sales_reports.report_counters, self.station.db, self.station.signed_in())
        ServiceCall(self, "report counters", work, done).failure(self._on_refused).not_done(
            self._on_not_made
        ).in_background().run()

    def _fit_table(self) -> None:
        """Give the table the width its rows need (a date or a plan's name cut to "2026-12-…"
        is no use), leaving the chart a quarter of the room; the chart takes the rest."""
        table, splitter = self.ui.reportsTable, self.ui.reportsSplitter
        header = table.horizontalHeader()
        needed = sum(
            max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in range(self.model.columnCount())
        )
        needed += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4
        room = sum(splitter.sizes())
        if room <= 0:
            return
        width = min(needed, room - room // 4)
        if width > splitter.sizes()[0]:
            splitter.setSizes([width, room - width])
        # A name still too long for its column wraps onto a second line, never "…".
        table.resizeRowsToContents()

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
        self._fit_table()
        self.chart.set_bars([Bar(row_name(row, breakdown), row.net) for row in rows])
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

    def _on_refused(self, error: InputError) -> None:
        say(self.ui.reportsMessageLabel, describe(error), error=True)

    def _on_not_made(self, error: BaseException) -> None:
        # The dialog (or the window's banner) has said why and offers Retry.
        text = not_done_text(error)
        if isinstance(error, OutsideError):
            text = self.tr("The report could not be made: {error}").format(error=text)
        say(self.ui.reportsMessageLabel, text, error=True)

    def _on_saved(self, path: Path) -> None:
        say(self.ui.reportsMessageLabel, self.tr("Saved {path}").format(path=str(path)))
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
        if not self.busy:
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
