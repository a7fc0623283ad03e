"""The `counter-app` command as a user runs it: real processes, real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app import __version__


def counter_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def assert_one_clear_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version_and_help() -> None:
    assert counter_app("--version").stdout.strip() == f"Counter {__version__}"
    help_text = counter_app("--help").stdout
    for option in ("--database-url", "--demo", "--language", "-v", "config", "db"):
        assert option in help_text


def test_config_show_prints_settings_and_paths_without_secrets(counter_home: Path) -> None:
    result = counter_app(
        "config",
        "show",
        env={"COUNTER_DATABASE_URL": "postgresql://clerk:s3cret@db.local:5432/counter"},
    )
    assert result.returncode == 0, result.stderr
    assert "s3cret" not in result.stdout
    assert (
        "postgresql+psycopg://clerk:***@db.local:5432/counter   [COUNTER_DATABASE_URL]"
        in result.stdout
    )
    for path in ("config", "data", "log"):
        assert str(counter_home / path) in result.stdout
    assert str(counter_home / "config" / "settings.toml") in result.stdout


def test_malformed_settings_file_exits_with_one_message(counter_home: Path) -> None:
    path = counter_home / "config" / "settings.toml"
    path.write_text("language = [\n", encoding="utf-8")
    result = counter_app("config", "show")
    assert result.returncode == 2
    assert_one_clear_error(result, str(path), "not valid TOML")


def test_unknown_key_exits_with_one_message(counter_home: Path) -> None:
    path = counter_home / "config" / "settings.toml"
    path.write_text('printer_name = "EPSON"\n', encoding="utf-8")
    result = counter_app()
    assert result.returncode == 2
    assert_one_clear_error(result, str(path), "'printer_name' is not a setting", "allowed:")


def test_unreachable_database_exits_with_one_message() -> None:
    result = counter_app(
        "--database-url", "postgresql://postgres@127.0.0.1:1/counter", "db", "upgrade"
    )
    assert result.returncode == 3
    assert_one_clear_error(result, "cannot reach PostgreSQL postgres@127.0.0.1:1/counter")


def test_sqlite_in_a_missing_folder_exits_with_one_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'gone' / 'shop.sqlite3'}"
    result = counter_app("--database-url", url, "db", "upgrade")
    assert result.returncode == 3
    assert_one_clear_error(result, "does not exist")


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = subprocess.run(
        [sys.executable, "-m", "counter_app", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    if sys.platform.startswith("linux"):
        assert_one_clear_error(result, "no display", "xvfb-run")


def test_db_upgrade_creates_then_reports_current(database_url: str) -> None:
    first = counter_app("--database-url", database_url, "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert "schema upgraded from empty to" in first.stdout
    second = counter_app("--database-url", database_url, "db", "upgrade")
    assert "schema is current" in second.stdout


@pytest.mark.slow
def test_demo_window_starts_and_quits(counter_home: Path) -> None:
    result = counter_app("--demo", "--exit-when-shown", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown"
    assert "Traceback" not in result.stderr
    assert (counter_home / "log" / "counter.log").exists()
