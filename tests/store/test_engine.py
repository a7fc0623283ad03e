"""The engine keeps the architecture's promises on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from counter_app.domain.errors import DatabaseUnavailable, SchemaMismatch
from counter_app.store.engine import Database
from counter_app.store.models import Shop
from counter_app.store.schema import (
    backup_sqlite,
    current_revision,
    ensure_current,
    head_revision,
    upgrade,
)


@pytest.fixture
def db(database_url: str) -> Database:
    database = Database(database_url)
    upgrade(database)
    yield database  # type: ignore[misc]
    database.dispose()


def make_shop(code: str, created_at: datetime) -> Shop:
    return Shop(
        code=code,
        name_zh="店",
        name_en="Shop",
        address_zh="",
        address_en="",
        phone="",
        br_number="",
        created_at=created_at,
    )


def test_sqlite_connections_are_durable_and_checked(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    with database.engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    database.dispose()
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 10_000,
    }


def test_sqlite_write_transactions_take_the_write_lock_at_begin(sqlite_url: str) -> None:
    """A second writer must wait at BEGIN, not fail after reading (BEGIN IMMEDIATE)."""
    database = Database(sqlite_url)
    upgrade(database)
    other = Database(sqlite_url)
    holding, release = threading.Event(), threading.Event()
    order: list[str] = []

    def first() -> None:
        with database.write() as session:
            session.add(make_shop("A", datetime.now(UTC)))
            session.flush()
            holding.set()
            release.wait(5)
            order.append("first committed")

    worker = threading.Thread(target=first)
    worker.start()
    assert holding.wait(5)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    with other.write() as session:
        count = len(session.scalars(select(Shop)).all())
        order.append("second began")
        session.add(make_shop("B", datetime.now(UTC)))
    worker.join()
    assert order == ["first committed", "second began"]
    assert count == 1
    database.dispose()
    other.dispose()


def test_times_are_stored_utc_and_read_back_aware(db: Database) -> None:
    hong_kong_time = datetime(2026, 11, 21, 23, 30, tzinfo=timezone(timedelta(hours=8)))
    with db.write() as session:
        session.add(make_shop("HK", hong_kong_time))
    with db.read() as session:
        stored = session.scalars(select(Shop.created_at)).one()
    assert stored == hong_kong_time
    assert stored.utcoffset() == timedelta(0)
    assert stored.hour == 15


def test_naive_times_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.write() as session:
        session.add(make_shop("N", datetime(2026, 1, 1)))  # noqa: DTZ001
        session.flush()


def test_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(make_shop("R", datetime.now(UTC)))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.scalars(select(Shop)).all() == []


def test_migrations_reach_head_and_are_idempotent(db: Database) -> None:
    assert current_revision(db) == head_revision()
    assert upgrade(db) == (head_revision(), head_revision())


def test_a_newer_schema_is_refused_untouched(db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaMismatch, match="newer than this version"):
        ensure_current(db, backup_dir=None, allow_upgrade=True)
    assert current_revision(db) == "9999"


def test_sqlite_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    upgrade(database, tmp_path / "backups")
    assert not (tmp_path / "backups").exists(), "a new database needs no backup"
    with database.write() as session:
        session.add(make_shop("KEEP", datetime.now(UTC)))
    backup = backup_sqlite(database, tmp_path / "backups", "before-0002")
    database.dispose()
    assert backup is not None
    assert backup.name.startswith("shop-") and backup.name.endswith("-before-0002.sqlite3")
    copy = Database(f"sqlite:///{backup}")
    with copy.read() as session:
        assert session.scalars(select(Shop.code)).all() == ["KEEP"]
    assert current_revision(copy) == head_revision()
    copy.dispose()


def test_an_unopenable_sqlite_file_is_explained(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'no-such-folder' / 'x.sqlite3'}")
    with pytest.raises(DatabaseUnavailable, match=r"the folder .*no-such-folder does not exist"):
        database.check_connection()


def test_an_unreachable_server_is_explained() -> None:
    database = Database("postgresql+psycopg://postgres@127.0.0.1:1/counter")
    with pytest.raises(DatabaseUnavailable) as caught:
        database.check_connection()
    assert str(caught.value).startswith("cannot reach PostgreSQL postgres@127.0.0.1:1/counter: ")


def test_a_closed_database_opens_no_new_connection(database_url: str) -> None:
    from counter_app.domain.errors import DatabaseUnavailable

    database = Database(database_url)
    with database.read() as session:
        session.execute(text("SELECT 1"))
    database.dispose()
    for unit in (database.read, database.write):
        with pytest.raises(DatabaseUnavailable, match="closed"), unit():
            pass
    assert database.engine.pool.checkedout() == 0


def test_an_unreachable_pair_of_servers_is_explained() -> None:
    database = Database(
        "postgresql+psycopg://postgres@/counter?host=127.0.0.1:1&host=127.0.0.1:2"
        "&target_session_attrs=read-write"
    )
    with pytest.raises(DatabaseUnavailable) as caught:
        database.check_connection()
    assert str(caught.value).startswith(
        "cannot reach PostgreSQL postgres@127.0.0.1:1,127.0.0.1:2/counter: "
    )


@pytest.mark.postgres
def test_the_next_host_is_used_when_the_first_does_not_answer(postgres_url: str) -> None:
    """A primary that is down is passed over for the next host that accepts writes."""
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url)
    two = url.set(host=None, port=None).update_query_dict(
        {
            "host": ["127.0.0.1:1", f"{url.host}:{url.port or 5432}"],
            "target_session_attrs": "read-write",
        }
    )
    database = Database(two.render_as_string(hide_password=False))
    try:
        with database.write() as session:
            assert session.execute(text("SELECT inet_server_port()")).scalar() == (url.port or 5432)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_postgresql_connections_prepare_unless_told_not_to(postgres_url: str) -> None:
    """Behind PgBouncer pooling by transaction, a prepared statement is on another
    server connection by the next transaction (tests/e2e/test_pooler.py)."""
    for prepared, threshold in ((False, None), (True, 5)):
        database = Database(postgres_url, prepared_statements=prepared)
        try:
            with database.engine.connect() as connection:
                driver = connection.connection.dbapi_connection
                assert getattr(driver, "prepare_threshold", "?") == threshold
        finally:
            database.dispose()
