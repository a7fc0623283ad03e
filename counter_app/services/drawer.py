"""The cash drawer: opened when cash comes in or goes out, or on purpose with a reason.

Each opening is recorded first (``drawer_openings``, ``sent`` None), then the pulse is sent
to the drawer's printer as a raw job, then the row says whether the printer's queue took
it. An unreachable printer never undoes anything: the sale, the refund or the cash
movement has committed before the drawer is asked to open, and the result carries the
problem for the clerk. A no-sale opening needs a reason and is audited (``drawer.no_sale``).

Which event opens the drawer is decided here, not by a screen: a sale only when one of its
payments is cash, a void or refund only when cash goes back from the drawer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import Clock, system_clock
from counter_app.domain.drawer import MAX_REASON_LENGTH, DrawerKind, DrawerPort, DrawerResult
from counter_app.domain.errors import ErrorCode, InputError, NotFound, OutsideError
from counter_app.domain.free_text import free_text
from counter_app.domain.sales import SaleState, receipt_key
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import TenderKind
from counter_app.services import audit
from counter_app.services.permissions import Action, require
from counter_app.services.shifts import require_open_shift
from counter_app.store.engine import Database
from counter_app.store.models import CashMovement, DrawerOpening, Payment, Sale, SaleReversal

Send = Callable[[str, bytes], None]
"""Sends raw bytes to a printer queue; raises an OutsideError when it is not taken."""

NO_SALE: str = "drawer.no_sale"


def send_pulse(printer: str, data: bytes) -> None:
    """The real sender: a raw job to the queue (imported late: printing is not needed to
    decide whether the drawer opens)."""
    from counter_app.printing.raw import send_raw  # noqa: PLC0415

    send_raw(printer, data, title="cash drawer")


@dataclass(frozen=True)
class _Opening:
    kind: DrawerKind
    sale_id: int | None = None
    reversal_id: int | None = None
    cash_movement_id: int | None = None
    reason: str = ""


def _open(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    port: DrawerPort,
    *,
    kind: DrawerKind,
    decide: Callable[[Session], _Opening | None],
    send: Send,
    clock: Clock,
) -> DrawerResult:
    if not port.fitted:
        return DrawerResult(None, kind, sent=False)
    now = clock()
    with db.write() as session:
        opening = decide(session)
        if opening is None:
            return DrawerResult(None, kind, sent=False)
        shift = require_open_shift(session, counter_id)
        row = DrawerOpening(
            counter_id=counter_id,
            shift_id=shift.id,
            staff_id=clerk.id,
            opened_at=now,
            kind=opening.kind.value,
            sale_id=opening.sale_id,
            reversal_id=opening.reversal_id,
            cash_movement_id=opening.cash_movement_id,
            reason=opening.reason,
            printer=port.printer,
            sent=None,
            problem="",
        )
        session.add(row)
        session.flush()
        if opening.kind is DrawerKind.NO_SALE:
            audit.record(
                session,
                NO_SALE,
                occurred_at=now,
                staff_id=clerk.id,
                counter_id=counter_id,
                subject=f"shift {shift.id}",
                details={"reason": opening.reason, "printer": port.printer, "opening": row.id},
            )
        opening_id = row.id
    problem: OutsideError | None = None
    try:
        send(port.printer, port.pulse())
    except OutsideError as exc:
        problem = exc
        log.services.warning("the drawer did not open (%s): %s", opening.kind.value, exc)
    with db.write() as session:
        stored = session.get(DrawerOpening, opening_id)
        if stored is not None:
            stored.sent = problem is None
            stored.problem = str(problem)[:300] if problem is not None else ""
    return DrawerResult(opening_id, opening.kind, sent=problem is None, problem=problem)


def open_for_sale(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    receipt_no: str,
    port: DrawerPort,
    *,
    send: Send = send_pulse,
    clock: Clock = system_clock,
) -> DrawerResult:
    """After a sale completed: the drawer opens when any of its payments is cash."""

    def decide(session: Session) -> _Opening | None:
        sale = session.scalars(
            select(Sale).where(Sale.receipt_no == receipt_key(receipt_no))
        ).first()
        if sale is None:
            raise NotFound(f"there is no sale {receipt_no}", code=ErrorCode.SALE_UNKNOWN)
        if sale.state != SaleState.COMPLETED:
            return None
        cash = session.scalar(
            select(Payment.id).where(
                Payment.sale_id == sale.id, Payment.tender == TenderKind.CASH.value
            )
        )
        return _Opening(DrawerKind.SALE, sale_id=sale.id) if cash is not None else None

    return _open(
        db, clerk, counter_id, port, kind=DrawerKind.SALE, decide=decide, send=send, clock=clock
    )


def open_for_reversal(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    receipt_no: str,
    port: DrawerPort,
    *,
    send: Send = send_pulse,
    clock: Clock = system_clock,
) -> DrawerResult:
    """After a void or refund: the drawer opens when cash goes back out of it."""

    def decide(session: Session) -> _Opening | None:
        reversal = session.scalars(
            select(SaleReversal)
            .join(Sale, Sale.id == SaleReversal.sale_id)
            .where(Sale.receipt_no == receipt_key(receipt_no))
        ).first()
        if reversal is None:
            raise NotFound(f"sale {receipt_no} is not reversed", code=ErrorCode.SALE_UNKNOWN)
        if reversal.cash_returned <= 0:
            return None
        return _Opening(
            DrawerKind(reversal.kind), sale_id=reversal.sale_id, reversal_id=reversal.id
        )

    return _open(
        db, clerk, counter_id, port, kind=DrawerKind.REFUND, decide=decide, send=send, clock=clock
    )


def open_for_cash_movement(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    movement_id: int,
    port: DrawerPort,
    *,
    send: Send = send_pulse,
    clock: Clock = system_clock,
) -> DrawerResult:
    """After cash was put into or taken out of the till (:func:`shifts.move_cash`)."""

    def decide(session: Session) -> _Opening | None:
        movement = session.get(CashMovement, movement_id)
        if movement is None:
            raise NotFound(f"there is no cash movement {movement_id}", code=ErrorCode.INPUT)
        kind = DrawerKind.CASH_IN if movement.amount > 0 else DrawerKind.CASH_OUT
        return _Opening(kind, cash_movement_id=movement.id)

    return _open(
        db, clerk, counter_id, port, kind=DrawerKind.CASH_IN, decide=decide, send=send, clock=clock
    )


def open_no_sale(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    reason: str,
    port: DrawerPort,
    *,
    send: Send = send_pulse,
    clock: Clock = system_clock,
) -> DrawerResult:
    """Open the drawer without a sale, for *reason* (required; audited)."""
    require(clerk, Action.CASH_MOVE)
    if not port.fitted:
        raise InputError(
            "this counter has no cash drawer: a supervisor sets its printer in the settings",
            code=ErrorCode.DRAWER_NONE,
        )
    why = free_text(reason, field="reason", max_length=MAX_REASON_LENGTH)
    if not why:
        raise InputError(
            "say why the drawer is opened without a sale",
            code=ErrorCode.DRAWER_REASON,
            field="reason",
        )

    def decide(_session: Session) -> _Opening:
        return _Opening(DrawerKind.NO_SALE, reason=why)

    return _open(
        db, clerk, counter_id, port, kind=DrawerKind.NO_SALE, decide=decide, send=send, clock=clock
    )
