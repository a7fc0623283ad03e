"""What happened to a sale outside, in the clerk's words: the carrier's job and the text's.

One place for the done page, the history's details and the back office's outbox tab, so
that each says the same thing of the same state. Numbers come masked from the service.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from counter_app.domain.outbox import FINAL_STATES, MANUAL, NO_SMS, JobKind, JobState
from counter_app.gui.i18n import language_switcher
from counter_app.services.outbox import JobView


class Tone(StrEnum):
    """How a job's line looks: done, waiting, the clerk must act, or a problem."""

    DONE = "done"
    WAITING = "waiting"
    ACT = "act"
    PROBLEM = "problem"


def applied_by_hand_wanted(job: JobView) -> bool:
    """A carrier's job the clerk applies on the carrier's portal, not applied yet."""
    return (
        job.kind is JobKind.FULFILMENT and job.provider == MANUAL and job.state is JobState.PENDING
    )


def settled(jobs: list[JobView]) -> bool:
    """Whether none of *jobs* can change any more by itself (nothing left to watch)."""
    return all(job.state in FINAL_STATES for job in jobs)


def item_name(job: JobView) -> str:
    """The item the job is for, in the window's language."""
    if language_switcher().language == "en":
        return job.item or job.item_zh
    return job.item_zh or job.item


def kind_name(kind: JobKind) -> str:
    return {
        JobKind.FULFILMENT: QCoreApplication.translate("OutboxText", "Carrier"),
        JobKind.SMS: QCoreApplication.translate("OutboxText", "SMS"),
    }[kind]


def provider_name(provider: str) -> str:
    """Who does the job: the clerk by hand, an aggregator, the SMS gateway."""
    if provider == MANUAL:
        return QCoreApplication.translate("OutboxText", "by hand")
    if provider == "dtone":
        return "DT One"
    if provider == "sms":
        return QCoreApplication.translate("OutboxText", "SMS gateway")
    return provider


def state_name(job: JobView) -> str:
    """A job's state in a list (the history's details, the outbox tab)."""
    if applied_by_hand_wanted(job):
        return QCoreApplication.translate("OutboxText", "To apply on the carrier's portal")
    return {
        JobState.PENDING: QCoreApplication.translate("OutboxText", "Waiting to be sent"),
        JobState.SENDING: QCoreApplication.translate("OutboxText", "Being sent"),
        JobState.SUBMITTED: QCoreApplication.translate(
            "OutboxText", "Sent, waiting for the answer"
        ),
        JobState.CONFIRMED: QCoreApplication.translate("OutboxText", "Confirmed"),
        JobState.FAILED: QCoreApplication.translate("OutboxText", "Failed"),
        JobState.UNKNOWN: QCoreApplication.translate("OutboxText", "Not known: to check"),
        JobState.CANCELLED: QCoreApplication.translate("OutboxText", "Cancelled"),
    }[job.state]


def carrier_line(job: JobView) -> tuple[str, Tone]:
    """The done page's line for the carrier's job, and how it looks."""
    if job.state is JobState.CONFIRMED and job.provider == MANUAL:
        return (
            QCoreApplication.translate(
                "OutboxText", "Applied on the carrier's portal ✓ (carrier's reference {reference})"
            ).format(reference=job.provider_ref),
            Tone.DONE,
        )
    if applied_by_hand_wanted(job):
        return (
            # The field under it is the carrier's reference: this line stays one line.
            QCoreApplication.translate("OutboxText", "Apply it on the carrier's portal."),
            Tone.ACT,
        )
    lines = {
        JobState.CONFIRMED: (
            QCoreApplication.translate("OutboxText", "Sent to the carrier ✓"),
            Tone.DONE,
        ),
        JobState.FAILED: (
            QCoreApplication.translate(
                "OutboxText",
                "Failed — call the supervisor: in the back office's Outbox tab they try it "
                "again or refund the sale.",
            ),
            Tone.PROBLEM,
        ),
        JobState.UNKNOWN: (
            QCoreApplication.translate("OutboxText", "Not known yet — the supervisor will check."),
            Tone.PROBLEM,
        ),
        JobState.CANCELLED: (
            QCoreApplication.translate(
                "OutboxText", "Not sent to the carrier: the sale was voided."
            ),
            Tone.WAITING,
        ),
    }
    waiting = (QCoreApplication.translate("OutboxText", "Waiting for the carrier…"), Tone.WAITING)
    return lines.get(job.state, waiting)


def sms_line(job: JobView, gateway: str) -> tuple[str, Tone]:
    """The done page's line for the customer's text; *gateway* is this PC's SMS gateway
    ("none": no gateway set up here; "": a shop's server sends the texts)."""
    lines = {
        JobState.CONFIRMED: (
            QCoreApplication.translate("OutboxText", "Text to {number} delivered ✓"),
            Tone.DONE,
        ),
        JobState.SUBMITTED: (
            QCoreApplication.translate("OutboxText", "Text to {number} sent, not delivered yet"),
            Tone.WAITING,
        ),
        JobState.FAILED: (
            QCoreApplication.translate(
                "OutboxText", "Text to {number} failed: the receipt is the customer's record."
            ),
            Tone.PROBLEM,
        ),
        JobState.CANCELLED: (
            QCoreApplication.translate(
                "OutboxText", "Text to {number} not sent: the sale was voided."
            ),
            Tone.WAITING,
        ),
    }
    if gateway == NO_SMS and job.state is JobState.PENDING:
        text, tone = (
            QCoreApplication.translate(
                "OutboxText", "Text to {number} not sent: this counter has no SMS gateway."
            ),
            Tone.WAITING,
        )
    else:
        waiting = (
            QCoreApplication.translate("OutboxText", "Text to {number} waiting to be sent…"),
            Tone.WAITING,
        )
        text, tone = lines.get(job.state, waiting)
    # The number is masked by the service; kept on one line when the text wraps.
    return text.format(number=job.number.replace(" ", "\u00a0")), tone


def details_line(job: JobView) -> str:
    """One job as the history's details list it: whose, its state, reference, last error."""
    parts = [
        QCoreApplication.translate("OutboxText", "{kind} ({provider}): {state}").format(
            kind=kind_name(job.kind), provider=provider_name(job.provider), state=state_name(job)
        )
    ]
    if job.provider_ref:
        parts.append(
            QCoreApplication.translate("OutboxText", "reference {reference}").format(
                reference=job.provider_ref
            )
        )
    if job.attempts:
        parts.append(
            QCoreApplication.translate("OutboxText", "attempts {count}").format(count=job.attempts)
        )
    line = " · ".join(parts)
    if job.last_error:
        line += "\n" + QCoreApplication.translate("OutboxText", "Last error: {error}").format(
            error=job.last_error
        )
    return line
