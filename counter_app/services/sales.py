"""Checkout: a draft made when the sale starts, completed in one transaction, exactly once.

Completing writes the sale, its payments, the line's new state, the PIN claim, the next
gap-free receipt number, the SMS text and the audit entry together or not at all.
Completing a UUID that is already complete returns the first result unchanged.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.errors import InputError, NotFound
from counter_app.domain.money import MAX_AMOUNT, format_money
from counter_app.domain.phones import mask_msisdn
from counter_app.domain.plans import Quote, quote, quotes_for_line
from counter_app.domain.text import clean_input
from counter_app.services import audit
from counter_app.services.catalog import carrier_plans, current_promotions, domain_plan
from counter_app.services.identity import identity_passed
from counter_app.services.keys import InstallationSecret
from counter_app.services.lines import carrier_rules
from counter_app.services.shifts import require_open_shift
from counter_app.services.staff import Clerk
from counter_app.store.engine import Database
from counter_app.store.models import (
    Carrier,
    Counter,
    Line,
    Payment,
    Plan,
    ReceiptSequence,
    Reprint,
    Sale,
    SaleItem,
    SaleReversal,
    Shop,
    SmsOutbox,
    StaffUser,
    VoucherPin,
)


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

_REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/]{3,39}")
_APPROVAL = re.compile(r"[A-Za-z0-9]{2,12}")


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
    """A sold voucher, without its PIN (see :func:`reveal_pin`)."""

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
    def tendered_total(self) -> int:
        return sum(p.tendered if p.tendered is not None else p.amount for p in self.payments)

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


def hk_today(clock: Clock) -> date:
    return clock().astimezone(HONG_KONG).date()


# --- drafts ----------------------------------------------------------------------------


def start_sale(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    kind: SaleKind,
    *,
    line_id: int | None = None,
    clock: Clock = system_clock,
) -> SaleView:
    """Make the draft, and with it the UUID that makes completion idempotent."""
    if (kind == SaleKind.LINE) != (line_id is not None):
        raise ValueError("a line sale needs line_id; other sales must not have one")
    now = clock()
    with db.write() as session:
        shift = require_open_shift(session, counter_id)
        if line_id is not None:
            line = session.get(Line, line_id)
            if line is None or line.closed_at is not None:
                raise NotFound("this line no longer exists", code="line.not_found")
        sale = Sale(
            uuid=str(uuid_module.uuid4()),
            kind=kind.value,
            state=SaleState.DRAFT.value,
            counter_id=counter_id,
            shift_id=shift.id,
            clerk_id=clerk.id,
            line_id=line_id,
            draft={},
            created_at=now,
        )
        session.add(sale)
        session.flush()
        return _view(session, sale)


def save_draft(db: Database, sale_uuid: str, details: dict[str, Any]) -> None:
    """Remember what the clerk has chosen so far (plan, tenders), for crash recovery.

    *details* must hold no ID number, card number or PIN.
    """
    with db.write() as session:
        sale = _locked_sale(session, sale_uuid)
        if sale.state == SaleState.DRAFT:
            sale.draft = dict(details)


def unfinished_sales(db: Database, counter_id: int) -> list[SaleView]:
    """Drafts left at this counter (after a crash or power cut), oldest first."""
    with db.read() as session:
        drafts = session.scalars(
            select(Sale)
            .where(Sale.counter_id == counter_id, Sale.state == SaleState.DRAFT.value)
            .order_by(Sale.id)
        )
        return [_view(session, sale) for sale in drafts]


def abandon_sale(
    db: Database, clerk: Clerk, sale_uuid: str, *, clock: Clock = system_clock
) -> None:
    now = clock()
    with db.write() as session:
        sale = _locked_sale(session, sale_uuid)
        if sale.state != SaleState.DRAFT:
            raise InputError("this sale is already finished", code="sale.not_draft")
        sale.state = SaleState.ABANDONED.value
        audit.record(
            session,
            "sale.abandoned",
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=sale.counter_id,
            subject=sale_uuid,
        )


# --- quotes ----------------------------------------------------------------------------


def quotes(db: Database, line_id: int, *, today: date) -> list[Quote]:
    """Every plan this line can be sold today; the recommended one first."""
    with db.read() as session:
        line = session.get(Line, line_id)
        if line is None:
            raise NotFound(f"there is no line {line_id}", code="line.not_found")
        return _line_quotes(session, line, today)


def _line_quotes(session: Session, line: Line, today: date) -> list[Quote]:
    from counter_app.services.lines import view  # noqa: PLC0415 - avoids an import cycle

    facts = _facts(line, today, view(line, today).status)
    plans = [p for _, p in carrier_plans(session, line.carrier)]
    return quotes_for_line(
        plans, facts, today, current_promotions(session, today), carrier_rules(line.carrier)
    )


def _facts(line: Line, today: date, status: Any) -> Any:
    from counter_app.domain.plans import CardType, LineFacts  # noqa: PLC0415

    return LineFacts(
        carrier=line.carrier.code,
        card_type=CardType(line.card_type),
        expires_on=line.expires_on,
        balance=line.balance,
        data_left_mb=line.data_left_mb,
        status=status,
        current_plan=line.plan.code if line.plan else None,
    )


# --- completion ------------------------------------------------------------------------


def _locked_sale(session: Session, sale_uuid: str) -> Sale:
    sale = session.scalars(select(Sale).where(Sale.uuid == sale_uuid).with_for_update()).first()
    if sale is None:
        raise NotFound("there is no such sale", code="sale.unknown")
    return sale


def _open_draft(session: Session, sale_uuid: str, kind: SaleKind) -> Sale | None:
    """The draft to complete, or None when it is already complete (idempotency)."""
    sale = _locked_sale(session, sale_uuid)
    if sale.state in DONE_STATES:
        return None
    if sale.state != SaleState.DRAFT:
        raise InputError("this sale was abandoned; start a new one", code="sale.abandoned")
    if sale.kind != kind:
        raise ValueError(f"sale {sale_uuid} is a {sale.kind} sale, not {kind}")
    return sale


def complete_line_sale(
    db: Database,
    clerk: Clerk,
    sale_uuid: str,
    *,
    plan_code: str,
    tenders: list[Tender],
    clock: Clock = system_clock,
) -> SaleView:
    """Renew, top up or add data to the sale's line, and take the payment."""
    now = clock()
    today = hk_today(clock)
    with db.write() as session:
        sale = _open_draft(session, sale_uuid, SaleKind.LINE)
        if sale is None:
            return _view_by_uuid(session, sale_uuid)
        shift = require_open_shift(session, sale.counter_id)
        line = session.scalars(select(Line).where(Line.id == sale.line_id).with_for_update()).one()
        if line.closed_at is not None:
            raise InputError("this line is closed", code="line.closed")
        plan_row = session.scalars(
            select(Plan).where(Plan.code == plan_code, Plan.carrier_id == line.carrier_id)
        ).first()
        if plan_row is None or not plan_row.active:
            raise InputError("this plan is not offered for this line", code="plan.not_available")
        from counter_app.services.lines import view  # noqa: PLC0415

        status = view(line, today).status
        offer = quote(
            domain_plan(plan_row),
            _facts(line, today, status),
            today,
            current_promotions(session, today),
            carrier_rules(line.carrier),
        )
        if plan_row.needs_identity and not identity_passed(session, sale):
            raise InputError(
                "check the customer's identity document before this sale",
                code="identity.required",
            )
        sale.line_before = _snapshot(line)
        line.expires_on = offer.expires_on_after
        line.balance = offer.balance_after
        line.data_left_mb += offer.data_added_mb
        if offer.plan.kind == "renewal":
            line.plan_id = plan_row.id
        line.version += 1
        line.updated_at = now
        sale.line_after = _snapshot(line)
        sale.line_version_after = line.version
        item = SaleItem(
            plan_id=plan_row.id,
            plan_code=plan_row.code,
            name_zh=plan_row.name_zh,
            name_en=plan_row.name_en,
            list_price=offer.list_price,
            discount=offer.discount,
            amount=offer.total,
            promotion_code=offer.promotion.code if offer.promotion else "",
            benefits=[list(b) for b in offer.benefits()],
        )
        _finish(session, sale, shift.id, clerk, [item], tenders, now)
        _queue_sms(session, sale, line, offer, now)
        return _view(session, sale)


