"""A local DT One DVS server for the tests: the documented endpoints, a ledger, faults.

A real HTTP server (threaded, 127.0.0.1, a port of its own) serving what
``counter_app.providers.dtone`` calls, as DT One's DVS API reference describes it
(https://dvs-api-doc.dtone.com, version 1), behind HTTP Basic auth (:data:`KEY`,
:data:`SECRET`):

- ``POST /v1/async/transactions``: create a transaction (``external_id`` 1-40 characters,
  ``product_id`` a positive integer, ``credit_party_identifier.mobile_number`` in E.164,
  ``auto_confirm``); answers 201 with the transaction as created: ``CONFIRMED`` with
  ``auto_confirm``, else ``CREATED``. ``POST /v1/sync/transactions`` answers once the
  transaction has its final status.
- ``GET /v1/transactions`` (filters ``external_id``; ``page``, ``per_page`` up to 100;
  headers ``X-Total``, ``X-Total-Pages``, ``X-Per-Page``, ``X-Page``) and
  ``GET /v1/transactions/{id}``.
- ``GET /v1/balances``: one small answer, the benchmark's bare round trip.
- Errors as DT One writes them, ``{"errors": [{"code": …, "message": …}]}``: 1000400 and
  1005003 (400), 1000401 (401), 1000429 (429), 1003001 (404), 1007001 "Transaction external
  ID has already been used" (400), 1009001 (500), 1009503 (503).

Outcomes follow DT One's documented sandbox rule, the last three digits of the number:
x00 and x01 complete, x02 DECLINED-INVALID-CREDIT-PARTY, x03 DECLINED-BARRED-CREDIT-PARTY,
x04 DECLINED-OPERATOR-CURRENTLY-UNAVAILABLE, x05 DECLINED-DUPLICATED-TRANSACTION, x06
DECLINED, x07 DECLINED-EXCEPTION, for x = 1, 2, 3; the sandbox takes at least 3 s (1xx),
20 s (2xx) or 5 minutes (3xx) to reach that status, here multiplied by ``time_scale``
(0 by default: final at once). The sandbox documents no other endings; here every other
number completes, so that any demo line can be topped up. A transaction is ``SUBMITTED``
between its confirmation and its final status.

Faults, each for the next *times* requests of one kind (``create`` or ``lookup``), see
:meth:`DtOneServer.inject`: :func:`hang` (the transaction is recorded, then the answer is
held until :meth:`DtOneServer.release` — after the client's timeout), :func:`server_error`
(5xx, with or without recording the transaction first), :func:`throttle` (429 with
Retry-After), :func:`reset` (the connection reset after reading the request, with or
without recording it). :meth:`DtOneServer.down` closes the port (connections refused) and
:meth:`DtOneServer.up` opens the same port again. With ``leaky_duplicate_guard`` a replayed
``external_id`` makes a second transaction (an aggregator was seen doing that): any replay
by us is then a duplicate in the :class:`Ledger`, which counts transactions and creates per
``external_id``.
"""

from __future__ import annotations

import base64
import hmac
import itertools
import json
import math
import re
import socket
import struct
import sys
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final, Literal
from urllib.parse import parse_qs, urlsplit

KEY: Final = "counter-test-key"
SECRET: Final = "counter-test-secret-0123456789"
PREFIX: Final = "/v1"
E164: Final = re.compile(r"\+[1-9]\d{6,14}")
# The sandbox's documented endings: status, and the status class it belongs to.
SANDBOX_ENDINGS: Final = {
    "00": "COMPLETED",
    "01": "COMPLETED",
    "02": "DECLINED-INVALID-CREDIT-PARTY",
    "03": "DECLINED-BARRED-CREDIT-PARTY",
    "04": "DECLINED-OPERATOR-CURRENTLY-UNAVAILABLE",
    "05": "DECLINED-DUPLICATED-TRANSACTION",
    "06": "DECLINED",
    "07": "DECLINED-EXCEPTION",
}
SANDBOX_DELAY_S: Final = {"1": 3.0, "2": 20.0, "3": 300.0}
CLASS_IDS: Final = {
    "CREATED": 1,
    "CONFIRMED": 2,
    "REJECTED": 3,
    "CANCELLED": 4,
    "SUBMITTED": 5,
    "COMPLETED": 7,
    "REVERSED": 8,
    "DECLINED": 9,
}
ERRORS: Final = {
    1000400: "Bad Request",
    1000401: "Unauthorized",
    1000404: "Resource not found",
    1000429: "Too many requests",
    1003001: "Product is not available in your account",
    1005003: "Credit party mobile number is invalid",
    1007001: "Transaction external ID has already been used",
    1009001: "Unexpected error, please contact our support team",
    1009503: "Service unavailable, please retry later",
}
HOLD_S: Final = 60.0  # a held answer is let go after this long at the latest
Kind = Literal["create", "lookup"]


