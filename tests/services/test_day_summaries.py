"""Day summaries: kept with every sale, void and refund, equal to the raw rows, rebuildable."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest
from alembic import command
from alembic.config import Config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event, func, select, update

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.new_sims import NewSim
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk, Role
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import day_summaries, registration, reversals, sales, shifts
from counter_app.services.demo import _hkid, _iccid
from counter_app.services.sales_reports import sales_report, sales_report_raw
from counter_app.services.staff import create_user
from counter_app.store.models import (
    AuditEvent,
    Carrier,
    Line,
    SalesDaySummary,
    TenderDaySummary,
)
from counter_app.store.schema import MIGRATIONS, current_revision, head_revision, upgrade
from tests.services.conftest import PASSWORD, Shop
from tests.services.test_cli_reminders import counter_app

_NEW_SIM_NUMBERS = itertools.count(1)
_OTHER_TENDERS = (
    TenderKind.CARD,
    TenderKind.OCTOPUS,
    TenderKind.FPS,
    TenderKind.ALIPAY_HK,
    TenderKind.WECHAT_PAY_HK,
)


def _tender(kind: TenderKind, amount: int, n: int) -> Tender:
    if kind == TenderKind.CASH:
        return Tender(kind, amount, tendered=amount + (n % 3) * 1_000)
    if kind == TenderKind.CARD:
        return Tender(
            kind, amount, card_last4=f"{n % 10_000:04d}", approval_code=f"A{n % 1000:03d}"
        )
    return Tender(kind, amount, reference=f"REF{n:06d}")


def _tenders(total: int, split: int, other: TenderKind, n: int) -> list[Tender]:
    """Cash, another tender, or *split* cents of cash and the rest by the other one."""
    if split <= 0 or split >= total:
        return [_tender(TenderKind.CASH if split <= 0 else other, total, n)]
    return [_tender(TenderKind.CASH, split, n), _tender(other, total - split, n)]


@dataclass
class Scene:
    """The shop the property test keeps adding to, one test (one database) long."""

    shop: Shop
    staff: dict[str, Clerk]
    lines: list[tuple[int, str]]  # line id, carrier code
    counters: tuple[int, int]
    first_day: date
    receipts: list[str] = field(default_factory=list)
    n: int = 0

    def counter(self, which: int) -> int:
        return self.counters[which]

    def ensure_shift(self, counter_id: int) -> None:
        if shifts.current_shift(self.shop.db, counter_id) is None:
            shifts.open_shift(
                self.shop.db, self.staff["clerk"], counter_id, 50_000, clock=self.shop.clock
            )

    def change_shift(self, counter_id: int) -> None:
        current = shifts.current_shift(self.shop.db, counter_id)
        if current is not None:
            expected = shifts.figures(self.shop.db, current.id).expected_cash
            shifts.close_shift(
                self.shop.db, self.staff["clerk"], counter_id, expected, clock=self.shop.clock
            )
        self.ensure_shift(counter_id)


@pytest.fixture
def scene(shop: Shop) -> Scene:
    create_user(
        shop.db, None, username="amy", display_name="黃美儀", role=Role.CLERK, password=PASSWORD
    )
    staff = {name: shop.sign_in(name) for name in ("clerk", "supervisor", "amy")}
    with shop.db.write() as session:
        found = session.execute(select(Line.id, Carrier.code).join(Carrier)).all()
        session.execute(update(Line).values(expires_on=shop.clock.today + timedelta(days=3_000)))
    lines = [(int(line_id), str(code)) for line_id, code in found[:12]]
    return Scene(shop, staff, lines, (shop.counter_id, shop.other_counter_id), shop.clock.today)


def _sell(scene: Scene, data: st.DataObject) -> SaleView | None:
    shop = scene.shop
    clerk = scene.staff[data.draw(st.sampled_from(sorted(scene.staff)), label="clerk")]
    counter_id = scene.counter(data.draw(st.integers(0, 1), label="counter"))
    scene.ensure_shift(counter_id)
    kind = data.draw(st.sampled_from(["line", "line", "voucher", "new_sim"]), label="kind")
    other = data.draw(st.sampled_from(_OTHER_TENDERS), label="other tender")
    split = data.draw(st.sampled_from([0, 0, 1_000, 2_500, 10**9]), label="cash part")
    scene.n += 1
    if kind == "line":
        line_id, carrier = data.draw(st.sampled_from(scene.lines), label="line")
        value = data.draw(st.sampled_from([5_000, 10_000, 20_000]), label="top-up")
        draft = sales.start_sale(
            shop.db, clerk, counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
        )
        return sales.complete_line_sale(
            shop.db,
            clerk,
            draft.uuid,
            plan_code=f"{carrier[:3]}-T{value // 100:03d}",
            tenders=_tenders(value, split, other, scene.n),
            clock=shop.clock,
        )
    if kind == "voucher":
        carrier = data.draw(st.sampled_from(["BAUHINIA", "PEARL", "HARBOUR"]), label="carrier")
        face = data.draw(st.sampled_from([5_000, 10_000]), label="face value")
        draft = sales.start_sale(shop.db, clerk, counter_id, SaleKind.VOUCHER, clock=shop.clock)
        try:
            return sales.complete_voucher_sale(
                shop.db,
                clerk,
                draft.uuid,
                carrier_code=carrier,
                face_value=face,
                tenders=_tenders(face, split, other, scene.n),
                clock=shop.clock,
            )
        except InputError:  # this carrier's stock of the value ran out
            return None
    number = next(_NEW_SIM_NUMBERS)
    draft = sales.start_sale(shop.db, clerk, counter_id, SaleKind.NEW_SIM, clock=shop.clock)
    card_type = data.draw(st.sampled_from(["hk_registered", "number_keeping"]), label="card")
    return registration.complete_new_sim(
        shop.db,
        clerk,
        draft.uuid,
        NewSim(
            msisdn=f"6{2_000_000 + number:07d}",
            iccid=_iccid(800_000 + number),
            carrier_code="BAUHINIA",
            card_type=card_type,
            plan_code="BAU-R12",
            name_en="Chan Tai Man",
            name_zh="陳大文",
            date_of_birth=date(1990, 5, 4),
            id_type="hkid",
            id_number=_hkid(random.Random(number)),  # noqa: S311 - a made-up document
            photo_matches=True,
        ),
        tenders=_tenders(15_800, split, other, scene.n),
        secret=shop.secret,
        clock=shop.clock,
    )


def _reverse(scene: Scene, data: st.DataObject) -> None:
    # As many draws whatever the shop holds, so that Hypothesis can replay an example.
    pick = data.draw(st.integers(0, 10_000), label="receipt to reverse")
    counter_id = scene.counter(data.draw(st.integers(0, 1), label="reversal counter"))
    if not scene.receipts:
        return
    receipt = scene.receipts[-1 - pick % len(scene.receipts)]
    scene.ensure_shift(counter_id)
    try:
        reversals.reverse_sale(
            scene.shop.db,
            scene.staff["clerk"],
            counter_id,
            receipt,
            supervisor_username="supervisor",
            supervisor_password=PASSWORD,
            reason="customer changed their mind",
            clock=scene.shop.clock,
        )
    except InputError:  # reversed already
        return
    scene.receipts.remove(receipt)


def _move_clock(scene: Scene, data: st.DataObject) -> None:
    clock = scene.shop.clock
    if data.draw(st.booleans(), label="to midnight"):
        # A minute or two either side of the next Hong Kong midnight.
        local = clock.now.astimezone(HONG_KONG)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0), HONG_KONG)
        seconds = data.draw(st.integers(-120, 120), label="seconds from midnight")
        target = (midnight + timedelta(seconds=seconds)).astimezone(UTC)
        clock.now = max(clock.now + timedelta(seconds=1), target)
    else:
        clock.advance(minutes=data.draw(st.integers(1, 30 * 60), label="minutes"))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_summaries_give_the_raw_report(scene: Scene, data: st.DataObject) -> None:
    """Random sales, voids, refunds and clock moves, then random ranges: the same report.

    The shop keeps what earlier examples sold (one database per test), so later examples
    report over many days, counters, clerks and shifts.
    """
    steps = data.draw(
        st.lists(
            st.sampled_from(["sell", "sell", "sell", "reverse", "clock", "shift"]),
            min_size=3,
            max_size=10,
        ),
        label="steps",
    )
    for step in steps:
        if step == "sell":
            done = _sell(scene, data)
            if done is not None and done.receipt_no:
                scene.receipts.append(done.receipt_no)
        elif step == "reverse":
            _reverse(scene, data)
        elif step == "clock":
            _move_clock(scene, data)
        else:
            scene.change_shift(scene.counter(data.draw(st.integers(0, 1), label="counter")))
    last_day = scene.shop.clock.today
    days = (last_day - scene.first_day).days
    supervisor = scene.staff["supervisor"]
    for _ in range(2):
        offset = data.draw(st.integers(0, 10_000), label="from") % (days + 2) - 1
        start = scene.first_day + timedelta(days=offset)
        length = data.draw(st.integers(0, 10_000), label="days") % (days + 3)
        counter = data.draw(st.sampled_from([None, "C1", "C2"]), label="counter code")
        end = start + timedelta(days=length)
        kept = sales_report(scene.shop.db, supervisor, start, end, counter_code=counter)
        raw = sales_report_raw(scene.shop.db, supervisor, start, end, counter_code=counter)
        assert kept.total == raw.total
        assert kept.breakdowns == raw.breakdowns
    assert day_summaries.check(scene.shop.db, supervisor).equal


# --- rebuild, check, statements -------------------------------------------------------------


def _busy_days(scene: Scene) -> None:
    """Three days of sales at both counters, a void and a refund at the other counter."""
    rng = random.Random(7)  # noqa: S311 - a reproducible mix
    for day in range(3):
        for n in range(4):
            counter_id = scene.counters[n % 2]
            scene.ensure_shift(counter_id)
            line_id, carrier = scene.lines[(day * 4 + n) % len(scene.lines)]
            clerk = scene.staff[("clerk", "supervisor")[n % 2]]
            draft = sales.start_sale(
                scene.shop.db,
                clerk,
                counter_id,
                SaleKind.LINE,
                line_id=line_id,
                clock=scene.shop.clock,
            )
            done = sales.complete_line_sale(
                scene.shop.db,
                clerk,
                draft.uuid,
                plan_code=f"{carrier[:3]}-T100",
                tenders=_tenders(10_000, rng.choice([0, 4_000]), TenderKind.CARD, n),
                clock=scene.shop.clock,
            )
            assert done.receipt_no
            scene.receipts.append(done.receipt_no)
            scene.shop.clock.advance(hours=2)
        scene.shop.clock.advance(hours=16)
    for receipt in (scene.receipts[-1], scene.receipts[0]):
        scene.ensure_shift(scene.counters[1])
        reversals.reverse_sale(
            scene.shop.db,
            scene.staff["clerk"],
            scene.counters[1],
            receipt,
            supervisor_username="supervisor",
            supervisor_password=PASSWORD,
            reason="customer changed their mind",
            clock=scene.shop.clock,
        )


def _tables(scene: Scene) -> tuple[dict[object, object], dict[object, object]]:
    with scene.shop.db.read() as session:
        return (
            dict(day_summaries.summary_rows(session, SalesDaySummary)),
            dict(day_summaries.summary_rows(session, TenderDaySummary)),
        )


def test_rebuild_restores_deleted_and_changed_summaries(scene: Scene) -> None:
    _busy_days(scene)
    kept = _tables(scene)
    assert kept[0] and kept[1]
    supervisor = scene.staff["supervisor"]
    second_day = scene.first_day + timedelta(days=1)
    with scene.shop.db.write() as session:
        session.execute(delete(TenderDaySummary))
        session.execute(
            update(SalesDaySummary)
            .where(SalesDaySummary.hk_day == second_day)
            .values(gross=SalesDaySummary.gross + 1, voided=7)
        )
        session.execute(delete(SalesDaySummary).where(SalesDaySummary.hk_day == scene.first_day))
    checked = day_summaries.check(scene.shop.db, supervisor)
    assert not checked.equal
    assert {key[0] for key in checked.sales_differences} == {scene.first_day, second_day}
    assert len(checked.tender_differences) == len(kept[1])
    assert _tables(scene) != kept  # check() wrote nothing
    wrong = sales_report(scene.shop.db, supervisor, scene.first_day, scene.shop.clock.today)
    raw = sales_report_raw(scene.shop.db, supervisor, scene.first_day, scene.shop.clock.today)
    assert wrong.total != raw.total

    # Only the second day: the first stays missing, the tenders of other days too.
    day_summaries.rebuild(scene.shop.db, supervisor, second_day, second_day)
    after = _tables(scene)
    assert {k: v for k, v in after[0].items() if k[0] == second_day} == {  # type: ignore[index]
        k: v
        for k, v in kept[0].items()
        if k[0] == second_day  # type: ignore[index]
    }
    assert not any(k[0] == scene.first_day for k in after[0])  # type: ignore[index]

    rebuilt = day_summaries.rebuild(scene.shop.db, supervisor)
    assert _tables(scene) == kept
    assert (rebuilt.sales_rows, rebuilt.tender_rows) == (len(kept[0]), len(kept[1]))
    assert day_summaries.check(scene.shop.db, supervisor).equal
    report = sales_report(scene.shop.db, supervisor, scene.first_day, scene.shop.clock.today)
    assert report.total == raw.total and report.breakdowns == raw.breakdowns
    assert report.total.refunded + report.total.voided == 20_000


def test_rebuild_is_audited_and_for_supervisors(scene: Scene) -> None:
    with pytest.raises(NotAllowed):
        day_summaries.rebuild(scene.shop.db, scene.staff["clerk"])
    with pytest.raises(InputError):
        day_summaries.rebuild(
            scene.shop.db, scene.staff["supervisor"], date(2026, 12, 2), date(2026, 12, 1)
        )
    day_summaries.rebuild(scene.shop.db, scene.staff["supervisor"], date(2026, 11, 1))
    with scene.shop.db.read() as session:
        event_row = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "reports.rebuilt")
        ).one()
    assert event_row.staff_id == scene.staff["supervisor"].id


def test_a_sale_and_a_reversal_each_cost_two_statements(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summaries add one upsert per table to a sale's or a reversal's transaction.

    Each action runs twice, once with the summaries switched off: the difference is
    exactly the two upserts, so nothing else was read for them (the line, the PINs, the
    items and the payments were in the session already).
    """
    counter_id = scene.counters[0]
    scene.ensure_shift(counter_id)
    clerk = scene.staff["clerk"]
    engine = scene.shop.db._write_engine  # where the transactions run
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    def counted(work: Callable[[], object], *, kept: bool) -> list[str]:
        with monkeypatch.context() as patch:
            if not kept:
                patch.setattr(day_summaries, "record_sale", lambda *_a, **_k: None)
                patch.setattr(day_summaries, "record_reversal", lambda *_a, **_k: None)
            statements.clear()
            event.listen(engine, "before_cursor_execute", seen)
            try:
                work()
            finally:
                event.remove(engine, "before_cursor_execute", seen)
        return list(statements)

    def line_sale(n: int) -> Callable[[], SaleView]:
        line_id, carrier = scene.lines[n]
        draft = sales.start_sale(
            scene.shop.db, clerk, counter_id, SaleKind.LINE, line_id=line_id, clock=scene.shop.clock
        )
        return lambda: sales.complete_line_sale(
            scene.shop.db,
            clerk,
            draft.uuid,
            plan_code=f"{carrier[:3]}-T050",
            tenders=_tenders(5_000, 2_000, TenderKind.OCTOPUS, n),
            clock=scene.shop.clock,
        )

    def voucher_sale() -> Callable[[], SaleView]:
        draft = sales.start_sale(
            scene.shop.db, clerk, counter_id, SaleKind.VOUCHER, clock=scene.shop.clock
        )
        return lambda: sales.complete_voucher_sale(
            scene.shop.db,
            clerk,
            draft.uuid,
            carrier_code="PEARL",
            face_value=5_000,
            tenders=[_tender(TenderKind.CASH, 5_000, 2)],
            clock=scene.shop.clock,
        )

    def reversal(receipt: str) -> Callable[[], SaleView]:
        return lambda: reversals.reverse_sale(
            scene.shop.db,
            clerk,
            counter_id,
            receipt,
            supervisor_username="supervisor",
            supervisor_password=PASSWORD,
            reason="customer changed their mind",
            clock=scene.shop.clock,
        )

    # PostgreSQL: one statement, the sales upsert a data-modifying CTE of the tenders one.
    expected_upserts = (
        [["INSERT", "INTO", "sales_day_summaries"], ["INSERT", "INTO", "tender_day_summaries"]]
        if scene.shop.db.is_sqlite
        else [["WITH", "sales_rows", "AS"]]
    )
    receipts: list[str] = []
    for make in (lambda: line_sale(0), lambda: line_sale(1), voucher_sale):
        work = make()
        with_summaries = counted(lambda w=work: receipts.append(w().receipt_no or ""), kept=True)
        other = make()
        without = counted(lambda o=other: receipts.append(o().receipt_no or ""), kept=False)
        upserts = [s.split()[:3] for s in with_summaries if "day_summaries" in s]
        assert upserts == expected_upserts
        assert len(with_summaries) == len(without) + len(expected_upserts)
    # Reversed in pairs that restore their lines alike: vouchers, then two fresh lines.
    receipts.extend(line_sale(n)().receipt_no or "" for n in (2, 3))
    for kept, left_out in ((receipts[4], receipts[5]), (receipts[6], receipts[7])):
        with_summaries = counted(reversal(kept), kept=True)
        without = counted(reversal(left_out), kept=False)
        assert sum("day_summaries" in s for s in with_summaries) == len(expected_upserts)
        assert len(with_summaries) == len(without) + len(expected_upserts)


