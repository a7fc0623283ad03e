"""Test rails: offscreen Qt, isolated user directories, SQLite and PostgreSQL databases.

- Qt runs offscreen unless QT_QPA_PLATFORM says otherwise; pytest-qt's session ``qapp``
  is the one QApplication.
- Every test gets its own config, data and log directories (COUNTER_*_DIR), so nothing
  touches the real user's settings or databases.
- ``database_url`` runs a test on SQLite and on PostgreSQL. The PostgreSQL variant needs
  COUNTER_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test) and gives
  each test its own schema, dropped afterwards. Without the variable it is skipped with a
  reason; with CI=true, a missing or unreachable server fails the test instead.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before anything imports Qt: without a display, Qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL_VARIABLE = "COUNTER_TEST_PG_URL"
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(autouse=True)
def counter_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private config, data and log directories; no COUNTER_* setting from outside."""
    for variable in list(os.environ):
        if variable.startswith("COUNTER_") and not variable.startswith("COUNTER_TEST_"):
            monkeypatch.delenv(variable)
    home = tmp_path / "counter-home"
    for name in ("config", "data", "log"):
        (home / name).mkdir(parents=True)
        monkeypatch.setenv(f"COUNTER_{name.upper()}_DIR", str(home / name))
    return home


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite file (a real file: WAL needs one)."""
    return f"sqlite:///{tmp_path / 'counter.sqlite3'}"


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true and {reason}: the PostgreSQL tests must run in CI")
    pytest.skip(reason)


@dataclass(frozen=True)
class CupsQueue:
    """A real CUPS queue (cups-pdf) and the folder its printed PDFs land in."""

    name: str
    out: Path

    def completed_jobs(self) -> int:
        """Jobs CUPS has finished on this queue (cups-pdf reuses a file name per title)."""
        listing = subprocess.run(
            ["lpstat", "-W", "completed", "-o", self.name],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        return len([line for line in listing.splitlines() if line.strip()])

    def settled_jobs(self, timeout: float = 60) -> int:
        """The completed-job count once no job is pending (an earlier test's may be)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pending = subprocess.run(
                ["lpstat", "-o", self.name], capture_output=True, text=True, check=False
            ).stdout
            if not pending.strip():
                return self.completed_jobs()
            time.sleep(0.2)
        pytest.fail(f"the CUPS queue {self.name} still has jobs after {timeout} s")

    def printed_since(self, moment: float) -> list[Path]:
        if not self.out.is_dir():
            return []
        return sorted(p for p in self.out.glob("*.pdf") if p.stat().st_mtime >= moment)


@pytest.fixture(scope="session")
def test_printer() -> CupsQueue:
    """The CUPS queue the bootstrap sets up (COUNTER_TEST_PRINTER); skipped without it."""
    name = os.environ.get("COUNTER_TEST_PRINTER", "").strip()
    out = os.environ.get("COUNTER_TEST_PRINTER_OUT", "").strip()
    if not name or not out:
        if IN_CI:
            pytest.fail("CI=true and COUNTER_TEST_PRINTER is not set: the bootstrap sets it up")
        pytest.skip("no test printer (COUNTER_TEST_PRINTER): run the suite through the bootstrap")
    return CupsQueue(name, Path(out))


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The normalised URL of the test server, after checking that it answers."""
    from counter_app.config import normalise_database_url

    raw = os.environ.get(PG_URL_VARIABLE, "").strip()
    if not raw:
        _unavailable(f"{PG_URL_VARIABLE} is not set, so the PostgreSQL variants are skipped")
    url = normalise_database_url(raw)
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (pip install '.[postgres]')")
    try:
        psycopg.connect(_libpq_url(url), connect_timeout=5).close()
    except psycopg.Error as exc:
        _unavailable(f"PostgreSQL at {PG_URL_VARIABLE} does not answer: {exc}")
    return url


def _libpq_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """The test server, with a schema of this test's own as the search path."""
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_url(postgres_server), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in postgres_server else "?"
    yield f"{postgres_server}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(_libpq_url(postgres_server), autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """The same test on SQLite and on PostgreSQL."""
    fixture = {"sqlite": "sqlite_url", "postgresql": "postgres_url"}[request.param]
    return str(request.getfixturevalue(fixture))
