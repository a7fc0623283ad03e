"""A sale's own rows written as single statements (counter_app.store.rows), on both databases.

What the checkout relies on: an inserted object comes back with its id and the columns'
defaults, in the order given even when objects set different columns; an updated object
holds its new values with nothing left for the session's own flush to write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.services import sales, shifts
from counter_app.store.models import Payment, Sale
from counter_app.store.rows import insert_rows, update_row
from tests.services.conftest import Shop


def _draft(shop: Shop, clerk: Clerk) -> str:
    return sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock
    ).uuid


def _statements(session: Session) -> list[str]:
    seen: list[str] = []

    def remember(*args: Any) -> None:
        seen.append(str(args[2]).split(None, 1)[0].upper())

    event.listen(session.get_bind(), "before_cursor_execute", remember)
    return seen


def test_inserted_rows_get_ids_and_defaults_in_order(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    uuid = _draft(shop, clerk)
    with shop.db.write() as session:
        sale = session.scalars(select(Sale).where(Sale.uuid == uuid)).one()
        payments = [
            Payment(sale_id=sale.id, tender="cash", amount=3_000, tendered=5_000, change=2_000),
            Payment(sale_id=sale.id, tender="card", amount=1_000, card_last4="4242"),
            Payment(sale_id=sale.id, tender="cash", amount=500, tendered=500, change=0),
            Payment(sale_id=sale.id, tender="card", amount=700, card_last4="0005"),
        ]
        insert_rows(session, payments)
        assert not session.new, "the rows are written, not left for the flush"
    ids = [p.id for p in payments]
    assert all(isinstance(i, int) for i in ids) and len(set(ids)) == 4
    card = payments[1]
    assert (card.tendered, card.change, card.reference, card.approval_code) == (None, 0, "", "")
    with shop.db.read() as session:
        stored = session.scalars(select(Payment).where(Payment.sale_id == sale.id)).all()
        by_id = {p.id: (p.tender, p.amount, p.card_last4) for p in stored}
    assert [by_id[i] for i in ids] == [
        ("cash", 3_000, ""),
        ("card", 1_000, "4242"),
        ("cash", 500, ""),
        ("card", 700, "0005"),
    ]


def test_an_updated_row_leaves_nothing_for_the_flush(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    uuid = _draft(shop, clerk)
    with shop.db.write() as session:
        sale = session.scalars(select(Sale).where(Sale.uuid == uuid)).one()
        seen = _statements(session)
        update_row(session, sale, {"total": 12_300, "draft": {"plan": "X"}})
        assert sale.total == 12_300 and sale.draft == {"plan": "X"}
        assert not session.dirty and not session.is_modified(sale)
        session.flush()
        assert seen == ["UPDATE"], seen
    with shop.db.read() as session:
        stored = session.scalars(select(Sale).where(Sale.uuid == uuid)).one()
        assert (stored.total, stored.draft) == (12_300, {"plan": "X"})
