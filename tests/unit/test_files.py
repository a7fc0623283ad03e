"""Owner-only files written whole or not at all (counter_app.files)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counter_app.files import OWNER_ONLY, atomic_path, open_atomically, write_atomically


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of the test's own (tmp_path also holds the test's counter home)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_written_file_is_readable_by_its_owner_only(folder: Path) -> None:
    old_umask = os.umask(0)  # even a process that would make files world-writable
    try:
        write_atomically(folder / "receipt.pdf", b"%PDF-1.4", overwrite=False)
        with open_atomically(folder / "sales.csv", encoding="utf-8-sig", newline="") as file:
            file.write("a,b\r\n")
    finally:
        os.umask(old_umask)
    assert mode(folder / "receipt.pdf") == OWNER_ONLY == 0o600
    assert mode(folder / "sales.csv") == 0o600
    assert (folder / "sales.csv").read_bytes() == b"\xef\xbb\xbfa,b\r\n"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_replaced_file_becomes_owner_only(folder: Path) -> None:
    path = folder / "report.pdf"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_atomically(path, b"new", overwrite=True)
    assert (path.read_bytes(), mode(path)) == (b"new", 0o600)


def test_a_failed_write_leaves_no_partial_file_and_the_old_one_intact(folder: Path) -> None:
    path = folder / "sales.csv"
    path.write_text("the old export\n", encoding="utf-8")
    with (
        pytest.raises(RuntimeError, match="the database went away"),
        open_atomically(path, encoding="utf-8") as file,
    ):
        file.write("half of the new export\n")
        raise RuntimeError("the database went away")
    assert path.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(p.name for p in folder.iterdir()) == ["sales.csv"]


def test_a_failed_first_write_leaves_nothing(folder: Path) -> None:
    path = folder / "backup.sqlite3"
    with pytest.raises(OSError, match="disk full"), atomic_path(path) as temporary:
        temporary.write_bytes(b"SQLite format 3\0")
        raise OSError("disk full")
    assert list(folder.iterdir()) == []


def test_without_overwrite_an_existing_file_is_kept(folder: Path) -> None:
    path = folder / "DEMO-C1-000001.pdf"
    write_atomically(path, b"what the customer was given", overwrite=False)
    with pytest.raises(FileExistsError):
        write_atomically(path, b"something else", overwrite=False)
    assert path.read_bytes() == b"what the customer was given"
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_the_temporary_file_is_beside_the_target_and_hidden(folder: Path) -> None:
    path = folder / "z.pdf"
    with atomic_path(path) as temporary:
        assert temporary.parent == folder
        assert temporary.name.startswith(".z.pdf.") and temporary.name.endswith(".part")
        assert not path.exists(), "the real name appears only when the file is complete"
        temporary.write_bytes(b"done")
    assert path.read_bytes() == b"done"
    assert not temporary.exists()


def test_a_missing_folder_is_the_callers_os_error(folder: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(folder / "no" / "such" / "folder.pdf", b"x", overwrite=True)
