"""The FPS QR code on the payment page: drawn, read back by zbar, every field checked."""

from __future__ import annotations

import binascii
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.config import load_settings
from counter_app.domain import fps
from counter_app.domain.customer_screen import Serving
from counter_app.domain.fps import FpsAccount, FpsProxy, FpsTerms, ProxyKind
from counter_app.domain.money import format_money
from counter_app.domain.staff import Role
from counter_app.gui import create_main_window
from counter_app.gui.connection import database_watch
from counter_app.gui.customer_view import customer_facing
from counter_app.gui.i18n import language_switcher
from counter_app.gui.main_window import MainWindow
from counter_app.gui.payment_panel import PaymentPanel
from counter_app.gui.tasks import wait_for_tasks
from counter_app.gui.voucher_screen import VoucherScreen
from counter_app.services import demo, keys, shop_settings, staff
from counter_app.store.engine import Database
from counter_app.store.models import Payment, Sale
from counter_app.store.schema import upgrade

needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")

PASSWORD = "counter-fps-pw"
ACCOUNT = FpsAccount(FpsProxy(ProxyKind.MOBILE, "+852-91234567"), "Demo Mobile", "Mong Kok")


def scan(widget: QWidget, path: Path) -> list[str]:
    """What zbar reads in a picture of *widget* as drawn on the screen."""
    assert widget.grab().toImage().save(str(path))
    done = subprocess.run(
        ["zbarimg", "-q", "--raw", str(path)], capture_output=True, text=True, check=False
    )
    return done.stdout.splitlines()


def checked_fields(payload: str) -> dict[str, str]:
    """The payload's fields, its CRC checked with the standard library's CRC-CCITT."""
    parsed = fps.parse_tlv(payload)
    assert [tag for tag, _value in parsed] == [
        "00",
        "01",
        "26",
        "52",
        "53",
        "54",
        "58",
        "59",
        "60",
        "62",
        "63",
    ]
    assert payload[:-4].endswith("6304")
    assert parsed[-1][1] == f"{binascii.crc_hqx(payload[:-4].encode('ascii'), 0xFFFF):04X}"
    return dict(parsed)


def assert_code_for(
    payload: str, amount: str, bill: str, account: FpsAccount = ACCOUNT
) -> dict[str, str]:
    fields = checked_fields(payload)
    assert (fields["00"], fields["01"]) == ("01", "12")
    assert fps.parse_tlv(fields["26"]) == [
        ("00", "hk.com.hkicl"),
        (account.proxy.kind.value, account.proxy.value),
    ]
    assert (fields["52"], fields["53"], fields["54"], fields["58"]) == ("0000", "344", amount, "HK")
    assert (fields["59"], fields["60"]) == (account.merchant_name, account.city)
    assert fps.parse_tlv(fields["62"]) == [("05", bill)]
    return fields


# --- the panel on its own ------------------------------------------------------------------


@pytest.fixture
def panel(qtbot: QtBot) -> PaymentPanel:
    panel = PaymentPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 560)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.set_sale(4800, ["Plan: 12-month number keeping (HK$48)"])
    return panel


@pytest.fixture
def codes(panel: PaymentPanel) -> list[str]:
    emitted: list[str] = []
    panel.fpsCodeChanged.connect(emitted.append)
    return emitted


@needs_zbar
def test_choosing_fps_shows_the_code_for_the_total(
    panel: PaymentPanel, codes: list[str], tmp_path: Path
) -> None:
    panel.set_fps_terms(FpsTerms(ACCOUNT, "DEMO-C1-000042"))
    assert not panel.ui.fpsPane.isVisible() and codes == []  # cash is chosen
    QTest.keyClick(panel, Qt.Key.Key_F6)

    assert panel.fps_qr.isVisible()
    assert codes == [panel.fps_code()]
    assert scan(panel.fps_qr, tmp_path / "qr.png") == [panel.fps_code()]
    assert scan(panel, tmp_path / "panel.png") == [panel.fps_code()]
    assert_code_for(panel.fps_code(), "48.00", "DEMO-C1-000042")
    assert panel.ui.fpsCaptionLabel.text() == "Scan with your bank app to pay HK$48.00 by FPS"
    assert panel.fps_qr.module_size() >= 4
    # The reference is still asked for: the code does not say that the money arrived.
    assert panel.ui.referenceInput.isVisible()
    assert QApplication.focusWidget() is panel.ui.referenceInput

    QTest.keyClick(panel, Qt.Key.Key_F1)  # back to cash: the code goes
    assert codes[-1] == "" and panel.fps_code() == ""
    assert not panel.ui.fpsPane.isVisible()


