"""The done page of every sale: what was sold, the receipt, and the next customer.

One panel for the line sale, the PIN voucher and the new SIM: it reads everything it
shows from the :class:`SaleView` (a voucher's PIN is fetched here, audited, after the
sale). The clerk can type or scan the next customer's number straight away: Enter starts
the next customer with what was typed (nothing typed: an empty counter screen).

It also says what happened to the sale outside: whether the carrier applied it (or the
clerk must, on the carrier's portal, and type the carrier's reference here) and whether
the customer's text went out. Those states are read again every few seconds while the
page is shown, until none of them can change by itself.
"""

from __future__ import annotations

from functools import partial
from typing import Final

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money
from counter_app.domain.outbox import JobKind
from counter_app.domain.sales import SaleKind, SaleState, SaleView
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_done_panel import Ui_DonePanel
from counter_app.gui.i18n import language_switcher
from counter_app.gui.not_done import say_not_done
from counter_app.gui.outbox_text import (
    Tone,
    applied_by_hand_wanted,
    carrier_line,
    settled,
    sms_line,
)
from counter_app.gui.receipt_panel import ReceiptPanel
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.shortcuts import page_shortcut
from counter_app.gui.station import Station
from counter_app.gui.style import say, set_style_state
from counter_app.services.outbox import JobView

PIN_GROUP: Final = 4
# How often the sale's carrier and SMS states are read again while the page is shown.
OUTBOX_POLL_MS: Final = 2_000
_PIN_CALL: Final = "voucher PIN"
_OUTBOX_CALL: Final = "outbox states"
_REVERSED: Final = (SaleState.VOIDED, SaleState.REFUNDED)


def format_pin(pin: str) -> str:
    """The PIN in groups of four for reading aloud: "8542063776622585" → "8542 0637 7662 2585"."""
    digits = "".join(pin.split())
    return " ".join(digits[i : i + PIN_GROUP] for i in range(0, len(digits), PIN_GROUP))


