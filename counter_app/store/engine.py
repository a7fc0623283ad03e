"""The database engine and units of work, with the guarantees each database needs.

SQLite: WAL, ``synchronous=FULL``, ``foreign_keys=ON``, a busy timeout, and write
transactions opened with ``BEGIN IMMEDIATE`` (a deferred transaction that reads and then
writes fails with "database is locked" when two writers meet). PostgreSQL: READ COMMITTED;
writers take row locks (``SELECT ... FOR UPDATE``) where they need them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.config import describe_database_url, sqlite_path
from counter_app.domain.errors import DatabaseUnavailable

SQLITE_BUSY_TIMEOUT_MS: Final = 10_000
POSTGRES_CONNECT_TIMEOUT_S: Final = 5
_BEGIN_OPTION: Final = "counter_sqlite_begin"


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Take transaction control from the sqlite3 module: we issue BEGIN ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine for *url* (already normalised by :mod:`counter_app.config`)."""
    if sqlite_path(url) is not None:
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S},
    )


def explain_connection_error(url: str, exc: BaseException) -> str:
    """One line saying why the database at *url* could not be used."""
    where = describe_database_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.parent.is_dir():
            return f"cannot open {where}: the folder {path.parent} does not exist"
        return f"cannot open {where}: {_first_line(exc)}"
    return f"cannot reach {where}: {_first_line(exc)}"


def _first_line(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__


class Database:
    """One database: hands out sessions as units of work.

    ``read()`` for queries, ``write()`` for changes; a ``write()`` block commits when it
    ends normally and rolls back on any exception.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.description = describe_database_url(url)
        self.is_sqlite = sqlite_path(url) is not None
        self.engine = make_engine(url)
        self._disposed = False
        self._write_engine = (
            self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
            if self.is_sqlite
            else self.engine
        )

    def check_connection(self) -> None:
        """Raise :class:`DatabaseUnavailable` unless the database answers."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except (OperationalError, DBAPIError) as exc:
            message = explain_connection_error(self.url, exc)
            log.store.warning("%s", message)
            raise DatabaseUnavailable(message) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._check_open()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        self._check_open()
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def _check_open(self) -> None:
        # SQLAlchemy would quietly open a fresh pool after dispose(), whose connections
        # nothing closes: work that arrives late (a background task finishing after its
        # window closed) is refused instead.
        if self._disposed:
            raise DatabaseUnavailable(f"{self.description} has been closed")

    def dispose(self) -> None:
        self._disposed = True
        self.engine.dispose()
