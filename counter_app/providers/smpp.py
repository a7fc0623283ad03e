"""The customer's text through an SMSC over SMPP 3.4 (the ``smpplib`` client library).

One transceiver bind, made when the first text goes out and made again after a lost
connection; a reader thread owns the socket's incoming side: it hands each
``submit_sm_resp`` to the send that waits for it, answers ``enquire_link``, and turns
delivery receipts (``deliver_sm`` with the receipt flag in ``esm_class``) into
outcomes that :meth:`SmppGateway.receipts` returns to the dispatcher.

Texts: GSM 7-bit when every character has one (``data_coding`` 0), else UCS-2
(``data_coding`` 8, what Chinese needs); a text longer than one message is cut into
parts, each with a concatenation header (UDH, ``esm_class`` 0x40), and is *delivered*
once every part is. Its ``provider_ref`` is the SMSC's message id of its first part.

Honest verdicts (see :mod:`counter_app.providers.base`): a refused connection or bind,
and an SMSC that answers ``ESME_RTHROTTLED`` / ``ESME_RMSGQFUL`` (it took nothing), are
``not_sent``; another refusal (an invalid number) is ``failed``; no answer in time, or
a connection lost once the text was on its way, is ``unknown``.
"""

from __future__ import annotations

import contextlib
import logging
import re
import select
import socket
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Final

import smpplib.client
import smpplib.consts
import smpplib.exceptions
import smpplib.gsm
import smpplib.smpp

from counter_app import log
from counter_app.domain.errors import CounterError
from counter_app.domain.outbox import Outcome, Verdict
from counter_app.domain.phones import mask_msisdn
from counter_app.providers.base import SmsRequest

# smpplib logs every PDU in hex at DEBUG: the password of a bind, the customer's number
# and text. Its records go to a logger of ours that lets warnings through, nothing less.
_LIBRARY_LOG: Final = logging.getLogger("counter.outbox.smpplib")
_LIBRARY_LOG.setLevel(logging.WARNING)

# An idle bind is kept alive (and a dead one found) with an enquire_link this often.
ENQUIRE_LINK_S: Final = 30.0
# How long close() waits for the SMSC to answer our unbind.
UNBIND_WAIT_S: Final = 2.0
# "Try again later" answers: how long to wait before the text goes out again. SMPP
# carries no Retry-After; these are the usual SMSC windows.
RETRY_AFTER_S: Final = {
    smpplib.consts.SMPP_ESME_RTHROTTLED: 5.0,
    smpplib.consts.SMPP_ESME_RMSGQFUL: 30.0,
}
# Refusals that say nothing about the text itself: the SMSC took nothing, send it later.
_TRANSIENT: Final = frozenset(
    {
        *RETRY_AFTER_S,
        smpplib.consts.SMPP_ESME_RSYSERR,
        smpplib.consts.SMPP_ESME_RINVBNDSTS,
    }
)
# A refused bind is a wrong system id or password: do not hammer the SMSC with it.
BIND_REFUSED_RETRY_S: Final = 60.0
# A later part of a long text that is throttled is sent again this soon, this often
# (its earlier parts are already with the SMSC: the text cannot simply go out again).
PART_RETRY_S: Final = 0.5
PART_RETRIES: Final = 3
# How many texts the gateway remembers (for receipts and look-ups).
REMEMBERED_TEXTS: Final = 5000

_ESME_RINVCMDID: Final = 0x00000003
_ESME_RQUERYFAIL: Final = 0x00000067

# esm_class bits 2-5: the message type; 0x04 is an SMSC delivery receipt.
_MESSAGE_TYPE_MASK: Final = 0x3C
_SMSC_DELIVERY_RECEIPT: Final = 0x04

