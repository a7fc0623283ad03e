"""DT One's Digital Value Services (DVS) API: the aggregator that applies a sale at the carrier.

What this adapter follows, from DT One's DVS API reference (https://dvs-api-doc.dtone.com,
version 1; sections "Transactions", "Flow", "Status and Errors", "Pagination", "Rate
Limiting", "Authentication"):

- **Create** ``POST {base}/async/transactions`` (the asynchronous mode DT One recommends)
  with ``external_id`` (our reference, 1 to 40 characters, unique in the account),
  ``product_id`` (an integer), ``auto_confirm: true`` (created and confirmed in one call)
  and ``credit_party_identifier.mobile_number`` (E.164). The answer is the transaction.
- **Look up** ``GET {base}/transactions?external_id=…`` (the list, filtered by our reference;
  paginated with ``page`` / ``per_page`` and an ``X-Total`` header). DT One names this the way
  to recover "when the supposed API response was not received".
- **Basic auth**: the API key is the user name, the API secret the password.
- **Status**: ``status.class.message`` is one of ``CREATED`` (1), ``CONFIRMED`` (2),
  ``REJECTED`` (3), ``CANCELLED`` (4), ``SUBMITTED`` (5), ``COMPLETED`` (7), ``REVERSED``
  (8), ``DECLINED`` (9); DT One advises deciding on the class, ``status.message`` says more
  (``DECLINED-BARRED-CREDIT-PARTY``). COMPLETED is confirmed; REJECTED, CANCELLED,
  DECLINED and REVERSED are failed; CREATED, CONFIRMED and SUBMITTED are on their way.
- **Errors**: ``{"errors": [{"code": 1007001, "message": "…"}]}``; 1007001 "Transaction
  external ID has already been used" (HTTP 400), 1000401 (401), 1000429 (429), 1009001
  (500), 1009503 (503).

How each answer becomes a :class:`~counter_app.domain.outbox.Verdict`, honestly:

- no connection (refused, unreachable, no such host, TLS refused, connect timed out): the
  request never left, ``not_sent``;
- 429: ``not_sent``, with ``Retry-After`` (seconds or an HTTP date) as ``retry_after_s``;
- 401 / 403: ``not_sent``; the reason says the key and secret were refused (never them);
- 5xx, a timeout or a reset after the request was sent, an unreadable answer: it may have
  been applied, ``unknown`` (the dispatcher looks it up before anything else);
- 1007001 (our reference is already used): the reference is looked up and what DT One
  holds is the answer; it is never sent a second time;
- any other refusal (400, 404: an unknown product, a number DT One rejects, no balance): no
  transaction was made and sending the same again gets the same answer, ``failed`` with
  DT One's code and message for the supervisor.

A look-up never answers ``not_sent`` (the dispatcher would send again): a look-up that
could not be made is ``unknown``. A look-up that finds several transactions under one
reference (an aggregator whose duplicate guard let a replay through) is ``unknown`` too,
with the transaction ids in the reason: money was lost and a person must take it up with
DT One. No full number, key or secret is ever in a log line, a reason or a repr.
"""

from __future__ import annotations

import base64
import http.client
import json
import math
import re
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final
from urllib.parse import quote, urlsplit

from counter_app import __version__, log
from counter_app.domain.errors import InputError
from counter_app.domain.outbox import Outcome, Verdict
from counter_app.domain.phones import mask_msisdn
from counter_app.providers.base import FulfilmentRequest

DUPLICATE_EXTERNAL_ID: Final = 1007001
# DT One's status classes (status.class.message) and what each tells about the job.
VERDICT_OF_CLASS: Final = {
    "CREATED": Verdict.SUBMITTED,
    "CONFIRMED": Verdict.SUBMITTED,
    "SUBMITTED": Verdict.SUBMITTED,
    "COMPLETED": Verdict.CONFIRMED,
    "REJECTED": Verdict.FAILED,
    "CANCELLED": Verdict.FAILED,
    "DECLINED": Verdict.FAILED,
    "REVERSED": Verdict.FAILED,
}
CLASS_OF_ID: Final = {
    1: "CREATED",
    2: "CONFIRMED",
    3: "REJECTED",
    4: "CANCELLED",
    5: "SUBMITTED",
    7: "COMPLETED",
    8: "REVERSED",
    9: "DECLINED",
}
EXTERNAL_ID_LENGTH: Final = 40
_MAX_ANSWER: Final = 1024 * 1024
_LONGEST_WAIT_S: Final = 3600.0
_REASON_LENGTH: Final = 280
# Digit runs as long as a phone number (DT One's error codes have 7 digits).
_LONG_NUMBER: Final = re.compile(r"\+?\d{8,}")
_E164: Final = re.compile(r"\+[1-9]\d{6,14}")


