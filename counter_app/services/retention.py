"""Erasing the identity data of holders whose lines all closed longer ago than the shop keeps it.

The rule (PDPO: keep personal data no longer than needed; sales and cash records stay
7 years). A line holds its holder's identity until it *closes*:

- ``closed_at`` is set (a new SIM voided): it closed then;
- the carrier's ``recycled`` mark is set: it closed when the line was last changed
  (``updated_at``; no date of its own is stored);
- otherwise the number is recycled by date, as :func:`counter_app.domain.plans.line_status`
  says: more than the carrier's ``recycle_days`` after ``expires_on`` (the grace period is
  within those days), so it closed on ``expires_on + recycle_days + 1``.

A holder is erased when they have lines and none of them closed on or after the cut-off
(the Hong Kong date ``id_retention_months`` before today); a holder without any line, when
registered before the cut-off. A line still open keeps its holder; one open line of
several keeps them all.

Erased: names, date of birth, the document's country, the masked number; ``id_hash``
becomes a value no keyed hash can equal; ``identity_erased_at`` is set. The document type
stays (it identifies no one). Sales, receipt numbers, amounts and lines stay as they were.
Idempotent: an erased holder is never selected again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Final, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    and_,
    exists,
    func,
    not_,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.staff import Clerk
from counter_app.services import audit
from counter_app.services.permissions import Action, require
from counter_app.services.shop_settings import read_shop_settings
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Customer, Line

# Not 64 hex digits: no keyed hash of a document number can ever equal it.
ERASED_ID_HASH: Final = "erased"
BATCH: Final = 2_000


@dataclass(frozen=True)
class RetentionResult:
    """One run: holders erased, the months kept and the cut-off date (Hong Kong)."""

    erased: int
    months: int
    closed_before: date


def months_before(day: date, months: int) -> date:
    """*day* minus calendar *months*; a day the month lacks becomes its last day."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def _held(
    carriers: list[tuple[int, int]], cutoff: date, cutoff_at: datetime
) -> ColumnElement[bool]:
    """A line that still holds its holder's identity at the cut-off."""
    by_date = [
        and_(Line.carrier_id == carrier_id, Line.expires_on >= cutoff - timedelta(days=days))
        for carrier_id, days in carriers
    ]
    known = [carrier_id for carrier_id, _ in carriers]
    return or_(
        and_(Line.closed_at.is_not(None), Line.closed_at >= cutoff_at),
        and_(Line.closed_at.is_(None), Line.recycled.is_(True), Line.updated_at >= cutoff_at),
        and_(
            Line.closed_at.is_(None),
            Line.recycled.is_(False),
            or_(*by_date, Line.carrier_id.not_in(known)) if known else true(),
        ),
    )


def _expired(held: ColumnElement[bool], cutoff_at: datetime) -> ColumnElement[bool]:
    return and_(
        Customer.identity_erased_at.is_(None),
        not_(exists().where(Line.customer_id == Customer.id, held)),
        # A holder left without a line (none was ever made) goes once registered long enough.
        or_(exists().where(Line.customer_id == Customer.id), Customer.created_at < cutoff_at),
    )


def _rule(
    session: Session, shop_id: int | None, clock: Clock
) -> tuple[ColumnElement[bool], int, date, datetime]:
    """The holders to erase now, by the retention months of *shop_id* (None: the first shop)."""
    months = read_shop_settings(session, shop_id).id_retention_months
    today = clock().astimezone(HONG_KONG).date()
    cutoff = months_before(today, months)
    cutoff_at = datetime.combine(cutoff, time(), tzinfo=HONG_KONG)
    carriers = [
        (int(i), int(d)) for i, d in session.execute(select(Carrier.id, Carrier.recycle_days))
    ]
    return _expired(_held(carriers, cutoff, cutoff_at), cutoff_at), months, cutoff, cutoff_at


def count_expired_identities(
    db: Database, *, shop_id: int | None = None, clock: Clock = system_clock
) -> int:
    """How many holders :func:`erase_expired_identities` would erase now."""
    with db.read() as session:
        expired, _, _, _ = _rule(session, shop_id, clock)
        return int(session.scalar(select(func.count(Customer.id)).where(expired)) or 0)


def erase_expired_identities(
    db: Database, clerk: Clerk | None, *, clock: Clock = system_clock, batch: int = BATCH
) -> RetentionResult:
    """Erase the identity data kept longer than the shop's ``id_retention_months``.

    *clerk* None is the command line or a scheduled job; a clerk needs
    :attr:`Action.RETENTION_RUN`. Works in transactions of *batch* holders, each audited
    with its count (never a name), so the counters are not held up by a large table and
    a run stopped half-way leaves each batch either erased and recorded or untouched.
    """
    if clerk is not None:
        require(clerk, Action.RETENTION_RUN)
    shop_id = clerk.shop_id if clerk is not None else None
    erased = 0
    last_id = 0
    months, cutoff = 0, date.min
    while True:
        with db.write() as session:
            expired, months, cutoff, _ = _rule(session, shop_id, clock)
            ids = list(
                session.scalars(
                    select(Customer.id)
                    .where(Customer.id > last_id, expired)
                    .order_by(Customer.id)
                    .limit(batch)
                )
            )
            if not ids:
                break
            now = clock()
            # The rule is in the UPDATE too: a line reopened since the SELECT keeps its holder.
            result = session.execute(
                update(Customer)
                .where(Customer.id.in_(ids), expired)
                .values(
                    name_en="",
                    name_zh="",
                    date_of_birth=None,
                    id_country="",
                    id_hash=ERASED_ID_HASH,
                    id_masked="",
                    identity_erased_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            done = cast(CursorResult[Any], result).rowcount
            last_id = ids[-1]
            if done:
                audit.record(
                    session,
                    "retention.erased",
                    occurred_at=now,
                    staff_id=clerk.id if clerk else None,
                    details={
                        "count": done,
                        "months": months,
                        "closed_before": cutoff.isoformat(),
                    },
                )
            erased += done
        if len(ids) < batch:
            break
    log.services.info(
        "erased the identity data of %d holders (lines closed before %s)", erased, cutoff
    )
    return RetentionResult(erased=erased, months=months, closed_before=cutoff)
