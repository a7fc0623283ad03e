"""The back office's sales history: search, a sale's details, reprint (COPY), void or refund."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
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
from counter_app.domain.tenders import TENDER_NAMES
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_history_tab import Ui_HistoryTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.receipt_panel import ReceiptPanel
from counter_app.gui.reversal_dialog import ReversalDialog
from counter_app.gui.service_calls import call_service
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.services import history, reversals, sales, staff
from counter_app.services.history import HistoryCursor, HistoryPage, HistoryQuery, HistoryRow
from counter_app.services.reversals import ReversalKind, ReversalPreview

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
                self.rows[number] = _with_state(row, state)
                changed = self.index(number, self.COLUMNS.index("state"))
                self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.DisplayRole, ROW_ROLE])

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


def _with_state(row: HistoryRow, state: SaleState) -> HistoryRow:
    from dataclasses import replace  # noqa: PLC0415

    return replace(row, state=state)


def kind_text(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    return {
        "line": QCoreApplication.translate("History", "Renewal / top-up"),
        "new_sim": QCoreApplication.translate("History", "New SIM"),
        "voucher": QCoreApplication.translate("History", "Voucher"),
    }.get(kind, kind)


def state_text(state: str) -> str:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    return {
        "completed": QCoreApplication.translate("History", "Completed"),
        "voided": QCoreApplication.translate("History", "Voided"),
        "refunded": QCoreApplication.translate("History", "Refunded"),
        "draft": QCoreApplication.translate("History", "Not finished"),
        "abandoned": QCoreApplication.translate("History", "Abandoned"),
    }.get(state, state)


@dataclass(frozen=True)
class _Loaded:
    """A sale's details and what a void or refund of it would do (or why it cannot)."""

    details: history.SaleDetails
    preview: ReversalPreview | None
    blocked: str  # why it cannot be reversed, in the clerk's language


