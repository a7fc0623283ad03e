"""A local HTTP server serving Twilio's documented Messages endpoints (API 2010-04-01).

``POST /2010-04-01/Accounts/{sid}/Messages.json`` (form To, From, Body; Basic auth)
creates a message (status ``queued``, 201); ``GET …/Messages/{MessageSid}.json`` reads
one; ``GET …/Messages.json`` lists them newest first, filtered by ``To`` / ``From``, in
pages of ``PageSize`` with ``next_page_uri``. Errors answer Twilio's JSON error shape
(``code``, ``message``, ``more_info``, ``status``).

Faults for the next POSTs, in order (``faults``): ``"429"`` (nothing created,
``Retry-After: 7``), ``"503"`` (created, then a 503: the worst case), ``"hang"``
(created, then no answer until the test ends), ``"down"`` (the connection is closed
without an answer, nothing created).
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import urllib.parse
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

ACCOUNT = "AC" + "0123456789abcdef" * 2
TOKEN = "tw-auth-token-x9"  # never in a log or a reason
HOST = "127.0.0.1"
_PREFIX = f"/2010-04-01/Accounts/{ACCOUNT}/Messages"
_ONE = re.compile(rf"^{_PREFIX}/(SM[0-9a-f]{{32}})\.json$")


class TwilioServer(ThreadingHTTPServer):
    """Twilio's Messages resource, in memory."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__((HOST, 0), _Handler)
        self.port = int(self.server_address[1])
        self.url = f"http://{HOST}:{self.port}"
        self.messages: list[dict[str, Any]] = []  # oldest first
        self.faults: deque[str] = deque()
        self.posts = 0
        self.page_size_seen: list[int] = []
        self.released = threading.Event()  # ends every "hang"
        self._sids = itertools.count(1)
        self._lock = threading.Lock()
        # Created one second apart from here on (the list's order is by creation).
        self._now = datetime.now(UTC).replace(microsecond=0)
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self.released.set()
        self.shutdown()
        self.server_close()

    def create(
        self, to: str, sender: str, body: str, *, age: timedelta = timedelta()
    ) -> dict[str, Any]:
        with self._lock:
            self._now += timedelta(seconds=1)
            created = self._now - age
            sid = f"SM{next(self._sids):032x}"
            message = {
                "sid": sid,
                "account_sid": ACCOUNT,
                "to": to,
                "from": sender,
                "body": body,
                "status": "queued",
                "direction": "outbound-api",
                "num_segments": "1",
                "date_created": format_datetime(created),
                "date_updated": format_datetime(created),
                "date_sent": None,
                "error_code": None,
                "error_message": None,
                "uri": f"{_PREFIX}/{sid}.json",
            }
            self.messages.append(message)
            return message

    def set_status(
        self, sid: str, status: str, error_code: int | None = None, error: str | None = None
    ) -> None:
        with self._lock:
            message = next(m for m in self.messages if m["sid"] == sid)
            message.update(status=status, error_code=error_code, error_message=error)


class _Handler(BaseHTTPRequestHandler):
    server: TwilioServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read the server's state, not its log."""

    def _authorised(self) -> bool:
        expected = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
        if self.headers.get("Authorization") == f"Basic {expected}":
            return True
        self._error(401, 20003, "Authenticate")
        return False

    def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, code: int, message: str, **headers: str) -> None:
        self._json(
            status,
            {
                "code": code,
                "message": message,
                "more_info": f"https://www.twilio.com/docs/errors/{code}",
                "status": status,
            },
            {name.replace("_", "-"): value for name, value in headers.items()},
        )

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        if self.path != f"{_PREFIX}.json":
            self._error(404, 20404, "The requested resource was not found")
            return
        if not self._authorised():
            return
        server = self.server
        server.posts += 1
        fault = server.faults.popleft() if server.faults else ""
        if fault == "429":
            self._error(429, 20429, "Too Many Requests", Retry_After="7")
            return
        if fault == "down":
            self.close_connection = True
            return
        to = (form.get("To") or [""])[0]
        if not re.fullmatch(r"\+[1-9]\d{7,14}", to):
            self._error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
            return
        message = server.create(to, (form.get("From") or [""])[0], (form.get("Body") or [""])[0])
        if fault == "503":
            self._error(503, 20500, "Service Unavailable")
        elif fault == "hang":
            server.released.wait()
            self.close_connection = True
        else:
            self._json(201, message)

    def do_GET(self) -> None:
        if not self._authorised():
            return
        path, _, query = self.path.partition("?")
        one = _ONE.match(path)
        if one:
            found = [m for m in self.server.messages if m["sid"] == one.group(1)]
            if found:
                self._json(200, found[0])
            else:
                self._error(404, 20404, f"The requested resource {path} was not found")
            return
        if path != f"{_PREFIX}.json":
            self._error(404, 20404, "The requested resource was not found")
            return
        self._list(path, urllib.parse.parse_qs(query))

    def _list(self, path: str, query: dict[str, list[str]]) -> None:
        wanted = {key: values[0] for key, values in query.items()}
        size = int(wanted.get("PageSize", "50"))
        page = int(wanted.get("Page", "0"))
        self.server.page_size_seen.append(size)
        chosen = [
            message
            for message in reversed(self.server.messages)
            if message["to"] == wanted.get("To", message["to"])
            and message["from"] == wanted.get("From", message["from"])
        ]
        shown = chosen[page * size : (page + 1) * size]
        following = None
        if len(chosen) > (page + 1) * size:
            rest = urllib.parse.urlencode({**wanted, "Page": str(page + 1)})
            following = f"{path}?{rest}"
        self._json(
            200,
            {
                "messages": shown,
                "page": page,
                "page_size": size,
                "next_page_uri": following,
                "uri": self.path,
            },
        )


@pytest.fixture
def twilio() -> Iterator[TwilioServer]:
    server = TwilioServer()
    yield server
    server.close()
