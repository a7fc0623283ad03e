"""The customer's text through an HTTP gateway: Twilio's Messages resource (API 2010-04-01).

``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` (form ``To``, ``From``,
``Body``; HTTP Basic auth with the account SID and auth token) creates a message and
answers its ``sid``; ``GET …/Messages/{sid}.json`` tells its ``status``; ``GET
…/Messages.json?To=…&From=…`` lists messages, newest first, ``next_page_uri`` leading on.
Standard library only (``http.client``): one short connection per call.

Honest verdicts (see :mod:`counter_app.providers.base`): a refused connection, HTTP 429
(with its ``Retry-After``) and a refused account (401, 403, 404) are ``not_sent``;
a 400 (Twilio refused the number or the text: it would refuse it again) is ``failed``;
a 5xx, a timeout or a connection lost once the request was on its way is ``unknown``.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import socket
import threading
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Final

from counter_app import log
from counter_app.domain.clock import Clock, system_clock
from counter_app.domain.errors import CounterError
from counter_app.domain.outbox import Outcome, Verdict
from counter_app.domain.phones import mask_msisdn
from counter_app.providers.base import SmsRequest

API: Final = "/2010-04-01"
# Twilio's message statuses and what they tell about the text.
STATUSES: Final = {
    "accepted": Verdict.SUBMITTED,
    "scheduled": Verdict.SUBMITTED,
    "queued": Verdict.SUBMITTED,
    "sending": Verdict.SUBMITTED,
    "sent": Verdict.SUBMITTED,
    "partially_delivered": Verdict.SUBMITTED,
    "delivered": Verdict.CONFIRMED,
    "read": Verdict.CONFIRMED,
    "failed": Verdict.FAILED,
    "undelivered": Verdict.FAILED,
    "canceled": Verdict.FAILED,
}
# Without a Retry-After, a 429 is tried again after this long.
RETRY_AFTER_DEFAULT_S: Final = 60.0
# A refused account (wrong SID or token, a suspended account) is a setting to fix.
ACCOUNT_REFUSED_RETRY_S: Final = 300.0
# The message list is eventually consistent: a message created moments ago may not be
# listed yet. "Not found" is believed only of a send older than this.
LIST_SETTLES: Final = timedelta(minutes=2)
# Without a record of our own (the program restarted), the sender's messages of this
# long are searched for the receipt number.
SEARCH_HORIZON: Final = timedelta(days=3)
LIST_PAGE_SIZE: Final = 100
LIST_MAX_PAGES: Final = 20
REMEMBERED_TEXTS: Final = 5000


class _NotSent(Exception):
    """The request certainly did not reach the gateway."""


class _NoAnswer(Exception):
    """The request may have reached the gateway; no answer came back."""


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: http.client.HTTPMessage
    body: Any  # the parsed JSON (None when the body is not JSON)


@dataclass(frozen=True)
class _Sent:
    """What this gateway sent under a reference: to whom, what, when it started."""

    to: str
    body: str
    at: datetime


class HttpSmsGateway:
    """Texts through Twilio's Messages resource (implements :class:`~.base.SmsGateway`).

    *base_url* is ``https://api.twilio.com`` in production (or a local test server);
    *sender* the ``From``: a Twilio number or an alphanumeric sender ID. There is no
    delivery report to receive (Twilio's status callbacks need a public URL, which a
    counter PC does not have): the dispatcher asks with :meth:`lookup`.
    """

    def __init__(
        self,
        base_url: str,
        account_sid: str,
        auth_token: str,
        sender: str,
        *,
        timeout_s: float = 10.0,
        name: str = "http",
        clock: Clock = system_clock,
    ) -> None:
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("the SMS gateway's base URL is http:// or https:// and a host")
        if not account_sid or not auth_token or not sender:
            raise ValueError("the SMS gateway needs its account SID, auth token and sender")
        self.name = name
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._account = urllib.parse.quote(account_sid, safe="")
        secret = base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode("ascii")
        self._authorization = f"Basic {secret}"
        self._sender = sender
        self._timeout_s = timeout_s
        self._clock = clock
        self._lock = threading.Lock()
        self._sent: OrderedDict[str, _Sent] = OrderedDict()

    def __repr__(self) -> str:
        # Never the auth token.
        return f"HttpSmsGateway({self.name!r}, {self._host!r})"

    # -- the SmsGateway interface --

    def send(self, request: SmsRequest) -> Outcome:
        """Create the message; ``submitted`` with its MessageSid."""
        masked = _masked(request.msisdn)
        with self._lock:
            self._sent[request.reference] = _Sent(request.msisdn, request.body, self._clock())
            self._sent.move_to_end(request.reference)
            while len(self._sent) > REMEMBERED_TEXTS:
                self._sent.popitem(last=False)
        form = urllib.parse.urlencode(
            {"To": request.msisdn, "From": self._sender, "Body": request.body}
        )
        try:
            answer = self._call("POST", self._path("Messages.json"), form)
        except _NotSent as refused:
            outcome = Outcome(Verdict.NOT_SENT, reason=str(refused))
        except _NoAnswer as lost:
            outcome = Outcome(Verdict.UNKNOWN, reason=str(lost))
        else:
            outcome = self._created(answer)
        log.outbox.info(
            "SMS %s to %s: %s %s %s",
            request.reference,
            masked,
            outcome.verdict,
            outcome.provider_ref,
            outcome.reason,
        )
        return outcome

    def lookup(self, reference: str, provider_ref: str) -> Outcome:
        """The text's status by its MessageSid; without one, it is searched for.

        The search lists the messages to the customer's number (or, when this gateway
        did not send the text itself, the sender's messages of the last days) and takes
        the newest created since the send whose text holds the sale's receipt number.
        How far to trust it: the receipt number is the sale's own, so a match is ours
        (an earlier copy of the same text is possible only if we sent it twice
        already); a message just created may not be listed yet, so *not found* is said
        only of a send older than :data:`LIST_SETTLES` (sooner: ``unknown``, asked
        again later) — after a restart the send's time is not known, and a text sent in
        the minute before it could then be sent twice.
        """
        if provider_ref:
            return self._status(provider_ref)
        with self._lock:
            sent = self._sent.get(reference)
        try:
            found = self._search(reference, sent)
        except (_NotSent, _NoAnswer) as failed:
            return Outcome(Verdict.UNKNOWN, reason=f"could not search Twilio: {failed}")
        if found is not None:
            return found
        if sent is not None and self._clock() - sent.at < LIST_SETTLES:
            return Outcome(Verdict.UNKNOWN, reason="not listed by Twilio yet: asked again later")
        return Outcome(Verdict.NOT_FOUND, reason="Twilio has no such message")

    def close(self) -> None:
        """Nothing to let go of: every call has its own connection."""

    # -- answers --

    def _created(self, answer: _Answer) -> Outcome:
        code, said = _error(answer)
        if answer.status in (200, 201):
            sid = str(answer.body.get("sid", "")) if isinstance(answer.body, dict) else ""
            if not sid:
                return Outcome(Verdict.UNKNOWN, reason="Twilio's answer had no MessageSid")
            return _of_message(answer.body, sid)
        if answer.status == 429:
            return Outcome(
                Verdict.NOT_SENT,
                reason=f"Twilio asked us to slow down (429){said}",
                retry_after_s=_retry_after(answer, self._clock()),
            )
        if answer.status in (401, 403, 404):
            return Outcome(
                Verdict.NOT_SENT,
                reason=f"Twilio refused the account ({answer.status}{code}){said}: "
                "check the SMS gateway's account SID, auth token and URL",
                retry_after_s=ACCOUNT_REFUSED_RETRY_S,
            )
        if answer.status >= 500:
            return Outcome(Verdict.UNKNOWN, reason=f"Twilio failed ({answer.status}){said}")
        return Outcome(
            Verdict.FAILED, reason=f"Twilio refused the text ({answer.status}{code}){said}"
        )

    def _status(self, sid: str) -> Outcome:
        try:
            answer = self._call("GET", self._path(f"Messages/{urllib.parse.quote(sid)}.json"))
        except (_NotSent, _NoAnswer) as failed:
            # Twilio has it (we hold its sid): still submitted, as far as we know.
            return Outcome(Verdict.SUBMITTED, sid, reason=f"could not ask Twilio: {failed}")
        if answer.status == 200 and isinstance(answer.body, dict):
            return _of_message(answer.body, sid)
        if answer.status == 404:
            return Outcome(Verdict.NOT_FOUND, reason=f"Twilio has no message {sid}")
        retry = _retry_after(answer, self._clock()) if answer.status == 429 else None
        return Outcome(
            Verdict.SUBMITTED,
            sid,
            reason=f"could not ask Twilio ({answer.status})",
            retry_after_s=retry,
        )

    def _search(self, reference: str, sent: _Sent | None) -> Outcome | None:
        receipt_no = reference.partition("/")[0]
        ours = re.compile(re.escape(receipt_no) + r"(?![0-9A-Za-z])")
        since = (sent.at - LIST_SETTLES) if sent else self._clock() - SEARCH_HORIZON
        query = {"From": self._sender, "PageSize": str(LIST_PAGE_SIZE)}
        if sent is not None:
            query["To"] = sent.to
        path: str | None = self._path("Messages.json") + "?" + urllib.parse.urlencode(query)
        for _ in range(LIST_MAX_PAGES):
            if path is None:
                break
            answer = self._call("GET", path)
            if answer.status != 200 or not isinstance(answer.body, dict):
                raise _NoAnswer(f"the message list answered {answer.status}")
            older = False
            for message in answer.body.get("messages") or []:
                created = _when(message.get("date_created"))
                if created is not None and created < since:
                    older = True
                    continue
                if ours.search(str(message.get("body") or "")) and message.get("sid"):
                    return _of_message(message, str(message["sid"]))
            following = answer.body.get("next_page_uri")
            path = f"{self._prefix}{following}" if following and not older else None
        return None

    # -- HTTP --

    def _path(self, tail: str) -> str:
        return f"{self._prefix}{API}/Accounts/{self._account}/{tail}"

    def _call(self, method: str, path: str, form: str | None = None) -> _Answer:
        """One request on its own connection: :class:`_NotSent` when the connection
        could not be made, :class:`_NoAnswer` when it broke once the request was going."""
        connection: http.client.HTTPConnection
        if self._https:
            connection = http.client.HTTPSConnection(
                self._host, self._port, timeout=self._timeout_s
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout_s)
        headers = {"Authorization": self._authorization, "Accept": "application/json"}
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        try:
            try:
                connection.connect()
            except OSError as error:
                raise _NotSent(f"could not reach {self._host}: {_why(error)}") from None
            try:
                connection.request(
                    method, path, body=form.encode() if form is not None else None, headers=headers
                )
                response = connection.getresponse()
                data = response.read()
            except TimeoutError:
                raise _NoAnswer(f"no answer from {self._host} in {self._timeout_s:g} s") from None
            except (OSError, http.client.HTTPException) as error:
                raise _NoAnswer(f"the connection to {self._host} broke: {_why(error)}") from None
        finally:
            connection.close()
        try:
            body = json.loads(data) if data else None
        except ValueError:
            body = None
        return _Answer(response.status, response.headers, body)


def _of_message(message: dict[str, Any], sid: str) -> Outcome:
    status = str(message.get("status") or "")
    verdict = STATUSES.get(status, Verdict.SUBMITTED)
    reason = ""
    if verdict is Verdict.FAILED:
        code = message.get("error_code")
        said = _scrubbed(str(message.get("error_message") or ""))
        reason = f"Twilio: {status}" + (f" ({code}) {said}".rstrip() if code else "")
    return Outcome(verdict, sid, reason=reason)


def _error(answer: _Answer) -> tuple[str, str]:
    """Twilio's error code (", 21211") and message (": The 'To' number …") if any."""
    if not isinstance(answer.body, dict) or answer.status < 400:
        return "", ""
    code = answer.body.get("code")
    message = _scrubbed(str(answer.body.get("message") or "")[:200])
    return (f", {code}" if code else ""), (f": {message}" if message else "")


# A phone number standing alone in Twilio's words ("The 'To' number +852… is not valid").
_NUMBER: Final = re.compile(r"(?<![0-9A-Za-z])\+?\d{8,15}(?![0-9A-Za-z])")


def _scrubbed(text: str) -> str:
    """Twilio's message without any phone number in it (it goes to the log and the job)."""
    return _NUMBER.sub("••", text)


def _retry_after(answer: _Answer, now: datetime) -> float:
    value = (answer.headers.get("Retry-After") or "").strip()
    if value.isdigit():
        return float(value)
    when = _when(value)
    if when is not None:
        return max((when - now).total_seconds(), 0.0)
    return RETRY_AFTER_DEFAULT_S


def _when(value: object) -> datetime | None:
    """A date as Twilio writes it (RFC 2822, "Wed, 18 Aug 2010 20:01:40 +0000")."""
    if not isinstance(value, str) or not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else None


def _why(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "no such host"
    if isinstance(error, TimeoutError):
        return "timed out"
    return type(error).__name__


def _masked(msisdn: str) -> str:
    try:
        return mask_msisdn(msisdn)
    except CounterError:
        return f"••{msisdn[-2:]}"
