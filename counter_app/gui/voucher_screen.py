"""Selling a PIN voucher from stock (出售充值券): choose the carrier and value, pay, show the PIN.

The stock list is this screen's own page; the payment, the done page (where the PIN is
fetched, audited, once the sale is complete, and shown until the next customer; never
logged) and the way to the next customer are the :class:`SaleFlow`'s.
"""

from __future__ import annotations

from functools import partial
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
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from counter_app.domain.customer_screen import CustomerSaleKind, Serving
from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_voucher_screen import Ui_VoucherScreen
from counter_app.gui.sale_flow import SaleFlow
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.shortcuts import page_shortcut
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.gui.vocabulary import carrier_name
from counter_app.services.vouchers import StockLevel


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
                carrier=_carrier(level), face_value=face_value
            )
        return self.tr("{carrier} {face_value} — {available} in stock").format(
            carrier=_carrier(level), face_value=face_value, available=level.available
        )


class VoucherScreen(QWidget):
    """Sell one PIN voucher: the stock list, then the sale flow's payment and done pages.

    Keys: on the list ↑/↓ move (sold-out rows are skipped), Enter sells the chosen voucher,
    Esc leaves; on the payment page the payment panel's keys, Esc gives the sale up and
    goes back to the list; on the done page Enter is the next customer.

    Signals:
        finished(str): the clerk is done here (Esc on the list, or the next customer after
            a sale, with the number typed or scanned for them, or ""); the window goes back
            to the line sale screen.
        saleCompleted(object): the SaleView of each voucher sold (it holds no PIN).
        busyChanged(bool): a service call started or finished.
    """

    finished = Signal(str)
    saleCompleted = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_VoucherScreen()
        self.ui.setupUi(self)
        self.model = VoucherStockModel(self)
        self.ui.voucherList.setModel(self.model)
        self.flow = SaleFlow(self, station, self.ui.voucherStack, prefix="voucher")
        self.payment_panel = self.flow.payment_panel
        self.receipt_panel = self.flow.receipt_panel
        self.ui.voucherListMessageLabel.setProperty("role", "hint")
        self.stock: StockLevel | None = None

        self.ui.chooseVoucherButton.clicked.connect(self._on_choose)
        self.ui.voucherBackButton.clicked.connect(self._on_leave)
        self.ui.voucherList.doubleClicked.connect(self._on_choose)
        self.ui.voucherList.selectionModel().currentChanged.connect(self._on_current_changed)
        page_shortcut(self.ui.voucherListPage, self._on_list_enter, Qt.Key.Key_Return)
        page_shortcut(self.ui.voucherListPage, self._on_list_enter, Qt.Key.Key_Enter)
        page_shortcut(self.ui.voucherListPage, self._on_leave, Qt.Key.Key_Escape)
        self.flow.completed.connect(self.saleCompleted)
        self.flow.nextCustomer.connect(self._on_next_customer)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self._update_choose_button()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    @property
    def sale(self) -> SaleView | None:
        return self.flow.sale

    @Slot()
    def next_customer(self) -> None:
        """Forget the last sale (and its PIN), give up an unpaid draft, show the fresh stock.

        Does nothing while a service call is running (a sale may be completing).
        """
        if self.busy:
            return
        self.flow.clear()
        self.stock = None
        self.ui.voucherListMessageLabel.clear()
        self.ui.voucherStack.setCurrentWidget(self.ui.voucherListPage)
        self.ui.voucherList.setFocus()
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the stock levels again, keeping the chosen row where it is still in stock."""
        (
            ServiceCall(self, "voucher stock", self.station.voucher_stock, self._on_stock_loaded)
            .failure(self._list_problem)
            .not_done(self._on_stock_not_read)
            .replacing("stock")
            .in_background()
            .run()
        )

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
            say(
                label,
                self.tr("There are no PIN vouchers in stock: a supervisor imports them."),
                error=True,
            )
        elif row < 0:
            say(label, self.tr("Every voucher is sold out."), error=True)
        else:
            label.clear()

    def _on_stock_not_read(self, _error: BaseException) -> None:
        say(
            self.ui.voucherListMessageLabel,
            self.tr("The voucher stock could not be read: the database did not answer."),
            error=True,
        )

    def _update_choose_button(self) -> None:
        level = self._current_stock()
        available = level is not None and level.available > 0
        self.ui.chooseVoucherButton.setEnabled(available and not self.busy)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self._update_choose_button()
        self.busyChanged.emit(busy)

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
        if self.busy or self.ui.voucherStack.currentWidget() is not self.ui.voucherListPage:
            return
        level = self._current_stock()
        if level is None or level.available <= 0:
            say(
                self.ui.voucherListMessageLabel,
                self.tr("Choose a voucher that is in stock."),
                error=True,
            )
            return
        self.flow.start(SaleKind.VOUCHER, partial(self._on_sale_started, level), self._list_problem)

    def _list_problem(self, error: InputError) -> None:
        say(self.ui.voucherListMessageLabel, describe(error), error=True)
        self.ui.voucherList.setFocus()

    def _summary(self, level: StockLevel) -> list[str]:
        """What to read back to the customer before taking the money."""
        return [
            self.tr("PIN voucher: {carrier} {face_value}").format(
                carrier=_carrier(level), face_value=format_money(level.face_value)
            )
        ]

    def _on_sale_started(self, level: StockLevel, _draft: SaleView) -> None:
        self.stock = level
        self.flow.pay(
            level.face_value,
            partial(self._summary, level),
            partial(
                self.station.complete_voucher_sale,
                carrier_code=level.carrier_code,
                face_value=level.face_value,
            ),
            back=self._on_back_to_list,
            # The PIN is never shown to the customer's side (it is claimed on completion).
            customer=Serving(
                CustomerSaleKind.VOUCHER,
                "",
                level.carrier_name_zh,
                level.carrier_name_en,
                plan_zh=f"{format_money(level.face_value)} 充值卡",
                plan_en=f"{format_money(level.face_value)} PIN voucher",
            ),
        )

    @Slot()
    def _on_leave(self) -> None:
        if not self.busy:
            self.flow.clear()
            self.finished.emit("")

    def _on_back_to_list(self) -> None:
        self.flow.give_up()
        self.stock = None
        self.ui.voucherStack.setCurrentWidget(self.ui.voucherListPage)
        self.ui.voucherList.setFocus()
        self.reload()

    @Slot(str)
    def _on_next_customer(self, number: str) -> None:
        self.next_customer()
        self.finished.emit(number)

    # --- events --------------------------------------------------------------------------

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
        super().changeEvent(event)


def _carrier(level: StockLevel) -> str:
    return carrier_name(level.carrier_code, level.carrier_name_zh, level.carrier_name_en)
