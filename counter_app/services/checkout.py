"""What every kind of sale shares at checkout: the draft, the finish, the view of the sale.

The line sale and the voucher sale (:mod:`counter_app.services.sales`), the new SIM
(:mod:`counter_app.services.registration`) and the voids and refunds
(:mod:`counter_app.services.reversals`) call these inside their own ``db.write()``
transaction: a sale, its payments, its receipt number and its audit entry commit together
or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, func, select, update
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.money import format_money
from counter_app.domain.phones import mask_msisdn
from counter_app.domain.sales import (
    DONE_STATES,
    ItemView,
    PaymentView,
    SaleKind,
    SaleState,
    SaleView,
    VoucherView,
)
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind, check_tender
from counter_app.services import audit, day_summaries
from counter_app.services.shifts import no_open_shift
from counter_app.store.models import (
    Carrier,
    Counter,
    Line,
    Payment,
    ReceiptSequence,
    Reprint,
    Sale,
    SaleItem,
    SaleReversal,
    Shift,
    Shop,
    StaffUser,
    VoucherPin,
)
from counter_app.store.rows import insert_rows, update_row


@dataclass(frozen=True)
class Draft:
    """A draft being completed, locked, with where it is sold (read in one statement)."""

    sale: Sale
    counter: Counter
    shop: Shop
    shift_id: int

    def view(
        self,
        clerk: Clerk,
        *,
        line: Line | None,
        carrier: Carrier | None,
        pin: VoucherPin | None = None,
    ) -> SaleView:
        """The completed sale's view from what is in hand (:func:`build_view`)."""
        return build_view(
            self.sale,
            shop=self.shop,
            counter=self.counter,
            clerk=(clerk.username, clerk.display_name),
            line=line,
            carrier=carrier,
            pin=pin,
        )


def _open_shift_of_counter() -> Any:
    return and_(Shift.counter_id == Counter.id, Shift.closed_at.is_(None))


# Every sale runs these two: built once, they are compiled once and cost no building.
_COUNTER_AT = (
    select(Counter, Shop, Shift.id)
    .join(Shop, Shop.id == Counter.shop_id)
    .outerjoin(Shift, _open_shift_of_counter())
    .where(Counter.id == bindparam("counter_id"))
)
_COUNTER_AND_LINE_AT = (
    _COUNTER_AT.add_columns(Line)
    .outerjoin(Line, Line.id == bindparam("line_id"))
    .options(joinedload(Line.carrier))
)
_DRAFT_AT = (
    select(Sale, Counter, Shop, Shift.id)
    .join(Counter, Counter.id == Sale.counter_id)
    .join(Shop, Shop.id == Counter.shop_id)
    .outerjoin(Shift, _open_shift_of_counter())
    .where(Sale.uuid == bindparam("sale_uuid"))
    .with_for_update(of=Sale)
)


def counter_at(
    session: Session, counter_id: int, *, line_id: int | None = None
) -> tuple[Counter, Shop, int, Line | None]:
    """The counter, its shop, its open shift's id and the line *line_id* (with its
    carrier; None when there is none), in one statement.

    NotFound without such a counter; the shift rule's InputError without an open shift.
    """
    if line_id is None:
        row: Any = session.execute(_COUNTER_AT, {"counter_id": counter_id}).first()
    else:
        row = session.execute(
            _COUNTER_AND_LINE_AT, {"counter_id": counter_id, "line_id": line_id}
        ).first()
    if row is None:
        raise NotFound("there is no such counter", code=ErrorCode.COUNTER_UNKNOWN)
    counter, shop, shift_id = row[0], row[1], row[2]
    if shift_id is None:
        raise no_open_shift()
    return counter, shop, shift_id, (row[3] if line_id is not None else None)


