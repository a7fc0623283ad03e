"""The reminders tab on a real database: the filters, a call marked, the CSV, who may export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from counter_app.gui.i18n import language_switcher
from counter_app.gui.reminders_tab import RemindersModel, RemindersTab
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys, staff
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Customer, Line, ReminderContact
from counter_app.store.schema import upgrade
from tests.services.conftest import MovableClock

PASSWORD = "pw-123456"
# Demo lines cycle through these (carrier, card type) pairs: line i is +85296{i:06d}.
BAU_KEEP, BAU_REG, PEARL_DUAL, PEARL_KEEP, HARBOUR_DATA = (f"+8529600000{i}" for i in range(5))


@dataclass
class Desk:
    db: Database
    station: Station
    clock: MovableClock
    qtbot: QtBot

    def open(self, username: str) -> RemindersTab:
        self.station.clerk = staff.sign_in(
            self.db, username, PASSWORD, counter_id=self.station.counter_id, clock=self.clock
        )
        tab = RemindersTab(self.station)
        self.qtbot.addWidget(tab)
        tab.resize(1340, 640)
        with self.qtbot.waitExposed(tab):
            tab.show()
        tab.refresh()
        self.qtbot.waitUntil(lambda: tab.ui.carrierCombo.count() > 1, timeout=10_000)
        self.qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
        return tab


@pytest.fixture
def desk(qtbot: QtBot, database_url: str, tmp_path: Path) -> Iterator[Desk]:
    db = Database(database_url)
    upgrade(db)
    clock = MovableClock(datetime(2026, 11, 21, 2, 0, tzinfo=UTC))  # 10:00 in Hong Kong
    secret = keys.load_or_create(tmp_path / "s.json")
    demo.build(db, secret, lines=5, password=PASSWORD, clock=clock)
    today = clock.today
    with db.write() as session:
        session.execute(update(Line).values(expires_on=today + timedelta(days=365)))
        for msisdn, days in (
            (BAU_REG, -2),  # expired, still in Bauhinia's 30 days of grace
            (BAU_KEEP, 3),
            (PEARL_DUAL, 10),
            (HARBOUR_DATA, 20),
        ):
            session.execute(
                update(Line)
                .where(Line.msisdn == msisdn)
                .values(expires_on=today + timedelta(days=days))
            )
        line = session.scalars(select(Line).where(Line.msisdn == BAU_KEEP)).one()
        customer = session.get(Customer, line.customer_id)
        assert customer is not None
        customer.name_en, customer.name_zh = "CHAN TAI MAN", "陳大文"
    ctx = counter_context(db, "C1")
    assert ctx is not None
    yield Desk(db, Station(db, secret, ctx, clock=clock), clock, qtbot)
    assert wait_for_tasks(10_000)
    db.dispose()


def numbers(tab: RemindersTab) -> list[str]:
    model = tab.model
    return [
        reminder.msisdn
        for row in range(model.rowCount())
        if (reminder := model.reminder_at(row)) is not None
    ]


def cells(tab: RemindersTab, row: int) -> list[str]:
    model = tab.model
    return [str(model.data(model.index(row, column))) for column in range(model.columnCount())]


def settle(qtbot: QtBot, tab: RemindersTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)


def test_the_filters(qtbot: QtBot, desk: Desk, qtmodeltester: ModelTester) -> None:
    tab = desk.open("clerk")
    ui = tab.ui
    qtmodeltester.check(tab.model)
    # 7 days and in grace: the expired line first (by expiry), then the one in 3 days.
    assert tab.within_days() == 7 and ui.graceCheck.isChecked()
    assert numbers(tab) == [BAU_REG, BAU_KEEP]
    assert "2 line(s) to phone" in ui.remindersCountLabel.text()
    first, second = cells(tab, 0), cells(tab, 1)
    assert first[6] == "-2 (in grace)"
    assert second[0] == "+852 9600 0000"
    assert second[1] == "CHAN T** M** 陳*文"  # masked, never the whole name
    assert "TAI MAN" not in " ".join(second) and "大" not in second[1]
    assert second[2] == "Bauhinia Mobile" and second[3] == "Number-keeping card"
    assert second[5] == (desk.clock.today + timedelta(days=3)).isoformat() and second[6] == "3"
    assert second[7] == ""

    ui.graceCheck.setChecked(False)
    qtbot.waitUntil(lambda: numbers(tab) == [BAU_KEEP], timeout=10_000)
    ui.windowCombo.setCurrentIndex(1)  # 14 days
    qtbot.waitUntil(lambda: numbers(tab) == [BAU_KEEP, PEARL_DUAL], timeout=10_000)
    ui.windowCombo.setCurrentIndex(2)  # 30 days
    qtbot.waitUntil(lambda: numbers(tab) == [BAU_KEEP, PEARL_DUAL, HARBOUR_DATA], timeout=10_000)
    ui.carrierCombo.setCurrentIndex(ui.carrierCombo.findData("PEARL"))
    qtbot.waitUntil(lambda: numbers(tab) == [PEARL_DUAL], timeout=10_000)
    ui.carrierCombo.setCurrentIndex(0)  # all carriers
    ui.cardTypeCombo.setCurrentIndex(ui.cardTypeCombo.findData("data"))
    qtbot.waitUntil(lambda: numbers(tab) == [HARBOUR_DATA], timeout=10_000)
    ui.cardTypeCombo.setCurrentIndex(ui.cardTypeCombo.findData("hk_registered"))
    qtbot.waitUntil(lambda: numbers(tab) == [], timeout=10_000)
    ui.graceCheck.setChecked(True)
    qtbot.waitUntil(lambda: numbers(tab) == [BAU_REG], timeout=10_000)
    qtmodeltester.check(tab.model)


def test_mark_contacted_writes_the_call_and_hides_the_line(qtbot: QtBot, desk: Desk) -> None:
    tab = desk.open("clerk")
    ui = tab.ui
    assert not ui.markContactedButton.isEnabled()
    ui.remindersTable.setCurrentIndex(tab.model.index(1, 0))
    assert ui.markContactedButton.isEnabled()
    desk.clock.advance(minutes=5)
    qtbot.keyClicks(ui.outcomeInput, "will renew on Friday")
    qtbot.mouseClick(ui.markContactedButton, Qt.MouseButton.LeftButton)
    message = ui.remindersMessageLabel
    qtbot.waitUntil(lambda: "marked as phoned" in message.text(), timeout=10_000)
    assert "+852 9600 0000" in message.text()
    with desk.db.read() as session:
        (contact,) = session.scalars(select(ReminderContact)).all()
        line = session.get(Line, contact.line_id)
        assert line is not None and line.msisdn == BAU_KEEP
        assert contact.outcome == "will renew on Friday"
        assert contact.expires_on == line.expires_on
        assert desk.station.clerk is not None and contact.staff_id == desk.station.clerk.id
    assert cells(tab, 1)[7] == "11-21 10:05 陳店員: will renew on Friday"
    assert ui.outcomeInput.text() == ""

    tab.reload()
    settle(qtbot, tab)
    assert numbers(tab) == [BAU_REG]  # phoned already: left out
    ui.contactedCheck.setChecked(True)
    qtbot.waitUntil(lambda: numbers(tab) == [BAU_REG, BAU_KEEP], timeout=10_000)
    assert cells(tab, 1)[7].endswith("will renew on Friday")


def test_a_bad_outcome_is_refused_inline(qtbot: QtBot, desk: Desk) -> None:
    tab = desk.open("clerk")
    ui = tab.ui
    ui.remindersTable.setCurrentIndex(tab.model.index(0, 0))
    ui.outcomeInput.setText("no\u202eanswer")  # an invisible direction mark
    qtbot.mouseClick(ui.markContactedButton, Qt.MouseButton.LeftButton)
    message = ui.remindersMessageLabel
    qtbot.waitUntil(lambda: message.property("role") == "error", timeout=10_000)
    assert message.text()
    with desk.db.read() as session:
        assert session.scalars(select(ReminderContact)).all() == []


def test_export_is_hidden_for_a_clerk(desk: Desk) -> None:
    tab = desk.open("clerk")
    assert tab.ui.exportCsvButton.isHidden()
    assert tab.findChild(QWidget, "markContactedButton") is not None


def test_a_supervisor_exports_the_list_as_csv(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = desk.open("supervisor")
    ui = tab.ui
    assert ui.exportCsvButton.isVisible() and ui.exportCsvButton.isEnabled()
    out = tmp_path / "calls.csv"
    asked: list[str] = []

    def choose_file(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(out), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    qtbot.mouseClick(ui.exportCsvButton, Qt.MouseButton.LeftButton)
    message = ui.remindersMessageLabel
    qtbot.waitUntil(lambda: "exported" in message.text(), timeout=10_000)
    assert asked and asked[0].endswith("reminders-2026-11-21-7d.csv")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == (
        "number,carrier,card_type,plan,expires_on,days_left,status,holder,contacted_at,outcome"
    )
    # A number starting with "+" is neutralised for spreadsheets (no formula).
    assert [line.split(",")[0] for line in lines[1:]] == [f"'{BAU_REG}", f"'{BAU_KEEP}"]
    assert "CHAN T** M** 陳*文" in lines[2] and "TAI MAN" not in out.read_text(encoding="utf-8")

    # Cancelled: nothing written.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    out.unlink()
    qtbot.mouseClick(ui.exportCsvButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert not out.exists()


def test_names_follow_the_language(qtbot: QtBot, desk: Desk) -> None:
    tab = desk.open("clerk")
    language_switcher().set_language("zh_HK")
    assert cells(tab, 1)[1] == "陳*文 CHAN T** M**"
    assert cells(tab, 1)[3] == "保號卡"
    assert tab.ui.cardTypeCombo.itemText(1) == "保號卡"
    language_switcher().set_language("en")
    assert cells(tab, 1)[3] == "Number-keeping card"


def test_the_model_is_empty_without_rows(qtmodeltester: ModelTester) -> None:
    model = RemindersModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.reminder_at(0) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"
