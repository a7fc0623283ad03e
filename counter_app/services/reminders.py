"""The expiring-soon list for phoning customers: who to call, marking the call, a CSV of it.

The line's number is what the clerk phones, so it is shown in full; the holder's name is
masked and no ID number is ever read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import Select, and_, exists, or_, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.sql.base import ExecutableOption

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound, OutsideError
from counter_app.domain.free_text import free_text
from counter_app.domain.phones import format_msisdn
from counter_app.domain.plans import CardType, LineStatus, days_left, line_status
from counter_app.domain.staff import Clerk
from counter_app.files import open_atomically
from counter_app.services import audit, permissions
from counter_app.services.exports import neutralise_cell
from counter_app.services.lines import carrier_rules, mask_name_en, mask_name_zh
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Customer, Line, ReminderContact, StaffUser

MAX_WINDOW_DAYS: Final = 90
MAX_LIMIT: Final = 10_000
MAX_OUTCOME_LENGTH: Final = 120
CSV_COLUMNS: Final = (
    "number",
    "carrier",
    "card_type",
    "plan",
    "expires_on",
    "days_left",
    "status",
    "holder",
    "contacted_at",
    "outcome",
)


@dataclass(frozen=True)
class Reminder:
    """A line to phone about its expiry. Holds the contact number, never an ID number."""

    line_id: int
    msisdn: str
    msisdn_display: str
    carrier_code: str
    carrier_name_zh: str
    carrier_name_en: str
    card_type: CardType
    plan_code: str
    plan_name_zh: str
    plan_name_en: str
    expires_on: date
    days_left: int  # negative once expired (in grace)
    status: LineStatus
    holder_name_en: str  # masked
    holder_name_zh: str  # masked
    contacted_at: datetime | None  # Hong Kong time, for the current expiry
    contacted_by: str
    outcome: str


@dataclass(frozen=True)
class _Contact:
    contacted_at: datetime
    contacted_by: str
    outcome: str


def _check_window(within_days: int) -> None:
    if isinstance(within_days, bool) or not 1 <= within_days <= MAX_WINDOW_DAYS:
        raise InputError(
            f"the reminder window is 1 to {MAX_WINDOW_DAYS} days (usually 7, 14 or 30), "
            f"not {within_days}",
            code=ErrorCode.REMINDERS_DAYS,
            field="within_days",
        )


def _card_type(text: str) -> CardType:
    try:
        return CardType(text)
    except ValueError:
        known = ", ".join(card.value for card in CardType)
        raise InputError(
            f"there is no card type {text!r}; use one of {known}",
            code=ErrorCode.REMINDERS_CARD_TYPE,
            field="card_type",
        ) from None


def _carriers(session: Session, carrier_code: str | None) -> list[Carrier]:
    query = select(Carrier).order_by(Carrier.code)
    if carrier_code is not None:
        query = query.where(Carrier.code == carrier_code.strip().upper())
    carriers = list(session.scalars(query))
    if carrier_code is not None and not carriers:
        raise NotFound(f"there is no carrier {carrier_code!r}", code=ErrorCode.REMINDERS_CARRIER)
    return carriers


def _account() -> tuple[ExecutableOption, ...]:
    # Only the holder's names are read: a reminder has no use for the ID's hash or mask.
    return (
        joinedload(Line.carrier),
        joinedload(Line.plan),
        joinedload(Line.customer).load_only(Customer.name_en, Customer.name_zh),
    )


def due_query(
    carriers: Sequence[Carrier],
    *,
    today: date,
    within_days: int,
    include_grace: bool,
    card_type: CardType | None,
    include_contacted: bool,
    limit: int,
) -> Select[Line]:
    """The lines to phone, as one query that reads a range of the ``ix_lines_expires_on`` index.

    Each carrier keeps expired lines renewable for its own grace period, so the earliest
    expiry differs per carrier; the outer range (the earliest of them) is what the index
    is searched by, the per-carrier ranges then narrow it.
    """
    last = today + timedelta(days=within_days)
    ranges = {
        carrier.id: today - timedelta(days=carrier.grace_days if include_grace else 0)
        for carrier in carriers
    }
    if not ranges:
        raise ValueError("due_query needs at least one carrier")
    query = (
        select(Line)
        .options(*_account())
        .where(
            Line.expires_on >= min(ranges.values(), default=today),
            Line.expires_on <= last,
            or_(
                *(
                    and_(Line.carrier_id == carrier_id, Line.expires_on >= first)
                    for carrier_id, first in ranges.items()
                )
            ),
            Line.closed_at.is_(None),
            Line.recycled.is_(False),
        )
        .order_by(Line.expires_on, Line.msisdn)
        .limit(limit)
    )
    if card_type is not None:
        query = query.where(Line.card_type == card_type.value)
    if not include_contacted:
        query = query.where(
            ~exists().where(
                ReminderContact.line_id == Line.id,
                ReminderContact.expires_on == Line.expires_on,
            )
        )
    return query


def due_reminders(
    db: Database,
    *,
    today: date,
    within_days: int,
    include_grace: bool = True,
    carrier_code: str | None = None,
    card_type: str | None = None,
    include_contacted: bool = False,
    limit: int = 1000,
) -> list[Reminder]:
    """Open lines expiring from *today* to *within_days* ahead, and (with *include_grace*)
    expired lines still renewable at the counter; by expiry, then number.

    Lines whose holder was already phoned about their current expiry are left out unless
    *include_contacted*. InputError for a window outside 1..90 days, an unknown card type
    or carrier, or a limit outside 1..10000.
    """
    _check_window(within_days)
    if isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise InputError(
            f"the list holds 1 to {MAX_LIMIT} lines, not {limit}", code=ErrorCode.REMINDERS_LIMIT
        )
    wanted_type = _card_type(card_type) if card_type is not None else None
    with db.read() as session:
        carriers = _carriers(session, carrier_code)
        if not carriers:
            return []
        query = due_query(
            carriers,
            today=today,
            within_days=within_days,
            include_grace=include_grace,
            card_type=wanted_type,
            include_contacted=include_contacted,
            limit=limit,
        )
        lines = list(session.scalars(query).unique())
        contacts = _latest_contacts(session, lines)
        return [_reminder(line, today, contacts.get(line.id)) for line in lines]


def _latest_contacts(session: Session, lines: Sequence[Line]) -> dict[int, _Contact]:
    """Each line's latest call about its current expiry."""
    expiry = {line.id: line.expires_on for line in lines}
    contacts: dict[int, _Contact] = {}
    if not expiry:
        return contacts
    rows = session.execute(
        select(
            ReminderContact.line_id,
            ReminderContact.expires_on,
            ReminderContact.contacted_at,
            StaffUser.display_name,
            StaffUser.username,
            ReminderContact.outcome,
        )
        .join(StaffUser, ReminderContact.staff_id == StaffUser.id)
        .where(ReminderContact.line_id.in_(list(expiry)))
        .order_by(ReminderContact.contacted_at, ReminderContact.id)
    )
    for line_id, expires_on, contacted_at, display_name, username, outcome in rows:
        if expiry[line_id] == expires_on:
            contacts[line_id] = _Contact(
                contacted_at.astimezone(HONG_KONG), display_name or username, outcome
            )
    return contacts


