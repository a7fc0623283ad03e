"""Plans, promotions and carriers edited in the back office, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.identity import IdType
from counter_app.domain.plans import CardType, PlanKind
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import catalog_admin, sales, shifts, staff
from counter_app.services.catalog_admin import PlanInput, PromotionInput
from counter_app.store.models import (
    AuditEvent,
    Carrier,
    OutboxJob,
    Plan,
    Promotion,
    Sale,
    SaleItem,
)
from tests.services.conftest import PASSWORD, Shop


@pytest.fixture
def admin(shop: Shop) -> Clerk:
    staff.create_user(
        shop.db, None, username="boss", display_name="Boss", role="admin", password=PASSWORD
    )
    return shop.sign_in("boss")


def _plan_input(shop: Shop, code: str) -> PlanInput:
    row = next(p for p in catalog_admin.list_plans(shop.db) if p.code == code)
    return PlanInput(
        carrier_code=row.carrier_code,
        code=row.code,
        kind=row.kind,
        name_zh=row.name_zh,
        name_en=row.name_en,
        price=row.price,
        months=row.months,
        credit=row.credit,
        data_mb=row.data_mb,
        minutes=row.minutes,
        card_types=frozenset(row.card_types),
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        needs_identity=row.needs_identity,
        active=row.active,
    )


def _top_up(shop: Shop, clerk: Clerk, plan_code: str, total: int) -> SaleView:
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code=plan_code,
        tenders=[Tender(TenderKind.CASH, total, tendered=total)],
        clock=shop.clock,
    )


def _audit(shop: Shop, action: str) -> list[AuditEvent]:
    with shop.db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_price_change_never_changes_a_past_sale(
    shop: Shop, clerk: Clerk, admin: Clerk, open_shift: shifts.OpenShift
) -> None:
    old = _top_up(shop, clerk, "BAU-T050", 5_000)
    assert old.receipt_no is not None
    changed = catalog_admin.update_plan(
        shop.db,
        admin,
        replace(_plan_input(shop, "BAU-T050"), price=5_500, name_en="Bauhinia credit HK$50 (new)"),
        clock=shop.clock,
    )
    assert changed.price == 5_500 and changed.sold

    again = sales.get_sale(shop.db, receipt_no=old.receipt_no)
    assert [(i.list_price, i.amount, i.name_en) for i in again.items] == [
        (5_000, 5_000, "Bauhinia Mobile credit HK$50")
    ]
    assert again.total == 5_000
    new = _top_up(shop, clerk, "BAU-T050", 5_500)
    assert [(i.list_price, i.name_en) for i in new.items] == [
        (5_500, "Bauhinia credit HK$50 (new)")
    ]
    with shop.db.read() as session:
        assert sorted(session.scalars(select(SaleItem.list_price))) == [5_000, 5_500]
    (event,) = _audit(shop, "plan.changed")
    assert event.staff_id == admin.id and event.subject == "BAU-T050"
    assert event.details == {
        "before": {"price": 5_000, "name_en": "Bauhinia Mobile credit HK$50"},
        "after": {"price": 5_500, "name_en": "Bauhinia credit HK$50 (new)"},
    }


def test_a_sold_plan_is_ended_not_deleted(
    shop: Shop, clerk: Clerk, admin: Clerk, open_shift: shifts.OpenShift
) -> None:
    _top_up(shop, clerk, "BAU-T050", 5_000)
    before = len(catalog_admin.list_plans(shop.db))
    ended = catalog_admin.update_plan(
        shop.db, admin, replace(_plan_input(shop, "BAU-T050"), active=False), clock=shop.clock
    )
    assert not ended.active and ended.sold
    assert len(catalog_admin.list_plans(shop.db)) == before
    active = catalog_admin.list_plans(shop.db, include_inactive=False)
    assert "BAU-T050" not in {p.code for p in active}
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    assert "BAU-T050" not in {
        q.plan.code for q in sales.quotes(shop.db, line_id, today=shop.clock.today)
    }
    (event,) = _audit(shop, "plan.changed")
    assert event.details == {"before": {"active": True}, "after": {"active": False}}


def test_a_new_plan_is_checked_then_offered(shop: Shop, admin: Clerk) -> None:
    new = PlanInput(
        carrier_code="bauhinia",
        code="bau-r02",
        kind=PlanKind.RENEWAL,
        name_zh="紫荊流動 2個月續期",
        name_en="Bauhinia 2-month renewal",
        price=3_300,
        months=2,
        data_mb=2_048,
        card_types=frozenset({CardType.NUMBER_KEEPING}),
    )
    made = catalog_admin.create_plan(shop.db, admin, new, clock=shop.clock)
    assert (made.code, made.carrier_code, made.price, made.sold) == (
        "BAU-R02",
        "BAUHINIA",
        3_300,
        False,
    )
    with pytest.raises(InputError) as taken:
        catalog_admin.create_plan(shop.db, admin, new, clock=shop.clock)
    assert taken.value.code == "plan.code_taken"
    (event,) = _audit(shop, "plan.created")
    assert (
        event.details["after"]["price"] == 3_300 and event.details["after"]["carrier"] == "BAUHINIA"
    )


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"price": 0}, "plan.price", "price"),
        ({"price": 10_000_001}, "plan.price", "price"),
        ({"code": "no spaces"}, "plan.code", "code"),
        ({"name_en": "  "}, "plan.name", "name_en"),
        ({"months": 0}, "plan.months", "months"),
        ({"credit": 100}, "plan.credit", "credit"),
        ({"card_types": frozenset()}, "plan.card_types", "card_types"),
        ({"card_types": frozenset({"sim"})}, "plan.card_types", "card_types"),
        ({"kind": "gift"}, "plan.kind", "kind"),
        ({"carrier_code": "NOPE"}, "carrier.unknown", "carrier"),
    ],
)
def test_bad_plans_are_refused_and_nothing_is_saved(
    shop: Shop, admin: Clerk, changes: dict[str, object], code: str, field: str
) -> None:
    given = replace(_plan_input(shop, "BAU-R01"), **({"code": "BAU-R02"} | changes))  # type: ignore[arg-type]
    with pytest.raises(InputError) as refused:
        catalog_admin.create_plan(shop.db, admin, given, clock=shop.clock)
    assert (refused.value.code, refused.value.field) == (code, field)
    with shop.db.read() as session:
        assert (
            session.scalar(select(Plan.id).where(Plan.code.in_(["BAU-R02", "NO SPACES"]))) is None
        )
    assert _audit(shop, "plan.created") == []


def test_window_and_fixed_fields_of_a_plan(shop: Shop, admin: Clerk) -> None:
    base = _plan_input(shop, "BAU-R01")
    with pytest.raises(InputError) as dates:
        catalog_admin.update_plan(
            shop.db,
            admin,
            replace(
                base, valid_from=shop.clock.today, valid_to=shop.clock.today - timedelta(days=1)
            ),
        )
    assert dates.value.code == "plan.dates"
    with pytest.raises(InputError) as fixed:
        catalog_admin.update_plan(shop.db, admin, replace(base, carrier_code="PEARL"))
    assert fixed.value.code == "plan.fixed"
    with pytest.raises(InputError) as unknown:
        catalog_admin.update_plan(shop.db, admin, replace(base, code="BAU-R99"))
    assert unknown.value.code == "plan.unknown"
    unchanged = catalog_admin.update_plan(shop.db, admin, base, clock=shop.clock)
    assert unchanged.price == base.price
    assert _audit(shop, "plan.changed") == []


def test_only_an_admin_edits_plans_and_carriers(shop: Shop, admin: Clerk) -> None:
    supervisor = shop.sign_in("supervisor")
    with pytest.raises(NotAllowed):
        catalog_admin.update_plan(
            shop.db, supervisor, replace(_plan_input(shop, "BAU-R01"), price=1)
        )
    with pytest.raises(NotAllowed):
        catalog_admin.update_carrier(
            shop.db,
            supervisor,
            "BAUHINIA",
            accepted_id_types=["hkid"],
            hotline="",
            grace_days=1,
            recycle_days=2,
        )
    assert next(p for p in catalog_admin.list_plans(shop.db) if p.code == "BAU-R01").price == 1_800


def _promotion(**changes: object) -> PromotionInput:
    from datetime import date

    given = PromotionInput(
        code="XMAS",
        name_zh="聖誕優惠",
        name_en="Christmas offer",
        valid_from=date(2026, 12, 1),
        valid_to=date(2026, 12, 31),
        plan_codes=frozenset({"BAU-R03"}),
        carriers=frozenset({"bauhinia"}),
        discount=500,
    )
    return replace(given, **changes)  # type: ignore[arg-type]


def test_a_promotion_is_made_changed_and_ended(shop: Shop, clerk: Clerk) -> None:
    supervisor = shop.sign_in("supervisor")
    with pytest.raises(NotAllowed):
        catalog_admin.create_promotion(shop.db, clerk, _promotion(), clock=shop.clock)
    made = catalog_admin.create_promotion(shop.db, supervisor, _promotion(), clock=shop.clock)
    assert made.carriers == {"BAUHINIA"} and made.active
    today = shop.clock.today
    running = catalog_admin.update_promotion(
        shop.db,
        supervisor,
        _promotion(valid_from=today, discount=0, discount_percent=20),
        clock=shop.clock,
    )
    assert (running.discount, running.discount_percent) == (0, 20)
    line_id = shop.set_line(shop.built.samples[0].msisdn, expires_on=today + timedelta(days=20))
    offered = {q.plan.code: q for q in sales.quotes(shop.db, line_id, today=today)}
    assert offered["BAU-R03"].promotion is not None
    assert offered["BAU-R03"].promotion.code == "XMAS"
    ended = catalog_admin.end_promotion(shop.db, supervisor, "xmas", clock=shop.clock)
    assert not ended.active and ended.valid_to == today
    offered = {q.plan.code: q for q in sales.quotes(shop.db, line_id, today=today)}
    assert offered["BAU-R03"].promotion is None or offered["BAU-R03"].promotion.code != "XMAS"
    with shop.db.read() as session:
        assert session.scalar(select(Promotion.id).where(Promotion.code == "XMAS")) is not None
    (changed,) = _audit(shop, "promotion.changed")
    assert changed.details["before"]["discount"] == 500
    assert changed.details["after"]["discount_percent"] == 20
    (end,) = _audit(shop, "promotion.ended")
    assert end.details == {
        "before": {"active": True, "valid_to": "2026-12-31"},
        "after": {"active": False, "valid_to": today.isoformat()},
    }


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"discount": 500, "discount_percent": 10}, "promotion.discount_both"),
        ({"discount": 0}, "promotion.nothing"),
        ({"discount_percent": 101, "discount": 0}, "promotion.percent"),
        ({"plan_codes": frozenset({"BAU-R77"})}, "promotion.plan_unknown"),
        ({"carriers": frozenset({"MOON"})}, "promotion.carrier_unknown"),
        ({"card_types": frozenset({"sim"})}, "promotion.card_types"),
        ({"kinds": frozenset({"gift"})}, "promotion.kinds"),
        ({"bonus_days": 400}, "promotion.bonus"),
        ({"code": "HALF-10OFF"}, "promotion.code_taken"),
        ({"name_zh": ""}, "promotion.name"),
    ],
)
def test_bad_promotions_are_refused(shop: Shop, changes: dict[str, object], code: str) -> None:
    supervisor = shop.sign_in("supervisor")
    with pytest.raises(InputError) as refused:
        catalog_admin.create_promotion(shop.db, supervisor, _promotion(**changes), clock=shop.clock)
    assert refused.value.code == code
    assert _audit(shop, "promotion.created") == []


def test_dates_of_a_promotion_are_checked(shop: Shop) -> None:
    supervisor = shop.sign_in("supervisor")
    late = _promotion(valid_from=shop.clock.today, valid_to=shop.clock.today - timedelta(days=1))
    with pytest.raises(InputError) as refused:
        catalog_admin.create_promotion(shop.db, supervisor, late, clock=shop.clock)
    assert (refused.value.code, refused.value.field) == ("promotion.dates", "valid_to")


def test_a_carriers_documents_hotline_and_days(shop: Shop, admin: Clerk) -> None:
    changed = catalog_admin.update_carrier(
        shop.db,
        admin,
        "pearl",
        accepted_id_types=["passport", IdType.HKID],
        hotline="+852 2100 2999",
        grace_days=20,
        recycle_days=60,
        clock=shop.clock,
    )
    assert changed.accepted_id_types == (IdType.HKID, IdType.PASSPORT)
    with shop.db.read() as session:
        row = session.scalars(select(Carrier).where(Carrier.code == "PEARL")).one()
        assert (row.accepted_id_types, row.hotline, row.grace_days) == (
            "hkid,passport",
            "+852 2100 2999",
            20,
        )
    (event,) = _audit(shop, "carrier.changed")
    assert event.details["before"] == {
        "accepted_id_types": "hkid,mo_id,eep,passport,cn_ric,hrp",
        "hotline": "+852 2100 2000",
        "grace_days": 15,
    }
    for kwargs, code in (
        ({"accepted_id_types": []}, "carrier.id_types"),
        ({"accepted_id_types": ["library_card"]}, "carrier.id_types"),
        ({"hotline": "call us!"}, "carrier.hotline"),
        ({"grace_days": 70}, "carrier.days"),
        ({"recycle_days": -1}, "carrier.days"),
    ):
        given: dict[str, object] = {
            "accepted_id_types": ["hkid"],
            "hotline": "2100 2000",
            "grace_days": 15,
            "recycle_days": 60,
        } | kwargs
        with pytest.raises(InputError) as refused:
            catalog_admin.update_carrier(shop.db, admin, "PEARL", **given)  # type: ignore[arg-type]
        assert refused.value.code == code
    assert len(_audit(shop, "carrier.changed")) == 1
    assert [c.code for c in catalog_admin.list_carriers(shop.db)] == [
        "BAUHINIA",
        "HARBOUR",
        "PEARL",
    ]


def _fulfilment_job(shop: Shop, sale: SaleView) -> OutboxJob:
    with shop.db.read() as session:
        return session.scalars(
            select(OutboxJob)
            .join(Sale, Sale.id == OutboxJob.sale_id)
            .where(Sale.receipt_no == sale.receipt_no, OutboxJob.kind == "fulfilment")
        ).one()


def _carrier_as_is(shop: Shop, code: str, **changes: object) -> dict[str, object]:
    """The carrier's documents, hotline and days as they are: only *changes* differ."""
    row = next(c for c in catalog_admin.list_carriers(shop.db) if c.code == code)
    return {
        "accepted_id_types": list(row.accepted_id_types),
        "hotline": row.hotline,
        "grace_days": row.grace_days,
        "recycle_days": row.recycle_days,
    } | changes


