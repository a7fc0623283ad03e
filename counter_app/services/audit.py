"""The tamper-evident audit trail: every sensitive action, in keyed hash chains.

Chains. Each counter has its own chain (``AuditEvent.chain`` is the counter's id) and the
shop has one for entries with no counter (the command line, admin jobs): chain 0. An
entry's place in its chain is ``seq`` (1, 2, ...), and its ``hash`` is an HMAC-SHA256,
keyed with the installation secret's audit key, of its fields, its chain and place and the
previous entry's hash. Each chain's newest entry and count are kept in its ``audit_head``
row, which only that chain's writers lock: counters do not queue behind each other.

The key never enters the database (:attr:`InstallationSecret.audit_key`, derived from the
secret file), so someone who can write to the database cannot recompute a hash: an edited,
deleted, reordered or forged entry, a moved head and a cut tail are all found by
:func:`verify`. Sales are bound too: a completed sale's entry holds a digest of its receipt
number, total, items and payments; a void's or refund's entry that digest and the
reversal's. With gap-free receipt numbers, a changed amount, a deleted payment or a
deleted sale is found. What a database alone cannot show is a rewind of everything to an
earlier, consistent state: for that each Z report and each backup carries the heads'
counts and hashes, and ``counter-app audit verify --expect HASH`` checks that the chain
still holds the entry a head named then.

Upgrade from a database written before the key (migration 0008). The older entries kept
plain SHA-256 hashes; they are left untouched as the shop chain's first entries
(``AuditHead.legacy_entries`` counts them) and verified the old way. The first start with
the installation secret appends a keyed ``audit.sealed`` entry that names their count and
follows their last hash (:func:`seal_legacy`), so from then on they can no longer be
rewritten either. Re-sealing them with the key was not chosen: it would rewrite history
and bless whatever had been changed before. Until the seal is written (between the
migration and the first start, which seals at once), :func:`verify` reports them unsealed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from counter_app.domain.sales import SaleState
from counter_app.domain.staff import Role
from counter_app.store.engine import AUDIT_KEY_INFO, Database
from counter_app.store.models import (
    AuditEvent,
    AuditHead,
    Counter,
    Line,
    ReceiptSequence,
    Sale,
    SaleReversal,
    StaffUser,
    VoucherPin,
)

GENESIS: Final = "0" * 64
SHOP_CHAIN: Final = 0
SEALED: Final = "audit.sealed"
SALE_COMPLETED: Final = "sale.completed"
SHIFT_CLOSED: Final = "shift.closed"
# A void's or refund's action is "sale." + the reversal's kind.
SALE_REVERSED: Final = {"sale.void": SaleState.VOIDED, "sale.refund": SaleState.REFUNDED}
# Shortest head hash --expect accepts: 64 bits cannot be hit by chance.
MIN_EXPECT_HEX: Final = 16


class AuditKeyMissing(RuntimeError):
    """The database was opened without the installation secret: a bug in the caller."""


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _body(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "occurred_at": event.occurred_at.isoformat(),
        "action": event.action,
        "staff_id": event.staff_id,
        "counter_id": event.counter_id,
        "subject": event.subject,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }


def _keyed_digest(event: AuditEvent, key: bytes, *, bind_id: bool = False) -> str:
    """The entry's keyed hash. Entries are written in one INSERT, before the database
    gives them an id, so the id is not part of it (its place is: chain and seq); entries
    written before 2026-12 bound their id too (*bind_id*), and still verify that way.
    """
    body = {**_body(event), "chain": event.chain, "seq": event.seq}
    if not bind_id:
        body["id"] = None
    return hmac.new(key, _canonical(body), hashlib.sha256).hexdigest()


def _keyed_matches(event: AuditEvent, key: bytes) -> bool:
    """Whether *event*'s hash is its keyed digest, as written now or as written before."""
    return hmac.compare_digest(_keyed_digest(event, key), event.hash) or hmac.compare_digest(
        _keyed_digest(event, key, bind_id=True), event.hash
    )