def sandbox_outcome(mobile_number: str) -> tuple[str, float]:
    """The final status the sandbox gives a number, and its documented delay in seconds."""
    ending = mobile_number[-3:]
    if ending[:1] in SANDBOX_DELAY_S and ending[1:] in SANDBOX_ENDINGS:
        return SANDBOX_ENDINGS[ending[1:]], SANDBOX_DELAY_S[ending[:1]]
    return "COMPLETED", 0.0


def status_class(message: str) -> str:
    return message.split("-", 1)[0]


@dataclass
class Transaction:
    """One transaction in the ledger (a top-up DT One would apply)."""

    id: int
    external_id: str
    product_id: int
    mobile_number: str
    auto_confirm: bool
    outcome: str  # the final status it reaches
    settle_s: float  # how long after creation it reaches it
    created: float = field(default_factory=time.monotonic)
    creation_date: str = field(default_factory=lambda: datetime.now(UTC).isoformat())

    def status(self, now: float | None = None) -> str:
        if not self.auto_confirm:
            return "CREATED"
        elapsed = (time.monotonic() if now is None else now) - self.created
        return self.outcome if elapsed >= self.settle_s else "SUBMITTED"

    def as_json(self, status: str | None = None) -> dict[str, Any]:
        message = status or self.status()
        kind = status_class(message)
        return {
            "id": self.id,
            "external_id": self.external_id,
            "creation_date": self.creation_date,
            "confirmation_date": self.creation_date if self.auto_confirm else None,
            "status": {
                "id": CLASS_IDS[kind] * 10000,
                "message": message,
                "class": {"id": CLASS_IDS[kind], "message": kind},
            },
            "product": {"id": self.product_id, "type": "FIXED_VALUE_RECHARGE"},
            "credit_party_identifier": {"mobile_number": self.mobile_number},
        }


class Ledger:
    """What the server holds: its transactions, and every request it was sent."""

    def __init__(self, time_scale: float = 0.0) -> None:
        self.time_scale = time_scale
        self._lock = threading.Condition()
        self._ids = itertools.count(1001)
        self.transactions: list[Transaction] = []
        self.requests: Counter[str] = Counter()
        self.creates: Counter[str] = Counter()  # create requests received, per external_id

    def record(
        self,
        external_id: str,
        product_id: int,
        mobile_number: str,
        *,
        auto_confirm: bool,
        unique: bool = True,
    ) -> Transaction | None:
        """A new transaction; None when *unique* and the external_id is taken (checked and
        recorded at once, as a database's unique index would)."""
        outcome, delay = sandbox_outcome(mobile_number)
        with self._lock:
            if unique and any(t.external_id == external_id for t in self.transactions):
                return None
            made = Transaction(
                next(self._ids),
                external_id,
                product_id,
                mobile_number,
                auto_confirm,
                outcome,
                delay * self.time_scale,
            )
            self.transactions.append(made)
            self._lock.notify_all()
            return made

    def seed(self, external_id: str, mobile_number: str, product_id: int = 1) -> Transaction:
        """A transaction made earlier (by us, before our record of it was lost)."""
        made = self.record(external_id, product_id, mobile_number, auto_confirm=True, unique=False)
        assert made is not None
        return made

    def count_request(self, kind: str, external_id: str = "") -> None:
        with self._lock:
            self.requests[kind] += 1
            if kind == "create":
                self.creates[external_id] += 1

    def find(self, external_id: str | None) -> list[Transaction]:
        with self._lock:
            return [t for t in self.transactions if external_id in (None, t.external_id)]

    def get(self, transaction_id: int) -> Transaction | None:
        with self._lock:
            return next((t for t in self.transactions if t.id == transaction_id), None)

    def count(self, external_id: str) -> int:
        """Transactions under *external_id* (more than one is money lost)."""
        return len(self.find(external_id))

    def duplicates(self) -> dict[str, int]:
        """Every external_id with more than one transaction, and how many it has."""
        with self._lock:
            made = Counter(t.external_id for t in self.transactions)
        return {external_id: n for external_id, n in made.items() if n > 1}

    def wait_for(self, external_id: str, timeout: float = 30.0) -> Transaction:
        """The first transaction under *external_id*, once it is recorded."""
        with self._lock:
            if not self._lock.wait_for(
                lambda: any(t.external_id == external_id for t in self.transactions), timeout
            ):
                raise TimeoutError(f"no transaction {external_id} within {timeout} s")
            return next(t for t in self.transactions if t.external_id == external_id)


