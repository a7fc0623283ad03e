"""Sales history: find past sales (receipt, phone, dates, clerk, state, counter), and details.

A search reads one page of sales newest first and hands back a keyset cursor (the last
row's completion time and id), so page 20 costs what page 1 does, also with ten million
sales: each filter has an index in (filter, completed_at, id) order (migration 0005) and
the query stops at its limit. Nothing here writes; no ID number is read or returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import HONG_KONG, hk_day_bounds
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.phones import parse_msisdn
from counter_app.domain.sales import (
    DONE_STATES,
    SaleKind,
    SaleState,
    looks_like_receipt_no,
    receipt_key,
)
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import TenderKind
from counter_app.services import outbox, permissions
from counter_app.services.outbox import JobView
from counter_app.services.permissions import Action
from counter_app.services.staff import normalise_username
from counter_app.store.engine import Database
from counter_app.store.models import (
    Carrier,
    Counter,
    IdentityCheck,
    Line,
    Payment,
    Plan,
    Reprint,
    Sale,
    SaleItem,
    SaleReversal,
    StaffUser,
    VoucherPin,
)

PAGE_SIZE: Final = 50
MAX_PAGE_SIZE: Final = 500
UNFINISHED_STATES: Final = frozenset({SaleState.DRAFT, SaleState.ABANDONED})


@dataclass(frozen=True)
class HistoryCursor:
    """Where the next page starts: after this sale in newest-first order."""

    at: datetime
    sale_id: int


@dataclass(frozen=True)
class HistoryQuery:
    """What the clerk searches for; every filter given must hold.

    ``text`` is a receipt number (any case, typed or scanned) or a mobile number (the
    line's own or its secondary number, typed any common way). Dates are Hong Kong dates,
    both included; None leaves that end open. ``states`` defaults to the finished sales
    (completed, voided, refunded); drafts and abandoned sales only when asked for, and then
    in the order they were started.
    """

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    clerk: str = ""
    states: frozenset[SaleState] = frozenset(DONE_STATES)
    counter: str = ""
    after: HistoryCursor | None = None
    limit: int = PAGE_SIZE


@dataclass(frozen=True)
class HistoryRow:
    """One sale in a result list. ``msisdn`` is the full number the clerk searches by."""

    receipt_no: str
    at: datetime  # Hong Kong time: completed, or started for a draft
    kind: SaleKind
    state: SaleState
    total: int
    clerk_username: str
    clerk_name: str
    counter_code: str
    msisdn: str
    plans_zh: tuple[str, ...]
    plans_en: tuple[str, ...]


@dataclass(frozen=True)
class HistoryPage:
    rows: tuple[HistoryRow, ...]
    # None when this page is the last one.
    next: HistoryCursor | None


@dataclass(frozen=True)
class DetailItem:
    plan_code: str
    name_zh: str
    name_en: str
    list_price: int
    discount: int
    amount: int
    promotion_code: str


@dataclass(frozen=True)
class DetailTender:
    tender: TenderKind
    amount: int
    tendered: int | None
    change: int
    card_last4: str
    approval_code: str
    reference: str


@dataclass(frozen=True)
class LineState:
    """The line as the sale found it (before) or left it (after)."""

    expires_on: date | None
    balance: int
    data_left_mb: int
    plan_code: str
    plan_zh: str
    plan_en: str
    new: bool = False  # before a new SIM's sale there was no line


@dataclass(frozen=True)
class ReversalDetails:
    kind: str  # void / refund
    reason: str
    approved_by: str  # the supervisor's display name
    clerk_name: str
    at: datetime  # Hong Kong time
    amount: int
    cash_returned: int
    line_restored: bool


@dataclass(frozen=True)
class IdentityResult:
    """The identity check of the sale: its result and the kind of document, never the number."""

    result: str  # match / mismatch / override
    id_type: str
    override_by: str
    reason: str


@dataclass(frozen=True)
class SaleDetails:
    receipt_no: str
    kind: SaleKind
    state: SaleState
    at: datetime | None  # completed, Hong Kong time
    started_at: datetime  # Hong Kong time
    counter_code: str
    counter_name: str
    clerk_username: str
    clerk_name: str
    msisdn: str
    secondary_msisdn: str
    carrier_code: str
    carrier_name_zh: str
    carrier_name_en: str
    card_type: str
    total: int
    items: tuple[DetailItem, ...]
    tenders: tuple[DetailTender, ...]
    line_before: LineState | None
    line_after: LineState | None
    reversal: ReversalDetails | None
    reprints: int
    identity: IdentityResult | None
    voucher_serial: str
    # What the outside world did with it: the carrier's and the SMS gateway's jobs.
    jobs: tuple[JobView, ...] = ()


def search(db: Database, clerk: Clerk, query: HistoryQuery) -> HistoryPage:
    """One page of sales matching *query*, newest first, and the cursor of the next page."""
    permissions.require(clerk, Action.HISTORY_SEARCH)
    if not 1 <= query.limit <= MAX_PAGE_SIZE:
        raise ValueError(f"page size {query.limit} is not between 1 and {MAX_PAGE_SIZE}")
    if not query.states:
        raise ValueError("search for at least one state")
    with db.read() as session:
        statement = search_statement(session, query)
        found = [] if statement is None else list(session.execute(statement).all())
        more = len(found) > query.limit
        found = found[: query.limit]
        rows = _rows(session, found)
    last = found[-1] if found else None
    cursor = HistoryCursor(last.at, last.id) if more and last is not None else None
    return HistoryPage(rows, cursor)


def search_statement(session: Session, query: HistoryQuery) -> Select[*tuple[Any, ...]] | None:
    """The SELECT of one page of *query* (one row more than a page); None if none can match."""
    unfinished = bool(query.states & UNFINISHED_STATES)
    # Drafts have no completion time: they are listed (and paged) by when they started.
    at = Sale.created_at if unfinished else Sale.completed_at
    conditions = _conditions(session, query, at)
    if conditions is None:
        return None
    if query.after is not None:
        # A plain upper bound first, so that both databases read the index backwards from
        # the cursor (a row-value comparison is not used by every planner).
        conditions.append(at <= query.after.at)
        conditions.append(or_(at < query.after.at, Sale.id < query.after.sale_id))
    return (
        select(
            Sale.id,
            Sale.receipt_no,
            at.label("at"),
            Sale.kind,
            Sale.state,
            Sale.total,
            Sale.clerk_id,
            Sale.counter_id,
            Sale.line_id,
        )
        .where(*conditions)
        .order_by(at.desc(), Sale.id.desc())
        .limit(query.limit + 1)
    )


def _state_conditions(query: HistoryQuery) -> list[ColumnElement[bool]]:
    states = sorted(state.value for state in query.states)
    if len(states) == 1:
        return [Sale.state == states[0]]
    if query.states & UNFINISHED_STATES:
        return [Sale.state.in_(states)]
    # Not "state IN (...)": a planner would read every matching row of the state index and
    # sort them; this way it reads the completed_at index in order and stops early.
    others = sorted(state.value for state in SaleState if state not in query.states)
    return [Sale.completed_at.is_not(None), Sale.state.not_in(others)]


def _date_conditions(query: HistoryQuery, at: Any) -> list[ColumnElement[bool]]:
    if (
        query.date_from is not None
        and query.date_to is not None
        and query.date_from > query.date_to
    ):
        raise InputError(
            "the first date is after the last one", code=ErrorCode.HISTORY_DATES, field="date_from"
        )
    conditions: list[ColumnElement[bool]] = []
    if query.date_from is not None:
        conditions.append(at >= hk_day_bounds(query.date_from)[0])
    if query.date_to is not None:
        conditions.append(at < hk_day_bounds(query.date_to)[1])
    return conditions


def _conditions(session: Session, query: HistoryQuery, at: Any) -> list[ColumnElement[bool]] | None:
    """The WHERE clause of *query*; None when it can match nothing (an unknown number)."""
    conditions = _state_conditions(query)
    text = query.text.strip()
    if text:
        if looks_like_receipt_no(text):
            conditions.append(Sale.receipt_no == receipt_key(text))
        else:
            line_ids = _line_ids(session, _phone(text))
            if not line_ids:
                return None
            conditions.append(
                Sale.line_id == line_ids[0] if len(line_ids) == 1 else Sale.line_id.in_(line_ids)
            )
    conditions.extend(_date_conditions(query, at))
    if query.clerk:
        username = normalise_username(query.clerk)
        clerk_id = session.scalar(select(StaffUser.id).where(StaffUser.username == username))
        if clerk_id is None:
            raise NotFound(f"there is no member of staff {username}", code=ErrorCode.HISTORY_CLERK)
        conditions.append(Sale.clerk_id == clerk_id)
    if query.counter:
        code = query.counter.strip().upper()
        counter_ids = list(session.scalars(select(Counter.id).where(Counter.code == code)))
        if not counter_ids:
            raise NotFound(f"there is no counter {code}", code=ErrorCode.HISTORY_COUNTER)
        conditions.append(Sale.counter_id.in_(counter_ids))
    return conditions


def _phone(text: str) -> str:
    try:
        return parse_msisdn(text, field="text")
    except InputError as error:
        raise InputError(
            f"{error} Or type a receipt number, e.g. DEMO-C1-000123.",
            code=ErrorCode.HISTORY_TEXT,
            field="text",
        ) from error


def _line_ids(session: Session, msisdn: str) -> list[int]:
    # Closed lines too: a number given back and registered again keeps its old sales.
    return sorted(
        set(session.scalars(select(Line.id).where(Line.msisdn == msisdn)))
        | set(session.scalars(select(Line.id).where(Line.secondary_msisdn == msisdn)))
    )


def _rows(session: Session, found: Sequence[Any]) -> tuple[HistoryRow, ...]:
    if not found:
        return ()
    sale_ids = [row.id for row in found]
    staff = {
        row.id: (row.username, row.display_name)
        for row in session.execute(
            select(StaffUser.id, StaffUser.username, StaffUser.display_name).where(
                StaffUser.id.in_({row.clerk_id for row in found})
            )
        )
    }
    counters = dict(
        session.execute(
            select(Counter.id, Counter.code).where(Counter.id.in_({r.counter_id for r in found}))
        ).all()
    )
    line_ids = {row.line_id for row in found if row.line_id is not None}
    numbers = (
        dict(session.execute(select(Line.id, Line.msisdn).where(Line.id.in_(line_ids))).all())
        if line_ids
        else {}
    )
    names: dict[int, list[tuple[str, str]]] = {}
    for item in session.execute(
        select(SaleItem.sale_id, SaleItem.name_zh, SaleItem.name_en)
        .where(SaleItem.sale_id.in_(sale_ids))
        .order_by(SaleItem.id)
    ):
        names.setdefault(item.sale_id, []).append((item.name_zh, item.name_en))
    return tuple(
        HistoryRow(
            receipt_no=row.receipt_no or "",
            at=row.at.astimezone(HONG_KONG),
            kind=SaleKind(row.kind),
            state=SaleState(row.state),
            total=row.total,
            clerk_username=staff[row.clerk_id][0],
            clerk_name=staff[row.clerk_id][1],
            counter_code=counters[row.counter_id],
            msisdn=numbers.get(row.line_id, "") if row.line_id is not None else "",
            plans_zh=tuple(zh for zh, _ in names.get(row.id, ())),
            plans_en=tuple(en for _, en in names.get(row.id, ())),
        )
        for row in found
    )


def details(db: Database, clerk: Clerk, receipt_no: str) -> SaleDetails:
    """Everything about one sale: items, tenders, the line before and after, any reversal."""
    permissions.require(clerk, Action.HISTORY_SEARCH)
    with db.read() as session:
        sale = session.scalars(
            select(Sale).where(Sale.receipt_no == receipt_key(receipt_no))
        ).first()
        if sale is None:
            raise NotFound(
                f"there is no sale with receipt number {receipt_no}", code=ErrorCode.SALE_UNKNOWN
            )
        return _details(session, sale)


def _details(session: Session, sale: Sale) -> SaleDetails:
    counter = session.get_one(Counter, sale.counter_id)
    seller = session.get_one(StaffUser, sale.clerk_id)
    line = session.get(Line, sale.line_id) if sale.line_id is not None else None
    items = session.scalars(
        select(SaleItem).where(SaleItem.sale_id == sale.id).order_by(SaleItem.id)
    ).all()
    # Through the item: voucher_pins has no index on sale_id.
    pin_ids = [i.voucher_pin_id for i in items if i.voucher_pin_id is not None]
    pin = session.get(VoucherPin, pin_ids[0]) if pin_ids else None
    carrier_id = line.carrier_id if line else (pin.carrier_id if pin else None)
    carrier = session.get(Carrier, carrier_id) if carrier_id is not None else None
    payments = session.scalars(
        select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.id)
    ).all()
    reprints = len(session.scalars(select(Reprint.id).where(Reprint.sale_id == sale.id)).all())
    completed = sale.completed_at.astimezone(HONG_KONG) if sale.completed_at else None
    return SaleDetails(
        receipt_no=sale.receipt_no or "",
        kind=SaleKind(sale.kind),
        state=SaleState(sale.state),
        at=completed,
        started_at=sale.created_at.astimezone(HONG_KONG),
        counter_code=counter.code,
        counter_name=counter.name,
        clerk_username=seller.username,
        clerk_name=seller.display_name,
        msisdn=line.msisdn if line else "",
        secondary_msisdn=(line.secondary_msisdn or "") if line else "",
        carrier_code=carrier.code if carrier else "",
        carrier_name_zh=carrier.name_zh if carrier else "",
        carrier_name_en=carrier.name_en if carrier else "",
        card_type=line.card_type if line else "",
        total=sale.total,
        items=tuple(
            DetailItem(
                i.plan_code,
                i.name_zh,
                i.name_en,
                i.list_price,
                i.discount,
                i.amount,
                i.promotion_code,
            )
            for i in items
        ),
        tenders=tuple(
            DetailTender(
                TenderKind(p.tender),
                p.amount,
                p.tendered,
                p.change,
                p.card_last4,
                p.approval_code,
                p.reference,
            )
            for p in payments
        ),
        line_before=_line_state(session, sale.line_before),
        line_after=_line_state(session, sale.line_after),
        reversal=_reversal(session, sale.id),
        reprints=reprints,
        identity=_identity(session, sale),
        voucher_serial=pin.serial if pin else "",
        jobs=tuple(outbox.sale_jobs(session, sale.id)),
    )


def _line_state(session: Session, snapshot: dict[str, Any] | None) -> LineState | None:
    if not snapshot:
        return None
    plan = session.get(Plan, snapshot["plan_id"]) if snapshot.get("plan_id") else None
    new = bool(snapshot.get("new"))
    return LineState(
        expires_on=None if new else date.fromisoformat(snapshot["expires_on"]),
        balance=0 if new else int(snapshot["balance"]),
        data_left_mb=0 if new else int(snapshot["data_left_mb"]),
        plan_code="" if new or plan is None else plan.code,
        plan_zh="" if new or plan is None else plan.name_zh,
        plan_en="" if new or plan is None else plan.name_en,
        new=new,
    )


def _reversal(session: Session, sale_id: int) -> ReversalDetails | None:
    reversal = session.scalars(select(SaleReversal).where(SaleReversal.sale_id == sale_id)).first()
    if reversal is None:
        return None
    approver = session.get_one(StaffUser, reversal.approved_by)
    clerk = session.get_one(StaffUser, reversal.clerk_id)
    return ReversalDetails(
        kind=reversal.kind,
        reason=reversal.reason,
        approved_by=approver.display_name,
        clerk_name=clerk.display_name,
        at=reversal.created_at.astimezone(HONG_KONG),
        amount=reversal.amount,
        cash_returned=reversal.cash_returned,
        line_restored=reversal.line_restored,
    )


def _identity(session: Session, sale: Sale) -> IdentityResult | None:
    if sale.line_id is None:
        return None
    # By line first: identity_checks is indexed on (line_id, shift_id), not on sale_id.
    check = session.scalars(
        select(IdentityCheck)
        .where(IdentityCheck.line_id == sale.line_id, IdentityCheck.sale_id == sale.id)
        .order_by(IdentityCheck.id.desc())
        .limit(1)
    ).first()
    if check is None:
        return None
    override = session.get(StaffUser, check.override_by) if check.override_by else None
    return IdentityResult(
        result=check.result,
        id_type=check.id_type,
        override_by=override.display_name if override else "",
        reason=check.reason,
    )
