"""The database engine and units of work, with the guarantees each database needs.

SQLite: WAL, ``synchronous=FULL``, ``foreign_keys=ON``, a busy timeout, and write
transactions opened with ``BEGIN IMMEDIATE`` (a deferred transaction that reads and then
writes fails with "database is locked" when two writers meet). PostgreSQL: READ COMMITTED;
writers take row locks (``SELECT ... FOR UPDATE``) where they need them.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

try:
    import fcntl
except ImportError:  # Windows: SQLite's own busy wait decides the order
    fcntl = None  # type: ignore[assignment]

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.config import Settings, describe_database_url, sqlite_path
from counter_app.domain.errors import DatabaseUnavailable, ErrorCode

SQLITE_BUSY_TIMEOUT_MS: Final = 10_000
POSTGRES_CONNECT_TIMEOUT_S: Final = 5
# A pooled PostgreSQL connection idle this long is pinged before it is used again: after a
# quiet spell (the server restarted overnight, a standby promoted, a firewall forgot the
# connection) the next sale gets a live connection instead of the banner. A connection in
# steady use is not pinged: the ping costs a round trip on every transaction otherwise.
IDLE_PING_S: Final = 10.0
_CHECKED_IN: Final = "counter_checked_in"
_BEGIN_OPTION: Final = "counter_sqlite_begin"
# Where a write session carries the audit chain's key (Session.info): the audit trail
# reads it from the session it is given, so no service has to pass the key along.
AUDIT_KEY_INFO: Final = "counter_audit_key"


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


def postgres_connect_args(*, prepared_statements: bool = True) -> dict[str, Any]:
    """psycopg's connection arguments: server-side prepared statements unless told not to.

    psycopg prepares a statement it has run five times on a connection (``_pg3_0``, ...), so
    the server plans a sale's statements once per connection instead of on every sale: half
    of the server's CPU per sale (benchmarks/counters.py). Behind PgBouncer pooling by
    transaction (setting ``database_pooler = transaction``) the next transaction may run on
    another server connection, where that name is missing or names another client's
    statement: "prepared statement does not exist", "already exists", or worse, another
    statement's answer (tests/e2e/test_pooler.py sees all three). A pooler cannot be
    recognised from the client, so the setting says so, and then nothing is prepared
    (``prepare_threshold=None``).
    """
    args: dict[str, Any] = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S}
    if not prepared_statements:
        args["prepare_threshold"] = None
    return args


def make_engine(url: str, *, prepared_statements: bool = True) -> Engine:
    """An engine for *url* (already normalised by :mod:`counter_app.config`)."""
    if sqlite_path(url) is not None:
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    engine = create_engine(
        url, connect_args=postgres_connect_args(prepared_statements=prepared_statements)
    )
    event.listen(engine, "checkin", _remember_checkin)
    event.listen(engine, "checkout", _ping_if_idle(engine))
    return engine


def _remember_checkin(_dbapi_connection: object, record: Any) -> None:
    record.info[_CHECKED_IN] = time.monotonic()


def _ping_if_idle(engine: Engine) -> Any:
    """A pool ``checkout`` hook: ping a connection that sat idle for :data:`IDLE_PING_S`.

    A dead one raises ``DisconnectionError``, on which the pool drops it and checks out
    another (SQLAlchemy's documented pessimistic handling, only after a quiet spell).
    """

    def checkout(dbapi_connection: Any, record: Any, _proxy: object) -> None:
        checked_in = record.info.get(_CHECKED_IN)
        if checked_in is None or time.monotonic() - checked_in < IDLE_PING_S:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
            dbapi_connection.rollback()
        except Exception as exc:
            raise DisconnectionError(f"an idle connection is gone: {exc}") from exc

    return checkout


def explain_connection_error(url: str, exc: BaseException) -> str:
    """One line saying why the database at *url* could not be used."""
    where = describe_database_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.parent.is_dir():
            return f"cannot open {where}: the folder {path.parent} does not exist"
        return f"cannot open {where}: {_first_line(exc)}"
    return f"cannot reach {where}: {_first_line(exc)}"


# SQLite's words for the failures of the world around it (its result codes reach Python
# only as text): what each means for the clerk.
_SQLITE_FAILURES: Final = (
    ("database is locked", ErrorCode.DATABASE_BUSY),
    ("database table is locked", ErrorCode.DATABASE_BUSY),
    ("database or disk is full", ErrorCode.DATABASE_FULL),
    ("attempt to write a readonly database", ErrorCode.DATABASE_READ_ONLY),
    ("database disk image is malformed", ErrorCode.DATABASE_DAMAGED),
    ("file is not a database", ErrorCode.DATABASE_DAMAGED),
    ("disk i/o error", ErrorCode.DATABASE_UNAVAILABLE),
    ("unable to open database file", ErrorCode.DATABASE_UNAVAILABLE),
)
# PostgreSQL's SQLSTATE classes and codes of the same: connection exceptions (08),
# insufficient resources (53: disk full, out of memory, too many connections), operator
# intervention (57: the server shutting down, the backend terminated, a query cancelled),
# system errors (58), a read-only transaction or server (25006) and a lock not available
# (55P03). Transaction rollbacks (40: serialization, deadlock) are retried like the rest.
_POSTGRES_FAILURES: Final = {
    "08": ErrorCode.DATABASE_UNAVAILABLE,
    "40": ErrorCode.DATABASE_BUSY,
    "53100": ErrorCode.DATABASE_FULL,
    "53": ErrorCode.DATABASE_UNAVAILABLE,
    "57": ErrorCode.DATABASE_UNAVAILABLE,
    "58": ErrorCode.DATABASE_UNAVAILABLE,
    "25006": ErrorCode.DATABASE_READ_ONLY,
    "55P03": ErrorCode.DATABASE_BUSY,
}


def environment_failure(url: str, exc: DBAPIError) -> DatabaseUnavailable | None:
    """*exc* as the environment's error when the driver says the world failed, else None.

    A lost or refused connection, a server down or overloaded, a full disk, a read-only or
    damaged file and a lock held beyond the busy timeout are not bugs: the window shows
    the banner with Retry (the sale kept) and the command line exits 3 with one line.
    Anything else (a constraint, bad SQL) stays what it is.
    """
    where = describe_database_url(url)
    detail = _first_line(exc)
    if exc.connection_invalidated:
        return DatabaseUnavailable(f"lost the connection to {where}: {detail}")
    code = _failure_code(exc)
    if code is None:
        return None
    return DatabaseUnavailable(f"cannot use {where}: {detail}", code=code)


def _failure_code(exc: DBAPIError) -> ErrorCode | None:
    original = exc.orig
    if isinstance(original, sqlite3.Error):
        text = str(original).lower()
        return next((code for words, code in _SQLITE_FAILURES if words in text), None)
    state = getattr(original, "sqlstate", None)
    if isinstance(state, str):
        return _POSTGRES_FAILURES.get(state) or _POSTGRES_FAILURES.get(state[:2])
    if isinstance(exc, OperationalError):  # no SQLSTATE: the connection itself failed
        return ErrorCode.DATABASE_UNAVAILABLE
    return None


def _first_line(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__


class WriterTurns:
    """Writers to one SQLite file take turns, across processes and threads.

    SQLite lets one writer in at a time and makes the others poll, sleeping longer and
    longer (up to 100 ms) between tries: a till that has just committed begins its next
    sale before a sleeping one wakes, so one counter sells ten times as fast as another
    and a third gives up with "database is locked" after the busy timeout. Here writers
    queue on two advisory file locks beside the database (owner-only files): the *gate*,
    held while waiting for the *write* lock and let go as soon as that is held. The writer
    that has just finished finds the gate held by the next one and cannot take the write
    lock again before it, so turns alternate. Waiting is bounded by the busy timeout
    (then the environment's "database busy", as SQLite's own wait would end).
    """

    _SUFFIXES: Final = ("-gate.lock", "-write.lock")

    def __init__(self, path: Path) -> None:
        self._paths = tuple(path.with_name(path.name + suffix) for suffix in self._SUFFIXES)
        self._fds: tuple[int, int] | None = None
        self._in_process = threading.Lock()  # flock does not separate this process's threads

    @contextmanager
    def turn(self, description: str) -> Iterator[None]:
        deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
        if not self._in_process.acquire(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000):
            raise self._busy(description)
        try:
            fds = self._open()
            if fds is None:
                yield
                return
            gate, write = fds
            self._wait(gate, deadline, description)
            try:
                self._wait(write, deadline, description)
            finally:
                fcntl.flock(gate, fcntl.LOCK_UN)
            try:
                yield
            finally:
                fcntl.flock(write, fcntl.LOCK_UN)
        finally:
            self._in_process.release()

    def close(self) -> None:
        with self._in_process:
            if self._fds is not None:
                for fd in self._fds:
                    os.close(fd)
                self._fds = None

    def _open(self) -> tuple[int, int] | None:
        if self._fds is None:
            try:
                gate, write = (os.open(path, os.O_RDWR | os.O_CREAT, 0o600) for path in self._paths)
            except OSError as exc:  # a read-only folder: SQLite's own wait still applies
                log.store.warning("writers cannot take turns (%s): %s", self._paths[0], exc)
                return None
            self._fds = (gate, write)
        return self._fds

    @staticmethod
    def _wait(fd: int, deadline: float, description: str) -> None:
        pause = 0.0002
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WriterTurns._busy(description) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.002)

    @staticmethod
    def _busy(description: str) -> DatabaseUnavailable:
        return DatabaseUnavailable(
            f"{description} is busy: another counter has been writing for "
            f"{SQLITE_BUSY_TIMEOUT_MS // 1000} s",
            code=ErrorCode.DATABASE_BUSY,
        )


class Database:
    """One database: hands out sessions as units of work.

    ``read()`` for queries, ``write()`` for changes; a ``write()`` block commits when it
    ends normally and rolls back on any exception. ``audit_key`` is the audit chain's key
    for this process, set once the installation secret is checked against the database
    (:func:`counter_app.services.keys.check_matches_database`); it is never stored.
    """

    audit_key: bytes | None = None

    def __init__(self, url: str, *, prepared_statements: bool = True) -> None:
        self.url = url
        self.description = describe_database_url(url)
        self.is_sqlite = sqlite_path(url) is not None
        self.engine = make_engine(url, prepared_statements=prepared_statements)
        self._disposed = False
        self._write_engine = (
            self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
            if self.is_sqlite
            else self.engine
        )
        path = sqlite_path(url)
        self._turns = WriterTurns(path) if path is not None and fcntl is not None else None

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        """The configured database, with prepared statements as ``database_pooler`` allows."""
        return cls(settings.database_url, prepared_statements=settings.prepared_statements)

    def check_connection(self) -> None:
        """Raise :class:`DatabaseUnavailable` unless the database answers.

        A SQLite file is also checked for damage (``PRAGMA quick_check``): a damaged file
        is refused before anything is written to it, not found out in the middle of a sale.
        """
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
                if self.is_sqlite:
                    found = connection.exec_driver_sql("PRAGMA quick_check(5)").scalars().all()
                    if found != ["ok"]:
                        problems = [
                            line.strip()
                            for row in found
                            for line in str(row).splitlines()
                            if line.strip() and not line.startswith("***")
                        ]
                        raise DatabaseUnavailable(
                            f"{self.description} is damaged ({problems[0] if problems else '?'});"
                            " restore the latest backup",
                            code=ErrorCode.DATABASE_DAMAGED,
                        )
        except (OperationalError, DBAPIError) as exc:
            failure = environment_failure(self.url, exc)
            if failure is None or failure.code is ErrorCode.DATABASE_UNAVAILABLE:
                failure = DatabaseUnavailable(explain_connection_error(self.url, exc))
            log.store.warning("%s", failure)
            raise failure from exc
        except DatabaseUnavailable as failure:
            log.store.warning("%s", failure)
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._check_open()
        with (
            self._failures_of_the_world(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        self._check_open()
        with (
            self.writer_turn(),
            self._failures_of_the_world(),
            Session(self._write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            if self.audit_key is not None:
                session.info[AUDIT_KEY_INFO] = self.audit_key
            yield session

    @contextmanager
    def writer_turn(self) -> Iterator[None]:
        """This writer's turn at a SQLite file (:class:`WriterTurns`); at once on PostgreSQL.

        ``write()`` takes it; a writer of its own (a benchmark's baseline) takes it too.
        """
        if self._turns is None:
            yield
            return
        with self._turns.turn(self.description):
            yield

    @contextmanager
    def _failures_of_the_world(self) -> Iterator[None]:
        """Driver failures of the environment raised as :class:`DatabaseUnavailable`."""
        try:
            yield
        except DBAPIError as exc:
            failure = environment_failure(self.url, exc)
            if failure is None:
                raise
            log.store.warning("%s", failure)
            raise failure from exc

    def _check_open(self) -> None:
        # SQLAlchemy would quietly open a fresh pool after dispose(), whose connections
        # nothing closes: work that arrives late (a background task finishing after its
        # window closed) is refused instead.
        if self._disposed:
            raise DatabaseUnavailable(f"{self.description} has been closed")

    def dispose(self) -> None:
        self._disposed = True
        self.engine.dispose()
        if self._turns is not None:
            self._turns.close()
