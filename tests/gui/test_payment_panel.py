"""The payment panel driven from the keyboard and by clicks, as a clerk would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui.payment_panel import PaymentPanel, quick_cash_amounts

STYLE = Path(__file__).resolve().parents[2] / "resources" / "style" / "counter.qss"
SUMMARY = ["Number: +852 9123 4567", "Plan: 12-month number keeping (HK$48)"]


@pytest.fixture
def panel(qtbot: QtBot) -> PaymentPanel:
    panel = PaymentPanel()
    qtbot.addWidget(panel)
    panel.resize(950, 520)
    panel.show()
    qtbot.waitExposed(panel)
    # Shortcuts only work in the active window, and offscreen windows start inactive.
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.set_sale(4800, SUMMARY)
    return panel


@pytest.fixture
def emitted(panel: PaymentPanel) -> list[list[Tender]]:
    requests: list[list[Tender]] = []
    panel.completeRequested.connect(requests.append)
    return requests


def type_in(field: QLineEdit, text: str) -> None:
    """Keys for ASCII; what a Chinese input method commits (e.g. full-width digits) otherwise."""
    if text.isascii():
        QTest.keyClicks(field, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def retype(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    type_in(field, text)


def enter(field: QLineEdit, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(field, Qt.Key.Key_Return, modifier)


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (4800, [5000, 10000, 50000, 100000]),
        (5000, [5000, 10000, 50000, 100000]),
        (1500, [2000, 5000, 10000, 50000]),
        (12000, [12000, 50000, 100000]),
        (100000, [100000]),
        (150050, [150050]),
        (0, []),
    ],
)
def test_quick_cash_offers_the_next_notes_up_and_the_exact_amount_when_there_is_room(
    amount: int, expected: list[int]
) -> None:
    assert quick_cash_amounts(amount) == expected


def test_a_new_sale_shows_the_total_large_and_the_summary_with_cash_chosen(
    panel: PaymentPanel,
) -> None:
    ui = panel.ui
    assert ui.totalLabel.text() == "HK$48.00"
    assert ui.totalLabel.font().pixelSize() >= 40
    assert ui.confirmSummaryLabel.text() == "\n".join(SUMMARY)
    assert ui.cashTenderButton.isChecked()
    assert ui.amountInput.text() == "48.00"
    assert focused() == "cashTenderedInput"
    assert [b.text() for b in (ui.quickCashButton1, ui.quickCashButton2)] == [
        "HK$50.00\n(Alt+1)",
        "HK$100.00\n(Alt+2)",
    ]
    assert ui.remainingLabel.text() == "Left to pay: HK$48.00"
    assert ui.tenderList.count() == 0


def test_cash_exact_completes_on_enter(panel: PaymentPanel, emitted: list[list[Tender]]) -> None:
    QTest.keyClicks(panel.ui.cashTenderedInput, "48")
    assert panel.ui.changeLabel.text() == "Change: HK$0.00"
    enter(panel.ui.cashTenderedInput)
    assert emitted == [[Tender(TenderKind.CASH, 4800, tendered=4800)]]
    assert not panel.ui.completeSaleButton.isEnabled()


def test_cash_with_change_from_a_quick_button(
    qtbot: QtBot, panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    assert panel.ui.quickCashButton2.text() == "HK$100.00\n(Alt+2)"
    qtbot.mouseClick(panel.ui.quickCashButton2, Qt.MouseButton.LeftButton)
    assert panel.ui.cashTenderedInput.text() == "100.00"
    assert panel.ui.changeLabel.text() == "Change: HK$52.00"
    assert panel.ui.changeLabel.property("role") != "error"
    qtbot.mouseClick(panel.ui.completeSaleButton, Qt.MouseButton.LeftButton)
    assert emitted == [[Tender(TenderKind.CASH, 4800, tendered=10000)]]


def test_a_quick_cash_amount_by_its_key(
    qtbot: QtBot, panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    assert panel.ui.quickCashButton3.text().endswith("(Alt+3)")
    amount = panel.ui.quickCashButton3.text().removesuffix("\n(Alt+3)").removeprefix("HK$")
    panel.ui.cashTenderedInput.setFocus()
    QTest.keyClick(panel.ui.cashTenderedInput, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.ui.cashTenderedInput.text() == amount, timeout=2_000)
    QTest.keyClick(panel.ui.cashTenderedInput, Qt.Key.Key_3)  # a digit alone is typed
    assert panel.ui.cashTenderedInput.text() == amount + "3"


def test_change_shows_live_while_typing(panel: PaymentPanel) -> None:
    field = panel.ui.cashTenderedInput
    QTest.keyClicks(field, "5")
    assert panel.ui.changeLabel.text().startswith("Short by HK$43.00")
    QTest.keyClicks(field, "00")
    assert panel.ui.changeLabel.text() == "Change: HK$452.00"


def test_short_cash_says_so_and_emits_nothing(
    panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    QTest.keyClicks(panel.ui.cashTenderedInput, "40")
    assert panel.ui.changeLabel.text() == (
        "Short by HK$8.00: take more cash or add another payment."
    )
    assert panel.ui.changeLabel.property("role") == "error"
    enter(panel.ui.cashTenderedInput)
    assert emitted == []
    assert panel.ui.paymentErrorLabel.text() == (
        "Cash received: The cash handed over is less than the amount."
    )
    assert panel.ui.cashTenderedInput.text() == "40"
    assert panel.ui.completeSaleButton.isEnabled()


def test_no_cash_typed_says_so(panel: PaymentPanel, emitted: list[list[Tender]]) -> None:
    enter(panel.ui.cashTenderedInput)
    assert emitted == []
    assert panel.ui.paymentErrorLabel.text() == (
        "Cash received: Type an amount, e.g. 100 or 100.50."
    )


def test_card_with_a_bad_last4_then_fixed(panel: PaymentPanel, emitted: list[list[Tender]]) -> None:
    ui = panel.ui
    QTest.keyClick(panel, Qt.Key.Key_F2)
    assert ui.cardTenderButton.isChecked()
    assert focused() == "cardLast4Input"
    QTest.keyClicks(ui.cardLast4Input, "123")
    enter(ui.cardLast4Input)
    assert focused() == "approvalCodeInput"
    QTest.keyClicks(ui.approvalCodeInput, "a1b2c3")
    enter(ui.approvalCodeInput)
    assert emitted == []
    assert ui.paymentErrorLabel.text() == (
        "Card: last 4 digits: Enter the last 4 digits of the card from the terminal slip."
    )
    assert focused() == "cardLast4Input"
    assert ui.approvalCodeInput.text() == "a1b2c3"

    QTest.keyClicks(ui.cardLast4Input, "1234")  # replaces the selected "123"
    assert ui.paymentErrorLabel.text() == ""
    enter(ui.cardLast4Input)
    enter(ui.approvalCodeInput)
    assert emitted == [[Tender(TenderKind.CARD, 4800, card_last4="1234", approval_code="A1B2C3")]]


def test_card_without_approval_code_says_so(
    panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    QTest.keyClick(panel, Qt.Key.Key_F2)
    QTest.keyClicks(panel.ui.cardLast4Input, "1234")
    enter(panel.ui.cardLast4Input)
    enter(panel.ui.approvalCodeInput)
    assert emitted == []
    assert "approval code" in panel.ui.paymentErrorLabel.text()
    assert focused() == "approvalCodeInput"


@pytest.mark.parametrize(
    ("key", "button", "first_input"),
    [
        (Qt.Key.Key_F1, "cashTenderButton", "cashTenderedInput"),
        (Qt.Key.Key_F2, "cardTenderButton", "cardLast4Input"),
        (Qt.Key.Key_F3, "octopusTenderButton", "referenceInput"),
        (Qt.Key.Key_F4, "alipayHkTenderButton", "referenceInput"),
        (Qt.Key.Key_F5, "wechatPayHkTenderButton", "referenceInput"),
        (Qt.Key.Key_F6, "fpsTenderButton", "referenceInput"),
    ],
)
def test_function_keys_choose_the_tender_and_show_its_inputs(
    panel: PaymentPanel, key: Qt.Key, button: str, first_input: str
) -> None:
    if key != Qt.Key.Key_F1:
        QTest.keyClick(panel, Qt.Key.Key_F1)
        assert not getattr(panel.ui, button).isChecked()
    QTest.keyClick(panel, key)
    assert getattr(panel.ui, button).isChecked()
    assert focused() == first_input
    inputs = ("cashTenderedInput", "cardLast4Input", "approvalCodeInput", "referenceInput")
    shown = {name for name in inputs if getattr(panel.ui, name).isVisible()}
    expected = {"cardLast4Input", "approvalCodeInput"} if first_input == "cardLast4Input" else set()
    assert shown == (expected or {first_input})
    assert f"(F{key - Qt.Key.Key_F1 + 1})" in getattr(panel.ui, button).text()


def test_split_cash_and_fps(panel: PaymentPanel, emitted: list[list[Tender]]) -> None:
    ui = panel.ui
    retype(ui.amountInput, "20")
    enter(ui.amountInput)
    assert focused() == "cashTenderedInput"
    QTest.keyClicks(ui.cashTenderedInput, "20")
    enter(ui.cashTenderedInput)  # Enter does not finish a part payment
    assert emitted == []
    assert "HK$28.00 to pay" in ui.paymentErrorLabel.text()
    ui.cashTenderedInput.setFocus()
    enter(ui.cashTenderedInput, Qt.KeyboardModifier.ControlModifier)
    assert ui.tenderList.count() == 1
    assert ui.tenderList.item(0).text() == "Cash HK$20.00 (received HK$20.00, change HK$0.00)"
    assert ui.remainingLabel.text() == "Left to pay: HK$28.00"
    assert ui.amountInput.text() == "28.00"
    assert ui.cashTenderedInput.text() == ""

    QTest.keyClick(panel, Qt.Key.Key_F6)
    assert focused() == "referenceInput"
    QTest.keyClicks(ui.referenceInput, "FPS20250101A7")
    enter(ui.referenceInput)
    assert emitted == [
        [
            Tender(TenderKind.CASH, 2000, tendered=2000),
            Tender(TenderKind.FPS, 2800, reference="FPS20250101A7"),
        ]
    ]


def test_adding_the_last_part_leaves_only_complete_sale(
    panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    ui = panel.ui
    QTest.keyClicks(ui.cashTenderedInput, "50")
    QTest.keyClick(ui.cashTenderedInput, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert ui.remainingLabel.text() == "Left to pay: HK$0.00"
    assert not ui.amountInput.isEnabled()
    assert not ui.addTenderButton.isEnabled()
    assert ui.completeSaleButton.isEnabled()
    assert focused() == "completeSaleButton"
    QTest.keyClick(ui.completeSaleButton, Qt.Key.Key_Return)
    QTest.keyClick(ui.completeSaleButton, Qt.Key.Key_Return)
    assert emitted == [[Tender(TenderKind.CASH, 4800, tendered=5000)]]


def test_removing_a_split_line(panel: PaymentPanel, emitted: list[list[Tender]]) -> None:
    ui = panel.ui
    retype(ui.amountInput, "20")
    QTest.keyClicks(ui.cashTenderedInput, "20")
    enter(ui.cashTenderedInput, Qt.KeyboardModifier.ControlModifier)
    retype(ui.amountInput, "10")
    QTest.keyClick(panel, Qt.Key.Key_F3)
    QTest.keyClicks(ui.referenceInput, "OCT-889911")
    enter(ui.referenceInput, Qt.KeyboardModifier.ControlModifier)
    assert ui.tenderList.count() == 2
    assert ui.remainingLabel.text() == "Left to pay: HK$18.00"

    assert not ui.removeTenderButton.isEnabled()
    ui.tenderList.setFocus()
    ui.tenderList.setCurrentRow(0)
    assert ui.removeTenderButton.isEnabled()
    QTest.keyClick(ui.tenderList, Qt.Key.Key_Delete)
    assert ui.tenderList.count() == 1
    assert ui.tenderList.item(0).text() == "Octopus HK$10.00 (ref. OCT-889911)"
    assert ui.remainingLabel.text() == "Left to pay: HK$38.00"
    assert ui.amountInput.text() == "38.00"

    QTest.keyClick(panel, Qt.Key.Key_F1)
    QTest.keyClicks(ui.cashTenderedInput, "40")
    enter(ui.cashTenderedInput)
    assert emitted == [
        [
            Tender(TenderKind.OCTOPUS, 1000, reference="OCT-889911"),
            Tender(TenderKind.CASH, 3800, tendered=4000),
        ]
    ]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1e3", "Type the amount as digits, e.g. 100 or 100.50."),
        ("１００.５", "This is more than the HK$48.00 left to pay."),  # reads as HK$100.50
        ("-5", "The amount cannot be negative."),
        ("12.345", "At most 2 decimal places (cents)."),
        ("0", "The amount must be more than HK$0.00."),
    ],
)
def test_a_bad_payment_amount_is_explained_and_nothing_is_emitted(
    panel: PaymentPanel, emitted: list[list[Tender]], typed: str, message: str
) -> None:
    ui = panel.ui
    retype(ui.amountInput, typed)
    assert not ui.completeSaleButton.isEnabled()
    QTest.keyClicks(ui.cashTenderedInput, "100")
    enter(ui.cashTenderedInput)
    ui.completeSaleButton.click()
    enter(ui.cashTenderedInput, Qt.KeyboardModifier.ControlModifier)
    assert emitted == []
    assert ui.tenderList.count() == 0
    assert ui.paymentErrorLabel.text() == f"Amount of this payment: {message}"
    assert ui.amountInput.text() == typed
    assert focused() == "amountInput"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1e3", "Type the amount as digits, e.g. 100 or 100.50."),
        ("-5", "The amount cannot be negative."),
        ("12.345", "At most 2 decimal places (cents)."),
    ],
)
def test_bad_cash_received_is_explained_and_nothing_is_emitted(
    panel: PaymentPanel, emitted: list[list[Tender]], typed: str, message: str
) -> None:
    QTest.keyClicks(panel.ui.cashTenderedInput, typed)
    assert panel.ui.changeLabel.text() == message
    assert panel.ui.changeLabel.property("role") == "error"
    enter(panel.ui.cashTenderedInput)
    assert emitted == []
    assert panel.ui.paymentErrorLabel.text() == f"Cash received: {message}"
    assert panel.ui.cashTenderedInput.text() == typed


def test_full_width_digits_from_a_chinese_input_method_are_read(
    panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    type_in(panel.ui.cashTenderedInput, "１００.５")
    assert panel.ui.changeLabel.text() == "Change: HK$52.50"
    enter(panel.ui.cashTenderedInput)
    assert emitted == [[Tender(TenderKind.CASH, 4800, tendered=10050)]]


def test_a_double_click_emits_once_until_the_error_comes_back(
    qtbot: QtBot, panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    QTest.keyClicks(panel.ui.cashTenderedInput, "50")
    button = panel.ui.completeSaleButton
    with qtbot.waitSignal(panel.completeRequested, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    button.click()
    assert len(emitted) == 1
    assert not button.isEnabled()
    assert panel.ui.cashTenderedInput.isReadOnly()

    panel.show_error("The payment was not recorded: try again.")
    assert panel.ui.paymentErrorLabel.text() == "The payment was not recorded: try again."
    assert panel.ui.cashTenderedInput.text() == "50"
    assert panel.ui.amountInput.text() == "48.00"
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(emitted) == 2
    assert emitted[1] == emitted[0]


def test_a_held_enter_key_emits_once(panel: PaymentPanel, emitted: list[list[Tender]]) -> None:
    field = panel.ui.cashTenderedInput
    QTest.keyClicks(field, "48")
    QTest.keyPress(field, Qt.Key.Key_Return)
    for _ in range(10):
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
        )
        QApplication.sendEvent(field, repeat)
        enter(field)
    QTest.keyRelease(field, Qt.Key.Key_Return)
    assert len(emitted) == 1
    assert focused() == "cashTenderedInput"


def test_set_busy_false_allows_another_try(
    panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    QTest.keyClicks(panel.ui.cashTenderedInput, "48")
    enter(panel.ui.cashTenderedInput)
    enter(panel.ui.cashTenderedInput)
    panel.set_busy(False)
    enter(panel.ui.cashTenderedInput)
    assert len(emitted) == 2


def test_while_busy_nothing_can_be_pressed(
    qtbot: QtBot, panel: PaymentPanel, emitted: list[list[Tender]]
) -> None:
    back: list[bool] = []
    panel.backRequested.connect(lambda: back.append(True))
    panel.set_busy(True)
    ui = panel.ui
    assert not any(
        b.isEnabled() for b in (ui.completeSaleButton, ui.addTenderButton, ui.cardTenderButton)
    )
    QTest.keyClick(panel, Qt.Key.Key_F2)
    QTest.keyClick(ui.cashTenderedInput, Qt.Key.Key_Escape)
    QTest.keyClicks(ui.cashTenderedInput, "48")
    assert ui.cashTenderButton.isChecked()
    assert ui.cashTenderedInput.text() == ""
    assert back == []
    assert emitted == []


def test_escape_asks_to_go_back_and_keeps_what_was_typed(qtbot: QtBot, panel: PaymentPanel) -> None:
    QTest.keyClicks(panel.ui.cashTenderedInput, "50")
    with qtbot.waitSignal(panel.backRequested, timeout=1000):
        QTest.keyClick(panel.ui.cashTenderedInput, Qt.Key.Key_Escape)
    assert panel.ui.cashTenderedInput.text() == "50"
    with qtbot.waitSignal(panel.backRequested, timeout=1000):
        qtbot.mouseClick(panel.ui.backButton, Qt.MouseButton.LeftButton)


def test_a_new_sale_forgets_the_previous_one(panel: PaymentPanel) -> None:
    ui = panel.ui
    retype(ui.amountInput, "20")
    QTest.keyClicks(ui.cashTenderedInput, "20")
    enter(ui.cashTenderedInput, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel, Qt.Key.Key_F2)
    QTest.keyClicks(ui.cardLast4Input, "99")
    panel.show_error("Printer offline")
    panel.set_sale(10000, ["Number: +853 6612 3456"])
    assert ui.totalLabel.text() == "HK$100.00"
    assert ui.tenderList.count() == 0
    assert ui.amountInput.text() == "100.00"
    assert ui.cashTenderButton.isChecked()
    assert ui.cardLast4Input.text() == ""
    assert ui.paymentErrorLabel.text() == ""
    assert ui.confirmSummaryLabel.text() == "Number: +853 6612 3456"


def test_set_sale_refuses_a_float_total(panel: PaymentPanel) -> None:
    with pytest.raises(TypeError):
        panel.set_sale(48.0, SUMMARY)  # type: ignore[arg-type]


def test_focusing_the_panel_focuses_the_tender_input(panel: PaymentPanel) -> None:
    panel.ui.backButton.setFocus()
    panel.setFocus()
    assert focused() == "cashTenderedInput"


def test_a_language_change_keeps_the_sale(panel: PaymentPanel) -> None:
    retype(panel.ui.amountInput, "20")
    QTest.keyClicks(panel.ui.cashTenderedInput, "20")
    enter(panel.ui.cashTenderedInput, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.ui.tenderList.count() == 1
    assert panel.ui.remainingLabel.text() == "Left to pay: HK$28.00"
    assert panel.ui.completeSaleButton.text() == "Complete sale (Enter)"


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F6])
def test_lays_out_without_clipping_in_950x520_with_the_shop_style(
    qtbot: QtBot, panel: PaymentPanel, key: Qt.Key
) -> None:
    panel.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    panel.set_sale(
        1234550,
        [
            "Number: +852 9123 4567 / +86 138 0013 8000",
            "Plan: China-HK dual card, 12 months, 10 GB local + 5 GB mainland data",
            "New expiry: 2025-06-30 → 2026-06-30",
        ],
    )
    QTest.keyClick(panel, key)
    panel.show_error("The database did not answer: try again. " * 2)
    qtbot.wait(10)
    assert panel.minimumSizeHint().width() <= 950
    assert panel.minimumSizeHint().height() <= 520
    for button in panel.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= 48, button.objectName()
            assert button.width() >= button.sizeHint().width(), button.objectName()
    for label in panel.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.width() >= label.minimumSizeHint().width(), label.objectName()
            needed = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else label.sizeHint().height()
            )
            assert label.height() >= needed, label.objectName()
    assert panel.ui.totalLabel.font().pixelSize() >= 40


def test_keys_act_only_while_the_focus_is_in_the_panel(qtbot: QtBot) -> None:
    host = QWidget()
    layout = QVBoxLayout(host)
    elsewhere = QLineEdit(host)
    panel = PaymentPanel(host)
    layout.addWidget(elsewhere)
    layout.addWidget(panel)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    with qtbot.waitActive(host):
        host.activateWindow()
    panel.set_sale(4800, SUMMARY)
    back: list[bool] = []
    panel.backRequested.connect(lambda: back.append(True))

    elsewhere.setFocus()
    QTest.keyClick(elsewhere, Qt.Key.Key_F2)
    QTest.keyClick(elsewhere, Qt.Key.Key_Escape)
    assert panel.ui.cashTenderButton.isChecked()
    assert back == []

    panel.setFocus()
    assert focused() == "cashTenderedInput"
    QTest.keyClick(panel.ui.cashTenderedInput, Qt.Key.Key_F2)
    QTest.keyClick(panel.ui.cardLast4Input, Qt.Key.Key_Escape)
    assert panel.ui.cardTenderButton.isChecked()
    assert back == [True]
