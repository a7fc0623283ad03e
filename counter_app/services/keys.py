"""The installation secret: the ID-number hash key and the PIN encryption key.

It lives in a file in the config directory, readable by its owner only, and never in the
database: a copy of the database alone reveals no ID number and no PIN. Counters that share
one database must share this file too (copy it to each counter's config directory).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from counter_app import log
from counter_app.domain.errors import ErrorCode, OutsideError
from counter_app.files import write_atomically
from counter_app.services import audit
from counter_app.services.identity_upgrade import upgrade_identity_hashes
from counter_app.store.engine import Database
from counter_app.store.models import Customer, Installation

SECRET_FILE_NAME: Final = "installation-secret.json"  # noqa: S105 - a file name
_KEY_BYTES: Final = 32
_NONCE_BYTES: Final = 12


class SecretFileError(OutsideError):
    """The installation secret file is missing, unreadable or damaged."""

    code = ErrorCode.SECRET_FILE


@dataclass(frozen=True, repr=False)
class InstallationSecret:
    """The two keys. ``repr`` never shows them, so they cannot end up in a log."""

    id_hash_key: bytes
    pin_key: bytes

    def __repr__(self) -> str:
        return "InstallationSecret(<hidden>)"

    @property
    def fingerprint(self) -> str:
        """Identifies the secret without revealing it (stored in the database)."""
        material = hmac.new(self.id_hash_key, b"counter installation check", hashlib.sha256)
        return hmac.new(self.pin_key, material.digest(), hashlib.sha256).hexdigest()

    @property
    def audit_key(self) -> bytes:
        """The audit chain's HMAC key, derived so that the secret file keeps its format."""
        return hmac.new(self.pin_key, b"counter audit chain v1", hashlib.sha256).digest()

    def encrypt_pin(self, pin: str, serial: str) -> bytes:
        """AES-GCM with a fresh nonce; the serial is bound in, so PINs cannot be swapped."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return nonce + AESGCM(self.pin_key).encrypt(nonce, pin.encode(), serial.encode())

    def decrypt_pin(self, blob: bytes, serial: str) -> str:
        try:
            plain = AESGCM(self.pin_key).decrypt(
                blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], serial.encode()
            )
        except InvalidTag as exc:
            raise SecretFileError(
                f"the PIN of voucher {serial} cannot be decrypted with this counter's "
                "installation secret; copy the shop's secret file to this counter"
            ) from exc
        return plain.decode()


def secret_path(config_dir: Path) -> Path:
    return config_dir / SECRET_FILE_NAME


def load_or_create(path: Path) -> InstallationSecret:
    """Read the secret at *path*, creating it (mode 0600) on first run."""
    if not path.exists():
        _create(path)
    return load(path)


def load(path: Path) -> InstallationSecret:
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            # Someone copied it carelessly between counters: take it back to owner-only.
            path.chmod(0o600)
            log.services.warning("%s was readable by others; made it owner-only", path)
        data = json.loads(path.read_text(encoding="utf-8"))
        id_hash_key = bytes.fromhex(data["id_hash_key"])
        pin_key = bytes.fromhex(data["pin_key"])
    except FileNotFoundError as exc:
        raise SecretFileError(f"the installation secret {path} does not exist") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SecretFileError(
            f"the installation secret {path} cannot be read ({type(exc).__name__}); "
            "restore it from the shop's backup or another counter"
        ) from exc
    if len(id_hash_key) != _KEY_BYTES or len(pin_key) != _KEY_BYTES:
        raise SecretFileError(f"the installation secret {path} is damaged (wrong key length)")
    return InstallationSecret(id_hash_key=id_hash_key, pin_key=pin_key)


# The outside world's credentials, kept beside the keys (never in the database, a log,
# `config show` or an export): provider -> the fields it needs.
PROVIDER_FIELDS: Final = {
    "dtone": ("key", "secret"),
    "smpp": ("system_id", "password"),
    "twilio": ("account_sid", "auth_token"),
}


class ProviderCredentials:
    """The providers' credentials from the secret file; ``repr`` shows only which are set."""

    def __init__(self, values: dict[str, dict[str, str]]) -> None:
        self._values = values

    def __repr__(self) -> str:
        return f"ProviderCredentials(set={sorted(self._values)})"

    def get(self, provider: str) -> dict[str, str] | None:
        """*provider*'s fields, or None when any of them is missing."""
        found = self._values.get(provider, {})
        if all(found.get(name) for name in PROVIDER_FIELDS[provider]):
            return dict(found)
        return None


def provider_credentials(path: Path) -> ProviderCredentials:
    """The credentials stored in the secret file at *path* (none: an empty set)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ProviderCredentials({})
    except (OSError, ValueError) as exc:
        raise SecretFileError(
            f"the installation secret {path} cannot be read ({type(exc).__name__})"
        ) from exc
    stored = data.get("providers", {}) if isinstance(data, dict) else {}
    values = {
        provider: {str(k): str(v) for k, v in fields.items()}
        for provider, fields in stored.items()
        if provider in PROVIDER_FIELDS and isinstance(fields, dict)
    }
    return ProviderCredentials(values)


def set_provider_credentials(path: Path, provider: str, fields: dict[str, str]) -> None:
    """Store *provider*'s credentials in the secret file (created if missing), owner-only."""
    if provider not in PROVIDER_FIELDS:
        raise ValueError(f"unknown provider {provider!r}")
    missing = [name for name in PROVIDER_FIELDS[provider] if not fields.get(name)]
    if missing:
        raise ValueError(f"missing: {', '.join(missing)}")
    load_or_create(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("providers", {})[provider] = {
        name: fields[name] for name in PROVIDER_FIELDS[provider]
    }
    write_atomically(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"), overwrite=True)
    log.services.info("stored the %s credentials in %s", provider, path)


def _create(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    content = json.dumps(
        {
            "version": 1,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "id_hash_key": secrets.token_bytes(_KEY_BYTES).hex(),
            "pin_key": secrets.token_bytes(_KEY_BYTES).hex(),
        },
        indent=2,
    )
    try:
        # O_EXCL: two processes starting at once must not write two different secrets.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    log.services.info("created the installation secret %s", path)


def check_matches_database(db: Database, secret: InstallationSecret, now: datetime) -> None:
    """Bind the database to this secret on first use; refuse a different secret later.

    A counter that started with a fresh secret instead of the shop's copy would otherwise
    hash every ID number with the wrong key and fail every identity check. A database whose
    identity hashes are older than the current scheme has them rewritten here, where the
    secret is at hand (see :mod:`counter_app.services.identity_upgrade`). Once checked,
    *db* holds the audit chain's key for this process, and the entries an older version
    wrote without a key are sealed into the keyed chain (once).
    """
    with db.write() as session:
        row = session.get(Installation, 1)
        if row is None:
            # Customers with no installation row were hashed by a version that did not
            # write one at once (its benchmark and test builders): the old scheme.
            older = session.scalar(select(Customer.id).limit(1)) is not None
            row = Installation(id=1, key_check=secret.fingerprint, created_at=now)
            if older:
                row.id_hash_scheme = 1
            session.add(row)
            session.flush()
        elif not hmac.compare_digest(row.key_check, secret.fingerprint):
            raise SecretFileError(
                f"this counter's installation secret is not the one {db.description} was set "
                "up with: copy installation-secret.json from the shop's first counter into "
                "this counter's config directory (counter-app config show prints it)"
            )
        upgrade_identity_hashes(session, row, secret.id_hash_key)
    db.audit_key = secret.audit_key
    audit.seal_legacy(db, now)
