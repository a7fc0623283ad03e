"""Putting a finished PDF on disk so that a crash or power cut never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write *data* to *path*: a temporary file in the same folder, fsync, then rename.

    Readers see the old file or the whole new one, never a part. With ``overwrite`` false
    an existing *path* raises FileExistsError and is left alone.
    """
    folder = path.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if overwrite:
            Path(temporary).replace(path)
        else:
            _move_without_replacing(Path(temporary), path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise
    _sync_folder(folder)


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
