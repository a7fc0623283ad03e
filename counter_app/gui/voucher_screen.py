"""Selling a PIN voucher from stock (出售充值券): choose the carrier and value, pay, show the PIN.

The PIN is fetched only after the sale is complete, through the audited
:func:`counter_app.services.sales.reveal_pin`; it lives on the done page's label until the
next customer and is never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from counter_app import log
from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.money import format_money
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender
from counter_app.gui import messages
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_voucher_screen import Ui_VoucherScreen
from counter_app.gui.i18n import language_switcher
from counter_app.gui.payment_panel import PaymentPanel
from counter_app.gui.receipt_panel import ReceiptPanel
from counter_app.gui.service_calls import abandon_in_background, call_service
from counter_app.gui.shortcuts import page_shortcut
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.gui.tasks import run_task
from counter_app.services import sales, vouchers
from counter_app.services.vouchers import StockLevel

PIN_GROUP: Final = 4


def format_pin(pin: str) -> str:
    """The PIN in groups of four for reading aloud: "8542063776622585" → "8542 0637 7662 2585"."""
    digits = "".join(pin.split())
    return " ".join(digits[i : i + PIN_GROUP] for i in range(0, len(digits), PIN_GROUP))


class VoucherStockModel(QAbstractListModel):
    """One row per carrier and face value in stock, in the order given.

    DisplayRole is "CARRIER HK$50.00 — 29 in stock"; a row with nothing left to sell is
    shown but disabled, so it can be neither selected nor chosen.
    """

    StockRole: Final = Qt.ItemDataRole.UserRole + 1
    """The row's :class:`StockLevel`."""
    AvailableRole: Final = Qt.ItemDataRole.UserRole + 2
    """How many PINs of the row can be sold today (int)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stock: list[StockLevel] = []

    def set_stock(self, stock: list[StockLevel]) -> None:
        self.beginResetModel()
        self._stock = list(stock)
        self.endResetModel()

    def retranslate(self) -> None:
        """Re-read the tr() texts after a language switch."""
        if self._stock:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._stock) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )

    def stock_at(self, row: int) -> StockLevel | None:
        return self._stock[row] if 0 <= row < len(self._stock) else None

    def row_of(self, carrier_code: str, face_value: int) -> int:
        """The row of this carrier and value, or -1."""
        for row, level in enumerate(self._stock):
            if (level.carrier_code, level.face_value) == (carrier_code, face_value):
                return row
        return -1

    def first_available_row(self) -> int:
        return next((row for row, level in enumerate(self._stock) if level.available > 0), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._stock)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        level = self.stock_at(index.row()) if index.isValid() else None
        if level is None:
            return Qt.ItemFlag.NoItemFlags
        if level.available <= 0:
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        level = self.stock_at(index.row()) if index.isValid() else None
        if level is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(level)
        if role == self.StockRole:
            return level
        if role == self.AvailableRole:
            return level.available
        return None

    def _display(self, level: StockLevel) -> str:
        face_value = format_money(level.face_value)
        if level.available <= 0:
            return self.tr("{carrier} {face_value} — out of stock").format(
                carrier=level.carrier_code, face_value=face_value
            )
        return self.tr("{carrier} {face_value} — {available} in stock").format(
            carrier=level.carrier_code, face_value=face_value, available=level.available
        )


class VoucherScreen(QWidget):
    """Sell one PIN voucher: the stock list, the payment panel, then the PIN, large.

    Keys: on the list ↑/↓ move (sold-out rows are skipped), Enter sells the chosen voucher,
    Esc leaves; on the payment page the payment panel's keys, Esc gives the sale up and
    goes back to the list; on the done page Enter is "Next customer".

    Signals:
        finished(): the clerk is done here (Esc on the list, or Next customer after a
            sale); the window goes back to the counter screen.
        saleCompleted(object): the SaleView of each voucher sold (it holds no PIN).
        busyChanged(bool): a service call started or finished.
    """

    finished = Signal()
    saleCompleted = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_VoucherScreen()
        self.ui.setupUi(self)
        self.model = VoucherStockModel(self)
        self.ui.voucherList.setModel(self.model)
        self.payment_panel = PaymentPanel()
        self.ui.voucherPaymentPageLayout.addWidget(self.payment_panel)
        self.receipt_panel = ReceiptPanel(station, prefix="voucher")
        self.ui.voucherDoneReceiptLayout.addWidget(self.receipt_panel)
        # A fixed-pitch face keeps the groups aligned and 0/8, 1/7 apart; the size is the form's.
        pin_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.ui.voucherPinLabel.setFont(pin_font)
        self.ui.voucherPinLabel.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.ui.voucherListMessageLabel, self.ui.voucherDoneMessageLabel):
            label.setProperty("role", "hint")

        self.sale: SaleView | None = None
        self.stock: StockLevel | None = None
        self._busy = False
        self._stock_request = 0

        self.ui.chooseVoucherButton.clicked.connect(self._on_choose)
        self.ui.voucherBackButton.clicked.connect(self._on_leave)
        self.ui.voucherDoneButton.clicked.connect(self._on_next_customer)
        self.ui.voucherList.doubleClicked.connect(self._on_choose)
        self.ui.voucherList.selectionModel().currentChanged.connect(self._on_current_changed)
        page_shortcut(self.ui.voucherListPage, self._on_list_enter, Qt.Key.Key_Return)
        page_shortcut(self.ui.voucherListPage, self._on_list_enter, Qt.Key.Key_Enter)
        page_shortcut(self.ui.voucherListPage, self._on_leave, Qt.Key.Key_Escape)
        page_shortcut(self.ui.voucherDonePage, self._on_next_customer, Qt.Key.Key_Return)
        page_shortcut(self.ui.voucherDonePage, self._on_next_customer, Qt.Key.Key_Enter)
        self.payment_panel.completeRequested.connect(self._on_complete)
        self.payment_panel.backRequested.connect(self._on_back_to_list)
        language_switcher().changed.connect(self._on_language_changed)
        self._clear_done()
        self._update_choose_button()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    @Slot()
    def next_customer(self) -> None:
        """Forget the last sale (and its PIN), give up an unpaid draft, show the fresh stock.

        Does nothing while a service call is running (a sale may be completing).
        """
        if self._busy:
            return
        self._abandon_draft()
        self.sale = None
        self.stock = None
        self._clear_done()
        self.ui.voucherListMessageLabel.clear()
        self.ui.voucherStack.setCurrentWidget(self.ui.voucherListPage)
        self.ui.voucherList.setFocus()
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the stock levels again, keeping the chosen row where it is still in stock."""
        self._stock_request += 1
        request = self._stock_request
        db, today = self.station.db, self.station.today()

        def done(stock: list[StockLevel]) -> None:
            if request == self._stock_request:
                self._on_stock_loaded(stock)

        def failed(error: BaseException) -> None:
            if request == self._stock_request:
                self._on_stock_failed(error)

        run_task("voucher stock", lambda: vouchers.stock_levels(db, today=today), done, failed)

    # --- helpers -------------------------------------------------------------------------

    def _clerk(self) -> Clerk:
        if self.station.clerk is None:
            raise RuntimeError("no clerk is signed in")
        return self.station.clerk

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_choose_button()
        self.busyChanged.emit(busy)

    def _call(
        self,
        name: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_problem: Callable[[str], None],
        retry: Callable[[], None],
    ) -> None:
        call_service(self, name, work, on_done, on_problem, self._set_busy, retry)

    def _log(self, error: BaseException) -> None:
        log.gui.warning("background step failed: %r", error)

    def _language(self) -> str:
        return language_switcher().language

    def _say(self, label: QLabel, text: str, *, error: bool) -> None:
        label.setText(text)
        set_style_state(label, "role", "error" if error else "hint")

    # --- the stock list ------------------------------------------------------------------

    def _current_stock(self) -> StockLevel | None:
        return self.model.stock_at(self.ui.voucherList.currentIndex().row())

    def _on_stock_loaded(self, stock: list[StockLevel]) -> None:
        chosen = self._current_stock()
        self.model.set_stock(stock)
        row = self.model.row_of(chosen.carrier_code, chosen.face_value) if chosen else -1
        level = self.model.stock_at(row)
        if level is None or level.available <= 0:
            row = self.model.first_available_row()
        if row >= 0:
            self.ui.voucherList.setCurrentIndex(self.model.index(row))
        self._update_choose_button()
        label = self.ui.voucherListMessageLabel
        if not stock:
            self._say(
                label,
                self.tr("There are no PIN vouchers in stock: a supervisor imports them."),
                error=True,
            )
        elif row < 0:
            self._say(label, self.tr("Every voucher is sold out."), error=True)
        else:
            label.clear()

    def _on_stock_failed(self, error: BaseException) -> None:
        label = self.ui.voucherListMessageLabel
        if isinstance(error, InputError):
            self._say(label, describe(error), error=True)
        elif isinstance(error, OutsideError):
            self._say(
                label,
                self.tr("The voucher stock could not be read: the database did not answer."),
                error=True,
            )
            messages.show_error(
                self,
                self.tr("Database not available"),
                self.tr("The voucher stock could not be read. Check the network and retry."),
                details=str(error),
                on_retry=self.reload,
            )
        else:
            messages.show_bug(self, error)

    def _update_choose_button(self) -> None:
        level = self._current_stock()
        available = level is not None and level.available > 0
        self.ui.chooseVoucherButton.setEnabled(available and not self._busy)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.ui.voucherListMessageLabel.clear()
        self._update_choose_button()

    @Slot()
    def _on_list_enter(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused is not self.ui.chooseVoucherButton:
            focused.click()
            return
        self._on_choose()

    @Slot()
    def _on_choose(self) -> None:
        if self._busy or self.ui.voucherStack.currentWidget() is not self.ui.voucherListPage:
            return
        level = self._current_stock()
        if level is None or level.available <= 0:
            self._say(
                self.ui.voucherListMessageLabel,
                self.tr("Choose a voucher that is in stock."),
                error=True,
            )
            return
        db, clerk, counter_id, clock = (
            self.station.db,
            self._clerk(),
            self.station.counter_id,
            self.station.clock,
        )
        self._call(
            "start voucher sale",
            lambda: sales.start_sale(db, clerk, counter_id, SaleKind.VOUCHER, clock=clock),
            lambda sale: self._on_sale_started(sale, level),
            self._list_problem,
            self._on_choose,
        )

    def _list_problem(self, text: str) -> None:
        self._say(self.ui.voucherListMessageLabel, text, error=True)
        self.ui.voucherList.setFocus()

    def _on_sale_started(self, sale: SaleView, level: StockLevel) -> None:
        self.sale = sale
        self.stock = level
        summary = [
            self.tr("PIN voucher: {carrier} {face_value}").format(
                carrier=level.carrier_code, face_value=format_money(level.face_value)
            )
        ]
        self.payment_panel.set_sale(level.face_value, summary)
        self.ui.voucherStack.setCurrentWidget(self.ui.voucherPaymentPage)
        self.payment_panel.setFocus()

    @Slot()
    def _on_leave(self) -> None:
        if not self._busy:
            self.finished.emit()

    # --- payment -------------------------------------------------------------------------

    @Slot(object)
    def _on_complete(self, tenders: list[Tender]) -> None:
        if self.sale is None or self.stock is None:
            self.payment_panel.set_busy(False)
            return
        self._complete(self.sale.uuid, self.stock, tenders)

    def _complete(self, sale_uuid: str, level: StockLevel, tenders: list[Tender]) -> None:
        self.payment_panel.set_busy(True)
        db, clerk, clock = self.station.db, self._clerk(), self.station.clock
        self._call(
            "complete voucher sale",
            lambda: sales.complete_voucher_sale(
                db,
                clerk,
                sale_uuid,
                carrier_code=level.carrier_code,
                face_value=level.face_value,
                tenders=tenders,
                clock=clock,
            ),
            self._on_completed,
            self.payment_panel.show_error,
            lambda: self._complete(sale_uuid, level, tenders),
        )

    @Slot()
    def _on_back_to_list(self) -> None:
        if self._busy:
            return
        self._abandon_draft()
        self.sale = None
        self.stock = None
        self.ui.voucherStack.setCurrentWidget(self.ui.voucherListPage)
        self.ui.voucherList.setFocus()
        self.reload()

    def _abandon_draft(self) -> None:
        abandon_in_background(self.station, self.sale, self._log)

    # --- done ----------------------------------------------------------------------------

    def _on_completed(self, sale: SaleView) -> None:
        self.sale = sale
        self._clear_done()
        self._show_done()
        self.ui.voucherStack.setCurrentWidget(self.ui.voucherDonePage)
        self.ui.voucherDoneButton.setFocus()
        self.saleCompleted.emit(sale)
        if sale.receipt_no:
            self._reveal_pin(sale.receipt_no)

    def _show_done(self) -> None:
        """The sale's texts on the done page, in the current language (not the PIN)."""
        sale, ui = self.sale, self.ui
        if sale is None:
            return
        english = self._language() == "en"
        ui.voucherReceiptNoLabel.setText(
            self.tr("Receipt {receipt_no}").format(receipt_no=sale.receipt_no or "")
        )
        paid = self.tr("Paid {total}").format(total=format_money(sale.total))
        if sale.change_total:
            paid += " · " + self.tr("Change {change}").format(
                change=format_money(sale.change_total)
            )
        ui.voucherPaidLabel.setText(paid)
        voucher = sale.voucher
        if voucher is None:
            return
        ui.voucherCarrierLabel.setText(
            self.tr("{carrier} voucher {face_value}").format(
                carrier=sale.carrier_name_en if english else sale.carrier_name_zh,
                face_value=format_money(voucher.face_value),
            )
        )
        ui.voucherSerialLabel.setText(self.tr("Serial {serial}").format(serial=voucher.serial))
        ui.voucherExpiryLabel.setText(
            self.tr("Use by {date}").format(date=voucher.expires_on.isoformat())
        )
        ui.voucherRedeemLabel.setText(voucher.redeem_en if english else voucher.redeem_zh)

    def _reveal_pin(self, receipt_no: str) -> None:
        db, clerk, secret, clock = (
            self.station.db,
            self._clerk(),
            self.station.secret,
            self.station.clock,
        )
        label = self.ui.voucherDoneMessageLabel
        self._say(label, self.tr("Fetching the PIN…"), error=False)

        def still_shown() -> bool:
            return (
                self.sale is not None
                and self.sale.receipt_no == receipt_no
                and self.ui.voucherStack.currentWidget() is self.ui.voucherDonePage
            )

        def done(pin: str) -> None:
            if still_shown() and self.sale is not None:
                self.ui.voucherPinLabel.setText(format_pin(pin))
                label.clear()
                # The printed voucher carries the PIN; the archived file never does.
                self.receipt_panel.show_sale(self.sale, just_completed=True, pin=pin)

        def failed(error: BaseException) -> None:
            if not still_shown():
                return
            if isinstance(error, InputError):
                self._say(label, describe(error), error=True)
            elif isinstance(error, OutsideError):
                self._say(
                    label,
                    self.tr("The PIN could not be read: the database did not answer."),
                    error=True,
                )
                messages.show_error(
                    self,
                    self.tr("Database not available"),
                    self.tr("The voucher is sold; its PIN could not be read. Retry to show it."),
                    details=str(error),
                    on_retry=lambda: self._reveal_pin(receipt_no),
                )
            else:
                messages.show_bug(self, error)
                self._say(label, self.tr("The PIN could not be shown."), error=True)

        run_task(
            "reveal voucher PIN",
            lambda: sales.reveal_pin(db, clerk, receipt_no, secret, clock=clock),
            done,
            failed,
        )

    def _clear_done(self) -> None:
        ui = self.ui
        self.receipt_panel.clear()
        for label in (
            ui.voucherReceiptNoLabel,
            ui.voucherPaidLabel,
            ui.voucherCarrierLabel,
            ui.voucherSerialLabel,
            ui.voucherExpiryLabel,
            ui.voucherPinLabel,
            ui.voucherDoneMessageLabel,
            ui.voucherRedeemLabel,
        ):
            label.clear()

    @Slot()
    def _on_next_customer(self) -> None:
        if self.ui.voucherStack.currentWidget() is not self.ui.voucherDonePage:
            return
        self.next_customer()
        self.finished.emit()

    # --- events --------------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self.model.retranslate()
        self._show_done()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.ui.voucherStack.currentWidget() is self.ui.voucherListPage:
            self.ui.voucherList.setFocus()
            if not event.spontaneous():
                self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_done()
        super().changeEvent(event)
