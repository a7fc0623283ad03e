"""The PIN voucher screen driven from the keyboard: real stock, real sales, real PINs."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from counter_app.domain.errors import DatabaseUnavailable
from counter_app.domain.money import format_money
from counter_app.gui.done_panel import format_pin
from counter_app.gui.i18n import language_switcher
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.gui.voucher_screen import VoucherScreen, VoucherStockModel
from counter_app.services import demo, keys, sales, shifts, staff
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import counter_context
from counter_app.services.vouchers import StockLevel
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, Carrier, Sale, VoucherPin
from counter_app.store.schema import upgrade

PASSWORD = "pw-123456"
GROUPED_PIN = re.compile(r"[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}")


@dataclass
class Shop:
    screen: VoucherScreen
    db: Database
    secret: InstallationSecret


@pytest.fixture
def shop(qtbot: QtBot, database_url: str, tmp_path: Path) -> Iterator[Shop]:
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(tmp_path / "s.json")
    demo.build(db, secret, lines=5, password=PASSWORD)
    ctx = counter_context(db, "C1")
    assert ctx is not None
    clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=ctx.counter_id)
    shifts.open_shift(db, clerk, ctx.counter_id, 0)
    station = Station(db, secret, ctx, clerk=clerk, data_dir=tmp_path / "data")
    screen = VoucherScreen(station)
    qtbot.addWidget(screen)
    screen.resize(1300, 600)
    with qtbot.waitExposed(screen):
        screen.show()
    # Shortcuts (Enter, Esc) only reach the active window.
    with qtbot.waitActive(screen):
        screen.activateWindow()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    yield Shop(screen, db, secret)
    screen.close()
    assert wait_for_tasks(10_000)
    db.dispose()


def press(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key)


def void_stock(db: Database, carrier_code: str, face_value: int | None = None) -> None:
    """Take a carrier's PINs (of one value, or all) out of stock."""
    with db.write() as session:
        carrier_id = session.scalar(select(Carrier.id).where(Carrier.code == carrier_code))
        query = update(VoucherPin).where(VoucherPin.carrier_id == carrier_id)
        if face_value is not None:
            query = query.where(VoucherPin.face_value == face_value)
        session.execute(query.values(state="void"))


def sale_states(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Sale.state).order_by(Sale.id)))


def choose_and_pay_cash(qtbot: QtBot, screen: VoucherScreen, cash: str) -> None:
    ui, panel = screen.ui, screen.payment_panel
    qtbot.waitUntil(ui.voucherList.hasFocus, timeout=5_000)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.voucherStack.currentWidget() is screen.flow.payment_page)
    qtbot.waitUntil(panel.ui.cashTenderedInput.hasFocus, timeout=5_000)
    qtbot.keyClicks(panel.ui.cashTenderedInput, cash)


@pytest.mark.parametrize(
    ("pin", "shown"),
    [
        ("8542063776622585", "8542 0637 7662 2585"),
        ("8542 0637 7662 2585", "8542 0637 7662 2585"),
        ("123456789012", "1234 5678 9012"),
        ("12345", "1234 5"),
        ("", ""),
    ],
)
def test_a_pin_is_shown_in_groups_of_four(pin: str, shown: str) -> None:
    assert format_pin(pin) == shown


