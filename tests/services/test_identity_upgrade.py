"""A database from before schema 0007 gets the slow identity hash and the short masks at
start-up, once, all customers or none, and its identity checks still match."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import column, delete, insert, select, table, update

from counter_app.domain.identity import IdType, parse_document, remask, slow_id_hash
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.services import identity, identity_upgrade, keys, retention, sales, shifts
from counter_app.store.engine import Database
from counter_app.store.models import Customer, Installation, Line
from counter_app.store.schema import MIGRATIONS, upgrade
from counter_app.store.types import UtcDateTime
from tests.services.conftest import Shop

NOW: Final = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
# The installation table as revisions 0005 and 0006 left it, before id_hash_scheme.
INSTALLATION_0005: Final = table(
    "installation", column("id"), column("key_check"), column("created_at", UtcDateTime())
)


def _old_hash(key: bytes, number: str) -> str:
    return hmac.new(key, f"hkid||{number}".encode(), hashlib.sha256).hexdigest()


def _old_mask(number: str) -> str:
    return f"{number[:4]}{'•' * (len(number) - 5)}(•)"


def _as_before_0007(shop: Shop) -> dict[int, str]:
    """The shop's customers as an older version stored them, with the installation row it
    wrote (scheme 1); the HKID of each customer by id. The last holder is erased."""
    key = shop.secret.id_hash_key
    numbers: dict[int, str] = {}
    with shop.db.write() as session:
        for sample in shop.built.samples:
            customer_id = session.scalar(
                select(Line.customer_id).where(Line.msisdn == sample.msisdn)
            )
            assert customer_id is not None
            number = parse_document(IdType.HKID, sample.id_number, today=shop.clock.today).number
            numbers[customer_id] = number
            session.execute(
                update(Customer)
                .where(Customer.id == customer_id)
                .values(id_hash=_old_hash(key, number), id_masked=_old_mask(number))
            )
        erased = max(numbers)
        session.execute(
            update(Customer)
            .where(Customer.id == erased)
            .values(id_hash=retention.ERASED_ID_HASH, id_masked="")
        )
        del numbers[erased]
        session.merge(
            Installation(
                id=1,
                key_check=shop.secret.fingerprint,
                created_at=shop.clock(),
                id_hash_scheme=1,
            )
        )
    return numbers


def _stored(db: Database) -> dict[int, tuple[str, str]]:
    with db.read() as session:
        return {
            c.id: (c.id_hash, c.id_masked)
            for c in session.execute(select(Customer.id, Customer.id_hash, Customer.id_masked))
        }


def _scheme(db: Database) -> int:
    with db.read() as session:
        installation = session.get(Installation, 1)
        assert installation is not None
        return installation.id_hash_scheme


def test_start_up_moves_old_hashes_and_masks_to_the_new_scheme_once(shop: Shop) -> None:
    numbers = _as_before_0007(shop)
    before = _stored(shop.db)

    keys.check_matches_database(shop.db, shop.secret, shop.clock())

    after = _stored(shop.db)
    assert _scheme(shop.db) == identity_upgrade.CURRENT_SCHEME
    for customer_id, number in numbers.items():
        document = parse_document(IdType.HKID, number, today=shop.clock.today)
        assert after[customer_id] == (document.keyed_hash(shop.secret.id_hash_key), document.masked)
        assert after[customer_id][0] != before[customer_id][0]
        assert number[1:4] in before[customer_id][1] and number[1:4] not in document.masked
    erased = (set(after) - set(numbers)).pop()
    assert after[erased] == (retention.ERASED_ID_HASH, "")

    keys.check_matches_database(shop.db, shop.secret, shop.clock())
    assert _stored(shop.db) == after  # the second start changes nothing


def test_an_upgraded_database_still_matches_the_holders_document(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift
) -> None:
    _as_before_0007(shop)
    keys.check_matches_database(shop.db, shop.secret, shop.clock())
    sample = shop.built.samples[0]
    line_id = shop.set_line(sample.msisdn)
    uuid = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    ).uuid
    result = identity.check_identity(
        shop.db,
        clerk,
        shop.counter_id,
        uuid,
        line_id=line_id,
        id_type="hkid",
        number=sample.id_number,
        photo_matches=True,
        secret=shop.secret,
        clock=shop.clock,
    )
    assert result.matched


def test_an_upgrade_killed_half_way_writes_nothing_and_runs_again(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_before_0007(shop)
    before = _stored(shop.db)
    calls = 0
    real = identity_upgrade.remask

    def fail_at_the_tenth(id_type: str, masked: str) -> str:
        nonlocal calls
        calls += 1
        if calls == 10:  # half-way through the demo's 30 customers
            raise KeyboardInterrupt
        return real(id_type, masked)

    monkeypatch.setattr(identity_upgrade, "remask", fail_at_the_tenth)
    with pytest.raises(KeyboardInterrupt):
        keys.check_matches_database(shop.db, shop.secret, shop.clock())
    assert _stored(shop.db) == before
    assert _scheme(shop.db) == 1

    monkeypatch.setattr(identity_upgrade, "remask", real)
    keys.check_matches_database(shop.db, shop.secret, shop.clock())
    assert _scheme(shop.db) == identity_upgrade.CURRENT_SCHEME
    key = shop.secret.id_hash_key
    assert _stored(shop.db) == {
        customer_id: (slow_id_hash(key, old_hash), remask("hkid", masked))
        if old_hash != retention.ERASED_ID_HASH
        else (old_hash, masked)
        for customer_id, (old_hash, masked) in before.items()
    }


def test_a_database_from_before_0007_says_it_has_the_old_scheme(
    database_url: str, tmp_path: Path
) -> None:
    db = Database(database_url)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with db.write() as session:
            config.attributes["connection"] = session.connection()
            command.upgrade(config, "0006")
        secret = keys.load_or_create(tmp_path / "secret.json")
        with db.write() as session:
            session.execute(
                insert(INSTALLATION_0005).values(id=1, key_check=secret.fingerprint, created_at=NOW)
            )
        upgrade(db)
        assert _scheme(db) == 1
        keys.check_matches_database(db, secret, NOW)
        assert _scheme(db) == identity_upgrade.CURRENT_SCHEME
    finally:
        db.dispose()


def test_a_new_database_starts_in_the_current_scheme(database_url: str, tmp_path: Path) -> None:
    db = Database(database_url)
    try:
        upgrade(db)
        secret = keys.load_or_create(tmp_path / "secret.json")
        keys.check_matches_database(db, secret, NOW)
        assert _scheme(db) == identity_upgrade.CURRENT_SCHEME
    finally:
        db.dispose()


def test_old_hashes_in_a_database_with_no_installation_row_are_moved_too(shop: Shop) -> None:
    """An older builder (the benchmarks' cached shops) wrote customers and no installation
    row: the new row must not claim the current scheme (the soak benchmark's identity
    checks all failed on such a shop before)."""
    numbers = _as_before_0007(shop)
    with shop.db.write() as session:
        session.execute(delete(Installation))

    keys.check_matches_database(shop.db, shop.secret, shop.clock())

    after = _stored(shop.db)
    assert _scheme(shop.db) == identity_upgrade.CURRENT_SCHEME
    for customer_id, number in numbers.items():
        document = parse_document(IdType.HKID, number, today=shop.clock.today)
        assert after[customer_id] == (document.keyed_hash(shop.secret.id_hash_key), document.masked)
