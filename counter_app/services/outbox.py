"""The outbox: jobs written with the sale, sent exactly once by a dispatcher.

A sale's transaction calls :func:`queue_line_sale` / :func:`queue_new_sim`; a
:class:`Dispatcher` (in the counter window's background, or ``counter-app outbox run`` on
a shop's server) claims due jobs, hands each to its provider and records the answer.

Exactly once, step by step:

1. *Claim* (one short transaction): due jobs are selected ``FOR UPDATE SKIP LOCKED``
   (SQLite: the write transaction is ``BEGIN IMMEDIATE``, one writer at a time), and each
   gets this dispatcher's name and a lease. A job to be *sent* is marked ``sending`` and
   its ``sends`` counted before the request leaves: a dispatcher killed between sending
   and recording leaves a ``sending`` job, never a ``pending`` one.
2. *Call* the provider, outside any transaction, only while at least half of the lease is
   left (so an adapter's timeout must stay under half the lease: DT One's 10 s against
   60 s); a job of the batch whose lease ran short is handed back unsent, since another
   dispatcher could take it over while its request was still on the way.
3. *Record* the answer (another short transaction), only while the lease is still ours.

A job that may already have reached the provider (``unknown``, ``submitted``, or
``sending`` past its lease) is *looked up* at the provider first; it is sent again only
when the provider has no record of our reference. Nothing is refunded automatically: a
job that stays ``failed`` or ``unknown`` is listed for a supervisor
(:func:`attention`), who retries it, records it as applied by hand, or refunds the sale.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final, cast

from sqlalchemy import Table, and_, func, insert, or_, select
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import Clock, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.money import format_money
from counter_app.domain.outbox import (
    ATTENTION_STATES,
    LEASE,
    MANUAL,
    POLL_SUBMITTED,
    JobKind,
    JobState,
    Outcome,
    Verdict,
    backoff,
    needs_lookup,
    sms_text,
    state_after,
)
from counter_app.domain.phones import mask_msisdn
from counter_app.domain.staff import Clerk
from counter_app.providers.base import (
    FulfilmentProvider,
    FulfilmentRequest,
    SmsGateway,
    SmsRequest,
)
from counter_app.services import audit, permissions
from counter_app.services.permissions import Action
from counter_app.services.shop_settings import text_settings
from counter_app.store.engine import Database
from counter_app.store.models import (
    Carrier,
    Counter,
    Line,
    OutboxJob,
    Plan,
    Sale,
    SaleItem,
    Shop,
)

SMS_PROVIDER: Final = "sms"
# How many jobs one claim takes: small, so that several dispatchers share the work.
CLAIM_BATCH: Final = 20
_REASON_LENGTH: Final = 300


# --- written with the sale ---------------------------------------------------------------


_JOBS = cast(Table, OutboxJob.__table__)
# Built once: every line sale inserts its two jobs with it, in one statement (Core, not the
# ORM's unit of work: nothing in the sale's transaction reads the jobs back).
_INSERT_JOBS: Final = insert(_JOBS)


def _job(
    sale: Sale,
    *,
    reference: str,
    kind: JobKind,
    provider: str,
    msisdn: str,
    now: datetime,
    item: SaleItem | None = None,
    carrier_id: int | None = None,
    product: str = "",
    amount: int = 0,
    body: str = "",
) -> dict[str, Any]:
    """A new job's row, every column given (the jobs of a sale are one multi-row INSERT)."""
    return {
        "reference": reference,
        "kind": kind.value,
        "provider": provider,
        "sale_id": sale.id,
        "sale_item_id": item.id if item is not None else None,
        "carrier_id": carrier_id,
        "msisdn": msisdn,
        "product": product,
        "amount": amount,
        "body": body,
        "state": JobState.PENDING.value,
        "attempts": 0,
        "sends": 0,
        "next_attempt_at": now,
        "claimed_by": "",
        "claimed_until": None,
        "provider_ref": "",
        "last_error": "",
        "resolved_by": None,
        "created_at": now,
        "updated_at": now,
        "finished_at": None,
    }


