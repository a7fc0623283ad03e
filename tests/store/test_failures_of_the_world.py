"""Real failures of the database are the environment's error, not bugs.

Each test makes the real condition: a PostgreSQL backend terminated mid-transaction with
``pg_terminate_backend``, a server that is not there, a SQLite file that is full (its page
limit), read-only (``query_only``), held by another writer beyond the busy timeout, or not
a database at all. What is not the world's fault (a broken constraint) stays what it is.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError

from counter_app.domain.errors import DatabaseUnavailable, ErrorCode
from counter_app.store import engine as store_engine
from counter_app.store.engine import Database


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'scratch.sqlite3'}")
    with db.write() as session:
        session.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))
    yield db
    db.dispose()


@pytest.mark.postgres
def test_a_backend_terminated_mid_transaction_is_the_database_gone(postgres_url: str) -> None:
    db = Database(postgres_url)
    other = Database(postgres_url)
    try:
        with pytest.raises(DatabaseUnavailable) as raised, db.write() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with other.write() as killer:
                killer.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            session.execute(text("SELECT 1"))
        assert raised.value.code is ErrorCode.DATABASE_UNAVAILABLE
        # The pool lets the dead connection go: the next unit of work just works.
        with db.read() as session:
            assert session.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        other.dispose()
        db.dispose()


def test_a_server_that_is_not_there_is_the_database_gone() -> None:
    # Nothing listens on port 1 of this machine: the connection is refused.
    db = Database("postgresql+psycopg://postgres@127.0.0.1:1/test")
    try:
        with pytest.raises(DatabaseUnavailable) as raised, db.read() as session:
            session.execute(text("SELECT 1"))
        assert raised.value.code is ErrorCode.DATABASE_UNAVAILABLE
        assert "127.0.0.1" in str(raised.value)
    finally:
        db.dispose()


def test_a_full_database_says_the_disk_is_full(scratch: Database) -> None:
    with scratch.write() as session:
        session.execute(text("PRAGMA max_page_count = 8"))
    with pytest.raises(DatabaseUnavailable) as raised, scratch.write() as session:
        for number in range(200):
            session.execute(
                text("INSERT INTO t (id, body) VALUES (:id, :body)"),
                {"id": number, "body": "x" * 4000},
            )
    assert raised.value.code is ErrorCode.DATABASE_FULL


def test_a_read_only_database_says_so(scratch: Database) -> None:
    def read_only(connection: sqlite3.Connection, _record: Any) -> None:
        connection.execute("PRAGMA query_only = ON")

    scratch.engine.dispose()
    event.listen(scratch.engine, "connect", read_only)
    with pytest.raises(DatabaseUnavailable) as raised, scratch.write() as session:
        session.execute(text("INSERT INTO t (id, body) VALUES (1, 'a')"))
    assert raised.value.code is ErrorCode.DATABASE_READ_ONLY
    with scratch.read() as session:  # reading still works
        assert session.execute(text("SELECT count(*) FROM t")).scalar_one() == 0


def test_a_writer_held_beyond_the_busy_timeout_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "busy.sqlite3"
    db = Database(f"sqlite:///{path}")
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        with db.write() as session:
            session.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)"))
        holder.execute("BEGIN IMMEDIATE")  # another counter in the middle of a write
        with pytest.raises(DatabaseUnavailable) as raised, db.write() as session:
            session.execute(text("INSERT INTO t (id) VALUES (1)"))
        assert raised.value.code is ErrorCode.DATABASE_BUSY
        holder.execute("ROLLBACK")
        with db.write() as session:  # once it lets go, Retry works
            session.execute(text("INSERT INTO t (id) VALUES (1)"))
    finally:
        holder.close()
        db.dispose()


def test_a_file_that_is_not_a_database_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this was a database once, before the disk failed" * 100)
    db = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseUnavailable) as raised, db.read() as session:
            session.execute(text("SELECT count(*) FROM sqlite_master"))
        assert raised.value.code is ErrorCode.DATABASE_DAMAGED
    finally:
        db.dispose()


def test_a_broken_constraint_is_not_the_worlds_fault(database_url: str) -> None:
    db = Database(database_url)
    try:
        with db.write() as session:
            session.execute(text("DROP TABLE IF EXISTS failures_t"))
            session.execute(text("CREATE TABLE failures_t (id INTEGER PRIMARY KEY)"))
            session.execute(text("INSERT INTO failures_t (id) VALUES (1)"))
        with pytest.raises(IntegrityError), db.write() as session:
            session.execute(text("INSERT INTO failures_t (id) VALUES (1)"))
        with db.write() as session:
            session.execute(text("DROP TABLE failures_t"))
    finally:
        db.dispose()


def _damaged_copy(tmp_path: Path) -> Path:
    """A shop-sized file whose pages were partly overwritten (a failing disk)."""
    path = tmp_path / "damaged-pages.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("CREATE INDEX t_body ON t (body)")
        connection.executemany(
            "INSERT INTO t (body) VALUES (?)", [(f"row {n:06d}" * 8,) for n in range(3000)]
        )
    connection.close()
    data = bytearray(path.read_bytes())
    for page in (5, 9, 17):
        start = page * 4096 + 200
        data[start : start + 600] = bytes(range(256)) * 2 + bytes(88)
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_file_is_refused_when_it_is_opened(tmp_path: Path) -> None:
    path = _damaged_copy(tmp_path)
    db = Database(f"sqlite:///{path}")
    try:
        # Opening it and reading its first page works: only a check finds the damage.
        with db.read() as session:
            session.execute(text("SELECT 1"))
        with pytest.raises(DatabaseUnavailable) as raised:
            db.check_connection()
        assert raised.value.code is ErrorCode.DATABASE_DAMAGED
        assert "damaged" in str(raised.value) or "malformed" in str(raised.value)
    finally:
        db.dispose()


def test_the_command_line_refuses_a_damaged_file_in_one_line(tmp_path: Path) -> None:
    path = _damaged_copy(tmp_path)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "counter_app",
            "--database-url",
            f"sqlite:///{path}",
            "users",
            "list",
            "--staff",
            "admin",
        ],
        input="any-password\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 3, run.stdout + run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "damaged" in lines[0] or "malformed" in lines[0], run.stderr
