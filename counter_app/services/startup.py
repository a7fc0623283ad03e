"""Everything a counter needs before its first sign-in: database, secret, shop."""

from __future__ import annotations

from sqlalchemy import func, select

from counter_app.config import Settings
from counter_app.domain.clock import Clock, system_clock
from counter_app.services import demo, keys
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import CounterContext, counter_context, open_database
from counter_app.store.engine import Database
from counter_app.store.models import Line


def open_counter(
    settings: Settings, clock: Clock = system_clock
) -> tuple[Database, CounterContext | None, InstallationSecret]:
    """Connect, check the installation secret against the database, fill the demo shop.

    Raises DatabaseUnavailable, SchemaMismatch or SecretFileError with a message for the
    user; the database is closed again on any failure.
    """
    db = open_database(settings, clock)
    try:
        secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
        keys.check_matches_database(db, secret, clock())
        if settings.demo:
            with db.read() as session:
                empty = not session.scalar(select(func.count(Line.id)))
            if empty:
                demo.build(
                    db,
                    secret,
                    lines=demo.GUI_DEMO_LINES,
                    password=demo.GUI_DEMO_PASSWORD,
                    clock=clock,
                    manager=True,
                )
        return db, counter_context(db, settings.counter), secret
    except BaseException:
        db.dispose()
        raise
