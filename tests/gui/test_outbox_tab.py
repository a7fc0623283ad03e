"""The back office's outbox tab: what did not reach the carrier, and what a supervisor does.

Real widgets on a real database (SQLite and PostgreSQL); the carrier is an in-test object
behind our ``FulfilmentProvider`` interface, worked by a real dispatcher: one sale it
declines (failed), one whose answer is lost (unknown), one the clerk is to apply by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.domain.staff import Clerk
from counter_app.gui.back_office import BackOfficeScreen
from counter_app.gui.main_window import MainWindow
from counter_app.gui.outbox_tab import OutboxModel, OutboxTab
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services.outbox import Dispatcher
from counter_app.services.shop import counter_context
from counter_app.store.models import AuditEvent, Sale
from tests.gui.test_back_office import Window, counter, sign_in
from tests.gui.test_outbox_dispatch import (
    TestCarrier,
    bauhinia_lines,
    carrier_by_provider,
    job_of,
    sell_top_up,
)
from tests.services.conftest import PASSWORD, Shop, clerk, clock, open_shift, secret, shop

__all__ = ["clerk", "clock", "counter", "open_shift", "secret", "shop"]


@dataclass
class Outbox:
    tab: OutboxTab
    shop: Shop
    by_hand: str  # receipt numbers: to apply on the carrier's portal,
    declined: str  # refused by the carrier (failed),
    lost: str  # its answer lost on the way (unknown)


def tab_for(qtbot: QtBot, shop: Shop, who: Clerk, tmp_path: Path) -> OutboxTab:
    context = counter_context(shop.db, "C1")
    assert context is not None
    station = Station(
        shop.db, shop.secret, context, clock=shop.clock, clerk=who, data_dir=tmp_path / "data"
    )
    tab = OutboxTab(station)
    qtbot.addWidget(tab)
    tab.resize(1024, 640)
    with qtbot.waitExposed(tab):
        tab.show()
    return tab


@pytest.fixture
def outbox(
    qtbot: QtBot, shop: Shop, clerk: Clerk, open_shift: object, tmp_path: Path
) -> Iterator[Outbox]:
    lines = bauhinia_lines(shop.db)
    by_hand = sell_top_up(shop.db, clerk, shop.counter_id, lines[0], shop.clock)
    carrier_by_provider(shop.db)
    declined = sell_top_up(shop.db, clerk, shop.counter_id, lines[1], shop.clock)
    lost = sell_top_up(shop.db, clerk, shop.counter_id, lines[2], shop.clock)
    world = TestCarrier(
        decline=frozenset({job_of(shop.db, declined).reference}),
        unknown=frozenset({job_of(shop.db, lost).reference}),
    )
    dispatcher = Dispatcher(
        shop.db, name="test", fulfilment={"testcarrier": world}, clock=shop.clock
    )
    assert dispatcher.run_once() == 2
    tab = tab_for(qtbot, shop, shop.sign_in("supervisor"), tmp_path)
    yield Outbox(tab, shop, by_hand, declined, lost)
    tab.close()
    assert wait_for_tasks(10_000)


def listed(qtbot: QtBot, tab: OutboxTab) -> list[str]:
    """Read the list again (F5) and return its receipts, in order."""
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        QTest.keyClick(tab.ui.outboxTable, Qt.Key.Key_F5)
    return [row_receipt(tab, row) for row in range(tab.model.rowCount())]


def row_receipt(tab: OutboxTab, row: int) -> str:
    return str(tab.model.index(row, OutboxModel.COLUMNS.index("receipt")).data())


def choose(tab: OutboxTab, receipt_no: str) -> None:
    row = next(r for r in range(tab.model.rowCount()) if row_receipt(tab, r) == receipt_no)
    tab.ui.outboxTable.selectRow(row)
    tab.ui.outboxTable.setFocus()


def cell(tab: OutboxTab, receipt_no: str, column: str) -> str:
    row = next(r for r in range(tab.model.rowCount()) if row_receipt(tab, r) == receipt_no)
    return str(tab.model.index(row, OutboxModel.COLUMNS.index(column)).data())


def test_the_list_shows_what_needs_a_person(qtbot: QtBot, outbox: Outbox) -> None:
    tab = outbox.tab
    ModelTester(None).check(tab.model, force_py=True)
    assert listed(qtbot, tab) == [outbox.by_hand, outbox.declined, outbox.lost]
    assert [cell(tab, r, "state") for r in (outbox.by_hand, outbox.declined, outbox.lost)] == [
        "To apply on the carrier's portal",
        "Failed",
        "Not known: to check",
    ]
    assert cell(tab, outbox.declined, "error") == "declined: the number is not a prepaid line"
    assert cell(tab, outbox.lost, "error").startswith("ReadTimeout")
    assert cell(tab, outbox.lost, "amount") == "HK$100.00"
    assert cell(tab, outbox.lost, "kind") == "Carrier"
    assert cell(tab, outbox.lost, "time") == "2026-11-21 10:00"  # Hong Kong time
    number = cell(tab, outbox.lost, "number")
    assert number.startswith("+852 ") and "••" in number
    assert tab.ui.outboxCountLabel.text() == "3 job(s) need a person"
    # The chosen job whole under the list: a 1024-pixel screen scrolls its last columns off.
    choose(tab, outbox.declined)
    assert tab.ui.outboxJobLabel.text().splitlines()[1:] == [
        "Carrier (testcarrier): Failed · attempts 1",
        "Last error: declined: the number is not a prepaid line",
    ]


def test_retry_a_failed_job_and_an_unknown_one(qtbot: QtBot, outbox: Outbox) -> None:
    tab, db = outbox.tab, outbox.shop.db
    listed(qtbot, tab)
    choose(tab, outbox.declined)
    assert tab.ui.outboxRetryButton.isEnabled()
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        QTest.keyClick(tab.ui.outboxTable, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    # Refused under its reference: sent again under a new one, and off the list.
    job = job_of(db, outbox.declined)
    assert (job.state, job.reference.endswith("#2")) == ("pending", True)
    assert tab.ui.outboxMessageLabel.text().startswith(job.reference.partition("#")[0])
    assert outbox.declined not in [row_receipt(tab, r) for r in range(tab.model.rowCount())]

    choose(tab, outbox.lost)
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        tab.ui.outboxRetryButton.click()
    # Not known: still to be looked up first (never sent blindly), so it stays listed.
    job = job_of(db, outbox.lost)
    assert (job.state, job.sends) == ("unknown", 1)
    assert outbox.lost in [row_receipt(tab, r) for r in range(tab.model.rowCount())]
    with db.read() as session:
        retried = session.scalars(
            select(AuditEvent.subject).where(AuditEvent.action == "outbox.retry")
        ).all()
    assert len(retried) == 2

    # A job to apply by hand is not the dispatcher's: it cannot be retried.
    choose(tab, outbox.by_hand)
    assert not tab.ui.outboxRetryButton.isEnabled()


def test_applied_by_hand_asks_for_the_carriers_reference(qtbot: QtBot, outbox: Outbox) -> None:
    tab, db = outbox.tab, outbox.shop.db
    listed(qtbot, tab)
    choose(tab, outbox.by_hand)
    ui = tab.ui
    assert ui.outboxAppliedButton.isEnabled()
    QTest.keyClick(ui.outboxTable, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    error = ui.outboxRefErrorLabel
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert error.text() == "Type the carrier's reference for this top-up (up to 64 characters)."
    assert ui.outboxRefInput.hasFocus()
    assert error.geometry().top() >= ui.outboxRefInput.geometry().bottom()
    assert job_of(db, outbox.by_hand).state == "pending"

    qtbot.keyClicks(ui.outboxRefInput, "PORTAL-55120")
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        QTest.keyClick(ui.outboxRefInput, Qt.Key.Key_Return)
    assert not error.isVisible()
    job = job_of(db, outbox.by_hand)
    assert (job.state, job.provider_ref) == ("confirmed", "PORTAL-55120")
    assert outbox.by_hand not in [row_receipt(tab, r) for r in range(tab.model.rowCount())]
    # A failed job may be recorded as applied by hand too (done on the portal after all).
    choose(tab, outbox.declined)
    assert ui.outboxAppliedButton.isEnabled()
    ui.outboxRefInput.setText("PORTAL-55121")
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        ui.outboxAppliedButton.click()
    choose(tab, outbox.lost)
    ui.outboxRefInput.setText("PORTAL-55122")
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        ui.outboxAppliedButton.click()
    assert tab.model.rowCount() == 0
    assert tab.ui.outboxCountLabel.text().startswith("Nothing needs a person")
    assert not ui.outboxAppliedButton.isEnabled() and not ui.outboxReverseButton.isEnabled()


def test_void_or_refund_opens_the_supervisors_dialog(qtbot: QtBot, outbox: Outbox) -> None:
    tab, db = outbox.tab, outbox.shop.db
    listed(qtbot, tab)
    choose(tab, outbox.lost)
    QTest.keyClick(tab.ui.outboxTable, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    dialog = tab.dialog
    assert dialog is not None
    assert outbox.lost in dialog.ui.reversalTitleLabel.text()
    dialog.ui.reversalReasonInput.setText("the carrier never applied it")
    dialog.ui.reversalSupervisorInput.setText("supervisor")
    dialog.ui.reversalPasswordInput.setText(PASSWORD)
    ok = dialog.ui.reversalButtonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    with qtbot.waitSignal(tab.listed, timeout=10_000):
        ok.click()
    with db.read() as session:
        state = session.scalars(select(Sale.state).where(Sale.receipt_no == outbox.lost)).one()
    assert state == "voided"  # a sale of the shift still open: voided
    assert tab.ui.outboxMessageLabel.text() == f"Receipt {outbox.lost} is voided."


def test_a_clerk_is_refused_by_the_service_too(
    qtbot: QtBot, shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    tab = tab_for(qtbot, shop, clerk, tmp_path)
    tab.reload()
    qtbot.waitUntil(lambda: tab.ui.outboxMessageLabel.text() != "", timeout=10_000)
    assert tab.ui.outboxMessageLabel.text() == "Your role does not allow this."
    assert tab.model.rowCount() == 0
    tab.close()
    assert wait_for_tasks(10_000)


def _office(qtbot: QtBot, window: MainWindow) -> BackOfficeScreen:
    QTest.keyClick(window, Qt.Key.Key_F12)
    office = window.back_office_screen
    assert office is not None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is office, timeout=10_000)
    return office


def test_a_clerk_does_not_see_the_tab_a_supervisor_reaches_it_by_ctrl_number(
    qtbot: QtBot,
    counter: Window,  # the back office's window fixture
) -> None:
    window = counter.window
    sign_in(qtbot, window, "clerk")
    office = _office(qtbot, window)
    assert "outbox" not in office.tab_keys() and office.tab("outbox") is None
    QTest.keyClick(office.tabs, Qt.Key.Key_Escape)
    window.switch_clerk()

    sign_in(qtbot, window, "supervisor")
    office = _office(qtbot, window)
    keys = office.tab_keys()
    assert "outbox" in keys
    number = keys.index("outbox") + 1
    assert number <= 9
    QTest.keyClick(office.tabs, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: office.tabs.currentIndex() == number - 1, timeout=5_000)
    tab = office.tab("outbox")
    assert isinstance(tab, OutboxTab)
    qtbot.waitUntil(tab.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: tab.ui.outboxCountLabel.text() != "", timeout=10_000)
    assert office.tabs.tabText(number - 1) == "發送跟進"
    wait_for_tasks(10_000)