def test_a_plans_provider_product_and_its_carriers_provider_route_the_next_sales(
    shop: Shop, clerk: Clerk, admin: Clerk, open_shift: shifts.OpenShift
) -> None:
    before = _top_up(shop, clerk, "BAU-T100", 10_000)
    assert (_fulfilment_job(shop, before).provider, _fulfilment_job(shop, before).product) == (
        "manual",
        "",
    )
    # Typed with a Chinese input method: full-width letters and digits, spaces around.
    mapped = catalog_admin.update_plan(
        shop.db,
        admin,
        replace(_plan_input(shop, "BAU-T100"), provider_product="  ＨＫ-ＢＡＵ-１００ "),
        clock=shop.clock,
    )
    assert mapped.provider_product == "HK-BAU-100"
    # The carrier still applies by hand: a product id alone sends nothing to DT One.
    assert _fulfilment_job(shop, _top_up(shop, clerk, "BAU-T100", 10_000)).provider == "manual"
    carrier = catalog_admin.update_carrier(
        shop.db,
        admin,
        "BAUHINIA",
        **_carrier_as_is(shop, "BAUHINIA", fulfilment_provider=" DTone "),  # type: ignore[arg-type]
        clock=shop.clock,
    )
    assert carrier.fulfilment_provider == "dtone"
    assert next(
        c for c in catalog_admin.list_carriers(shop.db) if c.code == "BAUHINIA"
    ).fulfilment_provider == ("dtone")
    after = _fulfilment_job(shop, _top_up(shop, clerk, "BAU-T100", 10_000))
    assert (after.provider, after.product, after.amount) == ("dtone", "HK-BAU-100", 10_000)
    # A plan of the same carrier without a product id stays with the clerk.
    assert _fulfilment_job(shop, _top_up(shop, clerk, "BAU-T050", 5_000)).provider == "manual"
    # Jobs queued before the change keep the provider they were queued for.
    assert _fulfilment_job(shop, before).provider == "manual"

    (plan_event,) = _audit(shop, "plan.changed")
    assert plan_event.staff_id == admin.id and plan_event.subject == "BAU-T100"
    assert plan_event.details == {
        "before": {"provider_product": ""},
        "after": {"provider_product": "HK-BAU-100"},
    }
    (carrier_event,) = _audit(shop, "carrier.changed")
    assert carrier_event.staff_id == admin.id and carrier_event.subject == "BAUHINIA"
    assert carrier_event.details == {
        "before": {"fulfilment_provider": "manual"},
        "after": {"fulfilment_provider": "dtone"},
    }

    # Emptied again: the plan goes back to the clerk from the next sale on.
    catalog_admin.update_plan(
        shop.db,
        admin,
        replace(_plan_input(shop, "BAU-T100"), provider_product=""),
        clock=shop.clock,
    )
    assert _fulfilment_job(shop, _top_up(shop, clerk, "BAU-T100", 10_000)).provider == "manual"