def fulfilment_job(
    sale: Sale,
    item: SaleItem,
    *,
    carrier: Carrier,
    msisdn: str,
    plan: Plan | None,
    now: datetime,
) -> dict[str, Any]:
    """The job by which the carrier must apply *item* (a renewal, top-up, data add-on or
    activation), to insert with :func:`queue_jobs`.

    It goes to the carrier's provider when the plan has that provider's product, else to
    the clerk (``manual``: applied on the carrier's dealer portal).
    """
    if sale.receipt_no is None:
        raise RuntimeError("queue a job once the sale has its receipt number")
    product = plan.provider_product if plan is not None else ""
    provider = carrier.fulfilment_provider if product else MANUAL
    return _job(
        sale,
        reference=f"{sale.receipt_no}/{sale.items.index(item) + 1}",
        kind=JobKind.FULFILMENT,
        provider=provider or MANUAL,
        msisdn=msisdn,
        now=now,
        item=item,
        carrier_id=carrier.id,
        product=product,
        amount=item.amount,
    )


def sms_job(sale: Sale, *, msisdn: str, body: str, now: datetime) -> dict[str, Any]:
    """The customer's confirmation text (sent by whichever gateway the dispatcher has)."""
    if sale.receipt_no is None:
        raise RuntimeError("queue a job once the sale has its receipt number")
    return _job(
        sale,
        reference=f"{sale.receipt_no}/sms",
        kind=JobKind.SMS,
        provider=SMS_PROVIDER,
        msisdn=msisdn,
        now=now,
        body=body[:500],
    )


def queue_jobs(session: Session, jobs: list[dict[str, Any]]) -> None:
    """Insert *jobs* in the caller's transaction, in one statement."""
    if jobs:
        session.execute(_INSERT_JOBS, jobs)


def queue_line_jobs(
    session: Session,
    sale: Sale,
    *,
    line: Line,
    plan: Plan,
    now: datetime,
    shop: Shop | None = None,
) -> None:
    """A completed line sale's jobs: the carrier applies its item, the customer gets a text.

    Call it from :func:`~counter_app.services.checkout.finish_sale`'s *jobs* (the receipt
    number and the item's id exist, the line holds its new expiry and balance). *shop* is
    the sale's shop when the caller has it.
    """
    item = sale.items[0]
    carrier = session.get_one(Carrier, line.carrier_id)
    if shop is None:
        shop = session.scalars(
            select(Shop).join(Counter).where(Counter.id == sale.counter_id)
        ).one()
    settings = text_settings(session, shop.id)
    renewal = plan.kind == "renewal" or plan.months > 0
    body = sms_text(
        shop_zh=shop.name_zh,
        shop_en=shop.name_en,
        number=mask_msisdn(line.msisdn),
        item_zh=item.name_zh,
        item_en=item.name_en,
        expires_on=line.expires_on.isoformat() if renewal else "",
        balance="" if renewal else format_money(line.balance),
        receipt_no=sale.receipt_no or "",
        hotline=settings.hotline,
        simplified=settings.simplified,
    )
    queue_jobs(
        session,
        [
            fulfilment_job(sale, item, carrier=carrier, msisdn=line.msisdn, plan=plan, now=now),
            sms_job(sale, msisdn=line.msisdn, body=body, now=now),
        ],
    )


def cancel_unsent(session: Session, sale_id: int, now: datetime, reason: str) -> int:
    """A voided or refunded sale's jobs that never left: they must not be sent now.

    Jobs already handed to a provider are left as they are (what the carrier applied,
    a person must ask the carrier to take back). Returns how many were cancelled.
    """
    jobs = session.scalars(
        select(OutboxJob)
        .where(OutboxJob.sale_id == sale_id, OutboxJob.state == JobState.PENDING.value)
        .where(OutboxJob.sends == 0)
        .with_for_update()
    ).all()
    for job in jobs:
        job.state = JobState.CANCELLED.value
        job.last_error = reason[:_REASON_LENGTH]
        job.updated_at = now
        job.finished_at = now
    return len(jobs)


# --- what people see ---------------------------------------------------------------------


@dataclass(frozen=True)
class JobView:
    """One job as the screens show it (the number masked)."""

    id: int
    sale_id: int
    receipt_no: str
    reference: str
    kind: JobKind
    provider: str
    state: JobState
    number: str
    item: str  # its English name (the Chinese one when it has none)
    amount: int
    attempts: int
    provider_ref: str
    last_error: str
    created_at: datetime
    updated_at: datetime
    item_zh: str = ""  # its Chinese name (the English one when it has none)


