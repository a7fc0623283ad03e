"""Shifts: open the till with a float, move cash in and out, X figures, close with a count.

Expected cash = float + cash taken in sales - cash handed back in voids and refunds
+ cash put in - cash taken out. Change given is never takings: a payment's amount is what
the sale received, not what the customer handed over (cash tendered - change given).

A close may carry the count note by note and coin by coin; a variance larger than the
shop's ``variance_reason_threshold`` setting (cents; HK$20 when unset) needs a reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from counter_app.domain.cash import CashCount
from counter_app.domain.clock import Clock, system_clock
from counter_app.domain.drawer import DrawerKind, NoSaleOpening
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.free_text import free_text
from counter_app.domain.money import MAX_AMOUNT, format_money
from counter_app.domain.shifts import SALE_KINDS, DrawerFigures, KindFigures, ShiftFigures
from counter_app.domain.staff import Clerk
from counter_app.services import audit, outbox
from counter_app.services.permissions import Action, require
from counter_app.services.shop_settings import read_shop_settings
from counter_app.store.engine import Database
from counter_app.store.models import (
    CashMovement,
    Counter,
    DrawerOpening,
    Payment,
    Plan,
    ReceiptSequence,
    Sale,
    SaleItem,
    SaleReversal,
    Shift,
    StaffUser,
)

# A sale in one of these states took its money in its shift, even if reversed later.
TAKEN_STATES: Final = ("completed", "voided", "refunded")
MAX_FLOAT: Final = 5_000_000


@dataclass(frozen=True)
class OpenShift:
    id: int
    counter_id: int
    opened_by: int
    opened_at: datetime
    float_amount: int


def current_shift(db: Database, counter_id: int) -> OpenShift | None:
    with db.read() as session:
        shift = _open_shift(session, counter_id)
        return _open_view(shift) if shift else None


def _open_shift(session: Session, counter_id: int, *, lock: bool = False) -> Shift | None:
    query = select(Shift).where(Shift.counter_id == counter_id, Shift.closed_at.is_(None))
    if lock:
        query = query.with_for_update()
    return session.scalars(query).first()


def _open_view(shift: Shift) -> OpenShift:
    return OpenShift(
        shift.id, shift.counter_id, shift.opened_by, shift.opened_at, shift.float_amount
    )


def require_open_shift(session: Session, counter_id: int) -> Shift:
    """The counter's open shift, or the rule's message: no sale without an open shift."""
    shift = _open_shift(session, counter_id)
    if shift is None:
        raise no_open_shift()
    return shift


def no_open_shift() -> InputError:
    """The rule's message: no sale without an open shift."""
    return InputError(
        "no shift is open at this counter: open one with the cash float first",
        code=ErrorCode.SHIFT_NOT_OPEN,
    )


def open_shift(
    db: Database, clerk: Clerk, counter_id: int, float_amount: int, *, clock: Clock = system_clock
) -> OpenShift:
    if not 0 <= float_amount <= MAX_FLOAT:
        raise InputError(
            f"the float must be between HK$0 and {format_money(MAX_FLOAT)}",
            code=ErrorCode.SHIFT_FLOAT,
            field="float",
        )
    now = clock()
    with db.write() as session:
        if _open_shift(session, counter_id) is not None:
            raise InputError(
                "a shift is already open at this counter", code=ErrorCode.SHIFT_ALREADY_OPEN
            )
        shift = Shift(
            counter_id=counter_id, opened_by=clerk.id, opened_at=now, float_amount=float_amount
        )
        session.add(shift)
        # The counter's number row exists before its first sale, so two tills never race
        # to create it.
        if session.get(ReceiptSequence, counter_id) is None:
            session.add(ReceiptSequence(counter_id=counter_id, last_no=0))
        session.flush()
        audit.record(
            session,
            "shift.opened",
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=counter_id,
            subject=f"shift {shift.id}",
            details={"float": float_amount},
        )
        return _open_view(shift)


