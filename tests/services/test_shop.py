"""Opening the database for the program, and the demo shop."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from counter_app.config import load_settings
from counter_app.services.shop import counter_context, ensure_demo_shop, open_database
from counter_app.store.models import Counter, Shop
from counter_app.store.schema import current_revision, head_revision


def fixed_clock() -> datetime:
    return datetime(2026, 11, 21, 2, 0, tzinfo=UTC)


def test_demo_database_is_created_and_filled_once(counter_home: object) -> None:
    settings = load_settings(demo=True)
    db = open_database(settings, clock=fixed_clock)
    assert current_revision(db) == head_revision()
    assert ensure_demo_shop(db) is False, "a second start must not add another shop"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Shop)) == 1
        assert session.scalar(select(func.count()).select_from(Counter)) == 2
    db.dispose()
    again = open_database(settings)
    context = counter_context(again, "")
    again.dispose()
    assert context is not None
    assert (context.shop_code, context.counter_code, context.counter_name) == (
        "DEMO",
        "C1",
        "1號櫃檯",
    )


def test_counter_context_finds_the_configured_counter(database_url: str) -> None:
    settings = load_settings({"database_url": database_url})
    db = open_database(settings)
    assert counter_context(db, "") is None, "a new database has no shop yet"
    ensure_demo_shop(db, fixed_clock)
    second = counter_context(db, "C2")
    assert second is not None
    assert second.counter_name == "2號櫃檯"
    assert second.shop_name_en == "Demo Mobile, Mong Kok"
    assert counter_context(db, "C9") is None
    db.dispose()


@pytest.mark.postgres
def test_an_empty_postgresql_database_gets_the_schema(postgres_url: str) -> None:
    db = open_database(load_settings({"database_url": postgres_url}))
    assert current_revision(db) == head_revision()
    db.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize(("pooler", "threshold"), [("none", 5), ("transaction", None)])
def test_the_pooler_setting_decides_prepared_statements(
    postgres_url: str, pooler: str, threshold: int | None
) -> None:
    """Straight to PostgreSQL a connection prepares what it runs often (the server plans a
    sale's statements once); behind a transaction pooler it must prepare nothing
    (tests/e2e/test_pooler.py shows the sales that fail otherwise)."""
    db = open_database(load_settings({"database_url": postgres_url, "database_pooler": pooler}))
    try:
        with db.engine.connect() as connection:
            driver = connection.connection.dbapi_connection
            assert getattr(driver, "prepare_threshold", "?") == threshold
    finally:
        db.dispose()
