"""Finding a customer's line and showing its account, as the counter's account panel needs it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.identity import IdType, looks_like_iccid, mask_iccid, parse_iccid
from counter_app.domain.lines import LineView
from counter_app.domain.phones import format_msisdn, mask_msisdn, parse_msisdn
from counter_app.domain.plans import CardType, CarrierRules, days_left, line_status, renewable
from counter_app.domain.text import clean_input
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Line


def carrier_rules(carrier: Carrier) -> CarrierRules:
    return CarrierRules(carrier.code, carrier.grace_days, carrier.recycle_days)


def accepted_id_types(carrier: Carrier) -> tuple[IdType, ...]:
    return tuple(IdType(value) for value in carrier.accepted_id_types.split(",") if value)


def mask_name_en(name: str) -> str:
    """ "CHAN TAI MAN" -> "CHAN T** M**": enough to confirm, not enough to learn."""
    words = name.split()
    return " ".join([words[0], *(w[0] + "*" * (len(w) - 1) for w in words[1:])] if words else [])


def mask_name_zh(name: str) -> str:
    """ "陳大文" -> "陳*文"; a two-character name keeps its first character."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def view(line: Line, today: date) -> LineView:
    rules = carrier_rules(line.carrier)
    status = line_status(line.expires_on, today, rules, recycled=line.recycled)
    customer = line.customer
    erased = customer.identity_erased_at is not None
    return LineView(
        id=line.id,
        version=line.version,
        msisdn=line.msisdn,
        msisdn_display=format_msisdn(line.msisdn),
        msisdn_masked=mask_msisdn(line.msisdn),
        secondary_msisdn=line.secondary_msisdn,
        secondary_display=format_msisdn(line.secondary_msisdn) if line.secondary_msisdn else "",
        iccid_masked=mask_iccid(line.iccid),
        carrier_code=line.carrier.code,
        carrier_name_zh=line.carrier.name_zh,
        carrier_name_en=line.carrier.name_en,
        card_type=CardType(line.card_type),
        plan_code=line.plan.code if line.plan else "",
        plan_name_zh=line.plan.name_zh if line.plan else "",
        plan_name_en=line.plan.name_en if line.plan else "",
        expires_on=line.expires_on,
        days_left=days_left(line.expires_on, today),
        balance=line.balance,
        data_left_mb=line.data_left_mb,
        status=status,
        renewable=line.closed_at is None
        and renewable(line.expires_on, today, rules, recycled=line.recycled),
        auto_renew=line.auto_renew,
        holder_name_en=mask_name_en(customer.name_en),
        holder_name_zh=mask_name_zh(customer.name_zh),
        holder_id_type="" if erased else customer.id_type,
        holder_id_masked="" if erased else customer.id_masked,
        accepted_id_types=accepted_id_types(line.carrier),
        closed=line.closed_at is not None,
    )


def _with_account() -> tuple[object, ...]:
    return (joinedload(Line.carrier), joinedload(Line.plan), joinedload(Line.customer))


def parse_search(text: str) -> tuple[str, str]:
    """("iccid", digits) or ("msisdn", E.164) for what the clerk typed or scanned."""
    cleaned = clean_input(text, field="line_search", max_length=40)
    if not cleaned:
        raise InputError("type or scan a phone number or SIM number", code=ErrorCode.SEARCH_EMPTY)
    if looks_like_iccid(cleaned):
        return "iccid", parse_iccid(cleaned, field="line_search")
    return "msisdn", parse_msisdn(cleaned, field="line_search")


def _find(session: Session, text: str) -> Line | None:
    kind, key = parse_search(text)
    query = select(Line).options(*_with_account())  # type: ignore[arg-type]
    if kind == "iccid":
        query = query.where(Line.iccid == key)
    else:
        query = query.where(or_(Line.msisdn == key, Line.secondary_msisdn == key))
    # Closed lines (a voided new SIM) never match before a live one with the same number.
    return session.scalars(query.order_by(Line.closed_at.is_not(None), Line.id)).first()


def find_line(db: Database, text: str, *, today: date) -> LineView:
    """The line for a number typed any common way, or a scanned ICCID.

    InputError for input that is neither; NotFound when no line has it.
    """
    with db.read() as session:
        line = _find(session, text)
        if line is None:
            raise NotFound(
                "no line with this number or SIM card in this shop", code=ErrorCode.LINE_NOT_FOUND
            )
        return view(line, today)


def get_line(db: Database, line_id: int, *, today: date) -> LineView:
    with db.read() as session:
        line = session.scalars(
            select(Line).options(*_with_account()).where(Line.id == line_id)  # type: ignore[arg-type]
        ).first()
        if line is None:
            raise NotFound(f"there is no line {line_id}", code=ErrorCode.LINE_NOT_FOUND)
        return view(line, today)
