"""Finding a line however the number is typed, and the identity check with its override."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from counter_app.domain.errors import InputError, NotFound
from counter_app.domain.identity_check import IdentityResult
from counter_app.domain.plans import LineStatus
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.services import audit, identity, lines, sales, shifts
from counter_app.store.models import AuditEvent, Line
from tests.services.conftest import PASSWORD, Shop


@pytest.fixture
def sample(shop: Shop) -> tuple[int, str, str]:
    first = shop.built.samples[0]
    return shop.set_line(first.msisdn), first.msisdn, first.id_number


@pytest.mark.parametrize(
    "typed",
    [
        "{local}",
        "{local_spaced}",
        "+852 {local_spaced}",
        "852-{local}",
        "00852 {local}",
        "(852) {local_dashed}",
        "{fullwidth}",
    ],
)
def test_find_line_by_any_common_typing(
    shop: Shop, sample: tuple[int, str, str], typed: str
) -> None:
    line_id, msisdn, _ = sample
    local = msisdn[4:]
    text = typed.format(
        local=local,
        local_spaced=f"{local[:4]} {local[4:]}",
        local_dashed=f"{local[:4]}-{local[4:]}",
        fullwidth="".join(chr(ord(c) + 0xFEE0) for c in local),
    )
    found = lines.find_line(shop.db, text, today=shop.clock.today)
    assert found.id == line_id
    assert found.msisdn == msisdn


def test_find_line_by_iccid_and_by_second_number(shop: Shop) -> None:
    with shop.db.read() as session:
        dual = session.scalars(select(Line).where(Line.secondary_msisdn.is_not(None))).first()
        assert dual is not None
        iccid, secondary, line_id = dual.iccid, dual.secondary_msisdn, dual.id
    assert (
        lines.find_line(shop.db, f"{iccid[:10]} {iccid[10:]}", today=shop.clock.today).id == line_id
    )
    assert secondary is not None
    assert lines.find_line(shop.db, secondary, today=shop.clock.today).id == line_id


def test_line_view_shows_masked_holder_and_no_full_numbers(
    shop: Shop, sample: tuple[int, str, str]
) -> None:
    line_id, _, id_number = sample
    found = lines.get_line(shop.db, line_id, today=shop.clock.today)
    text = repr(found)
    assert id_number not in text
    assert found.holder_id_masked and "•" in found.holder_id_masked
    with shop.db.read() as session:
        iccid = session.get_one(Line, line_id).iccid
    assert iccid not in text
    assert "*" in found.holder_name_en or len(found.holder_name_en.split()) == 1


@pytest.mark.parametrize(
    ("days", "status", "renewable"),
    [
        (30, LineStatus.ACTIVE, True),
        (7, LineStatus.EXPIRING_SOON, True),
        (0, LineStatus.EXPIRING_SOON, True),
        (-1, LineStatus.EXPIRED, True),
        (-30, LineStatus.EXPIRED, True),  # BAUHINIA's grace is 30 days
        (-31, LineStatus.EXPIRED, False),
        (-91, LineStatus.RECYCLED, False),
    ],
)
def test_status_follows_expiry_and_the_carriers_periods(
    shop: Shop, sample: tuple[int, str, str], days: int, status: LineStatus, renewable: bool
) -> None:
    line_id, msisdn, _ = sample
    shop.set_line(msisdn, expires_on=shop.clock.today + timedelta(days=days))
    found = lines.get_line(shop.db, line_id, today=shop.clock.today)
    assert (found.status, found.renewable, found.days_left) == (status, renewable, days)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "search.empty"),
        ("12", "phone.invalid"),
        ("9123 45678 9", "phone.invalid"),
        ("'; DROP TABLE lines;--", "phone.format"),
        ("9" * 500, "text.too_long"),
        ("9612\u200b3456", "text.invisible"),
    ],
)
def test_bad_search_input_gets_a_message(shop: Shop, text: str, code: str) -> None:
    with pytest.raises(InputError) as refused:
        lines.find_line(shop.db, text, today=shop.clock.today)
    assert refused.value.code.split(".")[0] == code.split(".", maxsplit=1)[0]


def test_unknown_number_is_not_found(shop: Shop) -> None:
    with pytest.raises(NotFound):
        lines.find_line(shop.db, "6999 9999", today=shop.clock.today)


def _draft(shop: Shop, clerk: Clerk, line_id: int) -> str:
    return sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    ).uuid


def _check(
    shop: Shop, clerk: Clerk, uuid: str, line_id: int, number: str, **kw: object
) -> IdentityResult:
    return identity.check_identity(
        shop.db,
        clerk,
        shop.counter_id,
        uuid,
        line_id=line_id,
        id_type=str(kw.get("id_type", "hkid")),
        number=number,
        photo_matches=bool(kw.get("photo", True)),
        secret=shop.secret,
        clock=shop.clock,
    )


def test_identity_matches_however_the_number_is_typed(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, sample: tuple[int, str, str]
) -> None:
    line_id, _, number = sample
    uuid = _draft(shop, clerk, line_id)
    typed = f"{number[:-1].lower()}({number[-1]})"
    assert _check(shop, clerk, uuid, line_id, typed).matched
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in number)
    assert _check(shop, clerk, uuid, line_id, fullwidth).matched


def test_three_mismatches_lock_the_line_until_a_supervisor_overrides(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, sample: tuple[int, str, str]
) -> None:
    line_id, _, number = sample
    other = shop.built.samples[1].id_number
    assert other != number
    uuid = _draft(shop, clerk, line_id)
    results = [_check(shop, clerk, uuid, line_id, other) for _ in range(3)]
    assert [r.matched for r in results] == [False, False, False]
    assert [r.attempts_left for r in results] == [2, 1, 0]
    assert results[-1].locked
    # Locked: even the right document is not checked any more in this shift.
    assert _check(shop, clerk, uuid, line_id, number).locked

    with pytest.raises(InputError) as clerk_cannot:
        identity.override_identity(
            shop.db,
            clerk,
            shop.counter_id,
            uuid,
            line_id=line_id,
            supervisor_username="clerk",
            supervisor_password=PASSWORD,
            reason="customer known to us",
            clock=shop.clock,
        )
    assert clerk_cannot.value.code == "auth.approver_role"
    with pytest.raises(InputError) as no_reason:
        identity.override_identity(
            shop.db,
            clerk,
            shop.counter_id,
            uuid,
            line_id=line_id,
            supervisor_username="supervisor",
            supervisor_password=PASSWORD,
            reason="ok",
            clock=shop.clock,
        )
    assert no_reason.value.code == "override.reason"
    with pytest.raises(InputError) as id_in_reason:  # it was stored, audited and backed up
        identity.override_identity(
            shop.db,
            clerk,
            shop.counter_id,
            uuid,
            line_id=line_id,
            supervisor_username="supervisor",
            supervisor_password=PASSWORD,
            reason=f"showed {number}, known to us",
            clock=shop.clock,
        )
    assert id_in_reason.value.code == "text.id_number"
    with pytest.raises(InputError) as wrong_password:
        identity.override_identity(
            shop.db,
            clerk,
            shop.counter_id,
            uuid,
            line_id=line_id,
            supervisor_username="supervisor",
            supervisor_password="guess",
            reason="customer known to us",
            clock=shop.clock,
        )
    assert wrong_password.value.code == "auth.failed"

    result = identity.override_identity(
        shop.db,
        clerk,
        shop.counter_id,
        uuid,
        line_id=line_id,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="Old HKID replaced; new card seen",
        clock=shop.clock,
    )
    assert result.overridden
    with shop.db.read() as session:
        overrides = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == "identity.override")
        )
        mismatches = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == "identity.mismatch")
        )
        details = str(list(session.scalars(select(AuditEvent.details))))
    assert (overrides, mismatches) == (1, 3)
    assert number not in details and other not in details
    assert audit.verify(shop.db).ok


def test_a_mistyped_number_is_not_a_failed_attempt(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, sample: tuple[int, str, str]
) -> None:
    line_id, _, number = sample
    uuid = _draft(shop, clerk, line_id)
    wrong_digit = number[:-1] + ("1" if number[-1] != "1" else "2")
    for _ in range(5):
        with pytest.raises(InputError) as refused:
            _check(shop, clerk, uuid, line_id, wrong_digit)
        assert refused.value.code == "id.hkid.check_digit"
    assert _check(shop, clerk, uuid, line_id, number).matched


def test_photo_must_be_confirmed_and_the_type_accepted(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, sample: tuple[int, str, str]
) -> None:
    line_id, _, number = sample
    uuid = _draft(shop, clerk, line_id)
    with pytest.raises(InputError) as photo:
        _check(shop, clerk, uuid, line_id, number, photo=False)
    assert photo.value.code == "identity.photo"
    # BAUHINIA does not take the mainland Resident ID card.
    with pytest.raises(InputError) as not_accepted:
        _check(shop, clerk, uuid, line_id, "11010519491231002X", id_type="cn_ric")
    assert not_accepted.value.code == "identity.type_not_accepted"