@needs_zbar
def test_a_split_payment_shows_the_code_for_the_fps_part(
    panel: PaymentPanel, codes: list[str], tmp_path: Path
) -> None:
    ui = panel.ui
    panel.set_fps_terms(FpsTerms(ACCOUNT, "DEMO-C1-000042"))
    ui.amountInput.setText("20")
    ui.cashTenderedInput.setText("20")
    panel.ui.addTenderButton.click()
    assert ui.tenderList.count() == 1
    QTest.keyClick(panel, Qt.Key.Key_F6)
    assert_code_for(panel.fps_code(), "28.00", "DEMO-C1-000042")

    # Part of the rest by FPS: the code follows the amount typed for it.
    ui.amountInput.setText("12.5")
    assert scan(panel.fps_qr, tmp_path / "part.png") == [panel.fps_code()]
    assert_code_for(panel.fps_code(), "12.50", "DEMO-C1-000042")
    assert ui.fpsCaptionLabel.text() == "Scan with your bank app to pay HK$12.50 by FPS"
    ui.amountInput.setText("30")  # more than is left: no code for it
    assert panel.fps_code() == "" and codes[-1] == ""
    assert not panel.fps_qr.isVisible()
    ui.amountInput.setText("28")
    assert [fps.parse_tlv(code)[5][1] for code in codes if code] == ["28.00", "12.50", "28.00"]


def test_without_the_shops_fps_id_a_line_says_who_can_set_it(
    panel: PaymentPanel, codes: list[str]
) -> None:
    panel.set_fps_terms(FpsTerms(None, "DEMO-C1-000042"))
    QTest.keyClick(panel, Qt.Key.Key_F6)
    assert panel.ui.fpsMissingLabel.isVisible()
    assert "Back office > Settings" in panel.ui.fpsMissingLabel.text()
    assert not panel.fps_qr.isVisible() and panel.fps_qr.modules() == 0
    assert panel.fps_code() == "" and codes == []
    assert panel.ui.referenceInput.isVisible()


def test_a_new_sale_forgets_the_last_sales_code(panel: PaymentPanel, codes: list[str]) -> None:
    panel.set_fps_terms(FpsTerms(ACCOUNT, "DEMO-C1-000042"))
    QTest.keyClick(panel, Qt.Key.Key_F6)
    assert panel.fps_code()
    panel.set_sale(10_000, ["Plan: HK$100 credit"])
    assert panel.fps_code() == "" and codes[-1] == ""
    QTest.keyClick(panel, Qt.Key.Key_F6)
    assert panel.fps_code() == ""  # until this sale's terms arrive
    panel.set_fps_terms(FpsTerms(ACCOUNT, "DEMO-C1-000043"))
    assert_code_for(panel.fps_code(), "100.00", "DEMO-C1-000043")


def test_the_caption_and_the_line_follow_the_language(qtbot: QtBot, panel: PaymentPanel) -> None:
    panel.set_fps_terms(FpsTerms(ACCOUNT, "DEMO-C1-000042"))
    QTest.keyClick(panel, Qt.Key.Key_F6)
    caption, missing = panel.ui.fpsCaptionLabel, panel.ui.fpsMissingLabel
    try:
        language_switcher().set_language("zh_HK")
        qtbot.waitUntil(lambda: caption.text() == "以銀行應用程式掃描，\n以轉數快付款 HK$48.00")
        panel.set_fps_terms(FpsTerms(None, "DEMO-C1-000042"))
        assert missing.isVisible() and "後勤管理 > 設定" in missing.text()
        language_switcher().set_language("zh_CN")
        qtbot.waitUntil(lambda: "后台管理 > 设置" in missing.text())
        panel.set_fps_terms(FpsTerms(ACCOUNT, "DEMO-C1-000042"))
        assert caption.text() == "以银行应用程序扫描，\n以转数快付款 HK$48.00"
    finally:
        language_switcher().set_language("en")
    qtbot.waitUntil(lambda: caption.text() == "Scan with your bank app to pay HK$48.00 by FPS")


# --- the counter window, as the clerk uses it -------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[tuple[MainWindow, Database]]:
    settings = load_settings({"database_url": database_url})
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    demo.build(db, secret, lines=5, password=PASSWORD)
    staff.create_user(
        db, None, username="owner", display_name="Owner", role=Role.ADMIN, password=PASSWORD
    )
    owner = staff.sign_in(db, "owner", PASSWORD)
    shop_settings.save_shop_settings(
        db, owner, {"fps_proxy": "9123 4567", "fps_merchant_name": "Demo Mobile"}
    )
    window = create_main_window(database_url, language="en")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.sign_in_screen is not None, timeout=20_000)
    yield window, db
    window.close()
    wait_for_tasks(10_000)
    # The program's one customer-facing state outlives the window: the next test starts idle.
    customer_facing().welcome()
    db.dispose()


