"""Bring a database's schema to the one this version knows, through Alembic only.

A SQLite file is backed up (online backup API) before any upgrade. A schema newer than
this program knows is refused rather than touched.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from counter_app import log
from counter_app.config import sqlite_path
from counter_app.domain.errors import SchemaMismatch
from counter_app.files import atomic_path
from counter_app.store import audit_heads
from counter_app.store.engine import Database

MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS}")
    return head


def known_revisions() -> set[str]:
    return {
        script.revision
        for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(db: Database, backup_dir: Path, label: str) -> Path | None:
    """Copy a SQLite database with the online backup API; None for other databases."""
    source = sqlite_path(db.url)
    if source is None or not source.exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    # Owner-only and whole, like every backup: the holders' names are personal data.
    with atomic_path(target) as temporary:
        src, dst = sqlite3.connect(source), sqlite3.connect(temporary)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    audit_heads.write_beside(target)
    log.store.info("backed up %s to %s", source, target)
    return target


def _refuse_unknown(db: Database, revision: str | None, head: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise SchemaMismatch(
            f"{db.description} has schema revision {revision}, newer than this version of "
            f"Counter knows (newest: {head}); install the newer Counter that wrote it"
        )


def upgrade(db: Database, backup_dir: Path | None = None) -> tuple[str | None, str]:
    """Upgrade *db* to the newest schema; returns (revision before, revision after).

    An existing SQLite database is backed up into *backup_dir* first.
    """
    before = current_revision(db)
    head = head_revision()
    _refuse_unknown(db, before, head)
    if before == head:
        return before, head
    if before is not None and backup_dir is not None:
        backup_sqlite(db, backup_dir, f"before-{head}")
    config = _alembic_config()
    with db.write() as session:
        config.attributes["connection"] = session.connection()
        command.upgrade(config, "head")
    log.store.info("upgraded %s from %s to %s", db.description, before or "empty", head)
    return before, head


def ensure_current(db: Database, *, backup_dir: Path | None, allow_upgrade: bool) -> None:
    """Make sure *db* has this version's schema, upgrading it when allowed.

    PostgreSQL is shared by several counters, so the program does not upgrade it on its
    own: ``counter-app db upgrade`` does, after the shop has taken a backup.
    """
    revision = current_revision(db)
    head = head_revision()
    if revision == head:
        return
    _refuse_unknown(db, revision, head)
    if not allow_upgrade and revision is not None:
        raise SchemaMismatch(
            f"{db.description} has schema revision {revision}, this version needs {head}; "
            "back the database up, then run: counter-app db upgrade"
        )
    upgrade(db, backup_dir)
