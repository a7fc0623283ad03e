"""What a sale costs the database: statements, round trips, and when the audit head is locked.

Every sale of a chain runs these statements; a change that adds one fails here, and must
either be cut or raise the limit with a reason. On PostgreSQL the round trips are counted
as psycopg sends them: each statement, and BEGIN and COMMIT each on their own (checked
against libpq's protocol trace: one ``ReadyForQuery`` for each); on SQLite the statements
the driver runs (BEGIN IMMEDIATE included).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import event, select, text, update

from counter_app.domain.errors import DatabaseUnavailable
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import audit, lines, sales
from counter_app.store import engine as engine_module
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, AuditHead, Line
from tests.services.conftest import Shop
from tests.services.test_reversals_registration import _new_sim

Cash = TenderKind.CASH
# The most a sale may cost. PostgreSQL: protocol round trips of start + complete (two
# transactions, each BEGIN ... COMMIT). SQLite: statements, BEGIN IMMEDIATE included.
# Before issue 17 (same counting): top-up 48 / voucher 37 / new SIM 46 round trips on
# PostgreSQL (and a pre-ping per transaction), 46 / 35 / 44 statements on SQLite. Since then
# a sale also keeps its day's summaries (one statement on PostgreSQL, two on SQLite).
LIMITS: dict[str, dict[str, int]] = {
    "top-up": {"postgresql": 19, "sqlite": 19},
    "voucher": {"postgresql": 17, "sqlite": 17},
    "new SIM": {"postgresql": 23, "sqlite": 23},
}


@dataclass
class Trips:
    """The statements run, and the transactions they ran in, while it is counting."""

    statements: list[str] = field(default_factory=list)
    transactions: int = 0
    postgresql: bool = False

    @property
    def cost(self) -> int:
        """Round trips on PostgreSQL: each statement, and each transaction's BEGIN and
        COMMIT (psycopg sends BEGIN as a query of its own before the first statement).
        Statements on SQLite, where BEGIN IMMEDIATE is one of them."""
        if self.postgresql:
            return len(self.statements) + 2 * self.transactions
        return len(self.statements)


@contextmanager
def counting(db: Database) -> Iterator[Trips]:
    trips = Trips(postgresql=not db.is_sqlite)

    def on_execute(*args: Any) -> None:
        trips.statements.append(" ".join(str(args[2]).split()))

    def on_end(*_: object) -> None:
        trips.transactions += 1

    hooks = (("before_cursor_execute", on_execute), ("commit", on_end), ("rollback", on_end))
    for name, hook in hooks:
        event.listen(db.engine, name, hook)
    try:
        yield trips
    finally:
        for name, hook in hooks:
            event.remove(db.engine, name, hook)


def _limit(shop: Shop, kind: str) -> int:
    return LIMITS[kind]["sqlite" if shop.db.is_sqlite else "postgresql"]


def _top_up_lines(shop: Shop) -> list[int]:
    with shop.db.read() as session:
        ids = session.scalars(select(Line.id).order_by(Line.id)).all()
    usable = []
    for line_id in ids:
        view = lines.get_line(shop.db, line_id, today=shop.clock.today)
        if view.renewable and view.carrier_code == "BAUHINIA":
            usable.append(line_id)
    assert len(usable) >= 2
    return usable


def _top_up(shop: Shop, clerk: Clerk, line_id: int) -> SaleView:
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T050",
        tenders=[Tender(Cash, 5_000, tendered=10_000)],
        clock=shop.clock,
    )


def _writes_before_the_audit_head(statements: list[str]) -> list[str]:
    """The completing transaction's writes that come after the audit head is locked."""
    lock = max(i for i, s in enumerate(statements) if s.startswith("UPDATE audit_head SET entries"))
    return [
        s
        for s in statements[lock + 1 :]
        if s.startswith(("INSERT", "UPDATE", "DELETE", "WITH"))
        and not s.startswith(("INSERT INTO audit_events", "UPDATE audit_head", "WITH entry AS"))
    ]


@pytest.mark.usefixtures("open_shift")
def test_a_top_up_costs_at_most_its_round_trips(shop: Shop, clerk: Clerk) -> None:
    first, second = _top_up_lines(shop)[:2]
    _top_up(shop, clerk, first)  # the counter's receipt sequence and audit head exist now
    with counting(shop.db) as trips:
        done = _top_up(shop, clerk, second)
    assert done.receipt_no and done.total == 5_000
    assert done.clerk_name == clerk.display_name and done.counter_code == "C1"
    assert trips.cost <= _limit(shop, "top-up"), "\n".join(trips.statements)
    # Nothing is written after the chain's head is locked but the entry and the head.
    assert _writes_before_the_audit_head(trips.statements) == []
    # The sale, its line and each job are each written once.
    assert sum(s.startswith("UPDATE sales ") for s in trips.statements) == 1
    assert sum(s.startswith("INSERT INTO outbox_jobs") for s in trips.statements) <= 2
    assert not any("FROM customers" in s for s in trips.statements)  # the holder is not read


