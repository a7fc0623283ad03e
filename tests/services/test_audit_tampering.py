"""Tampering with the audit trail and the sales it binds, on SQLite files and PostgreSQL.

Each test writes to the database as an attacker with write access would (plain SQL,
everything but the installation secret), then ``audit.verify`` must say the trail is
broken. The command line's exit code and single line are checked in test_cli_admin.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from counter_app.domain.sales import SaleView
from counter_app.domain.staff import Clerk
from counter_app.services import audit, reversals, shifts, staff
from counter_app.store.models import (
    AuditEvent,
    AuditHead,
    Payment,
    ReceiptSequence,
    Sale,
    SaleItem,
    StaffUser,
    VoucherPin,
)
from tests.services.conftest import PASSWORD, Shop


def _sell(shop: Shop, clerk: Clerk, counter_id: int, face: int = 5_000) -> SaleView:
    return shop.sell_voucher(clerk, "BAUHINIA", face, counter_id=counter_id)


@pytest.fixture
def trading(shop: Shop, clerk: Clerk) -> list[SaleView]:
    """Two counters trading: four sales at the first (one voided), one at the second."""
    shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    other = shop.sign_in("supervisor")
    shifts.open_shift(shop.db, other, shop.other_counter_id, 0, clock=shop.clock)
    sold = [_sell(shop, clerk, shop.counter_id, face) for face in (5_000, 10_000, 5_000)]
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        sold[1].receipt_no,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed their mind",
        clock=shop.clock,
    )
    sold.append(_sell(shop, clerk, shop.counter_id))
    sold.append(_sell(shop, other, shop.other_counter_id))
    report = audit.verify(shop.db)
    assert report.ok, report.problem
    return sold


def _chain(session: Session, chain: int) -> list[AuditEvent]:
    return list(
        session.scalars(
            select(AuditEvent).where(AuditEvent.chain == chain).order_by(AuditEvent.seq)
        )
    )


def _plain_hash(event: AuditEvent) -> str:
    """What an attacker without the key can compute: the old plain SHA-256 of an entry."""
    body = {
        "id": event.id,
        "occurred_at": event.occurred_at.isoformat(),
        "action": event.action,
        "staff_id": event.staff_id,
        "counter_id": event.counter_id,
        "subject": event.subject,
        "details": event.details,
        "prev_hash": event.prev_hash,
        "chain": event.chain,
        "seq": event.seq,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _sale_id(session: Session, receipt_no: str) -> int:
    return session.scalars(select(Sale.id).where(Sale.receipt_no == receipt_no)).one()


def edit_entry(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    middle = _chain(session, shop.counter_id)[3]
    session.execute(
        update(AuditEvent).where(AuditEvent.id == middle.id).values(details={"total": 1})
    )


def edit_entry_time(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    middle = _chain(session, shop.counter_id)[2]
    session.execute(
        update(AuditEvent)
        .where(AuditEvent.id == middle.id)
        .values(occurred_at=middle.occurred_at - timedelta(hours=3))
    )


def delete_entry(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    middle = _chain(session, shop.counter_id)[2]
    session.execute(delete(AuditEvent).where(AuditEvent.id == middle.id))


def reorder_entries(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    first, second = ((e.id, e.seq) for e in _chain(session, shop.counter_id)[1:3])
    session.execute(update(AuditEvent).where(AuditEvent.id == first[0]).values(seq=-1))
    session.execute(update(AuditEvent).where(AuditEvent.id == second[0]).values(seq=first[1]))
    session.execute(update(AuditEvent).where(AuditEvent.id == first[0]).values(seq=second[1]))


def truncate_tail(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    last = _chain(session, shop.counter_id)[-1]
    session.execute(delete(AuditEvent).where(AuditEvent.id == last.id))


def forge_plain_hashes(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    """Edit an entry, then recompute every later hash and the head as the old code did."""
    entries = _chain(session, shop.counter_id)
    previous = entries[0].prev_hash
    for index, event in enumerate(entries):
        if index == 2:
            event.details = {**event.details, "total": 1}
        event.prev_hash = previous
        event.hash = _plain_hash(event)
        previous = event.hash
    head = session.get_one(AuditHead, shop.counter_id)
    head.last_hash = previous


def rewind_head(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    earlier = _chain(session, shop.counter_id)[2]
    session.execute(
        update(AuditHead)
        .where(AuditHead.chain == shop.counter_id)
        .values(entries=earlier.seq, last_hash=earlier.hash, last_event_id=earlier.id)
    )


def delete_everything(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    session.execute(delete(AuditEvent))
    session.execute(
        update(AuditHead).values(entries=0, legacy_entries=0, last_event_id=0, last_hash="0" * 64)
    )


def move_entry_to_another_chain(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    last = _chain(session, shop.other_counter_id)[-1]
    session.execute(
        update(AuditEvent).where(AuditEvent.id == last.id).values(counter_id=shop.counter_id)
    )


def edit_sale_total(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    sale_id = _sale_id(session, sold[0].receipt_no)
    session.execute(update(Sale).where(Sale.id == sale_id).values(total=1_000))
    session.execute(update(Payment).where(Payment.sale_id == sale_id).values(amount=1_000))


def edit_payment_tender(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    sale_id = _sale_id(session, sold[2].receipt_no)
    session.execute(update(Payment).where(Payment.sale_id == sale_id).values(tender="card"))


def delete_payment(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    sale_id = _sale_id(session, sold[0].receipt_no)
    session.execute(delete(Payment).where(Payment.sale_id == sale_id))


def edit_line_item(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    sale_id = _sale_id(session, sold[3].receipt_no)
    session.execute(
        update(SaleItem).where(SaleItem.sale_id == sale_id).values(amount=100, name_en="Gift")
    )


def _delete_sale(session: Session, sale_id: int) -> None:
    session.execute(update(VoucherPin).where(VoucherPin.sale_id == sale_id).values(sale_id=None))
    session.execute(delete(SaleItem).where(SaleItem.sale_id == sale_id))
    session.execute(delete(Payment).where(Payment.sale_id == sale_id))
    session.execute(delete(Sale).where(Sale.id == sale_id))


def delete_sale(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    _delete_sale(session, _sale_id(session, sold[2].receipt_no))


def delete_last_sale_and_its_number(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    _delete_sale(session, _sale_id(session, sold[3].receipt_no))
    session.execute(
        update(ReceiptSequence)
        .where(ReceiptSequence.counter_id == shop.counter_id)
        .values(last_no=ReceiptSequence.last_no - 1)
    )


def unvoid_sale(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    sale_id = _sale_id(session, sold[1].receipt_no)
    session.execute(update(Sale).where(Sale.id == sale_id).values(state="completed"))


def void_without_approval(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    sale_id = _sale_id(session, sold[0].receipt_no)
    session.execute(update(Sale).where(Sale.id == sale_id).values(state="voided"))


def edit_reversal(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    session.execute(text("UPDATE sale_reversals SET cash_returned = 1"))


def make_clerk_an_admin(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    session.execute(update(StaffUser).where(StaffUser.username == "clerk").values(role="admin"))


def add_an_admin(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    clerk = session.scalars(select(StaffUser).where(StaffUser.username == "clerk")).one()
    session.add(
        StaffUser(
            shop_id=clerk.shop_id,
            username="mallory",
            display_name="Mallory",
            role="admin",
            password_hash=clerk.password_hash,
            created_at=clerk.created_at,
            password_changed_at=clerk.password_changed_at,
        )
    )


def reactivate_an_account(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    # Deactivated through the program, then brought back by editing the table.
    session.execute(update(StaffUser).where(StaffUser.username == "clerk").values(active=True))


def put_a_sold_pin_back_in_stock(session: Session, shop: Shop, sold: list[SaleView]) -> None:
    session.execute(
        update(VoucherPin)
        .where(VoucherPin.sale_id == _sale_id(session, sold[0].receipt_no or ""))
        .values(state="available", sale_id=None, sold_at=None)
    )


TAMPERINGS: dict[str, tuple[Callable[[Session, Shop, list[SaleView]], None], str]] = {
    "edit an entry": (edit_entry, "was changed"),
    "edit an entry's time": (edit_entry_time, "was changed"),
    "delete an entry": (delete_entry, "out of place"),
    "reorder two entries": (reorder_entries, "does not follow"),
    "truncate the tail": (truncate_tail, "head names entry"),
    "forge with plain hashes": (forge_plain_hashes, "was changed"),
    "rewind the head": (rewind_head, "head names entry"),
    "delete everything and reset the heads": (delete_everything, "has no audit entry"),
    "move an entry to another counter": (move_entry_to_another_chain, "another counter's chain"),
    "edit a sale's total": (edit_sale_total, "changed after it was completed"),
    "edit a payment's tender": (edit_payment_tender, "changed after it was completed"),
    "delete a payment": (delete_payment, "changed after it was completed"),
    "edit a line item": (edit_line_item, "changed after it was completed"),
    "delete a sale": (delete_sale, "deleted"),
    "delete the last sale and its number": (delete_last_sale_and_its_number, "deleted"),
    "mark a voided sale completed": (unvoid_sale, "marked completed"),
    "mark a sale voided without approval": (void_without_approval, "without an audited void"),
    "edit a void's cash returned": (edit_reversal, "record was changed"),
    "make a clerk an admin": (make_clerk_an_admin, "changed outside the program"),
    "add an admin": (add_an_admin, "added outside the program"),
    "reactivate an account": (reactivate_an_account, "changed outside the program"),
    "put a sold PIN back in stock": (put_a_sold_pin_back_in_stock, "put back in stock"),
}


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_every_tampering_is_found(shop: Shop, trading: list[SaleView], name: str) -> None:
    tamper, problem = TAMPERINGS[name]
    if tamper is reactivate_an_account:
        staff.set_active(shop.db, None, "clerk", False, clock=shop.clock)
        assert audit.verify(shop.db).ok
    with shop.db.write() as session:
        tamper(session, shop, trading)
    report = audit.verify(shop.db)
    assert not report.ok
    assert problem in report.problem


def test_each_counter_has_its_own_chain(shop: Shop, trading: list[SaleView]) -> None:
    report = audit.verify(shop.db)
    with shop.db.read() as session:
        counts = dict(
            session.execute(select(AuditEvent.chain, func.count()).group_by(AuditEvent.chain)).all()
        )
        heads = {head.chain: head for head in session.scalars(select(AuditHead))}
        sale_chains = set(
            session.scalars(select(AuditEvent.chain).where(AuditEvent.action.like("sale.%")))
        )
    assert sale_chains == {shop.counter_id, shop.other_counter_id}
    assert {chain: head.entries for chain, head in heads.items() if head.entries} == counts
    assert {head.chain: head.entries for head in report.chains if head.entries} == counts
    assert report.entries == sum(counts.values())
    names = {head.chain: head.name for head in report.chains}
    assert names[shop.other_counter_id] == "C2" and names[audit.SHOP_CHAIN] == "shop"


def test_a_head_taken_earlier_finds_a_consistent_rewind(
    shop: Shop, clerk: Clerk, trading: list[SaleView]
) -> None:
    """The last sale removed with its entry, its number and the head: only --expect sees it."""
    with shop.db.read() as session:
        before = session.get_one(AuditHead, shop.counter_id)
    _sell(shop, clerk, shop.counter_id)
    with shop.db.read() as session:
        taken = session.get_one(AuditHead, shop.counter_id).last_hash
    assert audit.verify(shop.db, expect=[taken, taken[:16].upper()]).ok
    with shop.db.write() as session:
        last = _chain(session, shop.counter_id)[-1]
        _delete_sale(session, _sale_id(session, last.subject))
        session.execute(delete(AuditEvent).where(AuditEvent.id == last.id))
        session.execute(
            update(ReceiptSequence)
            .where(ReceiptSequence.counter_id == shop.counter_id)
            .values(last_no=ReceiptSequence.last_no - 1)
        )
        session.execute(
            update(AuditHead)
            .where(AuditHead.chain == shop.counter_id)
            .values(
                entries=before.entries,
                last_hash=before.last_hash,
                last_event_id=before.last_event_id,
            )
        )
    assert audit.verify(shop.db).ok
    report = audit.verify(shop.db, expect=[taken])
    assert not report.ok
    assert "cut back or rewound" in report.problem


def test_a_sale_entry_binds_its_receipt_total_and_digest(
    shop: Shop, trading: list[SaleView]
) -> None:
    with shop.db.read() as session:
        entry = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "sale.completed", AuditEvent.subject == trading[0].receipt_no
            )
        ).one()
        sale = session.scalars(select(Sale).where(Sale.receipt_no == trading[0].receipt_no)).one()
        details: dict[str, Any] = entry.details
        assert details["total"] == sale.total == 5_000
        assert details["digest"] == audit.sale_digest(sale)
        void = session.scalars(select(AuditEvent).where(AuditEvent.action == "sale.void")).one()
    assert set(void.details) >= {"digest", "reversal_digest", "amount"}
    assert entry.chain == shop.counter_id


def test_an_entry_cannot_be_written_without_the_key(shop: Shop) -> None:
    from counter_app.store.engine import Database

    bare = Database(shop.db.url)
    try:
        with pytest.raises(audit.AuditKeyMissing), bare.write() as session:
            audit.record(session, "test.unkeyed", occurred_at=shop.clock())
        with pytest.raises(audit.AuditKeyMissing):
            audit.verify(bare)
    finally:
        bare.dispose()


def test_the_key_is_derived_from_the_secret_and_differs_from_its_keys(shop: Shop) -> None:
    key = shop.secret.audit_key
    assert len(key) == 32
    assert key not in (shop.secret.pin_key, shop.secret.id_hash_key)
    assert shop.db.audit_key == key
