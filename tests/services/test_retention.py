"""The retention job: identity data of holders whose lines all closed long ago is erased."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain.errors import NotAllowed
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk, Role
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import audit, lines, receipts, retention, sales, shop_settings, staff
from counter_app.store.models import AuditEvent, Carrier, Customer, Line, Sale
from tests.services.conftest import PASSWORD, Shop

# The demo clock's Hong Kong date is 2026-11-21; 24 months before it is 2024-11-21.
CUTOFF = date(2024, 11, 21)
LONG_AGO = datetime(2024, 11, 1, tzinfo=UTC)
RECENTLY = datetime(2025, 6, 1, tzinfo=UTC)


def admin(shop: Shop) -> Clerk:
    staff.create_user(
        shop.db,
        None,
        username="owner",
        display_name="Owner",
        role=Role.ADMIN,
        password=PASSWORD,
        clock=shop.clock,
    )
    return shop.sign_in("owner")


def add_holder(shop: Shop, *line_states: dict[str, object]) -> int:
    """A holder with one line per dict of Line values; returns the customer's id."""
    with shop.db.write() as session:
        carrier = session.scalars(select(Carrier).where(Carrier.code == "BAUHINIA")).one()
        customer = Customer(
            name_en="WONG SIU MING",
            name_zh="王小明",
            date_of_birth=date(1980, 1, 2),
            id_type="hkid",
            id_country="",
            id_hash="a" * 64,
            id_masked="A12****(*)",
            created_at=datetime(2020, 1, 1, tzinfo=UTC),
        )
        session.add(customer)
        session.flush()
        for n, state in enumerate(line_states):
            values: dict[str, object] = {
                "msisdn": f"5{customer.id:03d}{n:04d}",
                "iccid": f"8985200{customer.id:06d}{n:05d}",
                "card_type": "number_keeping",
                "expires_on": date(2027, 1, 1),
                "created_at": datetime(2020, 1, 1, tzinfo=UTC),
                "updated_at": datetime(2020, 1, 1, tzinfo=UTC),
                **state,
            }
            session.add(Line(carrier_id=carrier.id, customer_id=customer.id, **values))
        return customer.id


def holder(shop: Shop, customer_id: int) -> Customer:
    with shop.db.read() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        session.expunge(customer)
        return customer


def recycle_days(shop: Shop) -> int:
    with shop.db.read() as session:
        days = session.scalar(select(Carrier.recycle_days).where(Carrier.code == "BAUHINIA"))
        assert days is not None
        return days


def test_months_before_clamps_to_the_end_of_the_month() -> None:
    assert retention.months_before(date(2026, 11, 21), 24) == date(2024, 11, 21)
    assert retention.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert retention.months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_holders_whose_lines_all_closed_before_the_cutoff_are_erased(shop: Shop) -> None:
    owner = admin(shop)
    days = recycle_days(shop)
    closed = add_holder(shop, {"closed_at": LONG_AGO})
    recycled = add_holder(shop, {"recycled": True, "updated_at": LONG_AGO})
    # The number went back to the carrier recycle_days after expiry, the day before the cut-off.
    by_date = add_holder(shop, {"expires_on": CUTOFF - timedelta(days=days + 1)})
    on_the_cutoff = add_holder(shop, {"expires_on": CUTOFF - timedelta(days=days)})
    closed_recently = add_holder(shop, {"closed_at": RECENTLY})
    recycled_recently = add_holder(shop, {"recycled": True, "updated_at": RECENTLY})
    one_open = add_holder(shop, {"closed_at": LONG_AGO}, {"expires_on": date(2027, 1, 1)})
    never_a_line = add_holder(shop)  # registered in 2020
    demo_holders = set(sum_customers(shop))

    assert retention.count_expired_identities(shop.db, clock=shop.clock) == 4
    result = retention.erase_expired_identities(shop.db, owner, clock=shop.clock, batch=2)

    assert (result.erased, result.months, result.closed_before) == (4, 24, CUTOFF)
    for customer_id in (closed, recycled, by_date, never_a_line):
        customer = holder(shop, customer_id)
        assert (customer.name_en, customer.name_zh, customer.date_of_birth) == ("", "", None)
        assert (customer.id_hash, customer.id_masked) == (retention.ERASED_ID_HASH, "")
        assert customer.identity_erased_at == shop.clock()
        assert customer.id_type == "hkid"
    for customer_id in (on_the_cutoff, closed_recently, recycled_recently, one_open):
        customer = holder(shop, customer_id)
        assert customer.name_en == "WONG SIU MING"
        assert customer.id_hash == "a" * 64
        assert customer.identity_erased_at is None
    assert all(holder(shop, c).identity_erased_at is None for c in demo_holders)
    with shop.db.read() as session:
        events = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "retention.erased"))
        )
    # Batches of two: one event per batch that erased someone, counts only.
    assert sum(e.details["count"] for e in events) == 4
    assert len(events) == 2
    assert all(e.staff_id == owner.id for e in events)
    assert "WONG" not in str([e.details for e in events])
    assert audit.verify(shop.db).ok

    again = retention.erase_expired_identities(shop.db, owner, clock=shop.clock)
    assert again.erased == 0
    assert retention.count_expired_identities(shop.db, clock=shop.clock) == 0


def sum_customers(shop: Shop) -> list[int]:
    with shop.db.read() as session:
        return list(session.scalars(select(Customer.id).where(Customer.name_en != "WONG SIU MING")))


def test_the_retention_months_setting_moves_the_cutoff(shop: Shop) -> None:
    owner = admin(shop)
    closed = add_holder(shop, {"closed_at": RECENTLY})
    shop_settings.save_shop_settings(shop.db, owner, {"id_retention_months": 12}, clock=shop.clock)
    result = retention.erase_expired_identities(shop.db, None, clock=shop.clock)
    assert (result.erased, result.closed_before) == (1, date(2025, 11, 21))
    assert holder(shop, closed).identity_erased_at is not None


@pytest.mark.usefixtures("open_shift")
def test_sales_and_receipts_of_an_erased_holder_stay(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    owner = admin(shop)
    sample = shop.built.samples[0]
    line_id = shop.set_line(sample.msisdn)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    sold = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T050",
        tenders=[Tender(TenderKind.CASH, 5_000)],
        clock=shop.clock,
    )
    assert sold.receipt_no is not None
    # Years later: the line ran out and the carrier took the number back long ago.
    shop.set_line(sample.msisdn, expires_on=date(2023, 1, 1))
    with shop.db.read() as session:
        sales_before = session.scalar(select(func.count(Sale.id)))

    assert retention.erase_expired_identities(shop.db, owner, clock=shop.clock).erased >= 1

    again = sales.get_sale(shop.db, receipt_no=sold.receipt_no)
    assert (again.receipt_no, again.total, again.state) == (sold.receipt_no, 5_000, sold.state)
    with shop.db.read() as session:
        assert session.scalar(select(func.count(Sale.id))) == sales_before
    line = lines.get_line(shop.db, line_id, today=shop.clock.today)
    assert (line.holder_name_en, line.holder_id_masked) == ("", "")
    files = receipts.receipt_files(shop.db, tmp_path, sold.receipt_no)
    assert files.printable.startswith(b"%PDF")
    assert files.archived.is_file()


def test_only_an_admin_runs_it(shop: Shop) -> None:
    add_holder(shop, {"closed_at": LONG_AGO})
    for username in ("clerk", "supervisor"):
        with pytest.raises(NotAllowed):
            retention.erase_expired_identities(shop.db, shop.sign_in(username), clock=shop.clock)
    assert retention.count_expired_identities(shop.db, clock=shop.clock) == 1
