"""Staff accounts: argon2id passwords, roles, sign-in with lockout, supervisor approval."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotAllowed, NotFound
from counter_app.domain.staff import Clerk, Role
from counter_app.domain.text import clean_input
from counter_app.services import audit, permissions
from counter_app.store.engine import Database
from counter_app.store.models import Counter, Shop, SignInBurst, StaffUser

MAX_FAILURES: Final = 5
FAILURE_WINDOW: Final = timedelta(minutes=15)
# A lockout after MAX_FAILURES ends by itself: a supervisor mistyping at the override
# prompt does not lock the shop out for the day.
LOCKOUT: Final = timedelta(minutes=15)
# Slow guessing (a few wrong passwords per window, for ever) is caught by a daily limit;
# that lockout lasts until a supervisor or an admin unlocks the account.
DAILY_LIMIT: Final = 20
DAY: Final = timedelta(hours=24)
# Usernames nobody has, tried at one counter: audited once per burst (a burst ends after
# UNKNOWN_BURST_GAP without one), and past UNKNOWN_LIMIT in a burst every sign-in there
# waits UNKNOWN_WAIT after the last one (whatever the name, so the wait tells nothing).
UNKNOWN_LIMIT: Final = 5
UNKNOWN_BURST_GAP: Final = timedelta(minutes=15)
UNKNOWN_WAIT: Final = timedelta(seconds=30)
MIN_PASSWORD_LENGTH: Final = 8
MAX_PASSWORD_LENGTH: Final = 128

# argon2id with OWASP's first recommended setting (m=46 MiB, t=1, p=1): about 70 ms on a
# counter PC, so a sign-in stays quick while guessing stays expensive. Hashes made with
# other settings are upgraded at the next successful sign-in.
_hasher = PasswordHasher(time_cost=1, memory_cost=47_104, parallelism=1)
# Verified against for unknown usernames, so a wrong name costs the same time as a
# wrong password and the timing does not tell which was wrong.
_DUMMY_HASH: Final = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class StaffSummary:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool


def _require(actor: Clerk | None, action: str) -> None:
    """Refuse *action* (a permissions.Action value) to *actor*'s role; None is the CLI."""
    if actor is not None:
        permissions.require(actor, permissions.Action(action))


def hash_password(password: str) -> str:
    check_password_rules(password)
    return _hasher.hash(password)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(
            f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
            code=ErrorCode.PASSWORD_TOO_SHORT,
            field="password",
            params={"minimum": MIN_PASSWORD_LENGTH},
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InputError(
            f"a password has at most {MAX_PASSWORD_LENGTH} characters",
            code=ErrorCode.PASSWORD_TOO_LONG,
            field="password",
            params={"maximum": MAX_PASSWORD_LENGTH},
        )


def normalise_username(username: str) -> str:
    name = clean_input(username, field="username", max_length=40).casefold()
    if not name or not all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name):
        raise InputError(
            "a username is 1-40 letters, digits, dots, dashes or underscores",
            code=ErrorCode.USERNAME_FORMAT,
            field="username",
        )
    return name


def _to_clerk(user: StaffUser) -> Clerk:
    return Clerk(
        user.id,
        user.shop_id,
        user.username,
        user.display_name,
        Role(user.role),
        must_change_password=user.must_change_password,
    )


def _bad_credentials() -> InputError:
    return InputError("wrong username or password", code=ErrorCode.AUTH_FAILED, field="password")


def _locked(user: StaffUser) -> InputError:
    if user.locked_until is not None:
        minutes = round(LOCKOUT.total_seconds() / 60)
        until = user.locked_until.astimezone(HONG_KONG).strftime("%H:%M")
        return InputError(
            f"the account {user.username} is locked for {minutes} minutes after "
            f"{MAX_FAILURES} wrong passwords (until {until} Hong Kong time); a supervisor "
            "can unlock it sooner",
            code=ErrorCode.AUTH_LOCKED_FOR,
            field="username",
            params={"failures": MAX_FAILURES, "minutes": minutes, "until": until},
        )
    return InputError(
        f"the account {user.username} is locked after {DAILY_LIMIT} wrong passwords in a "
        "day; a supervisor can unlock it",
        code=ErrorCode.AUTH_LOCKED,
        field="username",
        params={"failures": DAILY_LIMIT},
    )


