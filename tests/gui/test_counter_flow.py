"""The counter window driven as a clerk drives it: keys only, real database, real services."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.config import load_settings
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.domain.sales import SaleKind
from counter_app.gui import create_main_window
from counter_app.gui.i18n import language_switcher
from counter_app.gui.line_sale_screen import LineSaleScreen
from counter_app.gui.main_window import MainWindow
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys, reversals
from counter_app.store.engine import Database
from counter_app.store.models import (
    AuditEvent,
    IdentityCheck,
    Line,
    Payment,
    Reprint,
    Sale,
    Shift,
)
from counter_app.store.schema import upgrade
from tests.conftest import CupsQueue

PASSWORD = "counter-gui-pw"


@dataclass
class Keys:
    """Counts the clerk's keystrokes; the customer's data (number, ID, cash) separately."""

    qtbot: QtBot
    control: int = 0
    data: list[str] = field(default_factory=list)

    def press(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        target = widget or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QTest.keyClick(target, key)
        self.control += 1

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        assert isinstance(target, QLineEdit), f"typing into {target!r}"
        self.qtbot.keyClicks(target, text)
        self.data.append(text)


@dataclass
class Counter:
    window: MainWindow
    db: Database
    sample_msisdn: str
    sample_id: str


@pytest.fixture
def counter(qtbot: QtBot, database_url: str) -> Iterator[Counter]:
    settings = load_settings({"database_url": database_url})
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    built = demo.build(db, secret, lines=20, password=PASSWORD)
    window = create_main_window(database_url, language="zh_HK")
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


def child(window: QWidget, kind: type, name: str) -> QWidget:
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


KEY_NAMED = re.compile(r"\((?:Enter|Esc|Del|F\d+|(?:Ctrl|Alt|Shift)\+\S+?)\)|&\w")


def buttons_without_a_key(screen: QWidget) -> list[str]:
    """The visible, enabled buttons of *screen* whose text names no key (nor a mnemonic)."""
    return [
        f"{button.objectName()}: {button.text()!r}"
        for button in screen.findChildren(QPushButton)
        if button.isVisible() and button.isEnabled() and not KEY_NAMED.search(button.text())
    ]


def sign_in_and_open_shift(qtbot: QtBot, counter: Counter, keys_: Keys) -> None:
    window = counter.window
    username = child(window, QLineEdit, "usernameInput")
    qtbot.waitUntil(username.hasFocus, timeout=5_000)
    keys_.type("clerk")
    keys_.press(Qt.Key.Key_Return)
    keys_.type(PASSWORD)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.open_shift_screen is not None, timeout=10_000)
    float_input = child(window, QLineEdit, "floatInput")
    qtbot.waitUntil(float_input.hasFocus, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    # The counter screen is built (hidden) during sign-in; wait until it is the one shown.
    qtbot.waitUntil(
        lambda: (
            window.line_sale_screen is not None
            and window.screens.currentWidget() is window.line_sale_screen
        ),
        timeout=10_000,
    )


def test_a_standard_cash_renewal_by_keyboard_only(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    setup_keys = Keys(qtbot)
    sign_in_and_open_shift(qtbot, counter, setup_keys)
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui

    keys_ = Keys(qtbot)
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.type(counter.sample_msisdn[4:])
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    assert ui.lineStatusLabel.text()
    id_input = child(window, QLineEdit, "idNumberInput")
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    keys_.type(counter.sample_id)
    keys_.press(screen.identity_panel.PHOTO_KEY)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    keys_.press(Qt.Key.Key_Return)  # the recommended plan
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    total = child(window, QLabel, "totalLabel").text()
    assert total.startswith("HK$")
    cash = child(window, QLineEdit, "cashTenderedInput")
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    receipt = screen.flow.done_panel.ui.receiptNoLabel.text()
    assert "DEMO-C1-000001" in receipt

    # At most 15 keystrokes of the clerk's own: the customer's number, document number and
    # cash handed over are data (scanned or read out), counted apart.
    assert keys_.control <= 15, keys_.control
    assert len(keys_.data) == 3

    with counter.db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.state == "completed")).one()
        line = session.scalars(select(Line).where(Line.msisdn == counter.sample_msisdn)).one()
        payment = session.scalars(select(Payment)).one()
    assert sale.receipt_no == "DEMO-C1-000001"
    assert payment.tender == "cash" and payment.tendered == 50_000
    assert payment.change == 50_000 - sale.total
    assert sale.line_after is not None
    assert line.expires_on.isoformat() == sale.line_after["expires_on"]

    keys_.press(Qt.Key.Key_Return)  # next customer: every field of the last one cleared
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.hintPage, timeout=5_000)
    assert ui.lineSearchInput.text() == "" and ui.accountNumberLabel.text() == ""
    assert id_input.text() == ""


def test_a_recycled_line_is_refused_with_words(qtbot: QtBot, counter: Counter) -> None:
    with counter.db.write() as session:
        line = session.scalars(select(Line).where(Line.msisdn == counter.sample_msisdn)).one()
        line.expires_on = line.expires_on.today() - timedelta(days=400)
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = counter.window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    keys_ = Keys(qtbot)
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.type(counter.sample_msisdn)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.lineStatusLabel.text() != "", timeout=10_000)
    assert ui.lineStatusLabel.property("status") == "recycled"
    assert "已回收" in ui.lineStatusLabel.text()
    assert ui.stepStack.currentWidget() is ui.hintPage
    assert "new SIM" in ui.hintLabel.text() or "新" in ui.hintLabel.text()
    assert ui.hintLabel.property("role") == "error"
    # The next customer's prompt is not shown as an error any more.
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Escape)
    screen.next_customer()
    assert ui.hintLabel.property("role") == ""
    with counter.db.read() as session:
        assert session.scalar(select(func.count(Sale.id))) == 0


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [("12", "電話"), ("9612\u200b3456", "隱形"), ("6999 9999", "沒有")],
)
def test_bad_search_input_is_explained_and_kept(
    qtbot: QtBot, counter: Counter, typed: str, fragment: str
) -> None:
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = counter.window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    ui.lineSearchInput.setText(typed)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.searchErrorLabel.text() != "", timeout=10_000)
    assert fragment in ui.searchErrorLabel.text()
    assert ui.lineSearchInput.text() == typed


def test_wrong_password_keeps_the_name_and_says_nothing_about_which(
    qtbot: QtBot, counter: Counter
) -> None:
    window = counter.window
    username = child(window, QLineEdit, "usernameInput")
    qtbot.waitUntil(username.hasFocus, timeout=5_000)
    qtbot.keyClicks(username, "clerk")
    QTest.keyClick(username, Qt.Key.Key_Return)
    password = child(window, QLineEdit, "passwordInput")
    qtbot.keyClicks(password, "wrong-password")
    QTest.keyClick(password, Qt.Key.Key_Return)
    error = child(window, QLabel, "signInErrorLabel")
    qtbot.waitUntil(lambda: "錯誤" in error.text(), timeout=10_000)
    assert username.text() == "clerk" and password.text() == ""


def test_idle_lock_in_the_middle_of_a_sale_keeps_it(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    assert window.idle_timer.interval() == 5 * 60_000  # the default: 5 minutes
    keys_ = Keys(qtbot)
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.type(counter.sample_msisdn)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    keys_.press(Qt.Key.Key_F9)  # a plain credit top-up: no identity needed
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    cash = child(window, QLineEdit, "cashTenderedInput")
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    keys_.type("100")
    total = child(window, QLabel, "totalLabel").text()

    window.idle_timer.setInterval(200)  # the clerk walks away
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.screens.currentWidget() is window.lock_screen
    password = child(window, QLineEdit, "unlockPasswordInput")
    qtbot.waitUntil(password.hasFocus, timeout=5_000)
    keys_.type("not-my-password")
    keys_.press(Qt.Key.Key_Return)
    error = child(window, QLabel, "lockErrorLabel")
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert window.locked
    keys_.type(PASSWORD)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)

    # Everything typed before the lock is still there; the sale completes.
    assert ui.stepStack.currentWidget() is screen.flow.payment_page
    assert child(window, QLabel, "totalLabel").text() == total
    assert cash.text() == "100"
    cash.setFocus()
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    with counter.db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.state == "completed")).one()
    assert sale.total == 5_000  # the recommended credit top-up, HK$50


def test_a_pin_voucher_sale_from_the_counter_screen(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = window.line_sale_screen
    assert screen is not None
    keys_ = Keys(qtbot)
    qtbot.waitUntil(screen.ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.press(Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.voucher_screen is not None, timeout=5_000)
    vouchers = window.voucher_screen
    assert vouchers is not None
    qtbot.waitUntil(lambda: vouchers.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(vouchers.ui.voucherList.hasFocus, timeout=5_000)  # no mouse needed
    keys_.press(Qt.Key.Key_Return)
    cash = vouchers.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(lambda: cash.isVisible() and cash.hasFocus(), timeout=10_000)
    keys_.type("100")
    keys_.press(Qt.Key.Key_Return)
    pin = vouchers.flow.done_panel.ui.voucherPinLabel
    qtbot.waitUntil(lambda: len(pin.text().replace(" ", "")) == 16, timeout=10_000)
    with counter.db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.state == "completed")).one()
    assert sale.kind == "voucher" and sale.receipt_no == "DEMO-C1-000001"
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is screen, timeout=5_000)
    assert pin.text() == ""


def _to_identity(qtbot: QtBot, counter: Counter, keys_: Keys) -> LineSaleScreen:
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = counter.window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.type(counter.sample_msisdn)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    return screen


def test_identity_mismatch_then_supervisor_override(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    id_input = child(window, QLineEdit, "idNumberInput")
    result = child(window, QLabel, "identityResultLabel")
    for attempt in range(3):
        qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
        id_input.clear()
        keys_.type("A123456(3)")  # a valid HKID, but not the holder's
        if attempt == 0:  # F8 toggles: the tick stays for the next attempts
            keys_.press(screen.identity_panel.PHOTO_KEY)
        keys_.press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.busy is False and result.text() != "", timeout=10_000)
        if attempt < 2:
            qtbot.waitUntil(lambda: not screen.busy, timeout=5_000)
            id_input.setFocus()
    override = child(window, QPushButton, "overrideButton")
    qtbot.waitUntil(override.isVisible, timeout=5_000)
    assert ui.stepStack.currentWidget() is ui.identityPage
    # Enter now opens the override, and its button says so; the check button is gone.
    assert "(Enter)" in override.text()
    assert not child(window, QPushButton, "verifyIdentityButton").isVisible()
    assert buttons_without_a_key(screen) == []
    override.click()
    qtbot.waitUntil(
        lambda: screen._override is not None and screen._override.isVisible(), timeout=5_000
    )
    dialog = screen._override
    assert dialog is not None
    dialog.ui.supervisorUsernameInput.setText("supervisor")
    dialog.ui.supervisorPasswordInput.setText(PASSWORD)
    dialog.ui.overrideReasonInput.setText("HKID renewed; old card seen and matched")
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    with counter.db.read() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert actions.count("identity.mismatch") == 3
    assert actions.count("identity.override") == 1


def test_split_payment_cash_and_fps(qtbot: QtBot, counter: Counter) -> None:
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    keys_.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    keys_.press(Qt.Key.Key_2)  # the second plan: HK$100 credit
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    panel = screen.payment_panel.ui
    qtbot.waitUntil(panel.cashTenderedInput.hasFocus, timeout=5_000)
    panel.amountInput.setFocus()
    panel.amountInput.selectAll()
    keys_.type("30")
    panel.cashTenderedInput.setFocus()
    keys_.type("50")
    QTest.keyClick(panel.cashTenderedInput, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.tenderList.count() == 1, timeout=5_000)
    keys_.press(Qt.Key.Key_F6)  # FPS for the rest
    qtbot.waitUntil(panel.referenceInput.isVisible, timeout=5_000)
    panel.referenceInput.setFocus()
    keys_.type("FRN20261122A1")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    with counter.db.read() as session:
        payments = list(session.scalars(select(Payment).order_by(Payment.id)))
    assert [(p.tender, p.amount, p.change) for p in payments] == [
        ("cash", 3_000, 2_000),
        ("fps", 7_000, 0),
    ]
    assert payments[1].reference == "FRN20261122A1"


def test_language_switch_in_the_middle_of_a_sale(qtbot: QtBot, counter: Counter) -> None:
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    assert "有效" in ui.lineStatusLabel.text() or "到期" in ui.lineStatusLabel.text()
    counter.window.ui.actionLanguageEn.trigger()
    qtbot.waitUntil(lambda: ui.findLineButton.text() == "Find (Enter)", timeout=5_000)
    assert any(word in ui.lineStatusLabel.text() for word in ("Active", "Expiring", "Expired"))
    assert ui.stepStack.currentWidget() is ui.identityPage
    assert ui.lineSearchInput.text() == counter.sample_msisdn


def _leave_a_draft(counter: Counter) -> str:
    """A sale started before a crash: shift open, line found, no payment."""
    from counter_app.services import sales, shifts, staff
    from counter_app.services.shop import counter_context

    context = counter_context(counter.db, "C1")
    assert context is not None
    clerk = staff.sign_in(counter.db, "clerk", PASSWORD, counter_id=context.counter_id)
    shifts.open_shift(counter.db, clerk, context.counter_id, 50_000)
    with counter.db.read() as session:
        line_id = session.scalars(select(Line.id).where(Line.msisdn == counter.sample_msisdn)).one()
    draft = sales.start_sale(counter.db, clerk, context.counter_id, SaleKind.LINE, line_id=line_id)
    return draft.uuid


@pytest.mark.parametrize("choice", ["resume", "abandon"])
def test_a_sale_left_by_a_crash_is_offered_at_sign_in(
    qtbot: QtBot, counter: Counter, choice: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    uuid = _leave_a_draft(counter)
    window = counter.window
    username = child(window, QLineEdit, "usernameInput")
    qtbot.waitUntil(username.hasFocus, timeout=5_000)
    qtbot.keyClicks(username, "clerk")
    QTest.keyClick(username, Qt.Key.Key_Return)
    qtbot.keyClicks(child(window, QLineEdit, "passwordInput"), PASSWORD)
    QTest.keyClick(child(window, QLineEdit, "passwordInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "questionMessageBox") is not None, timeout=10_000
    )
    box = window.findChild(QMessageBox, "questionMessageBox")
    assert isinstance(box, QMessageBox)
    assert "••" in box.informativeText()
    buttons = {button.text(): button for button in box.buttons()}
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    if choice == "abandon":
        buttons["放棄這些交易"].click()
        qtbot.waitUntil(lambda: _state(counter, uuid) == "abandoned", timeout=10_000)
        return
    buttons["繼續最後一宗"].click()
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    id_input = child(window, QLineEdit, "idNumberInput")
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    qtbot.keyClicks(id_input, counter.sample_id)
    QTest.keyClick(id_input, screen.identity_panel.PHOTO_KEY)
    QTest.keyClick(id_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    QTest.keyClick(screen.plan_panel, Qt.Key.Key_Return)
    cash = screen.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    qtbot.keyClicks(cash, "500")
    QTest.keyClick(cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    assert _state(counter, uuid) == "completed"  # the draft's own UUID: nothing twice


def _state(counter: Counter, uuid: str) -> str:
    with counter.db.read() as session:
        return session.scalars(select(Sale.state).where(Sale.uuid == uuid)).one()


def test_closing_right_after_a_sale_leaves_no_connection_open(
    qtbot: QtBot, counter: Counter
) -> None:
    import gc
    import warnings

    window = counter.window
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    for _ in range(5):
        ui.lineSearchInput.setText(counter.sample_msisdn)
        QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
        QTest.keyClick(screen.identity_panel, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
        QTest.keyClick(screen.plan_panel, Qt.Key.Key_Return)
        cash = screen.payment_panel.ui.cashTenderedInput
        qtbot.waitUntil(cash.hasFocus, timeout=5_000)
        qtbot.keyClicks(cash, "100")
        QTest.keyClick(cash, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000
        )
        QTest.keyClick(screen.flow.done_panel.ui.nextCustomerButton, Qt.Key.Key_Return)
    # The last sale's account refresh and the abandoned-draft clean-up may still be running.
    ui.lineSearchInput.setText(counter.sample_msisdn)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    window.close()
    wait_for_tasks(10_000)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


def _top_up_in_cash(qtbot: QtBot, counter: Counter, keys_: Keys) -> LineSaleScreen:
    """From sign-in to the done page: a HK$ credit top-up (no ID needed) paid in cash."""
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    keys_.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    cash = child(counter.window, QLineEdit, "cashTenderedInput")
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    return screen


def test_the_next_number_typed_on_the_done_page_starts_the_next_customer(
    qtbot: QtBot, counter: Counter
) -> None:
    # It used to be thrown away: the done page took no typing, a scanner's number was lost.
    keys_ = Keys(qtbot)
    screen = _top_up_in_cash(qtbot, counter, keys_)
    ui, done = screen.ui, screen.flow.done_panel
    qtbot.waitUntil(done.ui.nextCustomerInput.hasFocus, timeout=5_000)
    with counter.db.read() as session:
        other = session.scalars(
            select(Line.msisdn).where(Line.msisdn != counter.sample_msisdn).order_by(Line.id)
        ).first()
    assert other is not None
    keys_.type(other)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.line is not None and screen.line.msisdn == other, timeout=10_000)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    assert done.ui.nextCustomerInput.text() == ""
    assert done.sale is None and not done.ui.receiptNoLabel.text()
    with counter.db.read() as session:
        states = list(session.scalars(select(Sale.state).order_by(Sale.id)))
    assert states == ["completed", "draft"]


def test_scanning_a_receipt_barcode_opens_that_sale(qtbot: QtBot, counter: Counter) -> None:
    keys_ = Keys(qtbot)
    screen = _top_up_in_cash(qtbot, counter, keys_)
    ui = screen.ui
    keys_.press(Qt.Key.Key_Return)  # next customer
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)

    # A scanner types the barcode's text and Enter; lower case from a hand-typed one works too.
    keys_.type("demo-c1-000001")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    assert "DEMO-C1-000001" in screen.flow.done_panel.ui.receiptNoLabel.text()
    assert screen.flow.done_panel.ui.doneTitleLabel.text() == "過往交易"
    assert (
        "+852" in screen.flow.done_panel.ui.doneSummaryLabel.text()
        and "HK$" in screen.flow.done_panel.ui.doneSummaryLabel.text()
    )
    assert screen.sale is None and screen.flow.done_panel.sale is not None
    with counter.db.read() as session:
        assert session.scalar(select(func.count(Sale.id))) == 1  # looking is not selling

    # Voided since: the done page says so, in words and colour.
    station = counter.window.station
    assert station is not None and station.clerk is not None
    reversals.reverse_sale(
        counter.db,
        station.clerk,
        station.counter_id,
        "DEMO-C1-000001",
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed mind",
    )
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.type("DEMO-C1-000001")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "已作廢" in screen.flow.done_panel.ui.doneTitleLabel.text(), timeout=10_000
    )
    assert screen.flow.done_panel.ui.doneTitleLabel.property("role") == "error"

    # A receipt number that is not ours: said so, and kept for correcting.
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.type("DEMO-C1-000999")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.searchErrorLabel.text() != "", timeout=10_000)
    assert "收據編號" in ui.searchErrorLabel.text()
    assert ui.lineSearchInput.text() == "DEMO-C1-000999"


def test_a_database_that_stops_answering_shows_a_banner_and_keeps_the_sale(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Station.complete_line_sale
    calls: list[int] = []

    def cut_once(self: Station, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseUnavailable("server closed the connection unexpectedly")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Station, "complete_line_sale", cut_once)
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    window = counter.window
    keys_.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    cash = child(window, QLineEdit, "cashTenderedInput")
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    # No dialog over the sale: the banner says it, the sale waits on its page as typed.
    assert window.findChild(QWidget, "errorMessageBox") is None
    assert "資料庫沒有回應" in window.banner_ui.databaseBannerLabel.text()
    assert ui.stepStack.currentWidget() is screen.flow.payment_page
    assert cash.text() == "500"
    with counter.db.read() as session:
        assert list(session.scalars(select(Sale.state))) == ["draft"]

    # Retranslating resets a push button's own shortcut: Ctrl+R must survive a switch.
    language_switcher().set_language("en")
    qtbot.waitUntil(
        lambda: "not answering" in window.banner_ui.databaseBannerLabel.text(), timeout=5_000
    )
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    assert not window.banner.isVisible()
    assert len(calls) == 2
    with counter.db.read() as session:
        assert list(session.scalars(select(Sale.state))) == ["completed"]


def _completed_sales(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(Sale.id)).where(Sale.state == "completed")))


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [("abc", "金額"), ("-50", "金額"), ("１０００００１", "太大"), ("12.345", "")],
)
def test_a_bad_float_is_explained_and_kept(
    qtbot: QtBot, counter: Counter, typed: str, fragment: str
) -> None:
    window = counter.window
    username = child(window, QLineEdit, "usernameInput")
    qtbot.waitUntil(username.hasFocus, timeout=5_000)
    qtbot.keyClicks(username, "clerk")
    QTest.keyClick(username, Qt.Key.Key_Return)
    password = child(window, QLineEdit, "passwordInput")
    qtbot.keyClicks(password, PASSWORD)
    QTest.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.open_shift_screen is not None, timeout=10_000)
    float_input = child(window, QLineEdit, "floatInput")
    qtbot.waitUntil(float_input.hasFocus, timeout=5_000)
    float_input.setText(typed)  # QTest can only type ASCII keys; full-width comes pasted
    QTest.keyClick(float_input, Qt.Key.Key_Return)
    error = child(window, QLabel, "openShiftErrorLabel")
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert fragment in error.text()
    assert not any(ch.isascii() and ch.isalpha() for ch in error.text()), error.text()
    assert float_input.text() == typed
    assert window.screens.currentWidget() is not window.line_sale_screen  # still opening the shift
    with counter.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Shift)) == 0


@pytest.mark.parametrize(
    ("field", "typed", "fragment"),
    [
        ("idNumberInput", "E9097451", "檢查碼不符"),
        ("idNumberInput", "E909745", "6 位數字"),
        ("idNumberInput", "E909 7450\u202e", "隱形"),
        ("idNumberInput", "", "證件號碼"),
    ],
)
def test_bad_identity_input_is_explained_and_kept(
    qtbot: QtBot, counter: Counter, field: str, typed: str, fragment: str
) -> None:
    window = counter.window
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    id_input = child(window, QLineEdit, field)
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    id_input.setText(typed)
    keys_.press(screen.identity_panel.PHOTO_KEY)
    keys_.press(Qt.Key.Key_Return)
    error = child(window, QLabel, "identityErrorLabel")
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert fragment in error.text(), error.text()
    assert id_input.text() == typed
    assert ui.stepStack.currentWidget() is ui.identityPage
    with counter.db.read() as session:
        assert list(session.scalars(select(Sale.state))) == ["draft"]
        # A typo is not an attempt: nothing is recorded against the customer.
        assert session.scalar(select(func.count()).select_from(IdentityCheck)) == 0


def test_the_photo_must_be_confirmed(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    id_input = child(window, QLineEdit, "idNumberInput")
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    keys_.type(counter.sample_id)
    keys_.press(Qt.Key.Key_Return)
    error = child(window, QLabel, "identityErrorLabel")
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert "相片" in error.text()
    assert id_input.text() == counter.sample_id
    assert screen.ui.stepStack.currentWidget() is screen.ui.identityPage
    with counter.db.read() as session:
        assert session.scalar(select(func.count()).select_from(IdentityCheck)) == 0


@pytest.mark.parametrize(
    ("tender_key", "field", "typed", "fragment"),
    [
        (Qt.Key.Key_F1, "cashTenderedInput", "abc", "以數字輸入金額"),
        (Qt.Key.Key_F1, "cashTenderedInput", "10", "少於應付"),
        (Qt.Key.Key_F1, "cashTenderedInput", "1e5", "以數字輸入金額"),
        (Qt.Key.Key_F2, "cardLast4Input", "12a4", "最後 4 位"),
        (Qt.Key.Key_F2, "cardLast4Input", "", "最後 4 位"),
        (Qt.Key.Key_F6, "referenceInput", "x", "4 至 40"),
        (Qt.Key.Key_F6, "referenceInput", "FRN 2026\u200b", "隱形"),
    ],
)
def test_bad_payment_input_is_explained_and_kept(
    qtbot: QtBot,
    counter: Counter,
    tender_key: Qt.Key,
    field: str,
    typed: str,
    fragment: str,
) -> None:
    window = counter.window
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    keys_.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    panel = screen.payment_panel.ui
    qtbot.waitUntil(panel.cashTenderedInput.hasFocus, timeout=5_000)
    keys_.press(tender_key)
    target = child(window, QLineEdit, field)
    qtbot.waitUntil(target.isVisible, timeout=5_000)
    target.setFocus()
    target.setText(typed)
    if field == "cardLast4Input":
        panel.approvalCodeInput.setText("A1B2C3")
        panel.approvalCodeInput.setFocus()
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.paymentErrorLabel.text() != "", timeout=10_000)
    assert fragment in panel.paymentErrorLabel.text(), panel.paymentErrorLabel.text()
    assert target.text() == typed
    assert ui.stepStack.currentWidget() is screen.flow.payment_page
    assert _completed_sales(counter.db) == 0
    with counter.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Payment)) == 0


def _printed(queue: CupsQueue, since: float) -> list[Path]:
    """The PDFs the queue has finished writing since *since* (pdfinfo reads them whole)."""
    return [
        path
        for path in queue.printed_since(since)
        if subprocess.run(["pdfinfo", str(path)], capture_output=True, check=False).returncode == 0
    ]


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_done_page_previews_archives_and_prints_the_receipt_then_a_copy(
    qtbot: QtBot, counter: Counter, test_printer: CupsQueue
) -> None:
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    station = counter.window.station
    assert station is not None and station.data_dir is not None
    station.printer = test_printer.name
    ui = screen.ui
    keys_.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)

    panel = screen.receipt_panel
    qtbot.waitUntil(lambda: panel.document.pageCount() == 1, timeout=10_000)
    files = panel.files
    assert files is not None and files.copy_number == 0
    archived = files.archived
    assert archived.is_relative_to(station.data_dir / "receipts")
    assert archived.name == "DEMO-C1-000001.pdf"
    text = _pdf_text(archived)
    assert "DEMO-C1-000001" in text and "增值收據" in text and "COPY" not in text
    assert counter.sample_id not in text.replace(" ", "")

    print_button = child(counter.window, QPushButton, "printButton")
    assert print_button.isEnabled() and "Ctrl+P" in print_button.text()
    jobs = test_printer.settled_jobs()  # an earlier test's job is written by now
    started = time.time()
    QTest.keyClick(counter.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    status = panel.status
    qtbot.waitUntil(lambda: f"已於 {test_printer.name} 列印" in status.text(), timeout=20_000)
    qtbot.waitUntil(lambda: test_printer.completed_jobs() == jobs + 1, timeout=30_000)
    qtbot.waitUntil(lambda: len(_printed(test_printer, started)) >= 1, timeout=30_000)
    printed = max(_printed(test_printer, started), key=lambda path: path.stat().st_mtime)
    info = subprocess.run(
        ["pdfinfo", str(printed)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Page size:\s+22[67](\.\d+)? x", info), info  # 80 mm wide on paper too
    with counter.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Reprint)) == 0

    # After a paper jam: print again gives a COPY, logged as a reprint.
    qtbot.waitUntil(print_button.isEnabled, timeout=5_000)
    assert print_button.text() == "再次列印 (Ctrl+P)"
    QTest.keyClick(counter.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    def second_job_done() -> None:
        assert test_printer.completed_jobs() == jobs + 2, status.text()

    qtbot.waitUntil(second_job_done, timeout=30_000)
    qtbot.waitUntil(lambda: panel.files is not None and panel.files.copy_number == 1)
    assert panel.files is not None
    assert panel.files.archived.name == "DEMO-C1-000001-copy1.pdf"
    assert "COPY 1" in _pdf_text(panel.files.archived)
    with counter.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Reprint)) == 1
        assert list(session.scalars(select(Sale.state))) == ["completed"]


def test_a_missing_printer_is_explained_and_never_touches_the_sale(
    qtbot: QtBot, counter: Counter
) -> None:
    keys_ = Keys(qtbot)
    screen = _top_up_in_cash(qtbot, counter, keys_)
    station = counter.window.station
    assert station is not None
    station.printer = "Counter-No-Such-Printer"
    panel = screen.receipt_panel
    qtbot.waitUntil(lambda: panel.files is not None, timeout=10_000)
    QTest.keyClick(counter.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.status.text() != "", timeout=10_000)
    qtbot.waitUntil(lambda: "Counter-No-Such-Printer" in panel.status.text(), timeout=10_000)
    assert panel.status.property("role") == "error"

    def error_box() -> QMessageBox:
        box = panel.findChild(QMessageBox, "errorMessageBox")
        assert box is not None
        return box

    qtbot.waitUntil(lambda: error_box().isVisible(), timeout=10_000)
    error_box().reject()
    assert screen.ui.stepStack.currentWidget() is screen.flow.done_page
    assert panel.ui.printButton.isEnabled()
    with counter.db.read() as session:
        assert list(session.scalars(select(Sale.state))) == ["completed"]
        assert session.scalar(select(func.count()).select_from(Reprint)) == 0


def test_a_new_sim_from_the_counter_screen_by_keyboard(qtbot: QtBot, counter: Counter) -> None:
    window = counter.window
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    keys_ = Keys(qtbot)
    keys_.press(Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.new_sim_screen is not None, timeout=5_000)
    screen = window.new_sim_screen
    assert screen is not None
    ui = screen.ui
    assert ui.newSimStack.currentWidget() is ui.newSimStatementPage
    qtbot.waitUntil(lambda: bool(screen.offers), timeout=10_000)
    keys_.press(Qt.Key.Key_Return)  # the customer has read the statement
    qtbot.waitUntil(lambda: ui.newSimStack.currentWidget() is ui.newSimFormPage, timeout=5_000)
    ui.newSimMsisdnInput.setText("6123 4567")
    ui.newSimIccidInput.setText("8985200000000123457")
    ui.newSimNameEnInput.setText("Chan Tai Man")
    ui.newSimNameZhInput.setText("陳大文")
    ui.newSimDobInput.setText("04/05/1990")
    ui.newSimIdNumberInput.setText("A1234563")
    ui.newSimIdNumberInput.setFocus()
    keys_.press(Qt.Key.Key_F8)
    ui.newSimContinueButton.setFocus()
    keys_.press(Qt.Key.Key_Return)
    panel = screen.payment_panel.ui
    qtbot.waitUntil(
        lambda: ui.newSimStack.currentWidget() is screen.flow.payment_page, timeout=10_000
    )
    qtbot.waitUntil(panel.cashTenderedInput.hasFocus, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.newSimStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    qtbot.waitUntil(lambda: screen.receipt_panel.document.pageCount() == 1, timeout=10_000)
    assert "DEMO-C1-000001" in screen.flow.done_panel.ui.receiptNoLabel.text()
    with counter.db.read() as session:
        line = session.scalars(select(Line).where(Line.msisdn == "+85261234567")).one()
        sale = session.scalars(select(Sale)).one()
    assert sale.kind == "new_sim" and sale.state == "completed" and sale.line_id == line.id
    # The next customer is served at the line sale screen (it used to open another new-SIM
    # form), and the number typed or scanned on the done page is looked up at once.
    next_input = screen.flow.done_panel.ui.nextCustomerInput
    assert next_input.hasFocus()
    keys_.type(counter.sample_msisdn[4:])
    keys_.press(Qt.Key.Key_Return)
    counter_screen = window.line_sale_screen
    assert counter_screen is not None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is counter_screen, timeout=5_000)
    qtbot.waitUntil(
        lambda: counter_screen.ui.stepStack.currentWidget() is counter_screen.ui.identityPage,
        timeout=10_000,
    )
    assert counter_screen.line is not None and counter_screen.line.msisdn == counter.sample_msisdn
    assert ui.newSimStack.currentWidget() is ui.newSimStatementPage
    assert ui.newSimMsisdnInput.text() == "" and ui.newSimIdNumberInput.text() == ""


def test_every_plan_row_shows_all_its_lines_in_english(qtbot: QtBot, counter: Counter) -> None:
    # Seen at 1366 px in English: "4 · … 12-month renewal — HK$158.00…", the offer cut off.
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    language_switcher().set_language("en")
    ui = screen.ui
    id_input = child(counter.window, QLineEdit, "idNumberInput")
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    keys_.type(counter.sample_id)
    keys_.press(screen.identity_panel.PHOTO_KEY)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    view = screen.plan_panel.ui.planList
    model = screen.plan_panel.model
    qtbot.wait(50)
    metrics = view.fontMetrics()
    for row in range(model.rowCount()):
        index = model.index(row)
        text = str(model.data(index))
        bold = view.font()
        bold.setBold(bool(model.data(index, model.RecommendedRole)))
        room = view.visualRect(index).width() - 2 * (3 + 4) - 2
        lines = 0
        for paragraph in text.split("\n"):
            words, current = paragraph.split(" "), ""
            for word in words:
                trial = f"{current} {word}".strip()
                if QFontMetrics(bold).horizontalAdvance(trial) > room and current:
                    lines, current = lines + 1, word
                else:
                    current = trial
            lines += 1
        assert view.visualRect(index).height() >= lines * metrics.lineSpacing(), text


def test_the_receipt_preview_keeps_no_old_buffers(qtbot: QtBot, counter: Counter) -> None:
    from PySide6.QtCore import QBuffer

    keys_ = Keys(qtbot)
    screen = _top_up_in_cash(qtbot, counter, keys_)
    panel = screen.receipt_panel
    qtbot.waitUntil(lambda: panel.document.pageCount() == 1, timeout=10_000)
    # The same receipt shown again and again (a scan, the next customer...).
    assert screen.sale is not None
    sale = screen.sale
    for _ in range(5):
        panel.show_sale(sale, just_completed=False)
        qtbot.waitUntil(lambda: panel.document.pageCount() == 1, timeout=10_000)
    qtbot.wait(50)  # deleteLater runs
    assert len(panel.findChildren(QBuffer)) == 1


def test_the_counter_screen_is_prepared_hidden_while_the_clerk_signs_in(
    qtbot: QtBot, counter: Counter
) -> None:
    window = counter.window
    qtbot.waitUntil(lambda: window.line_sale_screen is not None, timeout=20_000)
    screen = window.line_sale_screen
    assert screen is not None
    assert window.screens.currentWidget() is window.sign_in_screen
    assert not screen.isVisible()
    # The warm-up has shown each step once and gone back to the first.
    qtbot.waitUntil(lambda: screen.ui.stepStack.currentWidget() is screen.ui.hintPage)
    with counter.db.read() as session:
        assert session.scalar(select(func.count(Sale.id))) == 0  # nothing started
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    assert window.line_sale_screen is screen
    qtbot.waitUntil(screen.ui.lineSearchInput.hasFocus, timeout=5_000)


def test_no_chinese_font_says_what_to_install_and_keeps_the_sale(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counter_app.printing import fonts

    monkeypatch.setattr(fonts, "KNOWN_FONTS", ())
    keys_ = Keys(qtbot)
    screen = _top_up_in_cash(qtbot, counter, keys_)
    status = screen.receipt_panel.status
    qtbot.waitUntil(lambda: "fonts-wqy-microhei" in status.text(), timeout=10_000)
    assert status.property("role") == "error"
    assert "JhengHei" in status.text() and "cjk_font_path" in status.text()
    assert screen.receipt_panel.files is None  # no receipt with boxes for Chinese
    with counter.db.read() as session:
        assert list(session.scalars(select(Sale.state))) == ["completed"]


def test_print_automatically_prints_the_original_when_the_sale_completes(
    qtbot: QtBot, counter: Counter, test_printer: CupsQueue
) -> None:
    keys_ = Keys(qtbot)
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    station = counter.window.station
    assert station is not None
    station.printer = test_printer.name
    station.print_automatically = True
    jobs = test_printer.settled_jobs()
    screen = counter.window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    keys_.type(counter.sample_msisdn)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    keys_.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)  # no Ctrl+P: the receipt prints by itself
    status = screen.receipt_panel.status
    qtbot.waitUntil(lambda: f"已於 {test_printer.name} 列印" in status.text(), timeout=20_000)
    qtbot.waitUntil(lambda: test_printer.completed_jobs() == jobs + 1, timeout=30_000)
    assert screen.receipt_panel.ui.printButton.text() == "再次列印 (Ctrl+P)"
    with counter.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Reprint)) == 0  # the original


def test_after_an_admin_reset_the_clerk_chooses_a_password_before_anything(
    qtbot: QtBot, counter: Counter
) -> None:
    from counter_app.gui.sign_in_screen import ChangePasswordScreen
    from counter_app.services import staff

    staff.reset_password(counter.db, None, "clerk", "given-by-admin")
    window = counter.window
    keys_ = Keys(qtbot)
    username = child(window, QLineEdit, "usernameInput")
    qtbot.waitUntil(username.hasFocus, timeout=5_000)
    keys_.type("clerk")
    keys_.press(Qt.Key.Key_Return)
    keys_.type("given-by-admin")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: isinstance(window.screens.currentWidget(), ChangePasswordScreen), timeout=10_000
    )
    screen = window.change_password_screen
    assert screen is not None and screen.forced
    ui = screen.ui
    assert "重設" in ui.changePasswordTitleLabel.text()
    assert window.station is not None and window.station.clerk is None  # not signed in yet

    def submit(current: str, new: str, again: str) -> None:
        for line_edit, text in zip(
            (ui.currentPasswordInput, ui.newPasswordInput, ui.repeatPasswordInput),
            (current, new, again),
            strict=True,
        ):
            line_edit.clear()
            qtbot.keyClicks(line_edit, text)
        QTest.keyClick(ui.repeatPasswordInput, Qt.Key.Key_Return)

    submit("given-by-admin", "my-own-secret", "my-own-secre")
    assert "兩次輸入的新密碼不同" in ui.changePasswordErrorLabel.text()
    assert ui.repeatPasswordInput.hasFocus()
    submit("given-by-admin", "short", "short")
    qtbot.waitUntil(lambda: "8" in ui.changePasswordErrorLabel.text(), timeout=10_000)
    assert ui.newPasswordInput.hasFocus() and not ui.newPasswordInput.text()
    submit("given-by-admin", "given-by-admin", "given-by-admin")
    qtbot.waitUntil(lambda: "舊密碼相同" in ui.changePasswordErrorLabel.text(), timeout=10_000)
    submit("given-by-admin", "my-own-secret", "my-own-secret")
    qtbot.waitUntil(lambda: window.open_shift_screen is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.open_shift_screen)
    assert window.station.clerk is not None and window.station.clerk.username == "clerk"
    assert "你的密碼已更改" in window.statusBar().currentMessage()
    assert staff.sign_in(counter.db, "clerk", "my-own-secret").must_change_password is False

    # From the menu, at any time: Esc goes back to where the clerk was.
    window.ui.actionChangePassword.trigger()
    assert window.screens.currentWidget() is screen and not screen.forced
    QTest.keyClick(ui.currentPasswordInput, Qt.Key.Key_Escape)
    assert window.screens.currentWidget() is window.open_shift_screen
    window.ui.actionChangePassword.trigger()
    submit("my-own-secret", "another-secret-2", "another-secret-2")
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.open_shift_screen)
    assert staff.sign_in(counter.db, "clerk", "another-secret-2").username == "clerk"
    with counter.db.read() as session:
        changed = session.scalars(
            select(func.count()).where(AuditEvent.action == "staff.password_changed")
        ).one()
    assert changed == 2


@pytest.mark.parametrize("typed", ["6999 9999", "12"])
def test_a_failed_search_never_stands_beside_the_last_customer(
    qtbot: QtBot, counter: Counter, typed: str
) -> None:
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = counter.window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    ui.lineSearchInput.setText(counter.sample_msisdn[4:])
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    account = (
        ui.accountNumberLabel,
        ui.lineStatusLabel,
        ui.accountCarrierLabel,
        ui.accountPlanLabel,
        ui.accountExpiryLabel,
        ui.accountBalanceLabel,
        ui.accountHolderLabel,
    )
    assert all(label.text() for label in account)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    ui.lineSearchInput.setFocus()  # the clerk clicks the number box
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    ui.lineSearchInput.setText(typed)
    QTest.keyClick(ui.lineSearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.searchErrorLabel.text() != "", timeout=10_000)
    assert {label.objectName(): label.text() for label in account if label.text()} == {}
    assert screen.line is None
    assert ui.stepStack.currentWidget() is ui.hintPage
    wait_for_tasks(10_000)


def test_a_scanner_or_paste_ending_in_a_newline_is_its_enter_not_an_error(
    qtbot: QtBot, counter: Counter
) -> None:
    # A scanner set to send CR LF, or a number copied with its line end: the line end is
    # the scanner's Enter, whatever the field.
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    window = counter.window
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    clipboard = QApplication.clipboard()

    def paste(field: QLineEdit, text: str) -> None:
        qtbot.waitUntil(field.hasFocus, timeout=5_000)
        clipboard.setText(text)
        field.paste()
        assert field.text() == text  # Qt keeps the line end; the program must not mind
        QTest.keyClick(field, Qt.Key.Key_Return)

    paste(ui.lineSearchInput, counter.sample_msisdn[4:] + "\r\n")
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    id_input = child(window, QLineEdit, "idNumberInput")
    qtbot.waitUntil(id_input.hasFocus, timeout=5_000)
    clipboard.setText(counter.sample_id + "\n")
    id_input.paste()
    QTest.keyClick(id_input, screen.identity_panel.PHOTO_KEY)
    QTest.keyClick(id_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    paste(child(window, QLineEdit, "cashTenderedInput"), "500\r\n")
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    with counter.db.read() as session:
        assert session.scalar(select(func.count(Sale.id)).where(Sale.state == "completed")) == 1
    wait_for_tasks(10_000)


def test_every_button_the_clerk_sees_names_its_key(qtbot: QtBot, counter: Counter) -> None:
    # Each step of a sale, with whatever buttons it shows: none without its key.
    window = counter.window
    missing: dict[str, list[str]] = {}

    def check(step: str) -> None:
        QApplication.processEvents()
        found = buttons_without_a_key(window.screens.currentWidget())
        if found:
            missing[step] = found

    sign_in = window.sign_in_screen
    assert sign_in is not None
    qtbot.waitUntil(sign_in.isVisible, timeout=10_000)
    check("sign in")
    keys_ = Keys(qtbot)
    screen = _to_identity(qtbot, counter, keys_)
    ui = screen.ui
    check("identity")
    keys_.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=5_000)
    check("plan")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page, timeout=5_000)
    check("payment")
    cash = child(window, QLineEdit, "cashTenderedInput")
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    check("done")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.hintPage, timeout=5_000)
    check("next customer")
    keys_.press(Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.voucher_screen is not None, timeout=5_000)
    vouchers = window.voucher_screen
    assert vouchers is not None
    qtbot.waitUntil(lambda: vouchers.model.rowCount() > 0, timeout=10_000)
    check("PIN voucher")
    QTest.keyClick(vouchers.ui.voucherList, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is screen, timeout=5_000)
    keys_.press(Qt.Key.Key_F11, ui.lineSearchInput)
    qtbot.waitUntil(lambda: window.new_sim_screen is not None, timeout=5_000)
    assert window.new_sim_screen is not None
    qtbot.waitUntil(window.new_sim_screen.isVisible, timeout=5_000)
    check("new SIM")
    assert missing == {}
    wait_for_tasks(10_000)
