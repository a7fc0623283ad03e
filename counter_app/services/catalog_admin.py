"""The back office's catalogue: plans and prices, promotions, and each carrier's rules.

A sale copies the plan's name and price into its own items, so nothing here ever touches
a past sale; a plan or promotion is never deleted, only ended (made inactive). Every
change is audited with the values before and after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Final

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from counter_app.domain import plans as rules
from counter_app.domain.clock import Clock, hk_today, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.identity import IdType
from counter_app.domain.money import MAX_AMOUNT
from counter_app.domain.outbox import MANUAL
from counter_app.domain.plans import CardType, PlanKind
from counter_app.domain.staff import Clerk
from counter_app.domain.text import clean_input
from counter_app.services import audit
from counter_app.services.catalog import domain_plan, domain_promotion
from counter_app.services.permissions import Action, require
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Plan, Promotion, SaleItem

# Upper bounds that catch a slipped finger, well above anything a carrier sells.
MAX_MONTHS: Final = 36
MAX_DATA_MB: Final = 10_000_000
MAX_MINUTES: Final = 100_000
MAX_BONUS_DAYS: Final = 366
MAX_PRIORITY: Final = 1_000
MAX_CARRIER_DAYS: Final = 3_650
# A plan's product id at the carrier's aggregator (Plan.provider_product is 40 wide).
MAX_PROVIDER_PRODUCT: Final = 40
# Who applies a carrier's sales: the clerk on the carrier's dealer portal, or DT One's API.
DTONE: Final = "dtone"
FULFILMENT_PROVIDERS: Final = (MANUAL, DTONE)

_LIST_COLUMNS: Final = frozenset(
    {"card_types", "plan_codes", "carriers", "kinds", "accepted_id_types"}
)
_CODE: Final = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,31}")
_HOTLINE: Final = re.compile(r"\+?[0-9][0-9 -]{2,30}")


def _split(text: str) -> frozenset[str]:
    return frozenset(part for part in text.split(",") if part)


# --- plans ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanInput:
    """A plan as the admin typed it; money in cents, dates inclusive (None = open end)."""

    carrier_code: str
    code: str
    kind: PlanKind | str
    name_zh: str
    name_en: str
    price: int
    months: int = 0
    credit: int = 0
    data_mb: int = 0
    minutes: int = 0
    card_types: frozenset[str] = frozenset(CardType)
    valid_from: date | None = None
    valid_to: date | None = None
    needs_identity: bool = True
    active: bool = True
    # The aggregator's product id for this plan; "" = the clerk applies it by hand.
    provider_product: str = ""


@dataclass(frozen=True)
class PlanRow:
    """A plan as the back office lists it; ``sold`` = some sale item points at it."""

    id: int
    carrier_code: str
    code: str
    kind: PlanKind
    name_zh: str
    name_en: str
    price: int
    months: int
    credit: int
    data_mb: int
    minutes: int
    card_types: frozenset[CardType]
    valid_from: date | None
    valid_to: date | None
    needs_identity: bool
    active: bool
    sold: bool
    carrier_name_zh: str = ""
    carrier_name_en: str = ""
    provider_product: str = ""


def _plan_row(plan: Plan, sold: bool) -> PlanRow:
    return PlanRow(
        id=plan.id,
        carrier_code=plan.carrier.code,
        code=plan.code,
        kind=PlanKind(plan.kind),
        name_zh=plan.name_zh,
        name_en=plan.name_en,
        price=plan.price,
        months=plan.months,
        credit=plan.credit,
        data_mb=plan.data_mb,
        minutes=plan.minutes,
        card_types=frozenset(CardType(c) for c in plan.card_types.split(",") if c),
        valid_from=plan.valid_from,
        valid_to=plan.valid_to,
        needs_identity=plan.needs_identity,
        active=plan.active,
        sold=sold,
        carrier_name_zh=plan.carrier.name_zh,
        carrier_name_en=plan.carrier.name_en,
        provider_product=plan.provider_product,
    )


def _plan_sold(session: Session, plan_id: int) -> bool:
    return bool(session.scalar(select(exists().where(SaleItem.plan_id == plan_id))))


def list_plans(db: Database, *, include_inactive: bool = True) -> list[PlanRow]:
    """Every plan, by carrier then code (inactive ones too unless told otherwise)."""
    with db.read() as session:
        query = select(Plan).join(Plan.carrier).order_by(Carrier.code, Plan.code)
        if not include_inactive:
            query = query.where(Plan.active.is_(True))
        plans = list(session.scalars(query))
        sold = set(
            session.scalars(
                select(SaleItem.plan_id).where(SaleItem.plan_id.is_not(None)).distinct()
            )
        )
        return [_plan_row(plan, plan.id in sold) for plan in plans]


def _code(text: str, area: str) -> str:
    code = clean_input(text, field="code", max_length=32).upper()
    if not _CODE.fullmatch(code):
        raise InputError(
            "a code is 1-32 capital letters, digits, dashes or underscores",
            code=ErrorCode(f"{area}.code"),
            field="code",
        )
    return code


def _name(text: str, field: str, area: str, max_length: int = 80) -> str:
    name = clean_input(text, field=field, max_length=max_length)
    if not name:
        raise InputError(
            "type the name in Chinese and in English", code=ErrorCode(f"{area}.name"), field=field
        )
    return name


def _whole(value: object, field: str, code: str, maximum: int, message: str) -> int:
    # bool is an int, and a float would let rounding into money: both are bugs of the caller.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be an int, not {type(value).__name__}")
    if not 0 <= value <= maximum:
        raise InputError(message, code=code, field=field)
    return value


def _window(valid_from: date | None, valid_to: date | None, code: str) -> None:
    if valid_from is not None and valid_to is not None and valid_from > valid_to:
        raise InputError(
            "the first day is after the last day: check the dates", code=code, field="valid_to"
        )


def _card_types(values: Iterable[str], code: str) -> frozenset[CardType]:
    try:
        return frozenset(CardType(value) for value in values)
    except ValueError as exc:
        raise InputError(f"unknown card type: {exc}", code=code, field="card_types") from exc


def _plan_kind(kind: PlanKind | str) -> PlanKind:
    try:
        return PlanKind(kind)
    except ValueError as exc:
        raise InputError(
            f"unknown kind of plan {kind!r}", code=ErrorCode.PLAN_KIND, field="kind"
        ) from exc


def _checked_plan(given: PlanInput) -> dict[str, Any]:
    """The plan's columns (but the carrier) from *given*, or InputError naming the field."""
    kind = _plan_kind(given.kind)
    values: dict[str, Any] = {
        "code": _code(given.code, "plan"),
        "kind": kind.value,
        "name_zh": _name(given.name_zh, "name_zh", "plan"),
        "name_en": _name(given.name_en, "name_en", "plan"),
        "price": _whole(
            given.price,
            "price",
            ErrorCode.PLAN_PRICE,
            MAX_AMOUNT,
            "the price is HK$0.01 to HK$100,000",
        ),
        "months": _whole(
            given.months,
            "months",
            ErrorCode.PLAN_MONTHS,
            MAX_MONTHS,
            "a renewal lasts 1 to 36 months",
        ),
        "credit": _whole(
            given.credit,
            "credit",
            ErrorCode.PLAN_CREDIT,
            MAX_AMOUNT,
            "the credit is HK$0 to HK$100,000",
        ),
        "data_mb": _whole(
            given.data_mb,
            "data_mb",
            ErrorCode.PLAN_DATA,
            MAX_DATA_MB,
            "the data is 0 to 10,000,000 MB",
        ),
        "minutes": _whole(
            given.minutes,
            "minutes",
            ErrorCode.PLAN_MINUTES,
            MAX_MINUTES,
            "the minutes are 0 to 100,000",
        ),
        "valid_from": given.valid_from,
        "valid_to": given.valid_to,
        "needs_identity": bool(given.needs_identity),
        "active": bool(given.active),
        "provider_product": _provider_product(given.provider_product),
    }
    if values["price"] == 0:
        raise InputError("a plan cannot be free", code=ErrorCode.PLAN_PRICE, field="price")
    card_types = _card_types(given.card_types, ErrorCode.PLAN_CARD_TYPES)
    if not card_types:
        raise InputError(
            "tick at least one card type the plan is sold for",
            code=ErrorCode.PLAN_CARD_TYPES,
            field="card_types",
        )
    values["card_types"] = ",".join(t.value for t in CardType if t in card_types)
    _window(given.valid_from, given.valid_to, ErrorCode.PLAN_DATES)
    _check_kind(kind, values)
    return values


