"""Checkout: renewals from the right date, tenders, one transaction, exactly once, drafts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from counter_app.domain.errors import InputError
from counter_app.domain.plans import add_months
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import audit, identity, lines, sales, shifts
from counter_app.store.models import Line, OutboxJob, Payment, Plan, ReceiptSequence, Sale
from tests.services.conftest import Shop

Cash = TenderKind.CASH


def _start(shop: Shop, clerk: Clerk, line_id: int) -> str:
    return sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    ).uuid


def _verified(shop: Shop, clerk: Clerk, sample_no: int = 0) -> tuple[int, str]:
    sample = shop.built.samples[sample_no]
    line_id = shop.set_line(sample.msisdn)
    uuid = _start(shop, clerk, line_id)
    assert identity.check_identity(
        shop.db,
        clerk,
        shop.counter_id,
        uuid,
        line_id=line_id,
        id_type="hkid",
        number=sample.id_number,
        photo_matches=True,
        secret=shop.secret,
        clock=shop.clock,
    ).matched
    return line_id, uuid


def _renew(shop: Shop, clerk: Clerk, uuid: str, plan: str, total: int) -> SaleView:
    return sales.complete_line_sale(
        shop.db, clerk, uuid, plan_code=plan, tenders=[Tender(Cash, total)], clock=shop.clock
    )


def _price(shop: Shop, line_id: int, plan: str) -> int:
    quote = next(
        q for q in sales.quotes(shop.db, line_id, today=shop.clock.today) if q.plan.code == plan
    )
    return quote.total


@pytest.mark.usefixtures("open_shift")
def test_renewal_of_an_active_line_extends_from_its_expiry(shop: Shop, clerk: Clerk) -> None:
    line_id, uuid = _verified(shop, clerk)
    expiry = shop.clock.today + timedelta(days=20)
    shop.set_line(shop.built.samples[0].msisdn, expires_on=expiry)
    done = _renew(shop, clerk, uuid, "BAU-R03", _price(shop, line_id, "BAU-R03"))
    # Number-keeping card: 30 bonus days from the running promotion.
    assert done.expires_before == expiry
    assert done.expires_after == add_months(expiry, 3) + timedelta(days=30)
    assert lines.get_line(shop.db, line_id, today=shop.clock.today).expires_on == done.expires_after


@pytest.mark.usefixtures("open_shift")
def test_renewal_of_an_expired_line_extends_from_today(shop: Shop, clerk: Clerk) -> None:
    line_id, uuid = _verified(shop, clerk)
    shop.set_line(shop.built.samples[0].msisdn, expires_on=shop.clock.today - timedelta(days=10))
    done = _renew(shop, clerk, uuid, "BAU-R01", _price(shop, line_id, "BAU-R01"))
    assert done.expires_after == add_months(shop.clock.today, 1) + timedelta(days=30)


@pytest.mark.usefixtures("open_shift")
def test_a_recycled_line_is_refused(shop: Shop, clerk: Clerk) -> None:
    line_id, uuid = _verified(shop, clerk)
    shop.set_line(shop.built.samples[0].msisdn, expires_on=shop.clock.today - timedelta(days=200))
    with pytest.raises(InputError) as refused:
        sales.quotes(shop.db, line_id, today=shop.clock.today)
    assert refused.value.code == "plan.recycled"
    with pytest.raises(InputError) as not_sold:
        _renew(shop, clerk, uuid, "BAU-R01", 1_800)
    assert not_sold.value.code == "plan.recycled"


@pytest.mark.usefixtures("open_shift")
def test_identity_is_needed_for_renewals_but_not_for_credit(shop: Shop, clerk: Clerk) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    uuid = _start(shop, clerk, line_id)
    with pytest.raises(InputError) as refused:
        _renew(shop, clerk, uuid, "BAU-R01", _price(shop, line_id, "BAU-R01"))
    assert refused.value.code == "identity.required"
    done = _renew(shop, clerk, uuid, "BAU-T050", 5_000)
    assert done.balance_after == (done.balance_before or 0) + 5_000
    assert done.expires_after == done.expires_before


@pytest.mark.usefixtures("open_shift")
def test_split_payment_with_every_tender(shop: Shop, clerk: Clerk) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    uuid = _start(shop, clerk, line_id)
    tenders = [
        Tender(Cash, 2_000, tendered=5_000),
        Tender(TenderKind.CARD, 3_000, card_last4="4242", approval_code="a1b2c3"),
        Tender(TenderKind.OCTOPUS, 1_000, reference="OCT12345"),
        Tender(TenderKind.ALIPAY_HK, 1_000, reference="2026112100001"),
        Tender(TenderKind.WECHAT_PAY_HK, 1_000, reference="WX-99881"),
        Tender(TenderKind.FPS, 2_000, reference="FRN20261121ABC"),
    ]
    done = sales.complete_line_sale(
        shop.db, clerk, uuid, plan_code="BAU-T100", tenders=tenders, clock=shop.clock
    )
    assert done.total == 10_000
    assert [p.tender for p in done.payments] == [t.kind for t in tenders]
    assert done.change_total == 3_000
    assert done.payments[1].approval_code == "A1B2C3"


@pytest.mark.parametrize(
    ("tenders", "code"),
    [
        ([], "payment.missing"),
        ([Tender(Cash, 4_000)], "payment.total_mismatch"),
        ([Tender(Cash, 6_000, tendered=10_000)], "payment.total_mismatch"),
        ([Tender(Cash, 5_000, tendered=2_000)], "payment.cash_short"),
        (
            [Tender(TenderKind.CARD, 5_000, card_last4="42", approval_code="123456")],
            "payment.card_last4",
        ),
        (
            [Tender(TenderKind.CARD, 5_000, card_last4="4242424242424242", approval_code="1")],
            "text.too_long",
        ),
        (
            [Tender(TenderKind.CARD, 5_000, card_last4="4242", approval_code="")],
            "payment.approval_code",
        ),
        ([Tender(TenderKind.FPS, 5_000, reference="")], "payment.reference"),
        (
            [Tender(TenderKind.FPS, 5_000, reference="=HYPERLINK(x)")],
            "payment.reference",
        ),
        (
            [Tender(TenderKind.OCTOPUS, 5_000, tendered=6_000, reference="OCT1234")],
            "payment.change_non_cash",
        ),
        ([Tender(Cash, 0)], "payment.amount"),
        ([Tender(Cash, -5_000)], "payment.amount"),
    ],
)
@pytest.mark.usefixtures("open_shift")
def test_bad_payments_are_refused_and_use_no_receipt_number(
    shop: Shop, clerk: Clerk, tenders: list[Tender], code: str
) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    uuid = _start(shop, clerk, line_id)
    with pytest.raises(InputError) as refused:
        sales.complete_line_sale(
            shop.db, clerk, uuid, plan_code="BAU-T050", tenders=tenders, clock=shop.clock
        )
    assert refused.value.code == code
    # The failed attempt left nothing behind, and the draft can still be completed.
    with shop.db.read() as session:
        assert session.scalar(select(ReceiptSequence.last_no)) == 0
        assert session.scalar(select(func.count(Payment.id))) == 0
    done = _renew(shop, clerk, uuid, "BAU-T050", 5_000)
    assert done.receipt_no == "DEMO-C1-000001"


@pytest.mark.usefixtures("open_shift")
def test_completing_twice_returns_the_first_result(shop: Shop, clerk: Clerk) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    uuid = _start(shop, clerk, line_id)
    first = _renew(shop, clerk, uuid, "BAU-T050", 5_000)
    second = sales.complete_line_sale(
        shop.db,
        clerk,
        uuid,
        plan_code="BAU-T200",
        tenders=[Tender(Cash, 20_000)],
        clock=shop.clock,
    )
    assert second == first
    with shop.db.read() as session:
        assert session.scalar(select(func.count(Sale.id)).where(Sale.state == "completed")) == 1
        assert session.scalar(select(func.count(Payment.id))) == 1
    assert lines.get_line(shop.db, line_id, today=shop.clock.today).balance == first.balance_after


@pytest.mark.usefixtures("open_shift")
def test_receipt_numbers_are_gap_free_per_counter(shop: Shop, clerk: Clerk) -> None:
    shifts.open_shift(shop.db, clerk, shop.other_counter_id, 0, clock=shop.clock)
    numbers = []
    for counter in (shop.counter_id, shop.other_counter_id, shop.counter_id, shop.counter_id):
        numbers.append(shop.sell_voucher(clerk, "PEARL", 5_000, counter).receipt_no)
    assert numbers == ["DEMO-C1-000001", "DEMO-C2-000001", "DEMO-C1-000002", "DEMO-C1-000003"]
    assert sales.get_sale(shop.db, receipt_no="demo-c1-000002").receipt_no == "DEMO-C1-000002"


@pytest.mark.usefixtures("open_shift")
def test_a_draft_survives_and_is_offered_again(shop: Shop, clerk: Clerk) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    uuid = _start(shop, clerk, line_id)
    sales.save_draft(shop.db, uuid, {"plan_code": "BAU-T100"})
    offered = sales.unfinished_sales(shop.db, shop.counter_id)
    assert [(d.uuid, d.draft) for d in offered] == [(uuid, {"plan_code": "BAU-T100"})]
    sales.abandon_sale(shop.db, clerk, uuid, clock=shop.clock)
    assert sales.unfinished_sales(shop.db, shop.counter_id) == []
    with pytest.raises(InputError) as abandoned:
        _renew(shop, clerk, uuid, "BAU-T100", 10_000)
    assert abandoned.value.code == "sale.abandoned"


@pytest.mark.usefixtures("open_shift")
def test_sale_writes_its_outbox_jobs_audit_and_copies_the_price(shop: Shop, clerk: Clerk) -> None:
    line_id, uuid = _verified(shop, clerk)
    price = _price(shop, line_id, "BAU-R01")
    done = _renew(shop, clerk, uuid, "BAU-R01", price)
    with shop.db.write() as session:
        session.scalars(select(Plan).where(Plan.code == "BAU-R01")).one().price = 99_900
    again = sales.get_sale(shop.db, uuid=uuid)
    assert again.items[0].list_price == 1_800 and again.total == price
    with shop.db.read() as session:
        jobs = session.scalars(select(OutboxJob).order_by(OutboxJob.id)).all()
    # In the sale's own transaction: the carrier applies the renewal, the customer is told.
    fulfil, sms = jobs
    assert (fulfil.kind, fulfil.state, fulfil.amount) == ("fulfilment", "pending", price)
    assert fulfil.reference == f"{done.receipt_no}/1"
    assert fulfil.provider == "manual"  # the demo's plans have no aggregator product
    assert (sms.kind, sms.reference) == ("sms", f"{done.receipt_no}/sms")
    assert done.receipt_no is not None and done.receipt_no in sms.body
    assert "••" in sms.body and shop.built.samples[0].msisdn not in sms.body
    assert sms.msisdn == fulfil.msisdn == shop.built.samples[0].msisdn
    assert audit.verify(shop.db).ok


@pytest.mark.usefixtures("open_shift")
def test_voucher_pin_is_encrypted_at_rest_and_sold_once(shop: Shop, clerk: Clerk) -> None:
    from counter_app.store.models import VoucherPin

    done = shop.sell_voucher(clerk, "HARBOUR", 10_000)
    assert done.voucher is not None and done.receipt_no is not None
    pin = sales.reveal_pin(shop.db, clerk, done.receipt_no, shop.secret, clock=shop.clock)
    assert len(pin) == 16 and pin.isdigit()
    assert pin not in repr(done) and pin not in repr(sales.get_sale(shop.db, uuid=done.uuid))
    with shop.db.read() as session:
        row = session.scalars(select(VoucherPin).where(VoucherPin.sale_id.is_not(None))).one()
        assert row.state == "sold"
        assert pin.encode() not in row.pin_encrypted
        assert row.serial == done.voucher.serial


@pytest.mark.usefixtures("open_shift")
def test_out_of_stock_voucher_is_refused(shop: Shop, clerk: Clerk) -> None:
    with pytest.raises(InputError) as refused:
        shop.sell_voucher(clerk, "HARBOUR", 30_000)
    assert refused.value.code == "voucher.out_of_stock"


@pytest.mark.usefixtures("open_shift")
def test_reprints_are_counted_and_audited(shop: Shop, clerk: Clerk) -> None:
    from counter_app.store.models import AuditEvent

    line_id = shop.set_line(shop.built.samples[0].msisdn)
    done = _renew(shop, clerk, _start(shop, clerk, line_id), "BAU-T050", 5_000)
    assert done.receipt_no is not None and done.reprints == 0
    first = sales.record_reprint(shop.db, clerk, done.receipt_no, clock=shop.clock)
    second = sales.record_reprint(shop.db, clerk, done.receipt_no.lower(), clock=shop.clock)
    assert (first.reprints, second.reprints) == (1, 2)
    with shop.db.read() as session:
        reprinted = list(
            session.scalars(select(AuditEvent.subject).where(AuditEvent.action == "sale.reprinted"))
        )
    assert reprinted == [done.receipt_no, done.receipt_no]
    with pytest.raises(InputError):
        sales.record_reprint(shop.db, clerk, "DEMO-C1-999999", clock=shop.clock)


def test_receipt_numbers_fit_the_longest_shop_and_counter_codes(shop: Shop, clerk: Clerk) -> None:
    from counter_app.store.models import Counter
    from counter_app.store.models import Shop as ShopRow

    with shop.db.write() as session:
        session.scalars(select(ShopRow)).one().code = "MONGKOK-MAIN-001"
        session.get_one(Counter, shop.counter_id).code = "COUNTER-A1-FRONT"
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    with shop.db.write() as session:
        session.get_one(ReceiptSequence, shop.counter_id).last_no = 1_999_999_998
    done = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert done.receipt_no == "MONGKOK-MAIN-001-COUNTER-A1-FRONT-1999999999"
    assert sales.get_sale(shop.db, receipt_no=done.receipt_no).uuid == done.uuid


def test_the_audit_chain_head_exists_before_the_first_entry(database_url: str) -> None:
    from counter_app.services.audit import GENESIS, SHOP_CHAIN
    from counter_app.store.engine import Database
    from counter_app.store.models import AuditHead
    from counter_app.store.schema import upgrade

    db = Database(database_url)
    try:
        upgrade(db)
        with db.read() as session:
            head = session.get_one(AuditHead, SHOP_CHAIN)
            assert (head.entries, head.last_event_id, head.last_hash) == (0, 0, GENESIS)
    finally:
        db.dispose()


@pytest.mark.usefixtures("open_shift")
def test_a_line_changed_outside_the_program_after_its_sale_is_found(
    shop: Shop, clerk: Clerk
) -> None:
    """A year of service given by editing the table: the line no longer matches its sale."""
    line_id, uuid = _verified(shop, clerk)
    _renew(shop, clerk, uuid, "BAU-R01", _price(shop, line_id, "BAU-R01"))
    assert audit.verify(shop.db).ok
    with shop.db.write() as session:
        line = session.get(Line, line_id)
        assert line is not None
        line.expires_on += timedelta(days=365)
    report = audit.verify(shop.db)
    assert not report.ok
    assert "changed outside the program" in report.problem


@pytest.mark.usefixtures("open_shift")
def test_two_tills_completing_one_line_out_of_clock_order_leave_a_sound_trail(
    shop: Shop, clerk: Clerk
) -> None:
    """Two tills top up one line; the one that read the clock first gets the line's lock
    second (test_race found it one run in a few). The line is as the later of the two left
    it, and the audit trail must say so, not call it changed outside the program."""
    with shop.db.read() as session:
        line_id = session.scalars(
            select(Line.id)
            .join(Plan, Plan.carrier_id == Line.carrier_id)
            .where(Plan.code == "BAU-T050", Line.closed_at.is_(None))
            .order_by(Line.id)
        ).first()
    assert line_id is not None
    first, second = _start(shop, clerk, line_id), _start(shop, clerk, line_id)
    early = shop.clock.now
    shop.clock.advance(seconds=1)
    tender = [Tender(Cash, 5_000)]
    sales.complete_line_sale(
        shop.db, clerk, second, plan_code="BAU-T050", tenders=tender, clock=shop.clock
    )
    shop.clock.now = early  # the other till read the clock before, and locked the line after
    late = sales.complete_line_sale(
        shop.db, clerk, first, plan_code="BAU-T050", tenders=tender, clock=shop.clock
    )
    report = audit.verify(shop.db)
    assert report.ok, report.problem
    assert late.balance_after == late.balance_before + 5_000