def open_draft_at(session: Session, sale_uuid: str, kind: SaleKind) -> Draft | None:
    """The draft to complete with its counter, shop and open shift, in one locking statement.

    None when the sale is already complete (idempotency). The draft's items and payments
    are known to be empty: they are set so, not loaded.
    """
    row = session.execute(_DRAFT_AT, {"sale_uuid": sale_uuid}).first()
    if row is None:
        raise NotFound("there is no such sale", code=ErrorCode.SALE_UNKNOWN)
    sale, counter, shop, shift_id = row
    if not _completable(sale, kind):
        return None
    if shift_id is None:
        raise no_open_shift()
    # A draft has no items or payments yet (a failed completion rolled them back).
    set_committed_value(sale, "items", [])
    set_committed_value(sale, "payments", [])
    return Draft(sale, counter, shop, shift_id)


def locked_sale(session: Session, sale_uuid: str) -> Sale:
    """The sale with *sale_uuid*, locked for update until the transaction ends."""
    sale = session.scalars(select(Sale).where(Sale.uuid == sale_uuid).with_for_update()).first()
    if sale is None:
        raise NotFound("there is no such sale", code=ErrorCode.SALE_UNKNOWN)
    return sale


def _completable(sale: Sale, kind: SaleKind) -> bool:
    """False when *sale* is already complete; raises when it cannot be completed."""
    if sale.state in DONE_STATES:
        return False
    if sale.state != SaleState.DRAFT:
        raise InputError("this sale was abandoned; start a new one", code=ErrorCode.SALE_ABANDONED)
    if sale.kind != kind:
        raise ValueError(f"sale {sale.uuid} is a {sale.kind} sale, not {kind}")
    return True


def finish_sale(
    session: Session,
    sale: Sale,
    *,
    shift_id: int,
    clerk: Clerk,
    items: list[SaleItem],
    tenders: list[Tender],
    now: datetime,
    codes: tuple[str, str] | None = None,
    jobs: Callable[[], None] | None = None,
    line_change: Mapping[str, Any] | None = None,
) -> None:
    """Complete the draft *sale*: its items, payments, receipt number and audit entry.

    *codes* are the shop's and the counter's codes when the caller has them (else they
    are read). *line_change* is what the sale did to its line (``line_id``,
    ``line_before``, ``line_after``, ``line_version_after``), written with the sale.
    *jobs* queues what the sale sends out (:mod:`counter_app.services.outbox`) once the
    receipt number exists. The audit entry is written last, so the chain's head
    is locked only from there to the commit.

    The payments must add up to the items' total; each tender is checked by the domain's
    rules (:func:`counter_app.domain.tenders.check_tender`).
    """
    total = sum(item.amount for item in items)
    payments = _payments(tenders, total)
    # The number first; what the caller changed in other rows (a voucher's PIN) is
    # flushed below, after the sale's own rows.
    with session.no_autoflush:
        receipt_no = _next_receipt_no(session, sale.counter_id, codes)
    # The sale's own rows as single statements (store.rows); the items and payments get
    # their ids for the jobs, the day's summaries and the digest.
    update_row(
        session,
        sale,
        {
            **(line_change or {}),
            "shift_id": shift_id,
            "clerk_id": clerk.id,
            "total": total,
            "receipt_no": receipt_no,
            "state": SaleState.COMPLETED.value,
            "completed_at": now,
        },
    )
    for item in items:
        item.sale_id = sale.id
    for payment in payments:
        payment.sale_id = sale.id
    insert_rows(session, items)
    insert_rows(session, payments)
    set_committed_value(sale, "items", [*sale.items, *items])
    set_committed_value(sale, "payments", [*sale.payments, *payments])
    session.flush()  # what the caller changed in other rows (a voucher's PIN, say)
    if jobs is not None:
        jobs()
    day_summaries.record_sale(session, sale)
    audit.record(
        session,
        "sale.completed",
        occurred_at=now,
        staff_id=clerk.id,
        counter_id=sale.counter_id,
        subject=receipt_no,
        details={
            "kind": sale.kind,
            "total": total,
            "tenders": [p.tender for p in payments],
            "line_id": sale.line_id,
            "digest": audit.sale_digest(sale),
        },
    )


