"""The tamper-evident audit trail: every sensitive action, each entry chained by hash.

Each entry's hash covers its own fields and the previous entry's hash; the newest hash is
also kept in ``audit_head``, whose row every writer locks, so the chain never forks and a
deleted last entry is noticed too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, AuditHead

GENESIS: Final = "0" * 64


def _digest(event: AuditEvent) -> str:
    body = {
        "id": event.id,
        "occurred_at": event.occurred_at.isoformat(),
        "action": event.action,
        "staff_id": event.staff_id,
        "counter_id": event.counter_id,
        "subject": event.subject,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def record(
    session: Session,
    action: str,
    *,
    occurred_at: datetime,
    staff_id: int | None = None,
    counter_id: int | None = None,
    subject: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append an entry in the caller's transaction; call it last (it locks the chain head).

    *details* must never hold an ID number, a full card number or a PIN.
    """
    # Migration 0002 creates the head row, so every writer queues on this one lock.
    head = session.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
    event = AuditEvent(
        occurred_at=occurred_at,
        action=action,
        staff_id=staff_id,
        counter_id=counter_id,
        subject=subject,
        details=details or {},
        prev_hash=head.last_hash,
        hash="",
    )
    session.add(event)
    session.flush()
    event.hash = _digest(event)
    head.last_event_id = event.id
    head.last_hash = event.hash
    session.flush()
    return event


@dataclass(frozen=True)
class AuditReport:
    """The verifier's verdict; ``broken_id`` is the first entry that does not check out."""

    ok: bool
    entries: int
    broken_id: int | None = None
    problem: str = ""


def verify(db: Database) -> AuditReport:
    """Walk the whole chain and recompute every hash."""
    previous = GENESIS
    count = 0
    last_id = 0
    with db.read() as session:
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000):
            count += 1
            if event.prev_hash != previous:
                return AuditReport(
                    False,
                    count,
                    event.id,
                    "does not follow the entry before it (an entry was removed or edited)",
                )
            if _digest(event) != event.hash:
                return AuditReport(False, count, event.id, "its content was changed")
            previous = event.hash
            last_id = event.id
        head = session.get(AuditHead, 1)
    head_id = head.last_event_id if head is not None else 0
    head_hash = head.last_hash if head is not None else GENESIS
    if head_id != last_id or head_hash != previous:
        return AuditReport(
            False, count, head_id or None, "the newest entries were removed (chain head differs)"
        )
    return AuditReport(True, count)