def _legacy_digest(event: AuditEvent) -> str:
    """The hash versions before 0008 wrote: plain SHA-256, no chain, no place."""
    return hashlib.sha256(_canonical(_body(event))).hexdigest()


def _session_key(session: Session) -> bytes:
    key = session.info.get(AUDIT_KEY_INFO)
    if not isinstance(key, bytes):
        raise AuditKeyMissing(
            "an audit entry needs the installation secret: open the database through "
            "keys.check_matches_database (startup.open_counter does)"
        )
    return key


def _database_key(db: Database) -> bytes:
    if db.audit_key is None:
        raise AuditKeyMissing(
            "verifying the audit trail needs the installation secret: "
            "call keys.check_matches_database first"
        )
    return db.audit_key


def chain_of(counter_id: int | None) -> int:
    """The chain an entry at *counter_id* (None: no counter) goes to."""
    return SHOP_CHAIN if counter_id is None else counter_id


_EVENTS = cast(Table, AuditEvent.__table__)
_HEADS = cast(Table, AuditHead.__table__)
_ENTRY: Final = (
    "chain",
    "seq",
    "occurred_at",
    "action",
    "staff_id",
    "counter_id",
    "subject",
    "details",
    "prev_hash",
    "hash",
)
# Built once, compiled once (Core, not the ORM's unit of work: an entry is written by
# every sale, so its cost is every sale's). The entry's values are bound as e_<column>.
_CLAIM_PLACE: Final = (
    update(_HEADS)
    .where(_HEADS.c.chain == bindparam("e_chain"))
    .values(entries=_HEADS.c.entries + 1)
    .returning(_HEADS.c.entries, _HEADS.c.last_hash)
)
_INSERT_ENTRY: Final = (
    insert(_EVENTS)
    .values({name: bindparam(f"e_{name}") for name in _ENTRY})
    .returning(_EVENTS.c.id)
)
_MOVE_HEAD: Final = (
    update(_HEADS)
    .where(_HEADS.c.chain == bindparam("e_chain"))
    .values(last_event_id=bindparam("e_id"), last_hash=bindparam("e_hash"))
)
_ENTRY_CTE = _INSERT_ENTRY.cte("entry")
# PostgreSQL: the entry and the head in one round trip (the INSERT a data-modifying CTE).
_INSERT_ENTRY_MOVE_HEAD: Final = (
    update(_HEADS)
    .where(_HEADS.c.chain == bindparam("e_chain"))
    .values(last_event_id=select(_ENTRY_CTE.c.id).scalar_subquery(), last_hash=bindparam("e_hash"))
    .returning(_HEADS.c.last_event_id)
)


def _claim_place(session: Session, chain: int) -> tuple[int, str]:
    """The chain's next place and its newest hash, its head locked until the commit."""
    claimed = session.execute(_CLAIM_PLACE, {"e_chain": chain}).first()
    if claimed is not None:
        return claimed[0], claimed[1]
    # A counter's first entry: two writers may get here at once, so the row is made with
    # ON CONFLICT DO NOTHING and then claimed (the second waits for the first to commit).
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(
        dialect.insert(AuditHead)
        .values(chain=chain, entries=0, legacy_entries=0, last_event_id=0, last_hash=GENESIS)
        .on_conflict_do_nothing(index_elements=["chain"])
    )
    claimed = session.execute(_CLAIM_PLACE, {"e_chain": chain}).one()
    return claimed[0], claimed[1]