def _reminder(line: Line, today: date, contact: _Contact | None) -> Reminder:
    plan = line.plan
    return Reminder(
        line_id=line.id,
        msisdn=line.msisdn,
        msisdn_display=format_msisdn(line.msisdn),
        carrier_code=line.carrier.code,
        carrier_name_zh=line.carrier.name_zh,
        carrier_name_en=line.carrier.name_en,
        card_type=CardType(line.card_type),
        plan_code=plan.code if plan else "",
        plan_name_zh=plan.name_zh if plan else "",
        plan_name_en=plan.name_en if plan else "",
        expires_on=line.expires_on,
        days_left=days_left(line.expires_on, today),
        status=line_status(
            line.expires_on, today, carrier_rules(line.carrier), recycled=line.recycled
        ),
        holder_name_en=mask_name_en(line.customer.name_en),
        holder_name_zh=mask_name_zh(line.customer.name_zh),
        contacted_at=contact.contacted_at if contact else None,
        contacted_by=contact.contacted_by if contact else "",
        outcome=contact.outcome if contact else "",
    )


def mark_contacted(
    db: Database,
    clerk: Clerk,
    line_id: int,
    *,
    outcome: str,
    clock: Clock,
    counter_id: int | None = None,
) -> Reminder:
    """Record that *clerk* phoned the line's holder about its current expiry, and the outcome.

    Once per Hong Kong day: marking again the same day updates that day's record. Audited
    as ``reminder.contacted``. InputError for a closed or recycled line or a bad outcome.
    """
    cleaned = free_text(outcome, field="outcome", max_length=MAX_OUTCOME_LENGTH)
    now = clock()
    today = now.astimezone(HONG_KONG).date()
    with db.write() as session:
        # Locked, so two counters marking the same line at once cannot both insert.
        line = session.scalars(
            select(Line).options(*_account()).where(Line.id == line_id).with_for_update(of=Line)
        ).first()
        if line is None:
            raise NotFound(f"there is no line {line_id}", code=ErrorCode.LINE_NOT_FOUND)
        status = line_status(
            line.expires_on, today, carrier_rules(line.carrier), recycled=line.recycled
        )
        if line.closed_at is not None or status is LineStatus.RECYCLED:
            raise InputError(
                f"line {format_msisdn(line.msisdn)} is "
                f"{'closed' if line.closed_at is not None else 'recycled'}: "
                "there is nothing to remind its holder of",
                code=ErrorCode.REMINDERS_NOT_OPEN,
            )
        contact = session.scalars(
            select(ReminderContact).where(
                ReminderContact.line_id == line.id,
                ReminderContact.expires_on == line.expires_on,
                ReminderContact.contacted_on == today,
            )
        ).first()
        again = contact is not None
        if contact is None:
            contact = ReminderContact(
                line_id=line.id, expires_on=line.expires_on, contacted_on=today
            )
            session.add(contact)
        contact.contacted_at = now
        contact.staff_id = clerk.id
        contact.outcome = cleaned
        session.flush()
        audit.record(
            session,
            "reminder.contacted",
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=counter_id,
            subject=str(line.id),
            # The outcome is free text: it stays in its own table, out of the chain.
            details={"expires_on": line.expires_on.isoformat(), "again": again},
        )
        log.services.info("reminder for line %d marked contacted", line.id)
        return _reminder(
            line,
            today,
            _Contact(now.astimezone(HONG_KONG), clerk.display_name or clerk.username, cleaned),
        )


