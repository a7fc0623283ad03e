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
import queue
import shutil
import socket
import subprocess
import threading
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


class RawPrinter:
    """A network receipt printer as CUPS sees one (``socket://``, port 9100's protocol):
    a TCP server that keeps every job's bytes, one connection per job."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port: int = self._server.getsockname()[1]
        self._jobs: queue.Queue[bytes] = queue.Queue()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="raw-printer", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(10)
                data = b""
                while chunk := connection.recv(4096):
                    data += chunk
            self._jobs.put(data)

    def next_job(self, timeout: float = 30) -> bytes:
        """The bytes of the next job the printer received (fails after *timeout* s)."""
        try:
            return self._jobs.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"the raw printer received no job within {timeout} s")

    def nothing_received(self, wait: float = 2) -> bool:
        """No job arrives within *wait* seconds."""
        try:
            self._jobs.get(timeout=wait)
        except queue.Empty:
            return True
        return False

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(5)
        self._server.close()


@dataclass(frozen=True)
class RawQueue:
    """A real CUPS raw queue (no driver) whose device is :class:`RawPrinter`'s port."""

    name: str
    printer: RawPrinter


def _lpadmin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["lpadmin", *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="session")
def raw_queue() -> Iterator[RawQueue]:
    """A CUPS queue made for this run, sending raw jobs to a TCP server of the test's.

    Adding a queue needs root (the bootstrap runs the suite as root): without root or CUPS
    the tests are skipped, and fail under CI=true, like the other printing tests.
    """
    reason = ""
    if shutil.which("lpadmin") is None or shutil.which("lp") is None:
        reason = "CUPS is not installed"
    elif os.geteuid() != 0:
        reason = "adding a CUPS queue needs root (run the suite through the bootstrap)"
    if reason:
        if IN_CI:
            pytest.fail(f"CI=true and {reason}: the cash drawer's raw queue tests must run")
        pytest.skip(reason)
    printer = RawPrinter()
    name = f"CounterTestDrawer{os.getpid()}"
    added = _lpadmin("-p", name, "-E", "-v", f"socket://127.0.0.1:{printer.port}")
    if added.returncode != 0:
        printer.close()
        message = f"lpadmin could not add the raw queue {name}: {added.stderr.strip()}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield RawQueue(name, printer)
    finally:
        _lpadmin("-x", name)
        printer.close()


@pytest.fixture(scope="session")
def stopped_queue(raw_queue: RawQueue) -> Iterator[str]:
    """A raw queue that CUPS has stopped (as it does when its printer stops answering)."""
    name = f"CounterTestDrawerStopped{os.getpid()}"
    added = _lpadmin("-p", name, "-v", f"socket://127.0.0.1:{raw_queue.printer.port}")
    if added.returncode != 0:
        pytest.fail(f"lpadmin could not add {name}: {added.stderr.strip()}")
    subprocess.run(["cupsdisable", name], capture_output=True, check=False)
    try:
        yield name
    finally:
        _lpadmin("-x", name)


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
