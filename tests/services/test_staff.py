"""Staff: argon2id, sign-in messages that do not tell which part was wrong, lockout, roles."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.staff import Clerk, Role
from counter_app.services import audit, keys, staff
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


def test_five_failures_in_15_minutes_lock_until_a_supervisor_unlocks(shop: Shop) -> None:
    for _ in range(4):
        with pytest.raises(InputError, match="wrong username or password"):
            staff.sign_in(shop.db, "clerk", "bad-password", clock=shop.clock)
        shop.clock.advance(minutes=3)
    with pytest.raises(InputError) as fifth:
        staff.sign_in(shop.db, "clerk", "bad-password", clock=shop.clock)
    assert fifth.value.code == "auth.locked"
    # The right password does not open a locked account, not even much later.
    shop.clock.advance(hours=5)
    with pytest.raises(InputError) as still:
        staff.sign_in(shop.db, "clerk", PASSWORD, clock=shop.clock)
    assert still.value.code == "auth.locked"

    clerk_only = Clerk(0, 1, "x", "x", Role.CLERK)
    with pytest.raises(NotAllowed):
        staff.unlock(shop.db, clerk_only, "clerk", clock=shop.clock)
    supervisor = shop.sign_in("supervisor")
    staff.unlock(shop.db, supervisor, "clerk", clock=shop.clock)
    assert shop.sign_in("clerk").username == "clerk"
    with shop.db.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions.count("sign_in.failed") == 5
    assert "staff.locked" in actions
    assert "staff.unlocked" in actions
    assert audit.verify(shop.db).ok


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
