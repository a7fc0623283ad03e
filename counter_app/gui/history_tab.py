"""The back office's sales history: search, a sale's details, reprint (COPY), void or refund."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QHeaderView, QWidget

from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money
from counter_app.domain.phones import format_msisdn
from counter_app.domain.sales import DONE_STATES, SaleState, SaleView
from counter_app.domain.staff import Clerk
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_history_tab import Ui_HistoryTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.not_done import say_not_done
from counter_app.gui.receipt_panel import ReceiptPanel
from counter_app.gui.reversal_dialog import ReversalDialog
from counter_app.gui.sale_details import SaleDetailsView, state_text
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.services import history, reversals, sales, staff
from counter_app.services.history import HistoryCursor, HistoryPage, HistoryQuery, HistoryRow
from counter_app.services.reversals import ReversalKind, ReversalPreview
from counter_app.store.engine import Database

ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the HistoryRow of a row
ModelIndex = QModelIndex | QPersistentModelIndex
# The state combo: its data, and the states searched.
STATE_CHOICES: Final[dict[str, frozenset[SaleState]]] = {
    "done": frozenset(DONE_STATES),
    "completed": frozenset({SaleState.COMPLETED}),
    "voided": frozenset({SaleState.VOIDED}),
    "refunded": frozenset({SaleState.REFUNDED}),
    "unfinished": frozenset({SaleState.DRAFT, SaleState.ABANDONED}),
}
_SEARCH: Final = "search"
_DETAILS: Final = "details"


def _english() -> bool:
    return language_switcher().language == "en"


class HistoryModel(QAbstractTableModel):
    """Pages of history rows; asks for the next page when the view scrolls to the end.

    Signals:
        moreWanted(): the view wants the next page (see :meth:`fetchMore`).
    """

    moreWanted = Signal()

    # The kind of sale is in the details; the plans' names say it in the list.
    COLUMNS: Final = ("time", "receipt", "state", "total", "phone", "plans", "clerk")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = []
        self.next: HistoryCursor | None = None
        self.loading = False

    def reset(self, page: HistoryPage) -> None:
        self.beginResetModel()
        self.rows = list(page.rows)
        self.next = page.next
        self.loading = False
        self.endResetModel()

    def append(self, page: HistoryPage) -> None:
        self.loading = False
        self.next = page.next
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()

    def replace_state(self, receipt_no: str, state: SaleState) -> None:
        for number, row in enumerate(self.rows):
            if row.receipt_no == receipt_no and row.state != state:
                self.rows[number] = replace(row, state=state)
                changed = self.index(number, self.COLUMNS.index("state"))
                self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.DisplayRole, ROW_ROLE])

    def retranslate(self) -> None:
        """Headers, states and plan names again, in the language now in use."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(self.COLUMNS) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self.next is not None and not self.loading

    def fetchMore(self, parent: ModelIndex) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.moreWanted.emit()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Time"),
            self.tr("Receipt"),
            self.tr("State"),
            self.tr("Total"),
            self.tr("Phone"),
            self.tr("Plans"),
            self.tr("Clerk"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "time":
            return row.at.strftime("%Y-%m-%d %H:%M")
        if column == "receipt":
            return row.receipt_no or self.tr("(no receipt)")
        if column == "state":
            return state_text(row.state)
        if column == "total":
            return format_money(row.total)
        if column == "phone":
            return format_msisdn(row.msisdn) if row.msisdn else ""
        if column == "plans":
            return ", ".join(row.plans_en if _english() else row.plans_zh)
        return row.clerk_name


@dataclass(frozen=True)
class _Loaded:
    """A sale's details and what a void or refund of it would do (or why it cannot)."""

    details: history.SaleDetails
    preview: ReversalPreview | None
    blocked: InputError | None  # why it cannot be reversed


def _load_sale(db: Database, clerk: Clerk, counter_id: int, receipt_no: str) -> _Loaded:
    """In the background: the details of *receipt_no* and the preview of its reversal."""
    found = history.details(db, clerk, receipt_no)
    try:
        preview = reversals.preview(db, counter_id, receipt_no)
    except InputError as error:
        return _Loaded(found, None, error)
    return _Loaded(found, preview, None)


class HistoryTab(QWidget):
    """Find a sale, read it, reprint it as a COPY, void or refund it with approval.

    The results pane and the details pane each have their own calls: the list pages on
    while a sale's details load, and a sale is reprinted while the next page loads.

    Signals:
        searched(int): a search (or its next page) came back; the number of rows shown.
        detailsShown(str): the details of this receipt are on screen.
        saleReversed(str): this receipt was voided or refunded here.
    """

    searched = Signal(int)
    detailsShown = Signal(str)
    saleReversed = Signal(str)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_HistoryTab()
        self.ui.setupUi(self)
        self.model = HistoryModel(self)
        self.ui.historyResultsView.setModel(self.model)
        header = self.ui.historyResultsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            HistoryModel.COLUMNS.index("plans"), QHeaderView.ResizeMode.Stretch
        )
        self.details_view = SaleDetailsView(self)
        self.details_view.setObjectName("historySaleDetails")
        self.ui.historyDetailsPageLayout.addWidget(self.details_view)
        self.receipt_panel = ReceiptPanel(station, prefix="history", parent=self)
        self.ui.historyReceiptLayout.addWidget(self.receipt_panel)
        self.ui.historySplitter.setStretchFactor(0, 3)
        self.ui.historySplitter.setStretchFactor(1, 2)
        self.ui.historySplitter.setSizes([760, 580])
        self.ui.historyStatusLabel.setProperty("role", "hint")
        for key, _states in STATE_CHOICES.items():
            self.ui.historyStateCombo.addItem(self._state_choice_text(key), key)
        self.ui.historyClerkCombo.addItem(self.tr("Everyone"), "")
        today = station.today()
        for edit in (self.ui.historyFromDate, self.ui.historyToDate):
            edit.setDate(QDate(today.year, today.month, today.day))
        self._loaded: _Loaded | None = None
        self.dialog: ReversalDialog | None = None
        self._query = HistoryQuery()
        self._clerks_loaded = False
        self._reprint = ""  # the receipt to print as a COPY once its preview is shown

        self.ui.historySearchInput.returnPressed.connect(self.search)
        self.ui.historySearchButton.clicked.connect(self.search)
        self.ui.historyMoreButton.clicked.connect(self._on_more)
        self.model.moreWanted.connect(self._on_more)
        selection = self.ui.historyResultsView.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row)
        self.ui.historyReprintButton.clicked.connect(self.reprint)
        self.ui.historyReverseButton.clicked.connect(self.open_reversal)
        self.receipt_panel.shown.connect(self._on_receipt_shown)
        for pane in (self.ui.historyResultsPane, self.ui.historyDetailsPane):
            calls_of(pane).busyChanged.connect(self._on_busy_changed)
        language_switcher().changed.connect(self._on_language_changed)
        self._show_details(None)

    # --- public --------------------------------------------------------------------------

    @property
    def details(self) -> history.SaleDetails | None:
        """The sale whose details are shown."""
        return self._loaded.details if self._loaded else None

    @property
    def preview(self) -> ReversalPreview | None:
        """What a void or refund of the sale shown would do; None if it cannot be reversed."""
        return self._loaded.preview if self._loaded else None

    def refresh(self) -> None:
        """The tab is shown: load the staff list once, and search again (new sales show)."""
        if not self._clerks_loaded:
            self._load_clerks()
        self.search()

    def query(self) -> HistoryQuery:
        """The search the bar describes. A receipt or phone number searches all dates."""
        text = self.ui.historySearchInput.text().strip()
        key = self.ui.historyStateCombo.currentData() or "done"
        states = STATE_CHOICES[str(key)]
        clerk = str(self.ui.historyClerkCombo.currentData() or "")
        if text:
            return HistoryQuery(text=text, clerk=clerk, states=states)
        return HistoryQuery(
            date_from=_date(self.ui.historyFromDate.date()),
            date_to=_date(self.ui.historyToDate.date()),
            clerk=clerk,
            states=states,
        )

    @Slot()
    def search(self) -> None:
        """Run the search the bar describes; the first page replaces the results."""
        clerk = self.station.clerk
        if clerk is None:
            return
        self._query = self.query()

        def done(page: HistoryPage) -> None:
            self.model.reset(page)
            self._update_count()
            self._show_details(None)
            if page.rows:
                self.ui.historyResultsView.selectRow(0)
            self.searched.emit(len(page.rows))

        work = partial(history.search, self.station.db, clerk, self._query)
        ServiceCall(self.ui.historyResultsPane, "history search", work, done).failure(
            self._show_problem
        ).not_done(self._show_not_done).replacing(_SEARCH).run()

    @Slot()
    def reprint(self) -> None:
        """Print the selected sale again as a COPY / 副本 (the reprint is logged)."""
        details = self.details
        if details is None or not details.receipt_no or self._details_busy():
            return
        receipt_no = details.receipt_no

        def shown(view: SaleView) -> None:
            self.ui.historyDetailsTabs.setCurrentWidget(self.ui.historyReceiptPage)
            # Not the original: the panel's print is a COPY, recorded once it is sent;
            # it prints once the receipt's preview is on screen.
            self._reprint = receipt_no
            self.receipt_panel.show_sale(view, just_completed=False)

        work = partial(sales.get_sale, self.station.db, receipt_no=receipt_no)
        ServiceCall(self.ui.historyDetailsPane, "load sale for reprint", work, shown).failure(
            self._show_problem
        ).not_done(self._show_not_done).replacing(_DETAILS).run()

    @Slot()
    def open_reversal(self) -> None:
        """Open the void / refund dialog for the selected sale (what it restores first)."""
        if self.preview is None:
            return
        dialog = ReversalDialog(self.station, self.preview, self)
        dialog.setObjectName("historyReversalDialog")
        dialog.reversed.connect(self._on_reversed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # --- inside --------------------------------------------------------------------------

    def _state_choice_text(self, key: str) -> str:
        return {
            "done": self.tr("All finished sales"),
            "completed": self.tr("Completed"),
            "voided": self.tr("Voided"),
            "refunded": self.tr("Refunded"),
            "unfinished": self.tr("Not finished / abandoned"),
        }[key]

    def _load_clerks(self) -> None:
        def done(users: list[staff.StaffSummary]) -> None:
            self._clerks_loaded = True
            combo = self.ui.historyClerkCombo
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Everyone"), "")
            for user in users:
                combo.addItem(f"{user.display_name} ({user.username})", user.username)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(found, 0))

        work = partial(staff.list_users, self.station.db)
        ServiceCall(self, "staff list", work, done).failure(self._show_problem).not_done(
            self._show_not_done
        ).in_background().run()

    @Slot()
    def _on_more(self) -> None:
        cursor = self.model.next
        clerk = self.station.clerk
        if cursor is None or clerk is None or calls_of(self.ui.historyResultsPane).busy:
            self.model.loading = False
            return
        self.model.loading = True

        def done(page: HistoryPage) -> None:
            self.model.append(page)
            self._update_count()
            self.searched.emit(len(self.model.rows))

        def refused(error: InputError) -> None:
            self.model.loading = False
            self._show_problem(error)

        def not_done(error: BaseException) -> None:
            self.model.loading = False
            self._show_not_done(error)

        work = partial(history.search, self.station.db, clerk, replace(self._query, after=cursor))
        ServiceCall(self.ui.historyResultsPane, "history page", work, done).failure(
            refused
        ).not_done(not_done).replacing(_SEARCH).run()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, HistoryRow) or not row.receipt_no:
            self._show_details(None)
            return
        self._load_details(row.receipt_no)

    def _load_details(self, receipt_no: str) -> None:
        clerk = self.station.clerk
        if clerk is None:
            return
        station = self.station

        def done(loaded: _Loaded) -> None:
            self._show_details(loaded)
            self.detailsShown.emit(receipt_no)

        work = partial(_load_sale, station.db, clerk, station.counter_id, receipt_no)
        ServiceCall(self.ui.historyDetailsPane, "sale details", work, done).failure(
            self._show_problem
        ).not_done(self._show_not_done).replacing(_DETAILS).run()

    def _show_details(self, loaded: _Loaded | None) -> None:
        self._loaded = loaded
        self.details_view.show_sale(self.details)
        if loaded is None:
            # The list moved on: a sale's details still on their way are not wanted.
            calls_of(self.ui.historyDetailsPane).forget(_DETAILS)
            self._reprint = ""
            self.receipt_panel.clear()
        elif self.receipt_panel.sale is None or (
            self.receipt_panel.sale.receipt_no != loaded.details.receipt_no
        ):
            self._reprint = ""
            self.receipt_panel.clear()
        self._show_reverse_button()
        self._update_buttons()

    def _show_reverse_button(self) -> None:
        loaded = self._loaded
        reverse = self.ui.historyReverseButton
        if loaded is not None and loaded.preview is not None:
            void = loaded.preview.kind == ReversalKind.VOID
            reverse.setText(self.tr("Voi&d…") if void else self.tr("Refun&d…"))
            reverse.setToolTip(
                self.tr("A sale of this shift is voided.")
                if void
                else self.tr("A sale of an earlier shift is refunded.")
            )
        else:
            reverse.setText(self.tr("Voi&d or refund…"))
            blocked = loaded.blocked if loaded else None
            reverse.setToolTip(describe(blocked) if blocked is not None else "")

    @Slot()
    def _on_receipt_shown(self) -> None:
        sale = self.receipt_panel.sale
        if self._reprint and sale is not None and sale.receipt_no == self._reprint:
            self._reprint = ""
            self.receipt_panel.print_receipt()

    @Slot(object)
    def _on_reversed(self, sale: SaleView) -> None:
        receipt_no = sale.receipt_no or ""
        self.model.replace_state(receipt_no, sale.state)
        say(
            self.ui.historyStatusLabel,
            (
                self.tr("Receipt {receipt} is voided.")
                if sale.state == SaleState.VOIDED
                else self.tr("Receipt {receipt} is refunded.")
            ).format(receipt=receipt_no),
        )
        self._load_details(receipt_no)
        self.saleReversed.emit(receipt_no)

    def _update_count(self) -> None:
        self._show_count()
        if not self.model.rows:
            say(self.ui.historyStatusLabel, self.tr("No sale matches this search."))
        else:
            self.ui.historyStatusLabel.clear()
        self._update_buttons()

    def _show_count(self) -> None:
        more = self.model.next is not None
        self.ui.historyCountLabel.setText(
            (
                self.tr("{count} sales shown, more below") if more else self.tr("{count} sales")
            ).format(count=len(self.model.rows))
        )

    def _show_problem(self, error: InputError) -> None:
        say(self.ui.historyStatusLabel, describe(error), error=True)

    def _show_not_done(self, error: BaseException) -> None:
        say_not_done(self.ui.historyStatusLabel, error)

    def _details_busy(self) -> bool:
        return calls_of(self.ui.historyDetailsPane).busy

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        searching = calls_of(self.ui.historyResultsPane).busy
        ready = self.details is not None and not self._details_busy()
        self.ui.historySearchButton.setEnabled(not searching)
        self.ui.historyReprintButton.setEnabled(
            ready and self.details is not None and bool(self.details.receipt_no)
        )
        self.ui.historyReverseButton.setEnabled(ready and self.preview is not None)
        self.ui.historyMoreButton.setEnabled(self.model.next is not None and not searching)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            combo = self.ui.historyStateCombo
            for index in range(combo.count()):
                combo.setItemText(index, self._state_choice_text(str(combo.itemData(index))))
            everyone = self.ui.historyClerkCombo.findData("")
            if everyone >= 0:
                self.ui.historyClerkCombo.setItemText(everyone, self.tr("Everyone"))
            self._show_reverse_button()
            if self.model.rows or self.model.next is not None:
                self._show_count()
            self.model.retranslate()
        super().changeEvent(event)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
