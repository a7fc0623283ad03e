"""The outbox's rules, exactly once: jobs with the sale, look-up before any resend, leases.

The provider here is the outside world behind our interface (:class:`Ledger`, a carrier's
book of applied top-ups that can lose answers, refuse, or say nothing); the real DT One
adapter against a real HTTP server is tested in tests/services/test_outbox_faults.py.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from sqlalchemy import select

from counter_app.domain.errors import InputError
from counter_app.domain.outbox import JobState, Outcome, Verdict
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.providers.base import FulfilmentRequest
from counter_app.services import outbox, reversals, sales
from counter_app.services.outbox import Dispatcher
from counter_app.store.models import Carrier, Line, OutboxJob, Plan
from tests.services.conftest import PASSWORD, Shop


@dataclass
class Ledger:
    """A carrier's book: what it applied, per reference; answers as the test scripts it."""

    name: str = "dtone"
    applied: Counter[str] = field(default_factory=Counter)
    calls: list[tuple[str, str]] = field(default_factory=list)
    # Scripted answers to the next submits: "ok", "lost" (applied, answer lost),
    # "never" (lost before the provider: not applied, we cannot tell), "refused" (429),
    # "declined", "raise".
    script: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def submit(self, request: FulfilmentRequest) -> Outcome:
        with self.lock:
            self.calls.append(("submit", request.reference))
            step = self.script.pop(0) if self.script else "ok"
            if step in ("ok", "lost"):
                self.applied[request.reference] += 1
        if step == "ok":
            return Outcome(Verdict.CONFIRMED, provider_ref=f"T-{request.reference}")
        if step == "refused":
            return Outcome(Verdict.NOT_SENT, reason="429", retry_after_s=120)
        if step == "declined":
            return Outcome(Verdict.FAILED, reason="declined by the carrier")
        if step == "raise":
            raise ConnectionResetError("reset after sending")
        return Outcome(Verdict.UNKNOWN, reason="timed out")

    def lookup(self, reference: str) -> Outcome:
        with self.lock:
            self.calls.append(("lookup", reference))
            found = self.applied[reference]
        if found:
            return Outcome(Verdict.CONFIRMED, provider_ref=f"T-{reference}")
        return Outcome(Verdict.NOT_FOUND)


def _aggregated(shop: Shop) -> None:
    """Every carrier's sales go to the aggregator; every plan has its product."""
    with shop.db.write() as session:
        for carrier in session.scalars(select(Carrier)):
            carrier.fulfilment_provider = "dtone"
        for plan in session.scalars(select(Plan)):
            plan.provider_product = f"P-{plan.code}"


def _sell(shop: Shop, clerk: Clerk, sample_no: int = 0, plan: str = "BAU-T050") -> SaleView:
    """A credit top-up (no identity check needed) paid in cash."""
    line_id = shop.set_line(
        shop.built.samples[sample_no].msisdn, expires_on=shop.clock.today + timedelta(days=30)
    )
    with shop.db.read() as session:
        line = session.get_one(Line, line_id)
        prefix = session.get_one(Carrier, line.carrier_id).code[:3]
        carrier_plan = f"{prefix}-{plan.split('-', 1)[1]}"
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    price = next(
        q.total
        for q in sales.quotes(shop.db, line_id, today=shop.clock.today)
        if q.plan.code == carrier_plan
    )
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code=carrier_plan,
        tenders=[Tender(TenderKind.CASH, price)],
        clock=shop.clock,
    )


def _jobs(shop: Shop) -> list[OutboxJob]:
    with shop.db.read() as session:
        return list(
            session.scalars(
                select(OutboxJob).where(OutboxJob.kind == "fulfilment").order_by(OutboxJob.id)
            )
        )


def _dispatcher(shop: Shop, ledger: Ledger, name: str = "d1") -> Dispatcher:
    return Dispatcher(shop.db, name=name, fulfilment={"dtone": ledger}, clock=shop.clock)


