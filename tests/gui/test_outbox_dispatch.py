"""The window's outbox dispatcher: a thread of its own that sends the jobs and stops on close.

The carrier here is the outside world behind our interface (``FulfilmentProvider``): a
small object that applies what it is sent and remembers it, as a carrier's API does. The
dispatcher, the database and the window are the real ones.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.config import load_settings
from counter_app.domain.outbox import JobKind, Outcome, Verdict
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui import create_main_window
from counter_app.gui.outbox_dispatch import BackgroundDispatcher
from counter_app.gui.tasks import wait_for_tasks
from counter_app.providers.base import FulfilmentRequest, SmsRequest
from counter_app.services import sales
from counter_app.services.outbox import Dispatcher
from counter_app.services.shop import ensure_demo_shop, open_database
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Line, OutboxJob, Plan, Sale
from tests.services.conftest import (  # noqa: F401 - the fixtures
    MovableClock,
    Shop,
    clerk,
    clock,
    open_shift,
    secret,
    shop,
)

CARRIER = "BAUHINIA"
PROVIDER = "testcarrier"


@dataclass
class TestCarrier:
    """A carrier's API: applies each reference once, and says so when asked about it.

    *hold*, when given, keeps a submit waiting until it is set (a slow carrier).
    """

    __test__ = False  # not a test class
    name: str = PROVIDER
    hold: threading.Event | None = None
    decline: frozenset[str] = frozenset()  # references it refuses
    unknown: frozenset[str] = frozenset()  # references whose answer is lost on the way
    later: bool = False  # takes a request ("submitted"), applied when asked again
    applied: dict[str, str] = field(default_factory=dict)
    submits: list[str] = field(default_factory=list)
    entered: threading.Event = field(default_factory=threading.Event)

    def submit(self, request: FulfilmentRequest) -> Outcome:
        self.submits.append(request.reference)
        self.entered.set()
        if self.hold is not None:
            assert self.hold.wait(20), "the test never let the carrier answer"
        base = request.reference.partition("#")[0]
        if base in self.decline:
            return Outcome(Verdict.FAILED, reason="declined: the number is not a prepaid line")
        reference = self.applied.setdefault(request.reference, f"T-{len(self.applied) + 1}")
        if base in self.unknown:
            return Outcome(Verdict.UNKNOWN, reason="ReadTimeout: no answer within 10 s")
        if self.later:
            return Outcome(Verdict.SUBMITTED, provider_ref=reference)
        return Outcome(Verdict.CONFIRMED, provider_ref=reference)

    def lookup(self, reference: str) -> Outcome:
        found = self.applied.get(reference)
        if found is None:
            return Outcome(Verdict.NOT_FOUND)
        return Outcome(Verdict.CONFIRMED, provider_ref=found)


@dataclass
class TestGateway:
    """An SMS gateway: accepts each text, reports it delivered when asked."""

    __test__ = False
    name: str = "testsms"
    sent: list[SmsRequest] = field(default_factory=list)

    def send(self, request: SmsRequest) -> Outcome:
        self.sent.append(request)
        return Outcome(Verdict.SUBMITTED, provider_ref=f"M-{len(self.sent)}")

    def lookup(self, reference: str, provider_ref: str) -> Outcome:
        return Outcome(Verdict.CONFIRMED if provider_ref else Verdict.NOT_FOUND, provider_ref)

    def close(self) -> None:
        """Nothing held open."""


def carrier_by_provider(db: Database, provider: str = PROVIDER, product: str = "P1") -> None:
    """The demo's Bauhinia Mobile is applied through *provider*, each plan as *product*."""
    with db.write() as session:
        carrier = session.scalars(select(Carrier).where(Carrier.code == CARRIER)).one()
        carrier.fulfilment_provider = provider
        for plan in session.scalars(select(Plan).where(Plan.carrier_id == carrier.id)):
            plan.provider_product = product


def bauhinia_lines(db: Database) -> list[int]:
    with db.read() as session:
        carrier_id = session.scalars(select(Carrier.id).where(Carrier.code == CARRIER)).one()
        return list(
            session.scalars(select(Line.id).where(Line.carrier_id == carrier_id).order_by(Line.id))
        )


def sell_top_up(
    db: Database, seller: Clerk, counter_id: int, line_id: int, at: MovableClock | None = None
) -> str:
    """A HK$100 credit top-up of *line_id*, paid in cash; its receipt number."""
    when = {"clock": at} if at is not None else {}
    draft = sales.start_sale(db, seller, counter_id, SaleKind.LINE, line_id=line_id, **when)
    done = sales.complete_line_sale(
        db,
        seller,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(TenderKind.CASH, 10_000)],
        **when,
    )
    assert done.receipt_no is not None
    return done.receipt_no


