"""Staff managed from the back office: roles, deactivation, and the last admin kept."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.staff import Clerk, Role
from counter_app.services import staff
from counter_app.store.models import AuditEvent, StaffUser
from tests.services.conftest import PASSWORD, Shop


@pytest.fixture
def admin(shop: Shop) -> Clerk:
    staff.create_user(
        shop.db, None, username="boss", display_name="Boss", role="admin", password=PASSWORD
    )
    return shop.sign_in("boss")


def _user(shop: Shop, username: str) -> StaffUser:
    with shop.db.read() as session:
        return session.scalars(select(StaffUser).where(StaffUser.username == username)).one()


def _actions(shop: Shop) -> list[tuple[str, str, dict[str, object]]]:
    with shop.db.read() as session:
        return [
            (e.action, e.subject, e.details)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action.like("staff.%")).order_by(AuditEvent.id)
            )
        ]


def test_an_admin_changes_a_role_and_it_is_audited(shop: Shop, admin: Clerk) -> None:
    promoted = staff.set_role(shop.db, admin, "Clerk", "supervisor", clock=shop.clock)
    assert promoted.role is Role.SUPERVISOR
    assert _user(shop, "clerk").role == "supervisor"
    assert shop.sign_in("clerk").role is Role.SUPERVISOR
    same = staff.set_role(shop.db, admin, "clerk", Role.SUPERVISOR, clock=shop.clock)
    assert same.role is Role.SUPERVISOR
    changes = [a for a in _actions(shop) if a[0] == "staff.role_changed"]
    assert changes == [
        (
            "staff.role_changed",
            "clerk",
            {"before": {"role": "clerk"}, "after": {"role": "supervisor"}},
        )
    ]
    with pytest.raises(InputError) as unknown:
        staff.set_role(shop.db, admin, "clerk", "owner")
    assert unknown.value.code == "role.unknown"
    with pytest.raises(InputError) as nobody:
        staff.set_role(shop.db, admin, "nobody", "clerk")
    assert nobody.value.code == "staff.unknown"


def test_a_supervisor_may_not_change_roles_or_deactivate(shop: Shop) -> None:
    supervisor = shop.sign_in("supervisor")
    with pytest.raises(NotAllowed):
        staff.set_role(shop.db, supervisor, "clerk", "supervisor")
    with pytest.raises(NotAllowed):
        staff.set_active(shop.db, supervisor, "clerk", False)
    with pytest.raises(NotAllowed):
        staff.reset_password(shop.db, supervisor, "clerk", "a-new-password")
    assert _user(shop, "clerk").role == "clerk" and _user(shop, "clerk").active


def test_the_last_admin_is_kept_and_nobody_demotes_themselves(shop: Shop, admin: Clerk) -> None:
    with pytest.raises(InputError) as itself:
        staff.set_role(shop.db, admin, "boss", "clerk")
    assert itself.value.code == "staff.self"
    with pytest.raises(InputError) as deactivate_self:
        staff.set_active(shop.db, admin, "boss", False)
    assert deactivate_self.value.code == "staff.self"
    # The CLI (no actor) has no "self", but still cannot remove the last admin.
    with pytest.raises(InputError) as last:
        staff.set_role(shop.db, None, "boss", "supervisor")
    assert last.value.code == "staff.last_admin"
    with pytest.raises(InputError) as last_off:
        staff.set_active(shop.db, None, "boss", False)
    assert last_off.value.code == "staff.last_admin"
    assert _user(shop, "boss").role == "admin" and _user(shop, "boss").active

    staff.set_role(shop.db, admin, "supervisor", "admin", clock=shop.clock)
    second = shop.sign_in("supervisor")
    demoted = staff.set_role(shop.db, second, "boss", "clerk", clock=shop.clock)
    assert demoted.role is Role.CLERK
    with pytest.raises(InputError) as now_last:
        staff.set_active(shop.db, None, "supervisor", False)
    assert now_last.value.code == "staff.last_admin"


def test_an_inactive_admin_does_not_count_as_the_other_admin(shop: Shop, admin: Clerk) -> None:
    staff.set_role(shop.db, admin, "supervisor", "admin", clock=shop.clock)
    staff.set_active(shop.db, admin, "supervisor", False, clock=shop.clock)
    with pytest.raises(InputError) as last:
        staff.set_role(shop.db, None, "boss", "clerk")
    assert last.value.code == "staff.last_admin"


def test_a_deactivated_user_cannot_sign_in_until_reactivated(shop: Shop, admin: Clerk) -> None:
    off = staff.set_active(shop.db, admin, "clerk", False, clock=shop.clock)
    assert not off.active
    with pytest.raises(InputError) as refused:
        shop.sign_in("clerk")
    assert refused.value.code == "auth.failed"
    on = staff.set_active(shop.db, admin, "clerk", True, clock=shop.clock)
    assert on.active
    assert shop.sign_in("clerk").username == "clerk"
    assert [(a, s) for a, s, _ in _actions(shop) if a.endswith("activated")] == [
        ("staff.deactivated", "clerk"),
        ("staff.reactivated", "clerk"),
    ]


def test_add_reset_and_unlock_through_the_permission_table(shop: Shop, admin: Clerk) -> None:
    supervisor = shop.sign_in("supervisor")
    with pytest.raises(NotAllowed):
        staff.create_user(
            shop.db, supervisor, username="amy", display_name="Amy", role="clerk", password=PASSWORD
        )
    added = staff.create_user(
        shop.db, admin, username="Amy", display_name="Amy", role="clerk", password=PASSWORD
    )
    assert (added.username, added.role, _user(shop, "amy").must_change_password) == (
        "amy",
        Role.CLERK,
        True,
    )
    for _ in range(staff.MAX_FAILURES):
        with pytest.raises(InputError):
            staff.sign_in(shop.db, "amy", "wrong-password", clock=shop.clock)
    assert staff.list_users(shop.db, clock=shop.clock)[0].locked
    staff.unlock(shop.db, supervisor, "amy", clock=shop.clock)
    staff.reset_password(shop.db, admin, "amy", "another-password", clock=shop.clock)
    assert staff.sign_in(shop.db, "amy", "another-password", clock=shop.clock).username == "amy"
    actions = [a for a, *_ in _actions(shop)]
    assert actions[-3:] == ["staff.locked", "staff.unlocked", "staff.password_reset"]
