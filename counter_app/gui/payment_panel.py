"""The payment panel: the total read back to the customer, the tenders taken, the sale completed.

When the customer pays by FPS, the panel shows the FPS QR code for the FPS part's exact
amount (:mod:`counter_app.domain.fps`); the clerk still records the reference the customer's
bank app shows, because a code does not tell the shop that the money arrived.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QPushButton, QWidget

from counter_app.domain import tenders as tender_rules
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.fps import FpsTerms, fps_payload
from counter_app.domain.money import cents, format_money, parse_money
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui.error_text import describe
from counter_app.gui.field_error import place_under, scroll_into_view
from counter_app.gui.forms.ui_payment_panel import Ui_PaymentPanel
from counter_app.gui.qr_view import QrView
from counter_app.gui.style import set_style_state

_T = TypeVar("_T")

QUICK_CASH_BUTTONS: Final = 4
_HK_NOTES: Final = tuple(cents(note) for note in (20, 50, 100, 500, 1000))
_TENDER_ORDER: Final = (
    TenderKind.CASH,
    TenderKind.CARD,
    TenderKind.OCTOPUS,
    TenderKind.ALIPAY_HK,
    TenderKind.WECHAT_PAY_HK,
    TenderKind.FPS,
)
_TENDER_KEYS: Final = (
    Qt.Key.Key_F1,
    Qt.Key.Key_F2,
    Qt.Key.Key_F3,
    Qt.Key.Key_F4,
    Qt.Key.Key_F5,
    Qt.Key.Key_F6,
)


def quick_cash_amounts(amount: int) -> list[int]:
    """The cash a customer is likely to hand over for *amount* cents, smallest first.

    The HK notes (HK$20/50/100/500/1,000) above the amount come first, at most
    :data:`QUICK_CASH_BUTTONS` of them; the exact amount joins them while there is room:
    HK$48 gives HK$50, 100, 500, 1,000; HK$50 gives HK$50, 100, 500, 1,000; HK$120 gives
    HK$120, 500, 1,000.
    """
    if amount <= 0:
        return []
    notes = [note for note in _HK_NOTES if note > amount][:QUICK_CASH_BUTTONS]
    return notes if len(notes) == QUICK_CASH_BUTTONS else [amount, *notes]


class _Problem(Exception):
    """What is wrong with one input, already in the clerk's language."""

    def __init__(self, field: QLineEdit, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


class PaymentPanel(QWidget):
    """Confirm and pay: the total, the tenders (split if need be), then "Complete sale".

    Keys (while the focus is in the panel): F1-F6 choose cash, card, Octopus, AlipayHK,
    WeChat Pay HK, FPS; Enter in the tender's last input completes the sale when this
    tender pays what is left; Ctrl+Enter adds the tender as part of a split payment;
    Delete in the list removes an added payment; Esc goes back.

    Signals:
        completeRequested(object): the ``list[Tender]`` that pays the total exactly (a cash
            tender carries ``tendered``). Emitted once per press; the panel then stays busy
            until :meth:`set_busy` (False), :meth:`show_error` or :meth:`set_sale`.
        backRequested(): the clerk pressed Esc or Back; what was typed is kept.
        cashChanged(): the cash handed over or the change due changed
            (:meth:`cash_handed_over`), for the customer's screen.
        fpsCodeChanged(str): the text of the FPS QR code shown, each time it changes
            ("" when none is shown); the customer's screen shows the same code.
    """

    completeRequested = Signal(object)
    backRequested = Signal()
    cashChanged = Signal()
    fpsCodeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PaymentPanel()
        self.ui.setupUi(self)
        self.ui.paymentErrorLabel.setProperty("role", "error")
        self._total: int | None = None
        self._summary: list[str] | Callable[[], list[str]] = []
        self._tenders: list[Tender] = []
        self._kind = TenderKind.CASH
        self._busy = False
        self._quick_amounts: list[int] = []
        self._cash_shown: tuple[int | None, int | None] = (None, None)
        self._fps_terms: FpsTerms | None = None
        self._fps_code = ""
        self._fps_amount: int | None = None
        # 4 px a module: a phone reads the code on the screen from arm's length.
        self.fps_qr = QrView(self.ui.fpsPane, min_module=4)
        self.fps_qr.setObjectName("fpsQrView")
        self.ui.fpsPaneLayout.insertWidget(0, self.fps_qr)

        self._tender_buttons: tuple[QPushButton, ...] = (
            self.ui.cashTenderButton,
            self.ui.cardTenderButton,
            self.ui.octopusTenderButton,
            self.ui.alipayHkTenderButton,
            self.ui.wechatPayHkTenderButton,
            self.ui.fpsTenderButton,
        )
        self._tender_group = QButtonGroup(self)
        for index, (button, key) in enumerate(zip(self._tender_buttons, _TENDER_KEYS, strict=True)):
            self._tender_group.addButton(button, index)
            self._shortcut(QKeySequence(key), self).activated.connect(button.click)
        self._tender_group.idClicked.connect(self._on_tender_chosen)

        self._quick_buttons: tuple[QPushButton, ...] = (
            self.ui.quickCashButton1,
            self.ui.quickCashButton2,
            self.ui.quickCashButton3,
            self.ui.quickCashButton4,
        )
        self._quick_group = QButtonGroup(self)
        self._quick_group.setExclusive(False)
        for index, button in enumerate(self._quick_buttons):
            self._quick_group.addButton(button, index)
            # Alt+1…4: a digit alone is typed into the amount.
            keys = QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key(Qt.Key.Key_1 + index))
            self._shortcut(keys, self).activated.connect(button.animateClick)
        self._quick_group.idClicked.connect(self._on_quick_cash)

        for text_input in (self.ui.amountInput, self.ui.cashTenderedInput):
            text_input.textChanged.connect(self._on_amount_edited)
        for text_input in (
            self.ui.cardLast4Input,
            self.ui.approvalCodeInput,
            self.ui.referenceInput,
        ):
            text_input.textChanged.connect(self._on_details_edited)
        self.ui.amountInput.returnPressed.connect(self._on_amount_entered)
        self.ui.cardLast4Input.returnPressed.connect(self._on_card_last4_entered)
        for last_input in (
            self.ui.cashTenderedInput,
            self.ui.approvalCodeInput,
            self.ui.referenceInput,
        ):
            last_input.returnPressed.connect(self._on_complete)
        self.ui.completeSaleButton.clicked.connect(self._on_complete)
        self.ui.addTenderButton.clicked.connect(self._on_add_tender)
        self.ui.removeTenderButton.clicked.connect(self._on_remove_tender)
        self.ui.backButton.clicked.connect(self._on_back)
        self.ui.tenderList.currentRowChanged.connect(self._on_tender_selected)

        # Keypad Enter and the main Return key are different keys to Qt.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            add = self._shortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
            add.activated.connect(self._on_add_tender)
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self._on_back)
        remove = self._shortcut(QKeySequence(Qt.Key.Key_Delete), self.ui.tenderList)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._on_remove_tender)

        self._show_kind()
        self._refresh()

    @staticmethod
    def _shortcut(keys: QKeySequence, owner: QWidget) -> QShortcut:
        # Only while the focus is in the panel: other screens of the window keep their keys.
        shortcut = QShortcut(keys, owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return shortcut

    # --- public --------------------------------------------------------------------------

    def set_sale(self, total: int, summary_lines: list[str] | Callable[[], list[str]]) -> None:
        """Show a new sale to pay: *total* in cents, *summary_lines* in the clerk's language
        (given as a function, they are read again in the new language after a switch).

        Every tender and input of the previous sale is cleared; cash is chosen.
        """
        if isinstance(total, bool) or not isinstance(total, int):
            raise TypeError(f"total must be int cents, not {type(total).__name__}")
        if total < 0:
            raise ValueError("a sale's total cannot be negative")
        self._total = total
        self._tenders = []
        self._busy = False
        self._fps_terms = None
        self.ui.totalLabel.setText(format_money(total))
        self._summary = summary_lines
        self._show_summary()
        self.ui.paymentErrorLabel.clear()
        self._clear_details()
        self._kind = TenderKind.CASH
        self._show_kind()
        self._show_tenders()
        self._reset_amount()
        self._refresh()
        self._focus_entry()

    def set_fps_terms(self, terms: FpsTerms | None) -> None:
        """The shop's FPS account and this sale's bill number, for its FPS code (None: not
        known yet). :meth:`set_sale` forgets them: each sale has its own."""
        self._fps_terms = terms
        self._show_fps()

    def fps_code(self) -> str:
        """The text of the FPS QR code shown ("" when none is)."""
        return self._fps_code

    def fps_amount(self) -> int | None:
        """The cents the FPS QR code shown asks for (None when no code is shown)."""
        return self._fps_amount

    def set_busy(self, busy: bool) -> None:
        """While busy (the sale is being completed) nothing can be pressed or edited."""
        self._busy = busy
        self._refresh()

    def show_error(self, text: str) -> None:
        """Completing failed: say why, keep every input, and allow another try."""
        self._say_by(self._tender_input(), text)
        self.set_busy(False)

    def show_problem(self, error: InputError) -> None:
        """The sale was refused: say why by the input it is about (if any), keep the rest."""
        self.show_error(describe(error))
        field: QLineEdit | None = {
            "cash_tendered": self.ui.cashTenderedInput,
            "card_last4": self.ui.cardLast4Input,
            "approval_code": self.ui.approvalCodeInput,
            "reference": self.ui.referenceInput,
            "amount": self.ui.amountInput,
        }.get(error.field)
        if field is not None and field.isEnabled() and field.isVisibleTo(self):
            self._say_by(field, describe(error))
            field.setFocus()
            field.selectAll()

    def _tender_input(self) -> QLineEdit:
        """The input the clerk fills for the tender being entered (where its errors go)."""
        ui = self.ui
        inputs: dict[TenderKind, QLineEdit] = {
            TenderKind.CASH: ui.cashTenderedInput,
            TenderKind.CARD: ui.cardLast4Input,
        }
        reference: QLineEdit = ui.referenceInput
        return inputs.get(self._kind, reference)

    def _say_by(self, field: QWidget, text: str) -> None:
        """*text* as the payment's error, in the row under *field*, where the clerk looks."""
        label = self.ui.paymentErrorLabel
        label.setText(text)
        place_under(label, field)
        scroll_into_view(label)

    # --- reading the inputs --------------------------------------------------------------

    def _remaining(self) -> int:
        return (self._total or 0) - sum(tender.amount for tender in self._tenders)

    def _money(self, field: QLineEdit, label: QLabel, *, allow_zero: bool = True) -> int:
        try:
            return parse_money(field.text(), field=field.objectName(), allow_zero=allow_zero)
        except InputError as exc:
            raise _Problem(field, self._about(label, describe(exc))) from None

    def _about(self, label: QLabel, problem: str) -> str:
        return self.tr("{field}: {problem}").format(field=label.text(), problem=problem)

    def _pending_amount(self) -> int | None:
        """The amount of the tender being entered, or None while it is not a valid amount."""
        try:
            return parse_money(self.ui.amountInput.text(), allow_zero=False)
        except InputError:
            return None

    def _read_tender(self) -> Tender:
        """The tender being entered, checked; raises :class:`_Problem`.

        The payment rules are the domain's (:mod:`counter_app.domain.tenders`), checked here
        so that the clerk hears at once, next to the input they are about.
        """
        ui = self.ui
        amount = self._money(ui.amountInput, ui.amountLabel, allow_zero=False)
        remaining = self._remaining()
        if amount > remaining:
            raise _Problem(
                ui.amountInput,
                self._about(
                    ui.amountLabel,
                    self.tr("This is more than the {remaining} left to pay.").format(
                        remaining=format_money(remaining)
                    ),
                ),
            )
        if self._kind is TenderKind.CASH:
            tendered = self._money(ui.cashTenderedInput, ui.cashTenderedLabel)
            handed_over = self._checked(
                ui.cashTenderedInput,
                ui.cashTenderedLabel,
                lambda: tender_rules.cash_tendered(amount, tendered),
            )
            return Tender(self._kind, amount, tendered=handed_over)
        if self._kind is TenderKind.CARD:
            last4 = self._checked(
                ui.cardLast4Input,
                ui.cardLast4Label,
                lambda: tender_rules.card_last4(ui.cardLast4Input.text()),
            )
            approval = self._checked(
                ui.approvalCodeInput,
                ui.approvalCodeLabel,
                lambda: tender_rules.approval_code(ui.approvalCodeInput.text()),
            )
            return Tender(self._kind, amount, card_last4=last4, approval_code=approval)
        reference = self._checked(
            ui.referenceInput,
            ui.referenceLabel,
            lambda: tender_rules.reference(ui.referenceInput.text()),
        )
        return Tender(self._kind, amount, reference=reference)

    def _checked(self, field: QLineEdit, label: QLabel, check: Callable[[], _T]) -> _T:
        """``check()``, or a :class:`_Problem` shown by *field* with its InputError's text."""
        try:
            return check()
        except InputError as exc:
            raise _Problem(field, self._about(label, describe(exc))) from None

    def _show_problem(self, problem: _Problem) -> None:
        self._say_by(problem.field, problem.text)
        problem.field.setFocus()
        problem.field.selectAll()

    # --- showing the state ---------------------------------------------------------------

    def _tender_name(self, kind: TenderKind) -> str:
        return {
            TenderKind.CASH: self.tr("Cash"),
            TenderKind.CARD: self.tr("Card"),
            TenderKind.OCTOPUS: self.tr("Octopus"),
            TenderKind.ALIPAY_HK: self.tr("AlipayHK"),
            TenderKind.WECHAT_PAY_HK: self.tr("WeChat Pay HK"),
            TenderKind.FPS: self.tr("FPS"),
        }[kind]

    def _describe_tender(self, tender: Tender) -> str:
        kind, amount = self._tender_name(tender.kind), format_money(tender.amount)
        if tender.kind is TenderKind.CASH:
            tendered = tender.amount if tender.tendered is None else tender.tendered
            return self.tr("{kind} {amount} (received {tendered}, change {change})").format(
                kind=kind,
                amount=amount,
                tendered=format_money(tendered),
                change=format_money(tendered - tender.amount),
            )
        if tender.kind is TenderKind.CARD:
            return self.tr("{kind} {amount} (card ending {last4}, approval {code})").format(
                kind=kind, amount=amount, last4=tender.card_last4, code=tender.approval_code
            )
        return self.tr("{kind} {amount} (ref. {reference})").format(
            kind=kind, amount=amount, reference=tender.reference
        )

    def _show_tenders(self) -> None:
        self.ui.tenderList.clear()
        for tender in self._tenders:
            self.ui.tenderList.addItem(self._describe_tender(tender))

    def _show_kind(self) -> None:
        """Check the chosen tender's button and show only that tender's inputs."""
        ui = self.ui
        self._tender_buttons[_TENDER_ORDER.index(self._kind)].setChecked(True)
        rows: dict[QWidget, bool] = {
            ui.cashTenderedInput: self._kind is TenderKind.CASH,
            ui.quickCashButtons: self._kind is TenderKind.CASH,
            ui.changeLabel: self._kind is TenderKind.CASH,
            ui.cardLast4Input: self._kind is TenderKind.CARD,
            ui.approvalCodeInput: self._kind is TenderKind.CARD,
            ui.referenceInput: self._kind not in (TenderKind.CASH, TenderKind.CARD),
        }
        for widget, visible in rows.items():
            ui.tenderFormLayout.setRowVisible(widget, visible)
        self._show_fps()

    def _show_fps(self) -> None:
        """The FPS code for the amount being entered, while FPS is chosen and it can be made."""
        ui, terms = self.ui, self._fps_terms
        remaining = self._remaining()
        choosing_fps = self._kind is TenderKind.FPS and self._total is not None and remaining > 0
        amount = self._pending_amount()
        code = caption = ""
        missing = False
        if choosing_fps and terms is not None:
            if terms.account is None:
                missing = True
            elif amount is not None and amount <= remaining:
                # Pure and quick (well under a millisecond): made here, on each change.
                code = fps_payload(terms.account, amount, terms.bill_number)
                caption = self.tr("Scan with your bank app to pay {amount} by FPS").format(
                    amount=format_money(amount)
                )
        ui.fpsPane.setVisible(bool(code) or missing)
        self.fps_qr.set_text(code)
        self.fps_qr.setVisible(bool(code))
        ui.fpsCaptionLabel.setText(caption)
        ui.fpsCaptionLabel.setVisible(bool(code))
        ui.fpsMissingLabel.setVisible(missing)
        if code != self._fps_code:
            self._fps_code, self._fps_amount = code, amount if code else None
            self.fpsCodeChanged.emit(code)

    def _refresh(self) -> None:
        """Amounts, change, quick cash and which buttons work, from the inputs as they are."""
        ui = self.ui
        remaining = self._remaining()
        pending = self._pending_amount()
        has_sale = self._total is not None
        entering = has_sale and remaining > 0
        ui.remainingLabel.setText(
            self.tr("Left to pay: {amount}").format(amount=format_money(remaining))
        )
        self._show_change(pending)
        self._show_quick_cash(pending if pending is not None else remaining)

        for text_input in (
            ui.amountInput,
            ui.cashTenderedInput,
            ui.cardLast4Input,
            ui.approvalCodeInput,
            ui.referenceInput,
        ):
            text_input.setEnabled(entering)
            text_input.setReadOnly(self._busy)
        for button in (*self._tender_buttons, *self._quick_buttons):
            button.setEnabled(entering and not self._busy)
        ui.addTenderButton.setEnabled(entering and not self._busy)
        ui.removeTenderButton.setEnabled(
            not self._busy and ui.tenderList.currentRow() >= 0 and bool(self._tenders)
        )
        covered = remaining == 0 or (entering and pending == remaining)
        ui.completeSaleButton.setEnabled(has_sale and covered and not self._busy)
        self._show_fps()

    def _show_change(self, amount: int | None) -> None:
        label = self.ui.changeLabel
        text, problem = "", False
        if not self.ui.cashTenderedInput.text().strip():
            text = self.tr("Type the cash received, or press one of the amounts.")
        else:
            try:
                tendered = parse_money(self.ui.cashTenderedInput.text())
            except InputError as exc:
                text, problem = describe(exc), True
            else:
                if amount is not None and tendered >= amount:
                    text = self.tr("Change: {change}").format(
                        change=format_money(tendered - amount)
                    )
                elif amount is not None:
                    text, problem = (
                        self.tr("Short by {short}: take more cash or add another payment.").format(
                            short=format_money(amount - tendered)
                        ),
                        True,
                    )
        label.setText(text)
        set_style_state(label, "role", "error" if problem else "")
        cash = self.cash_handed_over()
        if cash != self._cash_shown:
            self._cash_shown = cash
            self.cashChanged.emit()

    def cash_handed_over(self) -> tuple[int | None, int | None]:
        """(cash handed over, change due) as the customer sees them, in cents.

        The cash of the payments added so far and of the cash being typed, when it is a
        valid amount; the change once the cash covers what it pays. (None, None) while no
        cash is involved.
        """
        added = [t for t in self._tenders if t.kind is TenderKind.CASH]
        tendered = sum(t.handed_over for t in added)
        change = sum(t.change for t in added)
        counted = bool(added)
        if self._kind is TenderKind.CASH and self._remaining() > 0:
            try:
                typed = parse_money(self.ui.cashTenderedInput.text(), allow_zero=False)
            except InputError:
                typed = None
            pending = self._pending_amount()
            if typed is not None:
                tendered += typed
                counted = True
                if pending is not None and typed >= pending:
                    change += typed - pending
                else:
                    return tendered, None
        return (tendered, change) if counted else (None, None)

    def _show_quick_cash(self, amount: int) -> None:
        self._quick_amounts = quick_cash_amounts(amount)
        for index, button in enumerate(self._quick_buttons):
            shown = index < len(self._quick_amounts)
            button.setVisible(shown)
            button.setText(
                f"{format_money(self._quick_amounts[index])}\n(Alt+{index + 1})" if shown else ""
            )

    def _reset_amount(self) -> None:
        remaining = self._remaining()
        self.ui.amountInput.setText(format_money(remaining, symbol=False) if remaining else "")

    def _clear_details(self) -> None:
        for text_input in (
            self.ui.cashTenderedInput,
            self.ui.cardLast4Input,
            self.ui.approvalCodeInput,
            self.ui.referenceInput,
        ):
            text_input.clear()

    def _first_input(self) -> QLineEdit:
        first: QLineEdit = {
            TenderKind.CASH: self.ui.cashTenderedInput,
            TenderKind.CARD: self.ui.cardLast4Input,
        }.get(self._kind, self.ui.referenceInput)
        return first

    def _focus_entry(self) -> None:
        if self._remaining() > 0:
            self._first_input().setFocus()
        else:
            self.ui.completeSaleButton.setFocus()

    # --- events --------------------------------------------------------------------------

    @Slot(int)
    def _on_tender_chosen(self, index: int) -> None:
        if self._busy:
            return
        self._kind = _TENDER_ORDER[index]
        self.ui.paymentErrorLabel.clear()
        self._show_kind()
        self._refresh()
        self._focus_entry()

    @Slot(int)
    def _on_quick_cash(self, index: int) -> None:
        if self._busy or index >= len(self._quick_amounts):
            return
        self.ui.cashTenderedInput.setText(format_money(self._quick_amounts[index], symbol=False))
        self.ui.cashTenderedInput.setFocus()

    @Slot()
    def _on_amount_edited(self) -> None:
        self.ui.paymentErrorLabel.clear()
        self._refresh()

    @Slot()
    def _on_details_edited(self) -> None:
        self.ui.paymentErrorLabel.clear()

    @Slot(int)
    def _on_tender_selected(self, _row: int) -> None:
        self._refresh()

    @Slot()
    def _on_amount_entered(self) -> None:
        self._first_input().setFocus()

    @Slot()
    def _on_card_last4_entered(self) -> None:
        self.ui.approvalCodeInput.setFocus()

    @Slot()
    def _on_add_tender(self) -> None:
        if self._busy or self._total is None or self._remaining() <= 0:
            return
        try:
            tender = self._read_tender()
        except _Problem as problem:
            self._show_problem(problem)
            return
        self._tenders.append(tender)
        self.ui.paymentErrorLabel.clear()
        self._clear_details()
        self._show_tenders()
        self._reset_amount()
        self._refresh()
        self._focus_entry()

    @Slot()
    def _on_remove_tender(self) -> None:
        row = self.ui.tenderList.currentRow()
        if self._busy or not 0 <= row < len(self._tenders):
            return
        del self._tenders[row]
        self.ui.paymentErrorLabel.clear()
        self._show_tenders()
        self._reset_amount()
        self._refresh()
        self._focus_entry()

    @Slot()
    def _on_complete(self) -> None:
        # Every path to completion comes through here, so the busy flag alone stops a
        # double click or a held Enter key from asking twice.
        if self._busy or self._total is None:
            return
        tenders = list(self._tenders)
        if self._remaining() > 0:
            try:
                tender = self._read_tender()
            except _Problem as problem:
                self._show_problem(problem)
                return
            if tender.amount != self._remaining():
                self._show_problem(
                    _Problem(
                        self.ui.amountInput,
                        self.tr(
                            "This payment leaves {remaining} to pay: press Ctrl+Enter to add "
                            "it, then take the rest."
                        ).format(remaining=format_money(self._remaining() - tender.amount)),
                    )
                )
                return
            tenders.append(tender)
        if sum(tender.amount for tender in tenders) != self._total:
            self._say_by(
                self.ui.amountInput,
                describe(InputError("total mismatch", code=ErrorCode.PAYMENT_TOTAL_MISMATCH)),
            )
            return
        self.ui.paymentErrorLabel.clear()
        self.set_busy(True)
        self.completeRequested.emit(tenders)

    @Slot()
    def _on_back(self) -> None:
        if not self._busy:
            self.backRequested.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The window focuses the panel itself; the clerk means to type into the tender.
        super().focusInEvent(event)
        self._focus_entry()

    def _show_summary(self) -> None:
        summary = self._summary
        lines = summary() if callable(summary) else summary
        self.ui.confirmSummaryLabel.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_summary()
            self._show_tenders()
            self._refresh()
        super().changeEvent(event)
