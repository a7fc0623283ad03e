"""The database tables, as typed SQLAlchemy 2 models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from counter_app.store.types import UtcDateTime

# Stable constraint names, so that migrations can refer to them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Shop(Base):
    """The shop whose name and details head every receipt."""

    __tablename__ = "shops"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    address_zh: Mapped[str] = mapped_column(String(300), default="")
    address_en: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    br_number: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    counters: Mapped[list[Counter]] = relationship(back_populates="shop", order_by="Counter.code")


class Counter(Base):
    """One till in a shop; every sale and shift belongs to one."""

    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("shop_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    shop: Mapped[Shop] = relationship(back_populates="counters")


class StaffUser(Base):
    """Someone who signs in at a counter: clerk, supervisor or admin."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    # Stored case-folded: "Amy" and "amy" are one user.
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_count: Mapped[int] = mapped_column(default=0)
    first_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    locked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # When a lockout ends by itself; None while locked: until a supervisor unlocks it.
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # Wrong passwords in the day (24 hours) since the first one: slow guessing is caught.
    day_failed_count: Mapped[int] = mapped_column(default=0, server_default="0")
    day_first_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SignInBurst(Base):
    """Sign-ins with usernames nobody has, at one place (a counter, or the command line),
    counted per burst: audited once per burst and slowed down past a limit."""

    __tablename__ = "sign_in_bursts"

    place: Mapped[str] = mapped_column(String(40), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_failed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    unknown_count: Mapped[int] = mapped_column()


class Carrier(Base):
    """A mobile network operator whose cards the shop sells and renews."""

    __tablename__ = "carriers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_zh: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60))
    grace_days: Mapped[int] = mapped_column(default=30)
    recycle_days: Mapped[int] = mapped_column(default=90)
    # Comma-separated IdType values; shop policy, editable by an admin.
    accepted_id_types: Mapped[str] = mapped_column(String(120))
    hotline: Mapped[str] = mapped_column(String(32), default="")
    redeem_zh: Mapped[str] = mapped_column(String(300), default="")
    redeem_en: Mapped[str] = mapped_column(String(300), default="")
    # Who applies a sale at the carrier: "manual" (the clerk, on the carrier's dealer
    # portal) or an aggregator's adapter ("dtone"); see counter_app.providers.
    fulfilment_provider: Mapped[str] = mapped_column(String(16), default="manual")


class Plan(Base):
    """Something a line can be sold: a renewal period, a credit top-up or a data add-on.

    A sale copies the name and price into its items, so a later price change never
    changes a past sale.
    """

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    kind: Mapped[str] = mapped_column(String(16))
    name_zh: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    price: Mapped[int]
    months: Mapped[int] = mapped_column(default=0)
    credit: Mapped[int] = mapped_column(default=0)
    data_mb: Mapped[int] = mapped_column(default=0)
    minutes: Mapped[int] = mapped_column(default=0)
    card_types: Mapped[str] = mapped_column(String(80))
    valid_from: Mapped[date | None] = mapped_column(nullable=True)
    valid_to: Mapped[date | None] = mapped_column(nullable=True)
    needs_identity: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    # The aggregator's product that applies this plan ("" = none: applied by hand).
    provider_product: Mapped[str] = mapped_column(String(40), default="")

    carrier: Mapped[Carrier] = relationship()


class Promotion(Base):
    """A bonus or discount on the plans it matches, in a date window."""

    __tablename__ = "promotions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_zh: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    valid_from: Mapped[date]
    valid_to: Mapped[date]
    # Comma-separated filters; empty matches any.
    plan_codes: Mapped[str] = mapped_column(String(400), default="")
    carriers: Mapped[str] = mapped_column(String(200), default="")
    card_types: Mapped[str] = mapped_column(String(80), default="")
    kinds: Mapped[str] = mapped_column(String(80), default="")
    bonus_data_mb: Mapped[int] = mapped_column(default=0)
    bonus_minutes: Mapped[int] = mapped_column(default=0)
    bonus_days: Mapped[int] = mapped_column(default=0)
    discount: Mapped[int] = mapped_column(default=0)
    discount_percent: Mapped[int] = mapped_column(default=0)
    priority: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Customer(Base):
    """A line's registered holder. The ID number is kept only as keyed hash + masked form."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120), default="")
    name_zh: Mapped[str] = mapped_column(String(60), default="")
    date_of_birth: Mapped[date | None] = mapped_column(nullable=True)
    id_type: Mapped[str] = mapped_column(String(16))
    id_country: Mapped[str] = mapped_column(String(3), default="")
    id_hash: Mapped[str] = mapped_column(String(64), index=True)
    id_masked: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    identity_erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


def _unique_while_open(name: str, column: str) -> Index:
    # A closed line (a voided new SIM) gives its number and SIM card back: they may be
    # registered again, so uniqueness holds among open lines only.
    return Index(
        name,
        column,
        unique=True,
        sqlite_where=text("closed_at IS NULL"),
        postgresql_where=text("closed_at IS NULL"),
    )


class Line(Base):
    """A prepaid SIM's number(s) and account; status follows expires_on."""

    __tablename__ = "lines"
    __table_args__ = (
        _unique_while_open("uq_lines_open_msisdn", "msisdn"),
        _unique_while_open("uq_lines_open_secondary_msisdn", "secondary_msisdn"),
        _unique_while_open("uq_lines_open_iccid", "iccid"),
        # Plain indexes for finding closed lines too (history, reprints).
        Index("ix_lines_msisdn", "msisdn"),
        Index("ix_lines_secondary_msisdn", "secondary_msisdn"),
        Index("ix_lines_iccid", "iccid"),
        # The reminders list: a range of expiry dates in (expires_on, msisdn) order, so a
        # million lines are read from the index and the query stops at its limit.
        Index("ix_lines_expires_on", "expires_on", "msisdn"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    msisdn: Mapped[str] = mapped_column(String(16))
    secondary_msisdn: Mapped[str | None] = mapped_column(String(16), nullable=True)
    iccid: Mapped[str] = mapped_column(String(20))
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    card_type: Mapped[str] = mapped_column(String(16))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), nullable=True)
    expires_on: Mapped[date]
    balance: Mapped[int] = mapped_column(default=0)
    data_left_mb: Mapped[int] = mapped_column(default=0)
    recycled: Mapped[bool] = mapped_column(default=False)
    auto_renew: Mapped[bool] = mapped_column(default=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    # Bumped by every change, so a void knows whether anything changed the line since.
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)

    carrier: Mapped[Carrier] = relationship()
    plan: Mapped[Plan | None] = relationship()
    customer: Mapped[Customer] = relationship()


class Shift(Base):
    """A till session at one counter: float in, cash counted out."""

    __tablename__ = "shifts"
    __table_args__ = (
        # At most one open shift per counter, enforced by the database itself.
        Index(
            "uq_shifts_open_per_counter",
            "counter_id",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"))
    opened_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    float_amount: Mapped[int]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    counted: Mapped[int | None] = mapped_column(nullable=True)
    expected: Mapped[int | None] = mapped_column(nullable=True)
    variance: Mapped[int | None] = mapped_column(nullable=True)
    variance_reason: Mapped[str] = mapped_column(String(300), default="")
    # The count at close, {denomination in cents (as text): how many}; None if only a total.
    cash_count: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)


class CashMovement(Base):
    """Cash put into or taken out of the till outside a sale, with its reason."""

    __tablename__ = "cash_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    amount: Mapped[int]  # positive in, negative out
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DrawerOpening(Base):
    """Each time the cash drawer was sent its pulse: why, by whom, and whether it got there.

    ``kind`` is a :class:`~counter_app.domain.drawer.DrawerKind`; the sale, reversal or
    cash movement it opened for is named, a no-sale opening has its ``reason`` instead.
    ``sent`` is None while the pulse is on its way, then whether the printer's queue took it.
    """

    __tablename__ = "drawer_openings"

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"))
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(12))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    reversal_id: Mapped[int | None] = mapped_column(ForeignKey("sale_reversals.id"), nullable=True)
    cash_movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("cash_movements.id"), nullable=True
    )
    reason: Mapped[str] = mapped_column(String(200), default="")
    printer: Mapped[str] = mapped_column(String(200))
    sent: Mapped[bool | None] = mapped_column(nullable=True)
    problem: Mapped[str] = mapped_column(String(300), default="")