def _view(job: OutboxJob, receipt_no: str, item_name: str, item_zh: str = "") -> JobView:
    return JobView(
        id=job.id,
        sale_id=job.sale_id,
        receipt_no=receipt_no,
        reference=job.reference,
        kind=JobKind(job.kind),
        provider=job.provider,
        state=JobState(job.state),
        number=mask_msisdn(job.msisdn),
        item=item_name,
        amount=job.amount,
        attempts=job.attempts,
        provider_ref=job.provider_ref,
        last_error=job.last_error,
        created_at=job.created_at,
        updated_at=job.updated_at,
        item_zh=item_zh,
    )


def _views(session: Session, jobs: Sequence[OutboxJob]) -> list[JobView]:
    sale_ids = {job.sale_id for job in jobs}
    receipts = {
        row.id: row.receipt_no
        for row in session.execute(select(Sale.id, Sale.receipt_no).where(Sale.id.in_(sale_ids)))
    }
    item_ids = {job.sale_item_id for job in jobs if job.sale_item_id is not None}
    names = {
        row.id: (row.name_zh, row.name_en)
        for row in session.execute(
            select(SaleItem.id, SaleItem.name_zh, SaleItem.name_en).where(SaleItem.id.in_(item_ids))
        )
    }
    shown = []
    for job in jobs:
        zh, en = names.get(job.sale_item_id or 0, ("", ""))
        shown.append(_view(job, receipts.get(job.sale_id) or "", en or zh, zh or en))
    return shown


def sale_jobs(session: Session, sale_id: int) -> list[JobView]:
    """A sale's jobs, fulfilment first, in *session* (a sale's details read with them)."""
    jobs = session.scalars(
        select(OutboxJob).where(OutboxJob.sale_id == sale_id).order_by(OutboxJob.id)
    ).all()
    return sorted(_views(session, jobs), key=lambda view: view.kind is JobKind.SMS)


def jobs_of_sale(db: Database, sale_id: int) -> list[JobView]:
    """A sale's jobs, fulfilment first."""
    with db.read() as session:
        return sale_jobs(session, sale_id)


def jobs_of_receipt(db: Database, receipt_no: str) -> list[JobView]:
    """The jobs of the sale with *receipt_no*, fulfilment first (none: an empty list)."""
    with db.read() as session:
        sale_id = session.scalar(select(Sale.id).where(Sale.receipt_no == receipt_no))
        return [] if sale_id is None else sale_jobs(session, sale_id)


def attention(db: Database, *, limit: int = 500) -> list[JobView]:
    """Jobs a person must look at: failed, unknown, and manual ones not applied yet."""
    with db.read() as session:
        jobs = session.scalars(
            select(OutboxJob)
            .where(
                or_(
                    OutboxJob.state.in_([state.value for state in ATTENTION_STATES]),
                    and_(
                        OutboxJob.provider == MANUAL,
                        OutboxJob.state == JobState.PENDING.value,
                    ),
                )
            )
            .order_by(OutboxJob.created_at, OutboxJob.id)
            .limit(limit)
        ).all()
        return _views(session, jobs)


def counts(db: Database) -> dict[tuple[str, str], int]:
    """How many jobs of each (kind, state)."""
    with db.read() as session:
        rows = session.execute(
            select(OutboxJob.kind, OutboxJob.state, func.count(OutboxJob.id)).group_by(
                OutboxJob.kind, OutboxJob.state
            )
        )
        return {(kind, state): int(count) for kind, state, count in rows}


def unconfirmed_sales(session: Session, *, shift_id: int | None = None) -> int:
    """Completed sales with a fulfilment job the carrier has not confirmed (X / Z report)."""
    query = (
        select(func.count(func.distinct(OutboxJob.sale_id)))
        .join(Sale, Sale.id == OutboxJob.sale_id)
        .where(
            OutboxJob.kind == JobKind.FULFILMENT.value,
            OutboxJob.state.not_in([JobState.CONFIRMED.value, JobState.CANCELLED.value]),
            Sale.state == "completed",
        )
    )
    if shift_id is not None:
        query = query.where(Sale.shift_id == shift_id)
    return int(session.scalar(query) or 0)


def _locked_job(session: Session, job_id: int) -> OutboxJob:
    job = session.scalars(select(OutboxJob).where(OutboxJob.id == job_id).with_for_update()).first()
    if job is None:
        raise NotFound(f"there is no outbox job {job_id}", code=ErrorCode.OUTBOX_JOB_UNKNOWN)
    return job


