"""The outbox's fault scenarios: real sales, the real Dispatcher, the real DT One adapter
against the local DT One server; shared by ``test_outbox_faults.py`` and
``benchmarks/outbox_dispatch.py``.

Each scenario sells renewals (or credit top-ups) at the counter with the services a clerk
uses, lets one or more dispatchers work while the server misbehaves in one way, moves the
shop's clock to each job's next due time instead of sleeping, and tallies a
:class:`FaultRow`: jobs, sends (requests our dispatchers let leave), creates the server
received, transactions it holds, **duplicates** (transactions beyond the first under one
reference) and **lost** jobs (a job that did not end in a final state agreeing with the
server's ledger: confirmed with exactly one completed transaction there, or failed with
none completed there).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from counter_app.domain.outbox import LEASE, POLL_SUBMITTED, JobKind, JobState
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.providers.dtone import DtOneProvider
from counter_app.services import demo, identity, keys, sales, shifts, staff
from counter_app.services.demo import SampleLine
from counter_app.services.keys import InstallationSecret
from counter_app.services.outbox import Dispatcher
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Line, OutboxJob, Plan
from counter_app.store.schema import upgrade
from tests.providers.dtone_server import KEY, SECRET, DtOneServer, hang, server_error, throttle
from tests.services.conftest import PASSWORD, MovableClock

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "tests" / "services" / "outbox_worker.py"
PROVIDER = "dtone"
OPEN = (JobState.PENDING, JobState.SENDING, JobState.SUBMITTED, JobState.UNKNOWN)


@dataclass
class Rig:
    """A demo shop with a shift open at one counter, its clock, and the server it sells to."""

    db: Database
    secret: InstallationSecret
    clock: MovableClock
    clerk: Clerk
    counter_id: int
    samples: Sequence[SampleLine]
    server: DtOneServer
    products: dict[str, str] = field(default_factory=dict)

    def use_dtone(self) -> None:
        """Every carrier applies its sales through DT One; every plan has a product id."""
        with self.db.write() as session:
            for carrier in session.scalars(select(Carrier)):
                carrier.fulfilment_provider = PROVIDER
            for plan in session.scalars(select(Plan)):
                plan.provider_product = str(2000 + plan.id)
                self.products[plan.code] = plan.provider_product

    def provider(self, *, timeout_s: float = 2.0) -> DtOneProvider:
        return DtOneProvider(self.server.base_url, KEY, SECRET, timeout_s=timeout_s)

    def dispatcher(self, name: str = "d1", *, timeout_s: float = 2.0) -> Dispatcher:
        return Dispatcher(
            self.db,
            name=name,
            fulfilment={PROVIDER: self.provider(timeout_s=timeout_s)},
            clock=self.clock,
        )

    # -- selling ----------------------------------------------------------------------------

    def renumber(self, sample_no: int, msisdn: str) -> None:
        """Give a sample line another number (a sandbox ending that declines)."""
        with self.db.write() as session:
            line = session.scalars(
                select(Line).where(Line.msisdn == self.samples[sample_no].msisdn)
            ).one()
            line.msisdn = msisdn
        old = self.samples[sample_no]
        samples = list(self.samples)
        samples[sample_no] = SampleLine(
            msisdn, old.card_type, old.expires_on, old.id_type, old.id_number
        )
        self.samples = tuple(samples)

    def _line(self, sample: SampleLine) -> tuple[int, str]:
        """The sample's line, kept active (renewable), and its carrier's code."""
        with self.db.write() as session:
            line = session.scalars(select(Line).where(Line.msisdn == sample.msisdn)).one()
            line.expires_on = self.clock.today + timedelta(days=30)
            carrier = session.get_one(Carrier, line.carrier_id)
            return line.id, carrier.code

    def sell_renewals(self, count: int, *, samples: Sequence[int] | None = None) -> list[str]:
        """*count* one-month renewals with the identity check, paid in cash; the references
        of their fulfilment jobs. *samples* picks the lines (by sample number), in turn."""
        chosen = list(samples) if samples is not None else list(range(len(self.samples)))
        references = []
        for n in range(count):
            sample = self.samples[chosen[n % len(chosen)]]
            line_id, carrier = self._line(sample)
            draft = sales.start_sale(
                self.db,
                self.clerk,
                self.counter_id,
                SaleKind.LINE,
                line_id=line_id,
                clock=self.clock,
            )
            assert identity.check_identity(
                self.db,
                self.clerk,
                self.counter_id,
                draft.uuid,
                line_id=line_id,
                id_type=sample.id_type,
                number=sample.id_number,
                photo_matches=True,
                secret=self.secret,
                clock=self.clock,
            ).matched
            references.append(self._complete(draft.uuid, line_id, f"{carrier[:3]}-R01"))
        return references

    def sell_top_ups(self, count: int) -> list[str]:
        """*count* HK$50 credit top-ups (no identity needed) on the sample lines in turn."""
        references = []
        for n in range(count):
            line_id, carrier = self._line(self.samples[n % len(self.samples)])
            draft = sales.start_sale(
                self.db,
                self.clerk,
                self.counter_id,
                SaleKind.LINE,
                line_id=line_id,
                clock=self.clock,
            )
            references.append(self._complete(draft.uuid, line_id, f"{carrier[:3]}-T050"))
        return references

    def more_jobs_like(self, references: Sequence[str], total: int) -> list[str]:
        """*total* jobs: those of *references* and copies of them as further items of the
        same sales (``…/2``, ``…/3``), written straight into outbox_jobs, so that a test
        can have hundreds of jobs without hundreds of checkouts (~90 ms each on PostgreSQL)."""
        made = list(references)
        with self.db.write() as session:
            originals = session.scalars(
                select(OutboxJob).where(OutboxJob.reference.in_(references))
            ).all()
            item = 2
            while len(made) < total:
                for original in originals:
                    if len(made) == total:
                        break
                    copy = OutboxJob(
                        **{
                            column.key: getattr(original, column.key)
                            for column in OutboxJob.__table__.columns
                            if column.key != "id"
                        }
                    )
                    copy.reference = original.reference.replace("/1", f"/{item}")
                    session.add(copy)
                    made.append(copy.reference)
                item += 1
        return made

    def _complete(self, uuid: str, line_id: int, plan: str) -> str:
        quote = next(
            q for q in sales.quotes(self.db, line_id, today=self.clock.today) if q.plan.code == plan
        )
        done = sales.complete_line_sale(
            self.db,
            self.clerk,
            uuid,
            plan_code=plan,
            tenders=[Tender(TenderKind.CASH, quote.total)],
            clock=self.clock,
        )
        return f"{done.receipt_no}/1"

    # -- reading the outcome ----------------------------------------------------------------

    def jobs(self) -> list[OutboxJob]:
        with self.db.read() as session:
            rows = session.scalars(
                select(OutboxJob)
                .where(OutboxJob.kind == JobKind.FULFILMENT.value, OutboxJob.provider == PROVIDER)
                .order_by(OutboxJob.id)
            ).all()
            session.expunge_all()
            return list(rows)

    def job(self, reference: str) -> OutboxJob:
        return next(job for job in self.jobs() if job.reference == reference)

    def open_jobs(self) -> int:
        with self.db.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(OutboxJob)
                    .where(
                        OutboxJob.provider == PROVIDER,
                        OutboxJob.state.in_([state.value for state in OPEN]),
                    )
                )
                or 0
            )

    def next_due(self) -> datetime | None:
        """When the earliest open job may next be claimed (its lease over, its time come)."""
        moments = []
        for job in self.jobs():
            if JobState(job.state) not in OPEN:
                continue
            due = job.next_attempt_at
            if job.claimed_until is not None:
                due = max(due, job.claimed_until + timedelta(microseconds=1))
            moments.append(due)
        return min(moments) if moments else None

    def settle(self, dispatchers: Sequence[Dispatcher], *, rounds: int = 40) -> None:
        """Let the dispatchers work, moving the clock to each next due time, until no job is
        open (or *rounds* is spent: a job that stays unknown)."""
        for _ in range(rounds):
            worked = sum(dispatcher.run_once() for dispatcher in dispatchers)
            if not self.open_jobs():
                return
            if not worked:
                due = self.next_due()
                if due is not None and due > self.clock.now:
                    self.clock.now = due

    def tally(
        self, fault: str, references: Sequence[str], dispatchers: Sequence[Dispatcher] = ()
    ) -> FaultRow:
        """The row of *references*' jobs; *dispatchers* are the ones that worked on them."""
        jobs = [job for job in self.jobs() if job.reference in set(references)]
        ledger = self.server.ledger
        lost = 0
        for job in jobs:
            made = ledger.find(job.reference)
            completed = [t for t in made if t.status() == "COMPLETED"]
            if job.state == JobState.CONFIRMED.value:
                lost += not (len(made) == 1 and len(completed) == 1)
            elif job.state == JobState.FAILED.value:
                lost += bool(completed)
            else:
                lost += 1
        return FaultRow(
            fault=fault,
            jobs=len(jobs),
            attempts=sum(dispatcher.stats.sends for dispatcher in dispatchers),
            sends=sum(job.sends for job in jobs),
            creates=sum(ledger.creates[job.reference] for job in jobs),
            transactions=sum(ledger.count(job.reference) for job in jobs),
            duplicates=sum(max(ledger.count(job.reference) - 1, 0) for job in jobs),
            lost=lost,
            states=Counter(job.state for job in jobs),
        )


