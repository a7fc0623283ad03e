"""SMSCs for the SMPP tests: the ``smpp34`` package's server (a Rust SMPP 3.4 core), a
relay that cuts the line, and a small SMSC of our own for what smpp34 cannot be told.

:class:`Smsc` runs ``smpp34.Server`` on its own asyncio loop in a thread. Tests script
what it answers to the next texts (accept, refuse with a status, or never answer) and
whether it sends delivery receipts; they wait on events, never on time.

:class:`Relay` stands between the gateway and an SMSC on real sockets and can cut the
connection right after a ``submit_sm`` went through (the SMSC has the text, its answer
never comes back).

:class:`SmallSmsc` speaks SMPP 3.4 over TCP with smpplib's PDU classes. It exists for
two things smpp34's server cannot do from Python: refuse a bind (it accepts every
system id and password) and answer ``query_sm`` (it answers ``ESME_RQUERYFAIL``).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import socket
import socketserver
import struct
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import smpp34
import smpplib.consts
import smpplib.smpp

HOST = "127.0.0.1"
SYSTEM_ID = "counter"
PASSWORD = "s3cret!x"  # never in a log or a reason
WAIT_S = 10.0  # the longest any test waits for an event


_LOOP: asyncio.AbstractEventLoop | None = None
_LOOP_LOCK = threading.Lock()


def _smsc_loop() -> asyncio.AbstractEventLoop:
    """The one asyncio loop every test SMSC runs on, for the whole test run.

    It is never closed: smpp34's Rust core completes a pending ``next()`` whenever its
    session ends, even after the server stopped, and it must find a loop then.
    """
    global _LOOP  # noqa: PLW0603
    with _LOOP_LOCK:
        if _LOOP is None:
            _LOOP = asyncio.new_event_loop()
            threading.Thread(target=_LOOP.run_forever, name="smsc-loop", daemon=True).start()
        return _LOOP


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Submitted:
    """A submit_sm as the SMSC decoded it."""

    message_id: str
    source_addr: str
    source_addr_ton: int
    source_addr_npi: int
    destination_addr: str
    dest_addr_ton: int
    dest_addr_npi: int
    esm_class: int
    data_coding: int
    registered_delivery: int
    short_message: bytes


@dataclass
class _Counter:
    """A count that tests can wait for."""

    value: int = 0
    changed: threading.Condition = field(default_factory=threading.Condition)

    def add(self) -> None:
        with self.changed:
            self.value += 1
            self.changed.notify_all()

    def wait_for(self, count: int, timeout: float = WAIT_S) -> None:
        with self.changed:
            if not self.changed.wait_for(lambda: self.value >= count, timeout):
                pytest.fail(f"waited {timeout} s for {count}, got {self.value}")


class Smsc:
    """smpp34's SMSC with a script: what to answer, whether to send receipts.

    ``answers`` holds the answers to the next submits in order: ``"accept"``, an SMPP
    status to refuse with, or ``"hold"`` (never answered until :meth:`release`).
    When it is empty, submits are accepted. ``receipt`` is the ``stat:`` word of the
    delivery receipt sent for each accepted part (None: no receipt).
    """

    def __init__(self) -> None:
        self.port = 0
        self.answers: deque[str | int] = deque()
        self.receipt: str | None = "DELIVRD"
        self.receipt_tlvs = False  # receipts as TLVs only, no "id:… stat:…" text
        self.submits: list[Submitted] = []
        self.refused: list[int] = []
        self.received = _Counter()  # submits answered (or held), in any way
        self.binds = _Counter()
        self.unbinds = _Counter()
        self.acked_receipts = _Counter()  # receipts the client answered
        self._held: list[Any] = []
        self._sessions: dict[str, Any] = {}
        self._ids = itertools.count(0x1A2B0001)
        self._loop = _smsc_loop()
        self._server: Any = None
        self._serving: asyncio.Task[None] | None = None
        self._receipts: set[asyncio.Task[None]] = set()

    # -- life --

    def start(self) -> None:
        for _ in range(20):
            port = free_port()
            try:
                self._call(self._start(port))
            except smpp34.SmppError:
                continue  # another process took the port between probe and bind
            self.port = port
            return
        pytest.fail("no free port for the SMSC")

    def stop(self) -> None:
        self.release()
        self._call(self._stop())

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(WAIT_S)

    async def _start(self, port: int) -> None:
        self._server = smpp34.Server(host=HOST, port=port, system_id="TESTSMSC")
        await self._server.start()
        self._serving = asyncio.get_running_loop().create_task(self._serve())

    async def _stop(self) -> None:
        await self._server.stop()
        tasks = [*self._receipts, *([self._serving] if self._serving else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- what it does --

    async def _serve(self) -> None:
        while True:
            event = await self._server.next()
            if isinstance(event, smpp34.Esme):
                self._sessions[event.session_id] = event
                self.binds.add()
            elif isinstance(event, smpp34.Unbound):
                self.unbinds.add()
            elif isinstance(event, smpp34.SubmitSmEvent):
                self._answer(event)

    def _answer(self, event: Any) -> None:
        answer = self.answers.popleft() if self.answers else "accept"
        if answer == "hold":
            self._held.append(event)
        elif isinstance(answer, int):
            self.refused.append(answer)
            event.reject(answer)
        else:
            self._accept(event)
        self.received.add()

    def _accept(self, event: Any) -> None:
        message_id = format(next(self._ids), "x")
        self.submits.append(
            Submitted(
                message_id,
                event.source_addr,
                event.source_addr_ton,
                event.source_addr_npi,
                event.destination_addr,
                event.dest_addr_ton,
                event.dest_addr_npi,
                event.esm_class,
                event.data_coding,
                event.registered_delivery,
                bytes(event.short_message),
            )
        )
        event.accept(message_id)
        if self.receipt is not None and event.registered_delivery & 0x01:
            task = self._loop.create_task(
                self._send_receipt(event.session_id, self.submits[-1], self.receipt)
            )
            self._receipts.add(task)
            task.add_done_callback(self._receipts.discard)

    async def _send_receipt(self, session_id: str, submitted: Submitted, stat: str) -> None:
        text = (
            f"id:{submitted.message_id} sub:001 dlvrd:{int(stat == 'DELIVRD'):03d} "
            f"submit date:2611211000 done date:2611211001 stat:{stat} err:000 text:"
        ).encode()
        tlvs = []
        if self.receipt_tlvs:
            state = {"DELIVRD": 2, "EXPIRED": 3, "UNDELIV": 5, "REJECTD": 8}[stat]
            tlvs = [
                smpp34.Tlv(smpp34.TLV_RECEIPTED_MESSAGE_ID, submitted.message_id.encode() + b"\0"),
                smpp34.Tlv(smpp34.TLV_MESSAGE_STATE, bytes([state])),
            ]
            text = b""
        try:
            answer = await self._sessions[session_id].deliver_sm(
                destination_addr=submitted.source_addr,
                source_addr=submitted.destination_addr,
                esm_class=0x04,
                short_message=text,
                tlvs=tlvs,
            )
        except smpp34.SmppError:
            return  # that session is gone (a test cut it): the receipt is lost with it
        if answer.is_success:
            self.acked_receipts.add()

    def send_receipt(self, submitted: Submitted, stat: str) -> None:
        """Send a delivery receipt now, on the newest session."""
        session_id = list(self._sessions)[-1]
        self._call(self._send_receipt(session_id, submitted, stat))

    def release(self) -> None:
        """Accept every held submit now (their answers arrive late)."""
        held, self._held = self._held, []
        for event in held:
            self._loop.call_soon_threadsafe(self._accept, event)

    @property
    def held(self) -> int:
        return len(self._held)


@pytest.fixture
def smsc() -> Iterator[Smsc]:
    server = Smsc()
    server.start()
    yield server
    server.stop()


# --- the relay ---------------------------------------------------------------------------


def _read_frame(sock: socket.socket) -> bytes:
    header = _read_exact(sock, 4)
    (length,) = struct.unpack(">L", header)
    return header + _read_exact(sock, length - 4)


def _read_exact(sock: socket.socket, size: int) -> bytes:
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionError("closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


_SUBMIT_SM = 0x00000004


class Relay:
    """A TCP relay to an SMSC that can cut the line right after the next submit_sm."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.cut_next_submit = False
        self.cuts = _Counter()
        self._listener = socket.create_server((HOST, 0))
        self.port = int(self._listener.getsockname()[1])
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection((HOST, self.upstream_port))
            self._open += [client, upstream]
            frozen = threading.Event()
            threading.Thread(
                target=self._down, args=(upstream, client, frozen), daemon=True
            ).start()
            threading.Thread(target=self._up, args=(client, upstream, frozen), daemon=True).start()

    def _up(self, client: socket.socket, upstream: socket.socket, frozen: threading.Event) -> None:
        try:
            while True:
                frame = _read_frame(client)
                (command,) = struct.unpack(">L", frame[4:8])
                cut = command == _SUBMIT_SM and self.cut_next_submit
                if cut:
                    # Nothing the SMSC says from here on reaches the client.
                    frozen.set()
                    self.cut_next_submit = False
                upstream.sendall(frame)
                if cut:
                    _hang_up(client)
                    self.cuts.add()
                    return
        except OSError:
            pass
        finally:
            _hang_up(upstream)

    def _down(
        self, upstream: socket.socket, client: socket.socket, frozen: threading.Event
    ) -> None:
        try:
            while True:
                frame = _read_frame(upstream)
                if frozen.is_set():
                    return
                client.sendall(frame)
        except OSError:
            pass
        finally:
            if not frozen.is_set():
                _hang_up(client)

    def close(self) -> None:
        self._listener.close()
        for sock in self._open:
            _hang_up(sock)