def record(
    session: Session,
    action: str,
    *,
    occurred_at: datetime,
    staff_id: int | None = None,
    counter_id: int | None = None,
    subject: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append an entry in the caller's transaction; call it last (it locks the chain head).

    The entry goes to *counter_id*'s chain (the shop's without one). *details* must never
    hold an ID number, a full card number or a PIN. The caller's pending changes are
    flushed first, so the head is locked only from here to the commit; then the head is
    claimed (its count moved on, its newest hash returned) and the entry inserted whole
    with the head pointed at it: two round trips on PostgreSQL, three statements on
    SQLite. Returns the entry as written (not attached to the session).
    """
    key = _session_key(session)
    chain = chain_of(counter_id)
    session.flush()
    seq, prev_hash = _claim_place(session, chain)
    event = AuditEvent(
        chain=chain,
        seq=seq,
        occurred_at=occurred_at,
        action=action,
        staff_id=staff_id,
        counter_id=counter_id,
        subject=subject,
        details=details or {},
        prev_hash=prev_hash,
        hash="",
    )
    event.hash = _keyed_digest(event, key)
    values = {f"e_{name}": getattr(event, name) for name in _ENTRY}
    if session.get_bind().dialect.name == "postgresql":
        event.id = session.execute(_INSERT_ENTRY_MOVE_HEAD, values).scalar_one()
    else:
        event.id = session.execute(_INSERT_ENTRY, values).scalar_one()
        session.execute(_MOVE_HEAD, {"e_chain": chain, "e_id": event.id, "e_hash": event.hash})
    return event


def seal_legacy(db: Database, now: datetime) -> None:
    """Seal the plain-hash entries an older version wrote into the keyed shop chain, once."""
    with db.write() as session:
        head = session.scalars(
            select(AuditHead).where(AuditHead.chain == SHOP_CHAIN).with_for_update()
        ).first()
        if head is None or not head.legacy_entries or head.entries != head.legacy_entries:
            return
        record(
            session,
            SEALED,
            occurred_at=now,
            details={"legacy_entries": head.legacy_entries, "legacy_hash": head.last_hash},
        )


def sale_digest(sale: Sale) -> str:
    """What a sale's audit entry binds: its number, total, line, items and payments."""
    body = {
        "receipt_no": sale.receipt_no,
        "kind": sale.kind,
        "counter_id": sale.counter_id,
        "shift_id": sale.shift_id,
        "clerk_id": sale.clerk_id,
        "line_id": sale.line_id,
        "total": sale.total,
        "completed_at": sale.completed_at.isoformat() if sale.completed_at else None,
        "line_before": sale.line_before,
        "line_after": sale.line_after,
        "items": [
            [
                item.plan_id,
                item.voucher_pin_id,
                item.plan_code,
                item.name_zh,
                item.name_en,
                item.list_price,
                item.discount,
                item.amount,
                item.promotion_code,
                item.benefits,
            ]
            for item in sorted(sale.items, key=lambda item: item.id)
        ],
        "payments": [
            [
                payment.tender,
                payment.amount,
                payment.tendered,
                payment.change,
                payment.reference,
                payment.card_last4,
                payment.approval_code,
            ]
            for payment in sorted(sale.payments, key=lambda payment: payment.id)
        ],
    }
    return hashlib.sha256(_canonical(body)).hexdigest()


def reversal_digest(reversal: SaleReversal) -> str:
    """What a void's or refund's audit entry binds of the reversal record."""
    body = {
        "sale_id": reversal.sale_id,
        "kind": reversal.kind,
        "shift_id": reversal.shift_id,
        "clerk_id": reversal.clerk_id,
        "approved_by": reversal.approved_by,
        "reason": reversal.reason,
        "amount": reversal.amount,
        "cash_returned": reversal.cash_returned,
        "line_restored": reversal.line_restored,
        "created_at": reversal.created_at.isoformat(),
    }
    return hashlib.sha256(_canonical(body)).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    """One chain's newest entry: what a Z report prints and a backup writes beside it."""

    chain: int
    name: str  # the counter's code, or "shop"
    entries: int
    last_hash: str

    def line(self) -> str:
        return f"{self.name}: {self.entries} entries, head {self.last_hash}"


def shift_closing(session: Session, shift_id: int) -> AuditEvent | None:
    """The entry that closed shift *shift_id*: its place and hash are its chain's head then."""
    return session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == SHIFT_CLOSED, AuditEvent.subject == f"shift {shift_id}")
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()