def retry(db: Database, actor: Clerk, job_id: int, *, clock: Clock = system_clock) -> JobView:
    """Try a failed or unknown job again now.

    An unknown top-up is still looked up before it is sent. A failed job was refused by the
    provider, which will refuse our reference again as a duplicate: it goes out under a
    new reference (``…/1#2``), and the old one stays in the job's error text. An unknown
    text goes out again the same way (see below).
    """
    permissions.require(actor, Action.OUTBOX_RESOLVE)
    now = clock()
    with db.write() as session:
        job = _locked_job(session, job_id)
        state = JobState(job.state)
        if state not in ATTENTION_STATES and not (
            job.provider != MANUAL and state is JobState.PENDING
        ):
            raise InputError(
                "only a failed or unknown job can be tried again",
                code=ErrorCode.OUTBOX_NOT_RETRYABLE,
            )
        # A text that stayed unknown cannot be looked up without the gateway's message id
        # (the very answer that was lost): the supervisor's retry sends it again, as a
        # failed job is (a second text costs little; a second top-up is money lost).
        if state is JobState.FAILED or (
            state is JobState.UNKNOWN and job.kind == JobKind.SMS.value
        ):
            base, _, generation = job.reference.partition("#")
            previous = job.reference
            job.reference = f"{base}#{int(generation or 1) + 1}"
            job.last_error = f"retried after: {job.last_error}"[:_REASON_LENGTH]
            job.state = JobState.PENDING.value
            job.provider_ref = ""
        else:
            previous = job.reference
        job.next_attempt_at = now
        job.updated_at = now
        job.finished_at = None
        session.flush()
        audit.record(
            session,
            "outbox.retry",
            occurred_at=now,
            staff_id=actor.id,
            subject=previous,
            details={"job": job.id, "state": state.value, "reference": job.reference},
        )
        return _views(session, [job])[0]


def applied_by_hand(
    db: Database, actor: Clerk, job_id: int, carrier_ref: str, *, clock: Clock = system_clock
) -> JobView:
    """The clerk applied the job on the carrier's portal: record the carrier's reference."""
    permissions.require(actor, Action.OUTBOX_APPLY)
    now = clock()
    carrier_ref = carrier_ref.strip()
    if not carrier_ref or len(carrier_ref) > 64 or not carrier_ref.isprintable():
        raise InputError(
            "type the carrier's reference for this top-up (up to 64 characters)",
            code=ErrorCode.OUTBOX_CARRIER_REF,
        )
    with db.write() as session:
        job = _locked_job(session, job_id)
        if job.kind != JobKind.FULFILMENT.value or job.state in (
            JobState.CONFIRMED.value,
            JobState.CANCELLED.value,
        ):
            raise InputError("this job is already settled", code=ErrorCode.OUTBOX_NOT_RETRYABLE)
        was = job.state
        job.state = JobState.CONFIRMED.value
        job.provider_ref = carrier_ref
        job.resolved_by = actor.id
        job.updated_at = now
        job.finished_at = now
        session.flush()
        audit.record(
            session,
            "outbox.applied_by_hand",
            occurred_at=now,
            staff_id=actor.id,
            subject=job.reference,
            details={"job": job.id, "was": was, "carrier_ref": carrier_ref},
        )
        return _views(session, [job])[0]


# --- the dispatcher ----------------------------------------------------------------------


class RateLimit:
    """At most *per_second* calls a second to one provider (a token bucket of one)."""

    def __init__(self, per_second: float, sleep: Callable[[float], None] = time.sleep) -> None:
        self._interval = 1.0 / per_second if per_second > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()
        self._sleep = sleep

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now:
            self._sleep(start - now)


@dataclass(frozen=True)
class _Claimed:
    """A claimed job as plain data: what to do with it, outside any transaction."""

    id: int
    kind: JobKind
    provider: str
    lookup: bool
    reference: str
    msisdn: str
    product: str
    amount: int
    body: str
    provider_ref: str
    claimed_until: datetime
    was: JobState = JobState.PENDING  # its state when claimed


@dataclass
class DispatchStats:
    """What one dispatcher did (for the log, the benchmark and the fault tests)."""

    sends: int = 0
    lookups: int = 0
    recorded: dict[str, int] = field(default_factory=dict)
    lost_leases: int = 0
    handed_back: int = 0  # claimed, then given up unsent: their lease ran short