def test_the_stock_model_disables_sold_out_rows(qtmodeltester: ModelTester) -> None:
    model = VoucherStockModel()
    model.set_stock(
        [
            StockLevel("BAUHINIA", 5_000, 29, 1, 0, 0),
            StockLevel("BAUHINIA", 10_000, 0, 30, 0, 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0)) == "BAUHINIA HK$50.00 — 29 in stock"
    assert model.data(model.index(1)) == "BAUHINIA HK$100.00 — out of stock"
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEnabled
    assert not model.flags(model.index(1)) & Qt.ItemFlag.ItemIsEnabled
    assert not model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    assert model.data(model.index(1), VoucherStockModel.AvailableRole) == 0
    assert model.first_available_row() == 0
    assert model.row_of("BAUHINIA", 10_000) == 1
    assert model.row_of("PEARL", 5_000) == -1


def test_a_voucher_sold_by_keyboard_shows_its_pin_once(
    qtbot: QtBot, shop: Shop, qtmodeltester: ModelTester, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="counter")
    screen, ui = shop.screen, shop.screen.ui
    qtmodeltester.check(screen.model)
    assert ui.voucherList.currentIndex().row() == 0
    qtbot.waitUntil(ui.voucherList.hasFocus, timeout=5_000)
    press(Qt.Key.Key_Down)
    stock = screen.model.stock_at(1)
    assert stock is not None
    assert ui.voucherList.currentIndex().row() == 1

    choose_and_pay_cash(qtbot, screen, "500")
    assert screen.payment_panel.ui.totalLabel.text() == format_money(stock.face_value)
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000) as completed:
        press(Qt.Key.Key_Return)
    sale = completed.args[0]
    done = screen.flow.done_panel.ui
    assert ui.voucherStack.currentWidget() is screen.flow.done_page
    qtbot.waitUntil(lambda: bool(done.voucherPinLabel.text()), timeout=10_000)
    shown = done.voucherPinLabel.text()
    assert GROUPED_PIN.fullmatch(shown)
    assert sale.receipt_no in screen.flow.done_panel.ui.receiptNoLabel.text()
    assert sale.voucher.serial in done.doneSummaryLabel.text()
    assert sale.voucher.expires_on.isoformat() in done.doneSummaryLabel.text()
    assert done.redeemLabel.text() == sale.voucher.redeem_en
    assert format_money(500_00 - stock.face_value) in done.doneSummaryLabel.text()
    assert done.voucherPinLabel.font().fixedPitch() or done.voucherPinLabel.fontInfo().fixedPitch()

    with shop.db.read() as session:
        sold = session.scalars(
            select(VoucherPin)
            .join(Sale, VoucherPin.sale_id == Sale.id)
            .where(Sale.uuid == sale.uuid)
        ).all()
        carrier_code = session.scalar(select(Carrier.code).where(Carrier.id == sold[0].carrier_id))
        reveals = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == "voucher.pin_revealed")
        )
    assert len(sold) == 1
    assert (sold[0].state, sold[0].serial) == ("sold", sale.voucher.serial)
    assert (carrier_code, sold[0].face_value) == (stock.carrier_code, stock.face_value)
    assert shop.secret.decrypt_pin(sold[0].pin_encrypted, sold[0].serial) == shown.replace(" ", "")
    assert reveals == 1
    assert shown.replace(" ", "") not in caplog.text

    language_switcher().set_language("zh_HK")
    assert done.redeemLabel.text() == sale.voucher.redeem_zh
    assert done.voucherPinLabel.text() == shown
    language_switcher().set_language("en")

    with qtbot.waitSignal(screen.finished):
        press(Qt.Key.Key_Return)
    assert done.voucherPinLabel.text() == ""
    assert ui.voucherStack.currentWidget() is ui.voucherListPage
    qtbot.waitUntil(
        lambda: (
            screen.model.data(screen.model.index(1), VoucherStockModel.AvailableRole)
            == stock.available - 1
        ),
        timeout=10_000,
    )
    assert sale_states(shop.db) == ["completed"]