def _heads(session: Session) -> list[ChainHead]:
    codes = dict(session.execute(select(Counter.id, Counter.code)).all())
    return [
        ChainHead(head.chain, _chain_name(head.chain, codes), head.entries, head.last_hash)
        for head in session.scalars(select(AuditHead).order_by(AuditHead.chain))
    ]


def _chain_name(chain: int, codes: dict[int, str]) -> str:
    return "shop" if chain == SHOP_CHAIN else codes.get(chain, f"counter #{chain}")


@dataclass(frozen=True)
class AuditReport:
    """The verifier's verdict; ``broken_id`` is the first entry that does not check out."""

    ok: bool
    entries: int
    broken_id: int | None = None
    problem: str = ""
    chains: tuple[ChainHead, ...] = ()


class _Broken(Exception):
    def __init__(self, problem: str, entry_id: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.entry_id = entry_id


@dataclass
class _SaleEntries:
    """The audit entries that name one receipt number."""

    completed: AuditEvent | None = None
    reversed: AuditEvent | None = None
    keyed: set[int] = field(default_factory=set)  # ids of the keyed ones


@dataclass
class _Walk:
    key: bytes
    legacy_entries: int
    expect: dict[str, str]
    entries: int = 0
    sales: dict[str, _SaleEntries] = field(default_factory=dict)
    tails: dict[int, AuditEvent] = field(default_factory=dict)
    # Each member of staff's role and active flag as the newest entry about them says
    # (entry ids run in commit order across the chains): (entry id, value).
    roles: dict[str, tuple[int, str]] = field(default_factory=dict)
    active: dict[str, tuple[int, bool]] = field(default_factory=dict)


def verify(db: Database, *, expect: Sequence[str] = ()) -> AuditReport:
    """Check every chain on its own, then all of them together with the sales they bind.

    Each entry's hash and link, each chain's numbering and head, each sale against its
    entries and each counter's receipt numbers. *expect* lists head hashes taken earlier
    (a Z report, a backup's side file): each must still be an entry of an intact chain.
    """
    key = _database_key(db)
    wanted = {_clean_hash(h): h for h in expect}
    with db.read() as session:
        walk = _Walk(key, _sealed_legacy_entries(session, key), wanted)
        try:
            _walk_chains(session, walk)
            _check_heads(session, walk)
            _check_sales(session, walk)
            _check_staff(session, walk)
            if walk.expect:
                missing = next(iter(walk.expect.values()))
                raise _Broken(
                    f"no entry has the hash {missing} taken earlier: the trail was cut back "
                    "or rewound since"
                )
        except _Broken as broken:
            return AuditReport(False, walk.entries, broken.entry_id, broken.problem)
        return AuditReport(True, walk.entries, chains=tuple(_heads(session)))


def _clean_hash(text: str) -> str:
    cleaned = "".join(text.split()).lower()
    if len(cleaned) < MIN_EXPECT_HEX or any(c not in "0123456789abcdef" for c in cleaned):
        raise ValueError(
            f"{text!r} is not a head hash (at least {MIN_EXPECT_HEX} hexadecimal digits)"
        )
    return cleaned


def _sealed_legacy_entries(session: Session, key: bytes) -> int:
    """How many plain-hash entries open the shop chain: the count the keyed seal vouches."""
    seal = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.chain == SHOP_CHAIN, AuditEvent.action == SEALED)
        .order_by(AuditEvent.seq)
        .limit(1)
    ).first()
    if seal is None or not _keyed_matches(seal, key):
        return 0
    return seal.seq - 1


def _walk_chains(session: Session, walk: _Walk) -> None:
    query = select(AuditEvent).order_by(AuditEvent.chain, AuditEvent.seq)
    previous: AuditEvent | None = None
    for event in session.scalars(query).yield_per(2000):
        walk.entries += 1
        if previous is not None and previous.chain != event.chain:
            walk.tails[previous.chain] = previous
            previous = None
        _check_entry(event, previous, walk)
        _note_sale(event, walk)
        _note_staff(event, walk)
        for wanted in [h for h in walk.expect if event.hash.startswith(h)]:
            del walk.expect[wanted]
        previous = event
    if previous is not None:
        walk.tails[previous.chain] = previous