def _provider_product(text: str) -> str:
    """The aggregator's product id as typed (NFKC, outer spaces gone), or ``""`` for none."""
    if not isinstance(text, str):
        raise TypeError(f"provider_product must be given as str, not {type(text).__name__}")
    product = unicodedata.normalize("NFKC", text).strip()
    if len(product) > MAX_PROVIDER_PRODUCT or not product.isprintable():
        raise InputError(
            "a provider's product id is up to 40 printable characters (leave it empty for a "
            "plan the clerk applies by hand)",
            code=ErrorCode.PLAN_PROVIDER_PRODUCT,
            field="provider_product",
            params={"maximum": MAX_PROVIDER_PRODUCT},
        )
    return product


def _check_kind(kind: PlanKind, values: Mapping[str, Any]) -> None:
    if kind is PlanKind.RENEWAL:
        if values["months"] == 0:
            raise InputError(
                "a renewal lasts 1 to 36 months", code=ErrorCode.PLAN_MONTHS, field="months"
            )
        if values["credit"]:
            raise InputError("a renewal adds no credit", code=ErrorCode.PLAN_CREDIT, field="credit")
        return
    if values["months"]:
        raise InputError(
            "only a renewal has a period in months", code=ErrorCode.PLAN_MONTHS, field="months"
        )
    if kind is PlanKind.CREDIT_TOPUP and values["credit"] == 0:
        raise InputError(
            "a credit top-up must add some credit", code=ErrorCode.PLAN_CREDIT, field="credit"
        )
    if kind is PlanKind.DATA_ADDON:
        if values["data_mb"] == 0:
            raise InputError(
                "a data add-on must add some data", code=ErrorCode.PLAN_DATA, field="data_mb"
            )
        if values["credit"]:
            raise InputError(
                "a data add-on adds no credit", code=ErrorCode.PLAN_CREDIT, field="credit"
            )