def test_an_out_of_stock_row_cannot_be_chosen(qtbot: QtBot, shop: Shop) -> None:
    screen, ui, model = shop.screen, shop.screen.ui, shop.screen.model
    sold_out = model.stock_at(1)
    assert sold_out is not None
    void_stock(shop.db, sold_out.carrier_code, sold_out.face_value)
    screen.next_customer()
    qtbot.waitUntil(lambda: model.data(model.index(1), VoucherStockModel.AvailableRole) == 0)
    assert "out of stock" in model.data(model.index(1))
    assert ui.voucherList.currentIndex().row() == 0

    qtbot.waitUntil(ui.voucherList.hasFocus, timeout=5_000)
    press(Qt.Key.Key_Down)
    assert ui.voucherList.currentIndex().row() == 2
    press(Qt.Key.Key_Up)
    assert ui.voucherList.currentIndex().row() == 0
    ui.voucherList.setCurrentIndex(model.index(1))
    rect = ui.voucherList.visualRect(model.index(1))
    qtbot.mouseClick(ui.voucherList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ui.voucherList.currentIndex().row() == 0

    # Every voucher sold out: nothing is current, and Enter starts no sale.
    for carrier in {level.carrier_code for level in map(model.stock_at, range(model.rowCount()))}:
        if carrier:
            void_stock(shop.db, carrier)
    screen.reload()
    qtbot.waitUntil(lambda: model.first_available_row() == -1, timeout=10_000)
    qtbot.waitUntil(lambda: ui.voucherListMessageLabel.text() != "")
    assert not ui.chooseVoucherButton.isEnabled()
    ui.voucherList.setFocus()
    press(Qt.Key.Key_Return)
    assert ui.voucherStack.currentWidget() is ui.voucherListPage
    assert wait_for_tasks(10_000)
    assert sale_states(shop.db) == []


def test_esc_on_payment_gives_the_draft_up_and_esc_on_the_list_leaves(
    qtbot: QtBot, shop: Shop
) -> None:
    screen, ui = shop.screen, shop.screen.ui
    choose_and_pay_cash(qtbot, screen, "50")
    assert screen.sale is not None
    assert sale_states(shop.db) == ["draft"]

    press(Qt.Key.Key_Escape)
    assert ui.voucherStack.currentWidget() is ui.voucherListPage
    qtbot.waitUntil(lambda: sale_states(shop.db) == ["abandoned"], timeout=10_000)
    assert screen.sale is None
    qtbot.waitUntil(ui.voucherList.hasFocus, timeout=5_000)

    with qtbot.waitSignal(screen.finished):
        press(Qt.Key.Key_Escape)
    assert sale_states(shop.db) == ["abandoned"]


def test_a_database_failure_keeps_the_sale_and_retry_completes_it(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen, ui = shop.screen, shop.screen.ui
    real = sales.complete_voucher_sale
    calls: list[str] = []

    def flaky(*args: object, **kwargs: object) -> object:
        calls.append("call")
        if len(calls) == 1:
            raise DatabaseUnavailable("connection refused")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sales, "complete_voucher_sale", flaky)
    choose_and_pay_cash(qtbot, screen, "100")
    press(Qt.Key.Key_Return)

    def error_box() -> QMessageBox:
        box = screen.findChild(QMessageBox, "errorMessageBox")
        assert box is not None
        return box

    qtbot.waitUntil(lambda: error_box().isVisible(), timeout=10_000)
    assert "connection refused" in error_box().informativeText()
    assert ui.voucherStack.currentWidget() is screen.flow.payment_page
    assert screen.payment_panel.ui.paymentErrorLabel.text()
    assert sale_states(shop.db) == ["draft"]

    retry = next(
        button
        for button in error_box().buttons()
        if error_box().buttonRole(button) is QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000):
        retry.click()
    pin = screen.flow.done_panel.ui.voucherPinLabel
    qtbot.waitUntil(lambda: bool(pin.text()), timeout=10_000)
    assert len(calls) == 2
    assert sale_states(shop.db) == ["completed"]


def test_the_payment_and_done_pages_keep_the_list_pages_margins(shop: Shop) -> None:
    # The done page once sat flush against the window's edge (the flow's pages had none).
    stack = shop.screen.ui.voucherStack
    layout = stack.widget(0).layout()
    assert layout is not None
    wanted = layout.contentsMargins()
    assert wanted.left() > 0
    for page in (shop.screen.flow.payment_page, shop.screen.flow.done_page):
        page_layout = page.layout()
        assert page_layout is not None
        assert page_layout.contentsMargins() == wanted, page.objectName()