@pytest.mark.parametrize(
    "product",
    [
        "P" * 41,  # longer than the column
        "HK\x07100",  # a control character
        "HK\u200b100",  # an invisible one, pasted from a web page
        "HK\n100",
    ],
)
def test_a_bad_provider_product_is_refused_and_nothing_is_saved(
    shop: Shop, admin: Clerk, product: str
) -> None:
    with pytest.raises(InputError) as refused:
        catalog_admin.update_plan(
            shop.db, admin, replace(_plan_input(shop, "BAU-T100"), provider_product=product)
        )
    assert (refused.value.code, refused.value.field) == (
        "plan.provider_product",
        "provider_product",
    )
    assert refused.value.params == {"maximum": 40}
    with shop.db.read() as session:
        assert (
            session.scalars(select(Plan.provider_product).where(Plan.code == "BAU-T100")).one()
            == ""
        )
    assert _audit(shop, "plan.changed") == []
    # Forty characters is the most, and is kept as typed.
    longest = "P-" + "9" * 38
    kept = catalog_admin.update_plan(
        shop.db, admin, replace(_plan_input(shop, "BAU-T100"), provider_product=longest)
    )
    assert kept.provider_product == longest


@pytest.mark.parametrize("provider", ["reloadly", "", "DT One"])
def test_an_unknown_fulfilment_provider_is_refused(shop: Shop, admin: Clerk, provider: str) -> None:
    with pytest.raises(InputError) as refused:
        catalog_admin.update_carrier(
            shop.db,
            admin,
            "PEARL",
            **_carrier_as_is(shop, "PEARL", fulfilment_provider=provider),  # type: ignore[arg-type]
        )
    assert (refused.value.code, refused.value.field) == (
        "carrier.provider",
        "fulfilment_provider",
    )
    with shop.db.read() as session:
        row = session.scalars(select(Carrier).where(Carrier.code == "PEARL")).one()
        assert row.fulfilment_provider == "manual"
    assert _audit(shop, "carrier.changed") == []
    # Left out, the provider stays as it is (the documents and days are saved alone).
    kept = catalog_admin.update_carrier(
        shop.db,
        admin,
        "PEARL",
        **_carrier_as_is(shop, "PEARL", grace_days=20),  # type: ignore[arg-type]
    )
    assert (kept.fulfilment_provider, kept.grace_days) == ("manual", 20)
