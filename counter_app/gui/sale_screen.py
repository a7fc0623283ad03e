"""The counter screen: find the line, check identity, choose the plan, take payment, done.

Each step is a panel on ``stepStack``; this screen moves between them and runs every
service call through the task helper, so the window never waits on the database.
Enter moves forward, Esc goes back without losing what was entered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from counter_app import log
from counter_app.domain.clock import HONG_KONG
from counter_app.domain.identity import ID_TYPE_NAMES, IdType
from counter_app.domain.identity_check import IdentityResult
from counter_app.domain.lines import LineView
from counter_app.domain.money import format_money
from counter_app.domain.plans import CARD_TYPE_NAMES, LINE_STATUS_NAMES, LineStatus, Quote
from counter_app.domain.sales import SaleState, SaleView
from counter_app.domain.tenders import Tender
from counter_app.gui import messages
from counter_app.gui.forms.ui_sale_screen import Ui_SaleScreen
from counter_app.gui.i18n import language_switcher
from counter_app.gui.identity_panel import IdentityPanel
from counter_app.gui.override_dialog import OverrideDialog
from counter_app.gui.payment_panel import PaymentPanel
from counter_app.gui.plan_panel import PlanPanel
from counter_app.gui.receipt_panel import ReceiptPanel
from counter_app.gui.service_calls import abandon_in_background, call_service
from counter_app.gui.shortcuts import page_shortcut
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.gui.tasks import run_task

_REVERSED = (SaleState.VOIDED, SaleState.REFUNDED)


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


class SaleScreen(QWidget):
    """One customer at a time, from the number to the receipt.

    Signals:
        saleCompleted(object): the SaleView of each completed sale.
        busyChanged(bool): a service call started or finished.
        newSimRequested(), voucherRequested(): the clerk chose the other kind of sale
        backOfficeRequested(): the clerk asked for the back office (history, shift, ...)
            (the window's actions, F11 and F10, do the same).
    """

    saleCompleted = Signal(object)
    busyChanged = Signal(bool)
    newSimRequested = Signal()
    voucherRequested = Signal()
    backOfficeRequested = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_SaleScreen()
        self.ui.setupUi(self)
        language = language_switcher().language
        self.identity_panel = IdentityPanel(language=language)
        self.plan_panel = PlanPanel()
        self.payment_panel = PaymentPanel()
        self.ui.identityPageLayout.addWidget(self.identity_panel)
        self.top_up_button = QPushButton(self)
        self.top_up_button.setObjectName("topUpWithoutIdButton")
        self.ui.identityPageLayout.addWidget(self.top_up_button)
        self.ui.planPageLayout.addWidget(self.plan_panel)
        self.ui.paymentPageLayout.addWidget(self.payment_panel)
        self.receipt_panel = ReceiptPanel(station)
        self.ui.doneReceiptLayout.addWidget(self.receipt_panel)
        self.ui.donePageLayout.setStretch(0, 3)
        self.ui.donePageLayout.setStretch(1, 2)
        self.ui.searchErrorLabel.setProperty("role", "error")
        self._retranslate()

        self.line: LineView | None = None
        self.sale: SaleView | None = None
        # A sale found by its receipt barcode, shown on the done page (not the current sale).
        self.earlier_sale: SaleView | None = None
        self.quotes: list[Quote] = []
        self.quote: Quote | None = None
        self.identity_passed = False
        self._busy = False
        self._override: OverrideDialog | None = None
        self._retry: Callable[[], None] | None = None

        self.ui.lineSearchInput.returnPressed.connect(self._on_find)
        self.ui.findLineButton.clicked.connect(self._on_find)
        self.ui.nextCustomerButton.clicked.connect(self.next_customer)
        self.ui.newSimButton.clicked.connect(self.newSimRequested)
        self.ui.sellVoucherButton.clicked.connect(self.voucherRequested)
        self.ui.backOfficeButton.clicked.connect(self.backOfficeRequested)
        self.identity_panel.verifyRequested.connect(self._on_verify)
        self.identity_panel.overrideRequested.connect(self._on_override_requested)
        self.identity_panel.backRequested.connect(self._on_back_to_search)
        self.top_up_button.clicked.connect(self._on_top_up_without_id)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self.ui.identityPage, self._on_top_up_without_id)
        # A push button takes Space, not Enter; on the done page Enter means "next customer".
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            page_shortcut(self.ui.donePage, self.next_customer, key)
        self.plan_panel.planChosen.connect(self._on_plan_chosen)
        self.plan_panel.backRequested.connect(self._on_back_to_identity)
        self.payment_panel.completeRequested.connect(self._on_complete)
        self.payment_panel.backRequested.connect(self._on_back_to_plans)
        language_switcher().changed.connect(self._on_language_changed)
        self.next_customer()

    def warm_up(self) -> None:
        """Show each step once while this screen is hidden, one page per event-loop turn.

        The first showing of a page polishes its style sheet and lays it out (tens of ms
        each with the Chinese fonts); done ahead, the first customer does not wait on it.
        """
        pages = [self.ui.identityPage, self.ui.planPage, self.ui.paymentPage, self.ui.donePage]

        def next_page() -> None:
            if self.isVisible() or not pages:
                if not self.isVisible():
                    self.ui.stepStack.setCurrentWidget(self.ui.hintPage)
                return
            self.ui.stepStack.setCurrentWidget(pages.pop(0))
            QTimer.singleShot(0, self, next_page)

        # With this screen as the context: a screen deleted meanwhile (a window closed at
        # once) drops the call instead of running it on a deleted widget.
        QTimer.singleShot(0, self, next_page)

    # --- helpers ---------------------------------------------------------------------------

    def _call(
        self,
        name: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_input_error: Callable[[str], None],
    ) -> None:
        call_service(self, name, work, on_done, on_input_error, self._set_busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def _language(self) -> str:
        return language_switcher().language

    # --- find the line -------------------------------------------------------------------

    @Slot()
    def next_customer(self) -> None:
        """Clear every field of the previous customer and wait for the next number."""
        self.line = None
        self.sale = None
        self.earlier_sale = None
        self.quotes = []
        self.quote = None
        self.identity_passed = False
        self.ui.lineSearchInput.clear()
        self.ui.searchErrorLabel.clear()
        self._show_account()
        self.ui.receiptNoLabel.clear()
        self.ui.doneSummaryLabel.clear()
        self.receipt_panel.clear()
        self.ui.stepStack.setCurrentWidget(self.ui.hintPage)
        self.ui.lineSearchInput.setFocus()

    # --- sales left by a crash ------------------------------------------------------------

    def offer_unfinished(self) -> None:
        """At start: offer the drafts a crash or power cut left, to resume or abandon."""
        run_task("unfinished sales", self.station.unfinished, self._on_unfinished, self._log)

    def _on_unfinished(self, drafts: list[SaleView]) -> None:
        if not drafts or self.sale is not None:
            return
        resumable = [d for d in drafts if d.kind == "line" and d.line_id is not None]
        lines = [
            self.tr("Started {time} · {number}").format(
                time=d.created_at.astimezone(HONG_KONG).strftime("%H:%M"),
                number=d.msisdn_masked or self.tr("(no line)"),
            )
            for d in drafts
        ]
        choices = [(self.tr("Abandon them"), lambda: self._abandon_drafts(drafts))]
        if resumable:
            newest = resumable[-1]
            choices.insert(0, (self.tr("Resume the last one"), lambda: self._resume(newest)))
        messages.ask(
            self,
            self.tr("Unfinished sales"),
            self.tr(
                "{count} sale(s) at this counter were not finished (the program stopped before "
                "payment). No money was recorded for them."
            ).format(count=len(drafts)),
            choices,
            details="\n".join(lines),
        )

    def _abandon_drafts(self, drafts: list[SaleView]) -> None:
        clerk = self.station.clerk
        if clerk is None:
            return
        uuids = [d.uuid for d in drafts]
        run_task(
            "abandon drafts",
            lambda: self.station.abandon_all(uuids, clerk),
            lambda _r: None,
            self._log,
        )

    def _resume(self, draft: SaleView) -> None:
        uuid = draft.uuid
        self._call(
            "resume sale",
            lambda: self.station.resume_line_sale(uuid),
            self._on_resumed,
            self._search_error,
        )

    def _on_resumed(self, result: tuple[SaleView, LineView, list[Quote], bool]) -> None:
        sale, line, quotes, passed = result
        self.line = line
        self.ui.lineSearchInput.setText(line.msisdn_display)
        self._show_account()
        self.sale, self.quotes, self.identity_passed = sale, quotes, passed
        if passed or all(not q.plan.needs_identity for q in quotes):
            self._show_plans()
            return
        self.identity_panel.set_line(
            line.accepted_id_types, line.holder_id_type, line.holder_id_masked
        )
        self.ui.stepStack.setCurrentWidget(self.ui.identityPage)
        # The question box just closed: take the keyboard back once it has let go.
        self.activateWindow()
        QTimer.singleShot(0, self.identity_panel.setFocus)

    def give_up_sale(self) -> None:
        """Abandon the sale in progress (recorded, not deleted) and clear the screen."""
        abandon_in_background(self.station, self.sale, self._log)
        self.sale = None

    @Slot()
    def _on_find(self) -> None:
        text = self.ui.lineSearchInput.text()
        if self._busy or not text.strip():
            return
        # A new number while a sale was open: that draft is given up, not lost.
        self.give_up_sale()
        self.ui.searchErrorLabel.clear()
        self._call("find", lambda: self.station.find(text), self._on_found, self._search_error)

    def _log(self, error: BaseException) -> None:
        log.gui.warning("background step failed: %r", error)

    def _search_error(self, text: str) -> None:
        self.ui.searchErrorLabel.setText(text)
        self.ui.lineSearchInput.setFocus()
        self.ui.lineSearchInput.selectAll()

    def _on_found(self, found: LineView | SaleView) -> None:
        if isinstance(found, SaleView):
            self._show_earlier_sale(found)
        else:
            self._on_line_found(found)

    def _show_earlier_sale(self, sale: SaleView) -> None:
        """A scanned receipt: that sale on the done page, to answer the customer or reprint."""
        self.line = None
        self.earlier_sale = sale
        self._show_account()
        self._show_done(sale)
        self.ui.lineSearchInput.clear()

    def _on_line_found(self, line: LineView) -> None:
        self.line = line
        self.identity_passed = False
        self._show_account()
        if not line.renewable:
            self._hint(self._not_renewable_text(line), error=True)
            self.ui.stepStack.setCurrentWidget(self.ui.hintPage)
            self.ui.lineSearchInput.setFocus()
            self.ui.lineSearchInput.selectAll()
            return
        line_id = line.id
        self._call(
            "start sale",
            lambda: self.station.start_line_sale(line_id),
            self._on_sale_started,
            self._search_error,
        )

    def _not_renewable_text(self, line: LineView) -> str:
        if line.closed:
            return self.tr("This line is closed. Nothing can be sold on it.")
        if line.status == LineStatus.RECYCLED:
            return self.tr(
                "This number has been recycled by the carrier and cannot be renewed. "
                "Offer the customer a new SIM card."
            )
        return self.tr(
            "This line expired too long ago to be renewed at the counter (past the carrier's "
            "grace period). Offer the customer a new SIM card."
        )

    def _on_sale_started(self, result: tuple[SaleView, list[Quote]]) -> None:
        self.sale, self.quotes = result
        line = self.line
        if line is None:
            return
        self.identity_panel.set_line(
            line.accepted_id_types, line.holder_id_type, line.holder_id_masked
        )
        self.top_up_button.setEnabled(any(not q.plan.needs_identity for q in self.quotes))
        if all(not q.plan.needs_identity for q in self.quotes):
            self._show_plans()
            return
        self.ui.stepStack.setCurrentWidget(self.ui.identityPage)
        self.identity_panel.setFocus()

    # --- identity ------------------------------------------------------------------------

    @Slot(str, str, str)
    def _on_verify(self, id_type: str, number: str, country: str) -> None:
        if self.sale is None or self.line is None:
            return
        uuid, line_id = self.sale.uuid, self.line.id
        self._call(
            "check identity",
            lambda: self.station.check_identity(uuid, line_id, id_type, number, country),
            self._on_identity_result,
            self.identity_panel.show_error,
        )

    def _on_identity_result(self, result: IdentityResult) -> None:
        self.identity_panel.show_result(result.matched, result.attempts_left, result.locked)
        if result.matched:
            self.identity_passed = True
            self._show_plans()

    @Slot()
    def _on_override_requested(self) -> None:
        dialog = OverrideDialog(self)
        dialog.overrideSubmitted.connect(self._on_override_submitted)
        self._override = dialog
        dialog.open()

    @Slot(str, str, str)
    def _on_override_submitted(self, username: str, password: str, reason: str) -> None:
        if self.sale is None or self.line is None or self._override is None:
            return
        uuid, line_id, dialog = self.sale.uuid, self.line.id, self._override

        def done(result: IdentityResult) -> None:
            dialog.accept()
            self._on_identity_result(result)

        self._call(
            "override identity",
            lambda: self.station.override_identity(uuid, line_id, username, password, reason),
            done,
            dialog.show_error,
        )

    @Slot()
    def _on_top_up_without_id(self) -> None:
        if self.ui.stepStack.currentWidget() is not self.ui.identityPage:
            return
        if any(not q.plan.needs_identity for q in self.quotes):
            self._show_plans(no_identity_only=True)

    @Slot()
    def _on_back_to_search(self) -> None:
        self.ui.stepStack.setCurrentWidget(self.ui.hintPage)
        self.ui.lineSearchInput.setFocus()
        self.ui.lineSearchInput.selectAll()

    # --- plan ----------------------------------------------------------------------------

    def _show_plans(self, *, no_identity_only: bool = False) -> None:
        offered = [q for q in self.quotes if self.identity_passed or not q.plan.needs_identity]
        if no_identity_only:
            offered = [q for q in offered if not q.plan.needs_identity]
        self.plan_panel.set_quotes(offered, self._language())
        self.ui.stepStack.setCurrentWidget(self.ui.planPage)
        self.plan_panel.setFocus()

    @Slot(object)
    def _on_plan_chosen(self, chosen: Quote) -> None:
        if self.sale is None or self.line is None:
            return
        self.quote = chosen
        uuid, code = self.sale.uuid, chosen.plan.code
        run_task(
            "save draft", lambda: self.station.save_choice(uuid, code), lambda _r: None, self._log
        )
        language = self._language()
        name = chosen.plan.name_en if language == "en" else chosen.plan.name_zh
        summary = [
            self.tr("Number: {number}").format(number=self.line.msisdn_display),
            self.tr("Plan: {plan}").format(plan=name),
        ]
        if chosen.expires_on_after != chosen.expires_on_before:
            summary.append(
                self.tr("New expiry: {old} → {new}").format(
                    old=chosen.expires_on_before.isoformat(),
                    new=chosen.expires_on_after.isoformat(),
                )
            )
        self.payment_panel.set_sale(chosen.total, summary)
        self.ui.stepStack.setCurrentWidget(self.ui.paymentPage)
        self.payment_panel.setFocus()

    @Slot()
    def _on_back_to_identity(self) -> None:
        if self.identity_passed or all(not q.plan.needs_identity for q in self.quotes):
            self._on_back_to_search()
            return
        self.ui.stepStack.setCurrentWidget(self.ui.identityPage)
        self.identity_panel.setFocus()

    # --- payment -------------------------------------------------------------------------

    @Slot(object)
    def _on_complete(self, tenders: list[Tender]) -> None:
        if self.sale is None or self.quote is None:
            return
        uuid, code = self.sale.uuid, self.quote.plan.code
        self._call(
            "complete sale",
            lambda: self.station.complete_line_sale(uuid, code, tenders),
            self._on_completed,
            self.payment_panel.show_error,
        )

    @Slot()
    def _on_back_to_plans(self) -> None:
        self.ui.stepStack.setCurrentWidget(self.ui.planPage)
        self.plan_panel.setFocus()

    def _on_completed(self, sale: SaleView) -> None:
        self.sale = sale
        self.earlier_sale = None
        self._show_done(sale)
        self.saleCompleted.emit(sale)
        # The account panel shows the line as it is now.
        if self.line is not None:
            text = self.line.msisdn
            run_task(
                "refresh line",
                lambda: self.station.find_line(text),
                self._on_line_refreshed,
                self._log,
            )

    def _show_done(self, sale: SaleView) -> None:
        self._fill_done(sale)
        self.receipt_panel.show_sale(sale, just_completed=sale is not self.earlier_sale)
        self.ui.stepStack.setCurrentWidget(self.ui.donePage)
        self.ui.nextCustomerButton.setFocus()

    def _fill_done(self, sale: SaleView) -> None:
        """The done page's texts for *sale*, in the current language."""
        language = self._language()
        earlier = sale is self.earlier_sale
        if not earlier:
            title = self.tr("Sale complete")
        elif sale.state == SaleState.VOIDED:
            title = self.tr("Earlier sale — VOIDED")
        elif sale.state == SaleState.REFUNDED:
            title = self.tr("Earlier sale — REFUNDED")
        else:
            title = self.tr("Earlier sale")
        self.ui.doneTitleLabel.setText(title)
        set_style_state(self.ui.doneTitleLabel, "role", "error" if sale.state in _REVERSED else "")
        self.ui.receiptNoLabel.setText(
            self.tr("Receipt {receipt_no}").format(receipt_no=sale.receipt_no)
        )
        lines: list[str] = []
        if earlier:
            when = (sale.completed_at or sale.created_at).astimezone(HONG_KONG)
            lines.append(
                self.tr("{time} · counter {counter} · {clerk}").format(
                    time=when.strftime("%Y-%m-%d %H:%M"),
                    counter=sale.counter_code,
                    clerk=sale.clerk_name,
                )
            )
            if sale.msisdn_masked:
                lines.append(sale.msisdn_masked)
            lines.extend(item.name_en if language == "en" else item.name_zh for item in sale.items)
        lines.append(self.tr("Total {total}").format(total=format_money(sale.total)))
        if sale.change_total:
            lines.append(self.tr("Change {change}").format(change=format_money(sale.change_total)))
        if sale.expires_after is not None and sale.expires_after != sale.expires_before:
            lines.append(self.tr("Valid until {date}").format(date=sale.expires_after.isoformat()))
        self.ui.doneSummaryLabel.setText("\n".join(lines))

    def _on_line_refreshed(self, line: LineView) -> None:
        if self.line is not None and line.id == self.line.id:
            self.line = line
            self._show_account()

    # --- the account panel ---------------------------------------------------------------

    def _show_account(self) -> None:
        ui = self.ui
        line = self.line
        value_labels = (
            ui.accountNumberLabel,
            ui.lineStatusLabel,
            ui.accountCarrierLabel,
            ui.accountCardTypeLabel,
            ui.accountPlanLabel,
            ui.accountExpiryLabel,
            ui.accountBalanceLabel,
            ui.accountDataLabel,
            ui.accountHolderLabel,
        )
        if line is None:
            for label in value_labels:
                label.clear()
            self._set_status_property("")
            self._hint(
                self.tr(
                    "Type or scan the customer's number, SIM card or receipt, and press Enter."
                ),
                error=False,
            )
            return
        language = self._language()
        number = line.msisdn_display
        if line.secondary_display:
            number += "\n" + line.secondary_display
        ui.accountNumberLabel.setText(number)
        status = _pick(LINE_STATUS_NAMES[line.status], language)
        if line.days_left >= 0:
            detail = self.tr("{days} days left").format(days=line.days_left)
        else:
            detail = self.tr("{days} days ago").format(days=-line.days_left)
        ui.lineStatusLabel.setText(f"{status} · {detail}")
        self._set_status_property(line.status.value)
        ui.accountCarrierLabel.setText(
            line.carrier_name_en if language == "en" else line.carrier_name_zh
        )
        ui.accountCardTypeLabel.setText(_pick(CARD_TYPE_NAMES[line.card_type], language))
        ui.accountPlanLabel.setText(line.plan_name_en if language == "en" else line.plan_name_zh)
        ui.accountExpiryLabel.setText(line.expires_on.isoformat())
        ui.accountBalanceLabel.setText(format_money(line.balance))
        ui.accountDataLabel.setText(_data_text(line.data_left_mb))
        holder = " ".join(part for part in (line.holder_name_zh, line.holder_name_en) if part)
        if line.holder_id_type:
            document = _pick(ID_TYPE_NAMES[IdType(line.holder_id_type)], language)
            holder += f"\n{document} {line.holder_id_masked}"
        ui.accountHolderLabel.setText(holder)

    def _hint(self, text: str, *, error: bool) -> None:
        self.ui.hintLabel.setText(text)
        set_style_state(self.ui.hintLabel, "role", "error" if error else "")

    def _set_status_property(self, status: str) -> None:
        set_style_state(self.ui.lineStatusLabel, "status", status)

    def _retranslate(self) -> None:
        self.top_up_button.setText(self.tr("Credit top-up, no ID needed (F9)"))

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self.identity_panel.set_language(language)
        if self.quotes and self.ui.stepStack.currentWidget() is self.ui.planPage:
            self.plan_panel.set_language(language)
        self._show_account()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._show_account()
            shown = self.earlier_sale or self.sale
            if shown is not None and self.ui.stepStack.currentWidget() is self.ui.donePage:
                self._fill_done(shown)
        super().changeEvent(event)


def _data_text(megabytes: int) -> str:
    if megabytes >= 1024:
        return f"{megabytes // 1024}.{megabytes % 1024 * 10 // 1024} GB"
    return f"{megabytes} MB"
