"""A customer's line as the account panel, the sale screen and the reminders show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counter_app.domain.identity import IdType
from counter_app.domain.plans import CardType, LineStatus


@dataclass(frozen=True)
class LineView:
    """A line's account as plain data. Holds no ID number and no full ICCID."""

    id: int
    version: int
    msisdn: str
    msisdn_display: str
    msisdn_masked: str
    secondary_msisdn: str | None
    secondary_display: str
    iccid_masked: str
    carrier_code: str
    carrier_name_zh: str
    carrier_name_en: str
    card_type: CardType
    plan_code: str
    plan_name_zh: str
    plan_name_en: str
    expires_on: date
    days_left: int
    balance: int
    data_left_mb: int
    status: LineStatus
    renewable: bool
    auto_renew: bool
    holder_name_en: str
    holder_name_zh: str
    holder_id_type: str
    holder_id_masked: str
    accepted_id_types: tuple[IdType, ...]
    closed: bool