@pytest.mark.usefixtures("open_shift")
def test_a_confirmed_job_is_sent_once_and_never_again(shop: Shop, clerk: Clerk) -> None:
    _aggregated(shop)
    done = _sell(shop, clerk)
    ledger = Ledger()
    dispatcher = _dispatcher(shop, ledger)
    assert dispatcher.run_once() == 1
    (job,) = _jobs(shop)
    assert (job.state, job.sends, job.provider_ref) == ("confirmed", 1, f"T-{done.receipt_no}/1")
    shop.clock.advance(hours=1)
    assert dispatcher.run_once() == 0
    assert ledger.applied == Counter({f"{done.receipt_no}/1": 1})
    assert [view.state for view in outbox.jobs_of_sale(shop.db, job.sale_id)] == [
        JobState.CONFIRMED,
        JobState.PENDING,  # the text: no SMS gateway here, it waits
    ]


@pytest.mark.usefixtures("open_shift")
def test_a_lost_answer_is_looked_up_and_never_sent_twice(shop: Shop, clerk: Clerk) -> None:
    _aggregated(shop)
    done = _sell(shop, clerk)
    ledger = Ledger(script=["lost"])
    dispatcher = _dispatcher(shop, ledger)
    dispatcher.run_once()
    (job,) = _jobs(shop)
    assert job.state == "unknown" and "timed out" in job.last_error
    # Not before its back-off: nothing is asked.
    assert dispatcher.run_once() == 0
    shop.clock.advance(seconds=6)
    dispatcher.run_once()
    (job,) = _jobs(shop)
    assert job.state == "confirmed" and job.sends == 1
    reference = f"{done.receipt_no}/1"
    assert ledger.calls == [("submit", reference), ("lookup", reference)]
    assert ledger.applied[reference] == 1


@pytest.mark.usefixtures("open_shift")
def test_a_job_the_provider_never_got_is_sent_again_after_the_lookup(
    shop: Shop, clerk: Clerk
) -> None:
    _aggregated(shop)
    done = _sell(shop, clerk)
    ledger = Ledger(script=["never"])
    dispatcher = _dispatcher(shop, ledger)
    dispatcher.run_once()
    shop.clock.advance(seconds=6)
    dispatcher.run_once()  # the look-up: no record, so back to pending, due now
    assert _jobs(shop)[0].state == "pending"
    dispatcher.run_once()
    (job,) = _jobs(shop)
    reference = f"{done.receipt_no}/1"
    assert ledger.calls == [("submit", reference), ("lookup", reference), ("submit", reference)]
    assert (job.state, job.sends, ledger.applied[reference]) == ("confirmed", 2, 1)


@pytest.mark.usefixtures("open_shift")
def test_a_dispatcher_killed_mid_send_leaves_a_job_that_is_looked_up(
    shop: Shop, clerk: Clerk
) -> None:
    _aggregated(shop)
    done = _sell(shop, clerk)
    ledger = Ledger()
    dying = _dispatcher(shop, ledger, "dying")
    # It claims the job and sends it; the process dies before recording the answer.
    (claimed,) = dying._claim(5)
    ledger.submit(FulfilmentRequest(claimed.reference, claimed.msisdn, claimed.product, 0))
    (job,) = _jobs(shop)
    assert (job.state, job.claimed_by) == ("sending", "dying")
    other = _dispatcher(shop, ledger, "other")
    assert other.run_once() == 0  # the lease still holds: nobody touches it
    shop.clock.advance(seconds=61)
    assert other.run_once() == 1
    (job,) = _jobs(shop)
    reference = f"{done.receipt_no}/1"
    assert ledger.calls == [("submit", reference), ("lookup", reference)]
    assert (job.state, job.sends, ledger.applied[reference]) == ("confirmed", 1, 1)
    # The dead dispatcher's late answer (had it lived) is not recorded over the other's.
    dying._record(claimed, Outcome(Verdict.UNKNOWN))
    assert _jobs(shop)[0].state == "confirmed" and dying.stats.lost_leases == 1


