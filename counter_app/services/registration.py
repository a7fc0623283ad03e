"""New SIM registration (real-name, Cap. 106AI) and the holder records it creates.

Only what is needed is kept: names, date of birth, the document type, and the document
number as a keyed hash plus a masked form. At most MAX_LINES_PER_DOCUMENT live prepaid
lines per document per carrier. The holder's rules are :mod:`counter_app.domain.holders`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import Clock, hk_today, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.holders import MAX_LINES_PER_DOCUMENT, Holder, parse_holder
from counter_app.domain.identity import parse_iccid
from counter_app.domain.new_sims import CardTypeOffer, CarrierOffer, NewSim, NewSimPlan
from counter_app.domain.phones import parse_msisdn
from counter_app.domain.plans import CardType, PlanKind, plan_available, renewed_expiry
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender
from counter_app.services import outbox
from counter_app.services.catalog import carrier_plans, domain_plan
from counter_app.services.checkout import (
    finish_sale,
    line_snapshot,
    open_draft_at,
    sale_view_by_uuid,
)
from counter_app.services.keys import InstallationSecret
from counter_app.services.lines import accepted_id_types
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Customer, Line, Plan, SaleItem


def new_customer(holder: Holder, secret: InstallationSecret, now: datetime) -> Customer:
    return Customer(
        name_en=holder.name_en,
        name_zh=holder.name_zh,
        date_of_birth=holder.date_of_birth,
        id_type=holder.document.id_type.value,
        id_country=holder.document.country,
        id_hash=holder.document.keyed_hash(secret.id_hash_key),
        id_masked=holder.document.masked,
        created_at=now,
    )


def check_line_limit(session: Session, carrier: Carrier, id_hash: str, adding: int = 1) -> None:
    live = session.scalar(
        select(func.count(Line.id))
        .join(Customer, Line.customer_id == Customer.id)
        .where(
            Customer.id_hash == id_hash,
            Line.carrier_id == carrier.id,
            Line.closed_at.is_(None),
            Line.recycled.is_(False),
        )
    )
    if int(live or 0) + adding > MAX_LINES_PER_DOCUMENT:
        raise InputError(
            f"this document already holds {live} {carrier.name_en} prepaid lines; "
            f"the limit is {MAX_LINES_PER_DOCUMENT} per person per carrier",
            code=ErrorCode.REGISTRATION_LIMIT,
        )


def check_numbers_free(session: Session, msisdn: str, iccid: str, secondary: str | None) -> None:
    numbers = [msisdn, *([secondary] if secondary else [])]
    taken = session.scalar(
        select(Line.msisdn).where(
            Line.closed_at.is_(None),
            or_(Line.msisdn.in_(numbers), Line.secondary_msisdn.in_(numbers)),
        )
    )
    if taken is not None:
        raise InputError(
            "this number already belongs to a line",
            code=ErrorCode.REGISTRATION_MSISDN_TAKEN,
            field="msisdn",
        )
    if (
        session.scalar(select(Line.id).where(Line.iccid == iccid, Line.closed_at.is_(None)))
        is not None
    ):
        raise InputError(
            "this SIM card is already registered",
            code=ErrorCode.REGISTRATION_ICCID_TAKEN,
            field="iccid",
        )


def new_sim_offers(db: Database, *, today: date) -> list[CarrierOffer]:
    """The carriers a new SIM can be sold for today, by code, as the form's choices.

    For each card type (in :class:`CardType` order) the renewal plans on sale today for
    it, as :func:`complete_new_sim` accepts them, by period, price and code. A card type
    with no such plan is left out, and so is a carrier with none at all: nothing could be
    sold.
    """
    offers: list[CarrierOffer] = []
    with db.read() as session:
        for carrier in session.scalars(select(Carrier).order_by(Carrier.code)):
            renewals = sorted(
                (
                    plan
                    for _row, plan in carrier_plans(session, carrier)
                    if plan.kind is PlanKind.RENEWAL
                ),
                key=lambda plan: (plan.months, plan.price, plan.code),
            )
            card_types = tuple(
                CardTypeOffer(
                    card_type,
                    tuple(
                        NewSimPlan(
                            plan.code,
                            plan.name_zh,
                            plan.name_en,
                            plan.price,
                            plan.months,
                            plan.data_mb,
                        )
                        for plan in renewals
                        if plan_available(plan, carrier.code, card_type, today)
                    ),
                )
                for card_type in CardType
            )
            offered = tuple(offer for offer in card_types if offer.plans)
            if offered:
                offers.append(
                    CarrierOffer(
                        carrier.code,
                        carrier.name_zh,
                        carrier.name_en,
                        accepted_id_types(carrier),
                        offered,
                    )
                )
    return offers


def complete_new_sim(
    db: Database,
    clerk: Clerk,
    sale_uuid: str,
    registration: NewSim,
    *,
    tenders: list[Tender],
    secret: InstallationSecret,
    clock: Clock = system_clock,
) -> SaleView:
    """Register the holder, create the line with its first plan, and take the payment."""
    now = clock()
    today = hk_today(clock)
    if not registration.photo_matches:
        raise InputError(
            "confirm that the photo on the document matches the customer",
            code=ErrorCode.IDENTITY_PHOTO,
            field="photo_matches",
        )
    holder = parse_holder(
        name_en=registration.name_en,
        name_zh=registration.name_zh,
        date_of_birth=registration.date_of_birth,
        id_type=registration.id_type,
        id_number=registration.id_number,
        id_country=registration.id_country,
        today=today,
    )
    msisdn = parse_msisdn(registration.msisdn, field="msisdn")
    secondary = (
        parse_msisdn(registration.secondary_msisdn, field="secondary_msisdn")
        if registration.secondary_msisdn.strip()
        else None
    )
    iccid = parse_iccid(registration.iccid, field="iccid")
    try:
        card_type = CardType(registration.card_type)
    except ValueError as exc:
        raise InputError(
            "choose the card type", code=ErrorCode.REGISTRATION_CARD_TYPE, field="card_type"
        ) from exc
    if (card_type == CardType.DUAL) != (secondary is not None):
        raise InputError(
            "a China-HK dual card has a second (mainland) number; other cards have none",
            code=ErrorCode.REGISTRATION_SECONDARY,
            field="secondary_msisdn",
        )
    with db.write() as session:
        draft = open_draft_at(session, sale_uuid, SaleKind.NEW_SIM)
        if draft is None:
            return sale_view_by_uuid(session, sale_uuid)
        sale = draft.sale
        carrier = session.scalars(
            select(Carrier).where(Carrier.code == registration.carrier_code)
        ).first()
        if carrier is None:
            raise NotFound("choose the carrier", code=ErrorCode.CARRIER_UNKNOWN, field="carrier")
        if holder.document.id_type not in accepted_id_types(carrier):
            raise InputError(
                f"{carrier.name_en} does not accept this document type",
                code=ErrorCode.IDENTITY_TYPE_NOT_ACCEPTED,
                field="id_type",
            )
        plan_row = session.scalars(
            select(Plan).where(Plan.code == registration.plan_code, Plan.carrier_id == carrier.id)
        ).first()
        if plan_row is None or plan_row.kind != PlanKind.RENEWAL:
            raise InputError(
                "choose the first plan for the new card",
                code=ErrorCode.PLAN_NOT_AVAILABLE,
                field="plan",
            )
        plan = domain_plan(plan_row)
        if not plan.active or not plan_available(plan, carrier.code, card_type, today):
            raise InputError(
                "this plan is not offered for this card",
                code=ErrorCode.PLAN_NOT_AVAILABLE,
                field="plan",
            )
        customer = new_customer(holder, secret, now)
        check_line_limit(session, carrier, customer.id_hash)
        check_numbers_free(session, msisdn, iccid, secondary)
        session.add(customer)
        line = Line(
            msisdn=msisdn,
            secondary_msisdn=secondary,
            iccid=iccid,
            carrier_id=carrier.id,
            card_type=card_type.value,
            plan_id=plan_row.id,
            expires_on=renewed_expiry(today, today, plan.months),
            balance=0,
            data_left_mb=plan.data_mb,
            customer=customer,
            created_at=now,
            updated_at=now,
        )
        session.add(line)
        session.flush()
        item = SaleItem(
            plan_id=plan_row.id,
            plan_code=plan_row.code,
            name_zh=f"新卡 {plan_row.name_zh}",
            name_en=f"New SIM, {plan_row.name_en}",
            list_price=plan_row.price,
            amount=plan_row.price,
            benefits=[
                [
                    f"有效期至 {line.expires_on.isoformat()}",
                    f"Valid until {line.expires_on.isoformat()}",
                ]
            ],
        )
        finish_sale(
            session,
            sale,
            shift_id=draft.shift_id,
            clerk=clerk,
            items=[item],
            tenders=tenders,
            now=now,
            codes=(draft.shop.code, draft.counter.code),
            # The carrier activates the new card on its plan; the customer gets a text.
            jobs=lambda: outbox.queue_line_jobs(
                session, sale, line=line, plan=plan_row, now=now, shop=draft.shop
            ),
            line_change={
                "line_id": line.id,
                "line_before": {**line_snapshot(line), "new": True},
                "line_after": line_snapshot(line),
                "line_version_after": line.version,
            },
        )
    return draft.view(clerk, line=line, carrier=carrier)