def _check_entry(event: AuditEvent, previous: AuditEvent | None, walk: _Walk) -> None:
    where = f"entry {event.seq} of the {_chain_word(event.chain)} chain"
    if event.seq != (previous.seq + 1 if previous else 1):
        raise _Broken(f"{where} is out of place (entries were removed or reordered)", event.id)
    if event.prev_hash != (previous.hash if previous else GENESIS):
        raise _Broken(
            f"{where} does not follow the entry before it (an entry was removed or edited)",
            event.id,
        )
    legacy = event.chain == SHOP_CHAIN and event.seq <= walk.legacy_entries
    if legacy:
        matches = hmac.compare_digest(_legacy_digest(event), event.hash)
    else:
        matches = _keyed_matches(event, walk.key)
        if event.chain != chain_of(event.counter_id):
            raise _Broken(f"{where} was moved from another counter's chain", event.id)
    if not matches:
        raise _Broken(f"{where} was changed (its keyed hash does not match)", event.id)
    if event.action == SEALED and not legacy:
        details = event.details
        if details.get("legacy_entries") != event.seq - 1:
            raise _Broken(f"{where} seals a different number of older entries", event.id)


def _chain_word(chain: int) -> str:
    return "shop" if chain == SHOP_CHAIN else f"counter #{chain}"


def _note_sale(event: AuditEvent, walk: _Walk) -> None:
    if event.action != SALE_COMPLETED and event.action not in SALE_REVERSED:
        return
    entries = walk.sales.setdefault(event.subject, _SaleEntries())
    slot = "completed" if event.action == SALE_COMPLETED else "reversed"
    if getattr(entries, slot) is not None:
        raise _Broken(f"sale {event.subject} has two {event.action} entries", event.id)
    setattr(entries, slot, event)
    if not (event.chain == SHOP_CHAIN and event.seq <= walk.legacy_entries):
        entries.keyed.add(event.id)


def _note_staff(event: AuditEvent, walk: _Walk) -> None:
    """What the entry says about a member of staff's role or active flag, if anything."""
    details = event.details if isinstance(event.details, dict) else {}
    if event.action == "shop.created" and isinstance(details.get("admin"), str):
        walk.roles[details["admin"]] = (event.id, Role.ADMIN.value)
        walk.active[details["admin"]] = (event.id, True)
    elif event.action == "staff.added":
        walk.roles[event.subject] = (event.id, str(details.get("role")))
        walk.active[event.subject] = (event.id, True)
    elif event.action == "staff.role_changed":
        after = details.get("after")
        if isinstance(after, dict):
            walk.roles[event.subject] = (event.id, str(after.get("role")))
    elif event.action in ("staff.deactivated", "staff.reactivated"):
        walk.active[event.subject] = (event.id, event.action == "staff.reactivated")


def _check_staff(session: Session, walk: _Walk) -> None:
    """Every account, its role and whether it may sign in are as the trail says: an admin
    made by editing the table (or a deactivated account brought back) is found."""
    for user in session.scalars(select(StaffUser).order_by(StaffUser.id)):
        role = walk.roles.get(user.username)
        if role is None:
            raise _Broken(
                f"the account {user.username} is not in the audit trail (added outside the program)"
            )
        if role[1] != user.role:
            raise _Broken(
                f"the account {user.username} is a {user.role} but the trail made it a "
                f"{role[1]} (changed outside the program)",
                role[0],
            )
        active = walk.active.get(user.username)
        if active is not None and active[1] != user.active:
            state = "active" if user.active else "inactive"
            raise _Broken(
                f"the account {user.username} is {state}, not as the trail left it "
                "(changed outside the program)",
                active[0],
            )


