"""The real Dispatcher, the real DT One adapter, a real local DT One server, real sales:
under each fault, every job reaches DT One exactly once and none is lost.

The server runs with a *leaky duplicate guard* (a replayed reference makes a second
transaction, as one aggregator was seen doing), so any replay by us would show up as a
duplicate in its ledger; only the "duplicate reference" test turns the guard on. The
shop's clock is moved to each job's next due time (backoff, Retry-After, the lease)
instead of waiting. On SQLite and PostgreSQL. ``benchmarks/outbox_dispatch.py`` runs the
same scenarios (``outbox_rig``) with more jobs and prints the fault table.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from counter_app.domain.outbox import LEASE, JobState
from counter_app.domain.staff import Clerk
from counter_app.services.outbox import cancel_unsent
from tests.providers.dtone_server import DtOneServer, hang, running, throttle
from tests.services import outbox_rig
from tests.services.conftest import Shop
from tests.services.outbox_rig import FaultRow, Rig

JOBS = 3


@pytest.fixture
def dtone() -> Iterator[DtOneServer]:
    with running() as server:
        server.leaky_duplicate_guard = True
        yield server
        assert server.errors == []


@pytest.fixture
def rig(shop: Shop, clerk: Clerk, open_shift: object, dtone: DtOneServer) -> Rig:
    made = Rig(shop.db, shop.secret, shop.clock, clerk, shop.counter_id, shop.built.samples, dtone)
    made.use_dtone()
    return made


def _exactly_once(row: FaultRow, *, jobs: int = JOBS, state: JobState = JobState.CONFIRMED) -> None:
    assert row.jobs == jobs
    assert row.duplicates == 0, row
    assert row.lost == 0, row
    assert row.transactions == jobs, row
    assert row.states == {state.value: jobs}, row


def test_without_a_fault_each_sale_is_applied_once(rig: Rig) -> None:
    row = outbox_rig.no_fault(rig, JOBS)
    _exactly_once(row)
    assert row.sends == row.creates == JOBS
    job = rig.jobs()[0]
    (made,) = rig.server.ledger.find(job.reference)
    assert job.provider_ref == str(made.id)
    # The plan's DT One product, the line's number: what the carrier must apply, and where.
    assert str(made.product_id) == job.product == rig.products["BAU-R01"]
    assert made.mobile_number == job.msisdn == rig.samples[0].msisdn


def test_a_timeout_after_dt_one_committed_is_looked_up_not_sent_again(rig: Rig) -> None:
    row = outbox_rig.timeout_after_commit(rig, JOBS)
    _exactly_once(row)
    assert row.sends == row.creates == JOBS  # each job left once; the look-up found it


def test_5xx_before_dt_one_committed_is_looked_up_then_sent_again(rig: Rig) -> None:
    row = outbox_rig.server_errors(rig, JOBS, times=2, commit=False)
    _exactly_once(row)
    # Two answers of 500 each, each looked up and found missing, then sent again.
    assert row.sends == row.creates == 3 * JOBS


def test_5xx_after_dt_one_committed_is_found_by_the_look_up(rig: Rig) -> None:
    row = outbox_rig.server_errors(rig, JOBS, times=1, commit=True)
    _exactly_once(row)
    assert row.sends == row.creates == JOBS


def test_429_waits_as_long_as_dt_one_asks(rig: Rig) -> None:
    (reference,) = rig.sell_renewals(1)
    rig.server.inject(throttle("90"))
    dispatcher = rig.dispatcher()
    sold_at = rig.clock.now
    assert dispatcher.run_once() == 1
    job = rig.job(reference)
    assert job.state == JobState.PENDING.value
    assert (job.next_attempt_at - sold_at).total_seconds() >= 90  # not the 5 s backoff
    rig.clock.advance(seconds=89)
    assert dispatcher.run_once() == 0
    rig.clock.advance(seconds=2)
    rig.settle([dispatcher])
    _exactly_once(rig.tally("429", [reference]), jobs=1)


def test_429_for_every_job_costs_one_more_attempt_and_nothing_else(rig: Rig) -> None:
    row = outbox_rig.throttled(rig, JOBS)
    _exactly_once(row)
    assert row.attempts == row.creates == 2 * JOBS  # the 429s reached DT One's door
    assert row.sends == JOBS  # and were not processed


def test_a_declined_top_up_fails_once_and_is_not_sent_again(rig: Rig) -> None:
    row = outbox_rig.declined(rig, JOBS)
    _exactly_once(row, state=JobState.FAILED)
    assert row.sends == row.creates == JOBS
    reasons = sorted(job.last_error for job in rig.jobs())
    assert reasons == [
        "DT One: DECLINED",
        "DT One: DECLINED-BARRED-CREDIT-PARTY",
        "DT One: DECLINED-BARRED-CREDIT-PARTY",
    ]


def test_a_reference_dt_one_already_holds_is_refused_and_looked_up(rig: Rig) -> None:
    row = outbox_rig.duplicate_reference(rig, JOBS)
    _exactly_once(row)
    assert row.sends == row.creates == JOBS  # refused as used, never made a second time
    assert {job.last_error for job in rig.jobs()} == {"already at DT One"}


def test_dt_one_down_for_minutes_then_back(rig: Rig) -> None:
    row = outbox_rig.down_for_a_while(rig, JOBS, minutes=5)
    _exactly_once(row)
    assert row.sends == row.creates == JOBS  # refused connections never reached it
    assert row.attempts > 3 * JOBS  # we kept trying, with back-off


@pytest.mark.slow
def test_a_dispatcher_killed_between_send_and_record_is_not_sent_again(rig: Rig) -> None:
    row = outbox_rig.killed_mid_send(rig, 1)
    _exactly_once(row, jobs=1)
    assert row.sends == row.creates == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("database_url", "jobs"),
    [("sqlite", 40), pytest.param("postgresql", 300, marks=pytest.mark.postgres)],
    indirect=["database_url"],
)
def test_two_dispatchers_at_once_send_every_reference_once(rig: Rig, jobs: int) -> None:
    row = outbox_rig.two_dispatchers(rig, jobs, sales=20)
    _exactly_once(row, jobs=jobs)
    assert row.sends == row.creates == jobs
    assert rig.server.ledger.duplicates() == {}
    assert "left sent 0" not in row.fault and "right sent 0" not in row.fault, row.fault


def test_the_tally_sees_a_duplicate_and_a_lost_job(rig: Rig) -> None:
    """The fault table's own check can fail: a replay and a job left open are counted."""
    references = rig.sell_renewals(2)
    rig.settle([rig.dispatcher()])
    assert rig.tally("clean", references).duplicates == 0
    rig.server.ledger.seed(references[0], rig.jobs()[0].msisdn)  # a replay we did not make
    rig.sell_renewals(1)
    row = rig.tally("replayed", [*references, rig.jobs()[-1].reference])
    assert (row.duplicates, row.lost) == (1, 2)  # the duplicate, and the job never sent