@pytest.mark.usefixtures("open_shift")
def test_a_voucher_sale_costs_at_most_its_round_trips(shop: Shop, clerk: Clerk) -> None:
    shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    with counting(shop.db) as trips:
        done = shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    assert done.voucher is not None and done.voucher.face_value == 5_000
    assert trips.cost <= _limit(shop, "voucher"), "\n".join(trips.statements)
    assert _writes_before_the_audit_head(trips.statements) == []


@pytest.mark.usefixtures("open_shift")
def test_a_new_sim_costs_at_most_its_round_trips(shop: Shop, clerk: Clerk) -> None:
    _new_sim(shop, clerk, 1_234_001)
    with counting(shop.db) as trips:
        done = _new_sim(shop, clerk, 1_234_002)
    assert done.kind == "new_sim" and done.carrier_code == "BAUHINIA"
    assert trips.cost <= _limit(shop, "new SIM"), "\n".join(trips.statements)
    assert _writes_before_the_audit_head(trips.statements) == []


@pytest.mark.usefixtures("open_shift")
def test_the_views_built_in_hand_equal_the_views_read_back(shop: Shop, clerk: Clerk) -> None:
    line_id = _top_up_lines(shop)[0]
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    assert draft == sales.get_sale(shop.db, uuid=draft.uuid)
    done = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T050",
        tenders=[Tender(Cash, 5_000, tendered=10_000)],
        clock=shop.clock,
    )
    assert done == sales.get_sale(shop.db, uuid=draft.uuid)
    voucher = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert voucher == sales.get_sale(shop.db, uuid=voucher.uuid)
    new_sim = _new_sim(shop, clerk, 1_234_003)
    assert new_sim == sales.get_sale(shop.db, uuid=new_sim.uuid)


@pytest.mark.usefixtures("open_shift")
def test_an_entry_written_before_the_change_still_verifies(shop: Shop, clerk: Clerk) -> None:
    """Entries written before 2026-12 bound their id in the keyed hash: they still verify."""
    line_id = _top_up_lines(shop)[0]
    _top_up(shop, clerk, line_id)
    assert audit.verify(shop.db).ok
    key = shop.db.audit_key
    assert key is not None
    with shop.db.write() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        older = audit._keyed_digest(last, key, bind_id=True)
        session.execute(update(AuditEvent).where(AuditEvent.id == last.id).values(hash=older))
        session.execute(
            update(AuditHead).where(AuditHead.chain == last.chain).values(last_hash=older)
        )
    assert audit.verify(shop.db).ok
    # ... and only the entry's own id makes it verify: moved to another id, it fails.
    with shop.db.write() as session:
        session.execute(
            update(AuditEvent).where(AuditEvent.id == last.id).values(id=last.id + 1000)
        )
        session.execute(
            update(AuditHead)
            .where(AuditHead.chain == last.chain)
            .values(last_event_id=last.id + 1000)
        )
    assert not audit.verify(shop.db).ok


@pytest.mark.postgres
@pytest.mark.usefixtures("open_shift")
def test_an_idle_connection_the_server_dropped_is_replaced_before_a_sale(
    shop: Shop, clerk: Clerk, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shop.db.is_sqlite:
        pytest.skip("SQLite has no server connection to lose")
    first, second, third = _top_up_lines(shop)[:3]
    _top_up(shop, clerk, first)

    def drop_pooled_connections() -> None:
        with shop.db.engine.connect() as connection:
            mine = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        killer = Database(shop.db.url)
        try:
            with killer.engine.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": mine})
        finally:
            killer.dispose()

    # Idle long enough: the pool pings the connection, finds it gone, takes a new one.
    monkeypatch.setattr(engine_module, "IDLE_PING_S", 0.0)
    drop_pooled_connections()
    assert _top_up(shop, clerk, second).receipt_no
    # Without the ping the dead connection reaches the sale: the environment's error (the
    # banner with Retry), and the retry gets a new connection.
    monkeypatch.setattr(engine_module, "IDLE_PING_S", 3600.0)
    drop_pooled_connections()
    with pytest.raises(DatabaseUnavailable):
        _top_up(shop, clerk, third)
    assert _top_up(shop, clerk, third).receipt_no
