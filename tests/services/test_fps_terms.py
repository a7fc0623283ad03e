"""What the payment page's FPS code is made of: the shop's account, the next receipt number."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.domain.fps import FpsAccount, FpsProxy, ProxyKind
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk, Role
from counter_app.services import sales, shifts, shop_settings, staff
from counter_app.store.models import Setting
from counter_app.store.models import Shop as ShopRow
from tests.services.conftest import PASSWORD, Shop


@pytest.fixture
def owner(shop: Shop) -> Clerk:
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


def test_the_next_receipt_number_is_the_one_the_sale_gets(shop: Shop, clerk: Clerk) -> None:
    shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    assert sales.next_receipt_no(shop.db, shop.counter_id) == "DEMO-C1-000001"
    first = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert first.receipt_no == "DEMO-C1-000001"
    predicted = sales.next_receipt_no(shop.db, shop.counter_id)
    assert predicted == "DEMO-C1-000002"
    # Reading it takes nothing: asked twice, it is the same, and the sale still gets it.
    assert sales.next_receipt_no(shop.db, shop.counter_id) == predicted
    assert shop.sell_voucher(clerk, "PEARL", 5_000).receipt_no == predicted
    # Each counter numbers its own receipts.
    assert sales.next_receipt_no(shop.db, shop.other_counter_id) == "DEMO-C2-000001"


def test_no_counter_no_receipt_number(shop: Shop) -> None:
    assert sales.next_receipt_no(shop.db, 999_999) is None


@pytest.mark.usefixtures("open_shift")
def test_fps_terms_without_a_proxy_have_no_account(shop: Shop, clerk: Clerk) -> None:
    draft = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock)
    terms = sales.fps_terms(shop.db, shop.counter_id, draft.uuid)
    assert terms.account is None
    assert terms.bill_number == "DEMO-C1-000001"


@pytest.mark.usefixtures("open_shift")
def test_fps_terms_carry_the_saved_account(shop: Shop, owner: Clerk, clerk: Clerk) -> None:
    saved = shop_settings.save_shop_settings(
        shop.db,
        owner,
        {"fps_proxy": " 9123-4567 ", "fps_merchant_name": "Demo Mobile", "fps_city": "Mong Kok"},
        clock=shop.clock,
    )
    assert (saved.fps_proxy, saved.fps_merchant_name, saved.fps_city) == (
        "+852-91234567",
        "Demo Mobile",
        "Mong Kok",
    )
    draft = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock)
    terms = sales.fps_terms(shop.db, shop.counter_id, draft.uuid)
    assert terms.account == FpsAccount(
        FpsProxy(ProxyKind.MOBILE, "+852-91234567"), "Demo Mobile", "Mong Kok"
    )
    # A counter that is not there: the sale's UUID, shortened, is the reference.
    elsewhere = sales.fps_terms(shop.db, 999_999, draft.uuid)
    assert elsewhere.bill_number == draft.uuid.replace("-", "").upper()[:16]


@pytest.mark.usefixtures("open_shift")
def test_a_proxy_edited_into_the_table_by_hand_does_not_stop_a_sale(
    shop: Shop, clerk: Clerk
) -> None:
    with shop.db.write() as session:
        shop_id = session.scalars(select(ShopRow.id)).one()
        session.add(Setting(shop_id=shop_id, key="fps_proxy", value="not a proxy"))
    draft = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER, clock=shop.clock)
    assert sales.fps_terms(shop.db, shop.counter_id, draft.uuid).account is None
