"""A new prepaid SIM: what the form offers for each carrier, and what the clerk types to sell it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counter_app.domain.identity import IdType
from counter_app.domain.plans import CardType


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
