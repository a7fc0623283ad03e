"""The installation secret: created once, owner-only, never shown, damage reported."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from counter_app.services import keys


def test_created_owner_only_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "config" / keys.SECRET_FILE_NAME
    first = keys.load_or_create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.load_or_create(path) == first
    assert "hidden" in repr(first) and first.id_hash_key.hex() not in repr(first)
    assert first.id_hash_key != first.pin_key


def test_loosened_permissions_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / keys.SECRET_FILE_NAME
    keys.load_or_create(path)
    path.chmod(0o644)
    keys.load(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "content",
    ["", "{}", '{"id_hash_key": "zz", "pin_key": "00"}', '{"id_hash_key": "00", "pin_key": "00"}'],
)
def test_a_damaged_file_is_an_outside_error_with_its_path(tmp_path: Path, content: str) -> None:
    path = tmp_path / keys.SECRET_FILE_NAME
    path.write_text(content)
    path.chmod(0o600)
    with pytest.raises(keys.SecretFileError, match=str(tmp_path)):
        keys.load(path)


def test_pin_encryption_binds_the_serial_and_the_key(tmp_path: Path) -> None:
    secret = keys.load_or_create(tmp_path / "a.json")
    other = keys.load_or_create(tmp_path / "b.json")
    blob = secret.encrypt_pin("1234567890123456", "SER001")
    assert b"1234567890123456" not in blob
    assert secret.decrypt_pin(blob, "SER001") == "1234567890123456"
    assert secret.encrypt_pin("1234567890123456", "SER001") != blob  # fresh nonce
    with pytest.raises(keys.SecretFileError):
        secret.decrypt_pin(blob, "SER002")
    with pytest.raises(keys.SecretFileError):
        other.decrypt_pin(blob, "SER001")


def test_a_database_refuses_a_different_secret(sqlite_url: str, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from counter_app.store.engine import Database
    from counter_app.store.schema import upgrade

    db = Database(sqlite_url)
    upgrade(db)
    shop_secret = keys.load_or_create(tmp_path / "first-counter.json")
    stray = keys.load_or_create(tmp_path / "second-counter.json")
    now = datetime.now(UTC)
    try:
        keys.check_matches_database(db, shop_secret, now)
        keys.check_matches_database(db, shop_secret, now)
        with pytest.raises(keys.SecretFileError, match=r"copy installation-secret\.json"):
            keys.check_matches_database(db, stray, now)
    finally:
        db.dispose()
    assert shop_secret.fingerprint != stray.fingerprint
    assert shop_secret.id_hash_key.hex() not in shop_secret.fingerprint