def _verify(user: StaffUser | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and (
            user is not None
        )
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _place(counter_id: int | None) -> str:
    return f"counter {counter_id}" if counter_id is not None else "command line"


def _throttled(session: Session, counter_id: int | None, now: datetime) -> InputError | None:
    """The wait after too many unknown usernames at this place, if it is not over."""
    burst = session.get(SignInBurst, _place(counter_id), with_for_update=True)
    if burst is None or burst.unknown_count < UNKNOWN_LIMIT:
        return None
    left = burst.last_failed_at + UNKNOWN_WAIT - now
    if left <= timedelta(0) or now - burst.last_failed_at > UNKNOWN_BURST_GAP:
        return None
    seconds = max(1, math.ceil(left.total_seconds()))
    return InputError(
        f"too many sign-ins with unknown usernames here: wait {seconds} seconds",
        code=ErrorCode.AUTH_THROTTLED,
        field="username",
        params={"seconds": seconds},
    )


def _unknown_name(session: Session, counter_id: int | None, now: datetime) -> None:
    """Count a sign-in with a username nobody has: one audit entry per burst (the name is
    not kept: a password typed into the name field would end up in the trail)."""
    place = _place(counter_id)
    burst = session.get(SignInBurst, place, with_for_update=True)
    if burst is None:
        burst = SignInBurst(place=place, started_at=now, last_failed_at=now, unknown_count=0)
        session.add(burst)
    elif now - burst.last_failed_at > UNKNOWN_BURST_GAP:
        burst.started_at = now
        burst.unknown_count = 0
    burst.unknown_count += 1
    burst.last_failed_at = now
    if burst.unknown_count == 1:
        audit.record(
            session, "sign_in.unknown_user", occurred_at=now, counter_id=counter_id, subject=place
        )
    elif burst.unknown_count == UNKNOWN_LIMIT:
        audit.record(
            session,
            "sign_in.throttled",
            occurred_at=now,
            counter_id=counter_id,
            subject=place,
            details={"unknown": UNKNOWN_LIMIT, "since": burst.started_at.isoformat()},
        )
        log.services.warning("%d unknown usernames tried at %s: slowed down", UNKNOWN_LIMIT, place)


def _end_lock_if_over(
    session: Session, user: StaffUser, now: datetime, counter_id: int | None
) -> None:
    if user.locked_at is None or user.locked_until is None or now < user.locked_until:
        return
    user.locked_at = user.locked_until = None
    user.failed_count = 0
    user.first_failed_at = None
    audit.record(
        session,
        "staff.lock_ended",
        occurred_at=now,
        staff_id=user.id,
        counter_id=counter_id,
        subject=user.username,
    )


def _count_failure(
    session: Session, user: StaffUser, now: datetime, counter_id: int | None
) -> InputError:
    if user.first_failed_at is None or now - user.first_failed_at > FAILURE_WINDOW:
        user.failed_count = 0
        user.first_failed_at = now
    user.failed_count += 1
    if user.day_first_failed_at is None or now - user.day_first_failed_at > DAY:
        user.day_failed_count = 0
        user.day_first_failed_at = now
    user.day_failed_count += 1
    audit.record(
        session,
        "sign_in.failed",
        occurred_at=now,
        staff_id=user.id,
        counter_id=counter_id,
        subject=user.username,
        details={"failures": user.failed_count, "today": user.day_failed_count},
    )
    if user.day_failed_count >= DAILY_LIMIT:
        user.locked_at, user.locked_until = now, None
    elif user.failed_count >= MAX_FAILURES:
        user.locked_at, user.locked_until = now, now + LOCKOUT
    else:
        return _bad_credentials()
    until = user.locked_until.isoformat() if user.locked_until else "unlocked"
    audit.record(
        session,
        "staff.locked",
        occurred_at=now,
        staff_id=user.id,
        counter_id=counter_id,
        subject=user.username,
        details={"until": until, "today": user.day_failed_count},
    )
    log.services.warning("locked %s after wrong passwords (until %s)", user.username, until)
    return _locked(user)


def _check(
    session: Session, username: str, password: str, now: datetime, counter_id: int | None
) -> StaffUser | InputError:
    """Verify credentials in *session*; failures are recorded there, returned, not raised."""
    waiting = _throttled(session, counter_id, now)
    if waiting is not None:
        return waiting
    try:
        name = normalise_username(username)
    except InputError:
        name = ""
    user = (
        session.scalars(
            select(StaffUser).where(StaffUser.username == name).with_for_update()
        ).first()
        if name
        else None
    )
    if len(password) > MAX_PASSWORD_LENGTH:
        password = ""
    if user is not None:
        _end_lock_if_over(session, user, now, counter_id)
    if user is not None and user.locked_at is not None:
        audit.record(
            session, "sign_in.locked", occurred_at=now, staff_id=user.id, counter_id=counter_id
        )
        return _locked(user)
    if _verify(user, password) and user is not None and user.active:
        user.failed_count = 0
        user.first_failed_at = None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        return user
    if user is None:
        _unknown_name(session, counter_id, now)
        return _bad_credentials()
    if not user.active:
        audit.record(
            session,
            "sign_in.failed",
            occurred_at=now,
            staff_id=user.id,
            counter_id=counter_id,
            subject=name,
            details={"active": False},
        )
        return _bad_credentials()
    return _count_failure(session, user, now, counter_id)


def sign_in(
    db: Database,
    username: str,
    password: str,
    *,
    counter_id: int | None = None,
    clock: Clock = system_clock,
) -> Clerk:
    """The clerk for these credentials; InputError ("auth.failed"/"auth.locked") otherwise.

    The message never says whether the name or the password was wrong.
    """
    now = clock()
    with db.write() as session:
        outcome = _check(session, username, password, now, counter_id)
        if isinstance(outcome, StaffUser):
            audit.record(
                session, "sign_in", occurred_at=now, staff_id=outcome.id, counter_id=counter_id
            )
            clerk = _to_clerk(outcome)
    # The failure is committed above before it is raised: a lockout must stick.
    if isinstance(outcome, InputError):
        raise outcome
    return clerk


def change_own_password(
    db: Database,
    username: str,
    password: str,
    new_password: str,
    *,
    counter_id: int | None = None,
    clock: Clock = system_clock,
) -> Clerk:
    """A member of staff sets their own password, signing in with the one they have.

    The way out of ``must_change_password`` (an admin's reset), and open to everyone at
    any time. A wrong current password counts towards the lockout like a sign-in.
    """
    check_password_rules(new_password)
    if new_password == password:
        raise InputError(
            "the new password is the same as the old one",
            code=ErrorCode.PASSWORD_SAME,
            field="new_password",
        )
    hashed = _hasher.hash(new_password)
    now = clock()
    with db.write() as session:
        outcome = _check(session, username, password, now, counter_id)
        if isinstance(outcome, StaffUser):
            outcome.password_hash = hashed
            outcome.password_changed_at = now
            outcome.must_change_password = False
            audit.record(
                session,
                "staff.password_changed",
                occurred_at=now,
                staff_id=outcome.id,
                counter_id=counter_id,
                subject=outcome.username,
            )
            clerk = _to_clerk(outcome)
    if isinstance(outcome, InputError):
        raise outcome
    log.services.info("%s changed their password", clerk.username)
    return clerk


def approve(
    session: Session,
    username: str,
    password: str,
    *,
    needed: Role,
    now: datetime,
    counter_id: int | None,
) -> Clerk | InputError:
    """Check an approver's own credentials inside the caller's transaction.

    Returns the approver, or the error to raise after the caller commits (so that failed
    attempts count towards the approver's lockout).
    """
    outcome = _check(session, username, password, now, counter_id)
    if isinstance(outcome, InputError):
        return outcome
    approver = _to_clerk(outcome)
    if not approver.can(needed):
        return NotAllowed(
            f"{approver.username} is a {approver.role.value}; this needs a {needed.value}",
            code=ErrorCode.AUTH_APPROVER_ROLE,
        )
    return approver


def create_user(
    db: Database,
    actor: Clerk | None,
    *,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
    shop_id: int | None = None,
    clock: Clock = system_clock,
) -> StaffSummary:
    """Add a member of staff. Only an admin may (``actor=None`` is the CLI's first run)."""
    _require(actor, "staff.add")
    name = normalise_username(username)
    role = _role(role)
    shown = clean_input(display_name or name, field="display_name", max_length=80)
    hashed = hash_password(password)
    now = clock()
    with db.write() as session:
        if session.scalar(select(StaffUser.id).where(StaffUser.username == name)) is not None:
            raise InputError(f"there is already a user {name}", code=ErrorCode.USERNAME_TAKEN)
        if shop_id is None:
            shop_id = actor.shop_id if actor else session.scalar(select(func.min(Shop.id)))
        if shop_id is None:
            raise NotFound("there is no shop yet: create it first", code=ErrorCode.SHOP_MISSING)
        user = StaffUser(
            shop_id=shop_id,
            username=name,
            display_name=shown,
            role=role.value,
            password_hash=hashed,
            must_change_password=actor is not None,
            created_at=now,
            password_changed_at=now,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            "staff.added",
            occurred_at=now,
            staff_id=actor.id if actor else None,
            subject=name,
            details={"role": role.value},
        )
        return _summary(user)


def _is_locked(user: StaffUser, now: datetime | None) -> bool:
    if user.locked_at is None:
        return False
    return user.locked_until is None or now is None or now < user.locked_until


def _summary(user: StaffUser, now: datetime | None = None) -> StaffSummary:
    return StaffSummary(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.active,
        _is_locked(user, now),
    )


def list_users(
    db: Database, actor: Clerk | None = None, *, clock: Clock = system_clock
) -> list[StaffSummary]:
    """Everyone, by username (a supervisor or an admin; ``None``: the window's staff tab,
    shown only to them); a lockout that has ended by itself is not shown as one."""
    _require(actor, "staff.list")
    now = clock()
    with db.read() as session:
        return [
            _summary(u, now)
            for u in session.scalars(select(StaffUser).order_by(StaffUser.username))
        ]


def _find_for_update(session: Session, username: str) -> StaffUser:
    name = normalise_username(username)
    user = session.scalars(
        select(StaffUser).where(StaffUser.username == name).with_for_update()
    ).first()
    if user is None:
        raise NotFound(f"there is no user {name}", code=ErrorCode.STAFF_UNKNOWN)
    return user


def _clear_lock(user: StaffUser) -> None:
    user.locked_at = user.locked_until = None
    user.failed_count = user.day_failed_count = 0
    user.first_failed_at = user.day_first_failed_at = None


def unlock(
    db: Database, actor: Clerk | None, username: str, *, clock: Clock = system_clock
) -> None:
    """Unlock a locked account (supervisor or admin; ``None`` = the CLI on this PC)."""
    _require(actor, "staff.unlock")
    now = clock()
    with db.write() as session:
        user = _find_for_update(session, username)
        _clear_lock(user)
        audit.record(
            session,
            "staff.unlocked",
            occurred_at=now,
            staff_id=actor.id if actor else None,
            subject=user.username,
        )


def reset_password(
    db: Database,
    actor: Clerk | None,
    username: str,
    new_password: str,
    *,
    clock: Clock = system_clock,
) -> None:
    """Set a new password (admin, or the CLI); the user must change it at next sign-in."""
    _require(actor, "staff.reset_password")
    hashed = hash_password(new_password)
    now = clock()
    with db.write() as session:
        user = _find_for_update(session, username)
        user.password_hash = hashed
        user.password_changed_at = now
        user.must_change_password = True
        _clear_lock(user)
        audit.record(
            session,
            "staff.password_reset",
            occurred_at=now,
            staff_id=actor.id if actor else None,
            subject=user.username,
        )


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError as exc:
        raise InputError(
            f"role must be one of {', '.join(r.value for r in Role)}", code=ErrorCode.ROLE_UNKNOWN
        ) from exc


def _not_yourself(actor: Clerk | None, user: StaffUser, what: str) -> None:
    if actor is not None and actor.id == user.id:
        raise InputError(
            f"you cannot {what} your own account: ask another admin", code=ErrorCode.STAFF_SELF
        )


def _keep_an_admin(session: Session, user: StaffUser) -> None:
    """Refuse to take away the last active admin (nobody could manage the staff after)."""
    # Every active admin row is locked, so two admins demoting each other at once queue
    # here and the second sees the first's change.
    admins = session.scalars(
        select(StaffUser.id)
        .where(StaffUser.role == Role.ADMIN.value, StaffUser.active.is_(True))
        .with_for_update()
    ).all()
    if user.id in admins and len(admins) == 1:
        raise InputError(
            f"{user.username} is the last active admin: make another admin first",
            code=ErrorCode.STAFF_LAST_ADMIN,
        )


def set_role(
    db: Database,
    actor: Clerk | None,
    username: str,
    role: Role | str,
    *,
    clock: Clock = system_clock,
) -> StaffSummary:
    """Make *username* a clerk, supervisor or admin (admin; ``None`` = the CLI).

    Nobody changes their own role (``staff.self``), and the last active admin stays one
    (``staff.last_admin``).
    """
    _require(actor, "staff.role")
    new_role = _role(role)
    now = clock()
    with db.write() as session:
        user = _find_for_update(session, username)
        if user.role == new_role.value:
            return _summary(user)
        _not_yourself(actor, user, "change the role of")
        if user.role == Role.ADMIN.value:
            _keep_an_admin(session, user)
        old_role, user.role = user.role, new_role.value
        audit.record(
            session,
            "staff.role_changed",
            occurred_at=now,
            staff_id=actor.id if actor else None,
            subject=user.username,
            details={"before": {"role": old_role}, "after": {"role": new_role.value}},
        )
        return _summary(user)


def set_active(
    db: Database,
    actor: Clerk | None,
    username: str,
    active: bool,
    *,
    clock: Clock = system_clock,
) -> StaffSummary:
    """Deactivate (no more sign-in; history kept) or reactivate an account (admin).

    Nobody deactivates themselves (``staff.self``) or the last active admin
    (``staff.last_admin``).
    """
    _require(actor, "staff.role")
    now = clock()
    with db.write() as session:
        user = _find_for_update(session, username)
        if user.active == active:
            return _summary(user)
        if not active:
            _not_yourself(actor, user, "deactivate")
            if user.role == Role.ADMIN.value:
                _keep_an_admin(session, user)
        user.active = active
        audit.record(
            session,
            "staff.reactivated" if active else "staff.deactivated",
            occurred_at=now,
            staff_id=actor.id if actor else None,
            subject=user.username,
            details={"before": {"active": not active}, "after": {"active": active}},
        )
        return _summary(user)


def first_run(
    db: Database,
    *,
    shop_code: str,
    shop_name_zh: str,
    shop_name_en: str,
    counter_code: str,
    counter_name: str,
    admin_username: str,
    admin_password: str,
    clock: Clock = system_clock,
) -> StaffSummary:
    """Create the shop, its first counter and its first admin on an empty database.

    All or nothing: bad input for the admin leaves no shop behind.
    """
    name = normalise_username(admin_username)
    hashed = hash_password(admin_password)
    shop = Shop(
        code=clean_input(shop_code, field="shop_code", max_length=16).upper(),
        name_zh=clean_input(shop_name_zh, field="shop_name_zh", max_length=120),
        name_en=clean_input(shop_name_en, field="shop_name_en", max_length=120),
    )
    counter = Counter(
        code=clean_input(counter_code, field="counter_code", max_length=16).upper(),
        name=clean_input(counter_name, field="counter_name", max_length=60),
    )
    if not (shop.code and shop.name_zh and shop.name_en and counter.code and counter.name):
        raise InputError(
            "the shop needs a code and both names; the counter a code and a name",
            code=ErrorCode.SHOP_INCOMPLETE,
        )
    now = clock()
    with db.write() as session:
        if session.scalar(select(func.count(Shop.id))):
            raise InputError("this database already has a shop", code=ErrorCode.SHOP_EXISTS)
        shop.created_at = counter.created_at = now
        shop.counters = [counter]
        session.add(shop)
        session.flush()
        user = StaffUser(
            shop_id=shop.id,
            username=name,
            display_name=name,
            role=Role.ADMIN.value,
            password_hash=hashed,
            created_at=now,
            password_changed_at=now,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            "shop.created",
            occurred_at=now,
            staff_id=user.id,
            subject=shop.code,
            details={"counter": counter.code, "admin": name},
        )
        return _summary(user)
