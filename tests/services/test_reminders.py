"""The expiring-soon list: windows, grace, filters, marking calls, the CSV, the index."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import InputError, NotFound
from counter_app.domain.plans import CardType, LineStatus
from counter_app.domain.staff import Clerk
from counter_app.services import audit, reminders
from counter_app.store.models import AuditEvent, Carrier, Customer, Line, Plan, ReminderContact
from tests.services.conftest import Shop

# Demo lines cycle through these (carrier, card type) pairs: line i is +85296{i:06d}.
BAU_KEEP, BAU_REG, PEARL_DUAL, PEARL_KEEP, HARBOUR_DATA = (f"+8529600000{i}" for i in range(5))


@pytest.fixture
def quiet(shop: Shop) -> Shop:
    """The demo shop with every line a year from expiry, so each test sets the lines it uses."""
    with shop.db.write() as session:
        session.execute(update(Line).values(expires_on=shop.clock.today + timedelta(days=365)))
    return shop


def _expire(shop: Shop, msisdn: str, days: int, **values: object) -> int:
    return shop.set_line(msisdn, expires_on=shop.clock.today + timedelta(days=days), **values)


def _due(shop: Shop, within_days: int = 7, **options: object) -> list[reminders.Reminder]:
    return reminders.due_reminders(
        shop.db,
        today=shop.clock.today,
        within_days=within_days,
        **options,  # type: ignore[arg-type]
    )


def _numbers(shop: Shop, within_days: int = 7, **options: object) -> list[str]:
    return [reminder.msisdn for reminder in _due(shop, within_days, **options)]


@pytest.mark.parametrize("window", [7, 14, 30])
def test_a_window_runs_from_today_to_exactly_n_days(quiet: Shop, window: int) -> None:
    _expire(quiet, BAU_REG, window)
    _expire(quiet, BAU_KEEP, 0)
    _expire(quiet, PEARL_KEEP, window + 1)
    _expire(quiet, PEARL_DUAL, window - 1)
    assert _numbers(quiet, window) == [BAU_KEEP, PEARL_DUAL, BAU_REG]
    first, *_, last = _due(quiet, window)
    assert (first.days_left, first.status) == (0, LineStatus.EXPIRING_SOON)
    assert last.days_left == window
    assert last.expires_on == quiet.clock.today + timedelta(days=window)


def test_same_expiry_is_ordered_by_number(quiet: Shop) -> None:
    for msisdn in (HARBOUR_DATA, BAU_KEEP, PEARL_KEEP):
        _expire(quiet, msisdn, 3)
    assert _numbers(quiet) == [BAU_KEEP, PEARL_KEEP, HARBOUR_DATA]


def test_grace_is_each_carriers_own(quiet: Shop) -> None:
    # Bauhinia keeps an expired line renewable for 30 days, Pearl for 15, Harbour for 7.
    _expire(quiet, BAU_KEEP, -30)
    _expire(quiet, BAU_REG, -31)
    _expire(quiet, PEARL_KEEP, -15)
    _expire(quiet, PEARL_DUAL, -16)
    _expire(quiet, HARBOUR_DATA, -7)
    assert _numbers(quiet) == [BAU_KEEP, PEARL_KEEP, HARBOUR_DATA]
    first = _due(quiet)[0]
    assert (first.days_left, first.status) == (-30, LineStatus.EXPIRED)
    assert _numbers(quiet, include_grace=False) == []


def test_recycled_and_closed_lines_are_left_out(quiet: Shop) -> None:
    _expire(quiet, BAU_KEEP, 2, recycled=True)
    _expire(quiet, BAU_REG, 2, closed_at=quiet.clock())
    _expire(quiet, PEARL_KEEP, 2)
    assert _numbers(quiet) == [PEARL_KEEP]


def test_carrier_and_card_type_filters(quiet: Shop) -> None:
    for msisdn in (BAU_KEEP, BAU_REG, PEARL_DUAL, PEARL_KEEP, HARBOUR_DATA):
        _expire(quiet, msisdn, 1)
    assert _numbers(quiet, carrier_code="pearl") == [PEARL_DUAL, PEARL_KEEP]
    assert _numbers(quiet, card_type="number_keeping") == [BAU_KEEP, PEARL_KEEP]
    assert _numbers(quiet, carrier_code="BAUHINIA", card_type="hk_registered") == [BAU_REG]
    reminder = _due(quiet, carrier_code="HARBOUR")[0]
    assert reminder.card_type is CardType.DATA
    assert reminder.carrier_name_en == "Harbour Data"
    assert reminder.msisdn_display == "+852 9600 0004"
    with pytest.raises(NotFound):
        _due(quiet, carrier_code="NOPE")
    with pytest.raises(InputError):
        _due(quiet, card_type="prepaid")


@pytest.mark.parametrize("window", [0, 91, -7])
def test_a_window_outside_1_to_90_days_is_refused(quiet: Shop, window: int) -> None:
    with pytest.raises(InputError) as raised:
        _due(quiet, window)
    assert raised.value.code == "reminders.days"


def test_the_holder_name_is_masked_and_no_id_is_carried(quiet: Shop) -> None:
    _expire(quiet, BAU_KEEP, 1)
    with quiet.db.write() as session:
        line = session.scalars(select(Line).where(Line.msisdn == BAU_KEEP)).one()
        customer = session.get(Customer, line.customer_id)
        assert customer is not None
        customer.name_en, customer.name_zh = "CHAN TAI MAN", "陳大文"
    (reminder,) = _due(quiet)
    assert (reminder.holder_name_en, reminder.holder_name_zh) == ("CHAN T** M**", "陳*文")
    fields = set(reminder.__dataclass_fields__)
    assert not {name for name in fields if "id_" in name or "hkid" in name}


def test_a_contacted_line_is_hidden_until_asked_for(quiet: Shop, clerk: Clerk) -> None:
    line_id = _expire(quiet, BAU_KEEP, 3)
    _expire(quiet, PEARL_KEEP, 4)
    marked = reminders.mark_contacted(
        quiet.db, clerk, line_id, outcome="  will come Friday ", clock=quiet.clock
    )
    assert marked.outcome == "will come Friday"
    assert _numbers(quiet) == [PEARL_KEEP]
    shown = _due(quiet, include_contacted=True)
    assert [r.msisdn for r in shown] == [BAU_KEEP, PEARL_KEEP]
    contacted = shown[0]
    assert contacted.contacted_at == quiet.clock()
    assert contacted.contacted_at is not None
    assert contacted.contacted_at.tzinfo == HONG_KONG
    assert contacted.contacted_by == "陳店員"
    assert contacted.outcome == "will come Friday"
    assert (shown[1].contacted_at, shown[1].contacted_by, shown[1].outcome) == (None, "", "")


def test_a_renewal_after_the_call_makes_the_line_due_again(quiet: Shop, clerk: Clerk) -> None:
    line_id = _expire(quiet, BAU_KEEP, 2)
    reminders.mark_contacted(
        quiet.db, clerk, line_id, outcome="renews next week", clock=quiet.clock
    )
    assert _numbers(quiet, 30) == []
    # Renewed for a month meanwhile; the new expiry is a new reminder, not yet called about.
    quiet.clock.advance(days=25)
    _expire(quiet, BAU_KEEP, 3)
    (again,) = _due(quiet, 30)
    assert (again.msisdn, again.contacted_at, again.outcome) == (BAU_KEEP, None, "")


def _contacts(shop: Shop, line_id: int) -> list[tuple[date, str]]:
    with shop.db.read() as session:
        return [
            (row.contacted_on, row.outcome)
            for row in session.scalars(
                select(ReminderContact)
                .where(ReminderContact.line_id == line_id)
                .order_by(ReminderContact.id)
            )
        ]


def test_marking_twice_a_day_keeps_one_record(quiet: Shop, clerk: Clerk) -> None:
    line_id = _expire(quiet, BAU_KEEP, 5)
    today = quiet.clock.today
    reminders.mark_contacted(quiet.db, clerk, line_id, outcome="no answer", clock=quiet.clock)
    quiet.clock.advance(hours=3)
    again = reminders.mark_contacted(
        quiet.db, clerk, line_id, outcome="will come Friday", clock=quiet.clock
    )
    assert again.contacted_at == quiet.clock()
    assert _contacts(quiet, line_id) == [(today, "will come Friday")]
    # 10:00 + 3 h + 12 h is past midnight in Hong Kong: a new day, a new record.
    quiet.clock.advance(hours=12)
    reminders.mark_contacted(quiet.db, clerk, line_id, outcome="came in", clock=quiet.clock)
    assert _contacts(quiet, line_id) == [
        (today, "will come Friday"),
        (today + timedelta(days=1), "came in"),
    ]
    (shown,) = _due(quiet, include_contacted=True)
    assert shown.outcome == "came in"


def test_marking_is_audited_and_the_chain_holds(quiet: Shop, clerk: Clerk) -> None:
    line_id = _expire(quiet, BAU_KEEP, 5)
    reminders.mark_contacted(
        quiet.db, clerk, line_id, outcome="will come Friday", clock=quiet.clock
    )
    reminders.mark_contacted(quiet.db, clerk, line_id, outcome="again", clock=quiet.clock)
    with quiet.db.read() as session:
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "reminder.contacted")
                .order_by(AuditEvent.id)
            )
        )
    assert [(e.staff_id, e.subject, e.details["again"]) for e in events] == [
        (clerk.id, str(line_id), False),
        (clerk.id, str(line_id), True),
    ]
    report = audit.verify(quiet.db)
    assert report.ok, report.problem


def test_marking_refuses_closed_recycled_and_unknown_lines_and_bad_outcomes(
    quiet: Shop, clerk: Clerk
) -> None:
    closed = _expire(quiet, BAU_KEEP, 1, closed_at=quiet.clock())
    recycled = _expire(quiet, BAU_REG, 1, recycled=True)
    past_grace = _expire(quiet, HARBOUR_DATA, -31)  # Harbour recycles after 30 days
    for line_id in (closed, recycled, past_grace):
        with pytest.raises(InputError) as raised:
            reminders.mark_contacted(quiet.db, clerk, line_id, outcome="x", clock=quiet.clock)
        assert raised.value.code == "reminders.not_open"
    open_line = _expire(quiet, PEARL_KEEP, 1)
    with pytest.raises(NotFound):
        reminders.mark_contacted(quiet.db, clerk, 999_999, outcome="x", clock=quiet.clock)
    with pytest.raises(InputError):
        reminders.mark_contacted(quiet.db, clerk, open_line, outcome="x" * 121, clock=quiet.clock)
    with pytest.raises(InputError):
        reminders.mark_contacted(quiet.db, clerk, open_line, outcome="a\x00b", clock=quiet.clock)
    # The holder's HKID in the outcome was stored (and audited, and backed up).
    with pytest.raises(InputError) as raised:
        reminders.mark_contacted(
            quiet.db, clerk, open_line, outcome="spoke to A123456(3), renews Fri", clock=quiet.clock
        )
    assert raised.value.code == "text.id_number"
    with quiet.db.read() as session:
        assert session.scalar(select(func.count(ReminderContact.id))) == 0


def test_the_csv_has_a_bom_neutralised_cells_and_no_id_number(
    quiet: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    sample = quiet.built.samples[0]
    assert sample.msisdn == BAU_KEEP and sample.id_type == "hkid"
    line_id = _expire(quiet, BAU_KEEP, 2)
    _expire(quiet, PEARL_KEEP, 6)
    with quiet.db.write() as session:
        line = session.get(Line, line_id)
        assert line is not None and line.plan_id is not None
        plan = session.get(Plan, line.plan_id)
        assert plan is not None
        plan.code = "=cmd|'/C calc'!A0"
        id_masked = session.get(Customer, line.customer_id).id_masked  # type: ignore[union-attr]
    reminders.mark_contacted(quiet.db, clerk, line_id, outcome="=cmd", clock=quiet.clock)
    rows = _due(quiet, include_contacted=True)
    out = tmp_path / "reminders.csv"
    assert reminders.export_reminders_csv(rows, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    content = raw.decode("utf-8-sig")
    assert content == reminders.reminders_csv(rows).removeprefix("\ufeff")
    lines = content.splitlines()
    assert lines[0] == (
        "number,carrier,card_type,plan,expires_on,days_left,status,holder,contacted_at,outcome"
    )
    assert lines[1].startswith(
        "'+85296000000,BAUHINIA,number_keeping,'=cmd|'/C calc'!A0,2026-11-23,2,"
    )
    assert lines[1].endswith(",'=cmd")
    assert "+08:00" in lines[1]
    assert lines[2].startswith("'+85296000003,PEARL,number_keeping,PEA-R")
    assert sample.id_number not in content
    assert sample.id_number[:4] not in content
    assert id_masked not in content
    assert not list(tmp_path.glob(".*part"))


def test_the_csv_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        reminders.export_reminders_csv([], tmp_path / "missing" / "reminders.csv")


def test_the_list_is_read_from_the_expiry_index(quiet: Shop) -> None:
    if not quiet.db.is_sqlite:
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans by table size")
    with quiet.db.read() as session:
        carriers = list(session.scalars(select(Carrier)))
        for include_contacted in (False, True):
            query = reminders.due_query(
                carriers,
                today=quiet.clock.today,
                within_days=30,
                include_grace=True,
                card_type=CardType.DATA,
                include_contacted=include_contacted,
                limit=1000,
            )
            sql = str(
                query.compile(
                    dialect=quiet.db.engine.dialect, compile_kwargs={"literal_binds": True}
                )
            )
            plan = [row[3] for row in session.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
            assert any(
                step.startswith("SEARCH lines USING INDEX ix_lines_expires_on") for step in plan
            ), plan
            # The index gives the order too: no sort of every line in the window.
            assert not any("TEMP B-TREE" in step for step in plan), plan
            assert not any(step.startswith("SCAN") for step in plan), plan