class _NotSent(Exception):
    """The request certainly did not reach the server (no connection was made)."""


class _MayHaveArrived(Exception):
    """The request was (perhaps partly) sent, and no complete answer came back."""


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: http.client.HTTPMessage
    body: Any  # the decoded JSON, or None when the body was empty or not JSON


class DtOneProvider:
    """Applies sales through DT One's DVS API. Safe to share between threads: it keeps no
    connection and no state between calls (each call opens and closes its own)."""

    def __init__(
        self,
        base_url: str,
        key: str,
        secret: str,
        *,
        timeout_s: float = 10.0,
        name: str = "dtone",
    ) -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("the DT One base URL must be an http:// or https:// address")
        if parts.username is not None or parts.password is not None:
            raise ValueError("the DT One key and secret belong in the secret file, not the URL")
        if not key or not secret:
            raise ValueError("DT One needs an API key and an API secret")
        if timeout_s <= 0:
            raise ValueError("the timeout must be positive")
        self.name = name
        self.timeout_s = timeout_s
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._shown_url = f"{parts.scheme}://{parts.netloc}{self._prefix}"
        token = base64.b64encode(f"{key}:{secret}".encode()).decode("ascii")
        self.__authorization = f"Basic {token}"

    def __repr__(self) -> str:
        return f"DtOneProvider(name={self.name!r}, base_url={self._shown_url!r})"

    # -- the interface ---------------------------------------------------------------------

    def submit(self, request: FulfilmentRequest) -> Outcome:
        """Create and confirm one transaction under our reference (never a second)."""
        refused = _refuse_before_sending(request)
        if refused is not None:
            return refused
        body = {
            "external_id": request.reference,
            "product_id": int(request.product),
            "auto_confirm": True,
            "credit_party_identifier": {"mobile_number": request.msisdn},
        }
        try:
            answer = self._exchange("POST", "/async/transactions", body)
        except _NotSent as exc:
            return Outcome(Verdict.NOT_SENT, reason=f"DT One not reached: {exc}")
        except _MayHaveArrived as exc:
            log.outbox.warning("dtone %s: no answer after sending (%s)", request.reference, exc)
            return Outcome(Verdict.UNKNOWN, reason=f"sent, no answer from DT One: {exc}")
        if 200 <= answer.status < 300:
            return _created(request, answer)
        code, message = _error_of(answer.body)
        if code == DUPLICATE_EXTERNAL_ID:
            return self._already_there(request.reference)
        return _refusal(request.reference, answer, code, message)

    def lookup(self, reference: str) -> Outcome:
        """What DT One holds under *reference*: ``not_found`` only when it lists nothing."""
        path = f"/transactions?external_id={quote(reference, safe='')}&per_page=100"
        try:
            answer = self._exchange("GET", path, None)
        except (_NotSent, _MayHaveArrived) as exc:
            return Outcome(Verdict.UNKNOWN, reason=f"look-up at DT One failed: {exc}")
        if answer.status != 200:
            return _lookup_refused(answer)
        return _listed(reference, answer)

    # -- inside -----------------------------------------------------------------------------

    def _already_there(self, reference: str) -> Outcome:
        """DT One refused our reference as used: what it holds under it is the answer."""
        found = self.lookup(reference)
        if found.verdict is Verdict.NOT_FOUND:
            return Outcome(
                Verdict.UNKNOWN,
                reason="DT One calls this reference used but lists no transaction under it",
            )
        if found.verdict is Verdict.UNKNOWN:
            return found
        return Outcome(
            found.verdict,
            provider_ref=found.provider_ref,
            reason=_clip(f"already at DT One; {found.reason}".rstrip("; ")),
        )

    def _connection(self) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host,
                self._port,
                timeout=self.timeout_s,
                context=ssl.create_default_context(),
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=self.timeout_s)

    def _exchange(self, method: str, path: str, body: dict[str, Any] | None) -> _Answer:
        """One request on a connection of its own: a connection that fails before the
        request is written is :class:`_NotSent`; anything after it, :class:`_MayHaveArrived`."""
        connection = self._connection()
        try:
            try:
                connection.connect()
            except OSError as exc:  # refused, unreachable, no such host, TLS, timeout
                raise _NotSent(_describe(exc)) from exc
            headers = {
                "Authorization": self.__authorization,
                "Accept": "application/json",
                "User-Agent": f"counter-app/{__version__}",
            }
            payload = None
            if body is not None:
                payload = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
            try:
                connection.request(method, self._prefix + path, body=payload, headers=headers)
                response = connection.getresponse()
                raw = response.read(_MAX_ANSWER)
            except (OSError, http.client.HTTPException) as exc:
                raise _MayHaveArrived(_describe(exc)) from exc
            return _Answer(response.status, response.headers, _json(raw))
        finally:
            connection.close()