_RECEIPTS = cast(Table, ReceiptSequence.__table__)
_NEXT_NUMBER = (
    update(_RECEIPTS)
    .where(_RECEIPTS.c.counter_id == bindparam("r_counter_id"))
    .values(last_no=_RECEIPTS.c.last_no + 1)
    .returning(_RECEIPTS.c.last_no)
)


def _next_receipt_no(
    session: Session, counter_id: int, codes: tuple[str, str] | None = None
) -> str:
    # Inside the sale's transaction: a rolled-back sale leaves no gap, and the row lock
    # makes two tills of one counter queue here rather than share a number.
    number = session.execute(_NEXT_NUMBER, {"r_counter_id": counter_id}).scalar_one_or_none()
    if number is None:
        session.add(ReceiptSequence(counter_id=counter_id, last_no=1))
        session.flush()
        number = 1
    if codes is None:
        codes = session.execute(
            select(Shop.code, Counter.code).join(Counter).where(Counter.id == counter_id)
        ).one()
    return _receipt_no(codes[0], codes[1], number)


def _receipt_no(shop_code: str, counter_code: str, number: int) -> str:
    return f"{shop_code}-{counter_code}-{number:06d}"


def predicted_receipt_no(session: Session, counter_id: int) -> str | None:
    """The receipt number the next sale completed at the counter will get, read only.

    A prediction: the number is taken only in the completing transaction, so a sale of
    this counter completed first (another till on the same counter, a retried draft) gets
    it instead. None when there is no such counter.
    """
    codes = session.execute(
        select(Shop.code, Counter.code).join(Counter).where(Counter.id == counter_id)
    ).first()
    if codes is None:
        return None
    last = session.scalar(
        select(ReceiptSequence.last_no).where(ReceiptSequence.counter_id == counter_id)
    )
    return _receipt_no(codes[0], codes[1], (last or 0) + 1)


def _payments(tenders: list[Tender], total: int) -> list[Payment]:
    if total > 0 and not tenders:
        raise InputError("take the payment first", code=ErrorCode.PAYMENT_MISSING)
    payments = []
    for tender in tenders:
        payments.append(_payment(tender))
    paid = sum(p.amount for p in payments)
    if paid != total:
        short = "short by" if paid < total else "over by"
        raise InputError(
            f"the payments add up to {format_money(paid)}, the total is {format_money(total)} "
            f"({short} {format_money(abs(total - paid))})",
            code=ErrorCode.PAYMENT_TOTAL_MISMATCH,
        )
    return payments


def _payment(tender: Tender) -> Payment:
    checked = check_tender(tender)
    if checked.kind == TenderKind.CASH:
        return Payment(
            tender=checked.kind.value,
            amount=checked.amount,
            tendered=checked.handed_over,
            change=checked.change,
        )
    if checked.kind == TenderKind.CARD:
        return Payment(
            tender=checked.kind.value,
            amount=checked.amount,
            card_last4=checked.card_last4,
            approval_code=checked.approval_code,
        )
    return Payment(tender=checked.kind.value, amount=checked.amount, reference=checked.reference)


def line_snapshot(line: Line) -> dict[str, Any]:
    """What a sale keeps of its line before and after it, to show and to undo it."""
    return {
        "expires_on": line.expires_on.isoformat(),
        "balance": line.balance,
        "data_left_mb": line.data_left_mb,
        "plan_id": line.plan_id,
        "version": line.version,
    }


def sale_view_by_uuid(session: Session, sale_uuid: str) -> SaleView:
    """The view of the sale with *sale_uuid*; NotFound ``sale.unknown`` if there is none."""
    sale = session.scalars(select(Sale).where(Sale.uuid == sale_uuid)).first()
    if sale is None:
        raise NotFound("there is no such sale", code=ErrorCode.SALE_UNKNOWN)
    return sale_view(session, sale)


