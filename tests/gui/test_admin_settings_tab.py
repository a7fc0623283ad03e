"""The settings tab: shop and counter settings saved and read back, bad values named inline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.domain.staff import Role
from counter_app.gui.admin_settings_tab import AdminSettingsTab
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys, shop_settings, staff
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import counter_context
from counter_app.services.shop_settings import CounterSettings
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, Carrier, Customer, Line, Setting
from counter_app.store.schema import upgrade

PASSWORD = "pw-123456"


@dataclass
class Shop:
    db: Database
    secret: InstallationSecret
    station: Station


@pytest.fixture
def shop(database_url: str, tmp_path: Path) -> Iterator[Shop]:
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(tmp_path / "s.json")
    demo.build(db, secret, lines=5, password=PASSWORD)
    staff.create_user(
        db, None, username="owner", display_name="Owner", role=Role.ADMIN, password=PASSWORD
    )
    ctx = counter_context(db, "C1")
    assert ctx is not None
    yield Shop(db, secret, Station(db, secret, ctx, data_dir=tmp_path / "data"))
    assert wait_for_tasks(10_000)
    db.dispose()


def open_tab(qtbot: QtBot, shop: Shop, username: str) -> AdminSettingsTab:
    shop.station.clerk = staff.sign_in(
        shop.db, username, PASSWORD, counter_id=shop.station.counter_id
    )
    tab = AdminSettingsTab(shop.station)
    qtbot.addWidget(tab)
    tab.resize(1366, 740)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.loaded is not None and not tab.busy, timeout=20_000)
    return tab


def save(qtbot: QtBot, tab: AdminSettingsTab) -> None:
    tab.ui.saveSettingsButton.click()
    assert tab.busy
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)


def settings_state(shop: Shop) -> tuple[int, int]:
    with shop.db.read() as session:
        rows = session.scalar(select(func.count()).select_from(Setting)) or 0
        events = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action.like("settings.%"))
        )
        return int(rows), int(events or 0)


def test_settings_are_saved_and_read_back(qtbot: QtBot, shop: Shop) -> None:
    tab = open_tab(qtbot, shop, "owner")
    ui = tab.ui
    assert ui.nameEnInput.text() == shop.station.counter.shop_name_en
    assert (ui.lowStockSpin.value(), ui.varianceInput.text(), ui.retentionSpin.value()) == (
        20,
        "20.00",
        24,
    )
    assert ui.copiesSpin.text() == "This PC's setting"
    assert ui.printerCombo.currentData() is None

    ui.nameEnInput.setText("Harbour Mobile")
    ui.brNumberInput.setText("12345678")
    ui.footerZhInput.setText("多謝惠顧")
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData("58mm"))
    ui.lowStockSpin.setValue(5)
    ui.varianceInput.setText("50")
    ui.retentionSpin.setValue(36)
    ui.printerCombo.setCurrentIndex(ui.printerCombo.findData(""))
    ui.copiesSpin.setValue(2)
    ui.printAutomaticallyCombo.setCurrentIndex(ui.printAutomaticallyCombo.findData(True))
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.idleLockSpin.setValue(15)
    with qtbot.waitSignal(tab.counterSettingsChanged) as changed:
        save(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.busy)

    assert ui.settingsMessageLabel.text() == "Settings saved."
    saved = shop_settings.shop_settings(shop.db)
    assert (saved.name_en, saved.br_number, saved.receipt_footer_zh) == (
        "Harbour Mobile",
        "12345678",
        "多謝惠顧",
    )
    assert (saved.receipt_paper, saved.low_stock_threshold) == ("58mm", 5)
    assert (saved.variance_reason_threshold, saved.id_retention_months) == (5_000, 36)
    expected = CounterSettings("C1", "", 2, True, "en", 15)
    assert shop_settings.counter_settings(shop.db, "C1") == expected
    assert changed.args == [expected]
    assert ui.varianceInput.text() == "50.00"

    # A fresh tab shows what was stored.
    again = open_tab(qtbot, shop, "owner")
    assert again.shop_changes() == tab.shop_changes()
    assert again.counter_changes() == tab.counter_changes()


def test_a_bad_value_is_named_inline_and_nothing_is_saved(qtbot: QtBot, shop: Shop) -> None:
    tab = open_tab(qtbot, shop, "owner")
    ui = tab.ui
    before = settings_state(shop), shop_settings.shop_settings(shop.db)
    ui.footerEnInput.setText("Thank you")  # good, but saved only with the rest
    ui.copiesSpin.setValue(3)
    ui.phoneInput.setText("call 2345 6789")

    save(qtbot, tab)

    assert ui.phoneErrorLabel.isVisible()
    assert "phone number" in ui.phoneErrorLabel.text()
    assert not ui.nameEnErrorLabel.isVisible()
    assert ui.settingsMessageLabel.text() == "Nothing was saved."
    assert ui.phoneInput.hasFocus()
    assert (settings_state(shop), shop_settings.shop_settings(shop.db)) == before
    assert shop_settings.counter_settings(shop.db, "C1") == CounterSettings("C1")

    ui.phoneInput.setText("2345 6789")
    ui.varianceInput.setText("12.345")
    save(qtbot, tab)
    assert ui.varianceErrorLabel.isVisible() and not ui.phoneErrorLabel.isVisible()
    assert (settings_state(shop), shop_settings.shop_settings(shop.db)) == before

    ui.varianceInput.setText("12.34")
    save(qtbot, tab)
    assert not ui.varianceErrorLabel.isVisible()
    assert shop_settings.shop_settings(shop.db).receipt_footer_en == "Thank you"
    assert shop_settings.counter_settings(shop.db, "C1").print_copies == 3


def test_a_supervisor_edits_only_the_counter(qtbot: QtBot, shop: Shop) -> None:
    tab = open_tab(qtbot, shop, "supervisor")
    ui = tab.ui
    assert not ui.shopGroup.isEnabled()
    assert not ui.retentionSpin.isEnabled()
    assert ui.counterGroup.isEnabled()
    assert not ui.eraseButton.isVisible()
    ui.idleLockSpin.setValue(30)
    save(qtbot, tab)
    assert shop_settings.counter_settings(shop.db, "C1").idle_lock_minutes == 30
    with shop.db.read() as session:
        actions = list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("settings.%")))
        )
    assert actions == ["settings.counter_changed"]


def test_a_clerk_sees_the_settings_read_only(qtbot: QtBot, shop: Shop) -> None:
    tab = open_tab(qtbot, shop, "clerk")
    assert not tab.ui.shopGroup.isEnabled()
    assert not tab.ui.counterGroup.isEnabled()
    assert not tab.ui.saveSettingsButton.isEnabled()


def test_a_font_problem_is_shown(qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    owner = staff.sign_in(shop.db, "owner", PASSWORD, counter_id=shop.station.counter_id)
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"not a font")
    shop_settings.save_shop_settings(shop.db, owner, {"cjk_font_path": str(not_a_font)})
    tab = open_tab(qtbot, shop, "owner")
    assert tab.ui.fontProblemLabel.isVisible()
    assert "broken.ttf" in tab.ui.fontProblemLabel.text()


def test_erasing_expired_identities_asks_first(qtbot: QtBot, shop: Shop) -> None:
    with shop.db.write() as session:
        carrier_id = session.scalar(select(Carrier.id).where(Carrier.code == "BAUHINIA"))
        long_ago = datetime(2015, 1, 1, tzinfo=UTC)
        customer = Customer(
            name_en="LEE KA YAN",
            name_zh="李嘉欣",
            id_type="hkid",
            id_hash="b" * 64,
            id_masked="B12****(*)",
            created_at=long_ago,
        )
        session.add(customer)
        session.flush()
        session.add(
            Line(
                msisdn="59990001",
                iccid="89852000000000099991",
                carrier_id=carrier_id,
                card_type="number_keeping",
                expires_on=date(2015, 6, 1),
                customer_id=customer.id,
                created_at=long_ago,
                updated_at=long_ago,
            )
        )
        customer_id = customer.id
    tab = open_tab(qtbot, shop, "owner")
    assert tab.ui.eraseButton.isVisible()

    tab.ui.eraseButton.click()
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "questionMessageBox") is not None)
    box = tab.findChild(QMessageBox, "questionMessageBox")
    assert box is not None
    assert "1 holders" in box.text()
    with shop.db.read() as session:
        assert session.get(Customer, customer_id).identity_erased_at is None  # type: ignore[union-attr]
    box.defaultButton().click()
    qtbot.waitUntil(lambda: "Erased" in tab.ui.retentionMessageLabel.text(), timeout=20_000)

    with shop.db.read() as session:
        erased = session.get(Customer, customer_id)
        assert erased is not None
        assert erased.identity_erased_at is not None
        assert erased.name_en == ""
    assert "Erased the identity data of 1 holders" in tab.ui.retentionMessageLabel.text()

    tab.ui.eraseButton.click()
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.ui.retentionMessageLabel.text() == "No identity data is due for erasure."


def test_the_fps_account_is_checked_inline_and_saved(qtbot: QtBot, shop: Shop) -> None:
    tab = open_tab(qtbot, shop, "owner")
    ui = tab.ui
    assert ui.fpsGroup.isEnabled()
    assert (ui.fpsProxyInput.text(), ui.fpsCityInput.text()) == ("", "")
    before = settings_state(shop), shop_settings.shop_settings(shop.db)
    ui.fpsMerchantNameInput.setText("Demo Mobile")
    ui.fpsProxyInput.setText("12345")  # 5 digits: no FPS ID, mobile or email

    save(qtbot, tab)

    assert ui.fpsProxyErrorLabel.isVisible()
    assert ui.fpsProxyErrorLabel.text() == (
        "Type the shop's FPS ID (7 or 9 digits), its Hong Kong mobile number (8 digits) or "
        "its email address."
    )
    assert not ui.fpsMerchantNameErrorLabel.isVisible()
    assert ui.fpsProxyInput.hasFocus()
    assert ui.settingsMessageLabel.text() == "Nothing was saved."
    assert (settings_state(shop), shop_settings.shop_settings(shop.db)) == before

    ui.fpsProxyInput.setText("9123 4567")
    ui.fpsMerchantNameInput.setText("示範電訊")
    save(qtbot, tab)
    assert ui.fpsMerchantNameErrorLabel.isVisible() and not ui.fpsProxyErrorLabel.isVisible()
    assert "25 English letters" in ui.fpsMerchantNameErrorLabel.text()
    assert (settings_state(shop), shop_settings.shop_settings(shop.db)) == before

    ui.fpsMerchantNameInput.setText("Demo Mobile")
    save(qtbot, tab)
    saved = shop_settings.shop_settings(shop.db)
    assert (saved.fps_proxy, saved.fps_merchant_name, saved.fps_city) == (
        "+852-91234567",
        "Demo Mobile",
        "",
    )
    qtbot.waitUntil(lambda: ui.fpsProxyInput.text() == "+852-91234567")


def test_a_supervisor_cannot_change_the_fps_account(qtbot: QtBot, shop: Shop) -> None:
    tab = open_tab(qtbot, shop, "supervisor")
    assert not tab.ui.fpsGroup.isEnabled()