# -- reading DT One's answers -----------------------------------------------------------------


def _refuse_before_sending(request: FulfilmentRequest) -> Outcome | None:
    """What DT One would refuse anyway: said here, and nothing is sent."""
    if not 1 <= len(request.reference) <= EXTERNAL_ID_LENGTH:
        return Outcome(Verdict.FAILED, reason="our reference does not fit DT One's external_id")
    if not request.product.isascii() or not request.product.isdigit() or int(request.product) < 1:
        return Outcome(
            Verdict.FAILED,
            reason=_clip(
                f"the plan's DT One product {request.product!r} is not a DT One product id "
                "(a number): set it in the catalogue"
            ),
        )
    if not _E164.fullmatch(request.msisdn):
        return Outcome(Verdict.FAILED, reason="the number is not in E.164 form")
    return None


def _created(request: FulfilmentRequest, answer: _Answer) -> Outcome:
    outcome = _outcome_of(answer.body)
    if outcome is None:
        return Outcome(
            Verdict.UNKNOWN, reason=f"DT One's answer (HTTP {answer.status}) was unreadable"
        )
    log.outbox.info(
        "dtone %s: %s for %s (transaction %s)",
        request.reference,
        outcome.verdict.value,
        _masked(request.msisdn),
        outcome.provider_ref,
    )
    return outcome


def _refusal(reference: str, answer: _Answer, code: int | None, message: str) -> Outcome:
    """A create that DT One answered with an error (other than a used reference)."""
    status = answer.status
    shown = _scrub(f"{code} {message}".strip() if code else message)
    if status in (401, 403):
        log.outbox.error("dtone %s: DT One refused our credentials (HTTP %d)", reference, status)
        return Outcome(Verdict.NOT_SENT, reason=_credentials_refused(status))
    if status == 429:
        return Outcome(
            Verdict.NOT_SENT,
            reason=_clip(f"DT One asked us to slow down (HTTP 429) {shown}".strip()),
            retry_after_s=_retry_after(answer.headers),
        )
    if status >= 500:
        log.outbox.warning("dtone %s: HTTP %d after sending", reference, status)
        return Outcome(
            Verdict.UNKNOWN,
            reason=_clip(f"DT One failed (HTTP {status}) {shown}; it may have applied it"),
        )
    return Outcome(Verdict.FAILED, reason=_clip(f"DT One refused it (HTTP {status}): {shown}"))


def _lookup_refused(answer: _Answer) -> Outcome:
    """A look-up DT One did not answer with its list: nothing is known."""
    status = answer.status
    code, message = _error_of(answer.body)
    if status in (401, 403):
        reason = _credentials_refused(status)
    else:
        reason = _scrub(f"look-up at DT One answered HTTP {status} {code or ''} {message}")
    return Outcome(
        Verdict.UNKNOWN,
        reason=_clip(" ".join(reason.split())),
        retry_after_s=_retry_after(answer.headers) if status == 429 else None,
    )