def _carrier(session: Session, code: str) -> Carrier:
    carrier = session.scalars(select(Carrier).where(Carrier.code == code.strip().upper())).first()
    if carrier is None:
        raise NotFound(
            f"there is no carrier {code}", code=ErrorCode.CARRIER_UNKNOWN, field="carrier"
        )
    return carrier


def _audit_value(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _same(name: str, before: object, after: object) -> bool:
    # A comma-separated filter is a set: "dual,data" and "data,dual" are no change.
    if name in _LIST_COLUMNS and isinstance(before, str) and isinstance(after, str):
        return _split(before) == _split(after)
    return before == after


def _changes(
    before: Mapping[str, object], after: Mapping[str, object]
) -> tuple[dict[str, object], dict[str, object]]:
    """The fields that differ, as (before, after) dicts fit for the audit trail."""
    changed = [name for name in after if not _same(name, before.get(name), after[name])]
    return (
        {name: _audit_value(before.get(name)) for name in changed},
        {name: _audit_value(after[name]) for name in changed},
    )


def create_plan(
    db: Database, actor: Clerk, plan: PlanInput, *, clock: Clock = system_clock
) -> PlanRow:
    """Add a plan (admin). ``plan.code_taken`` if its code exists (inactive plans too)."""
    require(actor, Action.PLANS_EDIT)
    values = _checked_plan(plan)
    now = clock()
    with db.write() as session:
        carrier = _carrier(session, plan.carrier_code)
        if session.scalar(select(Plan.id).where(Plan.code == values["code"])) is not None:
            raise InputError(
                f"there is already a plan {values['code']}",
                code=ErrorCode.PLAN_CODE_TAKEN,
                field="code",
            )
        row = Plan(carrier_id=carrier.id, **values)
        session.add(row)
        session.flush()
        # The domain's own rules, as a last check that a quote can be made from this plan.
        domain_plan(row)
        audit.record(
            session,
            "plan.created",
            occurred_at=now,
            staff_id=actor.id,
            subject=row.code,
            details={
                "after": {
                    "carrier": carrier.code,
                    **{k: _audit_value(v) for k, v in values.items()},
                }
            },
        )
        return _plan_row(row, sold=False)


def update_plan(
    db: Database, actor: Clerk, plan: PlanInput, *, clock: Clock = system_clock
) -> PlanRow:
    """Change the plan with ``plan.code`` (admin): names, price, contents, dates, active.

    The code, carrier and kind are fixed once made (``plan.fixed``): they are what past
    sales and promotions refer to; make a new plan instead. Past sales keep the name and
    price they were sold at: they hold their own copy.
    """
    require(actor, Action.PLANS_EDIT)
    values = _checked_plan(plan)
    now = clock()
    with db.write() as session:
        row = session.scalars(
            select(Plan).where(Plan.code == values["code"]).with_for_update()
        ).first()
        if row is None:
            raise NotFound(
                f"there is no plan {values['code']}", code=ErrorCode.PLAN_UNKNOWN, field="code"
            )
        if row.carrier.code != plan.carrier_code.strip().upper() or row.kind != values["kind"]:
            raise InputError(
                "a plan's carrier and kind cannot change: make a new plan instead",
                code=ErrorCode.PLAN_FIXED,
                field="kind",
            )
        before = {name: getattr(row, name) for name in values}
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        domain_plan(row)
        old, new = _changes(before, values)
        if new:
            audit.record(
                session,
                "plan.changed",
                occurred_at=now,
                staff_id=actor.id,
                subject=row.code,
                details={"before": old, "after": new},
            )
        return _plan_row(row, _plan_sold(session, row.id))


# --- promotions -------------------------------------------------------------------------


@dataclass(frozen=True)
class PromotionInput:
    """A promotion as the admin typed it. Empty filters match every plan.

    It takes either ``discount`` cents or ``discount_percent`` off, not both.
    """

    code: str
    name_zh: str
    name_en: str
    valid_from: date
    valid_to: date
    plan_codes: frozenset[str] = frozenset()
    carriers: frozenset[str] = frozenset()
    card_types: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    bonus_data_mb: int = 0
    bonus_minutes: int = 0
    bonus_days: int = 0
    discount: int = 0
    discount_percent: int = 0
    priority: int = 0
    active: bool = True


@dataclass(frozen=True)
class PromotionRow:
    id: int
    code: str
    name_zh: str
    name_en: str
    valid_from: date
    valid_to: date
    plan_codes: frozenset[str]
    carriers: frozenset[str]
    card_types: frozenset[CardType]
    kinds: frozenset[PlanKind]
    bonus_data_mb: int
    bonus_minutes: int
    bonus_days: int
    discount: int
    discount_percent: int
    priority: int
    active: bool


def _promotion_row(row: Promotion) -> PromotionRow:
    # The rules' reading of the row (catalog.domain_promotion), plus its id and whether it runs.
    rules_view = domain_promotion(row)
    shared = {f.name: getattr(rules_view, f.name) for f in fields(rules_view)}
    return PromotionRow(id=row.id, active=row.active, **shared)


def list_promotions(db: Database) -> list[PromotionRow]:
    """Every promotion, the latest first."""
    with db.read() as session:
        rows = session.scalars(
            select(Promotion).order_by(Promotion.valid_to.desc(), Promotion.code)
        )
        return [_promotion_row(row) for row in rows]


def _codes(values: Iterable[str], field: str) -> frozenset[str]:
    return frozenset(
        code
        for code in (clean_input(v, field=field, max_length=32).upper() for v in values)
        if code
    )


def _checked_promotion(session: Session, given: PromotionInput) -> dict[str, Any]:
    """The promotion's columns from *given*, or InputError naming the field."""
    if not isinstance(given.valid_from, date) or not isinstance(given.valid_to, date):
        raise InputError(
            "give the first and last day", code=ErrorCode.PROMOTION_DATES, field="valid_from"
        )
    _window(given.valid_from, given.valid_to, ErrorCode.PROMOTION_DATES)
    plan_codes = _codes(given.plan_codes, "plan_codes")
    carriers = _codes(given.carriers, "carriers")
    card_types = _card_types(given.card_types, ErrorCode.PROMOTION_CARD_TYPES)
    try:
        kinds = frozenset(PlanKind(kind) for kind in given.kinds)
    except ValueError as exc:
        raise InputError(
            f"unknown kind of plan: {exc}", code=ErrorCode.PROMOTION_KINDS, field="kinds"
        ) from exc
    known_plans = set(session.scalars(select(Plan.code).where(Plan.code.in_(plan_codes))))
    if unknown := sorted(plan_codes - known_plans):
        raise InputError(
            f"there is no plan {', '.join(unknown)}",
            code=ErrorCode.PROMOTION_PLAN_UNKNOWN,
            field="plan_codes",
        )
    known_carriers = set(session.scalars(select(Carrier.code).where(Carrier.code.in_(carriers))))
    if unknown := sorted(carriers - known_carriers):
        raise InputError(
            f"there is no carrier {', '.join(unknown)}",
            code=ErrorCode.PROMOTION_CARRIER_UNKNOWN,
            field="carriers",
        )
    values: dict[str, Any] = {
        "code": _code(given.code, "promotion"),
        "name_zh": _name(given.name_zh, "name_zh", "promotion"),
        "name_en": _name(given.name_en, "name_en", "promotion"),
        "valid_from": given.valid_from,
        "valid_to": given.valid_to,
        "plan_codes": ",".join(sorted(plan_codes)),
        "carriers": ",".join(sorted(carriers)),
        "card_types": ",".join(t.value for t in CardType if t in card_types),
        "kinds": ",".join(k.value for k in PlanKind if k in kinds),
        "bonus_data_mb": _whole(
            given.bonus_data_mb,
            "bonus_data_mb",
            ErrorCode.PROMOTION_BONUS,
            MAX_DATA_MB,
            "the bonus data is 0 to 10,000,000 MB",
        ),
        "bonus_minutes": _whole(
            given.bonus_minutes,
            "bonus_minutes",
            ErrorCode.PROMOTION_BONUS,
            MAX_MINUTES,
            "the bonus minutes are 0 to 100,000",
        ),
        "bonus_days": _whole(
            given.bonus_days,
            "bonus_days",
            ErrorCode.PROMOTION_BONUS,
            MAX_BONUS_DAYS,
            "the bonus days are 0 to 366",
        ),
        "discount": _whole(
            given.discount,
            "discount",
            ErrorCode.PROMOTION_DISCOUNT,
            MAX_AMOUNT,
            "the amount off is HK$0 to HK$100,000",
        ),
        "discount_percent": _whole(
            given.discount_percent,
            "discount_percent",
            ErrorCode.PROMOTION_PERCENT,
            100,
            "the percentage off is 0 to 100",
        ),
        "priority": _whole(
            given.priority,
            "priority",
            ErrorCode.PROMOTION_PRIORITY,
            MAX_PRIORITY,
            "the priority is 0-1000",
        ),
        "active": bool(given.active),
    }
    if values["discount"] and values["discount_percent"]:
        raise InputError(
            "take either an amount or a percentage off, not both",
            code=ErrorCode.PROMOTION_DISCOUNT_BOTH,
            field="discount_percent",
        )
    gives = ("bonus_data_mb", "bonus_minutes", "bonus_days", "discount", "discount_percent")
    if not any(values[name] for name in gives):
        raise InputError(
            "the promotion gives the customer nothing: add a bonus or a discount",
            code=ErrorCode.PROMOTION_NOTHING,
            field="discount",
        )
    return values


def create_promotion(
    db: Database, actor: Clerk, promotion: PromotionInput, *, clock: Clock = system_clock
) -> PromotionRow:
    """Add a promotion (supervisor). ``promotion.code_taken`` if the code exists."""
    require(actor, Action.PROMOTIONS_EDIT)
    now = clock()
    with db.write() as session:
        values = _checked_promotion(session, promotion)
        if session.scalar(select(Promotion.id).where(Promotion.code == values["code"])):
            raise InputError(
                f"there is already a promotion {values['code']}",
                code=ErrorCode.PROMOTION_CODE_TAKEN,
                field="code",
            )
        row = Promotion(**values)
        session.add(row)
        session.flush()
        domain_promotion(row)
        audit.record(
            session,
            "promotion.created",
            occurred_at=now,
            staff_id=actor.id,
            subject=row.code,
            details={"after": {k: _audit_value(v) for k, v in values.items()}},
        )
        return _promotion_row(row)


def _locked_promotion(session: Session, code: str) -> Promotion:
    row = session.scalars(
        select(Promotion).where(Promotion.code == code.strip().upper()).with_for_update()
    ).first()
    if row is None:
        raise NotFound(
            f"there is no promotion {code}", code=ErrorCode.PROMOTION_UNKNOWN, field="code"
        )
    return row


def update_promotion(
    db: Database, actor: Clerk, promotion: PromotionInput, *, clock: Clock = system_clock
) -> PromotionRow:
    """Change the promotion with ``promotion.code`` (supervisor); past sales keep theirs."""
    require(actor, Action.PROMOTIONS_EDIT)
    now = clock()
    with db.write() as session:
        values = _checked_promotion(session, promotion)
        row = _locked_promotion(session, values["code"])
        before = {name: getattr(row, name) for name in values}
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        domain_promotion(row)
        old, new = _changes(before, values)
        if new:
            audit.record(
                session,
                "promotion.changed",
                occurred_at=now,
                staff_id=actor.id,
                subject=row.code,
                details={"before": old, "after": new},
            )
        return _promotion_row(row)


def end_promotion(
    db: Database, actor: Clerk, code: str, *, clock: Clock = system_clock
) -> PromotionRow:
    """Stop a promotion now (supervisor): inactive, and its last day no later than today."""
    require(actor, Action.PROMOTIONS_EDIT)
    now = clock()
    today = hk_today(clock)
    with db.write() as session:
        row = _locked_promotion(session, code)
        before = {"active": row.active, "valid_to": row.valid_to}
        row.active = False
        # A promotion that has not started yet keeps its window: it never ran.
        if row.valid_from <= today < row.valid_to:
            row.valid_to = today
        old, new = _changes(before, {"active": row.active, "valid_to": row.valid_to})
        if new:
            audit.record(
                session,
                "promotion.ended",
                occurred_at=now,
                staff_id=actor.id,
                subject=row.code,
                details={"before": old, "after": new},
            )
        return _promotion_row(row)


# --- carriers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CarrierRow:
    id: int
    code: str
    name_zh: str
    name_en: str
    grace_days: int
    recycle_days: int
    accepted_id_types: tuple[IdType, ...]
    hotline: str
    fulfilment_provider: str = MANUAL


def _carrier_row(row: Carrier) -> CarrierRow:
    return CarrierRow(
        id=row.id,
        code=row.code,
        name_zh=row.name_zh,
        name_en=row.name_en,
        grace_days=row.grace_days,
        recycle_days=row.recycle_days,
        accepted_id_types=tuple(IdType(v) for v in row.accepted_id_types.split(",") if v),
        hotline=row.hotline,
        fulfilment_provider=row.fulfilment_provider or MANUAL,
    )


def list_carriers(db: Database) -> list[CarrierRow]:
    with db.read() as session:
        return [
            _carrier_row(row) for row in session.scalars(select(Carrier).order_by(Carrier.code))
        ]


def _fulfilment_provider(text: str) -> str:
    provider = text.strip().lower()
    if provider not in FULFILMENT_PROVIDERS:
        raise InputError(
            f"unknown fulfilment provider {text!r} (known: {', '.join(FULFILMENT_PROVIDERS)})",
            code=ErrorCode.CARRIER_PROVIDER,
            field="fulfilment_provider",
        )
    return provider


def update_carrier(
    db: Database,
    actor: Clerk,
    code: str,
    *,
    accepted_id_types: Iterable[IdType | str],
    hotline: str,
    grace_days: int,
    recycle_days: int,
    fulfilment_provider: str | None = None,
    clock: Clock = system_clock,
) -> CarrierRow:
    """Set a carrier's accepted identity documents (at least one), hotline and days (admin),
    and who applies its sales (*fulfilment_provider*, one of :data:`FULFILMENT_PROVIDERS`;
    None leaves it as it is).

    A new provider takes the sales made from then on; jobs already queued keep theirs. Only
    plans with a provider product id go to an aggregator: the others stay with the clerk.
    """
    require(actor, Action.CARRIERS_EDIT)
    try:
        documents = {IdType(value) for value in accepted_id_types}
    except ValueError as exc:
        raise InputError(
            f"unknown identity document: {exc}",
            code=ErrorCode.CARRIER_ID_TYPES,
            field="accepted_id_types",
        ) from exc
    if not documents:
        raise InputError(
            "tick at least one identity document the carrier accepts",
            code=ErrorCode.CARRIER_ID_TYPES,
            field="accepted_id_types",
        )
    phone = clean_input(hotline, field="hotline", max_length=32)
    if phone and not _HOTLINE.fullmatch(phone):
        raise InputError(
            "a hotline is digits, spaces and dashes, with an optional leading +",
            code=ErrorCode.CARRIER_HOTLINE,
            field="hotline",
        )
    for name, days in (("grace_days", grace_days), ("recycle_days", recycle_days)):
        _whole(days, name, ErrorCode.CARRIER_DAYS, MAX_CARRIER_DAYS, "the days are 0 to 3,650")
    if recycle_days < grace_days:
        raise InputError(
            "the carrier cannot recycle a number before its grace period ends",
            code=ErrorCode.CARRIER_DAYS,
            field="recycle_days",
        )
    # Kept in the order IdType lists them, so the identity panel's picker order is stable.
    values: dict[str, Any] = {
        "accepted_id_types": ",".join(t.value for t in IdType if t in documents),
        "hotline": phone,
        "grace_days": grace_days,
        "recycle_days": recycle_days,
    }
    if fulfilment_provider is not None:
        values["fulfilment_provider"] = _fulfilment_provider(fulfilment_provider)
    now = clock()
    with db.write() as session:
        row = session.scalars(
            select(Carrier).where(Carrier.code == code.strip().upper()).with_for_update()
        ).first()
        if row is None:
            raise NotFound(
                f"there is no carrier {code}", code=ErrorCode.CARRIER_UNKNOWN, field="code"
            )
        before = {name: getattr(row, name) for name in values}
        for name, value in values.items():
            setattr(row, name, value)
        rules.CarrierRules(row.code, row.grace_days, row.recycle_days)
        old, new = _changes(before, values)
        if new:
            audit.record(
                session,
                "carrier.changed",
                occurred_at=now,
                staff_id=actor.id,
                subject=row.code,
                details={"before": old, "after": new},
            )
        return _carrier_row(row)
