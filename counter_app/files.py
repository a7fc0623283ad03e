"""Files written whole or not at all, and readable by their owner only.

Receipts, reports, exports and backups hold money and personal data: a crash, a power cut
or a full disk must never leave half a file under the real name, and other accounts on the
counter PC must not read them. Every such file is written to a temporary file (mode 0600)
in the same folder, fsynced, then renamed over the real name (``os.replace``), and the
folder is synced so that the new name survives a power cut too.

This module imports nothing else from counter_app, so that every layer may use it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final, TextIO

OWNER_ONLY: Final = 0o600
"""The mode of every file written here: read and write for its owner, nothing for others."""


@contextmanager
def atomic_path(path: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """A new, empty temporary file beside *path* for the caller to fill by name.

    When the ``with`` block ends, the temporary file is fsynced and becomes *path*; with
    ``overwrite`` false an existing *path* raises FileExistsError and is left alone. When
    the block (or the rename) raises, the temporary file is deleted: nothing partial stays.
    The caller must have closed the file when the block ends.
    """
    folder = path.parent
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        # mkstemp already makes the file 0600 on POSIX; said here, not left to an umask.
        temporary.chmod(OWNER_ONLY)
        yield temporary
        _sync_file(temporary)
        if overwrite:
            temporary.replace(path)
        else:
            _move_without_replacing(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


@contextmanager
def open_atomically(
    path: Path, *, encoding: str, newline: str | None = None, overwrite: bool = True
) -> Iterator[TextIO]:
    """A text file to write *path* through, as :func:`atomic_path` makes it appear.

    For a file written a piece at a time (a CSV streamed from the database).
    """
    with (
        atomic_path(path, overwrite=overwrite) as temporary,
        temporary.open("w", encoding=encoding, newline=newline) as file,
    ):
        yield file


def write_atomically(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write *data* to *path* as :func:`atomic_path` does.

    Readers see the old file or the whole new one, never a part. With ``overwrite`` false
    an existing *path* raises FileExistsError and is left alone.
    """
    with atomic_path(path, overwrite=overwrite) as temporary:
        temporary.write_bytes(data)


def _sync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _move_without_replacing(source: Path, target: Path) -> None:
    # A hard link fails when the target exists, atomically, where a rename would replace it.
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links (FAT on a USB stick): check, then rename.
        if target.exists():
            raise FileExistsError(target) from None
        source.replace(target)
        return
    source.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


OWNER_ONLY_FOLDER: Final = 0o700
PRIVATE_UMASK: Final = 0o077
"""The process's umask from start-up: whatever it creates (the database and its -wal and
-shm files, the log, folders, the backup taken before an upgrade) is its owner's alone."""


def keep_private(folders: Iterable[Path], files: Iterable[Path]) -> None:
    """Set the owner-only umask, and take away from others what an older version (or an
    umask of 022) left readable: *folders* become 0700, *files* (with a SQLite database's
    -wal and -shm beside them) 0600. What does not exist, or is not ours, is left alone."""
    os.umask(PRIVATE_UMASK)
    uid = os.getuid() if hasattr(os, "getuid") else None
    for folder in folders:
        _restrict(folder, OWNER_ONLY_FOLDER, uid)
        if folder.is_dir():
            for child in folder.iterdir():
                if child.is_file():
                    _restrict(child, OWNER_ONLY, uid)
    for file in files:
        for path in (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
            _restrict(path, OWNER_ONLY, uid)


def _restrict(path: Path, mode: int, uid: int | None) -> None:
    try:
        status = path.lstat()
    except OSError:
        return
    if uid is not None and status.st_uid != uid:
        return
    if status.st_mode & 0o777 & ~mode:
        path.chmod(mode)
