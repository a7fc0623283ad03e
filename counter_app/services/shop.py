"""Opening the shop's database and knowing which shop and counter this PC is."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from counter_app import log
from counter_app.config import Settings, sqlite_path
from counter_app.domain.clock import Clock, system_clock
from counter_app.store.engine import Database
from counter_app.store.models import Counter, Shop
from counter_app.store.schema import ensure_current


@dataclass(frozen=True)
class CounterContext:
    """Which shop and counter this PC serves, as shown in the status bar and on receipts."""

    shop_id: int
    counter_id: int
    shop_code: str
    shop_name_zh: str
    shop_name_en: str
    counter_code: str
    counter_name: str


def open_database(settings: Settings, clock: Clock = system_clock) -> Database:
    """Connect, bring the schema up to date and, for the demo, fill the demo shop.

    Raises DatabaseUnavailable or SchemaMismatch with a message for the user.
    """
    path = sqlite_path(settings.database_url)
    if path is not None and path in (
        settings.paths.default_database,
        settings.paths.demo_database,
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
    db = Database.from_settings(settings)
    try:
        db.check_connection()
        ensure_current(db, backup_dir=settings.paths.backup_dir, allow_upgrade=db.is_sqlite)
        if settings.demo:
            ensure_demo_shop(db, clock)
    except BaseException:
        db.dispose()
        raise
    log.services.info("using %s", db.description)
    return db


def counter_context(db: Database, counter_code: str) -> CounterContext | None:
    """The shop and counter for *counter_code* ("" = the shop's first counter).

    None when the database has no shop or no such counter yet.
    """
    query = select(Counter, Shop).join(Shop).order_by(Shop.id, Counter.code).limit(1)
    if counter_code:
        query = query.where(Counter.code == counter_code)
    with db.read() as session:
        row = session.execute(query).first()
    if row is None:
        return None
    counter, shop = row
    return CounterContext(
        shop_id=shop.id,
        counter_id=counter.id,
        shop_code=shop.code,
        shop_name_zh=shop.name_zh,
        shop_name_en=shop.name_en,
        counter_code=counter.code,
        counter_name=counter.name,
    )


def ensure_demo_shop(db: Database, clock: Clock = system_clock) -> bool:
    """Create the demo shop and its counters unless a shop exists; True if created."""
    with db.write() as session:
        if session.scalar(select(Shop.id).limit(1)) is not None:
            return False
        now = clock()
        shop = Shop(
            code="DEMO",
            name_zh="示範通訊 旺角店",
            name_en="Demo Mobile, Mong Kok",
            address_zh="九龍旺角彌敦道 600 號 1 樓 12 號舖",
            address_en="Shop 12, 1/F, 600 Nathan Road, Mong Kok, Kowloon",
            phone="+852 2345 6789",
            br_number="12345678-000-11-26-0",
            created_at=now,
        )
        shop.counters = [
            Counter(code="C1", name="1號櫃檯", created_at=now),
            Counter(code="C2", name="2號櫃檯", created_at=now),
        ]
        session.add(shop)
    log.services.info("created the demo shop in %s", db.description)
    return True
