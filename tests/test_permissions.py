"""Every role x every back-office action, through the real service that does the action.

For each pair the service is called, on a real database, as a user of that role: it must
refuse (NotAllowed, and leave no trace in the audit trail) exactly when
``permissions.NEEDS`` says the role is too low, and do the action otherwise.

A void or refund is done by any clerk with a supervisor's approval: there the role tested is
the approver's.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from stdnum import luhn

from counter_app.domain.errors import NotAllowed, OutsideError
from counter_app.domain.identity import hkid_check_digit
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk, Role
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import (
    catalog_admin,
    demo,
    imports,
    keys,
    reminders,
    reports,
    reversals,
    sales,
    shifts,
    staff,
)
from counter_app.services.catalog_admin import PlanInput, PromotionInput
from counter_app.services.keys import InstallationSecret
from counter_app.services.permissions import NEEDS, Action, allowed
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, Counter, Line, OutboxJob
from counter_app.store.schema import upgrade
from tests.services.conftest import PASSWORD, MovableClock

# The names the acting user's parameter goes by in the services.
ACTOR_NAMES = ("clerk", "actor")


@dataclass
class World:
    """A small shop with one user per role and an open shift at counter C1."""

    db: Database
    secret: InstallationSecret
    clock: MovableClock
    counter_id: int
    tmp: Path
    users: dict[Role, Clerk]
    receipt_no: str
    line_id: int
    serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def clerk(self) -> Clerk:
        return self.users[Role.CLERK]

    @property
    def admin(self) -> Clerk:
        return self.users[Role.ADMIN]

    def audit_entries(self) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.count(AuditEvent.id))) or 0)

    def new_counter(self) -> int:
        """A counter of its own, for a probe that opens or closes a shift."""
        with self.db.write() as session:
            shop_id = session.get_one(Counter, self.counter_id).shop_id
            counter = Counter(
                shop_id=shop_id, code=f"P{next(self.serial)}", name="probe", created_at=self.clock()
            )
            session.add(counter)
            session.flush()
            return counter.id

    def sell_voucher(self, counter_id: int | None = None) -> str:
        draft = sales.start_sale(
            self.db,
            self.clerk,
            counter_id or self.counter_id,
            SaleKind.VOUCHER,
            clock=self.clock,
        )
        done = sales.complete_voucher_sale(
            self.db,
            self.clerk,
            draft.uuid,
            carrier_code="BAUHINIA",
            face_value=5_000,
            tenders=[Tender(TenderKind.CASH, 5_000, tendered=5_000)],
            clock=self.clock,
        )
        assert done.receipt_no is not None
        return done.receipt_no


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    clock = MovableClock(datetime(2026, 11, 21, 2, 0, tzinfo=UTC))  # 10:00 in Hong Kong
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(tmp_path / "secret" / keys.SECRET_FILE_NAME)
    built = demo.build(db, secret, lines=10, password=PASSWORD, clock=clock)
    for username, role in (("boss", "admin"), ("target", "clerk")):
        staff.create_user(
            db, None, username=username, display_name=username, role=role, password=PASSWORD
        )
    context = counter_context(db, "C1")
    assert context is not None
    users = {
        Role(role): staff.sign_in(db, name, PASSWORD, clock=clock)
        for name, role in (("clerk", "clerk"), ("supervisor", "supervisor"), ("boss", "admin"))
    }
    shifts.open_shift(db, users[Role.CLERK], context.counter_id, 50_000, clock=clock)
    probe = World(db, secret, clock, context.counter_id, tmp_path, users, "", 0)
    probe.receipt_no = probe.sell_voucher()
    line = built.samples[0].msisdn
    with db.write() as session:
        row = session.scalars(select(Line).where(Line.msisdn == line)).one()
        row.expires_on = clock.today + timedelta(days=10)
        probe.line_id = row.id
    yield probe
    db.dispose()


# --- finding the service that does an action -------------------------------------------


@dataclass(frozen=True)
class Service:
    function: Callable[..., Any]
    actor: str | None

    def __call__(self, user: Clerk, *args: Any, **kwargs: Any) -> Any:
        if self.actor is not None:
            kwargs[self.actor] = user
        return self.function(*args, **kwargs)


def service(module: str, name: str, action: Action) -> Service:
    """``counter_app.services.<module>.<name>``, which must take the acting member of staff.

    An action every role may do is still called when the function takes no acting user
    (nothing may be refused); any other action needs one, or it cannot refuse anybody.
    """
    found = importlib.import_module(f"counter_app.services.{module}")
    function = getattr(found, name, None)
    assert function is not None, f"counter_app.services.{module}.{name} ({action.value})"
    parameters = inspect.signature(function).parameters
    actor = next((p for p in ACTOR_NAMES if p in parameters), None)
    assert actor is not None or NEEDS[action] is Role.CLERK, (
        f"counter_app.services.{module}.{name} takes no acting clerk, "
        f"so it cannot refuse {action.value}"
    )
    return Service(function, actor)


# --- one probe per action: arrange, then return the call that does the action ----------

Probe = Callable[[World, Clerk], Callable[[], object]]
PROBES: dict[Action, Probe] = {}


def probe(action: Action) -> Callable[[Probe], Probe]:
    def register(function: Probe) -> Probe:
        PROBES[action] = function
        return function

    return register


@probe(Action.SELL)
def _sell(w: World, user: Clerk) -> Callable[[], object]:
    start = service("sales", "start_sale", Action.SELL)
    complete = service("sales", "complete_voucher_sale", Action.SELL)

    def act() -> object:
        draft = start(user, w.db, counter_id=w.counter_id, kind=SaleKind.VOUCHER, clock=w.clock)
        return complete(
            user,
            w.db,
            sale_uuid=draft.uuid,
            carrier_code="BAUHINIA",
            face_value=5_000,
            tenders=[Tender(TenderKind.CASH, 5_000, tendered=5_000)],
            clock=w.clock,
        )

    return act


@probe(Action.SHIFT_OPEN)
def _open(w: World, user: Clerk) -> Callable[[], object]:
    open_shift = service("shifts", "open_shift", Action.SHIFT_OPEN)
    counter_id = w.new_counter()
    return lambda: open_shift(user, w.db, counter_id=counter_id, float_amount=10_000, clock=w.clock)


@probe(Action.SHIFT_X_REPORT)
def _x_report(w: World, user: Clerk) -> Callable[[], object]:
    report = service("reports", "report_pdf", Action.SHIFT_X_REPORT)
    return lambda: report(user, w.db, kind=reports.ReportKind.X, counter_code="C1", clock=w.clock)


@probe(Action.SHIFT_CLOSE)
def _close(w: World, user: Clerk) -> Callable[[], object]:
    close = service("shifts", "close_shift", Action.SHIFT_CLOSE)
    counter_id = w.new_counter()
    shifts.open_shift(w.db, w.clerk, counter_id, 0, clock=w.clock)
    return lambda: close(user, w.db, counter_id=counter_id, counted=0, clock=w.clock)


@probe(Action.CASH_MOVE)
def _cash(w: World, user: Clerk) -> Callable[[], object]:
    move = service("shifts", "move_cash", Action.CASH_MOVE)
    return lambda: move(
        user, w.db, counter_id=w.counter_id, amount=1_000, reason="coins", clock=w.clock
    )


@probe(Action.HISTORY_SEARCH)
def _history(w: World, user: Clerk) -> Callable[[], object]:
    search = service("history", "search", Action.HISTORY_SEARCH)
    from counter_app.services.history import HistoryQuery

    return lambda: search(user, w.db, query=HistoryQuery(text=w.receipt_no))


@probe(Action.RECEIPT_REPRINT)
def _reprint(w: World, user: Clerk) -> Callable[[], object]:
    reprint = service("sales", "record_reprint", Action.RECEIPT_REPRINT)
    return lambda: reprint(user, w.db, receipt_no=w.receipt_no, clock=w.clock)


@probe(Action.REMINDERS_VIEW)
def _reminders(w: World, user: Clerk) -> Callable[[], object]:
    due = service("reminders", "due_reminders", Action.REMINDERS_VIEW)
    return lambda: due(user, w.db, today=w.clock.today, within_days=30)


@probe(Action.REMINDERS_CONTACT)
def _contact(w: World, user: Clerk) -> Callable[[], object]:
    mark = service("reminders", "mark_contacted", Action.REMINDERS_CONTACT)
    return lambda: mark(user, w.db, line_id=w.line_id, outcome="left a message", clock=w.clock)


@probe(Action.STOCK_VIEW)
def _stock(w: World, user: Clerk) -> Callable[[], object]:
    levels = service("vouchers", "stock_levels", Action.STOCK_VIEW)
    return lambda: levels(user, w.db, today=w.clock.today)


def _reverse(w: World, user: Clerk, receipt_no: str) -> Callable[[], object]:
    # A void or refund is the clerk's, approved by a supervisor: the role checked is the
    # approver's, who signs the approval with their own password.
    return lambda: reversals.reverse_sale(
        w.db,
        w.clerk,
        w.counter_id,
        receipt_no,
        supervisor_username=user.username,
        supervisor_password=PASSWORD,
        reason="the customer changed their mind",
        clock=w.clock,
    )


@probe(Action.SALE_VOID)
def _void(w: World, user: Clerk) -> Callable[[], object]:
    receipt_no = w.sell_voucher()
    assert reversals.preview(w.db, w.counter_id, receipt_no).kind is reversals.ReversalKind.VOID
    return _reverse(w, user, receipt_no)


@probe(Action.SALE_REFUND)
def _refund(w: World, user: Clerk) -> Callable[[], object]:
    counter_id = w.new_counter()
    opened = shifts.open_shift(w.db, w.clerk, counter_id, 0, clock=w.clock)
    receipt_no = w.sell_voucher(counter_id)
    expected = shifts.figures(w.db, opened.id).expected_cash
    shifts.close_shift(w.db, w.clerk, counter_id, expected, clock=w.clock)
    assert reversals.preview(w.db, w.counter_id, receipt_no).kind is reversals.ReversalKind.REFUND
    return _reverse(w, user, receipt_no)


@probe(Action.REPORTS_VIEW)
def _sales_report(w: World, user: Clerk) -> Callable[[], object]:
    report = service("sales_reports", "sales_report", Action.REPORTS_VIEW)
    return lambda: report(user, w.db, date_from=w.clock.today, date_to=w.clock.today, clock=w.clock)


@probe(Action.REPORTS_EXPORT)
def _sales_export(w: World, user: Clerk) -> Callable[[], object]:
    export = service("sales_reports", "sales_report_csv", Action.REPORTS_EXPORT)
    from counter_app.services import sales_reports

    report = sales_reports.sales_report(w.db, w.admin, w.clock.today, w.clock.today, clock=w.clock)
    return lambda: export(user, report=report, path=w.tmp / f"sales-{user.role.value}.csv")


@probe(Action.REPORTS_REBUILD)
def _reports_rebuild(w: World, user: Clerk) -> Callable[[], object]:
    rebuild = service("day_summaries", "rebuild", Action.REPORTS_REBUILD)
    return lambda: rebuild(user, w.db, date_from=w.clock.today, date_to=w.clock.today)


@probe(Action.REMINDERS_EXPORT)
def _reminders_export(w: World, user: Clerk) -> Callable[[], object]:
    export = service("reminders", "export_reminders_csv", Action.REMINDERS_EXPORT)
    due = reminders.due_reminders(w.db, today=w.clock.today, within_days=30)
    return lambda: export(user, due, w.tmp / f"reminders-{user.role}.csv")


@probe(Action.PROMOTIONS_EDIT)
def _promotion(w: World, user: Clerk) -> Callable[[], object]:
    create = service("catalog_admin", "create_promotion", Action.PROMOTIONS_EDIT)
    given = PromotionInput(
        code=f"PROBE-{user.role.value}".upper(),
        name_zh="測試",
        name_en="Probe",
        valid_from=w.clock.today,
        valid_to=w.clock.today + timedelta(days=7),
        bonus_days=3,
    )
    return lambda: create(user, w.db, promotion=given, clock=w.clock)


@probe(Action.STAFF_UNLOCK)
def _unlock(w: World, user: Clerk) -> Callable[[], object]:
    unlock = service("staff", "unlock", Action.STAFF_UNLOCK)
    return lambda: unlock(user, w.db, username="target", clock=w.clock)


def _outbox_job(w: World) -> int:
    """A credit top-up of the world's line (no identity check): its fulfilment job's id."""
    draft = sales.start_sale(
        w.db, w.clerk, w.counter_id, SaleKind.LINE, line_id=w.line_id, clock=w.clock
    )
    done = sales.complete_line_sale(
        w.db,
        w.clerk,
        draft.uuid,
        plan_code="BAU-T050",
        tenders=[Tender(TenderKind.CASH, 5_000, tendered=5_000)],
        clock=w.clock,
    )
    with w.db.read() as session:
        return session.scalars(
            select(OutboxJob.id).where(OutboxJob.reference == f"{done.receipt_no}/1")
        ).one()


@probe(Action.OUTBOX_APPLY)
def _outbox_apply(w: World, user: Clerk) -> Callable[[], object]:
    applied = service("outbox", "applied_by_hand", Action.OUTBOX_APPLY)
    job_id = _outbox_job(w)
    return lambda: applied(user, w.db, job_id=job_id, carrier_ref="BHM-1", clock=w.clock)


@probe(Action.OUTBOX_RESOLVE)
def _outbox_retry(w: World, user: Clerk) -> Callable[[], object]:
    again = service("outbox", "retry", Action.OUTBOX_RESOLVE)
    job_id = _outbox_job(w)
    with w.db.write() as session:
        job = session.get_one(OutboxJob, job_id)
        job.provider, job.state, job.last_error = "dtone", "failed", "declined"
    return lambda: again(user, w.db, job_id=job_id, clock=w.clock)


@probe(Action.STAFF_LIST)
def _staff_list(w: World, user: Clerk) -> Callable[[], object]:
    listing = service("staff", "list_users", Action.STAFF_LIST)
    return lambda: listing(user, w.db, clock=w.clock)


@probe(Action.BACKUP_MAKE)
def _backup(w: World, user: Clerk) -> Callable[[], object]:
    make = service("backup", "backup", Action.BACKUP_MAKE)

    def act() -> object:
        try:
            return make(user, w.db, w.tmp / f"backup-{user.role.value}-{next(w.serial)}.sqlite3")
        except OutsideError as error:
            # PostgreSQL is backed up with pg_dump: allowed, the command names it.
            assert "pg_dump" in str(error)
            return None

    return act


@probe(Action.COUNTER_SETTINGS_EDIT)
def _counter_settings(w: World, user: Clerk) -> Callable[[], object]:
    save = service("shop_settings", "save_counter_settings", Action.COUNTER_SETTINGS_EDIT)
    copies = 1 + next(w.serial) % 2
    return lambda: save(
        user, w.db, counter_code="C1", changes={"print_copies": copies}, clock=w.clock
    )


@probe(Action.VOUCHERS_IMPORT)
def _voucher_import(w: World, user: Clerk) -> Callable[[], object]:
    load = service("imports", "import_vouchers", Action.VOUCHERS_IMPORT)
    number = next(w.serial)
    path = w.tmp / f"vouchers-{number}.csv"
    row = f"BAUHINIA,100,PRB{number:06d},{900_000_000_000 + number},2027-12-31,PROBE"
    path.write_text(",".join(imports.VOUCHER_COLUMNS) + "\n" + row + "\n", encoding="utf-8")

    def act() -> object:
        report = load(user, w.db, path=path, secret=w.secret, clock=w.clock)
        assert report.ok, report
        return report

    return act


@probe(Action.PLANS_EDIT)
def _plan(w: World, user: Clerk) -> Callable[[], object]:
    update = service("catalog_admin", "update_plan", Action.PLANS_EDIT)
    row = next(p for p in catalog_admin.list_plans(w.db) if p.code == "BAU-R01")
    given = PlanInput(
        carrier_code=row.carrier_code,
        code=row.code,
        kind=row.kind,
        name_zh=row.name_zh,
        name_en=row.name_en,
        price=row.price + 100,
        months=row.months,
        data_mb=row.data_mb,
        minutes=row.minutes,
        card_types=frozenset(row.card_types),
    )
    return lambda: update(user, w.db, plan=given, clock=w.clock)


@probe(Action.STAFF_ADD)
def _add(w: World, user: Clerk) -> Callable[[], object]:
    create = service("staff", "create_user", Action.STAFF_ADD)
    return lambda: create(
        user,
        w.db,
        username=f"new-{user.role.value}",
        display_name="New",
        role="clerk",
        password=PASSWORD,
        clock=w.clock,
    )


@probe(Action.STAFF_ROLE)
def _role(w: World, user: Clerk) -> Callable[[], object]:
    set_role = service("staff", "set_role", Action.STAFF_ROLE)
    now = next(u for u in staff.list_users(w.db) if u.username == "target").role
    other = Role.SUPERVISOR if now is Role.CLERK else Role.CLERK
    return lambda: set_role(user, w.db, username="target", role=other, clock=w.clock)


@probe(Action.STAFF_RESET_PASSWORD)
def _reset(w: World, user: Clerk) -> Callable[[], object]:
    reset = service("staff", "reset_password", Action.STAFF_RESET_PASSWORD)
    return lambda: reset(
        user, w.db, username="target", new_password="another-password", clock=w.clock
    )


@probe(Action.SHOP_SETTINGS_EDIT)
def _shop_settings(w: World, user: Clerk) -> Callable[[], object]:
    save = service("shop_settings", "save_shop_settings", Action.SHOP_SETTINGS_EDIT)
    name = f"Probe shop {next(w.serial)}"
    return lambda: save(user, w.db, changes={"name_en": name}, clock=w.clock)


@probe(Action.CARRIERS_EDIT)
def _carrier(w: World, user: Clerk) -> Callable[[], object]:
    update = service("catalog_admin", "update_carrier", Action.CARRIERS_EDIT)
    return lambda: update(
        user,
        w.db,
        code="HARBOUR",
        accepted_id_types=["hkid", "passport"],
        hotline="+852 2100 3001",
        grace_days=7,
        recycle_days=30,
        clock=w.clock,
    )


@probe(Action.LINES_IMPORT)
def _line_import(w: World, user: Clerk) -> Callable[[], object]:
    load = service("imports", "import_lines", Action.LINES_IMPORT)
    number = next(w.serial)
    body = f"8985209{number:011d}"
    digits = f"{number:06d}"
    row = ",".join(
        [
            f"6300{number:04d}",
            "BAUHINIA",
            "number_keeping",
            body + luhn.calc_check_digit(body),
            "",
            "2027-03-01",
            "0",
            "CHAN TAI MAN",
            "陳大文",
            "",
            "hkid",
            f"K{digits}({hkid_check_digit('K', digits)})",
            "",
            "no",
        ]
    )
    path = w.tmp / f"lines-{number}.csv"
    path.write_text(",".join(imports.LINE_COLUMNS) + "\n" + row + "\n", encoding="utf-8")

    def act() -> object:
        report = load(user, w.db, path=path, secret=w.secret, clock=w.clock)
        assert report.ok, report
        return report

    return act


@probe(Action.RETENTION_RUN)
def _retention(w: World, user: Clerk) -> Callable[[], object]:
    run = service("retention", "erase_expired_identities", Action.RETENTION_RUN)
    return lambda: run(user, w.db, clock=w.clock)


# --- the tests -------------------------------------------------------------------------


def test_every_action_needs_a_role_and_has_a_probe() -> None:
    assert set(NEEDS) == set(Action)
    assert all(isinstance(role, Role) for role in NEEDS.values())
    assert set(PROBES) == set(Action)


@pytest.mark.parametrize("action", list(Action), ids=[a.value for a in Action])
def test_each_role_is_refused_exactly_what_it_may_not_do(world: World, action: Action) -> None:
    for role in Role:
        user = world.users[role]
        act = PROBES[action](world, user)
        before = world.audit_entries()
        if allowed(user, action):
            try:
                act()
            except NotAllowed as error:
                pytest.fail(f"a {role.value} was refused {action.value}: {error}")
            continue
        try:
            act()
        except NotAllowed as error:
            assert error.code in {"auth.not_allowed", "auth.approver_role"}, (role, action)
        else:
            pytest.fail(f"a {role.value} was allowed {action.value}")
        assert world.audit_entries() == before, (
            f"a {role.value} refused {action.value} left a trace"
        )