def complete_voucher_sale(
    db: Database,
    clerk: Clerk,
    sale_uuid: str,
    *,
    carrier_code: str,
    face_value: int,
    tenders: list[Tender],
    clock: Clock = system_clock,
) -> SaleView:
    """Sell one PIN voucher from stock: exactly one available PIN is claimed."""
    now = clock()
    today = hk_today(clock)
    with db.write() as session:
        sale = _open_draft(session, sale_uuid, SaleKind.VOUCHER)
        if sale is None:
            return _view_by_uuid(session, sale_uuid)
        shift = require_open_shift(session, sale.counter_id)
        carrier = session.scalars(select(Carrier).where(Carrier.code == carrier_code)).first()
        if carrier is None:
            raise NotFound(f"there is no carrier {carrier_code}", code="carrier.unknown")
        # SKIP LOCKED: two counters selling at once each get a different PIN, without waiting.
        pin = session.scalars(
            select(VoucherPin)
            .where(
                VoucherPin.carrier_id == carrier.id,
                VoucherPin.face_value == face_value,
                VoucherPin.state == "available",
                VoucherPin.expires_on >= today,
            )
            .order_by(VoucherPin.expires_on, VoucherPin.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        ).first()
        if pin is None:
            raise InputError(
                f"no {carrier.name_en} {format_money(face_value)} voucher left in stock",
                code="voucher.out_of_stock",
            )
        pin.state = "sold"
        pin.sale_id = sale.id
        pin.sold_at = now
        item = SaleItem(
            voucher_pin_id=pin.id,
            name_zh=f"{carrier.name_zh} 充值券 {format_money(face_value)}",
            name_en=f"{carrier.name_en} top-up voucher {format_money(face_value)}",
            list_price=face_value,
            amount=face_value,
            benefits=[],
        )
        _finish(session, sale, shift.id, clerk, [item], tenders, now)
        return _view(session, sale)


def _finish(  # noqa: PLR0917 - one internal call per kind of sale
    session: Session,
    sale: Sale,
    shift_id: int,
    clerk: Clerk,
    items: list[SaleItem],
    tenders: list[Tender],
    now: datetime,
) -> None:
    total = sum(item.amount for item in items)
    payments = _payments(tenders, total)
    sale.shift_id = shift_id
    sale.clerk_id = clerk.id
    sale.total = total
    sale.items.extend(items)
    sale.payments.extend(payments)
    sale.receipt_no = _next_receipt_no(session, sale.counter_id)
    sale.state = SaleState.COMPLETED.value
    sale.completed_at = now
    session.flush()
    audit.record(
        session,
        "sale.completed",
        occurred_at=now,
        staff_id=clerk.id,
        counter_id=sale.counter_id,
        subject=sale.receipt_no,
        details={
            "kind": sale.kind,
            "total": total,
            "tenders": [p.tender for p in payments],
            "line_id": sale.line_id,
        },
    )


def _next_receipt_no(session: Session, counter_id: int) -> str:
    # Inside the sale's transaction: a rolled-back sale leaves no gap, and the row lock
    # makes two tills of one counter queue here rather than share a number.
    number = session.execute(
        update(ReceiptSequence)
        .where(ReceiptSequence.counter_id == counter_id)
        .values(last_no=ReceiptSequence.last_no + 1)
        .returning(ReceiptSequence.last_no)
    ).scalar_one_or_none()
    if number is None:
        session.add(ReceiptSequence(counter_id=counter_id, last_no=1))
        session.flush()
        number = 1
    shop_code, counter_code = session.execute(
        select(Shop.code, Counter.code).join(Counter).where(Counter.id == counter_id)
    ).one()
    return f"{shop_code}-{counter_code}-{number:06d}"


def _payments(tenders: list[Tender], total: int) -> list[Payment]:
    if total > 0 and not tenders:
        raise InputError("take the payment first", code="payment.missing")
    payments = []
    for tender in tenders:
        payments.append(_payment(tender))
    paid = sum(p.amount for p in payments)
    if paid != total:
        short = "short by" if paid < total else "over by"
        raise InputError(
            f"the payments add up to {format_money(paid)}, the total is {format_money(total)} "
            f"({short} {format_money(abs(total - paid))})",
            code="payment.total_mismatch",
        )
    return payments


def _payment(tender: Tender) -> Payment:
    kind = TenderKind(tender.kind)
    if not isinstance(tender.amount, int) or isinstance(tender.amount, bool):
        raise TypeError("tender amounts are integer cents")
    if not 0 < tender.amount <= MAX_AMOUNT:
        raise InputError("each payment must be more than HK$0", code="payment.amount")
    if kind == TenderKind.CASH:
        tendered = tender.amount if tender.tendered is None else tender.tendered
        if tendered < tender.amount:
            raise InputError(
                f"the cash handed over ({format_money(tendered)}) is less than "
                f"{format_money(tender.amount)}",
                code="payment.cash_short",
                field="cash_tendered",
            )
        if tendered > MAX_AMOUNT:
            raise InputError("that is more cash than one sale takes", code="payment.cash_large")
        return Payment(
            tender=kind.value,
            amount=tender.amount,
            tendered=tendered,
            change=tendered - tender.amount,
        )
    if tender.tendered not in (None, tender.amount):
        raise InputError("only cash gives change", code="payment.change_non_cash")
    if kind == TenderKind.CARD:
        last4 = clean_input(tender.card_last4, field="card_last4", max_length=8)
        approval = clean_input(tender.approval_code, field="approval_code", max_length=20)
        if not (len(last4) == 4 and last4.isascii() and last4.isdigit()):
            raise InputError(
                "enter the last 4 digits of the card from the terminal slip",
                code="payment.card_last4",
                field="card_last4",
            )
        if not _APPROVAL.fullmatch(approval):
            raise InputError(
                "enter the approval code from the terminal slip",
                code="payment.approval_code",
                field="approval_code",
            )
        return Payment(
            tender=kind.value,
            amount=tender.amount,
            card_last4=last4,
            approval_code=approval.upper(),
        )
    reference = clean_input(tender.reference, field="reference", max_length=60)
    if not _REFERENCE.fullmatch(reference):
        raise InputError(
            "enter the transaction reference (4-40 letters or digits)",
            code="payment.reference",
            field="reference",
        )
    return Payment(tender=kind.value, amount=tender.amount, reference=reference)


def _snapshot(line: Line) -> dict[str, Any]:
    return {
        "expires_on": line.expires_on.isoformat(),
        "balance": line.balance,
        "data_left_mb": line.data_left_mb,
        "plan_id": line.plan_id,
        "version": line.version,
    }


def _queue_sms(session: Session, sale: Sale, line: Line, offer: Quote, now: datetime) -> None:
    shop = session.scalars(select(Shop).join(Counter).where(Counter.id == sale.counter_id)).one()
    masked = mask_msisdn(line.msisdn)
    if offer.plan.kind == "renewal":
        zh = f"號碼 {masked} 已續期至 {line.expires_on.isoformat()}。"
        en = f"{masked} is renewed until {line.expires_on.isoformat()}."
    else:
        zh = f"號碼 {masked} 已增值，餘額 {format_money(line.balance)}。"
        en = f"{masked} topped up; balance {format_money(line.balance)}."
    body = (
        f"【{shop.name_zh}】{zh}收據 {sale.receipt_no}。"
        f"{shop.name_en}: {en} Receipt {sale.receipt_no}."
    )
    session.add(SmsOutbox(sale_id=sale.id, msisdn=line.msisdn, body=body[:500], created_at=now))


# --- reading sales back ----------------------------------------------------------------


def get_sale(db: Database, *, uuid: str | None = None, receipt_no: str | None = None) -> SaleView:
    with db.read() as session:
        if uuid is not None:
            return _view_by_uuid(session, uuid)
        sale = session.scalars(
            select(Sale).where(Sale.receipt_no == receipt_key(receipt_no or ""))
        ).first()
        if sale is None:
            raise NotFound(
                f"there is no sale with receipt number {receipt_no}", code="sale.unknown"
            )
        return _view(session, sale)


def record_reprint(
    db: Database, clerk: Clerk, receipt_no: str, *, clock: Clock = system_clock
) -> SaleView:
    """Log a reprint (COPY / 副本) and return the sale with its new copy count."""
    now = clock()
    with db.write() as session:
        sale = session.scalars(
            select(Sale).where(Sale.receipt_no == receipt_key(receipt_no)).with_for_update()
        ).first()
        if sale is None or sale.state not in DONE_STATES:
            raise NotFound(
                f"there is no sale with receipt number {receipt_no}", code="sale.unknown"
            )
        copies = session.scalar(select(func.count(Reprint.id)).where(Reprint.sale_id == sale.id))
        session.add(
            Reprint(
                sale_id=sale.id, staff_id=clerk.id, copy_no=int(copies or 0) + 1, created_at=now
            )
        )
        session.flush()
        audit.record(
            session,
            "sale.reprinted",
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=sale.counter_id,
            subject=sale.receipt_no or "",
        )
        return _view(session, sale)


def reveal_pin(
    db: Database,
    clerk: Clerk,
    receipt_no: str,
    secret: InstallationSecret,
    *,
    clock: Clock = system_clock,
) -> str:
    """The PIN of a sold voucher, for printing it; every reveal is audited."""
    now = clock()
    with db.write() as session:
        pin = session.scalars(
            select(VoucherPin)
            .join(Sale, VoucherPin.sale_id == Sale.id)
            .where(Sale.receipt_no == receipt_key(receipt_no))
        ).first()
        if pin is None:
            raise NotFound(f"sale {receipt_no} sold no voucher", code="voucher.none")
        audit.record(
            session,
            "voucher.pin_revealed",
            occurred_at=now,
            staff_id=clerk.id,
            subject=receipt_key(receipt_no),
            details={"serial": pin.serial},
        )
        return secret.decrypt_pin(pin.pin_encrypted, pin.serial)


def _view_by_uuid(session: Session, sale_uuid: str) -> SaleView:
    sale = session.scalars(select(Sale).where(Sale.uuid == sale_uuid)).first()
    if sale is None:
        raise NotFound("there is no such sale", code="sale.unknown")
    return _view(session, sale)


def _date(snapshot: dict[str, Any] | None) -> date | None:
    # A new SIM's "before" is its own first state: there was no expiry before it.
    if not snapshot or snapshot.get("new"):
        return None
    return date.fromisoformat(snapshot["expires_on"])


def _view(session: Session, sale: Sale) -> SaleView:
    counter = session.get_one(Counter, sale.counter_id)
    shop = session.get_one(Shop, counter.shop_id)
    clerk = session.get_one(StaffUser, sale.clerk_id)
    line = session.get(Line, sale.line_id) if sale.line_id is not None else None
    pin = session.scalars(select(VoucherPin).where(VoucherPin.sale_id == sale.id)).first()
    carrier = line.carrier if line else (session.get(Carrier, pin.carrier_id) if pin else None)
    reprints = session.scalar(select(func.count(Reprint.id)).where(Reprint.sale_id == sale.id))
    reversal = session.scalar(select(SaleReversal.kind).where(SaleReversal.sale_id == sale.id))
    return SaleView(
        uuid=sale.uuid,
        receipt_no=sale.receipt_no,
        kind=SaleKind(sale.kind),
        state=SaleState(sale.state),
        shop_code=shop.code,
        counter_code=counter.code,
        counter_name=counter.name,
        clerk_username=clerk.username,
        clerk_name=clerk.display_name,
        created_at=sale.created_at,
        completed_at=sale.completed_at,
        line_id=sale.line_id,
        msisdn_masked=mask_msisdn(line.msisdn) if line else "",
        carrier_code=carrier.code if carrier else "",
        carrier_name_zh=carrier.name_zh if carrier else "",
        carrier_name_en=carrier.name_en if carrier else "",
        card_type=line.card_type if line else "",
        expires_before=_date(sale.line_before),
        expires_after=_date(sale.line_after),
        balance_before=sale.line_before["balance"] if sale.line_before else None,
        balance_after=sale.line_after["balance"] if sale.line_after else None,
        total=sale.total,
        items=tuple(
            ItemView(
                i.plan_code,
                i.name_zh,
                i.name_en,
                i.list_price,
                i.discount,
                i.amount,
                i.promotion_code,
                tuple((b[0], b[1]) for b in i.benefits),
            )
            for i in sale.items
        ),
        payments=tuple(
            PaymentView(
                TenderKind(p.tender),
                p.amount,
                p.tendered,
                p.change,
                p.reference,
                p.card_last4,
                p.approval_code,
            )
            for p in sale.payments
        ),
        voucher=VoucherView(
            pin.serial,
            pin.face_value,
            pin.expires_on,
            carrier.redeem_zh if carrier else "",
            carrier.redeem_en if carrier else "",
        )
        if pin
        else None,
        reprints=int(reprints or 0),
        reversal=reversal,
        draft=dict(sale.draft or {}),
    )