@pytest.mark.usefixtures("open_shift")
def test_a_refusal_waits_as_long_as_the_provider_asked(shop: Shop, clerk: Clerk) -> None:
    _aggregated(shop)
    _sell(shop, clerk)
    ledger = Ledger(script=["refused"])
    dispatcher = _dispatcher(shop, ledger)
    dispatcher.run_once()
    (job,) = _jobs(shop)
    assert job.state == "pending"
    assert (job.next_attempt_at - shop.clock()).total_seconds() == pytest.approx(120)
    shop.clock.advance(seconds=119)
    assert dispatcher.run_once() == 0
    shop.clock.advance(seconds=2)
    dispatcher.run_once()
    assert _jobs(shop)[0].state == "confirmed"


@pytest.mark.usefixtures("open_shift")
def test_an_adapter_that_raises_leaves_the_job_unknown_not_lost(shop: Shop, clerk: Clerk) -> None:
    _aggregated(shop)
    done = _sell(shop, clerk)
    ledger = Ledger(script=["raise"])
    dispatcher = _dispatcher(shop, ledger)
    dispatcher.run_once()
    (job,) = _jobs(shop)
    assert job.state == "unknown" and "ConnectionResetError" in job.last_error
    shop.clock.advance(seconds=6)
    dispatcher.run_once()  # looked up: never applied, so pending again
    dispatcher.run_once()
    assert _jobs(shop)[0].state == "confirmed"
    assert ledger.applied[f"{done.receipt_no}/1"] == 1


@pytest.mark.usefixtures("open_shift")
def test_a_declined_job_waits_for_a_supervisor_and_goes_again_under_a_new_reference(
    shop: Shop, clerk: Clerk
) -> None:
    _aggregated(shop)
    done = _sell(shop, clerk)
    ledger = Ledger(script=["declined"])
    dispatcher = _dispatcher(shop, ledger)
    dispatcher.run_once()
    shop.clock.advance(hours=1)
    assert dispatcher.run_once() == 0  # failed: nothing automatic, nothing refunded
    (listed,) = [view for view in outbox.attention(shop.db) if view.kind.value == "fulfilment"]
    assert listed.state is JobState.FAILED and listed.receipt_no == done.receipt_no
    assert "declined" in listed.last_error and "••" in listed.number
    supervisor = shop.sign_in("supervisor")
    again = outbox.retry(shop.db, supervisor, listed.id, clock=shop.clock)
    assert again.reference == f"{done.receipt_no}/1#2" and again.state is JobState.PENDING
    dispatcher.run_once()
    assert _jobs(shop)[0].state == "confirmed"
    assert ledger.applied == Counter({f"{done.receipt_no}/1#2": 1})
    with pytest.raises(InputError) as settled:
        outbox.retry(shop.db, supervisor, listed.id, clock=shop.clock)
    assert settled.value.code == "outbox.not_retryable"


@pytest.mark.usefixtures("open_shift")
def test_a_manual_job_waits_for_the_clerk_s_carrier_reference(shop: Shop, clerk: Clerk) -> None:
    done = _sell(shop, clerk)  # the demo's carriers: applied by hand
    dispatcher = _dispatcher(shop, Ledger())
    assert dispatcher.run_once() == 0
    (job,) = _jobs(shop)
    assert (job.provider, job.state) == ("manual", "pending")
    assert [view.id for view in outbox.attention(shop.db)] == [job.id]
    with shop.db.read() as session:
        assert outbox.unconfirmed_sales(session) == 1
    for bad in ("", "   ", "x" * 65, "ref\x00"):
        with pytest.raises(InputError) as refused:
            outbox.applied_by_hand(shop.db, clerk, job.id, bad, clock=shop.clock)
        assert refused.value.code == "outbox.carrier_ref"
    view = outbox.applied_by_hand(shop.db, clerk, job.id, " BHM-778812 ", clock=shop.clock)
    assert (view.state, view.provider_ref) == (JobState.CONFIRMED, "BHM-778812")
    assert outbox.attention(shop.db) == []
    with shop.db.read() as session:
        assert outbox.unconfirmed_sales(session) == 0
    assert view.receipt_no == done.receipt_no


