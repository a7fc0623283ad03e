"""The line sale screen: find the line, check identity, choose the plan, then pay.

The screen a clerk sees all day: renewing a line, topping up its credit or adding data.
Each step is a panel on ``stepStack``; the identity check and the plan are this screen's
own, the payment, the done page and the next customer are the :class:`SaleFlow`'s, as for
every sale. Every service call runs in the background, so the window never waits on the
database. Enter moves forward, Esc goes back without losing what was entered.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.customer_screen import CustomerSaleKind, Serving
from counter_app.domain.errors import InputError
from counter_app.domain.identity import IdType
from counter_app.domain.identity_check import IdentityResult
from counter_app.domain.lines import LineView
from counter_app.domain.money import format_money
from counter_app.domain.plans import LineStatus, Quote, format_data
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.gui import messages
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_line_sale_screen import Ui_LineSaleScreen
from counter_app.gui.i18n import language_switcher
from counter_app.gui.identity_panel import IdentityPanel
from counter_app.gui.override_dialog import OverrideDialog
from counter_app.gui.plan_panel import PlanPanel
from counter_app.gui.sale_flow import SaleFlow
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.gui.vocabulary import card_type_name, id_type_name, line_status_name


class LineSaleScreen(QWidget):
    """One customer at a time: renew, top up or add data to a line, from the number on.

    Signals:
        saleCompleted(object): the SaleView of each completed sale.
        busyChanged(bool): a service call started or finished.
        newSimRequested(), voucherRequested(): the clerk chose the other kind of sale
            (the window's actions, F11 and F10, do the same).
        backOfficeRequested(): the clerk asked for the back office (history, shift, ...).
        drawerRequested(): the clerk wants the cash drawer open without a sale (F7 too).
    """

    saleCompleted = Signal(object)
    busyChanged = Signal(bool)
    newSimRequested = Signal()
    voucherRequested = Signal()
    backOfficeRequested = Signal()
    drawerRequested = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_LineSaleScreen()
        self.ui.setupUi(self)
        language = language_switcher().language
        self.identity_panel = IdentityPanel(language=language)
        self.plan_panel = PlanPanel()
        self.ui.identityPageLayout.addWidget(self.identity_panel)
        self.top_up_button = QPushButton(self)
        self.top_up_button.setObjectName("topUpWithoutIdButton")
        self.ui.identityPageLayout.addWidget(self.top_up_button)
        self.ui.planPageLayout.addWidget(self.plan_panel)
        self.flow = SaleFlow(self, station, self.ui.stepStack)
        self.payment_panel = self.flow.payment_panel
        self.receipt_panel = self.flow.receipt_panel
        self.ui.searchErrorLabel.setProperty("role", "error")
        self._retranslate()

        self.line: LineView | None = None
        self.quotes: list[Quote] = []
        self.quote: Quote | None = None
        self.identity_passed = False
        self._override: OverrideDialog | None = None

        self.ui.lineSearchInput.returnPressed.connect(self._on_find)
        self.ui.findLineButton.clicked.connect(self._on_find)
        self.ui.newSimButton.clicked.connect(self.newSimRequested)
        self.ui.sellVoucherButton.clicked.connect(self.voucherRequested)
        self.ui.backOfficeButton.clicked.connect(self.backOfficeRequested)
        self.ui.openDrawerButton.clicked.connect(self.drawerRequested)
        self.identity_panel.verifyRequested.connect(self._on_verify)
        self.identity_panel.overrideRequested.connect(self._on_override_requested)
        self.identity_panel.backRequested.connect(self._on_back_to_search)
        self.top_up_button.clicked.connect(self._on_top_up_without_id)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self.ui.identityPage, self._on_top_up_without_id)
        self.plan_panel.planChosen.connect(self._on_plan_chosen)
        self.plan_panel.backRequested.connect(self._on_back_to_identity)
        self.flow.completed.connect(self._on_completed)
        self.flow.nextCustomer.connect(self.next_customer)
        calls_of(self).busyChanged.connect(self.busyChanged)
        language_switcher().changed.connect(self._on_language_changed)
        self.next_customer()

    def warm_up(self) -> None:
        """Show each step once while this screen is hidden, one page per event-loop turn.

        The first showing of a page polishes its style sheet and lays it out (tens of ms
        each with the Chinese fonts); done ahead, the first customer does not wait on it.
        """
        pages = [
            self.ui.identityPage,
            self.ui.planPage,
            self.flow.payment_page,
            self.flow.done_page,
        ]

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

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    @property
    def sale(self) -> SaleView | None:
        """The sale in progress, or the one on the done page."""
        return self.flow.sale

    def _language(self) -> str:
        return language_switcher().language

    # --- find the line -------------------------------------------------------------------

    @Slot()
    @Slot(str)
    def next_customer(self, number: str = "") -> None:
        """Clear every field of the previous customer; with *number*, look it up at once."""
        self.flow.clear()
        self.line = None
        self.quotes = []
        self.quote = None
        self.identity_passed = False
        self.ui.lineSearchInput.clear()
        self.ui.searchErrorLabel.clear()
        self._show_account()
        self.ui.stepStack.setCurrentWidget(self.ui.hintPage)
        self.ui.lineSearchInput.setFocus()
        if number:
            self.ui.lineSearchInput.setText(number)
            self._on_find()

    # --- sales left by a crash ------------------------------------------------------------

    def offer_unfinished(self) -> None:
        """At start: offer the drafts a crash or power cut left, to resume or abandon."""
        ServiceCall(
            self, "unfinished sales", self.station.unfinished, self._on_unfinished
        ).quietly().run()

    def _on_unfinished(self, drafts: list[SaleView]) -> None:
        if not drafts or self.sale is not None:
            return
        resumable = [d for d in drafts if d.kind == SaleKind.LINE and d.line_id is not None]
        lines = [
            self.tr("Started {time} · {number}").format(
                time=d.created_at.astimezone(HONG_KONG).strftime("%H:%M"),
                number=d.msisdn_masked or self.tr("(no line)"),
            )
            for d in drafts
        ]
        choices = [(self.tr("Abandon them"), partial(self._abandon_drafts, drafts))]
        if resumable:
            choices.insert(
                0, (self.tr("Resume the last one"), partial(self._resume, resumable[-1]))
            )
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
        work = partial(self.station.abandon_all, self.station.signed_in(), [d.uuid for d in drafts])
        ServiceCall(self, "abandon drafts", work, _nothing).quietly().run()

    def _resume(self, draft: SaleView) -> None:
        ServiceCall(
            self,
            "resume sale",
            partial(self.station.resume_line_sale, draft.uuid),
            self._on_resumed,
        ).failure(self._search_error).run()

    def _on_resumed(self, result: tuple[SaleView, LineView, list[Quote], bool]) -> None:
        sale, line, quotes, passed = result
        self.line = line
        self.ui.lineSearchInput.setText(line.msisdn_display)
        self._show_account()
        self.flow.adopt(sale)
        self.quotes, self.identity_passed = quotes, passed
        if passed or all(not q.plan.needs_identity for q in quotes):
            self._show_plans()
            return
        self.identity_panel.set_line(
            line.accepted_id_types, line.holder_id_type, line.holder_id_masked
        )
        self.ui.stepStack.setCurrentWidget(self.ui.identityPage)
        # The question box just closed: take the keyboard back once it has let go.
        self.activateWindow()
        QTimer.singleShot(0, self.identity_panel, self.identity_panel.setFocus)

    def give_up_sale(self) -> None:
        """Abandon the sale in progress (recorded, not deleted)."""
        self.flow.give_up()

    @Slot()
    def _on_find(self) -> None:
        text = self.ui.lineSearchInput.text()
        if self.busy or not text.strip():
            return
        # A new number while a sale was open: that draft is given up, not lost. The last
        # customer's account goes first: an answer (or a refusal) must never stand beside
        # another customer's number, balance and name.
        self.flow.clear()
        self.line = None
        self.identity_passed = False
        self._show_account()
        self.ui.searchErrorLabel.clear()
        ServiceCall(self, "find", partial(self.station.find, text), self._on_found).failure(
            self._search_error
        ).run()

    def _search_error(self, error: InputError) -> None:
        self.ui.searchErrorLabel.setText(describe(error))
        self.ui.stepStack.setCurrentWidget(self.ui.hintPage)
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
        self._show_account()
        self.flow.show_earlier(sale)
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
        self.flow.serve(_serving(line))
        work = partial(self.station.start_line_sale, self.station.signed_in(), line.id)
        ServiceCall(self, "start sale", work, self._on_sale_started).failure(
            self._search_error
        ).run()

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
        draft, self.quotes = result
        self.flow.adopt(draft)
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
        draft, line = self.flow.draft, self.line
        if draft is None or line is None:
            return
        work = partial(
            self.station.check_identity,
            self.station.signed_in(),
            draft.uuid,
            line.id,
            id_type=id_type,
            number=number,
            country=country,
        )
        ServiceCall(self, "check identity", work, self._on_identity_result).failure(
            self._identity_error
        ).run()

    def _identity_error(self, error: InputError) -> None:
        self.identity_panel.show_error(describe(error))

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
        draft, line, dialog = self.flow.draft, self.line, self._override
        if draft is None or line is None or dialog is None:
            return

        def done(result: IdentityResult) -> None:
            dialog.accept()
            self._on_identity_result(result)

        work = partial(
            self.station.override_identity,
            self.station.signed_in(),
            draft.uuid,
            line.id,
            username=username,
            password=password,
            reason=reason,
        )
        ServiceCall(self, "override identity", work, done).failure(
            lambda error: dialog.show_error(describe(error))
        ).run()

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
        draft, line = self.flow.draft, self.line
        if draft is None or line is None:
            return
        self.quote = chosen
        code = chosen.plan.code
        ServiceCall(
            self, "save draft", partial(self.station.save_choice, draft.uuid, code), _nothing
        ).quietly().run()
        self.flow.pay(
            chosen.total,
            partial(self._summary, line, chosen),
            partial(self.station.complete_line_sale, plan_code=code),
            back=self._on_back_to_plans,
            customer=replace(
                _serving(line),
                plan_zh=chosen.plan.name_zh,
                plan_en=chosen.plan.name_en,
                expires_before=chosen.expires_on_before,
                expires_after=chosen.expires_on_after,
            ),
        )

    def _summary(self, line: LineView, chosen: Quote) -> list[str]:
        """What to read back to the customer before taking the money."""
        name = chosen.plan.name_en if self._language() == "en" else chosen.plan.name_zh
        summary = [
            self.tr("Number: {number}").format(number=line.msisdn_display),
            self.tr("Plan: {plan}").format(plan=name),
        ]
        if chosen.expires_on_after != chosen.expires_on_before:
            summary.append(
                self.tr("New expiry: {old} → {new}").format(
                    old=chosen.expires_on_before.isoformat(),
                    new=chosen.expires_on_after.isoformat(),
                )
            )
        return summary

    @Slot()
    def _on_back_to_identity(self) -> None:
        if self.identity_passed or all(not q.plan.needs_identity for q in self.quotes):
            self._on_back_to_search()
            return
        self.ui.stepStack.setCurrentWidget(self.ui.identityPage)
        self.identity_panel.setFocus()

    def _on_back_to_plans(self) -> None:
        self.ui.stepStack.setCurrentWidget(self.ui.planPage)
        self.plan_panel.setFocus()

    # --- done ----------------------------------------------------------------------------

    @Slot(object)
    def _on_completed(self, sale: SaleView) -> None:
        self.saleCompleted.emit(sale)
        # The account panel shows the line as it is now.
        if self.line is not None:
            ServiceCall(
                self,
                "refresh line",
                partial(self.station.find_line, self.line.msisdn),
                self._on_line_refreshed,
            ).quietly().replacing("refresh line").run()

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
        status = line_status_name(line.status)
        if line.days_left >= 0:
            detail = self.tr("{days} days left").format(days=line.days_left)
        else:
            detail = self.tr("{days} days ago").format(days=-line.days_left)
        ui.lineStatusLabel.setText(f"{status} · {detail}")
        self._set_status_property(line.status.value)
        ui.accountCarrierLabel.setText(
            line.carrier_name_en if language == "en" else line.carrier_name_zh
        )
        ui.accountCardTypeLabel.setText(card_type_name(line.card_type))
        ui.accountPlanLabel.setText(line.plan_name_en if language == "en" else line.plan_name_zh)
        ui.accountExpiryLabel.setText(line.expires_on.isoformat())
        ui.accountBalanceLabel.setText(format_money(line.balance))
        ui.accountDataLabel.setText(format_data(line.data_left_mb))
        holder = " ".join(part for part in (line.holder_name_zh, line.holder_name_en) if part)
        if line.holder_id_type:
            document = id_type_name(IdType(line.holder_id_type))
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
        super().changeEvent(event)


def _serving(line: LineView) -> Serving:
    """What the customer's screen shows of a line: its number in full, its carrier."""
    return Serving(
        CustomerSaleKind.LINE, line.msisdn_display, line.carrier_name_zh, line.carrier_name_en
    )


def _nothing(_result: object) -> None:
    """Background upkeep with nothing to show."""
