"""The identity check (實名核對) against a line's real-name registration, and its override.

A mismatch cannot be waved through by the clerk. After MAX_FAILURES failed checks of one
line in one shift, only a supervisor's override (their own credentials and a written
reason, audited) lets the sale go on (the rules: :mod:`counter_app.domain.identity_check`).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import Clock, hk_today, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.free_text import free_text
from counter_app.domain.identity import IdType, parse_document
from counter_app.domain.identity_check import MAX_FAILURES, MIN_REASON_LENGTH, IdentityResult
from counter_app.domain.staff import Clerk, Role
from counter_app.services import audit
from counter_app.services.keys import InstallationSecret
from counter_app.services.lines import accepted_id_types
from counter_app.services.shifts import require_open_shift
from counter_app.services.staff import approve
from counter_app.store.engine import Database
from counter_app.store.models import IdentityCheck, Line, Sale


def _failures_since_pass(session: Session, line_id: int, shift_id: int) -> int:
    last_pass = session.scalar(
        select(func.max(IdentityCheck.id)).where(
            IdentityCheck.line_id == line_id,
            IdentityCheck.shift_id == shift_id,
            IdentityCheck.result.in_(("match", "override")),
        )
    )
    query = select(func.count(IdentityCheck.id)).where(
        IdentityCheck.line_id == line_id,
        IdentityCheck.shift_id == shift_id,
        IdentityCheck.result == "mismatch",
    )
    if last_pass is not None:
        query = query.where(IdentityCheck.id > last_pass)
    return int(session.scalar(query) or 0)


def _sale_for(session: Session, sale_uuid: str, line_id: int) -> Sale:
    sale = session.scalars(select(Sale).where(Sale.uuid == sale_uuid)).first()
    if sale is None or sale.state != "draft" or sale.line_id != line_id:
        raise NotFound(
            "this sale is no longer open; find the line again", code=ErrorCode.SALE_NOT_OPEN
        )
    return sale


def check_identity(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    sale_uuid: str,
    *,
    line_id: int,
    id_type: IdType | str,
    number: str,
    country: str = "",
    photo_matches: bool,
    secret: InstallationSecret,
    clock: Clock = system_clock,
) -> IdentityResult:
    """Compare the document the customer shows with the line's registered holder.

    A badly typed number is an InputError and does not count as a failed attempt.
    """
    if not photo_matches:
        raise InputError(
            "confirm that the photo on the document matches the customer",
            code=ErrorCode.IDENTITY_PHOTO,
            field="photo_matches",
        )
    now = clock()
    document = parse_document(id_type, number, country=country, today=hk_today(clock))
    with db.write() as session:
        shift = require_open_shift(session, counter_id)
        line = session.get(Line, line_id)
        if line is None:
            raise NotFound(f"there is no line {line_id}", code=ErrorCode.LINE_NOT_FOUND)
        sale = _sale_for(session, sale_uuid, line_id)
        if document.id_type not in accepted_id_types(line.carrier):
            raise InputError(
                f"{line.carrier.name_en} does not accept this document type",
                code=ErrorCode.IDENTITY_TYPE_NOT_ACCEPTED,
                field="id_type",
            )
        failures = _failures_since_pass(session, line_id, shift.id)
        if failures >= MAX_FAILURES:
            return IdentityResult(False, False, failures, True)
        customer = line.customer
        matched = (
            customer.identity_erased_at is None
            and customer.id_type == document.id_type.value
            and customer.id_hash == document.keyed_hash(secret.id_hash_key)
        )
        session.add(
            IdentityCheck(
                line_id=line_id,
                shift_id=shift.id,
                sale_id=sale.id,
                staff_id=clerk.id,
                id_type=document.id_type.value,
                result="match" if matched else "mismatch",
                created_at=now,
            )
        )
        if matched:
            return IdentityResult(True, False, 0, False)
        failures += 1
        audit.record(
            session,
            "identity.mismatch",
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=counter_id,
            subject=f"line {line_id}",
            details={"id_type": document.id_type.value, "failures": failures},
        )
        return IdentityResult(False, False, failures, failures >= MAX_FAILURES)


def override_identity(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    sale_uuid: str,
    *,
    line_id: int,
    supervisor_username: str,
    supervisor_password: str,
    reason: str,
    clock: Clock = system_clock,
) -> IdentityResult:
    """A supervisor lets the sale go on despite a mismatch: their credentials, a reason."""
    why = free_text(reason, field="reason", max_length=300)
    if len(why) < MIN_REASON_LENGTH:
        raise InputError(
            "write the reason for the override (at least a few words)",
            code=ErrorCode.OVERRIDE_REASON,
            field="reason",
        )
    now = clock()
    with db.write() as session:
        shift = require_open_shift(session, counter_id)
        sale = _sale_for(session, sale_uuid, line_id)
        approver = approve(
            session,
            supervisor_username,
            supervisor_password,
            needed=Role.SUPERVISOR,
            now=now,
            counter_id=counter_id,
        )
        if not isinstance(approver, InputError):
            session.add(
                IdentityCheck(
                    line_id=line_id,
                    shift_id=shift.id,
                    sale_id=sale.id,
                    staff_id=clerk.id,
                    id_type="",
                    result="override",
                    override_by=approver.id,
                    reason=why,
                    created_at=now,
                )
            )
            audit.record(
                session,
                "identity.override",
                occurred_at=now,
                staff_id=approver.id,
                counter_id=counter_id,
                subject=f"line {line_id}",
                details={"clerk": clerk.username, "reason": why, "sale": sale_uuid},
            )
    if isinstance(approver, InputError):
        raise approver
    return IdentityResult(True, True, 0, False)


def identity_passed(session: Session, sale: Sale) -> bool:
    """Whether this sale's line passed the check (or was overridden) within this sale."""
    return (
        session.scalar(
            select(IdentityCheck.id)
            .where(
                IdentityCheck.sale_id == sale.id,
                IdentityCheck.line_id == sale.line_id,
                IdentityCheck.result.in_(("match", "override")),
            )
            .limit(1)
        )
        is not None
    )


def passed_for_sale(db: Database, sale_uuid: str) -> bool:
    """Whether the identity check of this sale's line was passed (e.g. before a crash)."""
    with db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.uuid == sale_uuid)).first()
        return sale is not None and sale.line_id is not None and identity_passed(session, sale)