def job_of(db: Database, receipt_no: str, kind: JobKind = JobKind.FULFILMENT) -> OutboxJob:
    with db.read() as session:
        return session.scalars(
            select(OutboxJob)
            .join(Sale, Sale.id == OutboxJob.sale_id)
            .where(Sale.receipt_no == receipt_no, OutboxJob.kind == kind.value)
        ).one()


def test_the_thread_sends_the_jobs_and_stops_at_once_when_idle(
    qtbot: QtBot,
    shop: Shop,  # noqa: F811 - the fixture imported above
    clerk: Clerk,  # noqa: F811
    open_shift: object,  # noqa: F811
) -> None:
    carrier_by_provider(shop.db)
    receipt_no = sell_top_up(
        shop.db, clerk, shop.counter_id, bauhinia_lines(shop.db)[0], shop.clock
    )
    assert job_of(shop.db, receipt_no).state == "pending"
    world = TestCarrier()
    background = BackgroundDispatcher(
        partial(Dispatcher, shop.db, name="window", fulfilment={PROVIDER: world}, clock=shop.clock),
        idle_s=0.05,
    )
    background.start()
    try:
        assert world.entered.wait(10)
        qtbot.waitUntil(lambda: job_of(shop.db, receipt_no).state == "confirmed", timeout=10_000)
    finally:
        started = time.monotonic()
        stopped = background.stop()
        took = time.monotonic() - started
    assert stopped and not background.running
    assert took < 1.0, f"an idle dispatcher took {took:.2f} s to stop"
    job = job_of(shop.db, receipt_no)
    assert (job.provider_ref, job.sends, world.submits) == ("T-1", 1, [job.reference])


def test_a_dispatcher_held_up_by_its_provider_is_left_with_its_job_sending(
    qtbot: QtBot,
    shop: Shop,  # noqa: F811
    clerk: Clerk,  # noqa: F811
    open_shift: object,  # noqa: F811
) -> None:
    carrier_by_provider(shop.db)
    receipt_no = sell_top_up(
        shop.db, clerk, shop.counter_id, bauhinia_lines(shop.db)[0], shop.clock
    )
    hold = threading.Event()
    world = TestCarrier(hold=hold)
    background = BackgroundDispatcher(
        partial(Dispatcher, shop.db, name="slow", fulfilment={PROVIDER: world}, clock=shop.clock),
        idle_s=0.05,
    )
    background.start()
    try:
        assert world.entered.wait(10)
        started = time.monotonic()
        assert not background.stop(timeout_s=0.2)
        assert time.monotonic() - started < 1.0, "the wait for the dispatcher is not bounded"
        # The request is on its way: the job says so, and is never sent blindly again.
        job = job_of(shop.db, receipt_no)
        assert (job.state, job.sends) == ("sending", 1)
    finally:
        hold.set()
    qtbot.waitUntil(lambda: not background.running, timeout=10_000)
    job = job_of(shop.db, receipt_no)
    assert (job.state, job.sends, len(world.submits)) == ("confirmed", 1, 1)


def test_a_build_that_holds_a_widget_is_refused(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(TypeError, match="QWidget"):
        BackgroundDispatcher(lambda: widget)  # type: ignore[arg-type, return-value]


@pytest.fixture
def demo_url(database_url: str) -> str:
    db = open_database(load_settings({"database_url": database_url}))
    ensure_demo_shop(db)
    db.dispose()
    return database_url


def test_the_window_closes_promptly_with_its_dispatcher_running(
    qtbot: QtBot, demo_url: str
) -> None:
    window = create_main_window(demo_url, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.database_state == "ready", timeout=20_000)
    qtbot.waitUntil(
        lambda: window.outbox_dispatcher is not None and window.outbox_dispatcher.running,
        timeout=10_000,
    )
    dispatcher = window.outbox_dispatcher
    assert dispatcher is not None
    started = time.monotonic()
    window.close()
    took = time.monotonic() - started
    assert not dispatcher.running
    assert took < 2.0, f"closing took {took:.2f} s"
    assert wait_for_tasks(10_000)


def test_no_dispatcher_where_a_server_sends_the_outbox(
    qtbot: QtBot, demo_url: str, monkeypatch: pytest.MonkeyPatch, counter_home: Path
) -> None:
    monkeypatch.setenv("COUNTER_OUTBOX_DISPATCH", "false")
    window = create_main_window(demo_url, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.database_state == "ready", timeout=20_000)
    qtbot.waitUntil(lambda: window.station is not None, timeout=10_000)
    assert window.outbox_dispatcher is None
    assert window.station is not None and window.station.sms_gateway == ""
    window.close()
    assert wait_for_tasks(10_000)
