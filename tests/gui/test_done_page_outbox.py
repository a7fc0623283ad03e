"""The done page says what happened to the sale outside, and follows it as it changes.

A renewal sold in the window by keys; the carrier (an in-test object behind our
``FulfilmentProvider`` interface) and the SMS gateway are worked by a real dispatcher on
the real database, and the page, reading its states again every two seconds, follows
them to the end. The manual carrier's path: the clerk types the carrier's reference.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.domain.outbox import JobKind
from counter_app.gui.done_panel import DonePanel
from counter_app.gui.i18n import language_switcher
from counter_app.gui.line_sale_screen import LineSaleScreen
from counter_app.services.outbox import Dispatcher
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, Carrier, Line, OutboxJob, Plan, StaffUser
from tests.gui.test_counter_flow import (  # noqa: F401 - the fixture
    Counter,
    Keys,
    counter,
    sign_in_and_open_shift,
)
from tests.gui.test_outbox_dispatch import TestCarrier, TestGateway
from tests.gui.test_window_fit import SIZES, offenders, settle


def sample_carrier_by(db: Database, msisdn: str, provider: str) -> None:
    """The sample line's carrier applies its sales through *provider*."""
    with db.write() as session:
        line = session.scalars(select(Line).where(Line.msisdn == msisdn)).one()
        session.get_one(Carrier, line.carrier_id).fulfilment_provider = provider
        for plan in session.scalars(select(Plan).where(Plan.carrier_id == line.carrier_id)):
            plan.provider_product = f"P-{plan.code}"


def sell_renewal(qtbot: QtBot, till: Counter) -> tuple[LineSaleScreen, DonePanel]:
    """Sign in, open the shift, and sell the sample line its recommended plan for cash."""
    sign_in_and_open_shift(qtbot, till, Keys(qtbot))
    language_switcher().set_language("en")
    screen = till.window.line_sale_screen
    assert screen is not None
    ui, keys_ = screen.ui, Keys(qtbot)
    qtbot.waitUntil(ui.lineSearchInput.hasFocus, timeout=5_000)
    keys_.type(till.sample_msisdn[4:])
    keys_.press(Qt.Key.Key_Return)
    id_input = screen.identity_panel.ui.idNumberInput
    qtbot.waitUntil(id_input.hasFocus, timeout=10_000)
    keys_.type(till.sample_id)
    keys_.press(screen.identity_panel.PHOTO_KEY)
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    keys_.press(Qt.Key.Key_Return)
    cash = screen.flow.payment_panel.ui.cashTenderedInput
    qtbot.waitUntil(cash.hasFocus, timeout=5_000)
    keys_.type("500")
    keys_.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is screen.flow.done_page, timeout=10_000)
    return screen, screen.flow.done_panel


def shown_texts(panel: DonePanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel) if label.isVisible())


def fulfilment(db: Database) -> OutboxJob:
    with db.read() as session:
        return session.scalars(
            select(OutboxJob).where(OutboxJob.kind == JobKind.FULFILMENT.value)
        ).one()


def test_the_done_page_follows_the_carrier_and_the_text_to_confirmed(
    qtbot: QtBot,
    counter: Counter,  # noqa: F811 - the fixture imported above
) -> None:
    sample_carrier_by(counter.db, counter.sample_msisdn, "testcarrier")
    screen, done = sell_renewal(qtbot, counter)
    ui = done.ui
    qtbot.waitUntil(lambda: ui.carrierStateLabel.text() == "Waiting for the carrier…")
    # This counter has no SMS gateway (the default): the clerk is told the text waits.
    assert ui.smsStateLabel.text().endswith("not sent: this counter has no SMS gateway.")
    assert not ui.carrierRefBox.isVisible()
    assert done.outbox_timer.isActive()

    carrier, gateway = TestCarrier(later=True), TestGateway()
    dispatcher = Dispatcher(
        counter.db, name="test", fulfilment={"testcarrier": carrier}, sms=gateway
    )
    assert dispatcher.run_once() == 2  # the carrier takes it; the gateway accepts the text
    assert len(gateway.sent) == 1 and counter.sample_msisdn == gateway.sent[0].msisdn
    qtbot.waitUntil(lambda: "sent, not delivered yet" in ui.smsStateLabel.text(), timeout=5_000)
    assert ui.carrierStateLabel.text() == "Waiting for the carrier…"
    assert done.outbox_timer.isActive()

    # A little later: the carrier has applied it, the text is delivered.
    later = Dispatcher(
        counter.db,
        name="test",
        fulfilment={"testcarrier": carrier},
        sms=gateway,
        clock=lambda: datetime.now(UTC) + timedelta(minutes=1),
    )
    assert later.run_once() == 2
    qtbot.waitUntil(lambda: ui.carrierStateLabel.text() == "Sent to the carrier ✓", timeout=5_000)
    qtbot.waitUntil(lambda: ui.smsStateLabel.text().endswith("delivered ✓"), timeout=5_000)
    # Nothing can change any more: the page stops reading.
    qtbot.waitUntil(lambda: not done.outbox_timer.isActive(), timeout=5_000)
    assert len(carrier.submits) == 1 and fulfilment(counter.db).provider_ref == "T-1"

    # The number is shown masked, never whole.
    local = counter.sample_msisdn[4:]
    texts = shown_texts(done)
    assert "••" in ui.smsStateLabel.text()
    assert local not in re.sub(r"\s", "", texts)
    QTest.keyClick(QApplication.focusWidget() or done, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.ui.stepStack.currentWidget() is screen.ui.hintPage)


