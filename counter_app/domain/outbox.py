"""What must reach the outside world after a sale, and what we know of its fate.

A sale writes, in its own transaction, one *job* per thing a provider must do: a carrier
applying a renewal, a top-up or a new SIM's activation (*fulfilment*), and the customer's
confirmation text (*sms*). A dispatcher hands each job to its provider and records the
answer. This module is the pure part: states, outcomes, the decision what to do next.

States::

    pending ──send──▶ sending ──▶ submitted ──▶ confirmed
                         │            │
                         │            └──▶ failed
                         └──▶ unknown ──look up──▶ (submitted | confirmed | failed | pending)

``sending`` is written *before* the request leaves: a dispatcher killed between sending
and recording leaves a ``sending`` job whose lease runs out, and it is then treated as
``unknown``. An unknown job is never sent again blindly: the provider is asked first
whether it has our reference, and only a provider that has no record of it gets it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Final


class JobKind(StrEnum):
    FULFILMENT = "fulfilment"
    SMS = "sms"


class JobState(StrEnum):
    PENDING = "pending"  # not handed to the provider yet (or certainly not received)
    SENDING = "sending"  # claimed by a dispatcher; the request may be on its way
    SUBMITTED = "submitted"  # the provider has it; its final answer is awaited
    CONFIRMED = "confirmed"  # applied by the carrier (or by the clerk) / SMS delivered
    FAILED = "failed"  # the provider said no; a person decides what next
    UNKNOWN = "unknown"  # we cannot tell whether the provider has it: look it up first
    CANCELLED = "cancelled"  # the sale was voided before the job was ever sent


# States a job may still move out of by itself (the dispatcher works on these).
OPEN_STATES: Final = frozenset(
    {JobState.PENDING, JobState.SENDING, JobState.SUBMITTED, JobState.UNKNOWN}
)
# States that need a person: shown in the back office's outbox tab.
ATTENTION_STATES: Final = frozenset({JobState.FAILED, JobState.UNKNOWN})
FINAL_STATES: Final = frozenset({JobState.CONFIRMED, JobState.FAILED, JobState.CANCELLED})

# Providers: "manual" is the clerk on the carrier's dealer portal (no dispatcher send).
MANUAL: Final = "manual"
NO_SMS: Final = "none"


class Verdict(StrEnum):
    """What a provider's answer (or a look-up) tells about a job."""

    CONFIRMED = "confirmed"  # done at the provider
    SUBMITTED = "submitted"  # the provider has it and is working on it
    FAILED = "failed"  # the provider refused it or gave up; final
    NOT_FOUND = "not_found"  # a look-up: the provider has no record of our reference
    NOT_SENT = "not_sent"  # certainly never reached the provider (refused connection, 429)
    UNKNOWN = "unknown"  # it may or may not have reached the provider (timeout, 5xx)


@dataclass(frozen=True)
class Outcome:
    """A provider's answer: its verdict, its own reference, a reason for people to read,
    and how long it asked us to wait before trying again (HTTP 429's Retry-After)."""

    verdict: Verdict
    provider_ref: str = ""
    reason: str = ""
    retry_after_s: float | None = None


# Retry timing: quick at first, then no more often than every 10 minutes.
FIRST_RETRY: Final = timedelta(seconds=5)
LONGEST_RETRY: Final = timedelta(minutes=10)
# A submitted job is asked about again after this long.
POLL_SUBMITTED: Final = timedelta(seconds=10)
# How long a dispatcher owns a job it claimed; a job still ``sending`` after this is unknown.
LEASE: Final = timedelta(seconds=60)


def backoff(attempts: int) -> timedelta:
    """The wait after the *attempts*-th try: 5 s, 10 s, 20 s, … up to 10 minutes."""
    seconds = FIRST_RETRY.total_seconds() * 2 ** max(attempts - 1, 0)
    return min(timedelta(seconds=seconds), LONGEST_RETRY)


_STATE_AFTER: Final = {
    Verdict.CONFIRMED: JobState.CONFIRMED,
    Verdict.SUBMITTED: JobState.SUBMITTED,
    Verdict.FAILED: JobState.FAILED,
    # The provider has no record of it, or it certainly never left: safe to send again.
    Verdict.NOT_FOUND: JobState.PENDING,
    Verdict.NOT_SENT: JobState.PENDING,
    Verdict.UNKNOWN: JobState.UNKNOWN,
}


def state_after(verdict: Verdict) -> JobState:
    """The job's state once a send or a look-up came back with *verdict*."""
    return _STATE_AFTER[verdict]


def needs_lookup(state: JobState) -> bool:
    """Whether the provider must be asked about the job before it may be sent (again):
    it may have reached the provider already (a lost answer, a dispatcher killed mid-send),
    or the provider has it and its final answer is awaited."""
    return state in (JobState.UNKNOWN, JobState.SENDING, JobState.SUBMITTED)


def sms_text(
    *,
    shop_zh: str,
    shop_en: str,
    number: str,
    item_zh: str,
    item_en: str,
    expires_on: str,
    balance: str,
    receipt_no: str,
    hotline: str,
    simplified: bool,
) -> str:
    """The customer's confirmation text, in Chinese (the receipt's script) and English.

    What the customer bought, the number (as given: masked by the caller), the new expiry
    or balance, the receipt number and the shop's hotline. Never an ID number or a name.
    """
    words = _SIMPLIFIED_WORDS if simplified else _TRADITIONAL_WORDS
    zh = [f"【{shop_zh}】{words['number']} {number}：{item_zh}。"]
    en = [f"{shop_en}: {number}: {item_en}."]
    if expires_on:
        zh.append(f"{words['valid']} {expires_on}。")
        en.append(f" Valid until {expires_on}.")
    if balance:
        zh.append(f"{words['balance']} {balance}。")
        en.append(f" Balance {balance}.")
    zh.append(f"{words['receipt']} {receipt_no}。")
    en.append(f" Receipt {receipt_no}.")
    if hotline:
        zh.append(f"{words['hotline']} {hotline}。")
        en.append(f" Enquiries {hotline}.")
    return "".join(zh) + " " + "".join(en)


_TRADITIONAL_WORDS: Final = {
    "number": "號碼",
    "valid": "有效期至",
    "balance": "餘額",
    "receipt": "收據",
    "hotline": "查詢",
}
_SIMPLIFIED_WORDS: Final = {
    "number": "号码",
    "valid": "有效期至",
    "balance": "余额",
    "receipt": "收据",
    "hotline": "查询",
}
