"""This counter as the window sees it: its database, secret, shop and signed-in clerk.

Every method calls one service and returns plain data; the screens call them through
:class:`counter_app.gui.service_calls.ServiceCall`, never on the GUI thread. A method
that acts for a member of staff takes the clerk as an argument, read on the GUI thread
when the call starts: the work never reads who is signed in now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from counter_app.domain.clock import Clock, hk_today, system_clock
from counter_app.domain.customer_screen import Idle
from counter_app.domain.drawer import DrawerPort, DrawerResult
from counter_app.domain.fps import FpsTerms
from counter_app.domain.identity_check import IdentityResult
from counter_app.domain.lines import LineView
from counter_app.domain.new_sims import CarrierOffer, NewSim
from counter_app.domain.plans import Quote
from counter_app.domain.sales import SaleKind, SaleView, looks_like_receipt_no
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender
from counter_app.services import (
    drawer,
    identity,
    lines,
    outbox,
    registration,
    sales,
    shifts,
    staff,
    vouchers,
)
from counter_app.services.keys import InstallationSecret
from counter_app.services.outbox import JobView
from counter_app.services.shop import CounterContext
from counter_app.services.vouchers import StockLevel
from counter_app.store.engine import Database

if TYPE_CHECKING:
    from counter_app.services.receipts import CopyToPrint, ReceiptFiles

# A logo larger than this is not a logo: the customer's screen shows the names alone.
_MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass
class Station:
    """One counter's connection to the shop's data, and who is serving at it."""

    db: Database
    secret: InstallationSecret
    counter: CounterContext
    clock: Clock = system_clock
    clerk: Clerk | None = field(default=None)
    # Where receipts are archived, and how this PC prints them (config.Settings).
    data_dir: Path | None = None
    printer: str = ""
    print_automatically: bool = False
    print_copies: int = 1
    # The SMS gateway this PC's dispatcher sends texts by (settings.sms_gateway: "none",
    # "smpp", "http"); "" when a shop's server sends the outbox, not this PC.
    sms_gateway: str = ""
    # The cash drawer on this counter's receipt printer (settings drawer_*; none by default).
    drawer: DrawerPort = field(default_factory=DrawerPort)

    @property
    def counter_id(self) -> int:
        return self.counter.counter_id

    def today(self) -> date:
        return hk_today(self.clock)

    def signed_in(self) -> Clerk:
        """Who is serving (on the GUI thread, as a call starts); a screen with nobody
        signed in is not shown, so none here is a bug."""
        if self.clerk is None:
            raise RuntimeError("no clerk is signed in")
        return self.clerk

    # --- staff and shift -----------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> tuple[Clerk, shifts.OpenShift | None]:
        clerk = staff.sign_in(
            self.db, username, password, counter_id=self.counter_id, clock=self.clock
        )
        return clerk, shifts.current_shift(self.db, self.counter_id)

    def change_password(
        self, username: str, password: str, new_password: str
    ) -> tuple[Clerk, shifts.OpenShift | None]:
        clerk = staff.change_own_password(
            self.db, username, password, new_password, counter_id=self.counter_id, clock=self.clock
        )
        return clerk, shifts.current_shift(self.db, self.counter_id)

    def open_shift(self, clerk: Clerk, float_amount: int) -> shifts.OpenShift:
        return shifts.open_shift(self.db, clerk, self.counter_id, float_amount, clock=self.clock)

    # --- finding a line or a sale --------------------------------------------------------

    def find_line(self, text: str) -> LineView:
        return lines.find_line(self.db, text, today=self.today())

    def find(self, text: str) -> LineView | SaleView:
        """What the search box was given: a line's number or ICCID, or a receipt's barcode."""
        if looks_like_receipt_no(text):
            return sales.get_sale(self.db, receipt_no=text)
        return self.find_line(text)

    # --- a sale of any kind --------------------------------------------------------------

    def start_sale(self, clerk: Clerk, kind: SaleKind, line_id: int | None = None) -> SaleView:
        """The draft; its UUID makes completing it idempotent."""
        return sales.start_sale(
            self.db, clerk, self.counter_id, kind, line_id=line_id, clock=self.clock
        )

    def fps_terms(self, sale_uuid: str) -> FpsTerms:
        """The shop's FPS account and the bill number for the draft's FPS code: the receipt
        number the sale is expected to get (a prediction; see :func:`sales.fps_terms`)."""
        return sales.fps_terms(self.db, self.counter_id, sale_uuid)

    def abandon(self, clerk: Clerk, sale_uuid: str) -> None:
        sales.abandon_sale(self.db, clerk, sale_uuid, clock=self.clock)

    def abandon_all(self, clerk: Clerk, sale_uuids: list[str]) -> None:
        for uuid in sale_uuids:
            sales.abandon_sale(self.db, clerk, uuid, clock=self.clock)

    def unfinished(self) -> list[SaleView]:
        """Drafts left at this counter by a crash or power cut, oldest first."""
        return sales.unfinished_sales(self.db, self.counter_id)

    # --- renewing or topping up a line ---------------------------------------------------

    def start_line_sale(self, clerk: Clerk, line_id: int) -> tuple[SaleView, list[Quote]]:
        """The draft and every plan the line can be sold today, the recommended one first."""
        quotes = sales.quotes(self.db, line_id, today=self.today())
        return self.start_sale(clerk, SaleKind.LINE, line_id), quotes

    def check_identity(
        self,
        clerk: Clerk,
        sale_uuid: str,
        line_id: int,
        *,
        id_type: str,
        number: str,
        country: str,
    ) -> IdentityResult:
        return identity.check_identity(
            self.db,
            clerk,
            self.counter_id,
            sale_uuid,
            line_id=line_id,
            id_type=id_type,
            number=number,
            country=country,
            photo_matches=True,
            secret=self.secret,
            clock=self.clock,
        )

    def override_identity(
        self,
        clerk: Clerk,
        sale_uuid: str,
        line_id: int,
        *,
        username: str,
        password: str,
        reason: str,
    ) -> IdentityResult:
        return identity.override_identity(
            self.db,
            clerk,
            self.counter_id,
            sale_uuid,
            line_id=line_id,
            supervisor_username=username,
            supervisor_password=password,
            reason=reason,
            clock=self.clock,
        )

    def save_choice(self, sale_uuid: str, plan_code: str) -> None:
        sales.save_draft(self.db, sale_uuid, {"plan_code": plan_code})

    def complete_line_sale(
        self, clerk: Clerk, sale_uuid: str, tenders: list[Tender], *, plan_code: str
    ) -> SaleView:
        return sales.complete_line_sale(
            self.db, clerk, sale_uuid, plan_code=plan_code, tenders=tenders, clock=self.clock
        )

    def resume_line_sale(self, sale_uuid: str) -> tuple[SaleView, LineView, list[Quote], bool]:
        """A draft line sale as the screen needs it again: sale, line, quotes, ID passed."""
        draft = sales.get_sale(self.db, uuid=sale_uuid)
        if draft.line_id is None:
            raise ValueError(f"sale {sale_uuid} has no line")
        line = lines.get_line(self.db, draft.line_id, today=self.today())
        quotes = sales.quotes(self.db, draft.line_id, today=self.today())
        return draft, line, quotes, identity.passed_for_sale(self.db, sale_uuid)

    # --- a PIN voucher -------------------------------------------------------------------

    def voucher_stock(self) -> list[StockLevel]:
        return vouchers.stock_levels(self.db, today=self.today())

    def complete_voucher_sale(
        self,
        clerk: Clerk,
        sale_uuid: str,
        tenders: list[Tender],
        *,
        carrier_code: str,
        face_value: int,
    ) -> SaleView:
        return sales.complete_voucher_sale(
            self.db,
            clerk,
            sale_uuid,
            carrier_code=carrier_code,
            face_value=face_value,
            tenders=tenders,
            clock=self.clock,
        )

    def reveal_pin(self, clerk: Clerk, receipt_no: str) -> str:
        """A sold voucher's PIN, for its printed voucher; every reveal is audited."""
        return sales.reveal_pin(self.db, clerk, receipt_no, self.secret, clock=self.clock)

    # --- a new SIM -----------------------------------------------------------------------

    def new_sim_offers(self) -> list[CarrierOffer]:
        return registration.new_sim_offers(self.db, today=self.today())

    def complete_new_sim(
        self, clerk: Clerk, sale_uuid: str, tenders: list[Tender], *, new_sim: NewSim
    ) -> SaleView:
        return registration.complete_new_sim(
            self.db,
            clerk,
            sale_uuid,
            new_sim,
            tenders=tenders,
            secret=self.secret,
            clock=self.clock,
        )

    # --- what reached the carrier and the customer ----------------------------------------

    def sale_jobs(self, receipt_no: str) -> list[JobView]:
        """The sale's jobs for the carrier and the SMS gateway, fulfilment first."""
        return outbox.jobs_of_receipt(self.db, receipt_no)

    def applied_by_hand(self, clerk: Clerk, job_id: int, carrier_ref: str) -> JobView:
        """The clerk applied the item on the carrier's portal; *carrier_ref* is the carrier's."""
        return outbox.applied_by_hand(self.db, clerk, job_id, carrier_ref, clock=self.clock)

    def retry_job(self, clerk: Clerk, job_id: int) -> JobView:
        """A failed or unknown job tried again now (an unknown one is looked up first)."""
        return outbox.retry(self.db, clerk, job_id, clock=self.clock)

    def jobs_needing_attention(self) -> list[JobView]:
        """Failed, unknown, and manual jobs not applied yet, oldest first."""
        return outbox.attention(self.db)

    # --- the cash drawer ------------------------------------------------------------------
    # Each takes the drawer's port as read on the GUI thread when the call starts.

    def open_drawer_for_sale(self, clerk: Clerk, receipt_no: str, port: DrawerPort) -> DrawerResult:
        return drawer.open_for_sale(
            self.db, clerk, self.counter_id, receipt_no, port, clock=self.clock
        )

    def open_drawer_for_reversal(
        self, clerk: Clerk, receipt_no: str, port: DrawerPort
    ) -> DrawerResult:
        return drawer.open_for_reversal(
            self.db, clerk, self.counter_id, receipt_no, port, clock=self.clock
        )

    def open_drawer_for_cash_movement(
        self, clerk: Clerk, movement_id: int, port: DrawerPort
    ) -> DrawerResult:
        return drawer.open_for_cash_movement(
            self.db, clerk, self.counter_id, movement_id, port, clock=self.clock
        )

    def open_drawer_no_sale(self, clerk: Clerk, reason: str, port: DrawerPort) -> DrawerResult:
        return drawer.open_no_sale(self.db, clerk, self.counter_id, reason, port, clock=self.clock)

    # --- receipts ------------------------------------------------------------------------

    # --- the customer's screen -----------------------------------------------------------

    def welcome(self) -> Idle:
        """What the customer's screen shows between customers: the shop's names and logo
        (the receipt's logo file, when it is there and no bigger than 2 MB)."""
        from counter_app.services.shop_settings import shop_settings  # noqa: PLC0415

        shop = shop_settings(self.db, self.counter.shop_id)
        logo = b""
        if shop.receipt_logo_path:
            path = Path(shop.receipt_logo_path).expanduser()
            try:
                if path.stat().st_size <= _MAX_LOGO_BYTES:
                    logo = path.read_bytes()
            except OSError:
                logo = b""  # moved or unreadable: the names alone
        return Idle(shop.name_zh, shop.name_en, logo)

    def _data_dir(self) -> Path:
        if self.data_dir is None:
            raise RuntimeError("this station has no data directory for receipts")
        return self.data_dir

    # ReportLab is imported by the first receipt, in the background, not when the window
    # connects (it took the GUI thread a few hundred milliseconds).

    def receipt(self, receipt_no: str, pin: str | None = None) -> ReceiptFiles:
        """The original receipt of a sale just completed, archived."""
        from counter_app.services import receipts  # noqa: PLC0415

        return receipts.receipt_files(self.db, self._data_dir(), receipt_no, pin=pin)

    def next_copy(self, receipt_no: str, pin: str | None = None) -> CopyToPrint:
        """The sale's next COPY, built to print; nothing is recorded until it is sent."""
        from counter_app.services import receipts  # noqa: PLC0415

        return receipts.next_copy(self.db, self._data_dir(), receipt_no, pin=pin)

    def copy_sent(self, clerk: Clerk, copy: CopyToPrint) -> ReceiptFiles:
        """*copy* went to the printer: its number is recorded (and audited), then archived."""
        from counter_app.services import receipts  # noqa: PLC0415

        return receipts.copy_sent(self.db, self._data_dir(), clerk, copy, clock=self.clock)