# A receipt's "stat:" word (SMPP 3.4, appendix B) and what it tells about the text.
_RECEIPT_STATS: Final = {
    "DELIVRD": Verdict.CONFIRMED,
    "UNDELIV": Verdict.FAILED,
    "REJECTD": Verdict.FAILED,
    "EXPIRED": Verdict.FAILED,
    "DELETED": Verdict.FAILED,
}
# message_state (the receipt's TLV and query_sm_resp): 1 enroute, 2 delivered, 3 expired,
# 4 deleted, 5 undeliverable, 6 accepted, 7 unknown, 8 rejected.
_MESSAGE_STATES: Final = {
    1: ("ENROUTE", Verdict.SUBMITTED),
    2: ("DELIVRD", Verdict.CONFIRMED),
    3: ("EXPIRED", Verdict.FAILED),
    4: ("DELETED", Verdict.FAILED),
    5: ("UNDELIV", Verdict.FAILED),
    6: ("ACCEPTD", Verdict.SUBMITTED),
    7: ("UNKNOWN", Verdict.SUBMITTED),
    8: ("REJECTD", Verdict.FAILED),
}
_RECEIPT_ID: Final = re.compile(rb"(?:^|\s)id:(\S+)", re.IGNORECASE)
_RECEIPT_STAT: Final = re.compile(rb"(?:^|\s)stat:(\w+)", re.IGNORECASE)
_RECEIPT_ERR: Final = re.compile(rb"(?:^|\s)err:(\w+)", re.IGNORECASE)

# GSM alphanumeric originators are at most 11 characters; numbers at most 20 digits.
_ALPHANUMERIC_MAX: Final = 11
_NUMBER_MAX: Final = 20
_SHORT_CODE_MAX: Final = 7
_NATIONAL_DIGITS: Final = 8


def source_address(sender: str) -> tuple[int, int, str]:
    """(source_addr_ton, source_addr_npi, source_addr) for the shop's sender ID.

    OFCA's registered sender IDs ("#" and letters, e.g. ``#SHOPHK``) and any other name
    are *alphanumeric* (TON 5, NPI 0); ``+852…`` or a number with its country code is
    international (TON 1, NPI 1, no "+"); 8 digits are a Hong Kong number (TON 2,
    NPI 1); up to 7 digits a short code (TON 3, NPI 0).
    """
    sender = sender.strip()
    digits = sender.removeprefix("+")
    if digits.isascii() and digits.isdigit():
        if len(digits) > _NUMBER_MAX:
            raise ValueError(f"a sender number has at most {_NUMBER_MAX} digits")
        if sender.startswith("+") or len(digits) > _NATIONAL_DIGITS:
            return smpplib.consts.SMPP_TON_INTL, smpplib.consts.SMPP_NPI_ISDN, digits
        if len(digits) == _NATIONAL_DIGITS:
            return smpplib.consts.SMPP_TON_NATNL, smpplib.consts.SMPP_NPI_ISDN, digits
        return smpplib.consts.SMPP_TON_NWSPEC, smpplib.consts.SMPP_NPI_UNK, digits
    if not sender or len(sender) > _ALPHANUMERIC_MAX:
        raise ValueError(f"an alphanumeric sender ID has 1 to {_ALPHANUMERIC_MAX} characters")
    if not (sender.isascii() and sender.isprintable()):
        raise ValueError("a sender ID is plain ASCII letters, digits and '#'")
    return smpplib.consts.SMPP_TON_ALNUM, smpplib.consts.SMPP_NPI_UNK, sender


def destination_address(msisdn: str) -> str:
    """The customer's E.164 number as SMPP carries it (international, without "+")."""
    return msisdn.strip().removeprefix("+")


@dataclass(frozen=True)
class Receipt:
    """A delivery receipt: the SMSC's message id, its final word and error code."""

    message_id: str
    stat: str
    error: str

    @property
    def verdict(self) -> Verdict:
        return _RECEIPT_STATS.get(self.stat.upper(), Verdict.SUBMITTED)


def parse_receipt(pdu: Any) -> Receipt | None:
    """The receipt a ``deliver_sm`` carries, or None when it is not one (a reply).

    The TLVs (``receipted_message_id``, ``message_state``) win over the text
    ``id:… stat:… err:…``, which every SMSC sends but some format loosely.
    """
    if (int(pdu.esm_class or 0) & _MESSAGE_TYPE_MASK) != _SMSC_DELIVERY_RECEIPT:
        return None
    text = bytes(pdu.short_message or pdu.message_payload or b"")
    message_id = _text(pdu.receipted_message_id)
    if not message_id:
        found = _RECEIPT_ID.search(text)
        message_id = found.group(1).decode("ascii", "replace") if found else ""
    stat = ""
    if pdu.message_state is not None and int(pdu.message_state) in _MESSAGE_STATES:
        stat = _MESSAGE_STATES[int(pdu.message_state)][0]
    if not stat:
        found = _RECEIPT_STAT.search(text)
        stat = found.group(1).decode("ascii", "replace").upper() if found else ""
    found = _RECEIPT_ERR.search(text)
    error = found.group(1).decode("ascii", "replace") if found else ""
    if not message_id or not stat:
        return None
    return Receipt(message_id, stat, error)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.rstrip(b"\0").decode("ascii", "replace").strip()
    return str(value or "").strip()


