"""Line and voucher sales: a draft made when the sale starts, completed in one transaction, once.

Completing writes the sale, its payments, the line's new state, the PIN claim, the next
gap-free receipt number, the SMS text and the audit entry together or not at all.
Completing a UUID that is already complete returns the first result unchanged. What every
kind of sale shares (the draft, the finish, the view) is :mod:`counter_app.services.checkout`.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import date
from typing import Any

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased, joinedload

from counter_app import log
from counter_app.domain import fps
from counter_app.domain.clock import Clock, hk_today, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.fps import FpsTerms
from counter_app.domain.money import format_money
from counter_app.domain.plans import (
    CardType,
    LineFacts,
    LineStatus,
    Quote,
    line_status,
    quote,
    quotes_for_line,
)
from counter_app.domain.sales import DONE_STATES, SaleKind, SaleState, SaleView, receipt_key
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender
from counter_app.services import audit, outbox
from counter_app.services.catalog import carrier_plans, current_promotions, domain_plan
from counter_app.services.checkout import (
    build_view,
    counter_at,
    finish_sale,
    line_snapshot,
    locked_sale,
    open_draft_at,
    predicted_receipt_no,
    sale_view,
    sale_view_by_uuid,
)
from counter_app.services.identity import identity_passed
from counter_app.services.keys import InstallationSecret
from counter_app.services.lines import carrier_rules
from counter_app.services.shop_settings import read_shop_settings
from counter_app.store.engine import Database
from counter_app.store.models import (
    Carrier,
    Counter,
    Line,
    Plan,
    Reprint,
    Sale,
    SaleItem,
    VoucherPin,
)
from counter_app.store.rows import insert_rows, update_row

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
        counter, shop, shift_id, line = counter_at(session, counter_id, line_id=line_id)
        if line_id is not None and (line is None or line.closed_at is not None):
            raise NotFound("this line no longer exists", code=ErrorCode.LINE_NOT_FOUND)
        sale = Sale(
            uuid=str(uuid_module.uuid4()),
            kind=kind.value,
            state=SaleState.DRAFT.value,
            counter_id=counter_id,
            shift_id=shift_id,
            clerk_id=clerk.id,
            line_id=line_id,
            draft={},
            created_at=now,
            items=[],
            payments=[],
        )
        insert_rows(session, [sale])
    return build_view(
        sale,
        shop=shop,
        counter=counter,
        clerk=(clerk.username, clerk.display_name),
        line=line,
        carrier=line.carrier if line else None,
    )


def save_draft(db: Database, sale_uuid: str, details: dict[str, Any]) -> None:
    """Remember what the clerk has chosen so far (plan, tenders), for crash recovery.

    *details* must hold no ID number, card number or PIN.
    """
    with db.write() as session:
        sale = locked_sale(session, sale_uuid)
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
        return [sale_view(session, sale) for sale in drafts]


def abandon_sale(
    db: Database, clerk: Clerk, sale_uuid: str, *, clock: Clock = system_clock
) -> None:
    now = clock()
    with db.write() as session:
        sale = locked_sale(session, sale_uuid)
        if sale.state != SaleState.DRAFT:
            raise InputError("this sale is already finished", code=ErrorCode.SALE_NOT_DRAFT)
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
            raise NotFound(f"there is no line {line_id}", code=ErrorCode.LINE_NOT_FOUND)
        return _line_quotes(session, line, today)


def _line_quotes(session: Session, line: Line, today: date) -> list[Quote]:
    rules = carrier_rules(line.carrier)
    status = line_status(line.expires_on, today, rules, recycled=line.recycled)
    facts = _facts(line, today, status)
    plans = [p for _, p in carrier_plans(session, line.carrier)]
    return quotes_for_line(plans, facts, today, current_promotions(session, today), rules)


def _facts(line: Line, today: date, status: LineStatus) -> LineFacts:
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


_CHOSEN = aliased(Plan, name="chosen")
# The line (locked), its carrier, its current plan and the plan chosen: one statement,
# built once (every top-up runs it; building it anew cost more than running it).
_LINE_AND_PLAN = (
    select(Line, _CHOSEN)
    .options(joinedload(Line.carrier), joinedload(Line.plan))
    .outerjoin(
        _CHOSEN,
        and_(_CHOSEN.carrier_id == Line.carrier_id, _CHOSEN.code == bindparam("plan_code")),
    )
    .where(Line.id == bindparam("line_id"))
    .with_for_update(of=Line)
)


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
        draft = open_draft_at(session, sale_uuid, SaleKind.LINE)
        if draft is None:
            return sale_view_by_uuid(session, sale_uuid)
        sale = draft.sale
        line, plan_row = session.execute(
            _LINE_AND_PLAN, {"line_id": sale.line_id, "plan_code": plan_code}
        ).one()
        if line.closed_at is not None:
            raise InputError("this line is closed", code=ErrorCode.LINE_CLOSED)
        if plan_row is None or not plan_row.active:
            raise InputError(
                "this plan is not offered for this line", code=ErrorCode.PLAN_NOT_AVAILABLE
            )
        rules = carrier_rules(line.carrier)
        status = line_status(line.expires_on, today, rules, recycled=line.recycled)
        offer = quote(
            domain_plan(plan_row),
            _facts(line, today, status),
            today,
            current_promotions(session, today),
            rules,
        )
        if plan_row.needs_identity and not identity_passed(session, sale):
            raise InputError(
                "check the customer's identity document before this sale",
                code=ErrorCode.IDENTITY_REQUIRED,
            )
        line_before = line_snapshot(line)
        update_row(
            session,
            line,
            {
                "expires_on": offer.expires_on_after,
                "balance": offer.balance_after,
                "data_left_mb": line.data_left_mb + offer.data_added_mb,
                "plan_id": plan_row.id if offer.plan.kind == "renewal" else line.plan_id,
                "version": line.version + 1,
                "updated_at": now,
            },
        )
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
        finish_sale(
            session,
            sale,
            shift_id=draft.shift_id,
            clerk=clerk,
            items=[item],
            tenders=tenders,
            now=now,
            codes=(draft.shop.code, draft.counter.code),
            jobs=lambda: outbox.queue_line_jobs(
                session, sale, line=line, plan=plan_row, now=now, shop=draft.shop
            ),
            line_change={
                "line_before": line_before,
                "line_after": line_snapshot(line),
                "line_version_after": line.version,
            },
        )
    return draft.view(clerk, line=line, carrier=line.carrier)


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
        draft = open_draft_at(session, sale_uuid, SaleKind.VOUCHER)
        if draft is None:
            return sale_view_by_uuid(session, sale_uuid)
        sale = draft.sale
        carrier = session.scalars(select(Carrier).where(Carrier.code == carrier_code)).first()
        if carrier is None:
            raise NotFound(f"there is no carrier {carrier_code}", code=ErrorCode.CARRIER_UNKNOWN)
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
                code=ErrorCode.VOUCHER_OUT_OF_STOCK,
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
        finish_sale(
            session,
            sale,
            shift_id=draft.shift_id,
            clerk=clerk,
            items=[item],
            tenders=tenders,
            now=now,
            codes=(draft.shop.code, draft.counter.code),
        )
    return draft.view(clerk, line=None, carrier=carrier, pin=pin)


# --- reading sales back ----------------------------------------------------------------


def get_sale(db: Database, *, uuid: str | None = None, receipt_no: str | None = None) -> SaleView:
    with db.read() as session:
        if uuid is not None:
            return sale_view_by_uuid(session, uuid)
        sale = session.scalars(
            select(Sale).where(Sale.receipt_no == receipt_key(receipt_no or ""))
        ).first()
        if sale is None:
            raise NotFound(
                f"there is no sale with receipt number {receipt_no}", code=ErrorCode.SALE_UNKNOWN
            )
        return sale_view(session, sale)


def next_receipt_no(db: Database, counter_id: int) -> str | None:
    """The receipt number the counter's next completed sale is expected to get, or None
    when there is no such counter. A prediction, read only: a sale of the same counter
    that completes first takes it (see :func:`checkout.predicted_receipt_no`)."""
    with db.read() as session:
        return predicted_receipt_no(session, counter_id)


def fps_terms(db: Database, counter_id: int, sale_uuid: str) -> FpsTerms:
    """The shop's FPS account and the bill number of the FPS code for the draft *sale_uuid*.

    The bill number is the receipt number the sale is expected to get. If another sale of
    this counter completes first, the code's reference and the receipt differ: the clerk
    confirms the payment by the reference the customer's bank app shows, as for any FPS
    payment, so nothing is lost but the match.
    """
    receipt_no = next_receipt_no(db, counter_id)
    with db.read() as session:
        shop_id = session.scalar(select(Counter.shop_id).where(Counter.id == counter_id))
        settings = read_shop_settings(session, shop_id)
    try:
        account = fps.account(settings.fps_proxy, settings.fps_merchant_name, settings.fps_city)
    except InputError as exc:
        # Checked when saved; a value edited into the table by hand must not stop a sale.
        log.services.warning("the shop's FPS settings are not usable: %s", exc)
        account = None
    return FpsTerms(account, fps.bill_number(receipt_no, sale_uuid))


def record_reprint(
    db: Database,
    clerk: Clerk,
    receipt_no: str,
    *,
    copy_no: int | None = None,
    clock: Clock = system_clock,
) -> SaleView:
    """Log a reprint (COPY / 副本) and return the sale with its new copy count.

    *copy_no* is the number the copy was printed with, recorded once it was sent (two
    counters printing at once both printed that number, and both are recorded as such);
    None takes the next number, for a copy recorded before it is made.
    """
    now = clock()
    with db.write() as session:
        sale = session.scalars(
            select(Sale).where(Sale.receipt_no == receipt_key(receipt_no)).with_for_update()
        ).first()
        if sale is None or sale.state not in DONE_STATES:
            raise NotFound(
                f"there is no sale with receipt number {receipt_no}", code=ErrorCode.SALE_UNKNOWN
            )
        if copy_no is None:
            copies = session.scalar(
                select(func.count(Reprint.id)).where(Reprint.sale_id == sale.id)
            )
            copy_no = int(copies or 0) + 1
        session.add(Reprint(sale_id=sale.id, staff_id=clerk.id, copy_no=copy_no, created_at=now))
        session.flush()
        audit.record(
            session,
            "sale.reprinted",
            occurred_at=now,
            staff_id=clerk.id,
            counter_id=sale.counter_id,
            subject=sale.receipt_no or "",
        )
        return sale_view(session, sale)


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
            raise NotFound(f"sale {receipt_no} sold no voucher", code=ErrorCode.VOUCHER_NONE)
        audit.record(
            session,
            "voucher.pin_revealed",
            occurred_at=now,
            staff_id=clerk.id,
            subject=receipt_key(receipt_no),
            details={"serial": pin.serial},
        )
        return secret.decrypt_pin(pin.pin_encrypted, pin.serial)