class HistoryTab(QWidget):
    """Find a sale, read it, reprint it as a COPY, void or refund it with approval.

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
        self.receipt_panel = ReceiptPanel(station, prefix="history", parent=self)
        self.ui.historyReceiptLayout.addWidget(self.receipt_panel)
        self.ui.historySplitter.setStretchFactor(0, 3)
        self.ui.historySplitter.setStretchFactor(1, 2)
        self.ui.historySplitter.setSizes([820, 520])
        self.ui.historyStatusLabel.setProperty("role", "hint")
        for key, _states in STATE_CHOICES.items():
            self.ui.historyStateCombo.addItem(self._state_choice_text(key), key)
        self.ui.historyClerkCombo.addItem(self.tr("Everyone"), "")
        today = station.today()
        for edit in (self.ui.historyFromDate, self.ui.historyToDate):
            edit.setDate(QDate(today.year, today.month, today.day))
        self.details: history.SaleDetails | None = None
        self.preview: ReversalPreview | None = None
        self.dialog: ReversalDialog | None = None
        self._query = HistoryQuery()
        self._search_generation = 0
        self._details_generation = 0
        self._clerks_loaded = False
        self._busy = False  # loading a sale's details or reprinting
        self._searching = False  # loading a page of results

        self.ui.historySearchInput.returnPressed.connect(self.search)
        self.ui.historySearchButton.clicked.connect(self.search)
        self.ui.historyMoreButton.clicked.connect(self._on_more)
        self.model.moreWanted.connect(self._on_more)
        selection = self.ui.historyResultsView.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row)
        self.ui.historyReprintButton.clicked.connect(self.reprint)
        self.ui.historyReverseButton.clicked.connect(self.open_reversal)
        self._show_details(None)

    # --- public --------------------------------------------------------------------------

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
        self._query = self.query()
        self._search_generation += 1
        generation = self._search_generation
        station, query = self.station, self._query
        clerk = station.clerk
        if clerk is None:
            return

        def done(page: HistoryPage) -> None:
            if generation != self._search_generation:
                return
            self.model.reset(page)
            self._update_count()
            self._show_details(None)
            if page.rows:
                self.ui.historyResultsView.selectRow(0)
            self.searched.emit(len(page.rows))

        call_service(
            self,
            "history search",
            lambda: history.search(station.db, clerk, query),
            done,
            self._show_problem,
            self._set_searching,
        )

    @Slot()
    def reprint(self) -> None:
        """Print the selected sale again as a COPY / 副本 (the reprint is logged)."""
        details = self.details
        station = self.station
        if details is None or not details.receipt_no:
            return
        receipt_no = details.receipt_no

        def shown(view: SaleView) -> None:
            self.ui.historyDetailsTabs.setCurrentWidget(self.ui.historyReceiptPage)
            self.receipt_panel.show_sale(view, just_completed=False)
            # Not the original: the panel's print is a COPY, recorded before it is built.
            self.receipt_panel.print_receipt()

        call_service(
            self,
            "load sale for reprint",
            lambda: sales.get_sale(station.db, receipt_no=receipt_no),
            shown,
            self._show_problem,
            self._set_busy,
        )

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
        station = self.station

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

        call_service(
            self,
            "staff list",
            lambda: staff.list_users(station.db),
            done,
            self._show_problem,
            lambda _busy: None,
        )

    @Slot()
    def _on_more(self) -> None:
        cursor = self.model.next
        clerk = self.station.clerk
        if cursor is None or clerk is None or self._searching:
            self.model.loading = False
            return
        self.model.loading = True
        generation = self._search_generation
        station = self.station
        query = HistoryQuery(**{**self._query.__dict__, "after": cursor})

        def done(page: HistoryPage) -> None:
            if generation != self._search_generation:
                return
            self.model.append(page)
            self._update_count()
            self.searched.emit(len(self.model.rows))

        def problem(text: str) -> None:
            self.model.loading = False
            self._show_problem(text)

        call_service(
            self,
            "history page",
            lambda: history.search(station.db, clerk, query),
            done,
            problem,
            self._set_searching,
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, HistoryRow) or not row.receipt_no:
            self._show_details(None)
            return
        self._load_details(row.receipt_no)

    def _load_details(self, receipt_no: str) -> None:
        self._details_generation += 1
        generation = self._details_generation
        station = self.station
        clerk = station.clerk
        if clerk is None:
            return

        def work() -> _Loaded:
            found = history.details(station.db, clerk, receipt_no)
            try:
                preview = reversals.preview(station.db, station.counter_id, receipt_no)
            except InputError as error:
                return _Loaded(found, None, describe(error))
            return _Loaded(found, preview, "")

        def done(loaded: _Loaded) -> None:
            if generation != self._details_generation:
                return
            self._show_details(loaded)
            self.detailsShown.emit(receipt_no)

        call_service(self, "sale details", work, done, self._show_problem, self._set_busy)

    def _show_details(self, loaded: _Loaded | None) -> None:
        self.details = loaded.details if loaded else None
        self.preview = loaded.preview if loaded else None
        if loaded is None:
            self.ui.historyDetailsBrowser.setHtml(
                "<p>" + escape(self.tr("Choose a sale to see its details.")) + "</p>"
            )
            self.receipt_panel.clear()
        else:
            self.ui.historyDetailsBrowser.setHtml(self._details_html(loaded.details))
            if self.receipt_panel.sale is None or (
                self.receipt_panel.sale.receipt_no != loaded.details.receipt_no
            ):
                self.receipt_panel.clear()
        reverse = self.ui.historyReverseButton
        if loaded is not None and loaded.preview is not None:
            void = loaded.preview.kind == ReversalKind.VOID
            reverse.setText(self.tr("Void…") if void else self.tr("Refund…"))
            reverse.setToolTip(
                self.tr("A sale of this shift is voided.")
                if void
                else self.tr("A sale of an earlier shift is refunded.")
            )
        else:
            reverse.setText(self.tr("Void or refund…"))
            reverse.setToolTip(loaded.blocked if loaded else "")
        self._update_buttons()

    def _details_html(self, d: history.SaleDetails) -> str:
        english = _english()

        def cell(text: object, *, right: bool = False) -> str:
            align = ' align="right"' if right else ""
            return f"<td{align}>{escape(str(text))}</td>"

        def head(*names: str) -> str:
            return "<tr>" + "".join(f"<th align='left'>{escape(n)}</th>" for n in names) + "</tr>"

        when = d.at.strftime("%Y-%m-%d %H:%M") if d.at else d.started_at.strftime("%Y-%m-%d %H:%M")
        carrier = d.carrier_name_en if english else d.carrier_name_zh
        parts = [
            f"<h3>{escape(d.receipt_no)} · {escape(state_text(d.state))}</h3>",
            "<p>"
            + escape(
                self.tr("{when} at {counter} by {clerk}").format(
                    when=when, counter=d.counter_name or d.counter_code, clerk=d.clerk_name
                )
            )
            + "<br>"
            + escape(kind_text(d.kind))
            + (f" · {escape(carrier)}" if carrier else "")
            + (f" · {escape(format_msisdn(d.msisdn))}" if d.msisdn else "")
            + (
                f" ({escape(self.tr('second number'))} {escape(format_msisdn(d.secondary_msisdn))})"
                if d.secondary_msisdn
                else ""
            )
            + "</p>",
            "<table cellspacing='0' cellpadding='3' width='100%'>",
            head(self.tr("Item"), self.tr("List price"), self.tr("Discount"), self.tr("Amount")),
        ]
        for item in d.items:
            name = item.name_en if english else item.name_zh
            if item.promotion_code:
                name += f" [{item.promotion_code}]"
            parts.append(
                "<tr>"
                + cell(name)
                + cell(format_money(item.list_price), right=True)
                + cell(format_money(item.discount) if item.discount else "", right=True)
                + cell(format_money(item.amount), right=True)
                + "</tr>"
            )
        parts.append(
            "<tr><td><b>"
            + escape(self.tr("Total"))
            + "</b></td><td></td><td></td><td align='right'><b>"
            + escape(format_money(d.total))
            + "</b></td></tr></table>"
        )
        if d.tenders:
            parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
            parts.append(
                head(
                    self.tr("Paid by"),
                    self.tr("Amount"),
                    self.tr("Handed over"),
                    self.tr("Change"),
                    "",
                )
            )
            for t in d.tenders:
                zh, en = TENDER_NAMES[t.tender]
                note = (
                    self.tr("card ending {last4}, approval {code}").format(
                        last4=t.card_last4, code=t.approval_code
                    )
                    if t.card_last4
                    else (
                        self.tr("ref. {reference}").format(reference=t.reference)
                        if t.reference
                        else ""
                    )
                )
                parts.append(
                    "<tr>"
                    + cell(en if english else zh)
                    + cell(format_money(t.amount), right=True)
                    + cell(format_money(t.tendered) if t.tendered is not None else "", right=True)
                    + cell(format_money(t.change) if t.change else "", right=True)
                    + cell(note)
                    + "</tr>"
                )
            parts.append("</table>")
        if d.line_before is not None or d.line_after is not None:
            parts.append(f"<h4>{escape(self.tr('The line, before → after'))}</h4>")
            parts.append("<table cellspacing='0' cellpadding='3'>")
            parts.append(head("", self.tr("Before"), self.tr("After")))
            before, after = d.line_before, d.line_after

            def value(state: history.LineState | None, what: str) -> str:
                if state is None:
                    return ""
                if state.new:
                    return self.tr("(new SIM)") if what == "expires" else ""
                if what == "expires":
                    return state.expires_on.isoformat() if state.expires_on else ""
                if what == "balance":
                    return format_money(state.balance)
                if what == "data":
                    return f"{state.data_left_mb:,} MB"
                return state.plan_en if english else state.plan_zh

            for what, label in (
                ("expires", self.tr("Expires on")),
                ("balance", self.tr("Balance")),
                ("data", self.tr("Data left")),
                ("plan", self.tr("Plan")),
            ):
                parts.append(
                    "<tr>"
                    + cell(label)
                    + cell(value(before, what))
                    + cell(value(after, what))
                    + "</tr>"
                )
            parts.append("</table>")
        if d.voucher_serial:
            parts.append(
                "<p>"
                + escape(self.tr("Voucher serial {serial}").format(serial=d.voucher_serial))
                + "</p>"
            )
        if d.identity is not None:
            result = {
                "match": self.tr("the document matched the registration"),
                "mismatch": self.tr("the document did not match"),
                "override": self.tr("overridden by {name}").format(name=d.identity.override_by),
            }.get(d.identity.result, d.identity.result)
            parts.append(
                "<p>" + escape(self.tr("Identity check: {result}").format(result=result)) + "</p>"
            )
        if d.reversal is not None:
            r = d.reversal
            title = self.tr("Voided") if r.kind == "void" else self.tr("Refunded")
            parts.append(
                f"<h4>{escape(title)}</h4><p>"
                + escape(
                    self.tr("{when}, approved by {approver} (asked by {clerk})").format(
                        when=r.at.strftime("%Y-%m-%d %H:%M"),
                        approver=r.approved_by,
                        clerk=r.clerk_name,
                    )
                )
                + "<br>"
                + escape(self.tr("Reason: {reason}").format(reason=r.reason))
                + "<br>"
                + escape(
                    self.tr(
                        "Amount {amount}; cash given back {cash}; line restored: {restored}"
                    ).format(
                        amount=format_money(r.amount),
                        cash=format_money(r.cash_returned),
                        restored=self.tr("yes") if r.line_restored else self.tr("no"),
                    )
                )
                + "</p>"
            )
        if d.reprints:
            parts.append(
                "<p>"
                + escape(self.tr("Printed again {count} time(s).").format(count=d.reprints))
                + "</p>"
            )
        return "".join(parts)

    def _on_reversed(self, sale: SaleView) -> None:
        receipt_no = sale.receipt_no or ""
        self.model.replace_state(receipt_no, sale.state)
        self.ui.historyStatusLabel.setText(
            (
                self.tr("Receipt {receipt} is voided.")
                if sale.state == SaleState.VOIDED
                else self.tr("Receipt {receipt} is refunded.")
            ).format(receipt=receipt_no)
        )
        set_style_state(self.ui.historyStatusLabel, "role", "hint")
        self._load_details(receipt_no)
        self.saleReversed.emit(receipt_no)

    def _update_count(self) -> None:
        count = len(self.model.rows)
        more = self.model.next is not None
        self.ui.historyCountLabel.setText(
            (
                self.tr("{count} sales shown, more below") if more else self.tr("{count} sales")
            ).format(count=count)
        )
        self.ui.historyMoreButton.setEnabled(more and not self._searching)
        if not self.model.rows:
            self.ui.historyStatusLabel.setText(self.tr("No sale matches this search."))
            set_style_state(self.ui.historyStatusLabel, "role", "hint")
        else:
            self.ui.historyStatusLabel.clear()

    def _show_problem(self, text: str) -> None:
        self.ui.historyStatusLabel.setText(text)
        set_style_state(self.ui.historyStatusLabel, "role", "error")

    def _set_searching(self, busy: bool) -> None:
        self._searching = busy
        self.ui.historySearchButton.setEnabled(not busy)
        self._update_buttons()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.details is not None and not self._busy
        self.ui.historyReprintButton.setEnabled(
            ready and self.details is not None and bool(self.details.receipt_no)
        )
        self.ui.historyReverseButton.setEnabled(ready and self.preview is not None)
        self.ui.historyMoreButton.setEnabled(self.model.next is not None and not self._searching)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
