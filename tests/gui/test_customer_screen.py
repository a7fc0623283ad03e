"""The screen facing the customer follows the counter, shows what the customer may see,
and never holds the sale: closing it or losing its monitor changes nothing at the counter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.config import load_settings
from counter_app.domain.customer_screen import CustomerSaleKind, Idle, Serving, Thanks
from counter_app.domain.money import format_money
from counter_app.gui import create_main_window
from counter_app.gui.customer_screen import (
    CustomerScreen,
    CustomerScreenKeeper,
    bilingual,
    choose_screen,
)
from counter_app.gui.customer_view import customer_facing
from counter_app.gui.i18n import language_switcher
from counter_app.gui.main_window import MainWindow
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys
from counter_app.store.engine import Database
from counter_app.store.models import Sale, Setting
from counter_app.store.schema import upgrade

PASSWORD = "customer-screen-pw"


@dataclass
class Counter:
    window: MainWindow
    db: Database
    msisdn: str
    id_number: str


@pytest.fixture
def counter(qtbot: QtBot, database_url: str) -> Iterator[Counter]:
    settings = load_settings({"database_url": database_url})
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    built = demo.build(db, secret, lines=20, password=PASSWORD)
    window = create_main_window(database_url, language="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.sign_in_screen is not None, timeout=20_000)
    sample = built.samples[0]
    yield Counter(window, db, sample.msisdn, sample.id_number)
    window.close()
    wait_for_tasks(10_000)
    language_switcher().set_language("en")
    db.dispose()


def _focused_input(qtbot: QtBot) -> QLineEdit:
    found: list[QLineEdit] = []

    def focused() -> bool:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            found[:] = [widget]
            return True
        return False

    qtbot.waitUntil(focused, timeout=5_000)
    return found[0]


def _sign_in(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    qtbot.keyClicks(_focused_input(qtbot), "clerk")
    QTest.keyClick(_focused_input(qtbot), Qt.Key.Key_Return)
    qtbot.keyClicks(_focused_input(qtbot), PASSWORD)
    QTest.keyClick(_focused_input(qtbot), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.open_shift_screen is not None, timeout=10_000)
    float_input = window.findChild(QLineEdit, "floatInput")
    assert float_input is not None
    qtbot.waitUntil(float_input.hasFocus, timeout=5_000)
    qtbot.keyClicks(float_input, "500")
    QTest.keyClick(float_input, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.line_sale_screen is not None
            and window.screens.currentWidget() is window.line_sale_screen
        ),
        timeout=10_000,
    )


def _texts(screen: CustomerScreen) -> str:
    """Everything the customer can read on the screen now."""
    return "\n".join(
        label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)
    )


def test_the_customer_follows_a_cash_renewal_and_sees_no_name_or_id(  # noqa: PLR0915 - one sale, step by step
    qtbot: QtBot, counter: Counter
) -> None:
    window = counter.window
    _sign_in(qtbot, counter)
    customer = CustomerScreen(window)  # as the keeper makes it: the counter's window owns it
    customer.resize(1024, 600)
    customer.show()
    qtbot.waitUntil(lambda: isinstance(customer.state(), Idle), timeout=5_000)
    qtbot.waitUntil(lambda: "Demo" in _texts(customer) or "示範" in _texts(customer), timeout=5_000)
    seen: list[str] = [_texts(customer)]

    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    qtbot.keyClicks(ui.lineSearchInput, counter.msisdn)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    line = screen.line
    assert line is not None
    # The number in full and large, as soon as the line is found: the customer checks it.
    state = customer.state()
    assert isinstance(state, Serving) and state.number == line.msisdn_display
    assert customer.ui.customerNumberLabel.text() == line.msisdn_display
    assert customer.ui.customerNumberLabel.font().pixelSize() >= 48
    seen.append(_texts(customer))

    id_input = window.findChild(QLineEdit, "idNumberInput")
    assert id_input is not None
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    qtbot.keyClicks(id_input, counter.id_number)
    QTest.keyClick(id_input, screen.identity_panel.PHOTO_KEY)
    QTest.keyClick(id_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    QTest.keyClick(screen.plan_panel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    quote = screen.quote
    assert quote is not None
    state = customer.state()
    assert isinstance(state, Serving)
    assert state.total == quote.total and state.plan_en == quote.plan.name_en
    assert state.expires_after == quote.expires_on_after
    assert customer.ui.customerTotalLabel.text() == format_money(quote.total)
    assert quote.expires_on_after.isoformat() in customer.ui.customerExpiryLabel.text()
    seen.append(_texts(customer))

    cash = screen.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    qtbot.keyClicks(cash, "500")
    change = 500_00 - quote.total
    qtbot.waitUntil(
        lambda: format_money(change) in customer.ui.customerCashLabel.text(), timeout=5_000
    )
    assert format_money(500_00) in customer.ui.customerCashLabel.text()
    seen.append(_texts(customer))

    QTest.keyClick(cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(customer.state(), Thanks), timeout=10_000)
    with counter.db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.state == "completed")).one()
    assert sale.receipt_no is not None
    assert sale.receipt_no in customer.ui.customerReceiptLabel.text()
    assert format_money(change) in customer.ui.customerChangeLabel.text()
    assert customer.ui.customerStack.currentWidget() is customer.ui.customerThanksPage
    seen.append(_texts(customer))

    QTest.keyClick(screen.flow.done_panel, Qt.Key.Key_Return)  # the next customer
    qtbot.waitUntil(lambda: isinstance(customer.state(), Idle), timeout=5_000)

    everything = "\n".join(seen)
    for private in (
        line.holder_name_en,
        line.holder_name_zh,
        line.holder_id_masked,
        counter.id_number,
    ):
        assert private
        assert private not in everything, private


def test_a_voucher_is_shown_without_its_pin(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    _sign_in(qtbot, counter)
    customer = CustomerScreen(window)
    customer.show()
    window.sell_voucher()
    vouchers = window.voucher_screen
    assert vouchers is not None
    qtbot.waitUntil(lambda: vouchers.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(vouchers.ui.voucherList.hasFocus, timeout=5_000)
    QTest.keyClick(vouchers.ui.voucherList, Qt.Key.Key_Return)
    cash = vouchers.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(lambda: cash.isVisible() and cash.hasFocus(), timeout=10_000)
    state = customer.state()
    assert isinstance(state, Serving) and state.kind is CustomerSaleKind.VOUCHER
    assert not customer.ui.customerNumberLabel.isVisibleTo(customer)
    qtbot.keyClicks(cash, "100")
    QTest.keyClick(cash, Qt.Key.Key_Return)
    pin = vouchers.flow.done_panel.ui.voucherPinLabel
    qtbot.waitUntil(lambda: len(pin.text().replace(" ", "")) == 16, timeout=10_000)
    assert isinstance(customer.state(), Thanks)
    shown = _texts(customer)
    assert pin.text() not in shown
    assert pin.text().replace(" ", "") not in shown.replace(" ", "")


def test_closing_the_customers_screen_mid_sale_changes_nothing(
    qtbot: QtBot, counter: Counter
) -> None:
    window = counter.window
    _sign_in(qtbot, counter)
    window.ui.actionCustomerScreen.trigger()  # the clerk shows it (no screen set for it)
    keeper = window.customer_screens
    assert keeper is not None and keeper.screen_window is not None
    customer = keeper.screen_window
    qtbot.waitUntil(customer.isVisible, timeout=5_000)
    assert window.ui.actionCustomerScreen.isChecked()

    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    qtbot.keyClicks(ui.lineSearchInput, counter.msisdn)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    QTest.keyClick(screen.identity_panel, Qt.Key.Key_F9)  # a credit top-up: no identity
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    QTest.keyClick(screen.plan_panel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)

    customer.close()  # the window manager's close button
    assert not customer.isVisible()
    assert not window.ui.actionCustomerScreen.isChecked()
    assert keeper.screen_window is customer  # hidden, not destroyed

    cash = screen.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    qtbot.keyClicks(cash, "100")
    QTest.keyClick(cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    with counter.db.read() as session:
        assert session.scalars(select(Sale).where(Sale.state == "completed")).one()
    # Shown again, it shows the counter as it is now.
    window.ui.actionCustomerScreen.trigger()
    qtbot.waitUntil(customer.isVisible, timeout=5_000)
    assert isinstance(customer.state(), Thanks)


def test_a_screen_that_is_not_plugged_in_shows_nothing_until_asked(qtbot: QtBot) -> None:
    main = QWidget()
    qtbot.addWidget(main)
    action = QAction(main)
    keeper = CustomerScreenKeeper("HDMI-9", main, action)
    assert keeper.target() is None
    assert keeper.screen_window is None and not action.isChecked()
    action.trigger()
    assert keeper.screen_window is not None and keeper.screen_window.isVisible()
    assert not keeper.screen_window.isFullScreen()
    action.trigger()
    assert not keeper.screen_window.isVisible()


def test_the_screen_named_in_the_settings_gets_the_window_full_screen(qtbot: QtBot) -> None:
    main = QWidget()
    qtbot.addWidget(main)
    action = QAction(main)
    keeper = CustomerScreenKeeper("1", main, action)  # the only screen offscreen has
    assert keeper.screen_window is not None
    qtbot.waitUntil(keeper.screen_window.isVisible, timeout=5_000)
    assert keeper.screen_window.isFullScreen()
    assert action.isChecked()


@pytest.mark.parametrize(
    ("setting", "names", "window_on", "chosen"),
    [
        ("", ["eDP-1", "HDMI-1"], 0, None),
        ("auto", ["eDP-1", "HDMI-1"], 0, 1),
        ("auto", ["eDP-1", "HDMI-1"], 1, 0),
        ("auto", ["eDP-1"], 0, None),
        ("2", ["eDP-1", "HDMI-1"], 0, 1),
        ("3", ["eDP-1", "HDMI-1"], 0, None),
        ("0", ["eDP-1", "HDMI-1"], 0, None),
        ("hdmi-1", ["eDP-1", "HDMI-1"], 0, 1),
        ("DP-2", ["eDP-1", "HDMI-1"], 0, None),
    ],
)
def test_choosing_the_customers_screen(
    setting: str, names: list[str], window_on: int, chosen: int | None
) -> None:
    assert choose_screen(setting, names, window_on) == chosen


def test_the_chinese_follows_the_clerks_script(qtbot: QtBot) -> None:
    assert bilingual("change", simplified=False) == "找續  Change"
    assert bilingual("change", simplified=True) == "找零  Change"
    customer = CustomerScreen()
    qtbot.addWidget(customer)
    customer_facing().publish(Thanks(CustomerSaleKind.LINE, "DEMO-C1-000009", 4_800, 200))
    try:
        language_switcher().set_language("zh_CN")
        assert "多谢惠顾" in customer.ui.customerThanksLabel.text()
        language_switcher().set_language("zh_HK")
        assert "多謝惠顧" in customer.ui.customerThanksLabel.text()
        assert "Thank you" in customer.ui.customerThanksLabel.text()
    finally:
        language_switcher().set_language("en")
        customer_facing().welcome()


def test_the_shops_logo_welcomes_the_customer(
    qtbot: QtBot, counter: Counter, tmp_path: Path
) -> None:
    window = counter.window
    qtbot.waitUntil(lambda: window.station is not None, timeout=10_000)
    station = window.station
    assert station is not None
    logo = QImage(240, 120, QImage.Format.Format_RGB32)
    logo.fill(QColor("darkgreen"))
    path = tmp_path / "logo.png"
    assert logo.save(str(path))
    with counter.db.write() as session:
        session.add(
            Setting(shop_id=station.counter.shop_id, key="receipt_logo_path", value=str(path))
        )

    welcome = station.welcome()
    assert welcome.logo == path.read_bytes()
    assert welcome.shop_name_en == station.counter.shop_name_en
    customer = CustomerScreen(window)
    customer.resize(1024, 600)
    customer_facing().set_welcome(welcome)
    customer_facing().welcome()
    pixmap = customer.ui.customerLogoLabel.pixmap()
    assert customer.ui.customerLogoLabel.isVisibleTo(customer)
    assert not pixmap.isNull() and pixmap.width() == 2 * pixmap.height()

    path.unlink()  # moved away: the names alone, nothing fails
    assert station.welcome().logo == b""
