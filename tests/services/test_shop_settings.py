"""Shop and counter settings: typed, checked, saved in one transaction, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain.errors import InputError, NotAllowed, NotFound
from counter_app.domain.staff import Clerk, Role
from counter_app.printing.labels import ChineseScript
from counter_app.printing.receipt import Paper
from counter_app.services import audit, receipts, shop_settings, staff, vouchers
from counter_app.services.shop_settings import CounterSettings
from counter_app.store.models import AuditEvent, Setting
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


def audit_events(shop: Shop, action: str) -> list[AuditEvent]:
    with shop.db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def settings_rows(shop: Shop) -> int:
    with shop.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Setting)) or 0)


def test_the_choices_are_the_printing_ones() -> None:
    assert tuple(p.value for p in Paper) == shop_settings.PAPERS
    assert tuple(s.value for s in ChineseScript) == shop_settings.CHINESE_SCRIPTS


def test_defaults_when_nothing_is_set(shop: Shop) -> None:
    settings = shop_settings.shop_settings(shop.db)
    assert settings.id_retention_months == 24
    assert settings.low_stock_threshold == 20
    assert settings.variance_reason_threshold == 2_000
    assert settings.receipt_paper == "80mm"
    assert settings.receipt_chinese == "traditional"
    assert shop_settings.counter_settings(shop.db, "C1") == CounterSettings("C1")


def test_shop_settings_are_saved_read_back_and_printed(shop: Shop, owner: Clerk) -> None:
    saved = shop_settings.save_shop_settings(
        shop.db,
        owner,
        {
            "name_en": "  Harbour Mobile ",
            "address_zh": "旺角彌敦道 1 號",
            "phone": "+852 2345 6789",
            "br_number": "12345678-000",
            "receipt_hotline": "2345 0000",
            "receipt_footer_en": "Thank you",
            "receipt_paper": "58mm",
            "receipt_chinese": "simplified",
            "id_retention_months": "36",
            "low_stock_threshold": 5,
            "variance_reason_threshold": "HK$50.00",
        },
        clock=shop.clock,
    )
    again = shop_settings.shop_settings(shop.db)
    assert saved == again
    assert again.name_en == "Harbour Mobile"
    assert (again.id_retention_months, again.low_stock_threshold) == (36, 5)
    assert again.variance_reason_threshold == 5_000
    printed = receipts.receipt_settings(shop.db, "DEMO")
    assert printed.paper is Paper.MM58
    assert printed.chinese is ChineseScript.SIMPLIFIED
    assert printed.header.name_en == "Harbour Mobile"
    assert printed.header.br_number == "12345678-000"
    assert printed.header.hotline == "2345 0000"
    assert printed.header.footer_en == "Thank you"
    (event,) = audit_events(shop, "settings.shop_changed")
    assert event.staff_id == owner.id
    assert event.details["changes"]["low_stock_threshold"] == [20, 5]
    assert event.details["changes"]["variance_reason_threshold"] == [2_000, 5_000]
    assert audit.verify(shop.db).ok

    # Saving the same values again changes nothing and records nothing.
    shop_settings.save_shop_settings(shop.db, owner, {"low_stock_threshold": 5}, clock=shop.clock)
    assert len(audit_events(shop, "settings.shop_changed")) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name_en": "  "}, "name_en"),
        ({"phone": "call 2345"}, "phone"),
        ({"br_number": "12345678/1"}, "br_number"),
        ({"receipt_paper": "A5"}, "receipt_paper"),
        ({"receipt_chinese": "cantonese"}, "receipt_chinese"),
        ({"id_retention_months": 0}, "id_retention_months"),
        ({"id_retention_months": "85"}, "id_retention_months"),
        ({"id_retention_months": "２４"}, "id_retention_months"),
        ({"low_stock_threshold": "-1"}, "low_stock_threshold"),
        ({"variance_reason_threshold": "20.005"}, "variance_reason_threshold"),
        ({"receipt_footer_zh": "多謝\u200b惠顧"}, "receipt_footer_zh"),
        ({"cjk_font_path": "/no/such/font.ttc"}, "cjk_font_path"),
        ({"fps_proxy": "12345"}, "fps_proxy"),
        ({"fps_proxy": "+86 138 0013 8000"}, "fps_proxy"),
        ({"fps_proxy": "pay@"}, "fps_proxy"),
        ({"fps_merchant_name": "示範電訊"}, "fps_merchant_name"),
        ({"fps_merchant_name": "Demo Mobile Shop Limited Co"}, "fps_merchant_name"),
        ({"fps_city": "Tsim Sha Tsui East"}, "fps_city"),
    ],
)
def test_a_bad_value_is_named_and_nothing_is_saved(
    shop: Shop, owner: Clerk, changes: dict[str, object], field: str
) -> None:
    before = shop_settings.shop_settings(shop.db)
    rows = settings_rows(shop)
    with pytest.raises(InputError) as refused:
        # The good value in the same save is not written either.
        shop_settings.save_shop_settings(
            shop.db, owner, {"low_stock_threshold": 7, **changes}, clock=shop.clock
        )
    assert (refused.value.code, refused.value.field) == (f"settings.{field}", field)
    assert shop_settings.shop_settings(shop.db) == before
    assert settings_rows(shop) == rows
    assert audit_events(shop, "settings.shop_changed") == []


def test_a_font_file_that_exists_is_accepted(shop: Shop, owner: Clerk, tmp_path: Path) -> None:
    font = tmp_path / "font.ttf"
    font.write_bytes(b"not really a font")
    saved = shop_settings.save_shop_settings(
        shop.db, owner, {"cjk_font_path": str(font)}, clock=shop.clock
    )
    assert saved.cjk_font_path == str(font)


def test_shop_settings_need_an_admin(shop: Shop) -> None:
    for username in ("clerk", "supervisor"):
        with pytest.raises(NotAllowed):
            shop_settings.save_shop_settings(
                shop.db, shop.sign_in(username), {"low_stock_threshold": 1}, clock=shop.clock
            )


def test_counter_settings_are_per_counter_and_can_be_unset(shop: Shop) -> None:
    supervisor = shop.sign_in("supervisor")
    saved = shop_settings.save_counter_settings(
        shop.db,
        supervisor,
        "C1",
        {
            "printer": "Thermal-80",
            "print_copies": 2,
            "print_automatically": True,
            "language": "en",
            "idle_lock_minutes": "15",
        },
        clock=shop.clock,
    )
    assert saved == CounterSettings("C1", "Thermal-80", 2, True, "en", 15)
    assert shop_settings.counter_settings(shop.db, "C1") == saved
    assert shop_settings.counter_settings(shop.db, "C2") == CounterSettings("C2")

    unset = shop_settings.save_counter_settings(
        shop.db, supervisor, "C1", {"printer": None, "print_automatically": False}, clock=shop.clock
    )
    assert unset == CounterSettings("C1", None, 2, False, "en", 15)
    assert shop_settings.counter_settings(shop.db, "C1") == unset
    first, second = audit_events(shop, "settings.counter_changed")
    assert first.subject == second.subject == "C1"
    assert second.details["changes"] == {
        "printer": ["Thermal-80", None],
        "print_automatically": [True, False],
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"idle_lock_minutes": 0}, "idle_lock_minutes"),
        ({"idle_lock_minutes": "121"}, "idle_lock_minutes"),
        ({"print_copies": 6}, "print_copies"),
        ({"language": "fr"}, "language"),
        ({"printer": "Thermal\x07"}, "printer"),
    ],
)
def test_a_bad_counter_value_saves_nothing(
    shop: Shop, changes: dict[str, object], field: str
) -> None:
    supervisor = shop.sign_in("supervisor")
    with pytest.raises(InputError) as refused:
        shop_settings.save_counter_settings(
            shop.db, supervisor, "C1", {"print_copies": 3, **changes}, clock=shop.clock
        )
    assert (refused.value.code, refused.value.field) == (f"settings.{field}", field)
    assert shop_settings.counter_settings(shop.db, "C1") == CounterSettings("C1")


def test_counter_settings_need_a_supervisor_and_a_real_counter(shop: Shop) -> None:
    with pytest.raises(NotAllowed):
        shop_settings.save_counter_settings(
            shop.db, shop.sign_in("clerk"), "C1", {"print_copies": 2}, clock=shop.clock
        )
    with pytest.raises(NotFound):
        shop_settings.save_counter_settings(
            shop.db, shop.sign_in("supervisor"), "C9", {"print_copies": 2}, clock=shop.clock
        )


def test_stock_below_the_threshold_is_low(shop: Shop, owner: Clerk) -> None:
    # The demo has 30 of each carrier and face value.
    assert not any(level.low for level in vouchers.stock_levels(shop.db, today=shop.clock.today))
    shop_settings.save_shop_settings(shop.db, owner, {"low_stock_threshold": 31}, clock=shop.clock)
    levels = vouchers.stock_levels(shop.db, today=shop.clock.today)
    assert levels and all(level.low for level in levels)
    shop_settings.save_shop_settings(shop.db, owner, {"low_stock_threshold": 0}, clock=shop.clock)
    assert not any(level.low for level in vouchers.stock_levels(shop.db, today=shop.clock.today))
