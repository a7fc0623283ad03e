"""Carriers, plans and promotions as the domain rules see them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from counter_app.domain import plans as rules
from counter_app.domain.plans import CardType, PlanKind
from counter_app.store.models import Carrier, Plan, Promotion


def _split(value: str) -> frozenset[str]:
    return frozenset(part for part in value.split(",") if part)


def domain_plan(plan: Plan) -> rules.Plan:
    return rules.Plan(
        code=plan.code,
        carrier=plan.carrier.code,
        kind=PlanKind(plan.kind),
        name_zh=plan.name_zh,
        name_en=plan.name_en,
        price=plan.price,
        months=plan.months,
        credit=plan.credit,
        data_mb=plan.data_mb,
        minutes=plan.minutes,
        card_types=frozenset(CardType(c) for c in _split(plan.card_types)),
        valid_from=plan.valid_from,
        valid_to=plan.valid_to,
        needs_identity=plan.needs_identity,
        active=plan.active,
    )


def domain_promotion(promotion: Promotion) -> rules.Promotion:
    return rules.Promotion(
        code=promotion.code,
        name_zh=promotion.name_zh,
        name_en=promotion.name_en,
        valid_from=promotion.valid_from,
        valid_to=promotion.valid_to,
        plan_codes=_split(promotion.plan_codes),
        carriers=_split(promotion.carriers),
        card_types=frozenset(CardType(c) for c in _split(promotion.card_types)),
        kinds=frozenset(PlanKind(k) for k in _split(promotion.kinds)),
        bonus_data_mb=promotion.bonus_data_mb,
        bonus_minutes=promotion.bonus_minutes,
        bonus_days=promotion.bonus_days,
        discount=promotion.discount,
        discount_percent=promotion.discount_percent,
        priority=promotion.priority,
    )


def carrier_plans(session: Session, carrier: Carrier) -> list[tuple[Plan, rules.Plan]]:
    rows = session.scalars(
        select(Plan).where(Plan.carrier_id == carrier.id, Plan.active.is_(True)).order_by(Plan.code)
    )
    return [(row, domain_plan(row)) for row in rows]


# Built once: every line sale reads the day's promotions.
_CURRENT_PROMOTIONS = select(Promotion).where(
    Promotion.active.is_(True),
    Promotion.valid_from <= bindparam("today"),
    Promotion.valid_to >= bindparam("today"),
)


def current_promotions(session: Session, today: date) -> list[rules.Promotion]:
    rows = session.scalars(_CURRENT_PROMOTIONS, {"today": today})
    return [domain_promotion(row) for row in rows]