def build_rig(url: str, home: Path, server: DtOneServer, clock: MovableClock) -> Rig:
    """A fresh demo shop (30 lines) at *url*, a shift open at C1, every carrier on DT One;
    what the tests' ``shop`` / ``clerk`` / ``open_shift`` fixtures make, for the benchmark."""
    db = Database(url)
    upgrade(db)
    secret = keys.load_or_create(keys.secret_path(home))
    built = demo.build(db, secret, lines=30, password=PASSWORD, clock=clock)
    context = counter_context(db, "C1")
    assert context is not None
    clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=context.counter_id, clock=clock)
    shifts.open_shift(db, clerk, context.counter_id, 50_000, clock=clock)
    rig = Rig(db, secret, clock, clerk, context.counter_id, built.samples, server)
    rig.use_dtone()
    return rig


@dataclass(frozen=True)
class FaultRow:
    fault: str
    jobs: int
    attempts: int
    sends: int
    creates: int
    transactions: int
    duplicates: int
    lost: int
    states: Counter[str]

    def shown(self) -> str:
        states = ", ".join(f"{state} {n}" for state, n in sorted(self.states.items()))
        return (
            f"| {self.fault} | {self.jobs} | {self.attempts} | {self.sends} | {self.creates} | "
            f"{self.transactions} | {self.duplicates} | {self.lost} | {states} |"
        )