@pytest.mark.usefixtures("open_shift")
def test_a_voided_sale_s_unsent_jobs_are_cancelled_and_sent_ones_kept(
    shop: Shop, clerk: Clerk
) -> None:
    _aggregated(shop)
    first = _sell(shop, clerk, 0)
    second = _sell(shop, clerk, 1)
    ledger = Ledger()
    dispatcher = _dispatcher(shop, ledger)
    # The first goes out; then both are voided.
    with shop.db.write() as session:
        job = session.scalars(
            select(OutboxJob).where(OutboxJob.reference == f"{second.receipt_no}/1")
        ).one()
        job.next_attempt_at = shop.clock() + timedelta(hours=1)
    dispatcher.run_once()
    for done in (first, second):
        assert done.receipt_no is not None
        reversals.reverse_sale(
            shop.db,
            clerk,
            shop.counter_id,
            done.receipt_no,
            supervisor_username="supervisor",
            supervisor_password=PASSWORD,
            reason="customer changed their mind",
            clock=shop.clock,
        )
    states = {job.reference: job.state for job in _jobs(shop)}
    assert states == {f"{first.receipt_no}/1": "confirmed", f"{second.receipt_no}/1": "cancelled"}
    shop.clock.advance(hours=2)
    dispatcher.run_once()
    assert ledger.applied == Counter({f"{first.receipt_no}/1": 1})


@pytest.mark.usefixtures("open_shift")
def test_two_dispatchers_at_once_never_send_one_job_twice(shop: Shop, clerk: Clerk) -> None:
    _aggregated(shop)
    sold = [_sell(shop, clerk, number % 12) for number in range(24)]
    ledger = Ledger()
    dispatchers = [_dispatcher(shop, ledger, f"d{n}") for n in range(2)]
    start = threading.Barrier(2)

    def work(dispatcher: Dispatcher) -> None:
        start.wait()
        while dispatcher.run_once(batch=3):
            pass

    threads = [threading.Thread(target=work, args=(d,)) for d in dispatchers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(ledger.applied) == sorted(f"{done.receipt_no}/1" for done in sold)
    assert set(ledger.applied.values()) == {1}
    assert {job.state for job in _jobs(shop)} == {"confirmed"}
    assert sum(d.stats.sends for d in dispatchers) == len(sold)


@pytest.mark.usefixtures("open_shift")
def test_a_supervisor_s_retry_of_an_unknown_text_sends_it_again(shop: Shop, clerk: Clerk) -> None:
    done = _sell(shop, clerk)
    with shop.db.write() as session:
        sms = session.scalars(select(OutboxJob).where(OutboxJob.kind == "sms")).one()
        sms.state, sms.provider_ref, sms.sends = "unknown", "", 1
        job_id = sms.id
    supervisor = shop.sign_in("supervisor")
    again = outbox.retry(shop.db, supervisor, job_id, clock=shop.clock)
    assert (again.state, again.reference) == (JobState.PENDING, f"{done.receipt_no}/sms#2")


@pytest.mark.usefixtures("open_shift")
def test_a_look_up_that_got_no_answer_never_sends_again(shop: Shop, clerk: Clerk) -> None:
    _aggregated(shop)
    done = _sell(shop, clerk)
    reference = f"{done.receipt_no}/1"

    class Silent(Ledger):
        """Its look-ups never get through (refused, 429): a careless adapter says not_sent."""

        def lookup(self, reference: str) -> Outcome:
            self.calls.append(("lookup", reference))
            return Outcome(Verdict.NOT_SENT, reason="connection refused")

    ledger = Silent(script=["lost"])
    dispatcher = _dispatcher(shop, ledger)
    dispatcher.run_once()
    for _ in range(3):
        shop.clock.advance(minutes=11)
        dispatcher.run_once()
    assert ledger.calls == [("submit", reference)] + [("lookup", reference)] * 3
    assert _jobs(shop)[0].state == "unknown" and ledger.applied[reference] == 1
