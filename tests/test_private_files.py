"""Everything the program writes is its owner's alone, whatever the umask it starts with.

Run as a clerk's PC runs it: the command line in a process of its own started with the
usual umask 022, on folders an older version left readable by everyone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

OTHERS = 0o077


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_the_database_its_journal_the_log_and_the_folders_are_owner_only(
    counter_home: Path,
) -> None:
    data, log = counter_home / "data", counter_home / "log"
    for folder in (data, log, counter_home / "config"):
        folder.chmod(0o755)  # as an older version, under umask 022, left them
    old_log = log / "counter.log"
    old_log.write_text("written by an older version\n")
    old_log.chmod(0o644)
    database = data / "counter.sqlite3"

    def usual_umask() -> None:
        os.umask(0o022)

    command = [sys.executable, "-m", "counter_app", "--database-url", f"sqlite:///{database}"]
    run = subprocess.run(
        [*command, "db", "upgrade"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=usual_umask,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    written = [database, old_log, *data.glob("counter.sqlite3*"), *log.glob("*")]
    assert database.exists() and len(written) >= 3
    for path in [*written, data, log, counter_home / "config"]:
        assert mode(path) & OTHERS == 0, f"{path} is {oct(mode(path))}"