def test_a_job_whose_lease_ran_out_while_its_batch_was_sent_is_not_sent_by_both(
    rig: Rig,
) -> None:
    """A claims three jobs; the first hangs at DT One past A's lease; B takes the other two
    (their lease is over), finds them missing and sends them. A must not send them too."""
    first, second, third = rig.sell_renewals(3)
    rig.server.inject(hang())
    patient = rig.dispatcher("A", timeout_s=30)
    worker = threading.Thread(target=patient.run_once)
    worker.start()
    try:
        rig.server.ledger.wait_for(first, timeout=30)
        assert rig.server.holding.wait(30)
        rig.clock.advance(seconds=LEASE.total_seconds() + 1)
        other = rig.dispatcher("B")
        other.run_once()  # looks the three up: the first is there, the others are not
        other.run_once()  # sends the other two
        assert rig.server.ledger.count(second) == rig.server.ledger.count(third) == 1
    finally:
        rig.server.release()
        worker.join(timeout=30)
    rig.settle([patient, other])
    row = rig.tally("lease ran out mid-batch", [first, second, third])
    _exactly_once(row)
    assert patient.stats.sends == 1 and other.stats.sends == 2
    assert patient.stats.handed_back == 2  # claimed, then not sent: B had them


def test_jobs_left_in_a_slow_batch_are_handed_back_unsent(rig: Rig) -> None:
    """The first job of a batch takes more than half the lease: the other two are not
    started (an answer might come after the lease) but given back, pending, never sent."""
    first, second, third = rig.sell_renewals(3)
    rig.server.inject(hang())
    slow = rig.dispatcher("A", timeout_s=30)
    worker = threading.Thread(target=slow.run_once)
    worker.start()
    try:
        assert rig.server.holding.wait(30)
        rig.clock.advance(seconds=LEASE.total_seconds() / 2 + 1)
    finally:
        rig.server.release()
        worker.join(timeout=30)
    assert slow.stats.sends == 1 and slow.stats.handed_back == 2
    for reference in (second, third):
        job = rig.job(reference)
        assert (job.state, job.sends, job.attempts, job.claimed_by) == ("pending", 0, 0, "")
        assert rig.server.ledger.creates[reference] == 0
    assert slow.run_once() == 2  # claimable again at once
    rig.settle([slow])
    _exactly_once(rig.tally("handed back", [first, second, third]))


@pytest.mark.parametrize("refusal", ["down", "429"])
def test_a_job_refused_before_it_reached_dt_one_can_still_be_cancelled(
    rig: Rig, refusal: str
) -> None:
    """A connection refused (or a 429) means the top-up never reached DT One: when the sale
    is voided before the next try, its job is cancelled and never sent."""
    (reference,) = rig.sell_renewals(1)
    dispatcher = rig.dispatcher()
    if refusal == "down":
        rig.server.down()
    else:
        rig.server.inject(throttle("5"))
    assert dispatcher.run_once() == 1
    rig.server.up()
    job = rig.job(reference)
    assert (job.state, job.sends) == ("pending", 0)
    with rig.db.write() as session:
        # The top-up and the customer's text (no SMS gateway here: never sent either).
        assert cancel_unsent(session, job.sale_id, rig.clock.now, "voided") == 2
    rig.clock.advance(minutes=10)
    assert dispatcher.run_once() == 0
    assert rig.job(reference).state == "cancelled"
    assert rig.server.ledger.count(reference) == 0
