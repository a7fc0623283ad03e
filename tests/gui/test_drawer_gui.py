"""The cash drawer at the counter window: a cash sale opens it, F7 opens it for a reason,
and a printer that does not take the pulse is told to the clerk while the sale stands.

The drawer's printer is a real CUPS raw queue (tests/conftest.py ``raw_queue``), set for
counter C1 in the database as a supervisor would in the back office.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.domain.drawer import DrawerPort
from counter_app.gui.drawer import DrawerDialog
from counter_app.services import shop_settings, staff
from counter_app.store.models import AuditEvent, DrawerOpening, Sale
from tests.conftest import RawQueue
from tests.gui.test_counter_flow import (  # noqa: F401 - the fixture
    PASSWORD,
    Counter,
    Keys,
    _top_up_in_cash,
    counter,
    sign_in_and_open_shift,
)


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """The drawer's path does not depend on the database: SQLite only."""
    return sqlite_url


def _set_drawer(
    counter: Counter,  # noqa: F811 - the fixture imported above
    printer: str,
) -> None:
    """A supervisor sets C1's drawer (pin 2, 50/500 ms); the window applies it."""
    supervisor = staff.sign_in(counter.db, "supervisor", PASSWORD, counter_id=None)
    shop_settings.save_counter_settings(
        counter.db, supervisor, "C1", {"drawer_printer": printer, "drawer_pin": 2}
    )
    counter.window._read_counter_settings()


@pytest.fixture
def with_drawer(
    counter: Counter,  # noqa: F811 - the fixture imported above
    raw_queue: RawQueue,
    qtbot: QtBot,
) -> Iterator[RawQueue]:
    _set_drawer(counter, raw_queue.name)
    qtbot.waitUntil(
        lambda: (
            counter.window.station is not None
            and counter.window.station.drawer == DrawerPort(raw_queue.name, 2, 50, 500)
        ),
        timeout=10_000,
    )
    yield raw_queue


def test_a_cash_sale_opens_the_drawer(
    qtbot: QtBot,
    counter: Counter,  # noqa: F811 - the fixture imported above
    with_drawer: RawQueue,
) -> None:
    screen = _top_up_in_cash(qtbot, counter, Keys(qtbot))
    assert with_drawer.printer.next_job() == bytes.fromhex("1b 70 00 19 fa")
    done = screen.flow.done_panel.ui
    qtbot.waitUntil(lambda: _opening_sent(counter) is not None, timeout=10_000)
    assert _opening_sent(counter) is True
    assert not done.drawerMessageLabel.isVisible() and done.drawerMessageLabel.text() == ""


def _opening_sent(
    counter: Counter,  # noqa: F811 - the fixture imported above
) -> bool | None:
    with counter.db.read() as session:
        row = session.scalars(select(DrawerOpening)).first()
        return None if row is None else row.sent


def test_an_unreachable_drawer_is_told_and_the_sale_stands(
    qtbot: QtBot,
    counter: Counter,  # noqa: F811 - the fixture imported above
    raw_queue: RawQueue,
) -> None:
    _set_drawer(counter, "NoSuchDrawerQueue")
    window = counter.window
    qtbot.waitUntil(
        lambda: window.station is not None and window.station.drawer.printer == "NoSuchDrawerQueue",
        timeout=10_000,
    )
    screen = _top_up_in_cash(qtbot, counter, Keys(qtbot))
    done = screen.flow.done_panel.ui
    qtbot.waitUntil(done.drawerMessageLabel.isVisible, timeout=10_000)
    text = done.drawerMessageLabel.text()
    assert "錢箱未能打開" in text and "NoSuchDrawerQueue" in text and "交易已完成" in text
    assert "DEMO-C1-000001" in done.receiptNoLabel.text()
    with counter.db.read() as session:
        assert session.scalars(select(Sale.state).where(Sale.receipt_no.is_not(None))).one() == (
            "completed"
        )
    assert _opening_sent(counter) is False
    assert raw_queue.printer.nothing_received(1)
    # The next customer: the message belongs to the sale before.
    QTest.keyClick(done.nextCustomerInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: done.drawerMessageLabel.text() == "", timeout=5_000)


def test_f7_asks_why_then_opens_the_drawer_and_audits_it(
    qtbot: QtBot,
    counter: Counter,  # noqa: F811 - the fixture imported above
    with_drawer: RawQueue,
) -> None:
    window = counter.window
    sign_in_and_open_shift(qtbot, counter, Keys(qtbot))
    screen = window.line_sale_screen
    assert screen is not None
    QTest.keyClick(screen.ui.lineSearchInput, Qt.Key.Key_F7)
    qtbot.waitUntil(
        lambda: window.findChild(DrawerDialog, "drawerDialog") is not None, timeout=5_000
    )
    dialog = window.findChild(DrawerDialog, "drawerDialog")
    assert isinstance(dialog, DrawerDialog)
    qtbot.waitUntil(dialog.ui.drawerReasonInput.hasFocus, timeout=5_000)
    ok = dialog.ui.drawerButtonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()  # no reason: refused inline, nothing sent
    assert dialog.error_text() == "請說明為何在沒有交易時打開錢箱。"
    qtbot.keyClicks(dialog.ui.drawerReasonInput, "A123456(3) asked")
    ok.click()  # an ID number in the reason: refused by the service's free-text rule
    qtbot.waitUntil(
        lambda: "身份證" in dialog.error_text() or "證件" in dialog.error_text(), timeout=5_000
    )
    assert with_drawer.printer.nothing_received(1)
    dialog.ui.drawerReasonInput.setText("找換 HK$500 紙幣")
    with qtbot.waitSignal(dialog.opened, timeout=10_000):
        ok.click()
    assert with_drawer.printer.next_job() == bytes.fromhex("1b 70 00 19 fa")
    with counter.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "drawer.no_sale")
        ).one()
        row = session.scalars(select(DrawerOpening)).one()
    assert event.details["reason"] == "找換 HK$500 紙幣"
    assert (row.kind, row.reason, row.sent) == ("no_sale", "找換 HK$500 紙幣", True)
    assert QApplication.activeModalWidget() is None