class DonePanel(QWidget):
    """A completed (or earlier, scanned) sale, its receipt, and the way to the next customer.

    Keys: Enter starts the next customer with what was typed in the next-customer box
    (the focus is there, so a scanner's number lands in it); Ctrl+P / Ctrl+S print and
    save the receipt. Alt+R goes to the carrier's reference (an item applied by hand on
    the carrier's portal), where Enter records it.

    Signals:
        nextCustomer(str): the clerk is done with this customer; the text typed or
            scanned for the next one ("" when nothing was typed).
    """

    nextCustomer = Signal(str)

    def __init__(self, station: Station, *, prefix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.ui = Ui_DonePanel()
        self.ui.setupUi(self)
        self.receipt_panel = ReceiptPanel(station, prefix=prefix, parent=self)
        self.ui.doneReceiptLayout.addWidget(self.receipt_panel)
        # A fixed-pitch face keeps the PIN's groups aligned and 0/8, 1/7 apart.
        pin_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.ui.voucherPinLabel.setFont(pin_font)
        self.ui.voucherPinLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.doneMessageLabel.setProperty("role", "hint")
        self.ui.nextCustomerLabel.setProperty("role", "hint")
        self.sale: SaleView | None = None
        self._earlier = False
        # The sale's jobs for the carrier and the SMS gateway, as last read.
        self.jobs: list[JobView] = []
        self.outbox_timer = QTimer(self)
        self.outbox_timer.setInterval(OUTBOX_POLL_MS)
        self.outbox_timer.timeout.connect(self._read_outbox)
        self.ui.carrierRefErrorLabel.setProperty("role", "error")
        self.ui.nextCustomerButton.clicked.connect(self._on_next_customer)
        self.ui.appliedByHandButton.clicked.connect(self._on_applied_by_hand)
        calls_of(self.ui.carrierRefBox).busyChanged.connect(self._on_ref_busy)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            page_shortcut(self, self._on_next_customer, key)
        language_switcher().changed.connect(self._on_language_changed)
        self.clear()

    # --- public --------------------------------------------------------------------------

    def show_sale(self, sale: SaleView, *, just_completed: bool) -> None:
        """Show *sale*: one just completed here, or an earlier one found by its receipt."""
        self.clear()
        self.sale = sale
        self._earlier = not just_completed
        self._fill()
        if just_completed and sale.kind == SaleKind.VOUCHER and sale.receipt_no:
            # The printed voucher carries the PIN, so its receipt waits for it.
            self._reveal_pin(sale.receipt_no)
        else:
            self.receipt_panel.show_sale(sale, just_completed=just_completed)
        if sale.receipt_no:
            self._read_outbox()
        self.focus_next_customer()

    def clear(self) -> None:
        """Forget the sale shown (and any PIN) before the next customer."""
        calls_of(self).forget(_PIN_CALL)
        calls_of(self).forget(_OUTBOX_CALL)
        self.outbox_timer.stop()
        self.sale = None
        self._earlier = False
        self.jobs = []
        self._fill_outbox()
        self.ui.carrierRefInput.setText("")
        self.receipt_panel.clear()
        ui = self.ui
        for label in (
            ui.doneTitleLabel,
            ui.receiptNoLabel,
            ui.doneSummaryLabel,
            ui.voucherPinLabel,
            ui.doneMessageLabel,
            ui.redeemLabel,
            ui.drawerMessageLabel,
        ):
            label.clear()
        ui.drawerMessageLabel.hide()
        ui.voucherPinFrame.hide()
        ui.redeemLabel.hide()
        # setText("") also empties the undo history of what the last customer typed.
        ui.nextCustomerInput.setText("")

    def show_drawer_problem(self, text: str) -> None:
        """The cash drawer did not open for the sale shown: why, and that the sale stands."""
        self.ui.drawerMessageLabel.setText(
            self.tr("{problem} The sale is complete.").format(problem=text)
        )
        self.ui.drawerMessageLabel.show()

    def focus_next_customer(self) -> None:
        self.ui.nextCustomerInput.setFocus()

    @property
    def pin_shown(self) -> str:
        return str(self.ui.voucherPinLabel.text())

    # --- inside --------------------------------------------------------------------------

    def _fill(self) -> None:
        """The texts of the sale shown, in the current language."""
        sale, ui = self.sale, self.ui
        if sale is None:
            return
        english = language_switcher().language == "en"
        ui.doneTitleLabel.setText(self._title(sale))
        set_style_state(ui.doneTitleLabel, "role", "error" if sale.state in _REVERSED else "")
        ui.receiptNoLabel.setText(
            self.tr("Receipt {receipt_no}").format(receipt_no=sale.receipt_no or "")
        )
        lines: list[str] = []
        if self._earlier:
            when = (sale.completed_at or sale.created_at).astimezone(HONG_KONG)
            lines.append(
                self.tr("{time} · counter {counter} · {clerk}").format(
                    time=when.strftime("%Y-%m-%d %H:%M"),
                    counter=sale.counter_code,
                    clerk=sale.clerk_name,
                )
            )
        if sale.msisdn_masked and (self._earlier or sale.kind == SaleKind.NEW_SIM):
            lines.append(self.tr("Number {number}").format(number=sale.msisdn_masked))
        lines.extend(item.name_en if english else item.name_zh for item in sale.items)
        lines.append(self.tr("Total {total}").format(total=format_money(sale.total)))
        if sale.change_total:
            lines.append(self.tr("Change {change}").format(change=format_money(sale.change_total)))
        if sale.expires_after is not None and sale.expires_after != sale.expires_before:
            lines.append(self.tr("Valid until {date}").format(date=sale.expires_after.isoformat()))
        voucher = sale.voucher
        if voucher is not None:
            lines.append(
                self.tr("Serial {serial} · use by {date}").format(
                    serial=voucher.serial, date=voucher.expires_on.isoformat()
                )
            )
            ui.redeemLabel.setText(voucher.redeem_en if english else voucher.redeem_zh)
            ui.redeemLabel.show()
        ui.doneSummaryLabel.setText("\n".join(lines))

    def _title(self, sale: SaleView) -> str:
        if self._earlier:
            if sale.state == SaleState.VOIDED:
                return self.tr("Earlier sale — VOIDED")
            if sale.state == SaleState.REFUNDED:
                return self.tr("Earlier sale — REFUNDED")
            return self.tr("Earlier sale")
        if sale.kind == SaleKind.VOUCHER:
            return self.tr("Voucher sold")
        if sale.kind == SaleKind.NEW_SIM:
            return self.tr("New SIM card registered and sold")
        return self.tr("Sale complete")

    def _reveal_pin(self, receipt_no: str) -> None:
        station, clerk = self.station, self.station.signed_in()
        say(self.ui.doneMessageLabel, self.tr("Fetching the PIN…"))
        ServiceCall(
            self,
            "reveal voucher PIN",
            partial(station.reveal_pin, clerk, receipt_no),
            self._on_pin,
        ).failure(self._on_pin_refused).not_done(self._on_pin_not_shown).replacing(_PIN_CALL).run()

    def _on_pin(self, pin: str) -> None:
        sale = self.sale
        if sale is None:
            return
        self.ui.voucherPinLabel.setText(format_pin(pin))
        self.ui.voucherPinFrame.show()
        self.ui.doneMessageLabel.clear()
        # The printed voucher carries the PIN; the archived file never does.
        self.receipt_panel.show_sale(sale, just_completed=True, pin=pin)

    def _on_pin_refused(self, error: InputError) -> None:
        say(self.ui.doneMessageLabel, describe(error), error=True)

    def _on_pin_not_shown(self, _error: BaseException) -> None:
        say(
            self.ui.doneMessageLabel,
            self.tr("The voucher is sold; its PIN could not be read. Retry to show it."),
            error=True,
        )

    # --- the sale outside: the carrier's job and the customer's text ---------------------

    @Slot()
    def _read_outbox(self) -> None:
        """Read the sale's jobs again in the background (quietly: it is upkeep, and a
        database that does not answer shows its banner on the clerk's own next step)."""
        sale = self.sale
        if sale is None or not sale.receipt_no:
            self.outbox_timer.stop()
            return
        ServiceCall(
            self,
            "sale's outbox states",
            partial(self.station.sale_jobs, sale.receipt_no),
            self._on_jobs,
        ).replacing(_OUTBOX_CALL).quietly().run()

    def _on_jobs(self, jobs: list[JobView]) -> None:
        self.jobs = jobs
        self._fill_outbox()
        if settled(jobs) or not self.isVisible():
            self.outbox_timer.stop()
        elif not self.outbox_timer.isActive():
            self.outbox_timer.start()

    def _fill_outbox(self) -> None:
        """The carrier's and the text's lines, in the current language."""
        ui = self.ui
        carrier = [job for job in self.jobs if job.kind is JobKind.FULFILMENT]
        texts = [job for job in self.jobs if job.kind is JobKind.SMS]
        shown = [carrier_line(job) for job in carrier]
        _show_lines(ui.carrierStateLabel, shown)
        _show_lines(ui.smsStateLabel, [sms_line(job, self.station.sms_gateway) for job in texts])
        by_hand = self._applied_by_hand_job() is not None
        ui.carrierRefBox.setVisible(by_hand)
        if not by_hand:
            ui.carrierRefErrorLabel.clear()
        ui.carrierRefErrorLabel.setVisible(bool(ui.carrierRefErrorLabel.text()))
        ui.outboxFrame.setVisible(bool(self.jobs))

    def _applied_by_hand_job(self) -> JobView | None:
        """The first carrier's job the clerk is to apply on the carrier's portal."""
        return next((job for job in self.jobs if applied_by_hand_wanted(job)), None)

    @Slot()
    def _on_applied_by_hand(self) -> None:
        """Record the carrier's reference typed for the item applied on the portal."""
        job = self._applied_by_hand_job()
        box = self.ui.carrierRefBox
        if job is None or calls_of(box).busy:
            return
        self._show_ref_error("")
        work = partial(
            self.station.applied_by_hand,
            self.station.signed_in(),
            job.id,
            self.ui.carrierRefInput.text(),
        )
        ServiceCall(box, "applied by hand", work, self._on_applied).failure(
            self._on_ref_refused
        ).not_done(self._on_ref_not_done).run()

    def _on_applied(self, done: JobView) -> None:
        self.jobs = [done if job.id == done.id else job for job in self.jobs]
        self.ui.carrierRefInput.setText("")
        self._fill_outbox()
        self.focus_next_customer()
        if settled(self.jobs):
            self.outbox_timer.stop()

    def _on_ref_refused(self, error: InputError) -> None:
        self._show_ref_error(describe(error))
        self.ui.carrierRefInput.setFocus()
        # Settled meanwhile (applied at another counter, the sale voided): read it again.
        self._read_outbox()

    def _on_ref_not_done(self, error: BaseException) -> None:
        say_not_done(self.ui.carrierRefErrorLabel, error)
        self.ui.carrierRefErrorLabel.show()

    def _show_ref_error(self, text: str) -> None:
        label = self.ui.carrierRefErrorLabel
        say(label, text, error=True)
        label.setVisible(bool(text))

    @Slot(bool)
    def _on_ref_busy(self, busy: bool) -> None:
        self.ui.appliedByHandButton.setEnabled(not busy)

    # --- the next customer --------------------------------------------------------------

    @Slot()
    def _on_next_customer(self) -> None:
        if self.sale is None or not self.isVisible():
            return
        if self.ui.carrierRefInput.hasFocus():
            # Enter in the carrier's reference records it; the next customer is Enter again.
            self._on_applied_by_hand()
            return
        text = self.ui.nextCustomerInput.text().strip()
        self.nextCustomer.emit(text)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._fill()
        self._fill_outbox()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
            self._fill_outbox()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Back on the page: the states may have moved while it was hidden.
        if self.sale is not None and self.sale.receipt_no and not settled(self.jobs):
            self._read_outbox()

    def hideEvent(self, event: QHideEvent) -> None:
        # Nobody looks at the states now: no more reading them.
        self.outbox_timer.stop()
        super().hideEvent(event)


def _show_lines(label: QLabel, lines: list[tuple[str, Tone]]) -> None:
    """*lines* in *label*, one a line, coloured by the most pressing tone among them."""
    label.setText("\n".join(text for text, _tone in lines))
    label.setVisible(bool(lines))
    tones = {tone for _text, tone in lines}
    for tone in (Tone.PROBLEM, Tone.ACT, Tone.WAITING, Tone.DONE):
        if tone in tones:
            set_style_state(label, "outbox", tone.value)
            break