def move_cash(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    amount: int,
    reason: str,
    *,
    clock: Clock = system_clock,
) -> int:
    """Cash into (positive) or out of (negative) the till, with the reason why; returns
    the movement's id (the drawer's opening names it)."""
    require(clerk, Action.CASH_MOVE)
    if amount == 0 or abs(amount) > MAX_AMOUNT:
        raise InputError(
            "enter the amount of cash moved", code=ErrorCode.CASH_AMOUNT, field="amount"
        )
    why = free_text(reason, field="reason", max_length=200)
    if not why:
        raise InputError("say why the cash is moved", code=ErrorCode.CASH_REASON, field="reason")
    now = clock()
    with db.write() as session:
        shift = require_open_shift(session, counter_id)
        movement = CashMovement(
            shift_id=shift.id, staff_id=clerk.id, amount=amount, reason=why, created_at=now
        )
        session.add(movement)
        session.flush()
        audit.record(
            session,
            "cash.in" if amount > 0 else "cash.out",
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=counter_id,
            subject=f"shift {shift.id}",
            details={"amount": amount, "reason": why},
        )
        return movement.id


def figures(db: Database, shift_id: int) -> ShiftFigures:
    with db.read() as session:
        shift = session.get(Shift, shift_id)
        if shift is None:
            raise NotFound(f"there is no shift {shift_id}", code=ErrorCode.SHIFT_UNKNOWN)
        return _figures(session, shift)


def figures_in(session: Session, shift: Shift) -> ShiftFigures:
    """The figures of *shift* read in the caller's session (a report of several shifts)."""
    return _figures(session, shift)


def _figures(session: Session, shift: Shift) -> ShiftFigures:
    taken = (Sale.shift_id == shift.id) & Sale.state.in_(TAKEN_STATES)
    count, total = session.execute(
        select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0)).where(taken)
    ).one()
    by_tender = {
        tender: int(amount)
        for tender, amount in session.execute(
            select(Payment.tender, func.sum(Payment.amount))
            .join(Sale, Payment.sale_id == Sale.id)
            .where(taken)
            .group_by(Payment.tender)
            .order_by(Payment.tender)
        )
    }
    tendered, change = session.execute(
        select(
            func.coalesce(func.sum(func.coalesce(Payment.tendered, Payment.amount)), 0),
            func.coalesce(func.sum(Payment.change), 0),
        )
        .join(Sale, Payment.sale_id == Sale.id)
        .where(taken, Payment.tender == "cash")
    ).one()
    returned, voids, refunds, void_amount, refund_amount = session.execute(
        select(
            func.coalesce(func.sum(SaleReversal.cash_returned), 0),
            func.count(SaleReversal.id).filter(SaleReversal.kind == "void"),
            func.count(SaleReversal.id).filter(SaleReversal.kind == "refund"),
            func.coalesce(func.sum(SaleReversal.amount).filter(SaleReversal.kind == "void"), 0),
            func.coalesce(func.sum(SaleReversal.amount).filter(SaleReversal.kind == "refund"), 0),
        ).where(SaleReversal.shift_id == shift.id)
    ).one()
    given_back = {
        tender: int(amount)
        for tender, amount in session.execute(
            select(Payment.tender, func.sum(Payment.amount))
            .join(SaleReversal, SaleReversal.sale_id == Payment.sale_id)
            .where(SaleReversal.shift_id == shift.id)
            .group_by(Payment.tender)
            .order_by(Payment.tender)
        )
    }
    movements = [
        (m.created_at, m.amount, m.reason)
        for m in session.scalars(
            select(CashMovement).where(CashMovement.shift_id == shift.id).order_by(CashMovement.id)
        )
    ]
    cash_in = sum(a for _, a, _ in movements if a > 0)
    cash_out = -sum(a for _, a, _ in movements if a < 0)
    cash_takings = by_tender.get("cash", 0)
    expected = shift.float_amount + cash_takings - int(returned) + cash_in - cash_out
    return ShiftFigures(
        shift_id=shift.id,
        counter_id=shift.counter_id,
        opened_by=shift.opened_by,
        opened_at=shift.opened_at,
        float_amount=shift.float_amount,
        sales_count=int(count),
        sales_total=int(total),
        by_tender=by_tender,
        cash_takings=cash_takings,
        cash_returned=int(returned),
        cash_in=cash_in,
        cash_out=cash_out,
        expected_cash=expected,
        voids=int(voids),
        refunds=int(refunds),
        closed_at=shift.closed_at,
        counted=shift.counted,
        variance=shift.variance,
        variance_reason=shift.variance_reason,
        movements=movements,
        closed_by=shift.closed_by,
        by_kind=_by_kind(session, taken),
        cash_tendered=int(tendered),
        change_given=int(change),
        void_amount=int(void_amount),
        refund_amount=int(refund_amount),
        cash_count=CashCount.from_json(shift.cash_count) if shift.cash_count else None,
        given_back_by_tender=given_back,
        unconfirmed_sales=outbox.unconfirmed_sales(session, shift_id=shift.id),
        drawer=_drawer(session, shift.id),
    )


