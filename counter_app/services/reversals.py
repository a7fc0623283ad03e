"""Voids (same shift) and refunds (a later shift): supervisor-approved, nothing deleted.

The reversal is a new record pointing at the sale; the sale keeps its receipt number and
only changes state. The line goes back to how it was before the sale when nothing has
changed it since; a sold PIN becomes void and is never sold again.

The money goes back the way it came, tender by tender: cash from the drawer, anything else
through the same channel (card terminal, Octopus, the e-wallet, FPS) quoting the original
payment's reference. The preview lists each, so none is forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import Clock, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.free_text import free_text
from counter_app.domain.sales import SaleKind, SaleState, SaleView, receipt_key
from counter_app.domain.staff import Clerk, Role
from counter_app.domain.tenders import TenderKind
from counter_app.services import audit, day_summaries, outbox
from counter_app.services.checkout import sale_view
from counter_app.services.shifts import require_open_shift
from counter_app.services.staff import approve
from counter_app.store.engine import Database
from counter_app.store.models import Line, Sale, SaleReversal, VoucherPin

MIN_REASON_LENGTH = 5


class ReversalKind(StrEnum):
    VOID = "void"
    REFUND = "refund"


@dataclass(frozen=True)
class TenderBack:
    """One payment of the sale to give back, through the channel it came by.

    ``reference`` is the Octopus, e-wallet or FPS transaction reference; a card has only
    its last 4 digits and the terminal's approval code (the card number is never stored).
    """

    kind: TenderKind
    amount: int
    reference: str = ""
    card_last4: str = ""
    approval_code: str = ""

    @property
    def from_drawer(self) -> bool:
        return self.kind is TenderKind.CASH


@dataclass(frozen=True)
class ReversalPreview:
    """What a void or refund will do, shown to the supervisor before they approve.

    ``tenders`` is every payment to give back, in the order they were paid;
    ``cash_to_return`` is the part of them that comes out of the drawer.
    """

    kind: ReversalKind
    receipt_no: str
    amount: int
    cash_to_return: int
    line_restored: bool
    expires_restored_to: date | None
    voucher_voided: bool
    reason_blocked: str = ""
    tenders: tuple[TenderBack, ...] = ()


def _load(session: Session, receipt_no: str) -> Sale:
    sale = session.scalars(
        select(Sale).where(Sale.receipt_no == receipt_key(receipt_no)).with_for_update()
    ).first()
    if sale is None:
        raise NotFound(
            f"there is no sale with receipt number {receipt_no}", code=ErrorCode.SALE_UNKNOWN
        )
    return sale


def _plan(session: Session, sale: Sale, counter_id: int) -> ReversalPreview:
    if sale.state != SaleState.COMPLETED:
        raise InputError(
            f"sale {sale.receipt_no} is {sale.state}; only a completed sale can be reversed",
            code=ErrorCode.REVERSAL_STATE,
        )
    shift = require_open_shift(session, counter_id)
    kind = ReversalKind.VOID if sale.shift_id == shift.id else ReversalKind.REFUND
    line = session.get(Line, sale.line_id) if sale.line_id is not None else None
    restorable = line is not None and line.version == sale.line_version_after
    tenders = tuple(
        TenderBack(
            kind=TenderKind(p.tender),
            amount=p.amount,
            reference=p.reference,
            card_last4=p.card_last4,
            approval_code=p.approval_code,
        )
        for p in sale.payments
    )
    cash = sum(t.amount for t in tenders if t.from_drawer)
    return ReversalPreview(
        kind=kind,
        receipt_no=sale.receipt_no or "",
        amount=sale.total,
        cash_to_return=cash,
        line_restored=restorable,
        expires_restored_to=date.fromisoformat(sale.line_before["expires_on"])
        if restorable and sale.line_before
        else None,
        voucher_voided=sale.kind == SaleKind.VOUCHER,
        reason_blocked=""
        if restorable or line is None
        else "the line was changed by a later sale, so it stays as it is",
        tenders=tenders,
    )


def preview(db: Database, counter_id: int, receipt_no: str) -> ReversalPreview:
    with db.read() as session:
        return _plan(session, _load(session, receipt_no), counter_id)


def reverse_sale(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    receipt_no: str,
    *,
    supervisor_username: str,
    supervisor_password: str,
    reason: str,
    clock: Clock = system_clock,
) -> SaleView:
    """Void (sale of this shift) or refund (earlier shift) a sale, with approval."""
    why = free_text(reason, field="reason", max_length=300)
    if len(why) < MIN_REASON_LENGTH:
        raise InputError(
            "write the reason (at least a few words)",
            code=ErrorCode.REVERSAL_REASON,
            field="reason",
        )
    now = clock()
    with db.write() as session:
        sale = _load(session, receipt_no)
        plan = _plan(session, sale, counter_id)
        approver = approve(
            session,
            supervisor_username,
            supervisor_password,
            needed=Role.SUPERVISOR,
            now=now,
            counter_id=counter_id,
        )
        if not isinstance(approver, InputError):
            shift = require_open_shift(session, counter_id)
            line = session.get(Line, sale.line_id) if sale.line_id is not None else None
            if plan.line_restored and line is not None and sale.line_before is not None:
                if sale.kind == SaleKind.NEW_SIM:
                    line.closed_at = now
                else:
                    before = sale.line_before
                    line.expires_on = date.fromisoformat(before["expires_on"])
                    line.balance = before["balance"]
                    line.data_left_mb = before["data_left_mb"]
                    line.plan_id = before["plan_id"]
                line.version += 1
                line.updated_at = now
            for pin in session.scalars(select(VoucherPin).where(VoucherPin.sale_id == sale.id)):
                pin.state = "void"
            sale.state = (
                SaleState.VOIDED if plan.kind == ReversalKind.VOID else SaleState.REFUNDED
            ).value
            reversal = SaleReversal(
                sale_id=sale.id,
                kind=plan.kind.value,
                shift_id=shift.id,
                clerk_id=clerk.id,
                approved_by=approver.id,
                reason=why,
                amount=sale.total,
                cash_returned=plan.cash_to_return,
                line_restored=plan.line_restored,
                created_at=now,
            )
            session.add(reversal)
            session.flush()
            day_summaries.record_reversal(session, sale, reversal, shift.counter_id)
            # What never left for the carrier or the customer must not leave now.
            cancelled = outbox.cancel_unsent(session, sale.id, now, f"sale {plan.kind.value}")
            audit.record(
                session,
                f"sale.{plan.kind.value}",
                occurred_at=now,
                staff_id=approver.id,
                counter_id=counter_id,
                subject=sale.receipt_no or "",
                details={
                    "clerk": clerk.username,
                    "reason": why,
                    "amount": sale.total,
                    "line_restored": plan.line_restored,
                    "outbox_cancelled": cancelled,
                    "digest": audit.sale_digest(sale),
                    "reversal_digest": audit.reversal_digest(reversal),
                },
            )
            result = sale_view(session, sale)
    if isinstance(approver, InputError):
        raise approver
    return result