def _listed(reference: str, answer: _Answer) -> Outcome:
    """What DT One's list of transactions under *reference* says."""
    listed = answer.body
    if not isinstance(listed, list) or any(
        not isinstance(item, dict) or item.get("external_id") != reference for item in listed
    ):
        # A list that is not DT One's, or that ignored the filter, cannot say ours is absent.
        return Outcome(
            Verdict.UNKNOWN, reason="DT One's list was unreadable or held other references"
        )
    total = _int_header(answer.headers, "X-Total")
    if not listed:
        if total:
            return Outcome(Verdict.UNKNOWN, reason=f"DT One counts {total} but listed none")
        return Outcome(Verdict.NOT_FOUND, reason="DT One has no transaction with this reference")
    if len(listed) > 1 or (total or 0) > 1:
        return _duplicates(reference, listed, total)
    outcome = _outcome_of(listed[0])
    if outcome is None:
        return Outcome(Verdict.UNKNOWN, reason="DT One's transaction was unreadable")
    return outcome


def _duplicates(reference: str, listed: list[Any], total: int | None) -> Outcome:
    """Several transactions under one reference: money was lost, a person must act."""
    ids = ", ".join(str(item.get("id", "?")) for item in listed)
    count = max(len(listed), total or 0)
    log.outbox.error("dtone %s: %d transactions at DT One (ids %s)", reference, count, ids)
    return Outcome(
        Verdict.UNKNOWN,
        provider_ref=str(listed[0].get("id", "")),
        reason=_clip(
            f"DT One holds {count} transactions under this reference (ids {ids}): "
            "a duplicate; ask DT One to reverse the extra one"
        ),
    )


def _outcome_of(transaction: Any) -> Outcome | None:
    """The verdict a DT One transaction object stands for, or None if it is not one."""
    if not isinstance(transaction, dict):
        return None
    status = transaction.get("status")
    if not isinstance(status, dict):
        return None
    message = str(status.get("message") or "")
    kind = status.get("class")
    name = ""
    if isinstance(kind, dict):
        number = kind.get("id")
        name = str(kind.get("message") or "").upper() or (
            CLASS_OF_ID.get(number, "") if isinstance(number, int) else ""
        )
    if not name:
        name = message.split("-", 1)[0].upper()
    reference = str(transaction.get("id", ""))
    verdict = VERDICT_OF_CLASS.get(name)
    if verdict is None:
        # The transaction exists; a class we do not know is not a final answer.
        return Outcome(
            Verdict.SUBMITTED,
            provider_ref=reference,
            reason=_clip(f"DT One status {message or name!r} not known here"),
        )
    reason = "" if verdict is Verdict.CONFIRMED else _clip(f"DT One: {message or name}")
    return Outcome(verdict, provider_ref=reference, reason=reason)


def _error_of(body: Any) -> tuple[int | None, str]:
    """DT One's first error code and message, if the body holds its error list."""
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            code = errors[0].get("code")
            try:
                number = int(code) if code is not None else None
            except (TypeError, ValueError):
                number = None
            return number, str(errors[0].get("message") or "")
    return None, ""


def _retry_after(headers: http.client.HTTPMessage) -> float | None:
    """Retry-After in seconds (a number of seconds or an HTTP date), within an hour."""
    value = (headers.get("Retry-After") or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        seconds = (moment - datetime.now(UTC)).total_seconds()
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), _LONGEST_WAIT_S)


def _int_header(headers: http.client.HTTPMessage, name: str) -> int | None:
    try:
        return int(headers.get(name) or "")
    except ValueError:
        return None


def _json(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None


def _credentials_refused(status: int) -> str:
    return (
        f"DT One refused our API key and secret (HTTP {status}): check the DT One key "
        "and secret in the installation's secret file"
    )


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    return _clip(type(exc).__name__ + (f": {exc}" if str(exc) else ""))


def _masked(msisdn: str) -> str:
    try:
        return mask_msisdn(msisdn)
    except InputError:  # a number of another country: nothing of it is shown
        return "+…"


def _scrub(text: str) -> str:
    """DT One's words with anything as long as a phone number hidden."""
    return _LONG_NUMBER.sub("…", text)


def _clip(text: str) -> str:
    return text if len(text) <= _REASON_LENGTH else text[: _REASON_LENGTH - 1] + "…"