def to_voucher_payment(qtbot: QtBot, window: MainWindow) -> VoucherScreen:
    """Sign in, open the shift, choose the first PIN voucher: its payment page."""
    ui = window.sign_in_screen.ui  # type: ignore[union-attr]
    ui.usernameInput.setText("clerk")
    ui.passwordInput.setText(PASSWORD)
    QTest.keyClick(ui.passwordInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.open_shift_screen is not None, timeout=10_000)
    float_input = window.open_shift_screen.ui.floatInput  # type: ignore[union-attr]
    qtbot.waitUntil(float_input.hasFocus, timeout=5_000)
    float_input.setText("500")
    QTest.keyClick(float_input, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.line_sale_screen is not None
            and window.screens.currentWidget() is window.line_sale_screen
        ),
        timeout=10_000,
    )
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.voucher_screen is not None, timeout=5_000)
    vouchers = window.voucher_screen
    assert vouchers is not None
    qtbot.waitUntil(lambda: vouchers.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(vouchers.ui.voucherList.hasFocus, timeout=5_000)
    QTest.keyClick(vouchers.ui.voucherList, Qt.Key.Key_Return)
    cash = vouchers.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(lambda: cash.isVisible() and cash.hasFocus(), timeout=10_000)
    return vouchers


@needs_zbar
def test_the_payment_page_shows_a_code_that_reads_back_and_pays_to_the_receipt_number(
    qtbot: QtBot, window: tuple[MainWindow, Database], tmp_path: Path
) -> None:
    main, db = window
    vouchers = to_voucher_payment(qtbot, main)
    panel = vouchers.payment_panel
    total = panel.ui.totalLabel.text()
    QTest.keyClick(panel.ui.cashTenderedInput, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: panel.fps_code() != "", timeout=10_000)

    page = vouchers.flow.payment_page
    assert scan(panel.fps_qr, tmp_path / "qr.png") == [panel.fps_code()]
    assert scan(page, tmp_path / "page.png") == [panel.fps_code()]
    account = FpsAccount(FpsProxy(ProxyKind.MOBILE, "+852-91234567"), "Demo Mobile", "Hong Kong")
    amount = total.removeprefix("HK$").replace(",", "")
    assert_code_for(panel.fps_code(), amount, "DEMO-C1-000001", account)
    assert panel.fps_qr.module_size() >= 4  # at 1024 x 768
    assert panel.fps_qr.visibleRegion().boundingRect() == panel.fps_qr.rect()
    assert panel.ui.referenceInput.hasFocus()
    # The customer's screen is given the same code, for the same amount.
    facing = customer_facing().state()
    assert isinstance(facing, Serving)
    assert (facing.fps_code, facing.fps_amount) == (panel.fps_code(), panel.fps_amount())
    assert format_money(panel.fps_amount() or 0) == total

    # Back to the voucher list: the code goes (the customer's screen follows the signal).
    with qtbot.waitSignal(panel.fpsCodeChanged) as gone:
        QTest.keyClick(panel.ui.referenceInput, Qt.Key.Key_Escape)
    assert gone.args == [""]
    after = customer_facing().state()
    assert not (isinstance(after, Serving) and after.fps_code)
    qtbot.waitUntil(vouchers.ui.voucherList.hasFocus, timeout=5_000)
    QTest.keyClick(vouchers.ui.voucherList, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.ui.cashTenderedInput.hasFocus, timeout=10_000)
    QTest.keyClick(panel.ui.cashTenderedInput, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: panel.fps_code() != "", timeout=10_000)
    assert_code_for(panel.fps_code(), amount, "DEMO-C1-000001", account)

    QTest.keyClicks(panel.ui.referenceInput, "FRN20261205A1")
    QTest.keyClick(panel.ui.referenceInput, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: vouchers.flow.stack.currentWidget() is vouchers.flow.done_page, timeout=10_000
    )
    with db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.state == "completed")).one()
        payment = session.scalars(select(Payment)).one()
    # The code's reference was the receipt number the sale got; the clerk's is recorded.
    assert sale.receipt_no == "DEMO-C1-000001"
    assert (payment.tender, payment.reference) == ("fps", "FRN20261205A1")
    assert panel.fps_code() == ""
    QTest.keyClick(vouchers.flow.done_panel, Qt.Key.Key_Return)  # the next customer
    qtbot.waitUntil(lambda: main.screens.currentWidget() is main.line_sale_screen, timeout=5_000)


def test_the_code_s_terms_never_tell_the_database_banner_that_all_is_well(
    qtbot: QtBot, window: tuple[MainWindow, Database]
) -> None:
    main, _db = window
    vouchers = to_voucher_payment(qtbot, main)
    flow, panel = vouchers.flow, vouchers.payment_panel
    retried: list[int] = []
    watch = database_watch()
    # As a sale's completion that failed leaves it: the banner's Retry runs that call again.
    watch.report_lost("server closed the connection", lambda: retried.append(1))
    try:
        # The payment page shown again for the same draft fetches the code's terms again.
        flow.pay(5_000, lambda: ["PIN voucher HK$50"], lambda *_: pytest.fail(), back=lambda: None)
        QTest.keyClick(panel.ui.cashTenderedInput, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: panel.fps_code() != "", timeout=10_000)
        assert watch.down
        watch.retry()
        assert retried == [1]  # the failed call, not forgotten because the terms came back
    finally:
        watch.report_answered()