def _check_heads(session: Session, walk: _Walk) -> None:
    for head in session.scalars(select(AuditHead)):
        tail = walk.tails.pop(head.chain, None)
        entries, last_hash, last_id = (
            (tail.seq, tail.hash, tail.id) if tail is not None else (0, GENESIS, 0)
        )
        if (head.entries, head.last_hash, head.last_event_id) != (entries, last_hash, last_id):
            raise _Broken(
                f"the {_chain_word(head.chain)} chain's head names entry {head.entries} but "
                f"the chain ends at {entries} (its newest entries were removed, or the head "
                "was moved)",
                head.last_event_id or None,
            )
    if walk.tails:
        chain, tail = next(iter(walk.tails.items()))
        raise _Broken(f"the {_chain_word(chain)} chain has no head", tail.id)
    if walk.legacy_entries == 0:
        shop = session.get(AuditHead, SHOP_CHAIN)
        if shop is not None and shop.legacy_entries:
            raise _Broken(
                f"the {shop.legacy_entries} entries written before the keyed chain are not "
                "sealed (start the program once with the installation secret)"
            )


def _check_sales(session: Session, walk: _Walk) -> None:
    reversals = {r.sale_id: r for r in session.scalars(select(SaleReversal))}
    numbers: dict[int, list[int]] = {}
    query = (
        select(Sale)
        .where(Sale.receipt_no.is_not(None))
        .options(selectinload(Sale.items), selectinload(Sale.payments))
        .order_by(Sale.id)
    )
    # A PIN sold by a sale that stands must stay sold to it: one put back in stock by
    # editing the table would be sold (and its PIN revealed) a second time.
    pins = {
        row.id: (row.state, row.sale_id)
        for row in session.execute(select(VoucherPin.id, VoucherPin.state, VoucherPin.sale_id))
    }
    lines: dict[int, _LineState] = {}
    for sale in session.scalars(query).yield_per(1000):
        receipt_no = sale.receipt_no or ""
        entries = walk.sales.pop(receipt_no, None)
        _check_sale(sale, entries, reversals.get(sale.id))
        if sale.id not in reversals:
            _check_pins(sale, pins, entries)
        _note_line(lines, sale, reversals.get(sale.id))
        numbers.setdefault(sale.counter_id, []).append(_receipt_number(receipt_no))
    for receipt_no, entries in walk.sales.items():
        entry = entries.completed or entries.reversed
        raise _Broken(
            f"sale {receipt_no} is in the audit trail but not among the sales (deleted)",
            entry.id if entry else None,
        )
    _check_lines(session, lines)
    issued = dict(
        session.execute(select(ReceiptSequence.counter_id, ReceiptSequence.last_no)).all()
    )
    for counter_id in sorted(set(numbers) | set(issued)):
        _check_numbers(counter_id, sorted(numbers.get(counter_id, [])), issued.get(counter_id, 0))


_LINE_FIELDS: Final = ("expires_on", "balance", "data_left_mb", "plan_id")


@dataclass(frozen=True, order=True)
class _LineState:
    """A line as the newest sale or restoring void of it left it.

    Newest by the line's version (each sale and each restoring void moves it on by one):
    two tills may complete sales of one line in the other order than they read the
    clock, so the time alone can name the wrong sale. Rows written before the version
    was kept (``rank`` 0) fall back on the time. ``version`` None: not known.
    """

    rank: int
    when: datetime
    order: int
    receipt_no: str
    snapshot: tuple[Any, ...] = field(compare=False)
    version: int | None = field(compare=False)