def _drawer(session: Session, shift_id: int) -> DrawerFigures:
    """The shift's drawer openings by kind, each no-sale one with its clerk and reason."""
    counted: dict[str, int] = {
        kind: int(count)
        for kind, count in session.execute(
            select(DrawerOpening.kind, func.count(DrawerOpening.id))
            .where(DrawerOpening.shift_id == shift_id)
            .group_by(DrawerOpening.kind)
        )
    }
    not_sent = session.scalar(
        select(func.count(DrawerOpening.id)).where(
            DrawerOpening.shift_id == shift_id, DrawerOpening.sent.is_not(True)
        )
    )
    no_sale = [
        NoSaleOpening(opened_at, name or username, reason, bool(sent))
        for opened_at, name, username, reason, sent in session.execute(
            select(
                DrawerOpening.opened_at,
                StaffUser.display_name,
                StaffUser.username,
                DrawerOpening.reason,
                DrawerOpening.sent,
            )
            .join(StaffUser, StaffUser.id == DrawerOpening.staff_id)
            .where(
                DrawerOpening.shift_id == shift_id,
                DrawerOpening.kind == DrawerKind.NO_SALE.value,
            )
            .order_by(DrawerOpening.opened_at, DrawerOpening.id)
        )
    ]
    by_kind = {kind.value: int(counted.get(kind.value, 0)) for kind in DrawerKind}
    return DrawerFigures(by_kind=by_kind, not_sent=int(not_sent or 0), no_sale=no_sale)


def _by_kind(session: Session, taken: ColumnElement[bool]) -> dict[str, KindFigures]:
    plan_kind = (
        select(func.min(Plan.kind))
        .join(SaleItem, SaleItem.plan_id == Plan.id)
        .where(SaleItem.sale_id == Sale.id)
        .correlate(Sale)
        .scalar_subquery()
    )
    sold = (
        select(Sale.kind.label("sale_kind"), plan_kind.label("plan_kind"), Sale.total)
        .where(taken)
        .subquery()
    )
    counted: dict[str, KindFigures] = {}
    for sale_kind, kind_of_plan, count, amount in session.execute(
        select(sold.c.sale_kind, sold.c.plan_kind, func.count(), func.sum(sold.c.total)).group_by(
            sold.c.sale_kind, sold.c.plan_kind
        )
    ):
        key = (kind_of_plan or sale_kind) if sale_kind == "line" else sale_kind
        before = counted.get(key, KindFigures(0, 0))
        counted[key] = KindFigures(before.count + int(count), before.amount + int(amount))
    order = {kind: n for n, kind in enumerate(SALE_KINDS)}
    return {key: counted[key] for key in sorted(counted, key=lambda k: (order.get(k, 99), k))}


@dataclass(frozen=True)
class LiveShift:
    """The open shift as the shift screen shows it: its X figures, who opened it, the rule."""

    figures: ShiftFigures
    opened_by_name: str
    variance_threshold: int


