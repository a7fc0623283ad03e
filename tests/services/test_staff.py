"""Staff: argon2id, sign-in messages that do not tell which part was wrong, lockout, roles."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.staff import Clerk, Role
from counter_app.services import audit, keys, permissions, staff
from counter_app.services.keys import InstallationSecret
from counter_app.store.models import AuditEvent, StaffUser
from tests.services.conftest import PASSWORD, Shop


def test_passwords_are_argon2id_at_least_owasp_minimum(shop: Shop) -> None:
    with shop.db.read() as session:
        hashes = list(session.scalars(select(StaffUser.password_hash)))
    assert hashes
    for value in hashes:
        assert value.startswith("$argon2id$v=19$")
        params = dict(p.split("=") for p in value.split("$")[3].split(","))
        memory, time_cost = int(params["m"]), int(params["t"])
        # OWASP: m=19 MiB with t=2, or more memory with fewer passes (46 MiB, t=1).
        assert memory * time_cost >= 19_456 * 2 or (memory >= 47_104 and time_cost >= 1)
        assert PASSWORD not in value


def test_sign_in_returns_the_clerk_and_is_audited(shop: Shop) -> None:
    clerk = shop.sign_in("CLERK")  # usernames are case-insensitive
    assert clerk.username == "clerk"
    assert clerk.role is Role.CLERK
    with shop.db.read() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "sign_in" in actions


def test_wrong_password_and_unknown_user_give_the_same_message(shop: Shop) -> None:
    with pytest.raises(InputError) as wrong_password:
        staff.sign_in(shop.db, "clerk", "not-the-password", clock=shop.clock)
    with pytest.raises(InputError) as unknown_user:
        staff.sign_in(shop.db, "nobody", PASSWORD, clock=shop.clock)
    assert wrong_password.value.code == unknown_user.value.code == "auth.failed"
    assert str(wrong_password.value) == str(unknown_user.value)


def _fail(shop: Shop, username: str = "clerk", password: str = "bad-password") -> InputError:  # noqa: S107
    with pytest.raises(InputError) as failure:
        staff.sign_in(shop.db, username, password, counter_id=shop.counter_id, clock=shop.clock)
    return failure.value


def _actions(shop: Shop) -> list[str]:
    with shop.db.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_five_failures_in_15_minutes_lock_for_15_minutes_then_it_ends(shop: Shop) -> None:
    for _ in range(4):
        assert _fail(shop).code == "auth.failed"
        shop.clock.advance(minutes=3)
    fifth = _fail(shop)
    assert fifth.code == "auth.locked_for"
    until = (shop.clock.now + staff.LOCKOUT).astimezone(HONG_KONG).strftime("%H:%M")
    assert fifth.params == {"failures": 5, "minutes": 15, "until": until}
    assert f"until {until}" in str(fifth)
    # The right password does not open a locked account while the lock lasts.
    shop.clock.advance(minutes=14)
    assert _fail(shop, password=PASSWORD).code == "auth.locked_for"
    assert [
        u.locked for u in staff.list_users(shop.db, clock=shop.clock) if u.username == "clerk"
    ] == [True]
    shop.clock.advance(minutes=1)
    assert [
        u.locked for u in staff.list_users(shop.db, clock=shop.clock) if u.username == "clerk"
    ] == [False]
    assert shop.sign_in("clerk").username == "clerk"
    actions = _actions(shop)
    assert actions.count("sign_in.failed") == 5
    assert actions.count("staff.locked") == 1
    assert "staff.lock_ended" in actions
    assert audit.verify(shop.db).ok


def test_a_supervisor_unlocks_sooner_and_a_clerk_may_not(shop: Shop) -> None:
    for _ in range(staff.MAX_FAILURES):
        _fail(shop)
    clerk_only = Clerk(0, 1, "x", "x", Role.CLERK)
    with pytest.raises(NotAllowed):
        staff.unlock(shop.db, clerk_only, "clerk", clock=shop.clock)
    supervisor = shop.sign_in("supervisor")
    staff.unlock(shop.db, supervisor, "clerk", clock=shop.clock)
    assert shop.sign_in("clerk").username == "clerk"
    assert "staff.unlocked" in _actions(shop)


def test_slow_guessing_is_caught_by_the_daily_limit(shop: Shop) -> None:
    """4 wrong passwords per 16 minutes never trip the 15-minute lock; the day's limit does,
    and that lock lasts until a supervisor unlocks it."""
    codes = []
    for attempt in range(staff.DAILY_LIMIT):
        codes.append(_fail(shop).code)
        shop.clock.advance(minutes=16 if attempt % 4 == 3 else 0)
    assert codes[:-1] == ["auth.failed"] * (staff.DAILY_LIMIT - 1)
    assert codes[-1] == "auth.locked"
    shop.clock.advance(hours=30)
    locked = _fail(shop, password=PASSWORD)
    assert locked.code == "auth.locked"
    assert locked.params == {"failures": staff.DAILY_LIMIT}
    staff.unlock(shop.db, shop.sign_in("supervisor"), "clerk", clock=shop.clock)
    assert shop.sign_in("clerk").username == "clerk"
    # The unlock starts a new day: one more mistake does not lock again.
    assert _fail(shop).code == "auth.failed"


def test_failures_a_day_apart_do_not_add_up_to_the_daily_limit(shop: Shop) -> None:
    for attempt in range(2 * staff.DAILY_LIMIT):
        assert _fail(shop).code == "auth.failed"
        shop.clock.advance(minutes=16 if attempt % 4 == 3 else 0)
        if attempt % 16 == 15:
            shop.clock.advance(hours=25)


def test_unknown_usernames_are_audited_once_per_burst_and_slowed_down(shop: Shop) -> None:
    tried = [f"guess{n}" for n in range(12)] + ["not a username!", "Pa55word-typed-as-name"]
    codes = []
    for name in tried:
        codes.append(_fail(shop, username=name).code)
        shop.clock.advance(seconds=31)
    assert codes[: staff.UNKNOWN_LIMIT] == ["auth.failed"] * staff.UNKNOWN_LIMIT
    assert set(codes) == {"auth.failed"}  # 31 seconds apart: slowed, never refused
    # Past the limit, every sign-in here waits 30 seconds after the last unknown name,
    # whatever the name (so the wait does not tell which names exist).
    _fail(shop, username="guess-again")
    waiting = _fail(shop, username="clerk", password=PASSWORD)
    assert waiting.code == "auth.throttled"
    assert 1 <= int(waiting.params["seconds"]) <= 30
    # Another counter is not slowed down.
    staff.sign_in(shop.db, "clerk", PASSWORD, counter_id=shop.other_counter_id, clock=shop.clock)
    shop.clock.advance(seconds=30)
    assert shop.sign_in("clerk").username == "clerk"

    with shop.db.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    assert [e.action for e in events].count("sign_in.unknown_user") == 1
    assert [e.action for e in events].count("sign_in.throttled") == 1
    written = " ".join(f"{e.subject} {e.details}" for e in events)
    assert not any(name.casefold() in written.casefold() for name in tried)

    # A quarter of an hour without one ends the burst: the next is audited again.
    shop.clock.advance(minutes=16)
    assert _fail(shop, username="guess-tomorrow").code == "auth.failed"
    assert _actions(shop).count("sign_in.unknown_user") == 2
    assert audit.verify(shop.db).ok


def test_after_a_reset_the_password_must_be_changed_before_anything(shop: Shop) -> None:
    staff.reset_password(shop.db, None, "clerk", "given-by-admin", clock=shop.clock)
    clerk = staff.sign_in(shop.db, "clerk", "given-by-admin", clock=shop.clock)
    assert clerk.must_change_password
    with pytest.raises(NotAllowed) as refused:
        permissions.require(clerk, permissions.Action.SHIFT_OPEN)
    assert refused.value.code == "auth.must_change"
    assert not permissions.allowed(clerk, permissions.Action.SELL)

    with pytest.raises(InputError) as same:
        staff.change_own_password(
            shop.db, "clerk", "given-by-admin", "given-by-admin", clock=shop.clock
        )
    assert same.value.code == "password.same"
    with pytest.raises(InputError) as wrong:
        staff.change_own_password(
            shop.db, "clerk", "not-it-at-all", "my-own-secret", clock=shop.clock
        )
    assert wrong.value.code == "auth.failed"
    with pytest.raises(InputError) as short:
        staff.change_own_password(shop.db, "clerk", "given-by-admin", "short", clock=shop.clock)
    assert short.value.code == "password.too_short"

    changed = staff.change_own_password(
        shop.db, "clerk", "given-by-admin", "my-own-secret", clock=shop.clock
    )
    assert not changed.must_change_password
    permissions.require(changed, permissions.Action.SHIFT_OPEN)
    assert not staff.sign_in(
        shop.db, "clerk", "my-own-secret", clock=shop.clock
    ).must_change_password
    assert _fail(shop, password="given-by-admin").code == "auth.failed"
    actions = _actions(shop)
    assert actions.count("staff.password_changed") == 1
    assert actions.count("sign_in.failed") == 2  # the wrong current password, the old one


def test_anyone_changes_their_own_password_at_any_time(shop: Shop) -> None:
    changed = staff.change_own_password(
        shop.db, "supervisor", PASSWORD, "a-fresh-one-1", clock=shop.clock
    )
    assert changed.role is Role.SUPERVISOR
    assert (
        staff.sign_in(shop.db, "supervisor", "a-fresh-one-1", clock=shop.clock).username
        == "supervisor"
    )


def test_failures_spread_over_more_than_15_minutes_do_not_lock(shop: Shop) -> None:
    for _ in range(8):
        with pytest.raises(InputError) as failure:
            staff.sign_in(shop.db, "clerk", "bad-password", clock=shop.clock)
        assert failure.value.code == "auth.failed"
        shop.clock.advance(minutes=5)
        if _ % 4 == 3:
            shop.clock.advance(minutes=15)
    assert shop.sign_in("clerk").username == "clerk"


def test_only_an_admin_adds_staff_and_passwords_have_rules(shop: Shop) -> None:
    clerk = shop.sign_in("clerk")
    with pytest.raises(NotAllowed):
        staff.create_user(
            shop.db, clerk, username="new", display_name="New", role="clerk", password="x" * 12
        )
    with pytest.raises(InputError) as short:
        staff.create_user(
            shop.db, None, username="new", display_name="", role="clerk", password="short"
        )
    assert short.value.code == "password.too_short"
    with pytest.raises(InputError) as taken:
        staff.create_user(
            shop.db, None, username="Clerk", display_name="", role="clerk", password="x" * 12
        )
    assert taken.value.code == "username.taken"
    with pytest.raises(InputError) as bad_role:
        staff.create_user(
            shop.db, None, username="boss", display_name="", role="owner", password="x" * 12
        )
    assert bad_role.value.code == "role.unknown"


def test_reset_password_replaces_the_old_one(shop: Shop) -> None:
    staff.reset_password(shop.db, None, "clerk", "a-brand-new-pass", clock=shop.clock)
    with pytest.raises(InputError):
        staff.sign_in(shop.db, "clerk", PASSWORD, clock=shop.clock)
    assert staff.sign_in(shop.db, "clerk", "a-brand-new-pass", clock=shop.clock).role == "clerk"


def test_first_run_creates_shop_counter_and_admin(
    database_url: str, secret: InstallationSecret
) -> None:
    from counter_app.services.shop import counter_context
    from counter_app.store.engine import Database
    from counter_app.store.schema import upgrade

    db = Database(database_url)
    upgrade(db)
    keys.check_matches_database(db, secret, datetime.now(UTC))
    try:
        admin = staff.first_run(
            db,
            shop_code="mk01",
            shop_name_zh="旺角店",
            shop_name_en="Mong Kok",
            counter_code="c1",
            counter_name="1號櫃檯",
            admin_username="Owner",
            admin_password="owner-password-1",
        )
        assert admin.role is Role.ADMIN
        context = counter_context(db, "C1")
        assert context is not None and context.shop_code == "MK01"
        assert staff.sign_in(db, "owner", "owner-password-1").role is Role.ADMIN
        with pytest.raises(InputError) as again:
            staff.first_run(
                db,
                shop_code="x",
                shop_name_zh="x",
                shop_name_en="x",
                counter_code="c1",
                counter_name="x",
                admin_username="y",
                admin_password="owner-password-1",
            )
        assert again.value.code == "shop.exists"
    finally:
        db.dispose()


def test_first_run_with_a_bad_password_leaves_nothing_behind(
    database_url: str, secret: InstallationSecret
) -> None:
    from counter_app.store.engine import Database
    from counter_app.store.models import Shop as ShopRow
    from counter_app.store.schema import upgrade

    db = Database(database_url)
    upgrade(db)
    keys.check_matches_database(db, secret, datetime.now(UTC))
    arguments = {
        "shop_code": "mk01",
        "shop_name_zh": "旺角店",
        "shop_name_en": "Mong Kok",
        "counter_code": "c1",
        "counter_name": "1號櫃檯",
        "admin_username": "owner",
    }
    try:
        with pytest.raises(InputError) as short:
            staff.first_run(db, admin_password="short", **arguments)
        assert short.value.code == "password.too_short"
        with db.read() as session:
            assert session.scalars(select(ShopRow)).all() == []
        assert staff.first_run(db, admin_password="long-enough-1", **arguments).username == "owner"
    finally:
        db.dispose()


def test_demo_data_with_a_bad_password_writes_nothing(database_url: str, tmp_path: object) -> None:
    from pathlib import Path

    from counter_app.services import demo, keys
    from counter_app.store.engine import Database
    from counter_app.store.models import Line
    from counter_app.store.schema import upgrade

    assert isinstance(tmp_path, Path)
    db = Database(database_url)
    upgrade(db)
    try:
        with pytest.raises(InputError):
            demo.build(db, keys.load_or_create(tmp_path / "s.json"), lines=5, password="short")
        with db.read() as session:
            assert session.scalars(select(Line)).all() == []
            assert session.scalars(select(StaffUser)).all() == []
    finally:
        db.dispose()
