"""New SIM registration (real-name, Cap. 106AI) and the holder records it creates.

Only what is needed is kept: names, date of birth, the document type, and the document
number as a keyed hash plus a masked form. At most MAX_LINES_PER_DOCUMENT live prepaid
lines per document per carrier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import Clock, system_clock
from counter_app.domain.errors import InputError, NotFound
from counter_app.domain.identity import IdentityDocument, IdType, parse_document, parse_iccid
from counter_app.domain.phones import parse_msisdn
from counter_app.domain.plans import CardType, PlanKind, plan_available, renewed_expiry
from counter_app.domain.text import clean_input
from counter_app.services.catalog import carrier_plans, domain_plan
from counter_app.services.keys import InstallationSecret
from counter_app.services.lines import accepted_id_types
from counter_app.services.sales import (
    SaleKind,
    SaleView,
    Tender,
    _finish,
    _open_draft,
    _snapshot,
    _view,
    _view_by_uuid,
    hk_today,
)
from counter_app.services.shifts import require_open_shift
from counter_app.services.staff import Clerk
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Customer, Line, Plan, SaleItem

MAX_LINES_PER_DOCUMENT: Final = 10
_NAME_EN: Final = re.compile(r"[A-Z][A-Z ,.'\-]{0,119}")


@dataclass(frozen=True)
class Holder:
    """A validated holder, ready to store; ``document`` never leaves this process."""

    name_en: str
    name_zh: str
    date_of_birth: date | None
    document: IdentityDocument


def parse_holder(
    *,
    name_en: str,
    name_zh: str,
    date_of_birth: date | None,
    id_type: str,
    id_number: str,
    id_country: str = "",
    today: date,
) -> Holder:
    english = " ".join(clean_input(name_en, field="name_en", max_length=120).upper().split())
    chinese = clean_input(name_zh, field="name_zh", max_length=60).replace(" ", "")
    if not english and not chinese:
        raise InputError(
            "enter the holder's name as on the document", code="holder.name", field="name_en"
        )
    if english and not _NAME_EN.fullmatch(english):
        raise InputError(
            "the English name may hold only letters, spaces, hyphens, commas and apostrophes",
            code="holder.name_en",
            field="name_en",
        )
    if chinese and not all("\u3400" <= ch <= "\u9fff" or ch in "·．" for ch in chinese):
        raise InputError(
            "the Chinese name may hold only Chinese characters",
            code="holder.name_zh",
            field="name_zh",
        )
    if date_of_birth is not None and not date(1900, 1, 1) <= date_of_birth <= today:
        raise InputError(
            "the date of birth must be a past date",
            code="holder.date_of_birth",
            field="date_of_birth",
        )
    document = parse_document(id_type, id_number, country=id_country)
    return Holder(english, chinese, date_of_birth, document)


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
            code="registration.limit",
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
            code="registration.msisdn_taken",
            field="msisdn",
        )
    if (
        session.scalar(select(Line.id).where(Line.iccid == iccid, Line.closed_at.is_(None)))
        is not None
    ):
        raise InputError(
            "this SIM card is already registered", code="registration.iccid_taken", field="iccid"
        )


@dataclass(frozen=True)
class NewSimPlan:
    """A first plan a new card can be sold with: a renewal period at its list price."""

    code: str
    name_zh: str
    name_en: str
    price: int
    months: int
    data_mb: int


@dataclass(frozen=True)
class CardTypeOffer:
    """A card type a carrier's new SIM can be, with its first plans, shortest period first."""

    card_type: CardType
    plans: tuple[NewSimPlan, ...]


@dataclass(frozen=True)
class CarrierOffer:
    """What the new SIM form offers for one carrier: its documents, card types and plans."""

    code: str
    name_zh: str
    name_en: str
    accepted_id_types: tuple[IdType, ...]
    card_types: tuple[CardTypeOffer, ...]


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


@dataclass(frozen=True)
class NewSim:
    """What the clerk types to register and sell a new SIM."""

    msisdn: str
    iccid: str
    carrier_code: str
    card_type: str
    plan_code: str
    name_en: str
    name_zh: str
    date_of_birth: date | None
    id_type: str
    id_number: str
    id_country: str = ""
    secondary_msisdn: str = ""
    photo_matches: bool = False


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
            code="identity.photo",
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
            "choose the card type", code="registration.card_type", field="card_type"
        ) from exc
    if (card_type == CardType.DUAL) != (secondary is not None):
        raise InputError(
            "a China-HK dual card has a second (mainland) number; other cards have none",
            code="registration.secondary",
            field="secondary_msisdn",
        )
    with db.write() as session:
        sale = _open_draft(session, sale_uuid, SaleKind.NEW_SIM)
        if sale is None:
            return _view_by_uuid(session, sale_uuid)
        shift = require_open_shift(session, sale.counter_id)
        carrier = session.scalars(
            select(Carrier).where(Carrier.code == registration.carrier_code)
        ).first()
        if carrier is None:
            raise NotFound("choose the carrier", code="carrier.unknown", field="carrier")
        if holder.document.id_type not in accepted_id_types(carrier):
            raise InputError(
                f"{carrier.name_en} does not accept this document type",
                code="identity.type_not_accepted",
                field="id_type",
            )
        plan_row = session.scalars(
            select(Plan).where(Plan.code == registration.plan_code, Plan.carrier_id == carrier.id)
        ).first()
        if plan_row is None or plan_row.kind != PlanKind.RENEWAL:
            raise InputError(
                "choose the first plan for the new card", code="plan.not_available", field="plan"
            )
        plan = domain_plan(plan_row)
        if not plan.active or not plan_available(plan, carrier.code, card_type, today):
            raise InputError(
                "this plan is not offered for this card", code="plan.not_available", field="plan"
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
        sale.line_id = line.id
        sale.line_after = _snapshot(line)
        sale.line_before = {**_snapshot(line), "new": True}
        sale.line_version_after = line.version
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
        _finish(session, sale, shift.id, clerk, [item], tenders, now)
        return _view(session, sale)
