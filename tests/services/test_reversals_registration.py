"""Voids, refunds, new SIM registration, and the audit chain's tamper evidence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from counter_app.domain.errors import InputError
from counter_app.domain.new_sims import NewSim
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import audit, lines, registration, reversals, sales, shifts
from counter_app.store.models import AuditEvent, Customer, Line, SaleReversal, VoucherPin
from tests.services.conftest import PASSWORD, Shop

Cash = TenderKind.CASH


def _top_up(shop: Shop, clerk: Clerk, line_id: int, plan: str = "BAU-T100") -> SaleView:
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    price = {"BAU-T050": 5_000, "BAU-T100": 10_000, "BAU-T200": 20_000}[plan]
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code=plan,
        tenders=[Tender(Cash, price)],
        clock=shop.clock,
    )


def _reverse(shop: Shop, clerk: Clerk, receipt_no: str, **kw: str) -> SaleView:
    return reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        receipt_no,
        supervisor_username=kw.get("user", "supervisor"),
        supervisor_password=kw.get("password", PASSWORD),
        reason=kw.get("reason", "wrong number typed by the clerk"),
        clock=shop.clock,
    )


@pytest.mark.usefixtures("open_shift")
def test_void_in_the_same_shift_restores_the_line_and_the_till(shop: Shop, clerk: Clerk) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn, balance=1_000)
    done = _top_up(shop, clerk, line_id)
    assert done.receipt_no is not None
    preview = reversals.preview(shop.db, shop.counter_id, done.receipt_no)
    assert (preview.kind, preview.cash_to_return, preview.line_restored) == ("void", 10_000, True)
    voided = _reverse(shop, clerk, done.receipt_no)
    assert voided.state == "voided" and voided.receipt_no == done.receipt_no
    assert lines.get_line(shop.db, line_id, today=shop.clock.today).balance == 1_000
    shift = shifts.current_shift(shop.db, shop.counter_id)
    assert shift is not None
    figures = shifts.figures(shop.db, shift.id)
    assert (figures.cash_takings, figures.cash_returned, figures.voids) == (10_000, 10_000, 1)
    assert figures.expected_cash == 50_000
    with pytest.raises(InputError) as twice:
        _reverse(shop, clerk, done.receipt_no)
    assert twice.value.code == "reversal.state"
    assert audit.verify(shop.db).ok


def test_refund_in_a_later_shift_and_a_line_changed_since(shop: Shop, clerk: Clerk) -> None:
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    line_id = shop.set_line(shop.built.samples[0].msisdn, balance=0)
    first = _top_up(shop, clerk, line_id, "BAU-T050")
    _top_up(shop, clerk, line_id, "BAU-T100")  # changes the line after the first sale
    shifts.close_shift(shop.db, clerk, shop.counter_id, 15_000, clock=shop.clock)
    shop.clock.advance(days=1)
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    assert first.receipt_no is not None
    preview = reversals.preview(shop.db, shop.counter_id, first.receipt_no)
    assert preview.kind == "refund" and not preview.line_restored and preview.reason_blocked
    refunded = _reverse(shop, clerk, first.receipt_no)
    assert refunded.state == "refunded"
    # The later top-up stays: the line is not rolled back over it.
    assert lines.get_line(shop.db, line_id, today=shop.clock.today).balance == 15_000
    with shop.db.read() as session:
        reversal = session.scalars(select(SaleReversal)).one()
    assert (reversal.kind, reversal.line_restored, reversal.cash_returned) == (
        "refund",
        False,
        5_000,
    )


@pytest.mark.usefixtures("open_shift")
def test_reversal_needs_a_supervisor_and_a_reason(shop: Shop, clerk: Clerk) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    done = _top_up(shop, clerk, line_id)
    assert done.receipt_no is not None
    with pytest.raises(InputError) as clerk_only:
        _reverse(shop, clerk, done.receipt_no, user="clerk")
    assert clerk_only.value.code == "auth.approver_role"
    with pytest.raises(InputError) as short:
        _reverse(shop, clerk, done.receipt_no, reason="no")
    assert short.value.code == "reversal.reason"
    assert sales.get_sale(shop.db, uuid=done.uuid).state == "completed"


@pytest.mark.usefixtures("open_shift")
def test_a_voided_pin_is_never_sold_again(shop: Shop, clerk: Clerk) -> None:
    sold = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert sold.receipt_no is not None and sold.voucher is not None
    _reverse(shop, clerk, sold.receipt_no)
    serials = set()
    for _ in range(29):
        view = shop.sell_voucher(clerk, "PEARL", 5_000)
        assert view.voucher is not None
        serials.add(view.voucher.serial)
    assert sold.voucher.serial not in serials and len(serials) == 29
    with pytest.raises(InputError):
        shop.sell_voucher(clerk, "PEARL", 5_000)
    with shop.db.read() as session:
        assert (
            session.scalar(select(VoucherPin.state).where(VoucherPin.serial == sold.voucher.serial))
            == "void"
        )


def _new_sim(
    shop: Shop, clerk: Clerk, n: int, id_number: str = "A1234563", **kw: object
) -> SaleView:
    draft = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.NEW_SIM, clock=shop.clock)
    values: dict[str, object] = {
        "msisdn": f"6{n:07d}",
        "iccid": "",
        "carrier_code": "BAUHINIA",
        "card_type": "hk_registered",
        "plan_code": "BAU-R12",
        "name_en": "Chan Tai Man",
        "name_zh": "陳大文",
        "date_of_birth": date(1990, 5, 4),
        "id_type": "hkid",
        "id_number": id_number,
        "photo_matches": True,
    }
    values.update(kw)
    if not values["iccid"]:
        from counter_app.services.demo import _iccid

        values["iccid"] = _iccid(900_000 + n)
    return registration.complete_new_sim(
        shop.db,
        clerk,
        draft.uuid,
        NewSim(**values),  # type: ignore[arg-type]
        tenders=[Tender(Cash, 15_800)],
        secret=shop.secret,
        clock=shop.clock,
    )


@pytest.mark.usefixtures("open_shift")
def test_new_sim_registers_the_holder_without_keeping_the_number(shop: Shop, clerk: Clerk) -> None:
    done = _new_sim(shop, clerk, 1_000_001 % 10_000_000 + 1_000_000, id_number="a123456(3)")
    assert done.kind == "new_sim" and done.expires_after == date(2027, 11, 21)
    with shop.db.read() as session:
        customer = session.scalars(select(Customer).join(Line).where(Line.id == done.line_id)).one()
        row = {c: getattr(customer, c) for c in ("name_en", "name_zh", "id_masked", "id_hash")}
    assert row["name_en"] == "CHAN TAI MAN"
    assert "A123456" not in str(row) and row["id_masked"] == "A••••••(•)"


@pytest.mark.usefixtures("open_shift")
def test_at_most_ten_lines_per_document_per_carrier(shop: Shop, clerk: Clerk) -> None:
    for n in range(10):
        _new_sim(shop, clerk, 1_000_000 + n)
    with pytest.raises(InputError) as eleventh:
        _new_sim(shop, clerk, 1_000_010)
    assert eleventh.value.code == "registration.limit"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"iccid": "89852000000000000001"}, "iccid.check_digit"),
        ({"id_number": "A1234567"}, "id.hkid.check_digit"),
        ({"name_en": "", "name_zh": ""}, "holder.name"),
        ({"name_en": "Robert'); DROP TABLE--"}, "holder.name_en"),
        ({"date_of_birth": date(2030, 1, 1)}, "holder.date_of_birth"),
        ({"card_type": "dual"}, "registration.secondary"),
        ({"photo_matches": False}, "identity.photo"),
        ({"plan_code": "BAU-T100"}, "plan.not_available"),
        ({"id_type": "cn_ric", "id_number": "11010519491231002X"}, "identity.type_not_accepted"),
    ],
)
@pytest.mark.usefixtures("open_shift")
def test_new_sim_bad_input(shop: Shop, clerk: Clerk, changes: dict[str, object], code: str) -> None:
    with pytest.raises(InputError) as refused:
        _new_sim(shop, clerk, 1_000_100, **changes)
    assert refused.value.code == code


@pytest.mark.usefixtures("open_shift")
def test_new_sim_numbers_must_be_free(shop: Shop, clerk: Clerk) -> None:
    taken = shop.built.samples[0].msisdn
    with pytest.raises(InputError) as refused:
        _new_sim(shop, clerk, 1_000_200, msisdn=taken)
    assert refused.value.code == "registration.msisdn_taken"
    done = _new_sim(shop, clerk, 1_000_201)
    with pytest.raises(InputError) as iccid:
        _new_sim(shop, clerk, 1_000_202, iccid=_iccid_of(shop, done.line_id))
    assert iccid.value.code == "registration.iccid_taken"


def _iccid_of(shop: Shop, line_id: int | None) -> str:
    with shop.db.read() as session:
        return session.get_one(Line, line_id).iccid


@pytest.mark.usefixtures("open_shift")
def test_voiding_a_new_sim_closes_its_line(shop: Shop, clerk: Clerk) -> None:
    done = _new_sim(shop, clerk, 1_000_300)
    assert done.receipt_no is not None and done.line_id is not None
    _reverse(shop, clerk, done.receipt_no)
    assert lines.get_line(shop.db, done.line_id, today=shop.clock.today).closed


def _events(shop: Shop) -> list[int]:
    with shop.db.read() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


@pytest.mark.parametrize("tamper", ["edit_details", "edit_time", "delete_middle", "delete_last"])
def test_any_edit_or_deletion_of_the_audit_trail_is_found(
    shop: Shop, clerk: Clerk, tamper: str
) -> None:
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    shifts.move_cash(shop.db, clerk, shop.counter_id, 500, "coins from the bank", clock=shop.clock)
    assert audit.verify(shop.db).ok
    ids = _events(shop)
    middle = ids[len(ids) // 2]
    with shop.db.write() as session:
        if tamper == "edit_details":
            session.execute(
                update(AuditEvent).where(AuditEvent.id == middle).values(details={"x": 1})
            )
        elif tamper == "edit_time":
            session.execute(
                update(AuditEvent)
                .where(AuditEvent.id == middle)
                .values(occurred_at=shop.clock.now - timedelta(days=1))
            )
        elif tamper == "delete_middle":
            session.execute(delete(AuditEvent).where(AuditEvent.id == middle))
        else:
            session.execute(delete(AuditEvent).where(AuditEvent.id == ids[-1]))
    report = audit.verify(shop.db)
    assert not report.ok
    expected = {"delete_middle": ids[ids.index(middle) + 1], "delete_last": ids[-1]}.get(
        tamper, middle
    )
    assert report.broken_id == expected
    with shop.db.read() as session:
        assert session.scalar(select(func.count(AuditEvent.id))) >= len(ids) - 1


@pytest.mark.usefixtures("open_shift")
def test_a_voided_new_sim_can_be_registered_again(shop: Shop, clerk: Clerk) -> None:
    # The usual reason for voiding a new SIM: a wrong name typed; the same card and number
    # are then registered again, correctly.
    done = _new_sim(shop, clerk, 1_000_400, name_en="CHAN TAI MAM")
    assert done.receipt_no is not None
    iccid = _iccid_of(shop, done.line_id)
    _reverse(shop, clerk, done.receipt_no)
    again = _new_sim(shop, clerk, 1_000_400, iccid=iccid)
    assert again.line_id != done.line_id
    found = lines.find_line(shop.db, iccid, today=shop.clock.today)
    assert found.id == again.line_id and not found.closed
