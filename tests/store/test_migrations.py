"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from counter_app.store.engine import Database
from counter_app.store.models import Base
from counter_app.store.schema import head_revision, upgrade


def test_migrations_match_the_models(database_url: str) -> None:
    db = Database(database_url)
    try:
        assert upgrade(db) == (None, head_revision())
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        db.dispose()