def live_shift(db: Database, clerk: Clerk, counter_id: int) -> LiveShift | None:
    """The counter's open shift and its X figures as they are now (None: no shift is open)."""
    require(clerk, Action.SHIFT_X_REPORT)
    with db.read() as session:
        shift = _open_shift(session, counter_id)
        if shift is None:
            return None
        opener = session.get(StaffUser, shift.opened_by)
        return LiveShift(
            figures=_figures(session, shift),
            opened_by_name=(opener.display_name or opener.username) if opener else "",
            variance_threshold=_threshold(session, counter_id),
        )


def _threshold(session: Session, counter_id: int) -> int:
    # The shop's settings have one reader (a bad value is logged there and the default used).
    shop_id = session.scalar(select(Counter.shop_id).where(Counter.id == counter_id))
    return read_shop_settings(session, shop_id).variance_reason_threshold


def variance_threshold(db: Database, counter_id: int) -> int:
    """The largest variance (either way, cents) a close takes without a reason."""
    with db.read() as session:
        return _threshold(session, counter_id)


def _counted(
    counted: int | None, cash_count: Mapping[int, int] | None
) -> tuple[int, CashCount | None]:
    count = CashCount.of(cash_count) if cash_count is not None else None
    if count is not None:
        if counted is not None and counted != count.total:
            raise InputError(
                f"the notes and coins add up to {format_money(count.total)}, "
                f"not {format_money(counted)}",
                code=ErrorCode.SHIFT_COUNT_TOTAL,
                field="counted",
            )
        counted = count.total
    if counted is None or isinstance(counted, bool) or not 0 <= counted <= MAX_AMOUNT:
        raise InputError(
            "enter the cash counted in the till", code=ErrorCode.SHIFT_COUNTED, field="counted"
        )
    return counted, count


def close_shift(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    counted: int | None = None,
    *,
    cash_count: Mapping[int, int] | None = None,
    variance_reason: str = "",
    clock: Clock = system_clock,
) -> ShiftFigures:
    """Close the counter's shift with the cash counted; the variance is recorded.

    *cash_count* (cents → how many) is the count by denomination: *counted* is its total
    (given as well, it must agree). A variance beyond :func:`variance_threshold` either
    way needs a *variance_reason* (``shift.variance_reason``).
    """
    require(clerk, Action.SHIFT_CLOSE)
    total, count = _counted(counted, cash_count)
    reason = free_text(variance_reason, field="variance_reason", max_length=300)
    now = clock()
    with db.write() as session:
        shift = _open_shift(session, counter_id, lock=True)
        if shift is None:
            raise InputError("no shift is open at this counter", code=ErrorCode.SHIFT_NOT_OPEN)
        drafts = session.scalar(
            select(func.count(Sale.id)).where(Sale.shift_id == shift.id, Sale.state == "draft")
        )
        if drafts:
            raise InputError(
                f"{drafts} sale(s) of this shift are unfinished: complete or abandon them first",
                code=ErrorCode.SHIFT_OPEN_DRAFTS,
            )
        before = _figures(session, shift)
        variance = total - before.expected_cash
        threshold = _threshold(session, counter_id)
        if abs(variance) > threshold and not reason:
            side = "short" if variance < 0 else "over"
            raise InputError(
                f"the cash is {format_money(abs(variance))} {side}: a variance over "
                f"{format_money(threshold)} needs a reason",
                code=ErrorCode.SHIFT_VARIANCE_REASON,
                field="variance_reason",
            )
        shift.closed_at = now
        shift.closed_by = clerk.id
        shift.counted = total
        shift.expected = before.expected_cash
        shift.variance = variance
        shift.variance_reason = reason
        shift.cash_count = count.as_json() if count is not None else None
        session.flush()
        details: dict[str, object] = {
            "expected": shift.expected,
            "counted": total,
            "variance": variance,
        }
        if count is not None:
            details["cash_count"] = count.as_json()
        audit.record(
            session,
            audit.SHIFT_CLOSED,
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=counter_id,
            subject=f"shift {shift.id}",
            details=details,
        )
        return _figures(session, shift)