def test_applied_by_hand_a_bad_then_a_good_carrier_reference(
    qtbot: QtBot,
    counter: Counter,  # noqa: F811
) -> None:
    screen, done = sell_renewal(qtbot, counter)
    ui = done.ui
    qtbot.waitUntil(ui.carrierRefBox.isVisible, timeout=5_000)
    assert ui.carrierStateLabel.text() == "Apply it on the carrier's portal."
    assert ui.carrierStateLabel.property("outbox") == "act"
    # The keyboard starts on the next customer; Alt+R goes to the carrier's reference.
    assert ui.nextCustomerInput.hasFocus()
    QTest.keyClick(ui.nextCustomerInput, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.carrierRefInput.hasFocus, timeout=5_000)

    QTest.keyClick(ui.carrierRefInput, Qt.Key.Key_Return)  # nothing typed
    error = ui.carrierRefErrorLabel
    qtbot.waitUntil(error.isVisible, timeout=5_000)
    assert error.text() == "Type the carrier's reference for this top-up (up to 64 characters)."
    assert error.property("role") == "error"
    # Under the field it is about, the field keeps the keyboard, and nothing is recorded.
    assert (
        error.mapTo(done, error.rect().topLeft()).y()
        > ui.carrierRefInput.mapTo(done, ui.carrierRefInput.rect().bottomLeft()).y() - 1
    )
    assert ui.carrierRefInput.hasFocus()
    assert fulfilment(counter.db).state == "pending"
    assert screen.ui.stepStack.currentWidget() is screen.flow.done_page

    qtbot.keyClicks(ui.carrierRefInput, "BAU-778812")
    QTest.keyClick(ui.carrierRefInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ui.carrierRefBox.isVisible(), timeout=5_000)
    assert ui.carrierStateLabel.text() == (
        "Applied on the carrier's portal ✓ (carrier's reference BAU-778812)"
    )
    assert not error.isVisible()
    job = fulfilment(counter.db)
    with counter.db.read() as session:
        clerk_id = session.scalars(select(StaffUser.id).where(StaffUser.username == "clerk")).one()
        audited = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "outbox.applied_by_hand")
        ).all()
    assert (job.state, job.provider_ref, job.resolved_by) == ("confirmed", "BAU-778812", clerk_id)
    assert [event.subject for event in audited] == [job.reference]
    # The keyboard is back on the next customer; the SMS still waits, so the page reads on.
    assert ui.nextCustomerInput.hasFocus()
    assert done.outbox_timer.isActive()
    QTest.keyClick(ui.nextCustomerInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.ui.stepStack.currentWidget() is screen.ui.hintPage)
    # Off the page: no more reading.
    assert not done.outbox_timer.isActive()


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_a_refused_reference_is_seen_whole_on_a_1024_by_768_screen(
    qtbot: QtBot,
    counter: Counter,  # noqa: F811
    language: str,
) -> None:
    window = counter.window
    window.resize(*SIZES["1024x768"])
    _screen, done = sell_renewal(qtbot, counter)
    language_switcher().set_language(language)
    ui = done.ui
    qtbot.waitUntil(ui.carrierRefBox.isVisible, timeout=5_000)
    ui.carrierRefInput.setFocus()
    QTest.keyClick(ui.carrierRefInput, Qt.Key.Key_Return)
    qtbot.waitUntil(ui.carrierRefErrorLabel.isVisible, timeout=5_000)
    settle()
    assert offenders(window) == []