def _keys(message_id: str) -> list[str]:
    """Forms of one message id to match a receipt by: SMSCs differ in case, leading
    zeros, and some give the id in hex in one place and in decimal in the other."""
    plain = message_id.strip().lower()
    keys = [plain.lstrip("0") or "0"]
    if plain.isdigit():
        keys.append(format(int(plain), "x"))
    elif plain and all(char in "0123456789abcdef" for char in plain):
        keys.append(str(int(plain, 16)))
    return keys


def _status_name(status: int) -> str:
    for name, value in vars(smpplib.consts).items():
        if name.startswith("SMPP_ESME_") and value == status:
            return str(name).removeprefix("SMPP_")
    return f"status 0x{status:08X}"


def _masked(msisdn: str) -> str:
    try:
        return mask_msisdn(msisdn)
    except CounterError:
        return f"••{msisdn[-2:]}"


class _NotBound(Exception):
    """No session could be had: nothing was sent."""

    def __init__(self, reason: str, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


@dataclass(eq=False)
class _Text:
    """One text as the gateway knows it: its parts' message ids, what came back."""

    reference: str
    masked: str
    parts: int
    sent: int = 0  # parts handed to the socket
    ids: dict[int, str] = field(default_factory=dict)  # part index -> SMSC's message id
    refused: dict[int, int] = field(default_factory=dict)  # part index -> command_status
    delivered: set[int] = field(default_factory=set)
    outcome: Outcome | None = None  # final: delivered or failed

    @property
    def ref(self) -> str:
        return self.ids.get(0, "")

    @property
    def accepted(self) -> bool:
        return len(self.ids) == self.parts


@dataclass(eq=False)
class _Waiter:
    """A request waiting for its response (matched by sequence number)."""

    text: _Text | None = None
    part: int = 0
    done: threading.Event = field(default_factory=threading.Event)
    pdu: Any = None
    lost: bool = False


@dataclass(eq=False)
class _Session:
    """One TCP connection and its bind; a new bind is a new session."""

    client: Any
    write: threading.Lock = field(default_factory=threading.Lock)
    waiters: dict[int, _Waiter] = field(default_factory=dict)
    alive: bool = True
    reader: threading.Thread | None = None


class SmppGateway:
    """Texts through an SMSC over SMPP 3.4 (implements :class:`~.base.SmsGateway`).

    *sender* is the shop's sender ID (see :func:`source_address`); *timeout_s* bounds
    the connection, the bind and the wait for each ``submit_sm_resp``. The dispatcher
    calls :meth:`send` and :meth:`lookup` from one worker thread; receipts arrive on the
    reader thread at any time and wait in :meth:`receipts`.
    """

    def __init__(
        self,
        host: str,
        port: int,
        system_id: str,
        password: str,
        sender: str,
        *,
        timeout_s: float = 10.0,
        name: str = "smpp",
    ) -> None:
        self.name = name
        self._host = host
        self._port = port
        self._system_id = system_id
        self._password = password
        self._source = source_address(sender)
        self._timeout_s = timeout_s
        self._lock = threading.Lock()  # guards everything below
        self._bind_lock = threading.Lock()  # one bind at a time
        self._closing = threading.Event()  # cuts a throttle pause short
        self._session: _Session | None = None
        self._texts: OrderedDict[str, _Text] = OrderedDict()  # by our reference
        self._parts: dict[str, tuple[_Text, int]] = {}  # message id key -> text, part
        self._early: OrderedDict[str, Receipt] = OrderedDict()  # receipts before their id
        self._finals: OrderedDict[str, Outcome] = OrderedDict()  # provider_ref -> final
        self._arrived: list[tuple[str, Outcome]] = []
        # Receipts no text of ours claims yet: told by receipts() only once they are older
        # than an answer can be late (else a part's receipt that raced its submit_sm_resp
        # would be told as a text of its own).
        self._orphans: OrderedDict[str, tuple[float, Outcome]] = OrderedDict()
        self._query_unsupported = False

    def __repr__(self) -> str:
        # Never the password.
        return f"SmppGateway({self.name!r}, {self._host}:{self._port}, {self._system_id!r})"

    # -- the SmsGateway interface --

    def send(self, request: SmsRequest) -> Outcome:
        """Submit the text (all its parts); ``submitted`` with the first part's id."""
        if not request.body:
            return Outcome(Verdict.FAILED, reason="the text is empty")
        parts, data_coding, esm_class = smpplib.gsm.make_parts(request.body)
        text = _Text(request.reference, _masked(request.msisdn), parts=len(parts))
        try:
            session = self._bound()
        except _NotBound as refused:
            log.outbox.warning("SMS %s: not sent: %s", request.reference, refused.reason)
            return Outcome(
                Verdict.NOT_SENT, reason=refused.reason, retry_after_s=refused.retry_after_s
            )
        with self._lock:
            self._remember(text)
        ton, npi, source = self._source
        fields = {
            "source_addr_ton": ton,
            "source_addr_npi": npi,
            "source_addr": source,
            "dest_addr_ton": smpplib.consts.SMPP_TON_INTL,
            "dest_addr_npi": smpplib.consts.SMPP_NPI_ISDN,
            "destination_addr": destination_address(request.msisdn),
            "esm_class": esm_class,
            "data_coding": data_coding,
            "registered_delivery": smpplib.consts.SMPP_SMSC_DELIVERY_RECEIPT_BOTH,
        }
        for index, part in enumerate(parts):
            outcome = self._submit_part(session, text, index, part, fields)
            if outcome is not None:
                log.outbox.warning(
                    "SMS %s to %s: %s: %s",
                    text.reference,
                    text.masked,
                    outcome.verdict,
                    outcome.reason,
                )
                return outcome
        log.outbox.info(
            "SMS %s to %s: submitted as %s (%d parts)",
            text.reference,
            text.masked,
            text.ref,
            text.parts,
        )
        return Outcome(Verdict.SUBMITTED, provider_ref=text.ref)

    def lookup(self, reference: str, provider_ref: str) -> Outcome:
        """What is known of a text sent before.

        Its receipt, if it came; ``submitted`` while a text the SMSC accepted waits for
        one. A text this gateway did not send (the program restarted since) is asked
        about with ``query_sm`` when the SMSC answers it. Without the SMSC's message id
        there is nothing to ask: SMPP looks texts up by that id only, never by ours.
        """
        with self._lock:
            text = self._texts.get(reference)
            known = self._known(text) if text is not None else None
            final = self._finals.get(provider_ref) if provider_ref else None
        if known is not None:
            return known
        if final is not None:
            return final
        if provider_ref:
            return self._query(provider_ref)
        return Outcome(
            Verdict.UNKNOWN,
            reason=(
                "the SMSC's answer to this text was lost and SMPP cannot look a text up "
                "without the SMSC's message id: ask the SMSC's operator (or the customer) "
                "whether it arrived, then mark it done or send it again"
            ),
        )

    def receipts(self) -> list[tuple[str, Outcome]]:
        """Texts settled by a delivery receipt since the last call: (provider_ref, outcome)."""
        with self._lock:
            settled = time.monotonic() - self._timeout_s
            while self._orphans:
                message_id, (at, outcome) = next(iter(self._orphans.items()))
                if at > settled:
                    break
                del self._orphans[message_id]
                self._arrived.append((message_id, outcome))
            arrived, self._arrived = self._arrived, []
        return arrived

    def close(self) -> None:
        """Unbind and let go of the connection (a later send binds again)."""
        self._closing.set()
        with self._lock:
            session, self._session = self._session, None
        if session is None:
            return
        if session.alive:
            waiter = self._request(session, "unbind")
            if waiter is not None:
                waiter.done.wait(min(UNBIND_WAIT_S, self._timeout_s))
        self._drop(session)
        if session.reader is not None and session.reader is not threading.current_thread():
            session.reader.join(self._timeout_s)

    # -- the bind --

    def _bound(self) -> _Session:
        with self._bind_lock:
            with self._lock:
                if self._session is not None and self._session.alive:
                    return self._session
            session = self._bind()
            with self._lock:
                self._session = session
            self._closing.clear()
            reader = threading.Thread(
                target=self._read, args=(session,), name=f"{self.name}-reader", daemon=True
            )
            session.reader = reader
            reader.start()
            return session

    def _bind(self) -> _Session:
        where = f"{self._host}:{self._port}"
        client = smpplib.client.Client(
            self._host,
            self._port,
            timeout=self._timeout_s,
            logger_name=_LIBRARY_LOG.name,
            allow_unknown_opt_params=True,
        )
        try:
            client.connect()
        except smpplib.exceptions.ConnectionError:
            _close_quietly(client)
            raise _NotBound(f"the SMSC at {where} refused the connection") from None
        try:
            client.bind_transceiver(
                system_id=self._system_id,
                password=self._password,
                system_type="",
                interface_version=smpplib.consts.SMPP_VERSION_34,
                addr_ton=smpplib.consts.SMPP_TON_UNK,
                addr_npi=smpplib.consts.SMPP_NPI_UNK,
                address_range="",
            )
        except smpplib.exceptions.PDUError as error:
            _close_quietly(client)
            status = int(error.args[1]) if len(error.args) > 1 else 0
            raise _NotBound(
                f"the SMSC at {where} refused our bind ({_status_name(status)}): "
                "check the SMS system id and password",
                BIND_REFUSED_RETRY_S,
            ) from None
        except (smpplib.exceptions.ConnectionError, OSError):
            _close_quietly(client)
            raise _NotBound(f"the SMSC at {where} did not answer our bind") from None
        log.outbox.info("SMPP: bound to %s as %s", where, self._system_id)
        return _Session(client)

    # -- sending --

    def _submit_part(
        self, session: _Session, text: _Text, index: int, part: bytes, fields: dict[str, Any]
    ) -> Outcome | None:
        """Send one part and wait for its answer; None when the SMSC accepted it."""
        for attempt in range(PART_RETRIES + 1):
            waiter = self._request(session, "submit_sm", text, index, short_message=part, **fields)
            unanswered = self._unanswered(text, index, waiter)
            if unanswered is not None or waiter is None:
                return unanswered
            status = _status_of(waiter.pdu, "submit_sm_resp")
            if status == 0:
                return None
            if status == smpplib.consts.SMPP_ESME_RINVBNDSTS:
                self._drop(session)  # the SMSC forgot our bind: the next text binds again
            if index == 0 or status not in RETRY_AFTER_S or attempt == PART_RETRIES:
                return _refusal(text, index, status)
            # The earlier parts are with the SMSC: pause, then send this part again.
            if self._closing.wait(PART_RETRY_S):
                break
        return self._unknown(text, f"part {index + 1}: the gateway was closed while sending")

    def _unanswered(self, text: _Text, index: int, waiter: _Waiter | None) -> Outcome | None:
        """What a part that got no answer means for the text (None: it got one)."""
        of = f"part {index + 1} of {text.parts}: " if text.parts > 1 else ""
        if waiter is None:  # the session ended before this part was written
            lost = "the connection to the SMSC was lost"
            if index == 0:
                return Outcome(Verdict.NOT_SENT, reason=lost)
            return self._unknown(text, of + lost)
        with self._lock:
            text.sent = max(text.sent, index + 1)
        if not waiter.done.wait(self._timeout_s):
            return self._unknown(text, f"{of}the SMSC did not answer in {self._timeout_s:g} s")
        if waiter.lost:
            return self._unknown(text, f"{of}the connection to the SMSC was lost after sending")
        return None

    def _unknown(self, text: _Text, reason: str) -> Outcome:
        return Outcome(Verdict.UNKNOWN, provider_ref=text.ref, reason=reason)

    def _request(
        self,
        session: _Session,
        command: str,
        text: _Text | None = None,
        part: int = 0,
        **fields: Any,
    ) -> _Waiter | None:
        """Write one request PDU; its waiter, or None when the session is gone (nothing
        was written then)."""
        waiter = _Waiter(text, part)
        with session.write:
            with self._lock:
                if not session.alive:
                    return None
            pdu = smpplib.smpp.make_pdu(command, client=session.client, **fields)
            with self._lock:
                session.waiters[pdu.sequence] = waiter
            try:
                session.client.send_pdu(pdu)
            except (smpplib.exceptions.ConnectionError, smpplib.exceptions.PDUError, OSError):
                # Some bytes may have left: the waiter says "lost", the caller "unknown".
                self._lost(session)
        return waiter

    def _respond(self, session: _Session, command: str, sequence: int) -> bool:
        with session.write:
            pdu = smpplib.smpp.make_pdu(command, client=session.client)
            pdu.sequence = sequence
            try:
                session.client.send_pdu(pdu)
            except (smpplib.exceptions.ConnectionError, smpplib.exceptions.PDUError, OSError):
                return False
        return True

    # -- the reader thread --

    def _read(self, session: _Session) -> None:
        client = session.client
        try:
            while True:
                sock = client._socket
                if sock is None:
                    break
                readable, _, _ = select.select([sock], [], [], ENQUIRE_LINK_S)
                if not readable:
                    if self._request(session, "enquire_link") is None:
                        break
                    continue
                try:
                    pdu = client.read_pdu()
                except smpplib.exceptions.UnknownCommandError:
                    continue  # a PDU we do not know was read whole: skip it
                if pdu is None or not self._handle(session, pdu):
                    break
        except (smpplib.exceptions.ConnectionError, smpplib.exceptions.PDUError, OSError):
            pass  # the connection is gone: below
        except Exception:
            log.outbox.exception("SMPP: the reader failed")
        finally:
            self._lost(session)
            with session.write:
                _close_quietly(client)

    def _handle(self, session: _Session, pdu: Any) -> bool:
        """Act on one incoming PDU; False when the session ends."""
        command = pdu.command
        if command == "deliver_sm":
            receipt = parse_receipt(pdu)
            if receipt is not None:
                with self._lock:
                    self._receipt(receipt)
            return self._respond(session, "deliver_sm_resp", pdu.sequence)
        if command == "enquire_link":
            return self._respond(session, "enquire_link_resp", pdu.sequence)
        if command == "unbind":
            self._respond(session, "unbind_resp", pdu.sequence)
            log.outbox.info("SMPP: the SMSC unbound us")
            return False
        with self._lock:
            waiter = session.waiters.pop(pdu.sequence, None)
            if waiter is None:
                return True
            if command == "submit_sm_resp" and waiter.text is not None:
                self._answered(waiter.text, waiter.part, pdu)
        waiter.pdu = pdu
        waiter.done.set()
        return bool(command != "unbind_resp")

    def _lost(self, session: _Session) -> None:
        with self._lock:
            if self._session is session:
                self._session = None
            was_alive, session.alive = session.alive, False
            waiters = list(session.waiters.values())
            session.waiters.clear()
        for waiter in waiters:
            waiter.lost = True
            waiter.done.set()
        if was_alive:
            log.outbox.info("SMPP: the connection to %s:%s ended", self._host, self._port)
        self._drop(session)

    def _drop(self, session: _Session) -> None:
        """Shut the connection down; the reader wakes, ends the session and closes it."""
        session.alive = False
        sock = session.client._socket
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    # -- what came back (called with self._lock held) --

    def _answered(self, text: _Text, part: int, pdu: Any) -> None:
        status = int(pdu.status or 0)
        if status != 0:
            text.refused[part] = status
            return
        message_id = _text(pdu.message_id)
        text.ids[part] = message_id
        for key in _keys(message_id):
            self._parts[key] = (text, part)
            early = self._early.pop(key, None)
            self._orphans.pop(message_id, None)
            if early is not None:
                self._settle(text, part, early)

    def _receipt(self, receipt: Receipt) -> None:
        for key in _keys(receipt.message_id):
            found = self._parts.get(key)
            if found is not None:
                self._settle(*found, receipt)
                return
        # Not one of ours (yet): a text sent before a restart, or a receipt that came
        # before its submit_sm_resp. Told as it is, and kept for the answer to come.
        self._early[_keys(receipt.message_id)[0]] = receipt
        self._trim(self._early)
        if receipt.verdict in (Verdict.CONFIRMED, Verdict.FAILED):
            outcome = Outcome(
                receipt.verdict, provider_ref=receipt.message_id, reason=_said(receipt)
            )
            self._finals[receipt.message_id] = outcome
            self._trim(self._finals)
            self._orphans[receipt.message_id] = (time.monotonic(), outcome)
            self._trim(self._orphans)

    def _settle(self, text: _Text, part: int, receipt: Receipt) -> None:
        if text.outcome is not None:
            return
        verdict = receipt.verdict
        if verdict is Verdict.FAILED:
            of = f"part {part + 1} of {text.parts}: " if text.parts > 1 else ""
            outcome = Outcome(Verdict.FAILED, text.ref, reason=f"{of}{_said(receipt)}")
        elif verdict is Verdict.CONFIRMED:
            text.delivered.add(part)
            if not (text.accepted and len(text.delivered) == text.parts):
                return
            outcome = Outcome(Verdict.CONFIRMED, text.ref)
        else:
            return
        text.outcome = outcome
        if text.ref:
            self._finals[text.ref] = outcome
            self._trim(self._finals)
            self._arrived.append((text.ref, outcome))
        log.outbox.info("SMS %s to %s: %s", text.reference, text.masked, outcome.verdict)

    def _known(self, text: _Text) -> Outcome | None:
        """What this gateway itself knows of a text it sent (None: nothing useful)."""
        if text.outcome is not None:
            return text.outcome
        if text.accepted:
            return Outcome(Verdict.SUBMITTED, text.ref)
        if 0 in text.refused and not text.ids:
            status = text.refused[0]
            verdict = Verdict.NOT_SENT if status in _TRANSIENT else Verdict.FAILED
            return Outcome(verdict, reason=f"the SMSC refused the text ({_status_name(status)})")
        if text.ids:
            return Outcome(
                Verdict.UNKNOWN,
                text.ref,
                reason=(
                    f"only {len(text.ids)} of the text's {text.parts} parts reached the "
                    "SMSC: the customer may have part of it"
                ),
            )
        return None

    def _remember(self, text: _Text) -> None:
        self._texts[text.reference] = text
        self._texts.move_to_end(text.reference)
        while len(self._texts) > REMEMBERED_TEXTS:
            _, old = self._texts.popitem(last=False)
            for message_id in old.ids.values():
                for key in _keys(message_id):
                    self._parts.pop(key, None)

    @staticmethod
    def _trim(remembered: OrderedDict[str, Any]) -> None:
        while len(remembered) > REMEMBERED_TEXTS:
            remembered.popitem(last=False)

    # -- query_sm --

    def _query(self, provider_ref: str) -> Outcome:
        waiting = Outcome(
            Verdict.SUBMITTED, provider_ref, reason="accepted by the SMSC; no receipt yet"
        )
        if self._query_unsupported:
            return waiting
        try:
            session = self._bound()
        except _NotBound as refused:
            return Outcome(Verdict.SUBMITTED, provider_ref, reason=refused.reason)
        ton, npi, source = self._source
        waiter = self._request(
            session,
            "query_sm",
            message_id=provider_ref,
            source_addr_ton=ton,
            source_addr_npi=npi,
            source_addr=source,
        )
        if waiter is None or not waiter.done.wait(self._timeout_s) or waiter.lost:
            return waiting
        status = _status_of(waiter.pdu, "query_sm_resp")
        if status == _ESME_RINVCMDID:
            self._query_unsupported = True  # it will not answer the next one either
        state = _MESSAGE_STATES.get(int(waiter.pdu.message_state or 0)) if status == 0 else None
        if state is None or state[1] is Verdict.SUBMITTED:
            return waiting
        reason = f"stat:{state[0]}" if state[1] is Verdict.FAILED else ""
        return Outcome(state[1], provider_ref, reason=reason)


def _status_of(pdu: Any, expected: str) -> int:
    """The command_status of an answer; a generic_nack (or another stray answer) counts
    as "invalid command"."""
    status = int(pdu.status or 0)
    if pdu.command != expected:
        return status or _ESME_RINVCMDID
    return status


def _refusal(text: _Text, index: int, status: int) -> Outcome:
    """What a refused part means for the text."""
    said = _status_name(status)
    if index == 0 and status in _TRANSIENT:
        return Outcome(
            Verdict.NOT_SENT,
            reason=f"the SMSC asked us to wait ({said})",
            retry_after_s=RETRY_AFTER_S.get(status),
        )
    if index == 0:
        return Outcome(Verdict.FAILED, reason=f"the SMSC refused the text ({said})")
    return Outcome(
        Verdict.FAILED,
        provider_ref=text.ref,
        reason=(
            f"part {index + 1} of {text.parts}: refused by the SMSC ({said}): "
            "the customer may have part of the text"
        ),
    )


def _said(receipt: Receipt) -> str:
    error = f" err:{receipt.error}" if receipt.error else ""
    return f"stat:{receipt.stat}{error}"


def _close_quietly(client: Any) -> None:
    sock = client._socket
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.close()
    client._socket = None
    client.state = smpplib.consts.SMPP_CLIENT_STATE_CLOSED