def test_the_upgrade_fills_the_summaries_of_an_existing_shop(scene: Scene) -> None:
    """A shop at 0010 with sales, voids and refunds: 0011 fills what the sales kept."""
    _busy_days(scene)
    kept = _tables(scene)
    supervisor = scene.staff["supervisor"]
    raw = sales_report_raw(scene.shop.db, supervisor, scene.first_day, scene.shop.clock.today)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with scene.shop.db.write() as session:
        config.attributes["connection"] = session.connection()
        command.downgrade(config, "0010")
    assert current_revision(scene.shop.db) == "0010"
    assert upgrade(scene.shop.db) == ("0010", head_revision())
    assert _tables(scene) == kept
    report = sales_report(scene.shop.db, supervisor, scene.first_day, scene.shop.clock.today)
    assert report.total == raw.total and report.breakdowns == raw.breakdowns
    assert report.total.count == 12 and report.total.refunded + report.total.voided == 20_000


@pytest.mark.slow
def test_the_command_checks_and_rebuilds(scene: Scene, database_url: str) -> None:
    _busy_days(scene)
    kept = _tables(scene)
    owner = ("--staff", "supervisor")
    agreed = counter_app(database_url, "reports", "rebuild", "--check", *owner, stdin=PASSWORD)
    assert agreed.returncode == 0, agreed.stderr
    assert "agree with the sales" in agreed.stdout
    second_day = scene.first_day + timedelta(days=1)
    with scene.shop.db.write() as session:
        session.execute(
            update(TenderDaySummary)
            .where(TenderDaySummary.hk_day == second_day)
            .values(gross=TenderDaySummary.gross - 100)
        )
    differs = counter_app(database_url, "reports", "rebuild", "--check", *owner, stdin=PASSWORD)
    assert differs.returncode == 1
    assert f"on 1 day(s): {second_day.isoformat()};" in differs.stderr
    refused = counter_app(database_url, "reports", "rebuild", "--staff", "amy", stdin=PASSWORD)
    assert refused.returncode != 0 and _tables(scene) != kept
    span = ("--from", second_day.isoformat(), "--to", second_day.isoformat())
    rebuilt = counter_app(database_url, "reports", "rebuild", *span, *owner, stdin=PASSWORD)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert rebuilt.stdout.startswith(f"rebuilt the day summaries from {second_day} to")
    assert _tables(scene) == kept
    with scene.shop.db.read() as session:
        assert (
            session.scalar(select(func.count()).where(AuditEvent.action == "reports.rebuilt")) == 1
        )
