"""The interfaces the dispatcher talks to, and the plain data it hands them.

A provider answers every call with an :class:`~counter_app.domain.outbox.Outcome`. Its
verdict must be honest about what is *known*: a request that timed out after it was sent
is ``unknown`` (the provider may have applied it), never ``not_sent``; only a request that
certainly did not reach the provider (a refused connection, a 429) is ``not_sent``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from counter_app.domain.outbox import Outcome


@dataclass(frozen=True)
class FulfilmentRequest:
    """What the carrier must apply: our reference (the idempotency key), the number, the
    provider's product and the amount sold (minor units, HK$)."""

    reference: str
    msisdn: str
    product: str
    amount: int

    def __repr__(self) -> str:
        # The full number never goes to a log through a repr.
        return f"FulfilmentRequest({self.reference!r}, product={self.product!r})"


@dataclass(frozen=True)
class SmsRequest:
    """A text to one number; our reference identifies it in the gateway's answers."""

    reference: str
    msisdn: str
    body: str

    def __repr__(self) -> str:
        return f"SmsRequest({self.reference!r})"


class FulfilmentProvider(Protocol):
    """A carrier's way of applying sales (an aggregator's API)."""

    name: str

    def submit(self, request: FulfilmentRequest) -> Outcome:
        """Ask the provider to apply *request*, once; ``reference`` is its idempotency key."""
        ...

    def lookup(self, reference: str) -> Outcome:
        """What the provider knows of *reference*: ``not_found`` when it has no record."""
        ...


class SmsGateway(Protocol):
    """A way of sending texts (an SMSC over SMPP, an HTTP gateway)."""

    name: str

    def send(self, request: SmsRequest) -> Outcome:
        """Send the text; ``submitted`` with the gateway's message id when accepted."""
        ...

    def lookup(self, reference: str, provider_ref: str) -> Outcome:
        """The delivery state of a text sent before (``submitted`` while not yet known)."""
        ...

    def close(self) -> None:
        """Let go of any connection."""
        ...