def _snapshot(values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(values.get(name) for name in _LINE_FIELDS)


def _note_line(lines: dict[int, _LineState], sale: Sale, reversal: SaleReversal | None) -> None:
    if sale.line_id is None or sale.completed_at is None or not sale.line_after:
        return
    version = sale.line_after.get("version")
    states = [
        _LineState(
            version or 0,
            sale.completed_at,
            0,
            sale.receipt_no or "",
            _snapshot(sale.line_after),
            version,
        )
    ]
    if reversal is not None and reversal.line_restored:
        restored = sale.line_after if sale.kind == "new_sim" else sale.line_before
        if restored:
            # A void restores only the line's newest sale, and moves the version on by one.
            after = version + 1 if version is not None else None
            states.append(
                _LineState(
                    after or 0,
                    reversal.created_at,
                    1,
                    sale.receipt_no or "",
                    _snapshot(restored),
                    after,
                )
            )
    for state in states:
        if sale.line_id not in lines or lines[sale.line_id] < state:
            lines[sale.line_id] = state


def _check_lines(session: Session, lines: dict[int, _LineState]) -> None:
    """Each line sold to is as its newest sale (or the void of it) left it: a year of
    service or credit given by editing the table is found. A line never sold to has no
    sale to compare with."""
    ids = sorted(lines)
    for start in range(0, len(ids), 500):
        for line in session.scalars(select(Line).where(Line.id.in_(ids[start : start + 500]))):
            state = lines[line.id]
            now = (line.expires_on.isoformat(), line.balance, line.data_left_mb, line.plan_id)
            if now != state.snapshot or (
                state.version is not None and line.version != state.version
            ):
                raise _Broken(
                    f"the line {line.msisdn} is not as sale {state.receipt_no} left it (its "
                    "expiry, credit, data or plan was changed outside the program)"
                )


def _check_pins(
    sale: Sale, pins: dict[int, tuple[str, int | None]], entries: _SaleEntries | None
) -> None:
    for item in sale.items:
        if item.voucher_pin_id is None:
            continue
        if pins.get(item.voucher_pin_id) != ("sold", sale.id):
            completed = entries.completed if entries else None
            raise _Broken(
                f"the PIN voucher sold by sale {sale.receipt_no} is no longer marked sold to "
                "it (put back in stock outside the program)",
                completed.id if completed else None,
            )


def _check_sale(sale: Sale, entries: _SaleEntries | None, reversal: SaleReversal | None) -> None:
    receipt_no = sale.receipt_no
    completed = entries.completed if entries else None
    if entries is None or completed is None:
        raise _Broken(f"sale {receipt_no} has no audit entry (added or its entry deleted)")
    if completed.id in entries.keyed and completed.details.get("digest") != sale_digest(sale):
        raise _Broken(
            f"sale {receipt_no} was changed after it was completed (its total, items or "
            "payments differ from its audit entry)",
            completed.id,
        )
    reversed_entry = entries.reversed
    if reversed_entry is None:
        if sale.state != SaleState.COMPLETED:
            raise _Broken(
                f"sale {receipt_no} is marked {sale.state} without an audited void or refund",
                completed.id,
            )
        return
    if sale.state != SALE_REVERSED[reversed_entry.action]:
        raise _Broken(
            f"sale {receipt_no} was reversed ({reversed_entry.action}) but is marked {sale.state}",
            reversed_entry.id,
        )
    if reversed_entry.id in entries.keyed:
        details = reversed_entry.details
        if (
            details.get("digest") != sale_digest(sale)
            or reversal is None
            or (details.get("reversal_digest") != reversal_digest(reversal))
        ):
            raise _Broken(
                f"sale {receipt_no} or its {reversed_entry.action} record was changed after "
                "the reversal",
                reversed_entry.id,
            )


def _receipt_number(receipt_no: str) -> int:
    tail = receipt_no.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _check_numbers(counter_id: int, numbers: Iterable[int], issued: int) -> None:
    expected = 1
    for number in numbers:
        if number != expected:
            raise _Broken(
                f"counter #{counter_id}'s receipt numbers jump from {expected - 1} to {number} "
                "(a sale was deleted)"
            )
        expected += 1
    if expected - 1 != issued:
        raise _Broken(
            f"counter #{counter_id} issued {issued} receipt numbers but {expected - 1} sales "
            "have one (a sale was deleted)"
        )
