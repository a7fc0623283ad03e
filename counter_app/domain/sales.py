"""A sale as the rest of the program sees it: its kind, its state, its view, its receipt number.

Plain data made by the sale services and read by receipts, reports, history and the screens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final

from counter_app.domain.errors import InputError
from counter_app.domain.tenders import TenderKind
from counter_app.domain.text import clean_input


class SaleKind(StrEnum):
    LINE = "line"  # renewal, credit top-up or data add-on of an existing line
    NEW_SIM = "new_sim"
    VOUCHER = "voucher"


class SaleState(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    VOIDED = "voided"
    REFUNDED = "refunded"
    ABANDONED = "abandoned"


DONE_STATES: Final = (SaleState.COMPLETED, SaleState.VOIDED, SaleState.REFUNDED)


@dataclass(frozen=True)
class ItemView:
    plan_code: str
    name_zh: str
    name_en: str
    list_price: int
    discount: int
    amount: int
    promotion_code: str
    benefits: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PaymentView:
    tender: TenderKind
    amount: int
    tendered: int | None
    change: int
    reference: str
    card_last4: str
    approval_code: str


@dataclass(frozen=True)
class VoucherView:
    """A sold voucher, without its PIN (see :func:`counter_app.services.sales.reveal_pin`)."""

    serial: str
    face_value: int
    expires_on: date
    redeem_zh: str
    redeem_en: str


@dataclass(frozen=True)
class SaleView:
    """A sale as receipts, the done screen and history show it. No ID number, no PIN."""

    uuid: str
    receipt_no: str | None
    kind: SaleKind
    state: SaleState
    shop_code: str
    counter_code: str
    counter_name: str
    clerk_username: str
    clerk_name: str
    created_at: datetime
    completed_at: datetime | None
    line_id: int | None
    msisdn_masked: str
    carrier_code: str
    carrier_name_zh: str
    carrier_name_en: str
    card_type: str
    expires_before: date | None
    expires_after: date | None
    balance_before: int | None
    balance_after: int | None
    total: int
    items: tuple[ItemView, ...]
    payments: tuple[PaymentView, ...]
    voucher: VoucherView | None
    reprints: int
    reversal: str | None = None
    draft: dict[str, Any] = field(default_factory=dict)

    @property
    def change_total(self) -> int:
        return sum(p.change for p in self.payments)


def receipt_key(text: str) -> str:
    """A receipt number as stored, however it was typed or scanned ("demo-c1-000001 ")."""
    return clean_input(text, field="receipt_no", max_length=60).upper()


_RECEIPT_NO: Final = re.compile(r"[A-Z0-9][A-Z0-9_.\-]*-[A-Z0-9_.]+-[0-9]{6,}")


def looks_like_receipt_no(text: str) -> bool:
    """True for a typed or scanned receipt number (SHOP-COUNTER-000123), not a phone number.

    A phone number typed with dashes has at most a few digits after its last dash and no
    letters; shop and counter codes made of digits only are still told apart, because no
    mobile number has three dash-separated groups ending in six digits.
    """
    try:
        key = receipt_key(text)
    except InputError:
        return False
    return _RECEIPT_NO.fullmatch(key) is not None