def _date(snapshot: dict[str, Any] | None) -> date | None:
    # A new SIM's "before" is its own first state: there was no expiry before it.
    if not snapshot or snapshot.get("new"):
        return None
    return date.fromisoformat(snapshot["expires_on"])


def sale_view(session: Session, sale: Sale) -> SaleView:
    """*sale* as plain data, with its counter, clerk, line, voucher, reprints and reversal."""
    counter = session.get_one(Counter, sale.counter_id)
    shop = session.get_one(Shop, counter.shop_id)
    clerk = session.get_one(StaffUser, sale.clerk_id)
    line = session.get(Line, sale.line_id) if sale.line_id is not None else None
    pin = session.scalars(select(VoucherPin).where(VoucherPin.sale_id == sale.id)).first()
    carrier = line.carrier if line else (session.get(Carrier, pin.carrier_id) if pin else None)
    reprints = session.scalar(select(func.count(Reprint.id)).where(Reprint.sale_id == sale.id))
    reversal = session.scalar(select(SaleReversal.kind).where(SaleReversal.sale_id == sale.id))
    return build_view(
        sale,
        shop=shop,
        counter=counter,
        clerk=(clerk.username, clerk.display_name),
        line=line,
        carrier=carrier,
        pin=pin,
        reprints=int(reprints or 0),
        reversal=reversal,
    )


def build_view(
    sale: Sale,
    *,
    shop: Shop,
    counter: Counter,
    clerk: tuple[str, str],
    line: Line | None,
    carrier: Carrier | None,
    pin: VoucherPin | None = None,
    reprints: int = 0,
    reversal: str | None = None,
) -> SaleView:
    """The view of *sale* from what the caller already holds: no statement is run.

    A sale just started or just completed has no reprint and no reversal yet, so the
    caller that has its counter, shop, clerk (username, name), line, carrier and PIN in
    hand builds its view without reading anything back.
    """
    return SaleView(
        uuid=sale.uuid,
        receipt_no=sale.receipt_no,
        kind=SaleKind(sale.kind),
        state=SaleState(sale.state),
        shop_code=shop.code,
        counter_code=counter.code,
        counter_name=counter.name,
        clerk_username=clerk[0],
        clerk_name=clerk[1],
        created_at=sale.created_at,
        completed_at=sale.completed_at,
        line_id=sale.line_id,
        msisdn_masked=mask_msisdn(line.msisdn) if line else "",
        carrier_code=carrier.code if carrier else "",
        carrier_name_zh=carrier.name_zh if carrier else "",
        carrier_name_en=carrier.name_en if carrier else "",
        card_type=line.card_type if line else "",
        expires_before=_date(sale.line_before),
        expires_after=_date(sale.line_after),
        balance_before=sale.line_before["balance"] if sale.line_before else None,
        balance_after=sale.line_after["balance"] if sale.line_after else None,
        total=sale.total,
        items=tuple(
            ItemView(
                i.plan_code,
                i.name_zh,
                i.name_en,
                i.list_price,
                i.discount,
                i.amount,
                i.promotion_code,
                tuple((b[0], b[1]) for b in i.benefits),
            )
            for i in sale.items
        ),
        payments=tuple(
            PaymentView(
                TenderKind(p.tender),
                p.amount,
                p.tendered,
                p.change,
                p.reference,
                p.card_last4,
                p.approval_code,
            )
            for p in sale.payments
        ),
        voucher=VoucherView(
            pin.serial,
            pin.face_value,
            pin.expires_on,
            carrier.redeem_zh if carrier else "",
            carrier.redeem_en if carrier else "",
        )
        if pin
        else None,
        reprints=reprints,
        reversal=reversal,
        draft=dict(sale.draft or {}),
    )