class ReceiptSequence(Base):
    """The last receipt number issued at a counter, advanced inside each sale's transaction.

    A database sequence would leave gaps when a sale rolls back; this row does not.
    """

    __tablename__ = "receipt_sequences"

    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"), primary_key=True)
    last_no: Mapped[int] = mapped_column(default=0)


class Sale(Base):
    """One customer's purchase, from draft to completed (and maybe voided or refunded)."""

    __tablename__ = "sales"
    __table_args__ = (
        Index("ix_sales_counter_state", "counter_id", "state"),
        # History: newest first within each filter, so a page is read in index order and
        # the query stops at its limit (keyset paging on completed_at, id).
        Index("ix_sales_line_completed", "line_id", "completed_at", "id"),
        Index("ix_sales_clerk_completed", "clerk_id", "completed_at", "id"),
        Index("ix_sales_counter_completed", "counter_id", "completed_at", "id"),
        Index("ix_sales_state_completed", "state", "completed_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    # SHOP-COUNTER-NNNNNN: two codes of up to 16 characters and room for ten digits.
    receipt_no: Mapped[str | None] = mapped_column(String(48), unique=True, nullable=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"))
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    line_id: Mapped[int | None] = mapped_column(ForeignKey("lines.id"), nullable=True)
    total: Mapped[int] = mapped_column(default=0)
    # What the clerk had chosen so far, so that a draft can be offered again after a crash.
    draft: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    line_before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    line_after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    line_version_after: Mapped[int | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True, index=True)

    items: Mapped[list[SaleItem]] = relationship(order_by="SaleItem.id")
    payments: Mapped[list[Payment]] = relationship(order_by="Payment.id")


class SaleItem(Base):
    """What was sold, with the name and price copied at the time of sale."""

    __tablename__ = "sale_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), nullable=True)
    voucher_pin_id: Mapped[int | None] = mapped_column(ForeignKey("voucher_pins.id"), nullable=True)
    plan_code: Mapped[str] = mapped_column(String(32), default="")
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    list_price: Mapped[int]
    discount: Mapped[int] = mapped_column(default=0)
    amount: Mapped[int]
    promotion_code: Mapped[str] = mapped_column(String(32), default="")
    benefits: Mapped[list[list[str]]] = mapped_column(JSON, default=list)


class Payment(Base):
    """One tender of a sale. Card: last 4 digits and approval code only, never the number."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    tender: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int]
    tendered: Mapped[int | None] = mapped_column(nullable=True)
    change: Mapped[int] = mapped_column(default=0)
    reference: Mapped[str] = mapped_column(String(40), default="")
    card_last4: Mapped[str] = mapped_column(String(4), default="")
    approval_code: Mapped[str] = mapped_column(String(12), default="")


class SaleReversal(Base):
    """A void (same shift) or refund (later) of a sale: a new record, nothing deleted."""

    __tablename__ = "sale_reversals"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    approved_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    reason: Mapped[str] = mapped_column(String(300))
    amount: Mapped[int]
    cash_returned: Mapped[int] = mapped_column(default=0)
    line_restored: Mapped[bool] = mapped_column(default=False)
    # The reports read a date range's reversals.
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


class SalesDaySummary(Base):
    """A Hong Kong day's sales at one counter by one clerk, one card type and one plan.

    Kept in the transaction of each sale, void and refund
    (:mod:`counter_app.services.day_summaries`), and rebuilt from the raw rows on demand;
    the sales reports read these rows, not the sales. Every key holds the counter, so a
    sale never waits on a row another counter's sales update.

    ``hk_day`` and ``counter_id`` are the sale's when it was taken, the reversal's (the
    counter of the shift that paid it back) for a void or refund; the clerk, card type and
    plan are always the original sale's. "None" is 0 (or ``""``), not NULL, so that the
    key can be upserted. ``sales``/``gross`` and the void and refund figures count each
    sale once (on the row of its first item); ``items*`` count every sale item (a sale
    without items as one item of 0).
    """

    __tablename__ = "sales_day_summaries"

    hk_day: Mapped[date] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"), primary_key=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), primary_key=True)
    card_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    plan_id: Mapped[int] = mapped_column(primary_key=True)
    voucher_carrier_id: Mapped[int] = mapped_column(primary_key=True)
    face_value: Mapped[int] = mapped_column(primary_key=True)
    sales: Mapped[int] = mapped_column(default=0)
    gross: Mapped[int] = mapped_column(default=0)
    voids: Mapped[int] = mapped_column(default=0)
    voided: Mapped[int] = mapped_column(default=0)
    refunds: Mapped[int] = mapped_column(default=0)
    refunded: Mapped[int] = mapped_column(default=0)
    items: Mapped[int] = mapped_column(default=0)
    items_gross: Mapped[int] = mapped_column(default=0)
    items_voided: Mapped[int] = mapped_column(default=0)
    items_refunded: Mapped[int] = mapped_column(default=0)


class TenderDaySummary(Base):
    """A Hong Kong day's payments at one counter, for one clerk's sales, by tender.

    Kept and rebuilt with :class:`SalesDaySummary`, on the same days and counters.
    """

    __tablename__ = "tender_day_summaries"

    hk_day: Mapped[date] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"), primary_key=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), primary_key=True)
    tender: Mapped[str] = mapped_column(String(16), primary_key=True)
    payments: Mapped[int] = mapped_column(default=0)
    gross: Mapped[int] = mapped_column(default=0)
    voided: Mapped[int] = mapped_column(default=0)
    refunded: Mapped[int] = mapped_column(default=0)


class VoucherPin(Base):
    """A carrier's e-voucher PIN in stock, encrypted at rest; sold exactly once."""

    __tablename__ = "voucher_pins"
    __table_args__ = (
        UniqueConstraint("carrier_id", "serial"),
        Index("ix_voucher_pins_stock", "carrier_id", "face_value", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    face_value: Mapped[int]
    serial: Mapped[str] = mapped_column(String(40))
    pin_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    # Keyed hash, so a PIN imported twice is caught without decrypting the stock.
    pin_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_on: Mapped[date]
    batch: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(12), default="available")
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sold_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class IdentityCheck(Base):
    """One identity check of a line's holder at the counter, and its result."""

    __tablename__ = "identity_checks"
    __table_args__ = (Index("ix_identity_checks_line_shift", "line_id", "shift_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("lines.id"))
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    id_type: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(String(12))  # match / mismatch / override
    override_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ReminderContact(Base):
    """A line's holder phoned about an expiry, and what they said; one row per HK day.

    Kept for the expiry it was about: a renewal (a new expiry) makes the line due again.
    """

    __tablename__ = "reminder_contacts"
    __table_args__ = (UniqueConstraint("line_id", "expires_on", "contacted_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("lines.id"))
    expires_on: Mapped[date]
    # The Hong Kong date of the call: marking again that day updates this row.
    contacted_on: Mapped[date]
    contacted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    outcome: Mapped[str] = mapped_column(String(120), default="")


class Reprint(Base):
    """A receipt printed again (COPY / 副本)."""

    __tablename__ = "reprints"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    copy_no: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SmsOutbox(Base):
    """A confirmation text waiting for the shop's SMS gateway."""

    __tablename__ = "sms_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    msisdn: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class OutboxJob(Base):
    """One thing the outside world must do for a sale, sent exactly once.

    Written in the sale's own transaction; a dispatcher claims it (``FOR UPDATE SKIP
    LOCKED``), marks it ``sending`` with a lease, sends it, and records the answer
    (:mod:`counter_app.domain.outbox`). ``reference`` (receipt number and item) is our
    idempotency key at the provider.
    """

    __tablename__ = "outbox_jobs"
    __table_args__ = (Index("ix_outbox_jobs_state_due", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    provider: Mapped[str] = mapped_column(String(16))
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    sale_item_id: Mapped[int | None] = mapped_column(ForeignKey("sale_items.id"), nullable=True)
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carriers.id"), nullable=True)
    msisdn: Mapped[str] = mapped_column(String(16))
    product: Mapped[str] = mapped_column(String(40), default="")
    amount: Mapped[int] = mapped_column(default=0)
    body: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(default=0)
    sends: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime())
    claimed_by: Mapped[str] = mapped_column(String(64), default="")
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    provider_ref: Mapped[str] = mapped_column(String(64), default="")
    last_error: Mapped[str] = mapped_column(String(300), default="")
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class AuditEvent(Base):
    """One sensitive action, the ``seq``-th entry of its ``chain``.

    ``chain`` is the counter's id, or 0 for the shop-level chain (entries with no counter);
    ``hash`` is a keyed HMAC of this entry and the previous entry's hash
    (:mod:`counter_app.services.audit`).
    """

    __tablename__ = "audit_events"
    __table_args__ = (UniqueConstraint("chain", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chain: Mapped[int] = mapped_column(default=0)
    seq: Mapped[int]
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime())
    action: Mapped[str] = mapped_column(String(40), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"), nullable=True)
    subject: Mapped[str] = mapped_column(String(80), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One chain's newest entry, locked by that chain's writers only so it never forks.

    ``legacy_entries`` counts the plain-hash entries an older version wrote (migration
    0006), sealed into the keyed shop chain at the first start that has the key.
    """

    __tablename__ = "audit_head"

    chain: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    entries: Mapped[int] = mapped_column(default=0)
    legacy_entries: Mapped[int] = mapped_column(default=0)
    last_event_id: Mapped[int] = mapped_column(default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """A shop setting (receipt footer, idle-lock minutes, ...) as text."""

    __tablename__ = "settings"

    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))


class Installation(Base):
    """A fingerprint of the installation secret the database was set up with.

    A counter whose secret file differs would hash ID numbers with the wrong key and fail
    to decrypt PINs; the fingerprint lets it refuse to start instead.
    """

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_check: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # How customers.id_hash and id_masked were made: 1 = HMAC-SHA256 and the long mask
    # (before 0006, so the server default), 2 = scrypt of that HMAC and the short mask.
    # Start-up moves a database at 1 to 2; a database set up since starts at 2.
    id_hash_scheme: Mapped[int] = mapped_column(default=2, server_default=text("1"))
