"""Backups of the shop's database: SQLite through its online backup API, checked after."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from counter_app import log
from counter_app.config import database_hosts, sqlite_path
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.staff import Clerk
from counter_app.files import atomic_path
from counter_app.services.permissions import Action, require
from counter_app.store import audit_heads
from counter_app.store.engine import Database


def backup(db: Database, dest: Path | str, *, clerk: Clerk | None = None) -> Path:
    """Copy the database to *dest* (a file, or a folder for a time-stamped file in it).

    A *dest* that ends with a slash is a folder, created if need be: "/media/usb/backups/"
    must not become a file called "backups".

    The copy is made with SQLite's online backup API, so counters may keep selling while
    it runs, and ``PRAGMA integrity_check`` must pass on it before it gets its name. The
    copy's audit heads are written beside it (:mod:`counter_app.store.audit_heads`).
    PostgreSQL is backed up with ``pg_dump``: an OutsideError says the exact command.
    A copy of everything needs ``backup.make`` (*clerk* None: a database without a schema
    yet, which holds nobody's data).
    """
    if clerk is not None:
        require(clerk, Action.BACKUP_MAKE)
    source = sqlite_path(db.url)
    if source is None:
        raise OutsideError(
            f"{db.description} is backed up with PostgreSQL's own tool, on a machine with "
            f"the PostgreSQL client: {pg_dump_command(db.url)}"
        )
    if not source.is_file():
        raise OutsideError(f"the database file {source} does not exist")
    text = os.fspath(dest)
    folder = Path(text)
    if text.endswith(("/", os.sep)) and not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise OutsideError(f"cannot create the folder {folder}: {exc.strerror}") from exc
    target = _target(source, folder)
    _remove_leftovers(target.parent, source)
    # Copied under a temporary name, so a half-made or damaged copy never looks like a
    # backup; owner-only, as the holders' names and dates of birth are personal data.
    try:
        with atomic_path(target) as temporary:
            _copy(source, temporary)
    except OSError as exc:
        raise OutsideError(f"cannot write the backup {target}: {exc.strerror}") from exc
    try:
        audit_heads.write_beside(target)
    except OSError as exc:
        raise OutsideError(f"cannot write the audit heads beside {target}: {exc.strerror}") from exc
    log.services.info(
        "backed up %s to %s for %s", source, target, clerk.username if clerk else "nobody"
    )
    return target


# A copy still being written is touched all the time; one untouched this long was left by
# a backup that was killed (a power cut, a closed terminal): a full copy of personal data.
_LEFTOVER_AGE_S = 10 * 60


def _remove_leftovers(folder: Path, source: Path) -> None:
    """Delete the half-made copies that killed backups of *source* left in *folder*."""
    now = datetime.now(UTC).timestamp()
    for pattern in (f".{source.stem}-*.sqlite3.*.part", f".*{source.suffix}.*.part"):
        for leftover in folder.glob(pattern):
            try:
                if now - leftover.stat().st_mtime > _LEFTOVER_AGE_S:
                    leftover.unlink()
                    log.services.warning("removed %s, left by a backup that was stopped", leftover)
            except OSError:
                continue


def _target(source: Path, dest: Path) -> Path:
    if dest.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        return dest / f"{source.stem}-{stamp}.sqlite3"
    if dest.exists():
        raise InputError(
            f"{dest} already exists; name a new file or a folder", code=ErrorCode.BACKUP_EXISTS
        )
    if not dest.parent.is_dir():
        raise InputError(f"the folder {dest.parent} does not exist", code=ErrorCode.BACKUP_FOLDER)
    if dest.resolve() == source.resolve():
        raise InputError("the backup cannot be the database itself", code=ErrorCode.BACKUP_SAME)
    return dest


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # One self-contained file, whatever journal mode the live database uses.
            dst.execute("PRAGMA journal_mode = DELETE")
            problems = [row[0] for row in dst.execute("PRAGMA integrity_check")]
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise OutsideError(f"the backup of {source} failed: {exc}") from exc
    finally:
        src.close()
    if problems != ["ok"]:
        raise OutsideError(
            f"the backup copy of {source} fails SQLite's integrity check "
            f"({problems[0]}); the database itself may be damaged: keep the earlier backups"
        )


def pg_dump_command(url: str) -> str:
    """The pg_dump command line for the database at *url*, without any password.

    A URL naming a primary and its standby gives pg_dump the same hosts with
    ``target_session_attrs=read-write``, so it dumps whichever is the primary now
    (a dump from the standby would be as good, but it may lag).
    """
    parts = urlsplit(url)
    database = unquote(parts.path.lstrip("/")) or "counter"
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    options = ["pg_dump", "--format=custom", f"--file={database}-{stamp}.dump"]
    hosts = database_hosts(url)
    if len(hosts) > 1:
        user = f"{unquote(parts.username)}@" if parts.username else ""
        listed = ",".join(hosts)
        options.append(
            f"'--dbname=postgresql://{user}{listed}/{database}?target_session_attrs=read-write'"
        )
        return " ".join(options)
    options += [f"--host={parts.hostname or 'localhost'}", f"--port={parts.port or 5432}"]
    if parts.username:
        options.append(f"--username={unquote(parts.username)}")
    options.append(database)
    return " ".join(options)
