"""A database at revision 0005 with plain-hash audit entries, upgraded to keyed chains."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import select, update

from counter_app.services import audit, keys
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, AuditHead
from counter_app.store.schema import MIGRATIONS, upgrade
from counter_app.store.types import UtcDateTime

START = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
OLD_EVENTS = sa.Table(
    "audit_events",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("occurred_at", UtcDateTime()),
    sa.Column("action", sa.String(40)),
    sa.Column("staff_id", sa.Integer),
    sa.Column("counter_id", sa.Integer),
    sa.Column("subject", sa.String(80)),
    sa.Column("details", sa.JSON),
    sa.Column("prev_hash", sa.String(64)),
    sa.Column("hash", sa.String(64)),
)


def _old_digest(row: dict[str, Any]) -> str:
    """The hash as version 0005's audit module computed it."""
    body = {
        "id": row["id"],
        "occurred_at": row["occurred_at"].isoformat(),
        "action": row["action"],
        "staff_id": row["staff_id"],
        "counter_id": row["counter_id"],
        "subject": row["subject"],
        "details": row["details"],
        "prev_hash": row["prev_hash"],
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _old_rows(count: int) -> list[dict[str, Any]]:
    rows, previous = [], audit.GENESIS
    # Ids with a gap, as a PostgreSQL sequence leaves after a rolled-back entry.
    for n, row_id in enumerate([*range(1, count), count + 5]):
        row: dict[str, Any] = {
            "id": row_id,
            "occurred_at": START + timedelta(minutes=n),
            "action": "staff.signed_in",
            "staff_id": None,
            "counter_id": None,
            "subject": f"user{n}",
            "details": {"n": n, "名": "陳"},
            "prev_hash": previous,
        }
        row["hash"] = previous = _old_digest(row)
        rows.append(row)
    return rows


@pytest.fixture
def old_database(database_url: str) -> Database:
    """A database migrated to 0005 whose trail an older Counter wrote: four entries."""
    db = Database(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    rows = _old_rows(4)
    with db.write() as session:
        config.attributes["connection"] = session.connection()
        command.upgrade(config, "0005")
        session.execute(OLD_EVENTS.insert(), rows)
        session.execute(
            sa.text("UPDATE audit_head SET last_event_id = :id, last_hash = :hash WHERE id = 1"),
            {"id": rows[-1]["id"], "hash": rows[-1]["hash"]},
        )
        if not db.is_sqlite:
            # The older Counter's rows took their ids from the sequence; these are given.
            session.execute(
                sa.text(
                    "SELECT setval(pg_get_serial_sequence('audit_events', 'id'), "
                    "(SELECT max(id) FROM audit_events))"
                )
            )
    yield db  # type: ignore[misc]
    db.dispose()


def _secret(tmp_path: Path) -> keys.InstallationSecret:
    return keys.load_or_create(tmp_path / "secret.json")


def test_an_upgraded_trail_is_sealed_at_the_first_start_and_verifies(
    old_database: Database, tmp_path: Path
) -> None:
    db = old_database
    upgrade(db)
    with db.read() as session:
        head = session.get_one(AuditHead, audit.SHOP_CHAIN)
        assert (head.entries, head.legacy_entries) == (4, 4)
        assert [e.seq for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))] == [
            1,
            2,
            3,
            4,
        ]
    secret = _secret(tmp_path)
    keys.check_matches_database(db, secret, START + timedelta(days=1))
    keys.check_matches_database(db, secret, START + timedelta(days=2))  # seals once only
    report = audit.verify(db)
    assert report.ok, report.problem
    assert report.entries == 5
    with db.write() as session:
        audit.record(session, "staff.signed_in", occurred_at=START + timedelta(days=3))
    with db.read() as session:
        seal, after = session.scalars(
            select(AuditEvent).where(AuditEvent.seq > 4).order_by(AuditEvent.seq)
        ).all()
    assert seal.action == audit.SEALED
    assert seal.details == {"legacy_entries": 4, "legacy_hash": seal.prev_hash}
    assert after.prev_hash == seal.hash
    assert audit.verify(db).ok


def _edit_old_entry(db: Database, *, rehash: bool) -> None:
    with db.write() as session:
        entries = list(
            session.scalars(select(AuditEvent).where(AuditEvent.seq <= 4).order_by(AuditEvent.seq))
        )
        previous = audit.GENESIS
        for event in entries:
            if event.seq == 2:
                event.details = {"n": 99}
            if rehash:
                event.prev_hash = previous
                event.hash = _old_digest(
                    {c.name: getattr(event, c.name) for c in OLD_EVENTS.columns}
                )
                previous = event.hash


@pytest.mark.parametrize("rehash", [False, True], ids=["edited", "forged with plain hashes"])
def test_the_sealed_old_entries_cannot_be_rewritten(
    old_database: Database, tmp_path: Path, rehash: bool
) -> None:
    db = old_database
    upgrade(db)
    keys.check_matches_database(db, _secret(tmp_path), START + timedelta(days=1))
    _edit_old_entry(db, rehash=rehash)
    report = audit.verify(db)
    assert not report.ok
    assert "entry 2 of the shop chain was changed" in report.problem or (
        "entry 5 of the shop chain does not follow" in report.problem
    )


def test_old_entries_without_a_seal_are_reported(old_database: Database, tmp_path: Path) -> None:
    db = old_database
    upgrade(db)
    keys.check_matches_database(db, _secret(tmp_path), START + timedelta(days=1))
    with db.write() as session:
        seal = session.scalars(select(AuditEvent).where(AuditEvent.action == audit.SEALED)).one()
        session.delete(seal)
        session.execute(
            update(AuditHead)
            .where(AuditHead.chain == audit.SHOP_CHAIN)
            .values(entries=4, last_hash=seal.prev_hash)
        )
    report = audit.verify(db)
    assert not report.ok
    assert "not sealed" in report.problem or "was changed" in report.problem
