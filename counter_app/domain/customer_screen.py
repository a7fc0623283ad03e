"""What the screen facing the customer shows: plain, frozen facts, published by the counter.

The clerk's screens publish one of these states as the sale moves on; a customer's
screen (a second monitor, a pole display driven as a screen) draws whatever was last
published. The states hold only what the customer may see across the counter: the
number being served in full (a top-up to a wrong number cannot be refunded by the
carrier, so the customer checks it), the carrier, the plan, the new expiry, the money.
Never an ID number, never the holder's name, never a voucher's PIN: there is no field
for any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum


class CustomerSaleKind(StrEnum):
    LINE = "line"  # a renewal or top-up of a line found at the counter
    VOUCHER = "voucher"  # a PIN voucher from stock (the PIN is never shown here)
    NEW_SIM = "new_sim"  # a new SIM card registered at the counter


@dataclass(frozen=True)
class Idle:
    """No customer being served: the shop's name (and logo, when the shop has one)."""

    shop_name_zh: str
    shop_name_en: str
    logo: bytes = b""  # the logo file's contents (PNG, JPEG, SVG), read off the GUI thread


@dataclass(frozen=True)
class Serving:
    """A sale under way. Money in cents; None where the step has not come yet."""

    kind: CustomerSaleKind
    number: str  # the number being served, in full, as shown ("+852 9600 0003"); "" for a voucher
    carrier_zh: str
    carrier_en: str
    plan_zh: str = ""
    plan_en: str = ""
    expires_before: date | None = None
    expires_after: date | None = None
    total: int | None = None
    tendered: int | None = None  # cash handed over so far (cash tenders only)
    change: int | None = None
    fps_code: str = ""  # the FPS QR payload for the amount to pay by FPS, when FPS is chosen
    fps_amount: int | None = None

    def paying(
        self,
        *,
        tendered: int | None,
        change: int | None,
        fps_code: str,
        fps_amount: int | None,
    ) -> Serving:
        """The same sale with the payment page's present amounts."""
        return replace(
            self, tendered=tendered, change=change, fps_code=fps_code, fps_amount=fps_amount
        )

    def before_payment(self) -> Serving:
        """The same sale with nothing tendered yet (back from the payment page)."""
        return replace(self, tendered=None, change=None, fps_code="", fps_amount=None)


@dataclass(frozen=True)
class Thanks:
    """The sale is done: thank you, with the receipt number and the change to hand back."""

    kind: CustomerSaleKind
    receipt_no: str
    total: int
    change: int
    number: str = ""


CustomerState = Idle | Serving | Thanks
