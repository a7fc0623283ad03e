"""A void or refund: what it will restore, shown before a supervisor approves it with a reason."""

from __future__ import annotations

from functools import partial
from typing import Final

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money
from counter_app.domain.sales import SaleView
from counter_app.domain.tenders import TenderKind
from counter_app.gui.drawer import open_drawer
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_reversal_dialog import Ui_ReversalDialog
from counter_app.gui.not_done import not_done_text
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.vocabulary import tender_name
from counter_app.services import reversals
from counter_app.services.reversals import ReversalKind, ReversalPreview, TenderBack

MIN_REASON_LENGTH: Final = reversals.MIN_REASON_LENGTH


class ReversalDialog(QDialog):
    """Shows exactly what a void or refund restores, then asks for the reason and approval.

    Open it with ``open()``. OK sends the reason and the supervisor's credentials to
    ``reversals.reverse_sale`` in the background; a refusal (wrong password, short reason,
    the sale changed meanwhile) is shown inline in the clerk's language and the dialog
    keeps what was typed (only the password is cleared). On success it emits ``reversed``
    and accepts. The password is cleared whenever the dialog closes.

    Signals:
        reversed(object): the sale as it is now (a SaleView, voided or refunded).
    """

    reversed = Signal(object)

    def __init__(
        self, station: Station, preview: ReversalPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.preview = preview
        self.ui = Ui_ReversalDialog()
        self.ui.setupUi(self)
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
            shown = self.ui.reversalButtonBox.button(button)
            if shown is not None:
                shown.setMinimumHeight(48)
        self._show_texts()
        self.ui.reversalErrorLabel.hide()
        self.ui.reversalButtonBox.accepted.connect(self._on_ok)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self.ui.reversalReasonInput.setFocus()

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    def effects_text(self) -> str:
        """What will happen, one line each: the amount, each tender given back, the line."""
        preview = self.preview
        lines = [self.tr("Amount: {amount}").format(amount=format_money(preview.amount))]
        lines.extend(self._give_back(tender) for tender in preview.tenders)
        if preview.line_restored and preview.expires_restored_to is not None:
            lines.append(
                self.tr("The line's expiry goes back to {date}, with its balance and data.").format(
                    date=preview.expires_restored_to.isoformat()
                )
            )
        elif preview.line_restored:
            lines.append(self.tr("The new SIM's line is closed; its number can be used again."))
        elif preview.reason_blocked:
            lines.append(self.tr("The line stays as it is: a later sale has changed it since."))
        if preview.voucher_voided:
            lines.append(self.tr("The voucher PIN is voided: it can never be sold again."))
        lines.append(self.tr("The sale keeps its receipt number; nothing is deleted."))
        return "\n".join(f"• {line}" for line in lines)

    def _give_back(self, tender: TenderBack) -> str:
        """How one payment goes back: cash from the drawer, the rest by its own channel."""
        amount = format_money(tender.amount)
        if tender.from_drawer:
            return self.tr("Cash: give back {amount} from the drawer.").format(amount=amount)
        if tender.kind is TenderKind.CARD:
            return self.tr(
                "Card: refund {amount} on the card terminal to the card ending {last4}"
                " (original approval code {code})."
            ).format(amount=amount, last4=tender.card_last4, code=tender.approval_code)
        return self.tr(
            "{tender}: give back {amount} through {tender} (the channel it was paid by),"
            " quoting the original reference {reference}."
        ).format(tender=tender_name(tender.kind), amount=amount, reference=tender.reference)

    def values(self) -> tuple[str, str, str]:
        """(reason, supervisor username, password) as they stand; reason and username trimmed."""
        return (
            self.ui.reversalReasonInput.text().strip(),
            self.ui.reversalSupervisorInput.text().strip(),
            self.ui.reversalPasswordInput.text(),
        )

    def show_error(self, text: str) -> None:
        """The service refused: say why, keep the reason and username, clear the password."""
        self.ui.reversalPasswordInput.setText("")
        self.ui.reversalErrorLabel.setText(text)
        self.ui.reversalErrorLabel.setVisible(bool(text))
        self.ui.reversalPasswordInput.setFocus()

    def done(self, result: int) -> None:
        self.ui.reversalPasswordInput.setText("")
        super().done(result)

    def _show_texts(self) -> None:
        preview = self.preview
        void = preview.kind == ReversalKind.VOID
        self.setWindowTitle(self.tr("Void a sale") if void else self.tr("Refund a sale"))
        self.ui.reversalTitleLabel.setText(
            (
                self.tr("Void receipt {receipt}") if void else self.tr("Refund receipt {receipt}")
            ).format(receipt=preview.receipt_no)
        )
        self.ui.reversalEffectsLabel.setText(self.effects_text())
        ok = self.ui.reversalButtonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Void") if void else self.tr("Refund"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_texts()
        super().changeEvent(event)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        ok = self.ui.reversalButtonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.ui.reversalErrorLabel.setText(text)
        self.ui.reversalErrorLabel.show()
        field.setFocus()

    @Slot()
    def _on_ok(self) -> None:
        if self.busy:
            return
        reason, username, password = self.values()
        if len(reason) < MIN_REASON_LENGTH:
            self._refuse(
                self.tr("Write the reason (at least {count} characters).").format(
                    count=MIN_REASON_LENGTH
                ),
                self.ui.reversalReasonInput,
            )
            return
        if not username:
            self._refuse(
                self.tr("A supervisor types their username here."),
                self.ui.reversalSupervisorInput,
            )
            return
        if not password:
            self._refuse(
                self.tr("The supervisor types their password here."),
                self.ui.reversalPasswordInput,
            )
            return
        station = self.station
        work = partial(
            reversals.reverse_sale,
            station.db,
            station.signed_in(),
            station.counter_id,
            self.preview.receipt_no,
            supervisor_username=username,
            supervisor_password=password,
            reason=reason,
            clock=station.clock,
        )
        ServiceCall(self, "reverse sale", work, self._on_reversed).failure(
            self._on_refused
        ).not_done(self._on_not_done).run()

    def _on_refused(self, error: InputError) -> None:
        self.show_error(describe(error))
        if error.field == "reason":
            self.ui.reversalReasonInput.setFocus()
        elif error.field == "username":
            self.ui.reversalSupervisorInput.setFocus()

    def _on_not_done(self, error: BaseException) -> None:
        self.show_error(not_done_text(error))

    def _on_reversed(self, sale: SaleView) -> None:
        station, where = self.station, self.parentWidget()
        if station.drawer.fitted and self.preview.cash_to_return and where is not None:
            # The cash goes back out of the drawer; the dialog is closing, so a problem is
            # told over the screen it was opened from.
            work = partial(
                station.open_drawer_for_reversal,
                station.signed_in(),
                self.preview.receipt_no,
                station.drawer,
            )
            open_drawer(where, work)
        self.reversed.emit(sale)
        self.accept()