class Dispatcher:
    """Sends due jobs to their providers; safe to run several at once on PostgreSQL.

    *fulfilment* maps a provider's name (a carrier's ``fulfilment_provider``) to its
    adapter; jobs of a provider it lacks wait for a dispatcher that has it. *sms* is the
    gateway, or None (texts wait). *name* identifies this dispatcher in the jobs it claims.
    """

    def __init__(
        self,
        db: Database,
        *,
        name: str,
        fulfilment: Mapping[str, FulfilmentProvider],
        sms: SmsGateway | None = None,
        rate_limits: Mapping[str, float] | None = None,
        clock: Clock = system_clock,
        lease: timedelta = LEASE,
    ) -> None:
        self.db = db
        self.name = name[:64]
        self.fulfilment = dict(fulfilment)
        self.sms = sms
        self.clock = clock
        self.lease = lease
        self.stats = DispatchStats()
        self._limits = {key: RateLimit(value) for key, value in (rate_limits or {}).items()}

    # -- one round --

    def run_once(self, batch: int = CLAIM_BATCH) -> int:
        """Claim up to *batch* due jobs, work each, record the answers; how many were worked."""
        if self.sms is not None:
            self._record_receipts()
        claimed = self._claim(batch)
        for job in claimed:
            if self.clock() >= job.claimed_until - self.lease / 2:
                # Slow calls ate the batch's lease: another dispatcher may take this job
                # before an answer could come back, so it is handed back, not sent.
                self._hand_back(job)
                continue
            outcome = self._call(job)
            self._record(job, outcome)
        return len(claimed)

    def run(self, stop: threading.Event, *, idle_s: float = 1.0) -> None:
        """Work until *stop* is set, resting *idle_s* whenever nothing was due."""
        log.outbox.info("outbox dispatcher %s started", self.name)
        while not stop.is_set():
            try:
                worked = self.run_once()
            except Exception:
                log.outbox.exception("outbox dispatcher %s: a round failed", self.name)
                worked = 0
            if not worked:
                stop.wait(idle_s)
        log.outbox.info("outbox dispatcher %s stopped", self.name)

    # -- the three steps --

    def _providers(self) -> list[str]:
        names = [name for name in self.fulfilment if name != MANUAL]
        if self.sms is not None:
            names.append(SMS_PROVIDER)
        return names

    def _claim(self, batch: int) -> list[_Claimed]:
        providers = self._providers()
        if not providers:
            return []
        now = self.clock()
        with self.db.write() as session:
            jobs = session.scalars(
                select(OutboxJob)
                .where(
                    OutboxJob.provider.in_(providers),
                    OutboxJob.next_attempt_at <= now,
                    or_(
                        OutboxJob.state.in_(
                            [
                                JobState.PENDING.value,
                                JobState.SUBMITTED.value,
                                JobState.UNKNOWN.value,
                            ]
                        ),
                        # A dispatcher that died mid-send: its lease ran out.
                        and_(
                            OutboxJob.state == JobState.SENDING.value,
                            OutboxJob.claimed_until < now,
                        ),
                    ),
                    or_(OutboxJob.claimed_until.is_(None), OutboxJob.claimed_until < now),
                )
                .order_by(OutboxJob.next_attempt_at, OutboxJob.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            ).all()
            claimed = []
            for job in jobs:
                was = JobState(job.state)
                lookup = needs_lookup(was)
                job.claimed_by = self.name
                job.claimed_until = now + self.lease
                job.attempts += 1
                job.updated_at = now
                if not lookup:
                    # Marked before the request leaves: a crash from here on is "sending",
                    # which is looked up, never sent blindly.
                    job.state = JobState.SENDING.value
                    job.sends += 1
                claimed.append(
                    _Claimed(
                        id=job.id,
                        kind=JobKind(job.kind),
                        provider=job.provider,
                        lookup=lookup,
                        reference=job.reference,
                        msisdn=job.msisdn,
                        product=job.product,
                        amount=job.amount,
                        body=job.body,
                        provider_ref=job.provider_ref,
                        claimed_until=now + self.lease,
                        was=was,
                    )
                )
            return claimed

    def _call(self, job: _Claimed) -> Outcome:
        limit = self._limits.get(job.provider)
        if limit is not None:
            limit.wait()
        try:
            if job.kind is JobKind.SMS:
                gateway = self.sms
                if gateway is None:
                    raise RuntimeError("an SMS job was claimed without a gateway")
                if job.lookup:
                    self.stats.lookups += 1
                    return gateway.lookup(job.reference, job.provider_ref)
                self.stats.sends += 1
                return gateway.send(SmsRequest(job.reference, job.msisdn, job.body))
            provider = self.fulfilment[job.provider]
            if job.lookup:
                self.stats.lookups += 1
                return provider.lookup(job.reference)
            self.stats.sends += 1
            return provider.submit(
                FulfilmentRequest(job.reference, job.msisdn, job.product, job.amount)
            )
        except Exception as exc:
            log.outbox.exception("outbox %s: %s raised", job.reference, job.provider)
            # A send that raised may have left: unknown. A look-up that raised changes
            # nothing we know: still unknown.
            return Outcome(Verdict.UNKNOWN, reason=f"{type(exc).__name__}: {exc}")

    def _hand_back(self, job: _Claimed) -> None:
        """Give up a claimed job before calling its provider: it never left."""
        self.stats.handed_back += 1
        now = self.clock()
        with self.db.write() as session:
            row = _locked_job(session, job.id)
            if row.claimed_by != self.name:
                return  # another dispatcher has taken it over already
            if not job.lookup:
                row.state = JobState.PENDING.value
                row.sends -= 1
            row.attempts -= 1
            row.claimed_by = ""
            # A lease already over: claimable again at once, whatever the state.
            row.claimed_until = now - timedelta(microseconds=1)
            row.updated_at = now

    def _record(self, job: _Claimed, outcome: Outcome) -> None:
        now = self.clock()
        with self.db.write() as session:
            row = _locked_job(session, job.id)
            if row.claimed_by != self.name:
                # Our lease ran out and another dispatcher took the job: it looks it up.
                self.stats.lost_leases += 1
                log.outbox.warning("outbox %s: lease lost before recording", job.reference)
                return
            state = state_after(outcome.verdict)
            if job.lookup and outcome.verdict in (Verdict.NOT_SENT, Verdict.UNKNOWN):
                # A look-up that got no answer tells nothing new: never "send it again". A job
                # the provider had stays submitted; any other stays unknown.
                state = JobState.SUBMITTED if job.was is JobState.SUBMITTED else JobState.UNKNOWN
            row.state = state.value
            if outcome.verdict is Verdict.NOT_SENT and not job.lookup:
                # It never reached the provider: a void may still cancel it (sends == 0).
                row.sends = max(row.sends - 1, 0)
            row.claimed_by = ""
            row.claimed_until = None
            row.updated_at = now
            if outcome.provider_ref:
                row.provider_ref = outcome.provider_ref[:64]
            if outcome.reason or state is not JobState.CONFIRMED:
                row.last_error = outcome.reason[:_REASON_LENGTH]
            if state in (JobState.CONFIRMED, JobState.FAILED):
                row.finished_at = now
            elif state is JobState.SUBMITTED:
                row.next_attempt_at = now + max(POLL_SUBMITTED, backoff(row.attempts))
            elif outcome.verdict is Verdict.NOT_FOUND:
                row.next_attempt_at = now  # the provider never got it: send it now
            else:
                wait = backoff(row.attempts)
                if outcome.retry_after_s is not None:
                    wait = max(wait, timedelta(seconds=outcome.retry_after_s))
                row.next_attempt_at = now + wait
        self.stats.recorded[state.value] = self.stats.recorded.get(state.value, 0) + 1

    def _record_receipts(self) -> None:
        """Delivery reports the SMS gateway received: each settles its text's job."""
        gateway = self.sms
        receipts = getattr(gateway, "receipts", None)
        if gateway is None or receipts is None:
            return
        arrived: list[tuple[str, Outcome]] = receipts()
        if not arrived:
            return
        now = self.clock()
        with self.db.write() as session:
            for provider_ref, outcome in arrived:
                row = session.scalars(
                    select(OutboxJob)
                    .where(
                        OutboxJob.kind == JobKind.SMS.value,
                        OutboxJob.provider_ref == provider_ref,
                    )
                    .with_for_update()
                ).first()
                if row is None or row.state not in (
                    JobState.SUBMITTED.value,
                    JobState.UNKNOWN.value,
                ):
                    continue
                state = state_after(outcome.verdict)
                if state in (JobState.CONFIRMED, JobState.FAILED):
                    row.state = state.value
                    row.last_error = outcome.reason[:_REASON_LENGTH]
                    row.updated_at = now
                    row.finished_at = now