TABLE_HEAD = (
    "| fault | jobs | attempts | sends | creates received | transactions at DT One "
    "| duplicates at DT One | lost | final states |\n|---|---:|---:|---:|---:|---:|---:|---:|---|"
)


# -- the scenarios ----------------------------------------------------------------------------


def no_fault(rig: Rig, jobs: int) -> FaultRow:
    references = rig.sell_renewals(jobs)
    dispatcher = rig.dispatcher()
    rig.settle([dispatcher])
    return rig.tally("none", references, [dispatcher])


def timeout_after_commit(rig: Rig, jobs: int) -> FaultRow:
    """Each create is recorded at DT One, then answered only after our timeout."""
    references = rig.sell_renewals(jobs)
    rig.server.inject(hang(), times=jobs)
    impatient = rig.dispatcher(timeout_s=0.2)
    while impatient.run_once():
        pass
    rig.server.release()
    rig.settle([impatient])
    return rig.tally("timeout after DT One committed", references, [impatient])


def server_errors(rig: Rig, jobs: int, *, times: int = 2, commit: bool = False) -> FaultRow:
    """The first *times* creates of each job answer 5xx (after recording it, with *commit*)."""
    references = rig.sell_renewals(jobs)
    status = 502 if commit else 500
    rig.server.inject(server_error(status, commit=commit), times=times * jobs)
    dispatcher = rig.dispatcher()
    rig.settle([dispatcher])
    what = "after committing" if commit else "before committing"
    return rig.tally(f"{times} x HTTP {status} {what}", references, [dispatcher])


def throttled(rig: Rig, jobs: int, *, retry_after: int = 30) -> FaultRow:
    """DT One answers 429 with Retry-After to each job's first create."""
    references = rig.sell_renewals(jobs)
    rig.server.inject(throttle(str(retry_after)), times=jobs)
    dispatcher = rig.dispatcher()
    rig.settle([dispatcher])
    return rig.tally(f"429, Retry-After {retry_after} s", references, [dispatcher])


def declined(rig: Rig, jobs: int) -> FaultRow:
    """Numbers whose sandbox ending declines (x06: DECLINED, x03: barred)."""
    count = min(jobs, len(rig.samples))
    numbers = [sample.msisdn for sample in rig.samples[:count]]
    for n in range(count):
        rig.renumber(n, f"+852961{n:02d}{'106' if n % 2 else '203'}")
    try:
        references = rig.sell_renewals(jobs, samples=range(count))
        dispatcher = rig.dispatcher()
        rig.settle([dispatcher])
    finally:  # the lines get their numbers back (a shop shared by several scenarios)
        for n, number in enumerate(numbers):
            rig.renumber(n, number)
    return rig.tally("declined by the operator", references, [dispatcher])


