"""The new SIM form's choices: carriers, their documents, card types and first plans."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from counter_app.domain.identity import IdType
from counter_app.domain.new_sims import CarrierOffer, NewSim, NewSimPlan
from counter_app.domain.plans import CardType
from counter_app.domain.sales import SaleKind, SaleState
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import registration, sales
from counter_app.services.demo import _iccid
from counter_app.store.models import Carrier, Plan
from tests.services.conftest import Shop


def _by_code(offers: list[CarrierOffer]) -> dict[str, CarrierOffer]:
    return {offer.code: offer for offer in offers}


def _plans(offer: CarrierOffer, card_type: CardType) -> list[str]:
    return [
        plan.code
        for types in offer.card_types
        if types.card_type is card_type
        for plan in types.plans
    ]


def test_every_carrier_with_its_documents_card_types_and_renewals(shop: Shop) -> None:
    offers = registration.new_sim_offers(shop.db, today=shop.clock.today)

    assert [offer.code for offer in offers] == ["BAUHINIA", "HARBOUR", "PEARL"]
    pearl = _by_code(offers)["PEARL"]
    assert (pearl.name_zh, pearl.name_en) == ("珠江通", "Pearl River Link")
    assert pearl.accepted_id_types == (
        IdType.HKID,
        IdType.MO_RESIDENT_ID,
        IdType.EXIT_ENTRY_PERMIT,
        IdType.PASSPORT,
        IdType.CN_RESIDENT_ID,
        IdType.HOME_RETURN_PERMIT,
    )
    assert IdType.CN_RESIDENT_ID not in _by_code(offers)["BAUHINIA"].accepted_id_types
    assert [types.card_type for types in pearl.card_types] == [
        CardType.NUMBER_KEEPING,
        CardType.DUAL,
    ]
    assert [types.card_type for types in _by_code(offers)["HARBOUR"].card_types] == [CardType.DATA]
    # Renewals only, shortest first; top-ups and data add-ons cannot start a card.
    assert _plans(pearl, CardType.DUAL) == ["PEA-R01", "PEA-R03", "PEA-R06", "PEA-R12"]
    year = pearl.card_types[1].plans[-1]
    assert year == NewSimPlan(
        "PEA-R12", "珠江通 12個月續期", "Pearl River Link 12-month renewal", 15_800, 12, 12_288
    )
    assert isinstance(year.price, int)


def test_plans_not_on_sale_today_are_left_out(shop: Shop) -> None:
    today = shop.clock.today
    with shop.db.write() as session:
        session.execute(update(Plan).where(Plan.code == "BAU-R01").values(active=False))
        session.execute(
            update(Plan).where(Plan.code == "BAU-R03").values(valid_to=today - timedelta(days=1))
        )
        session.execute(
            update(Plan).where(Plan.code == "BAU-R06").values(valid_from=today + timedelta(days=1))
        )
        session.execute(
            update(Plan).where(Plan.code == "BAU-R12").values(card_types="hk_registered")
        )
        # A whole carrier with nothing to start a card with is not offered at all.
        harbour = session.scalar(select(Carrier.id).where(Carrier.code == "HARBOUR"))
        session.execute(
            update(Plan)
            .where(Plan.carrier_id == harbour, Plan.kind == "renewal")
            .values(active=False)
        )

    offers = _by_code(registration.new_sim_offers(shop.db, today=today))

    assert set(offers) == {"BAUHINIA", "PEARL"}
    bauhinia = offers["BAUHINIA"]
    assert [types.card_type for types in bauhinia.card_types] == [CardType.HK_REGISTERED]
    assert _plans(bauhinia, CardType.HK_REGISTERED) == ["BAU-R12"]
    # The window is inclusive: on its last and first days the plan is on sale.
    assert "BAU-R03" in _plans(
        _by_code(registration.new_sim_offers(shop.db, today=today - timedelta(days=1)))["BAUHINIA"],
        CardType.HK_REGISTERED,
    )
    assert "BAU-R06" in _plans(
        _by_code(registration.new_sim_offers(shop.db, today=today + timedelta(days=1)))["BAUHINIA"],
        CardType.HK_REGISTERED,
    )


def test_the_offers_are_frozen_plain_data(shop: Shop) -> None:
    offer = registration.new_sim_offers(shop.db, today=shop.clock.today)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        offer.code = "OTHER"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        offer.card_types[0].plans[0].price = 1  # type: ignore[misc]
    assert isinstance(offer.card_types, tuple) and isinstance(offer.accepted_id_types, tuple)


@pytest.mark.usefixtures("open_shift")
def test_each_offered_plan_is_one_a_new_sim_can_be_sold_with(shop: Shop, clerk: Clerk) -> None:
    offers = registration.new_sim_offers(shop.db, today=shop.clock.today)
    serial = 0
    for offer in offers:
        for types in offer.card_types:
            for plan in (types.plans[0], types.plans[-1]):
                serial += 1
                draft = sales.start_sale(
                    shop.db, clerk, shop.counter_id, SaleKind.NEW_SIM, clock=shop.clock
                )
                done = registration.complete_new_sim(
                    shop.db,
                    clerk,
                    draft.uuid,
                    NewSim(
                        msisdn=f"6{5_000_000 + serial:07d}",
                        iccid=_iccid(700_000 + serial),
                        carrier_code=offer.code,
                        card_type=types.card_type.value,
                        plan_code=plan.code,
                        name_en="Chan Tai Man",
                        name_zh="陳大文",
                        date_of_birth=date(1990, 5, 4),
                        id_type=offer.accepted_id_types[0].value,
                        id_number="A1234563",
                        secondary_msisdn=(
                            f"1380013{serial:04d}" if types.card_type is CardType.DUAL else ""
                        ),
                        photo_matches=True,
                    ),
                    tenders=[Tender(TenderKind.CASH, plan.price)],
                    secret=shop.secret,
                    clock=shop.clock,
                )
                assert (done.state, done.total) == (SaleState.COMPLETED, plan.price)
    assert serial == 10
