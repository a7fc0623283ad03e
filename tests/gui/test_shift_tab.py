"""The shift tab on a real database: cash in and out, the X report, the count and the close."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.cash import COINS, NOTES
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui.i18n import language_switcher
from counter_app.gui.shift_tab import ShiftTab
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys, outbox, reversals, sales, shifts, staff
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, CashMovement, Line, Shift
from counter_app.store.schema import upgrade
from tests.conftest import CupsQueue
from tests.services.conftest import MovableClock

PASSWORD = "pw-123456"
# HK$500 float + a HK$100 top-up paid with a HK$500 note (HK$400 change) - HK$30 out.
EXPECTED = 57_000


@dataclass
class Till:
    tab: ShiftTab
    db: Database
    station: Station
    shift_id: int
    clerk: Clerk


@pytest.fixture
def till(qtbot: QtBot, database_url: str, tmp_path: Path) -> Iterator[Till]:
    db = Database(database_url)
    upgrade(db)
    clock = MovableClock(datetime(2026, 11, 21, 2, 0, tzinfo=UTC))  # 10:00 in Hong Kong
    secret = keys.load_or_create(tmp_path / "s.json")
    built = demo.build(db, secret, lines=5, password=PASSWORD, clock=clock)
    ctx = counter_context(db, "C1")
    assert ctx is not None
    clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=ctx.counter_id, clock=clock)
    shift = shifts.open_shift(db, clerk, ctx.counter_id, 50_000, clock=clock)
    with db.read() as session:
        line_id = session.scalars(
            select(Line.id).where(Line.msisdn == built.samples[0].msisdn)
        ).one()
    draft = sales.start_sale(db, clerk, ctx.counter_id, SaleKind.LINE, line_id=line_id, clock=clock)
    sales.complete_line_sale(
        db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(TenderKind.CASH, 10_000, tendered=50_000)],
        clock=clock,
    )
    clock.advance(minutes=30)
    shifts.move_cash(db, clerk, ctx.counter_id, -3_000, "paid the cleaner", clock=clock)
    station = Station(
        db,
        secret,
        ctx,
        clock=clock,
        clerk=clerk,
        data_dir=tmp_path / "data",
        printer="no-such-printer-here",
    )
    tab = ShiftTab(station)
    qtbot.addWidget(tab)
    tab.resize(1340, 640)
    with qtbot.waitExposed(tab):
        tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.ui.shiftStack.currentWidget() is tab.ui.openShiftPage)
    yield Till(tab, db, station, shift.id, clerk)
    for box in tab.findChildren(QMessageBox):
        box.close()
    tab.close()
    assert wait_for_tasks(20_000)
    db.dispose()


def stored(till: Till) -> Shift:
    with till.db.read() as session:
        shift = session.get(Shift, till.shift_id)
        assert shift is not None
        session.expunge(shift)
        return shift


def closings(till: Till) -> int:
    with till.db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "shift.closed")
            )
            or 0
        )


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def press(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key)


def type_count(qtbot: QtBot, tab: ShiftTab, counts: list[int]) -> None:
    """Type one count per note and coin, top to bottom, each followed by Enter."""
    first = tab.cash_count.count_input(NOTES[0])
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    for number in counts:
        target = QApplication.focusWidget()
        assert isinstance(target, QSpinBox), target
        if number:
            qtbot.keyClicks(target, str(number))
        press(Qt.Key.Key_Return)


def question(qtbot: QtBot, tab: ShiftTab) -> QMessageBox:
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "questionMessageBox") is not None)
    box = tab.findChild(QMessageBox, "questionMessageBox")
    assert box is not None
    return box


def choose(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_open_shift_and_its_figures(till: Till) -> None:
    ui = till.tab.ui
    count = till.tab.cash_count.ui
    assert ui.shiftTitleLabel.text() == f"Shift {till.shift_id} at counter C1"
    assert ui.shiftOpenedLabel.text() == "Opened by 陳店員, 2026-11-21 10:00"
    assert ui.salesValueLabel.text() == "1 · HK$100.00"
    assert ui.tendersValueLabel.text() == "Cash HK$100.00"
    assert ui.cashTakingsValueLabel.text() == "HK$100.00"  # the HK$400 change is not takings
    assert ui.floatValueLabel.text() == "HK$500.00"
    assert ui.cashOutValueLabel.text() == "-HK$30.00"
    assert ui.expectedValueLabel.text() == "HK$570.00"
    assert count.closeExpectedValueLabel.text() == "HK$570.00"
    assert count.countedValueLabel.text() == "HK$0.00"
    # 13 places to count: 6 notes, 7 coins (HK$10 as both).
    assert len(till.tab.findChildren(QSpinBox)) == len(NOTES) + len(COINS) == 13


def test_the_figures_count_the_sales_the_carrier_has_not_confirmed(
    qtbot: QtBot, till: Till
) -> None:
    ui = till.tab.ui
    assert ui.unconfirmedLabel.text() == "Awaiting carrier"
    # The top-up of the fixture waits for the clerk to apply it on the carrier's portal.
    assert ui.unconfirmedValueLabel.text() == "1"
    (job,) = outbox.attention(till.db)
    outbox.applied_by_hand(till.db, till.clerk, job.id, "BAU-0042", clock=till.station.clock)
    till.tab.refresh()
    qtbot.waitUntil(lambda: ui.unconfirmedValueLabel.text() == "0", timeout=10_000)
    language_switcher().set_language("zh_HK")
    try:
        qtbot.waitUntil(lambda: ui.unconfirmedLabel.text() == "待網絡商確認")
    finally:
        language_switcher().set_language("en")


def count_30_short(qtbot: QtBot, tab: ShiftTab) -> None:
    """5 x HK$100 and 4 x HK$10 notes = HK$540: HK$30 short, over the HK$20 rule; by keys."""
    type_count(qtbot, tab, [0, 0, 5, 0, 0, 4])
    # The rest of the coins, by Enter, to the reason box.
    for _coin in COINS:
        press(Qt.Key.Key_Return)
    assert tab.cash_count.ui.varianceReasonInput.hasFocus()


def test_a_count_above_the_threshold_is_refused_without_a_reason(qtbot: QtBot, till: Till) -> None:
    tab, ui = till.tab, till.tab.ui
    count = tab.cash_count.ui
    type_count(qtbot, tab, [0, 0, 5, 0, 0, 4])
    assert tab.cash_count.count_input(NOTES[2]).value() == 5
    assert tab.cash_count.count_input(NOTES[5]).value() == 4
    assert tab.findChild(QSpinBox, "coin1000Input") is QApplication.focusWidget()
    hundreds = tab.findChild(QLabel, "note10000AmountLabel")
    assert hundreds is not None and hundreds.text() == "HK$500.00"
    assert count.countedValueLabel.text() == "HK$540.00"
    assert count.varianceValueLabel.text() == "-HK$30.00 short"
    assert count.varianceValueLabel.property("variance") == "short"
    assert count.varianceReasonHintLabel.property("role") == "error"
    assert "Required" in count.varianceReasonHintLabel.text()
    # The rest of the coins, by Enter, to the reason box; Enter there asks to close.
    for _coin in COINS:
        press(Qt.Key.Key_Return)
    assert count.varianceReasonInput.hasFocus()
    press(Qt.Key.Key_Return)
    message = ui.closeMessageLabel
    assert "needs a reason" in message.text() and "HK$30.00" in message.text()
    assert message.property("role") == "error"
    assert tab.findChild(QMessageBox, "questionMessageBox") is None
    assert count.varianceReasonInput.hasFocus()
    # The service refuses it too, should the screen's check be passed by.
    tab._close(till.clerk, tab.cash_count.counts(), "")
    qtbot.waitUntil(lambda: "needs a reason" in message.text() and not tab.busy)
    assert stored(till).closed_at is None and closings(till) == 0


def test_with_a_reason_the_close_is_written_and_the_z_archived_though_not_printed(
    qtbot: QtBot, till: Till
) -> None:
    tab, ui = till.tab, till.tab.ui
    count = tab.cash_count.ui
    count_30_short(qtbot, tab)
    qtbot.keyClicks(count.varianceReasonInput, "a HK$20 note and a HK$10 coin given as change")
    assert count.varianceReasonHintLabel.property("role") == "hint"
    press(Qt.Key.Key_Return)
    box = question(qtbot, tab)
    assert "HK$540.00" in box.text() and "-HK$30.00 short" in box.text()
    with qtbot.waitSignal(tab.shiftClosed, timeout=30_000, raising=True) as closed_signal:
        choose(qtbot, box, "Close the shift")
        qtbot.waitUntil(lambda: ui.shiftStack.currentWidget() is ui.closedPage, timeout=10_000)
        row = stored(till)
        assert row.closed_at is not None and row.closed_by == till.clerk.id
        assert (row.counted, row.expected, row.variance) == (54_000, EXPECTED, -3_000)
        assert row.variance_reason == "a HK$20 note and a HK$10 coin given as change"
        assert row.cash_count == {"10000": 5, "1000": 4}
        assert closings(till) == 1
        assert ui.closedTitleLabel.text() == f"Shift {till.shift_id} is closed"
        # The Z report is archived and previewed; the printer is missing, the close stands.
        status = tab.report_panel.preview.status
        qtbot.waitUntil(lambda: "Not printed" in status.text(), timeout=30_000)
        assert "no-such-printer-here" in status.text() and status.property("role") == "error"
        assert "closed all the same" in status.text()
        assert tab.report_panel.preview.document.pageCount() >= 1
        assert till.station.data_dir is not None
        archived = till.station.data_dir / "reports" / "2026" / "11" / "21"
        assert tab.report_panel.archived == archived / f"Z-C1-{till.shift_id}.pdf"
        assert tab.report_panel.archived.is_file()
        box = tab.findChild(QMessageBox, "errorMessageBox")
        assert box is not None and box.isVisible() and "no-such-printer-here" in box.text()
        box.close()
        text = pdf_text(tab.report_panel.archived)
        assert "Z REPORT" in text and "a HK$20 note and a HK$10 coin given as change" in text
        assert "點算現金 Counted cash" in text and "HK$540.00" in text
        assert "差額 Variance (短款 short)" in text and "-HK$30.00" in text
        assert "現金點算明細 Cash count" in text
        assert stored(till).closed_at is not None  # still closed after the printer problem
        with qtbot.waitActive(tab):
            tab.activateWindow()
        assert ui.doneButton.hasFocus()
        press(Qt.Key.Key_Return)
    assert closed_signal.signal_triggered
    assert ui.shiftStack.currentWidget() is ui.noShiftPage
    assert shifts.current_shift(till.db, till.station.counter_id) is None


def test_a_count_within_the_threshold_closes_without_a_reason(qtbot: QtBot, till: Till) -> None:
    tab, ui = till.tab, till.tab.ui
    count = tab.cash_count.ui
    # HK$500 + 6 x HK$10 + HK$5 + 2 x HK$2 + 50 cents + 20 cents = HK$569.70: 30 cents short.
    type_count(qtbot, tab, [0, 1, 0, 0, 0, 6, 0, 1, 2, 0, 1, 1])
    assert count.countedValueLabel.text() == "HK$569.70"
    assert count.varianceValueLabel.text() == "-HK$0.30 short"
    assert count.varianceReasonHintLabel.property("role") == "hint"
    assert "Optional" in count.varianceReasonHintLabel.text()
    qtbot.mouseClick(ui.closeShiftButton, Qt.MouseButton.LeftButton)
    box = question(qtbot, tab)
    choose(qtbot, box, "Close the shift")
    qtbot.waitUntil(lambda: stored(till).closed_at is not None, timeout=10_000)
    row = stored(till)
    assert (row.counted, row.variance, row.variance_reason) == (56_970, -30, "")
    assert row.cash_count == {"50000": 1, "1000": 6, "500": 1, "200": 2, "50": 1, "20": 1}


def test_an_over_is_shown_in_its_own_colour_and_cancel_writes_nothing(
    qtbot: QtBot, till: Till
) -> None:
    tab, ui = till.tab, till.tab.ui
    count = tab.cash_count.ui
    type_count(qtbot, tab, [0, 1, 1])
    assert count.varianceValueLabel.text() == "HK$30.00 over"
    assert count.varianceValueLabel.property("variance") == "over"
    tab.cash_count.count_input(NOTES[2]).setValue(0)
    tab.cash_count.count_input(NOTES[4]).setValue(3)
    tab.cash_count.count_input(NOTES[5]).setValue(1)
    assert count.varianceValueLabel.text() == "HK$0.00 (exact)"
    assert count.varianceValueLabel.property("variance") == "even"
    qtbot.mouseClick(ui.closeShiftButton, Qt.MouseButton.LeftButton)
    choose(qtbot, question(qtbot, tab), "Cancel")
    assert stored(till).closed_at is None and closings(till) == 0


def test_an_unfinished_sale_blocks_the_close(qtbot: QtBot, till: Till) -> None:
    tab, ui = till.tab, till.tab.ui
    sales.start_sale(
        till.db,
        till.clerk,
        till.station.counter_id,
        SaleKind.VOUCHER,
        clock=till.station.clock,
    )
    tab.cash_count.count_input(NOTES[1]).setValue(1)
    tab.cash_count.count_input(NOTES[4]).setValue(3)
    tab.cash_count.count_input(NOTES[5]).setValue(1)
    qtbot.mouseClick(ui.closeShiftButton, Qt.MouseButton.LeftButton)
    choose(qtbot, question(qtbot, tab), "Close the shift")
    message = ui.closeMessageLabel
    qtbot.waitUntil(lambda: "unfinished" in message.text(), timeout=10_000)
    assert message.property("role") == "error"
    assert ui.shiftStack.currentWidget() is ui.openShiftPage
    assert stored(till).closed_at is None and closings(till) == 0


def test_the_x_report_preview_and_its_printer_problem(qtbot: QtBot, till: Till) -> None:
    tab, report = till.tab, till.tab.report_panel
    assert not report.ui.printReportButton.isEnabled()
    QTest.keyClick(tab, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: report.pdf is not None, timeout=20_000)
    qtbot.waitUntil(lambda: report.preview.document.pageCount() >= 1, timeout=5_000)
    assert "X report of shift" in report.preview.status.text()
    # The status line follows a language switch (it stayed in the language it was said in).
    language_switcher().set_language("zh_HK")
    qtbot.waitUntil(lambda: "X report of shift" not in report.preview.status.text())
    assert "X 報表" in report.preview.status.text()
    language_switcher().set_language("en")
    qtbot.waitUntil(lambda: "X report of shift" in report.preview.status.text())
    assert report.archived is None  # an X report is not archived
    pdf = till.station.data_dir / "x.pdf" if till.station.data_dir else Path("x.pdf")
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(report.pdf or b"")
    text = pdf_text(pdf)
    assert "X REPORT" in text and "Mid-shift report, not a closing" in text
    assert "應有現金 Expected cash" in text and "HK$570.00" in text
    assert report.ui.printReportButton.isEnabled()
    QTest.keyClick(tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    status = report.preview.status
    qtbot.waitUntil(lambda: "Not printed" in status.text(), timeout=20_000)
    assert "no-such-printer-here" in status.text() and "closed" not in status.text()
    assert stored(till).closed_at is None


def test_cash_in_and_out_with_a_reason(qtbot: QtBot, till: Till) -> None:
    ui = till.tab.ui
    count = till.tab.cash_count.ui
    message = ui.cashMessageLabel
    ui.cashAmountInput.setFocus()
    qtbot.keyClicks(ui.cashAmountInput, "12.345")
    qtbot.mouseClick(ui.cashInButton, Qt.MouseButton.LeftButton)
    assert message.property("role") == "error" and message.text()
    ui.cashAmountInput.clear()
    qtbot.keyClicks(ui.cashAmountInput, "50")
    press(Qt.Key.Key_Return)  # on to the reason
    assert ui.cashReasonInput.hasFocus()
    qtbot.mouseClick(ui.cashInButton, Qt.MouseButton.LeftButton)
    assert "Say why" in message.text()
    with till.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CashMovement)) == 1

    qtbot.keyClicks(ui.cashReasonInput, "coins from the bank")
    qtbot.mouseClick(ui.cashInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message.text() == "HK$50.00 put into the till.", timeout=10_000)
    qtbot.waitUntil(lambda: ui.expectedValueLabel.text() == "HK$620.00", timeout=10_000)
    assert ui.cashInValueLabel.text() == "HK$50.00"
    assert ui.cashAmountInput.text() == "" and ui.cashReasonInput.text() == ""
    assert count.closeExpectedValueLabel.text() == "HK$620.00"

    qtbot.keyClicks(ui.cashAmountInput, "20")
    qtbot.keyClicks(ui.cashReasonInput, "stamps")
    qtbot.mouseClick(ui.cashOutButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.expectedValueLabel.text() == "HK$600.00", timeout=10_000)
    assert ui.cashOutValueLabel.text() == "-HK$50.00"
    assert message.text() == "HK$20.00 taken out of the till."
    with till.db.read() as session:
        moved = list(
            session.execute(
                select(CashMovement.amount, CashMovement.reason).order_by(CashMovement.id)
            )
        )
    assert [tuple(m) for m in moved] == [
        (-3_000, "paid the cleaner"),
        (5_000, "coins from the bank"),
        (-2_000, "stamps"),
    ]


def test_the_tab_follows_the_language(qtbot: QtBot, till: Till) -> None:
    language_switcher().set_language("zh_HK")
    ui = till.tab.ui
    assert ui.tendersValueLabel.text() == "現金 HK$100.00"
    language_switcher().set_language("en")
    assert ui.tendersValueLabel.text() == "Cash HK$100.00"


def test_a_voided_split_sale_shows_each_tender_taken_given_back_and_net(
    qtbot: QtBot, till: Till
) -> None:
    # Issue 14: after voiding HK$20 cash + HK$30 FPS, the tab still listed FPS HK$30.00 as
    # takings, and nothing said the FPS payment had been given back.
    db, station = till.db, till.station
    with db.read() as session:
        line_id = session.scalars(select(Line.id).order_by(Line.id)).first()
    draft = sales.start_sale(
        db, till.clerk, station.counter_id, SaleKind.LINE, line_id=line_id, clock=station.clock
    )
    sold = sales.complete_line_sale(
        db,
        till.clerk,
        draft.uuid,
        plan_code="BAU-T050",
        tenders=[
            Tender(TenderKind.CASH, 2_000),
            Tender(TenderKind.FPS, 3_000, reference="FPS-8812345"),
        ],
        clock=station.clock,
    )
    reversals.reverse_sale(
        db,
        till.clerk,
        station.counter_id,
        sold.receipt_no or "",
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="wrong plan chosen",
        clock=station.clock,
    )
    ui = till.tab.ui
    till.tab.refresh()
    qtbot.waitUntil(lambda: "FPS" in ui.tendersValueLabel.text())
    assert ui.tendersValueLabel.text() == (
        "Cash HK$120.00 taken · HK$20.00 voided/refunded · net HK$100.00\n"
        "FPS HK$30.00 taken · HK$30.00 voided/refunded · net HK$0.00"
    )
    assert ui.voidsValueLabel.text() == "1 · -HK$50.00"
    assert ui.expectedValueLabel.text() == "HK$570.00"
    language_switcher().set_language("zh_HK")
    try:
        assert ui.tendersValueLabel.text() == (
            "現金 收款 HK$120.00 · 作廢及退款 HK$20.00 · 淨額 HK$100.00\n"
            "轉數快 收款 HK$30.00 · 作廢及退款 HK$30.00 · 淨額 HK$0.00"
        )
    finally:
        language_switcher().set_language("en")


def test_the_z_report_goes_to_a_real_printer(
    qtbot: QtBot, till: Till, test_printer: CupsQueue
) -> None:
    tab, ui = till.tab, till.tab.ui
    till.station.printer = test_printer.name
    tab.cash_count.count_input(NOTES[1]).setValue(1)
    tab.cash_count.count_input(NOTES[4]).setValue(3)
    tab.cash_count.count_input(NOTES[5]).setValue(1)
    jobs = test_printer.settled_jobs()
    started = time.time()
    qtbot.mouseClick(ui.closeShiftButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.report_panel.printed, timeout=30_000) as printed_on:
        choose(qtbot, question(qtbot, tab), "Close the shift")
    assert printed_on.args == [test_printer.name]
    status = tab.report_panel.preview.status
    assert f"Printed on {test_printer.name}" in status.text()
    assert "Archived as Z-C1-" in status.text()
    qtbot.waitUntil(lambda: test_printer.completed_jobs() == jobs + 1, timeout=30_000)
    assert stored(till).counted == EXPECTED

    def printed() -> list[Path]:
        return [
            path
            for path in test_printer.printed_since(started)
            if subprocess.run(["pdfinfo", str(path)], capture_output=True, check=False).returncode
            == 0
        ]

    qtbot.waitUntil(lambda: len(printed()) >= 1, timeout=30_000)
    newest = max(printed(), key=lambda path: path.stat().st_mtime)
    info = subprocess.run(
        ["pdfinfo", str(newest)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Page size:\s+22[67](\.\d+)? x", info), info  # 80 mm, like the roll


def test_no_open_shift(qtbot: QtBot, till: Till) -> None:
    shifts.close_shift(
        till.db,
        till.clerk,
        till.station.counter_id,
        EXPECTED,
        clock=till.station.clock,
    )
    till.tab.refresh()
    ui = till.tab.ui
    qtbot.waitUntil(lambda: ui.shiftStack.currentWidget() is ui.noShiftPage, timeout=10_000)
    assert not ui.closeShiftButton.isEnabled()
    assert not till.tab.report_panel.ui.xReportButton.isEnabled()
    assert isinstance(ui.doneButton, QPushButton)


@pytest.mark.parametrize("kind", ["no font", pytest.param("bug", marks=pytest.mark.bug_expected)])
def test_a_report_not_made_says_why_under_the_preview(
    qtbot: QtBot, till: Till, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from counter_app.printing.fonts import CjkFontMissing
    from counter_app.services import reports

    def not_made(*_args: object, **_kwargs: object) -> bytes:
        if kind == "bug":
            raise ZeroDivisionError("a bug")
        raise CjkFontMissing("no CJK font")

    monkeypatch.setattr(reports, "report_pdf", not_made)
    report = till.tab.report_panel
    QTest.keyClick(till.tab, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: report.preview.status.property("role") == "error", timeout=20_000)
    box = till.tab.findChild(QMessageBox, "errorMessageBox")
    assert box is not None
    if kind == "bug":
        assert "reference" in box.text()
        assert "see the message with its reference" in report.preview.status.text()
    else:
        assert "Chinese font" in report.preview.status.text()
    assert report.pdf is None and not report.ui.printReportButton.isEnabled()
    assert report.ui.xReportButton.isEnabled()  # the clerk may try again


def test_the_report_buttons_sit_side_by_side_only_when_both_fit(till: Till) -> None:
    panel = till.tab.report_panel
    ui = panel.ui
    layout = ui.reportButtonsLayout
    # Texts as long as a translation's might be: side by side they need more than the
    # panel's narrowest (what a 1024-pixel screen leaves it).
    ui.xReportButton.setText("Make an X report of the shift (F9)")
    ui.printReportButton.setText("Print the report shown (Ctrl+P)")
    both = (
        ui.xReportButton.sizeHint().width()
        + ui.printReportButton.sizeHint().width()
        + layout.spacing()
    )
    # The form caps the panel's width; lifted here so that the window's style sheet (which
    # widens buttons when an earlier test installed it) cannot make "wide" too narrow.
    panel.setMaximumWidth(both + 100)
    panel.resize(both + 10, 600)
    assert layout.direction() == QBoxLayout.Direction.LeftToRight
    # Side by side they never hold the panel wider than its form's minimum (1024 pixels).
    assert panel.minimumSizeHint().width() <= panel.minimumWidth()
    assert both > panel.minimumWidth()
    panel.resize(panel.minimumWidth(), 600)
    assert layout.direction() == QBoxLayout.Direction.TopToBottom
