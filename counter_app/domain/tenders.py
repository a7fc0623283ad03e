"""The ways a customer pays (tenders) and the rules each payment must meet.

The sale service checks every tender with :func:`check_tender` before it records a
payment; the payment panel checks each input with the same functions as the clerk types,
so that both say the same thing. Every problem is an :class:`InputError` whose ``field``
names the input it is about (``cash_tendered``, ``card_last4``, ``approval_code``,
``reference``), or none for the amount itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.free_text import free_text
from counter_app.domain.money import MAX_AMOUNT, format_money
from counter_app.domain.text import clean_input


class TenderKind(StrEnum):
    CASH = "cash"
    CARD = "card"
    OCTOPUS = "octopus"
    ALIPAY_HK = "alipay_hk"
    WECHAT_PAY_HK = "wechat_pay_hk"
    FPS = "fps"


TENDER_NAMES: Final = {
    TenderKind.CASH: ("現金", "Cash"),
    TenderKind.CARD: ("信用卡", "Card"),
    TenderKind.OCTOPUS: ("八達通", "Octopus"),
    TenderKind.ALIPAY_HK: ("AlipayHK", "AlipayHK"),
    TenderKind.WECHAT_PAY_HK: ("WeChat Pay HK", "WeChat Pay HK"),
    TenderKind.FPS: ("轉數快", "FPS"),
}

_REFERENCE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/]{3,39}")
_APPROVAL: Final = re.compile(r"[A-Za-z0-9]{2,12}")


@dataclass(frozen=True)
class Tender:
    """One way the customer pays part of the total.

    Cash: ``tendered`` is what the customer handed over (change = tendered - amount).
    Card: the terminal's last 4 digits and approval code only, never the card number.
    Octopus, AlipayHK, WeChat Pay HK, FPS: the transaction reference.
    """

    kind: TenderKind
    amount: int
    tendered: int | None = None
    reference: str = ""
    card_last4: str = ""
    approval_code: str = ""

    @property
    def handed_over(self) -> int:
        """What the customer handed over: the cash tendered, or else the amount."""
        return self.amount if self.tendered is None else self.tendered

    @property
    def change(self) -> int:
        return self.handed_over - self.amount


def check_amount(amount: int) -> int:
    """*amount* (cents) if one payment may be that much: more than HK$0, at most MAX_AMOUNT.

    Raises :class:`TypeError` for anything but an int (a programming error).
    """
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError("tender amounts are integer cents")
    if not 0 < amount <= MAX_AMOUNT:
        raise InputError("each payment must be more than HK$0", code=ErrorCode.PAYMENT_AMOUNT)
    return amount


def cash_tendered(amount: int, tendered: int | None) -> int:
    """The cash handed over for a cash payment of *amount*: at least the amount (None: exact)."""
    handed_over = amount if tendered is None else tendered
    if handed_over < amount:
        raise InputError(
            f"the cash handed over ({format_money(handed_over)}) is less than "
            f"{format_money(amount)}",
            code=ErrorCode.PAYMENT_CASH_SHORT,
            field="cash_tendered",
        )
    if handed_over > MAX_AMOUNT:
        raise InputError("that is more cash than one sale takes", code=ErrorCode.PAYMENT_CASH_LARGE)
    return handed_over


def card_last4(text: str) -> str:
    """The card's last 4 digits as typed from the terminal slip."""
    return _checked_last4(clean_input(text, field="card_last4", max_length=8))


def approval_code(text: str) -> str:
    """The terminal slip's approval code as typed, in capitals."""
    return _checked_approval(clean_input(text, field="approval_code", max_length=20))


def reference(text: str) -> str:
    """An Octopus, AlipayHK, WeChat Pay HK or FPS transaction reference as typed."""
    cleaned = free_text(text, field="reference", max_length=60)
    if not _REFERENCE.fullmatch(cleaned):
        raise InputError(
            "enter the transaction reference (4-40 letters or digits)",
            code=ErrorCode.PAYMENT_REFERENCE,
            field="reference",
        )
    return cleaned


def check_tender(tender: Tender) -> Tender:
    """*tender* as it is recorded, or the first rule it breaks.

    The result holds the cleaned inputs: the cash tendered (the amount when none was
    given), the card's last 4 digits and the approval code in capitals, or the reference.
    Only cash gives change.
    """
    kind = TenderKind(tender.kind)
    amount = check_amount(tender.amount)
    if kind == TenderKind.CASH:
        return Tender(kind, amount, tendered=cash_tendered(amount, tender.tendered))
    if tender.tendered not in (None, amount):
        raise InputError("only cash gives change", code=ErrorCode.PAYMENT_CHANGE_NON_CASH)
    if kind == TenderKind.CARD:
        # Both are cleaned before either is checked, as the terminal slip gives them together.
        last4 = clean_input(tender.card_last4, field="card_last4", max_length=8)
        approval = clean_input(tender.approval_code, field="approval_code", max_length=20)
        return Tender(
            kind,
            amount,
            card_last4=_checked_last4(last4),
            approval_code=_checked_approval(approval),
        )
    return Tender(kind, amount, reference=reference(tender.reference))


def _checked_last4(last4: str) -> str:
    if not (len(last4) == 4 and last4.isascii() and last4.isdigit()):
        raise InputError(
            "enter the last 4 digits of the card from the terminal slip",
            code=ErrorCode.PAYMENT_CARD_LAST4,
            field="card_last4",
        )
    return last4


def _checked_approval(approval: str) -> str:
    if not _APPROVAL.fullmatch(approval):
        raise InputError(
            "enter the approval code from the terminal slip",
            code=ErrorCode.PAYMENT_APPROVAL_CODE,
            field="approval_code",
        )
    return approval.upper()
