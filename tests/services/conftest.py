"""A small demo shop on SQLite and PostgreSQL, a clock tests can move, a signed-in clerk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import demo, keys, sales, shifts, staff
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Line
from counter_app.store.schema import upgrade

PASSWORD = "counter-test-pw"


class MovableClock:
    """Now, as the test wants it: aware UTC, moved on explicitly."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    @property
    def today(self) -> date:
        return self.now.astimezone(HONG_KONG).date()


@dataclass
class Shop:
    db: Database
    secret: InstallationSecret
    clock: MovableClock
    counter_id: int
    other_counter_id: int
    built: demo.DemoShop

    def sign_in(self, username: str = "clerk") -> Clerk:
        return staff.sign_in(
            self.db, username, PASSWORD, counter_id=self.counter_id, clock=self.clock
        )

    def sell_voucher(
        self, clerk: Clerk, carrier: str, face_value: int, counter_id: int | None = None
    ) -> SaleView:
        """Start and complete a PIN voucher sale paid in cash."""
        draft = sales.start_sale(
            self.db, clerk, counter_id or self.counter_id, SaleKind.VOUCHER, clock=self.clock
        )
        return sales.complete_voucher_sale(
            self.db,
            clerk,
            draft.uuid,
            carrier_code=carrier,
            face_value=face_value,
            tenders=[Tender(TenderKind.CASH, face_value)],
            clock=self.clock,
        )

    def set_line(self, msisdn: str, **values: object) -> int:
        """Put a line into the state a test needs (expiry, balance, ...); returns its id."""
        from sqlalchemy import select

        with self.db.write() as session:
            line = session.scalars(select(Line).where(Line.msisdn == msisdn)).one()
            for name, value in values.items():
                setattr(line, name, value)
            return line.id


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(datetime(2026, 11, 21, 2, 0, tzinfo=UTC))  # 10:00 in Hong Kong


@pytest.fixture
def secret(counter_home: Path) -> InstallationSecret:
    """The installation secret where the program (and the command line) finds it."""
    return keys.load_or_create(keys.secret_path(counter_home / "config"))


@pytest.fixture
def shop(database_url: str, secret: InstallationSecret, clock: MovableClock) -> Shop:
    db = Database(database_url)
    upgrade(db)
    built = demo.build(db, secret, lines=30, password=PASSWORD, clock=clock)
    first = counter_context(db, "C1")
    second = counter_context(db, "C2")
    assert first is not None and second is not None
    yield Shop(db, secret, clock, first.counter_id, second.counter_id, built)  # type: ignore[misc]
    db.dispose()


@pytest.fixture
def clerk(shop: Shop) -> Clerk:
    return shop.sign_in("clerk")


@pytest.fixture
def open_shift(shop: Shop, clerk: Clerk) -> shifts.OpenShift:
    return shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
