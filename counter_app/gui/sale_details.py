"""One sale as the history shows it: items, payments, the line before → after, what followed.

Every heading is the form's (translated with the window); names of plans, carriers and
tenders are in the window's language. The identity check is shown by its result and the
kind of document only: a document number is never on this screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from counter_app.domain.identity import IdType
from counter_app.domain.money import format_money
from counter_app.domain.phones import format_msisdn
from counter_app.domain.plans import format_data
from counter_app.gui.forms.ui_sale_details import Ui_SaleDetailsView
from counter_app.gui.i18n import language_switcher
from counter_app.gui.outbox_text import details_line
from counter_app.gui.vocabulary import id_type_name, tender_name
from counter_app.services.history import LineState, SaleDetails

_RIGHT: Final = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The line table's rows, top to bottom, as the form names them.
_LINE_ROWS: Final = ("expires", "balance", "data", "plan")
# Columns of the items and the tenders tables that are shown only when they hold something.
_DISCOUNT: Final = 2
_HANDED_OVER, _CHANGE = 2, 3


def kind_text(kind: str) -> str:
    """A kind of sale in the clerk's language."""
    return {
        "line": QCoreApplication.translate("History", "Renewal / top-up"),
        "new_sim": QCoreApplication.translate("History", "New SIM"),
        "voucher": QCoreApplication.translate("History", "Voucher"),
    }.get(kind, kind)


def state_text(state: str) -> str:
    """A sale's state in the clerk's language."""
    return {
        "completed": QCoreApplication.translate("History", "Completed"),
        "voided": QCoreApplication.translate("History", "Voided"),
        "refunded": QCoreApplication.translate("History", "Refunded"),
        "draft": QCoreApplication.translate("History", "Not finished"),
        "abandoned": QCoreApplication.translate("History", "Abandoned"),
    }.get(state, state)


def _english() -> bool:
    return language_switcher().language == "en"


def _unbroken(text: str) -> str:
    """*text* kept on one line when its label wraps (a phone number)."""
    return text.replace(" ", "\u00a0")


