"""One sale from draft to the next customer, for every kind of sale at the counter.

A screen (the line sale, the PIN voucher, the new SIM) shows its own first pages; then
it hands the flow the total, what to read back to the customer and its ``complete``
call. The flow owns the rest: the draft, the payment page, completing the sale exactly
once (the draft's UUID), the done page, giving up a draft the clerk left, and the way to
the next customer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Final

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from counter_app.domain.customer_screen import Serving, Thanks
from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.sales import SaleKind, SaleState, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender
from counter_app.gui.customer_view import customer_facing
from counter_app.gui.done_panel import DonePanel
from counter_app.gui.drawer import open_drawer
from counter_app.gui.payment_panel import PaymentPanel
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station

Complete = Callable[[Clerk, str, list[Tender]], SaleView]
"""A screen's completion: (clerk, the draft's UUID, the tenders) → the completed sale.

It runs in the background, so it must not hold a widget: a Station method with the
sale's own details bound (``partial(station.complete_line_sale, plan_code=code)``).
"""


_FPS_TERMS: Final = "fps terms"  # the service call of the payment page's FPS code


class SaleFlow(QObject):
    """Draft → payment → done → next customer, on a screen's page stack.

    Signals:
        completed(object): the SaleView of each sale completed here.
        nextCustomer(str): the clerk is done with the customer on the done page; the
            number typed or scanned for the next one ("" when nothing was typed).
    """

    completed = Signal(object)
    nextCustomer = Signal(str)

    def __init__(
        self,
        screen: QWidget,
        station: Station,
        stack: QStackedWidget,
        *,
        prefix: str = "",
    ) -> None:
        super().__init__(screen)
        self.screen = screen
        self.station = station
        self.stack = stack
        self.payment_page, payment_layout = _page(stack, prefix, "PaymentPage")
        self.payment_panel = PaymentPanel(self.payment_page)
        payment_layout.addWidget(self.payment_panel)
        self.done_page, done_layout = _page(stack, prefix, "DonePage")
        self.done_panel = DonePanel(station, prefix=prefix, parent=self.done_page)
        done_layout.addWidget(self.done_panel)
        self.receipt_panel = self.done_panel.receipt_panel
        self.sale: SaleView | None = None
        self._complete: Complete | None = None
        self._back: Callable[[], None] | None = None
        self._refused: Callable[[InputError], bool] | None = None
        # What the customer's screen shows of this sale (published, never read back).
        self._serving: Serving | None = None

        calls_of(screen).busyChanged.connect(self._on_busy_changed)
        self.payment_panel.completeRequested.connect(self._on_complete_requested)
        self.payment_panel.backRequested.connect(self._on_back_from_payment)
        self.done_panel.nextCustomer.connect(self.nextCustomer)
        self.payment_panel.cashChanged.connect(self._publish_payment)
        self.payment_panel.fpsCodeChanged.connect(self._publish_payment)

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self.screen).busy

    @property
    def on_done_page(self) -> bool:
        return self.stack.currentWidget() is self.done_page

    @property
    def draft(self) -> SaleView | None:
        """The sale in progress, while it is not paid yet."""
        sale = self.sale
        return sale if sale is not None and sale.state == SaleState.DRAFT else None

    def start(
        self,
        kind: SaleKind,
        then: Callable[[SaleView], None],
        failure: Callable[[InputError], None],
        *,
        line_id: int | None = None,
    ) -> None:
        """Make the draft (its UUID makes completing it idempotent), then call *then*."""
        self.give_up()

        def started(sale: SaleView) -> None:
            self.sale = sale
            then(sale)

        ServiceCall(
            self.screen,
            "start sale",
            partial(self.station.start_sale, self.station.signed_in(), kind, line_id),
            started,
        ).failure(failure).run()

    def adopt(self, draft: SaleView) -> None:
        """Carry on with *draft* (one started before, e.g. found after a crash)."""
        self.sale = draft

    def pay(
        self,
        total: int,
        summary: Callable[[], list[str]],
        complete: Complete,
        *,
        back: Callable[[], None],
        refused: Callable[[InputError], bool] | None = None,
        customer: Serving | None = None,
    ) -> None:
        """Show the payment page for the draft: *total* in cents, *summary* gives the
        lines read back (called again after a language switch).

        *back*: Esc on the payment page. *refused*: a refusal the screen shows itself
        (returns True), e.g. a registration problem back on its form; any other refusal
        is shown on the payment page. *customer*: what the customer's screen shows of
        the sale (its total is *total*).
        """
        self._complete, self._back, self._refused = complete, back, refused
        if customer is not None:
            self.serve(replace(customer, total=total))
        self.payment_panel.set_sale(total, summary)
        self.stack.setCurrentWidget(self.payment_page)
        self._publish_payment()
        self.payment_panel.setFocus()
        draft = self.draft
        if draft is not None:
            # Upkeep the clerk does not wait for: the page works without the code meanwhile,
            # and its answer must not tell the database banner that a failed sale got through
            # (quietly: a failure is only logged; the code comes back with the next payment page).
            ServiceCall(
                self.screen,
                "FPS code terms",
                partial(self.station.fps_terms, draft.uuid),
                self.payment_panel.set_fps_terms,
            ).quietly().replacing(_FPS_TERMS).run()

    def serve(self, customer: Serving) -> None:
        """Show the customer what is being sold so far (the number once it is found)."""
        self._serving = customer
        customer_facing().publish(customer)

    def show_earlier(self, sale: SaleView) -> None:
        """A sale found by its receipt number, on the done page (to answer or reprint)."""
        self.give_up()
        self.done_panel.show_sale(sale, just_completed=False)
        self.stack.setCurrentWidget(self.done_page)
        self.done_panel.focus_next_customer()

    def give_up(self) -> None:
        """Abandon the draft in progress, if any (recorded as abandoned, never deleted)."""
        draft, clerk = self.draft, self.station.clerk
        self.sale = None
        self._forget_fps()
        if self._serving is not None:
            self._serving = None
            customer_facing().welcome()
        if draft is None or clerk is None:
            return
        ServiceCall(
            self.screen, "abandon sale", partial(self.station.abandon, clerk, draft.uuid), _ignore
        ).quietly().run()

    def clear(self) -> None:
        """The next customer: a draft given up, the last sale (and any PIN) forgotten."""
        thanked = isinstance(customer_facing().state(), Thanks) and self.on_done_page
        self.give_up()
        if thanked:
            customer_facing().welcome()
        self._complete = self._back = self._refused = None
        self.done_panel.clear()

    # --- inside --------------------------------------------------------------------------

    def _forget_fps(self) -> None:
        """No FPS code now (the customer's screen follows), nor from terms still on their way."""
        calls_of(self.screen).forget(_FPS_TERMS)
        self.payment_panel.set_fps_terms(None)

    @Slot(object)
    def _on_complete_requested(self, tenders: list[Tender]) -> None:
        draft, complete = self.draft, self._complete
        if self.busy:  # a second press while the first completes: completing is once
            return
        if draft is None or complete is None:
            self.payment_panel.set_busy(False)
            return
        ServiceCall(
            self.screen,
            "complete sale",
            partial(complete, self.station.signed_in(), draft.uuid, list(tenders)),
            self._on_completed,
        ).failure(self._on_refused).not_done(self._on_not_completed).run()

    def _on_completed(self, sale: SaleView) -> None:
        self.sale = sale
        serving, self._serving = self._serving, None
        if serving is not None:
            customer_facing().publish(
                Thanks(
                    serving.kind,
                    sale.receipt_no or "",
                    sale.total,
                    sale.change_total,
                    number=serving.number,
                )
            )
        # Paid: the FPS code goes from the page, and from the customer's screen.
        self._forget_fps()
        # The completion holds what the screen bound to it (a new SIM's document number).
        self._complete = self._refused = None
        self.done_panel.show_sale(sale, just_completed=True)
        self.stack.setCurrentWidget(self.done_page)
        self.done_panel.focus_next_customer()
        self._open_drawer(sale)
        self.completed.emit(sale)

    def _open_drawer(self, sale: SaleView) -> None:
        """The drawer opens for a sale paid (partly) in cash; the service decides which."""
        station = self.station
        if not station.drawer.fitted or not sale.receipt_no:
            return
        work = partial(
            station.open_drawer_for_sale, station.signed_in(), sale.receipt_no, station.drawer
        )
        open_drawer(self.done_panel, work, self.done_panel.show_drawer_problem)

    def _on_refused(self, error: InputError) -> None:
        if self._refused is not None and self._refused(error):
            return
        self.payment_panel.show_problem(error)

    def _on_not_completed(self, error: BaseException) -> None:
        # The banner or the dialog says what happened; by the button, what it means here.
        self.payment_panel.show_error(
            self.tr("Not saved yet: the database did not answer.")
            if isinstance(error, OutsideError)
            else self.tr("Something went wrong; the sale is kept.")
        )

    @Slot()
    def _on_back_from_payment(self) -> None:
        if self.busy or self._back is None:
            return
        self._forget_fps()
        if self._serving is not None:
            self.serve(self._serving.before_payment())
        self._back()

    @Slot()
    def _publish_payment(self) -> None:
        """The payment page's amounts, as the customer's screen shows them."""
        serving = self._serving
        if serving is None or self.stack.currentWidget() is not self.payment_page:
            return
        tendered, change = self.payment_panel.cash_handed_over()
        customer_facing().publish(
            serving.paying(
                tendered=tendered,
                change=change,
                fps_code=self.payment_panel.fps_code(),
                fps_amount=self.payment_panel.fps_amount(),
            )
        )

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self.payment_panel.set_busy(busy)


def _page(stack: QStackedWidget, prefix: str, name: str) -> tuple[QWidget, QVBoxLayout]:
    """A new page of *stack*: "voucherDonePage" with a prefix, "donePage" without.

    Its margins are those of the stack's first page (the screen's own form), so the payment
    and done pages line up with the page the clerk started on.
    """
    page = QWidget(stack)
    page.setObjectName(prefix + name if prefix else name[0].lower() + name[1:])
    layout = QVBoxLayout(page)
    first = stack.widget(0)
    first_layout = first.layout() if first is not None else None
    if first_layout is not None:
        layout.setContentsMargins(first_layout.contentsMargins())
    else:
        layout.setContentsMargins(0, 0, 0, 0)
    stack.addWidget(page)
    return page, layout


def _ignore(_result: object) -> None:
    """Nothing to show: the draft was recorded as abandoned."""