def duplicate_reference(rig: Rig, jobs: int) -> FaultRow:
    """DT One already holds each reference (our record of sending it was lost: a restored
    backup); its duplicate guard refuses the create, the adapter looks it up."""
    references = rig.sell_renewals(jobs)
    for reference in references:
        rig.server.ledger.seed(reference, rig.job(reference).msisdn)
    guard = rig.server.leaky_duplicate_guard
    rig.server.leaky_duplicate_guard = False
    dispatcher = rig.dispatcher()
    try:
        rig.settle([dispatcher])
    finally:
        rig.server.leaky_duplicate_guard = guard
    return rig.tally("duplicate reference refused", references, [dispatcher])


def down_for_a_while(rig: Rig, jobs: int, *, minutes: int = 5) -> FaultRow:
    """The server's port is closed for *minutes* of the shop's clock, then open again."""
    references = rig.sell_renewals(jobs)
    dispatcher = rig.dispatcher()
    back_at = rig.clock.now + timedelta(minutes=minutes)
    rig.server.down()
    try:
        while rig.clock.now < back_at:
            dispatcher.run_once()
            due = rig.next_due()
            assert due is not None
            rig.clock.now = max(due, rig.clock.now + timedelta(seconds=1))
    finally:
        rig.server.up()
    rig.settle([dispatcher])
    return rig.tally(f"DT One down {minutes} min, then back", references, [dispatcher])


def killed_mid_send(rig: Rig, jobs: int = 1) -> FaultRow:
    """A dispatcher PROCESS is killed (SIGKILL) after its create reached DT One and before
    it recorded the answer; a fresh dispatcher takes the job once the lease has run out."""
    references = rig.sell_renewals(jobs)
    for reference in references:
        rig.server.inject(hang())
        worker = start_worker(rig, name="doomed")
        try:
            rig.server.ledger.wait_for(reference, timeout=60)
            assert rig.server.holding.wait(60)
            sending = rig.job(reference)
            assert (sending.state, sending.claimed_by) == (JobState.SENDING.value, "doomed")
        finally:
            os.kill(worker.pid, signal.SIGKILL)
            _, errors = worker.communicate(timeout=60)
        assert worker.returncode == -signal.SIGKILL, errors
        rig.server.release()
    fresh = rig.dispatcher("fresh")
    assert fresh.run_once() == 0, "the dead dispatcher's lease still holds the job"
    rig.clock.advance(seconds=LEASE.total_seconds() + 1)
    rig.settle([fresh])
    assert fresh.stats.sends == 0, "a job that may have reached DT One was sent again"
    row = rig.tally("kill -9 of a dispatcher between send and record", references, [fresh])
    # The killed processes' own attempts: one each (they claimed one job and were killed).
    return FaultRow(**{**row.__dict__, "attempts": row.attempts + len(references)})


def start_worker(rig: Rig, *, name: str) -> subprocess.Popen[str]:
    """A dispatcher in a process of its own, at the shop clock's time, with a long timeout."""
    environment = dict(os.environ)
    environment["COUNTER_TEST_DTONE_KEY"] = KEY
    environment["COUNTER_TEST_DTONE_SECRET"] = SECRET
    return subprocess.Popen(
        [
            sys.executable,
            str(WORKER),
            f"--database-url={rig.db.url}",
            f"--base-url={rig.server.base_url}",
            f"--now={rig.clock.now.isoformat()}",
            f"--name={name}",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def two_dispatchers(rig: Rig, jobs: int, *, sales: int | None = None) -> FaultRow:
    """Two dispatchers (threads, each with its own connections) over the same jobs at once;
    *sales* real top-ups (all *jobs* by default), the rest further items of those sales."""
    references = rig.more_jobs_like(rig.sell_top_ups(sales or jobs), jobs)
    dispatchers = [rig.dispatcher("left"), rig.dispatcher("right")]
    start = threading.Barrier(len(dispatchers))
    failures: list[BaseException] = []

    def work(dispatcher: Dispatcher) -> None:
        try:
            start.wait(timeout=30)
            while dispatcher.run_once(batch=10):
                pass
        except BaseException as exc:  # reported by the caller
            failures.append(exc)

    for _ in range(4):  # send, then poll: each pass advances the clock past the poll time
        threads = [threading.Thread(target=work, args=(d,)) for d in dispatchers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not failures, failures
        if not rig.open_jobs():
            break
        rig.clock.advance(seconds=POLL_SUBMITTED.total_seconds() + 1)
    row = rig.tally("two dispatchers at once", references, dispatchers)
    return FaultRow(**{**row.__dict__, "fault": f"two dispatchers at once ({_split(dispatchers)})"})


def _split(dispatchers: Sequence[Dispatcher]) -> str:
    return " / ".join(f"{d.name} sent {d.stats.sends}" for d in dispatchers)