def _hang_up(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


# --- a small SMSC of our own ---------------------------------------------------------------


class _Client:
    """What smpplib's PDU classes want of a client when they only parse and answer."""

    sequence = 0
    allow_unknown_opt_params = True

    def next_sequence(self) -> int:
        return 0  # parsing a request asks for one; the parsed number replaces it


class SmallSmsc(socketserver.ThreadingTCPServer):
    """An SMSC that checks the bind's password and answers query_sm.

    It accepts every text with a new message id and, once a test calls
    :meth:`deliver`, reports that id as delivered (message_state 2) to ``query_sm``.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, *, answers_query: bool = True) -> None:
        super().__init__((HOST, 0), _SmallSmscSession)
        self.port = int(self.server_address[1])
        self.answers_query = answers_query
        self.accepted: list[str] = []
        self.delivered: set[str] = set()
        self.refused_binds = 0
        self.queries: list[str] = []
        self._ids = itertools.count(7001)
        # shutdown() waits for the serve loop to look: look often, the tests are short.
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def next_id(self) -> str:
        message_id = f"M{next(self._ids)}"
        self.accepted.append(message_id)
        return message_id

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _SmallSmscSession(socketserver.BaseRequestHandler):
    server: SmallSmsc

    def handle(self) -> None:
        client = _Client()
        while True:
            try:
                raw = _read_frame(self.request)
            except OSError:
                return
            pdu = smpplib.smpp.parse_pdu(raw, client=client, allow_unknown_opt_params=True)
            answer = self._answer(pdu, client)
            if answer is None:
                continue
            answer.sequence = pdu.sequence
            self.request.sendall(answer.generate())
            if pdu.command == "unbind" or (
                pdu.command == "bind_transceiver" and answer.status != 0
            ):
                return

    def _answer(self, pdu: Any, client: _Client) -> Any:
        command = pdu.command
        if command == "bind_transceiver":
            return self._bind(pdu, client)
        if command == "submit_sm":
            return smpplib.smpp.make_pdu(
                "submit_sm_resp", client=client, message_id=self.server.next_id()
            )
        if command == "query_sm":
            return self._query(pdu, client)
        if command in ("unbind", "enquire_link"):
            return smpplib.smpp.make_pdu(f"{command}_resp", client=client)
        return None

    def _bind(self, pdu: Any, client: _Client) -> Any:
        right = pdu.system_id == SYSTEM_ID.encode() and pdu.password == PASSWORD.encode()
        if not right:
            self.server.refused_binds += 1
        status = 0 if right else smpplib.consts.SMPP_ESME_RINVPASWD
        return smpplib.smpp.make_pdu(
            "bind_transceiver_resp", client=client, status=status, system_id="SMALLSMSC"
        )

    def _query(self, pdu: Any, client: _Client) -> Any:
        server = self.server
        message_id = pdu.message_id.decode()
        server.queries.append(message_id)
        if not server.answers_query:
            return smpplib.smpp.make_pdu(
                "generic_nack", client=client, status=smpplib.consts.SMPP_ESME_RINVCMDID
            )
        if message_id not in server.accepted:
            return smpplib.smpp.make_pdu(
                "query_sm_resp", client=client, status=smpplib.consts.SMPP_ESME_RINVMSGID
            )
        return smpplib.smpp.make_pdu(
            "query_sm_resp",
            client=client,
            message_id=message_id,
            final_date="",
            message_state=2 if message_id in server.delivered else 1,
            error_code=0,
        )
