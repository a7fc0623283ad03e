"""The history tab: search, select, void or refund with a supervisor, reprint; on both databases."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui import receipt_panel
from counter_app.gui.history_tab import ROW_ROLE, HistoryTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.reversal_dialog import ReversalDialog
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, history, keys, sales, shifts, staff
from counter_app.services.keys import InstallationSecret
from counter_app.services.reversals import ReversalKind, ReversalPreview, TenderBack
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, Line, Reprint, Sale, SaleReversal
from counter_app.store.schema import upgrade
from tests.gui.test_sale_details import shown_text

PASSWORD = "pw-123456"
Cash = TenderKind.CASH


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # 11:00 in Hong Kong

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Shop:
    tab: HistoryTab
    db: Database
    secret: InstallationSecret
    clock: Clock
    clerk: Clerk
    counter_id: int
    msisdn: str


def _top_up(db: Database, clerk: Clerk, counter_id: int, line_id: int, clock: Clock) -> str:
    draft = sales.start_sale(db, clerk, counter_id, SaleKind.LINE, line_id=line_id, clock=clock)
    done = sales.complete_line_sale(
        db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(Cash, 10_000)],
        clock=clock,
    )
    assert done.receipt_no is not None
    return done.receipt_no


@pytest.fixture
def shop(qtbot: QtBot, database_url: str, tmp_path: Path) -> Iterator[Shop]:
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(tmp_path / "s.json")
    clock = Clock()
    built = demo.build(db, secret, lines=5, password=PASSWORD, clock=clock)
    ctx = counter_context(db, "C1")
    assert ctx is not None
    clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=ctx.counter_id, clock=clock)
    msisdn = built.samples[0].msisdn
    with db.write() as session:
        line = session.scalars(select(Line).where(Line.msisdn == msisdn)).one()
        line.balance = 1_000
        line_id = line.id
    station = Station(db, secret, ctx, clock=clock, clerk=clerk, data_dir=tmp_path / "data")
    tab = HistoryTab(station)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    with qtbot.waitExposed(tab):
        tab.show()
    yield Shop(tab, db, secret, clock, clerk, ctx.counter_id, msisdn)
    del line_id
    tab.close()
    assert wait_for_tasks(10_000)
    db.dispose()


def _line_id(shop: Shop) -> int:
    with shop.db.read() as session:
        return session.scalars(select(Line.id).where(Line.msisdn == shop.msisdn)).one()


def _balance(shop: Shop) -> int:
    with shop.db.read() as session:
        return session.scalars(select(Line.balance).where(Line.msisdn == shop.msisdn)).one()


def _search_for(qtbot: QtBot, tab: HistoryTab, text: str) -> None:
    tab.ui.historySearchInput.setText(text)
    tab.ui.historySearchInput.setFocus()
    with qtbot.waitSignal(tab.searched, timeout=10_000):
        QTest.keyClick(tab.ui.historySearchInput, Qt.Key.Key_Return)


def _select_first(qtbot: QtBot, tab: HistoryTab, receipt_no: str) -> None:
    qtbot.waitUntil(lambda: tab.details is not None and tab.details.receipt_no == receipt_no)
    qtbot.waitUntil(tab.ui.historyReverseButton.isEnabled)


def _dialog(qtbot: QtBot, tab: HistoryTab) -> ReversalDialog:
    qtbot.mouseClick(tab.ui.historyReverseButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _fill(dialog: ReversalDialog, reason: str, username: str, password: str) -> None:
    dialog.ui.reversalReasonInput.setText(reason)
    dialog.ui.reversalSupervisorInput.setText(username)
    dialog.ui.reversalPasswordInput.setText(password)


def _ok(dialog: ReversalDialog) -> None:
    button = dialog.ui.reversalButtonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def test_search_select_and_void_with_a_supervisor(qtbot: QtBot, shop: Shop) -> None:
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
    assert _balance(shop) == 11_000
    national = shop.msisdn.removeprefix("+852")
    _search_for(qtbot, shop.tab, f"+852 {national[:4]} {national[4:]}")
    ModelTester(qtbot).check(shop.tab.model)
    assert shop.tab.model.rowCount() == 1
    _select_first(qtbot, shop.tab, receipt_no)
    assert shop.tab.ui.historyReverseButton.text() == "Voi&d…"
    assert "HK$110.00" in shown_text(shop.tab.details_view)  # balance after

    dialog = _dialog(qtbot, shop.tab)
    effects = dialog.ui.reversalEffectsLabel.text()
    assert "HK$100.00" in effects and "Cash: give back HK$100.00 from the drawer." in effects
    _fill(dialog, "typed the wrong number", "supervisor", PASSWORD)
    with qtbot.waitSignal(shop.tab.saleReversed, timeout=10_000):
        _ok(dialog)
    with shop.db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.receipt_no == receipt_no)).one()
        reversal = session.scalars(
            select(SaleReversal).where(SaleReversal.sale_id == sale.id)
        ).one()
        audited = session.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.action == "sale.void", AuditEvent.subject == receipt_no
            )
        )
    assert sale.state == "voided" and reversal.kind == "void" and reversal.line_restored
    assert reversal.reason == "typed the wrong number" and audited == 1
    assert _balance(shop) == 1_000
    qtbot.waitUntil(lambda: shop.tab.details is not None and shop.tab.details.state == "voided")
    text = shown_text(shop.tab.details_view)
    assert "typed the wrong number" in text and "Voided" in text
    row = shop.tab.model.index(0, 0).data(ROW_ROLE)
    assert row.state == "voided"
    assert not shop.tab.ui.historyReverseButton.isEnabled()


def test_refund_of_an_earlier_shift(qtbot: QtBot, shop: Shop) -> None:
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
    shifts.close_shift(shop.db, shop.clerk, shop.counter_id, 10_000, clock=shop.clock)
    shop.clock.now += timedelta(days=1)
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 20_000, clock=shop.clock)
    _search_for(qtbot, shop.tab, receipt_no.lower())
    _select_first(qtbot, shop.tab, receipt_no)
    assert shop.tab.ui.historyReverseButton.text() == "Refun&d…"
    dialog = _dialog(qtbot, shop.tab)
    assert "Refund" in dialog.windowTitle()
    _fill(dialog, "customer bought it twice", "supervisor", PASSWORD)
    with qtbot.waitSignal(shop.tab.saleReversed, timeout=10_000):
        _ok(dialog)
    with shop.db.read() as session:
        sale = session.scalars(select(Sale).where(Sale.receipt_no == receipt_no)).one()
        reversal = session.scalars(
            select(SaleReversal).where(SaleReversal.sale_id == sale.id)
        ).one()
        audited = session.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.action == "sale.refund", AuditEvent.subject == receipt_no
            )
        )
    assert (sale.state, reversal.kind, reversal.cash_returned, audited) == (
        "refunded",
        "refund",
        10_000,
        1,
    )
    assert reversal.shift_id != sale.shift_id
    assert _balance(shop) == 1_000


def test_a_wrong_password_is_shown_in_the_dialog_and_nothing_is_written(
    qtbot: QtBot, shop: Shop
) -> None:
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
    _search_for(qtbot, shop.tab, receipt_no)
    _select_first(qtbot, shop.tab, receipt_no)
    dialog = _dialog(qtbot, shop.tab)
    _fill(dialog, "short", "supervisor", "not-the-password")
    _ok(dialog)
    error = dialog.ui.reversalErrorLabel
    qtbot.waitUntil(lambda: error.isVisible() and bool(error.text()), timeout=10_000)
    assert "password" in error.text().lower()
    assert dialog.isVisible()
    assert dialog.ui.reversalReasonInput.text() == "short"
    assert dialog.ui.reversalSupervisorInput.text() == "supervisor"
    _fill(dialog, "no", "supervisor", PASSWORD)  # too short a reason, checked before sending
    _ok(dialog)
    assert "reason" in error.text().lower() and dialog.isVisible()
    assert wait_for_tasks(10_000)
    with shop.db.read() as session:
        state = session.scalars(select(Sale.state).where(Sale.receipt_no == receipt_no)).one()
        reversals = session.scalar(select(func.count(SaleReversal.id)))
    assert (state, reversals) == ("completed", 0)
    assert _balance(shop) == 11_000
    dialog.reject()


def _split_top_up(shop: Shop) -> str:
    """A HK$100 top-up paid HK$20 in cash and HK$80 by FPS."""
    draft = sales.start_sale(
        shop.db,
        shop.clerk,
        shop.counter_id,
        SaleKind.LINE,
        line_id=_line_id(shop),
        clock=shop.clock,
    )
    done = sales.complete_line_sale(
        shop.db,
        shop.clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(Cash, 2_000), Tender(TenderKind.FPS, 8_000, reference="FPS77001234")],
        clock=shop.clock,
    )
    assert done.receipt_no is not None
    return done.receipt_no


def test_the_void_dialog_says_how_each_tender_goes_back(qtbot: QtBot, shop: Shop) -> None:
    # Issue 14: a split sale's void said only "return HK$20.00 cash"; the FPS part was lost.
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _split_top_up(shop)
    _search_for(qtbot, shop.tab, receipt_no)
    _select_first(qtbot, shop.tab, receipt_no)
    dialog = _dialog(qtbot, shop.tab)
    assert dialog.ui.reversalEffectsLabel.text().splitlines()[:3] == [
        "• Amount: HK$100.00",
        "• Cash: give back HK$20.00 from the drawer.",
        "• FPS: give back HK$80.00 through FPS (the channel it was paid by), quoting the"
        " original reference FPS77001234.",
    ]
    dialog.reject()
    language_switcher().set_language("zh_HK")
    try:
        dialog = _dialog(qtbot, shop.tab)
        assert dialog.ui.reversalEffectsLabel.text().splitlines()[:3] == [
            "• 金額：HK$100.00",
            "• 現金：從錢箱退回 HK$20.00。",
            "• 轉數快：經轉數快（原付款途徑）退回 HK$80.00，註明原參考編號 FPS77001234。",
        ]
        dialog.reject()
    finally:
        language_switcher().set_language("en")


def test_a_card_goes_back_on_the_terminal_by_its_last_digits(qtbot: QtBot, shop: Shop) -> None:
    preview = ReversalPreview(
        kind=ReversalKind.REFUND,
        receipt_no="DEMO-C1-000009",
        amount=14_800,
        cash_to_return=0,
        line_restored=False,
        expires_restored_to=None,
        voucher_voided=False,
        tenders=(
            TenderBack(TenderKind.CARD, 10_000, card_last4="4242", approval_code="AB12C"),
            TenderBack(TenderKind.OCTOPUS, 4_800, reference="OCT-55501"),
        ),
    )
    dialog = ReversalDialog(shop.tab.station, preview)
    qtbot.addWidget(dialog)
    assert dialog.effects_text().splitlines()[1:3] == [
        "• Card: refund HK$100.00 on the card terminal to the card ending 4242"
        " (original approval code AB12C).",
        "• Octopus: give back HK$48.00 through Octopus (the channel it was paid by), quoting"
        " the original reference OCT-55501.",
    ]
    assert "from the drawer" not in dialog.effects_text()


def test_reprint_records_a_copy(qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[tuple[str, bytes]] = []

    def fake_print(pdf: bytes, *, printer_name: str, copies: int = 1, title: str = "") -> str:
        printed.append((title, pdf))
        return "Test printer"

    monkeypatch.setattr(receipt_panel, "print_pdf", fake_print)
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
    _search_for(qtbot, shop.tab, receipt_no)
    _select_first(qtbot, shop.tab, receipt_no)
    with qtbot.waitSignal(shop.tab.receipt_panel.printed, timeout=20_000):
        qtbot.mouseClick(shop.tab.ui.historyReprintButton, Qt.MouseButton.LeftButton)
    with shop.db.read() as session:
        copies = session.scalars(select(Reprint.copy_no)).all()
        audited = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == "sale.reprinted")
        )
    assert list(copies) == [1] and audited == 1
    assert len(printed) == 1 and printed[0][1].startswith(b"%PDF")
    assert "Copy 1 printed on Test printer" in shop.tab.receipt_panel.status.text()


def test_a_copy_that_did_not_print_takes_no_copy_number(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 14: the printer was unreachable, yet the reprint was logged as copy 1, so the
    # first copy that came out of the printer said "COPY 2 / 副本 2".
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
    _search_for(qtbot, shop.tab, receipt_no)
    _select_first(qtbot, shop.tab, receipt_no)
    panel = shop.tab.receipt_panel
    shop.tab.station.printer = "Counter-No-Such-Printer"
    qtbot.mouseClick(shop.tab.ui.historyReprintButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Counter-No-Such-Printer" in panel.status.text(), timeout=20_000)
    assert wait_for_tasks(10_000)
    for box in panel.findChildren(QMessageBox):
        box.close()
    with shop.db.read() as session:
        assert session.scalars(select(Reprint.copy_no)).all() == []
        assert (
            session.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.action == "sale.reprinted")
            )
            == 0
        )

    printed: list[bytes] = []

    def fake_print(pdf: bytes, *, printer_name: str, copies: int = 1, title: str = "") -> str:
        printed.append(pdf)
        return "Test printer"

    monkeypatch.setattr(receipt_panel, "print_pdf", fake_print)
    with qtbot.waitSignal(panel.printed, timeout=20_000):
        qtbot.mouseClick(shop.tab.ui.historyReprintButton, Qt.MouseButton.LeftButton)
    with shop.db.read() as session:
        assert session.scalars(select(Reprint.copy_no)).all() == [1]
    assert "Copy 1 printed on Test printer" in panel.status.text()
    assert len(printed) == 1
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(printed[0])).pages)
    assert "COPY 1" in text and "COPY 2" not in text
    assert panel.files is not None and panel.files.archived.name == f"{receipt_no}-copy1.pdf"
    assert panel.files.archived.read_bytes() == printed[0]


def test_keyboard_paging_and_filters(qtbot: QtBot, shop: Shop) -> None:
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    for _ in range(55):
        _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
        shop.clock.now += timedelta(seconds=30)
    with qtbot.waitSignal(shop.tab.searched, timeout=10_000):
        shop.tab.refresh()
    assert shop.tab.model.rowCount() == 50 and shop.tab.ui.historyMoreButton.isEnabled()
    with qtbot.waitSignal(shop.tab.searched, timeout=10_000):
        qtbot.mouseClick(shop.tab.ui.historyMoreButton, Qt.MouseButton.LeftButton)
    assert shop.tab.model.rowCount() == 55 and not shop.tab.ui.historyMoreButton.isEnabled()
    receipts = [r.receipt_no for r in shop.tab.model.rows]
    assert len(set(receipts)) == 55 and receipts[0].endswith("000055")
    view = shop.tab.ui.historyResultsView
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: shop.tab.details is not None and shop.tab.details.receipt_no == receipts[1]
    )
    combo = shop.tab.ui.historyStateCombo
    combo.setCurrentIndex(combo.findData("voided"))
    with qtbot.waitSignal(shop.tab.searched, timeout=10_000):
        shop.tab.search()
    assert shop.tab.model.rowCount() == 0
    assert shop.tab.ui.historyStatusLabel.text() == "No sale matches this search."
    shop.tab.ui.historySearchInput.setText("hello")
    QTest.keyClick(shop.tab.ui.historySearchInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "receipt number" in shop.tab.ui.historyStatusLabel.text())


def test_the_tab_follows_a_switch_of_language(qtbot: QtBot, shop: Shop) -> None:
    # The tab had no changeEvent: after a switch to Chinese its form stayed English.
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
    _search_for(qtbot, shop.tab, receipt_no)
    _select_first(qtbot, shop.tab, receipt_no)
    ui = shop.tab.ui
    language_switcher().set_language("zh_HK")
    qtbot.waitUntil(lambda: ui.historySearchButton.text() == "搜尋(&E)")
    assert ui.historyReprintButton.text() == "重印（副本）(&P)"
    assert ui.historyReverseButton.text() == "作廢(&D)…"
    assert ui.historyStateCombo.itemText(0) == "所有已結束的交易"
    assert ui.historyClerkCombo.itemText(0) == "所有店員"
    assert ui.historyCountLabel.text() == "1 宗交易"
    assert shop.tab.model.headerData(0, Qt.Orientation.Horizontal) == "時間"
    assert shop.tab.details_view.ui.saleTitleLabel.text() == f"{receipt_no} · 已完成"
    language_switcher().set_language("en")
    qtbot.waitUntil(lambda: ui.historySearchButton.text() == "S&earch")
    assert ui.historyReverseButton.text() == "Voi&d…"


def test_details_still_on_their_way_are_dropped_when_the_list_moves_on(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The search that emptied the list did not stop the details of its old first row:
    # they came late and stood beside an empty list, Void enabled.
    shifts.open_shift(shop.db, shop.clerk, shop.counter_id, 0, clock=shop.clock)
    receipt_no = _top_up(shop.db, shop.clerk, shop.counter_id, _line_id(shop), shop.clock)
    release = threading.Event()
    asked: list[str] = []
    slow = history.details

    def held_back(db: Database, clerk: Clerk, receipt: str) -> history.SaleDetails:
        asked.append(receipt)
        release.wait(10)
        return slow(db, clerk, receipt)

    monkeypatch.setattr(history, "details", held_back)
    tab = shop.tab
    _search_for(qtbot, tab, receipt_no)
    qtbot.waitUntil(lambda: asked == [receipt_no])
    combo = tab.ui.historyStateCombo
    combo.setCurrentIndex(combo.findData("voided"))
    with qtbot.waitSignal(tab.searched, timeout=10_000):
        tab.search()
    assert tab.model.rowCount() == 0
    with qtbot.assertNotEmitted(tab.detailsShown, wait=300):
        release.set()
        assert wait_for_tasks(10_000)
    assert tab.details is None and not tab.ui.historyReverseButton.isEnabled()