def _csv_rows(reminders: Sequence[Reminder]) -> list[list[str]]:
    return [
        [
            neutralise_cell(cell)
            for cell in (
                reminder.msisdn,
                reminder.carrier_code,
                reminder.card_type.value,
                reminder.plan_code,
                reminder.expires_on.isoformat(),
                str(reminder.days_left),
                reminder.status.value,
                " ".join(n for n in (reminder.holder_name_en, reminder.holder_name_zh) if n),
                reminder.contacted_at.astimezone(HONG_KONG).isoformat(timespec="seconds")
                if reminder.contacted_at
                else "",
                reminder.outcome,
            )
        ]
        for reminder in reminders
    ]


def reminders_csv(reminders: Sequence[Reminder]) -> str:
    """The list as CSV text, starting with a byte-order mark so Excel reads the Chinese."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_rows(reminders))
    return buffer.getvalue()


def export_reminders_csv(
    reminders: Sequence[Reminder], out: Path, *, clerk: Clerk | None = None
) -> int:
    """Write the list to *out* (UTF-8 with BOM); the file appears only when complete.

    *clerk* None is the command line on this PC; a clerk needs ``REMINDERS_EXPORT``.
    """
    if clerk is not None:
        permissions.require(clerk, permissions.Action.REMINDERS_EXPORT)
    if not out.parent.is_dir():
        raise InputError(f"the folder {out.parent} does not exist", code=ErrorCode.EXPORT_FOLDER)
    if out.is_dir():
        raise InputError(
            f"{out} is a folder; name the CSV file to write", code=ErrorCode.EXPORT_FOLDER
        )
    text = reminders_csv(reminders)
    try:
        # UTF-8 without a second BOM: reminders_csv starts with the byte-order mark.
        with open_atomically(out, encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise OutsideError(
            f"cannot write {out}: {exc.strerror}",
            code=ErrorCode.FILE_WRITE,
            params={"path": str(out)},
        ) from exc
    log.services.info("exported %d reminders to %s", len(reminders), out.name)
    return len(reminders)