def _minutes(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


class SaleDetailsView(QWidget):
    """The details of one sale (or a line asking to choose one), read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SaleDetailsView()
        self.ui.setupUi(self)
        self.details: SaleDetails | None = None
        ui = self.ui
        for table in (ui.saleItemsTable, ui.saleTendersTable):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.saleLineTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for table in (ui.saleItemsTable, ui.saleTendersTable):
            for column in (1, 2, 3):  # the amounts
                item = table.horizontalHeaderItem(column)
                if item is not None:
                    item.setTextAlignment(_RIGHT)
        for table in self._tables():
            # A cell wraps rather than elides: its row, and the table, grow to fit it.
            table.horizontalHeader().sectionResized.connect(self._on_column_resized)
        language_switcher().changed.connect(self._on_language_changed)
        self.show_sale(None)

    def show_sale(self, details: SaleDetails | None) -> None:
        """Show *details*, or ask for a sale to be chosen."""
        self.details = details
        self._fill()

    # --- inside --------------------------------------------------------------------------

    def _tables(self) -> tuple[QTableWidget, ...]:
        return (self.ui.saleItemsTable, self.ui.saleTendersTable, self.ui.saleLineTable)

    @Slot(int, int, int)
    def _on_column_resized(self, _column: int, _old: int, _new: int) -> None:
        for table in self._tables():
            _fit_height(table)

    def _fill(self) -> None:
        ui, d = self.ui, self.details
        ui.saleEmptyLabel.setVisible(d is None)
        for widget in (
            ui.saleTitleLabel,
            ui.saleWhenLabel,
            ui.saleWhatLabel,
            ui.saleItemsTable,
            ui.saleTotalLabel,
            ui.saleTotalValueLabel,
        ):
            widget.setVisible(d is not None)
        if d is None:
            for widget in (
                ui.saleTendersTable,
                ui.saleTenderNotesLabel,
                ui.saleLineHeadingLabel,
                ui.saleLineTable,
                ui.saleOutboxHeadingLabel,
                ui.saleOutboxLabel,
                ui.saleVoucherLabel,
                ui.saleIdentityLabel,
                ui.saleReversalHeadingLabel,
                ui.saleReversalLabel,
                ui.saleReprintsLabel,
            ):
                widget.hide()
            return
        english = _english()
        ui.saleTitleLabel.setText(f"{d.receipt_no} · {state_text(d.state)}")
        ui.saleWhenLabel.setText(
            self.tr("{when} at {counter} by {clerk}").format(
                when=_minutes(d.at or d.started_at),
                counter=d.counter_name or d.counter_code,
                clerk=d.clerk_name,
            )
        )
        carrier = d.carrier_name_en if english else d.carrier_name_zh
        what = [kind_text(d.kind), carrier, _unbroken(format_msisdn(d.msisdn)) if d.msisdn else ""]
        second = (
            " "
            + self.tr("(second number {number})").format(
                number=_unbroken(format_msisdn(d.secondary_msisdn))
            )
            if d.secondary_msisdn
            else ""
        )
        ui.saleWhatLabel.setText(" · ".join(part for part in what if part) + second)
        self._fill_items(english)
        ui.saleTotalValueLabel.setText(format_money(d.total))
        self._fill_tenders(english)
        self._fill_line(english)
        # What the carrier and the SMS gateway did with it: each job's state, its
        # provider's reference and the last error.
        ui.saleOutboxLabel.setText("\n".join(details_line(job) for job in d.jobs))
        ui.saleOutboxHeadingLabel.setVisible(bool(d.jobs))
        ui.saleOutboxLabel.setVisible(bool(d.jobs))
        ui.saleVoucherLabel.setText(
            self.tr("Voucher serial {serial}").format(serial=d.voucher_serial)
        )
        ui.saleVoucherLabel.setVisible(bool(d.voucher_serial))
        ui.saleIdentityLabel.setText(self._identity_text(english))
        ui.saleIdentityLabel.setVisible(d.identity is not None)
        self._fill_reversal()
        ui.saleReprintsLabel.setText(
            self.tr("Printed again {count} time(s).").format(count=d.reprints)
        )
        ui.saleReprintsLabel.setVisible(d.reprints > 0)

    def _fill_items(self, english: bool) -> None:
        d = self.details
        if d is None:
            return
        rows = []
        for item in d.items:
            name = item.name_en if english else item.name_zh
            if item.promotion_code:
                name += f"\n[{item.promotion_code}]"
            rows.append(
                (
                    name,
                    format_money(item.list_price),
                    format_money(item.discount) if item.discount else "",
                    format_money(item.amount),
                )
            )
        table = self.ui.saleItemsTable
        table.setColumnHidden(_DISCOUNT, not any(item.discount for item in d.items))
        _fill_table(table, rows)

    def _fill_tenders(self, english: bool) -> None:
        d = self.details
        if d is None:
            return
        rows, notes = [], []
        for t in d.tenders:
            name = tender_name(t.tender)
            if t.card_last4:
                notes.append(
                    f"{name} · "
                    + self.tr("card ending {last4}, approval {code}").format(
                        last4=t.card_last4, code=t.approval_code
                    )
                )
            elif t.reference:
                notes.append(
                    f"{name} · " + self.tr("ref. {reference}").format(reference=t.reference)
                )
            rows.append(
                (
                    name,
                    format_money(t.amount),
                    format_money(t.tendered) if t.tendered is not None else "",
                    format_money(t.change) if t.change else "",
                )
            )
        # A card's approval or a wallet's reference is long: a line of its own, not a cell.
        self.ui.saleTenderNotesLabel.setText("\n".join(notes))
        self.ui.saleTenderNotesLabel.setVisible(bool(notes))
        table = self.ui.saleTendersTable
        # Handed over and change are the cash's: without cash their columns say nothing.
        cash = any(t.tendered is not None or t.change for t in d.tenders)
        for column in (_HANDED_OVER, _CHANGE):
            table.setColumnHidden(column, not cash)
        _fill_table(table, rows)
        table.setVisible(bool(rows))

    def _fill_line(self, english: bool) -> None:
        d, ui = self.details, self.ui
        shown = d is not None and (d.line_before is not None or d.line_after is not None)
        ui.saleLineHeadingLabel.setVisible(shown)
        ui.saleLineTable.setVisible(shown)
        if d is None or not shown:
            return
        rows = [
            (
                self._line_value(d.line_before, what, english),
                self._line_value(d.line_after, what, english),
            )
            for what in _LINE_ROWS
        ]
        _fill_table(ui.saleLineTable, rows, left=(0, 1))

    def _line_value(self, state: LineState | None, what: str, english: bool) -> str:
        if state is None:
            return ""
        if state.new:
            return self.tr("(new SIM)") if what == "expires" else ""
        if what == "expires":
            return state.expires_on.isoformat() if state.expires_on else ""
        if what == "balance":
            return format_money(state.balance)
        if what == "data":
            return format_data(state.data_left_mb)
        return state.plan_en if english else state.plan_zh

    def _identity_text(self, english: bool) -> str:
        d = self.details
        if d is None or d.identity is None:
            return ""
        identity = d.identity
        result = {
            "match": self.tr("the document matched the registration"),
            "mismatch": self.tr("the document did not match"),
            "override": self.tr("overridden by {name}").format(name=identity.override_by),
        }.get(identity.result, identity.result)
        try:
            document = id_type_name(IdType(identity.id_type))
        except ValueError:
            return self.tr("Identity check: {result}").format(result=result)
        return self.tr("Identity check ({document}): {result}").format(
            document=document, result=result
        )

    def _fill_reversal(self) -> None:
        d, ui = self.details, self.ui
        reversal = d.reversal if d is not None else None
        ui.saleReversalHeadingLabel.setVisible(reversal is not None)
        ui.saleReversalLabel.setVisible(reversal is not None)
        if reversal is None:
            return
        ui.saleReversalHeadingLabel.setText(
            state_text("voided") if reversal.kind == "void" else state_text("refunded")
        )
        ui.saleReversalLabel.setText(
            "\n".join(
                (
                    self.tr("{when}, approved by {approver} (asked by {clerk})").format(
                        when=_minutes(reversal.at),
                        approver=reversal.approved_by,
                        clerk=reversal.clerk_name,
                    ),
                    self.tr("Reason: {reason}").format(reason=reversal.reason),
                    self.tr(
                        "Amount {amount}; cash given back {cash}; line restored: {restored}"
                    ).format(
                        amount=format_money(reversal.amount),
                        cash=format_money(reversal.cash_returned),
                        restored=self.tr("yes") if reversal.line_restored else self.tr("no"),
                    ),
                )
            )
        )

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)


def _fill_table(
    table: QTableWidget, rows: Sequence[Sequence[str]], *, left: Sequence[int] = (0,)
) -> None:
    """Put *rows* of text in *table* (amounts right-aligned) and make it as tall as they are."""
    table.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column not in left:
                item.setTextAlignment(_RIGHT)
            table.setItem(number, column, item)
    _fit_height(table)


def _fit_height(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text, the table as tall as its rows: nothing scrolls."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
    table.setFixedHeight(height + 2 * table.frameWidth())