@dataclass(frozen=True)
class Fault:
    """Something the next matching request meets instead of a plain answer."""

    kind: Literal["hang", "error", "throttle", "reset"]
    status: int = 500
    commit: bool = False
    retry_after: str = ""


def hang() -> Fault:
    """Record the transaction (a create), then hold the answer until released."""
    return Fault("hang", commit=True)


def server_error(status: int = 500, *, commit: bool = False) -> Fault:
    """Answer *status* (5xx); with *commit*, after recording the transaction."""
    return Fault("error", status=status, commit=commit)


def throttle(retry_after: str = "30") -> Fault:
    """Answer 429 Too Many Requests with ``Retry-After: retry_after``."""
    return Fault("throttle", status=429, retry_after=retry_after)


def reset(*, commit: bool = True) -> Fault:
    """Read the request (and record it, with *commit*), then reset the connection."""
    return Fault("reset", commit=commit)


class DtOneServer:
    """The server: start it, inject faults, take it down and up, read its ledger."""

    def __init__(self, *, time_scale: float = 0.0, products: set[int] | None = None) -> None:
        self.ledger = Ledger(time_scale)
        self.errors: list[str] = []  # the handler's own failures (a bug in this server)
        self.products = products  # None: every product id exists
        self.leaky_duplicate_guard = False
        self.list_ignores_filter = False  # a broken list: every transaction, whatever asked
        self.port = 0
        self._faults: deque[tuple[Kind, Fault]] = deque()
        self._faults_lock = threading.Lock()
        self._released = threading.Event()
        self._stopping = threading.Event()
        self.holding = threading.Event()  # set while an answer is being held
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    # -- life -----------------------------------------------------------------------------

    def start(self) -> DtOneServer:
        httpd = _Httpd(("127.0.0.1", self.port), _Handler)
        httpd.dtone = self
        self.port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def down(self) -> None:
        """Close the port: every connection is refused until :meth:`up`."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._httpd = None

    def up(self) -> None:
        """Serve again, on the same port."""
        if self._httpd is None:
            self.start()

    def stop(self) -> None:
        self._stopping.set()
        self.release()
        self.down()

    # -- faults ---------------------------------------------------------------------------

    def inject(self, fault: Fault, *, times: int = 1, on: Kind = "create") -> None:
        """The next *times* requests of kind *on* meet *fault*, in the order injected."""
        with self._faults_lock:
            if fault.kind == "hang":
                self._released.clear()
                self.holding.clear()
            self._faults.extend([(on, fault)] * times)

    def release(self) -> None:
        """Let every held answer go."""
        self._released.set()

    def _next_fault(self, kind: Kind) -> Fault | None:
        with self._faults_lock:
            for index, (on, fault) in enumerate(self._faults):
                if on == kind:
                    del self._faults[index]
                    return fault
        return None

    def faults_left(self) -> int:
        with self._faults_lock:
            return len(self._faults)

    def _hold(self) -> None:
        self.holding.set()
        self._released.wait(HOLD_S)


@contextmanager
def running(**options: Any) -> Iterator[DtOneServer]:
    """A started server, stopped afterwards (the fixtures' body)."""
    server = DtOneServer(**options).start()
    try:
        yield server
    finally:
        server.stop()


class _Httpd(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    dtone: DtOneServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (timed out, killed) is not the server's error; anything
        else is kept for the test to see."""
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            self.dtone.errors.append(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    server: _Httpd
    _reset = False

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read the ledger, not an access log."""

    # -- routing --------------------------------------------------------------------------

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if not self._authorised():
            return
        if path in (f"{PREFIX}/async/transactions", f"{PREFIX}/sync/transactions"):
            self._create(sync=path.startswith(f"{PREFIX}/sync/"))
        else:
            self._error(404, 1000404)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if not self._authorised():
            return
        if parts.path == f"{PREFIX}/transactions":
            self._list(parse_qs(parts.query))
        elif parts.path.startswith(f"{PREFIX}/transactions/"):
            self._one(parts.path.rsplit("/", 1)[1])
        elif parts.path == f"{PREFIX}/balances":
            self.server.dtone.ledger.count_request("balance")
            self._send(200, [{"id": 1, "available": 1_000_000, "unit": "HKD"}])
        else:
            self._error(404, 1000404)

    # -- endpoints ------------------------------------------------------------------------

    def _create(self, *, sync: bool) -> None:
        dtone = self.server.dtone
        body = self._body()
        external_id = body.get("external_id") if isinstance(body, dict) else None
        dtone.ledger.count_request("create", external_id if isinstance(external_id, str) else "")
        fault = dtone._next_fault("create")
        if fault is not None and fault.kind == "throttle":
            self._error(429, 1000429, headers={"Retry-After": fault.retry_after})
            return
        if fault is not None and fault.kind in ("error", "reset") and not fault.commit:
            self._fail(fault)
            return
        refusal = self._refusal(body)
        if refusal is not None:
            status, code = refusal
            self._error(status, code)
            return
        assert isinstance(body, dict)
        made = dtone.ledger.record(
            body["external_id"],
            body["product_id"],
            body["credit_party_identifier"]["mobile_number"],
            auto_confirm=body.get("auto_confirm") is True,
            unique=not dtone.leaky_duplicate_guard,
        )
        if made is None:
            self._error(400, 1007001)
            return
        if fault is not None and fault.kind == "hang":
            dtone._hold()
        elif fault is not None:
            self._fail(fault)
            return
        if sync:
            wait = made.settle_s - (time.monotonic() - made.created)
            if wait > 0:
                dtone._stopping.wait(min(wait, 180.0))
            self._send(201, made.as_json())
        else:
            self._send(201, made.as_json("CONFIRMED" if made.auto_confirm else "CREATED"))

    def _refusal(self, body: Any) -> tuple[int, int] | None:
        """Why DT One would refuse this create, as (HTTP status, error code)."""
        dtone = self.server.dtone
        if not isinstance(body, dict):
            return 400, 1000400
        external_id = body.get("external_id")
        product_id = body.get("product_id")
        party = body.get("credit_party_identifier")
        number = party.get("mobile_number") if isinstance(party, dict) else None
        if not isinstance(external_id, str) or not 1 <= len(external_id) <= 40:
            return 400, 1000400
        if isinstance(product_id, bool) or not isinstance(product_id, int) or product_id < 1:
            return 400, 1000400
        if dtone.products is not None and product_id not in dtone.products:
            return 404, 1003001
        if not isinstance(number, str) or not E164.fullmatch(number):
            return 400, 1005003
        return None

    def _list(self, query: dict[str, list[str]]) -> None:
        dtone = self.server.dtone
        dtone.ledger.count_request("lookup")
        fault = dtone._next_fault("lookup")
        if fault is not None:
            if fault.kind == "hang":
                dtone._hold()
            elif fault.kind == "throttle":
                self._error(429, 1000429, headers={"Retry-After": fault.retry_after})
                return
            else:
                self._fail(fault)
                return
        external_id = query.get("external_id", [None])[0]
        try:
            page = max(int(query.get("page", ["1"])[0]), 1)
            per_page = min(max(int(query.get("per_page", ["50"])[0]), 1), 100)
        except ValueError:
            self._error(400, 1000400)
            return
        found = dtone.ledger.find(None if dtone.list_ignores_filter else external_id)
        pages = max(math.ceil(len(found) / per_page), 1)
        shown = found[(page - 1) * per_page : page * per_page]
        headers = {
            "X-Total": str(len(found)),
            "X-Total-Pages": str(pages),
            "X-Per-Page": str(per_page),
            "X-Page": str(page),
        }
        if page < pages:
            headers["X-Next-Page"] = str(page + 1)
        if page > 1:
            headers["X-Prev-Page"] = str(page - 1)
        self._send(200, [t.as_json() for t in shown], headers=headers)

    def _one(self, raw_id: str) -> None:
        self.server.dtone.ledger.count_request("get")
        made = self.server.dtone.ledger.get(int(raw_id)) if raw_id.isdigit() else None
        if made is None:
            self._error(404, 1000404)
        else:
            self._send(200, made.as_json())

    # -- the wire -------------------------------------------------------------------------

    def _authorised(self) -> bool:
        expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        given = self.headers.get("Authorization", "")
        if hmac.compare_digest(given.encode(), expected.encode()):
            return True
        self.server.dtone.ledger.count_request("unauthorised")
        self._body()
        self._error(401, 1000401)
        return False

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None

    def _fail(self, fault: Fault) -> None:
        if fault.kind == "reset":
            # SO_LINGER 0: close() sends RST, the client reads "connection reset".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self._reset = True
            self.close_connection = True
            self.connection.close()
            return
        code = 1009503 if fault.status == 503 else 1009001
        self._error(fault.status, code)

    def _error(self, status: int, code: int, *, headers: dict[str, str] | None = None) -> None:
        self._send(status, {"errors": [{"code": code, "message": ERRORS[code]}]}, headers=headers)

    def _send(self, status: int, body: Any, *, headers: dict[str, str] | None = None) -> None:
        raw = json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.send_header("X-Ratelimit-Limit", "1000")
            self.send_header("X-Ratelimit-Remaining", "999")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)
        except OSError:
            self.close_connection = True  # the client gave up (timed out, was killed)

    def finish(self) -> None:
        if self._reset:
            return
        with suppress(OSError):
            super().finish()
