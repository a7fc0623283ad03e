"""PostgreSQL clusters and a PgBouncer of a test's own, on ports of their own.

Used by ``test_pooler.py``, ``test_failover.py`` and the benchmarks of the same. Never
touches the server on 5432 beyond what a test's URL names: every cluster made here lives
in a temporary folder and is killed (and its folder removed) by ``close()``.

PostgreSQL and PgBouncer refuse to run as root: run as root (CI), the servers run as the
``postgres`` user (the Debian packages make it), their folders owned by it.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

SERVER_USER = "postgres"


class Unavailable(Exception):
    """What these tests need is not on this machine; the message says what."""


def postgres_bin() -> Path:
    """The folder of the newest PostgreSQL server binaries (initdb, postgres, pg_ctl)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable(
        "no PostgreSQL server binaries (initdb) under /usr/lib/postgresql/*/bin or on PATH "
        "(Debian: apt-get install postgresql)"
    )


def pgbouncer_bin() -> Path:
    found = shutil.which("pgbouncer") or (
        "/usr/sbin/pgbouncer" if Path("/usr/sbin/pgbouncer").exists() else None
    )
    if found is None:
        raise Unavailable("PgBouncer is not installed (Debian: apt-get install pgbouncer)")
    return Path(found)


def _as_server_user() -> dict[str, Any]:
    """subprocess arguments that drop root to the postgres user (nothing when not root)."""
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise Unavailable(
            f"running as root and there is no '{SERVER_USER}' user to run PostgreSQL as"
        ) from None
    return {"user": SERVER_USER, "group": SERVER_USER, "extra_groups": []}


def _own_folder(prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SERVER_USER)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(command: list[str], **kwargs: Any) -> str:
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
        timeout=120,
        **_as_server_user(),
        **kwargs,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip() or result.stdout}")
    return result.stdout


def _children(pid: int) -> list[int]:
    """The processes whose parent is *pid* (a postmaster's backends and workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@dataclass
class Cluster:
    """One PostgreSQL cluster: a data folder, a port, a postmaster we started."""

    name: str
    folder: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def conninfo(self, dbname: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname}"

    @classmethod
    def create(cls, name: str, **settings: str) -> Cluster:
        """initdb a new cluster with *settings* in its postgresql.conf (not started)."""
        bin_dir = postgres_bin()
        folder = _own_folder(f"counter-{name}-")
        cluster = cls(name, folder, free_port())
        _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(cluster.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-instructions",
            ]
        )
        cluster.configure(**settings)
        return cluster

    def configure(self, **settings: str) -> None:
        """Settings appended to postgresql.conf (a later line wins), port and sockets first."""
        lines = [
            f"port = {self.port}",
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{self.folder}'",
            "max_connections = 200",
            *(f"{key} = {value}" for key, value in settings.items()),
        ]
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# counter tests\n" + "\n".join(lines) + "\n")

    def start(self, timeout: float = 60) -> None:
        log = self.log.open("ab")
        try:
            self.process = subprocess.Popen(
                [str(postgres_bin() / "postgres"), "-D", str(self.data)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                **_as_server_user(),
            )
        finally:
            log.close()
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} did not start: {self.log_tail()}")
            try:
                psycopg.connect(self.conninfo(), connect_timeout=2).close()
            except psycopg.OperationalError:
                time.sleep(0.1)
                continue
            return
        raise RuntimeError(f"{self.name} did not answer within {timeout} s: {self.log_tail()}")

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def execute(
        self, sql: str, params: tuple[Any, ...] = (), dbname: str = "postgres"
    ) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.conninfo(dbname), autocommit=True, connect_timeout=5) as conn:
            cursor = conn.execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def kill(self) -> None:
        """Die as a machine dies: every process of the cluster frozen, then SIGKILLed.

        Frozen first so that no backend outlives its postmaster for a moment (a backend
        finishing a commit after the "crash" would not be a crash).
        """
        if self.process is None or self.process.poll() is not None:
            return
        postmaster = self.process.pid
        group = [postmaster, *_children(postmaster)]
        for pid in group:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)
        group = [postmaster, *_children(postmaster)]  # none can fork while frozen
        for pid in group:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait(10)
        for pid in group[1:]:  # children of a dead postmaster are reparented; wait them out
            _wait_gone(pid)

    def promote(self) -> None:
        _run([str(postgres_bin() / "pg_ctl"), "promote", "-w", "-t", "60", "-D", str(self.data)])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # immediate shutdown: a test's leftovers
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def _wait_gone(pid: int, timeout: float = 10) -> None:
    """Until *pid* has exited (a zombie waiting for init to reap it counts as gone)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return
        if state in {"Z", "X"}:
            return
        time.sleep(0.02)


STANDBY_NAME = "counter_standby"


def _wait_synchronous(primary: Cluster, standby: Cluster, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        rows = primary.execute(
            "SELECT sync_state FROM pg_stat_replication WHERE application_name = %s",
            (STANDBY_NAME,),
        )
        if rows and rows[0][0] == "sync":
            return
        time.sleep(0.1)
    raise RuntimeError(f"the standby never became synchronous: {standby.log_tail()}")


def _add_standby(primary: Cluster, port: int) -> Cluster:
    """A new synchronous standby of *primary* on *port*: a base backup, started, in sync.

    ``synchronous_standby_names`` goes into the primary's postgresql.conf only after the
    base backup is taken, so the standby does not inherit it: promoted with no standby of
    its own, it must not wait for one.
    """
    standby = Cluster("standby", _own_folder("counter-standby-"), port)
    try:
        _run(
            [
                str(postgres_bin() / "pg_basebackup"),
                "--pgdata",
                str(standby.data),
                "--dbname",
                f"{primary.conninfo()} application_name={STANDBY_NAME}",
                "--write-recovery-conf",
                "--checkpoint=fast",
                "--wal-method=stream",
            ]
        )
        standby.configure()
        primary.configure(synchronous_standby_names=f"'{STANDBY_NAME}'", synchronous_commit="on")
        primary.execute("SELECT pg_reload_conf()")
        standby.start()
        _wait_synchronous(primary, standby)
    except BaseException:
        standby.close()
        raise
    return standby


@dataclass
class Pair:
    """A primary and its synchronous streaming standby, both on this machine.

    The two ports stay the counters' two hosts whatever happens: after a failover the
    dead primary's place is rebuilt as the new standby, on its port (``rebuild``).
    """

    primary: Cluster
    standby: Cluster
    ports: tuple[int, int]

    def url(self, dbname: str) -> str:
        """The counters' URL as a shop writes it: both hosts, whichever accepts writes."""
        first, second = self.ports
        return (
            f"postgresql://postgres@127.0.0.1:{first},127.0.0.1:{second}/{dbname}"
            "?target_session_attrs=read-write"
        )

    def fail_over(self, pause: float = 1.0) -> None:
        """The primary dies (every process SIGKILLed); *pause* seconds later the standby
        is promoted (``pg_ctl promote``), as an operator or a watchdog would."""
        self.primary.kill()
        time.sleep(pause)
        self.standby.promote()
        dead, self.primary = self.primary, self.standby
        dead.close()
        self.standby = dead  # gone until rebuild(): commits are local only meanwhile

    def rebuild(self) -> None:
        """A new standby where the dead primary was (its port), synchronous again."""
        self.standby = _add_standby(self.primary, self.standby.port)

    def close(self) -> None:
        self.standby.close()
        self.primary.close()


def start_pair(**settings: str) -> Pair:
    """A primary whose commits wait for its standby (``synchronous_commit = on``)."""
    primary = Cluster.create("primary", wal_level="replica", **settings)
    try:
        primary.start()
        standby = _add_standby(primary, free_port())
    except BaseException:
        primary.close()
        raise
    return Pair(primary, standby, (primary.port, standby.port))


@dataclass
class PgBouncer:
    """A PgBouncer in transaction mode in front of one database, on a port of its own."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes]
    alias: str

    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{self.alias}"

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # PgBouncer 1.18: SIGTERM is the immediate shutdown
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = (self.folder / "pgbouncer.log").read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


def start_pgbouncer(
    *,
    host: str,
    port: int,
    dbname: str,
    schema: str | None = None,
    pool_size: int = 8,
    max_clients: int = 200,
) -> PgBouncer:
    """PgBouncer pooling by transaction, for user postgres without a password (trust).

    PgBouncer does not pass the ``options`` startup parameter on, so a test's schema is
    set on every server connection it opens (``connect_query``) instead.
    """
    binary = pgbouncer_bin()
    folder = _own_folder("counter-pgbouncer-")
    alias = "counter"
    extra = f" connect_query='SET search_path TO {schema}'" if schema else ""
    (folder / "users.txt").write_text('"postgres" ""\n', encoding="utf-8")
    listen = free_port()
    (folder / "pgbouncer.ini").write_text(
        "\n".join(
            [
                "[databases]",
                f"{alias} = host={host} port={port} dbname={dbname} user=postgres{extra}",
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                f"listen_port = {listen}",
                "unix_socket_dir =",
                "auth_type = trust",
                f"auth_file = {folder / 'users.txt'}",
                "pool_mode = transaction",
                f"default_pool_size = {pool_size}",
                "min_pool_size = 0",
                "reserve_pool_size = 0",
                f"max_client_conn = {max_clients}",
                "server_reset_query =",
                "ignore_startup_parameters = extra_float_digits",
                f"logfile = {folder / 'pgbouncer.log'}",
                "log_connections = 0",
                "log_disconnections = 0",
                "",
            ]
        ),
        encoding="utf-8",
    )
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SERVER_USER)
        for path in folder.iterdir():
            os.chown(path, entry.pw_uid, entry.pw_gid)
    process = subprocess.Popen(
        [str(binary), str(folder / "pgbouncer.ini")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **_as_server_user(),
    )
    bouncer = PgBouncer(folder, listen, process, alias)
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if process.poll() is not None:
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"PgBouncer did not start: {bouncer.log_tail()}")
        try:
            psycopg.connect(
                f"host=127.0.0.1 port={listen} user=postgres dbname={alias}", connect_timeout=2
            ).close()
        except psycopg.OperationalError:
            time.sleep(0.1)
            continue
        return bouncer
    bouncer.close()
    raise RuntimeError("PgBouncer did not answer within 30 s")


def needed(what: str, check: Any) -> Any:
    """*check()*'s answer; without what it needs, the test is skipped with the reason,
    or fails under CI=true (CI must run these, as it runs the other PostgreSQL tests)."""
    import pytest  # here: the benchmarks use this module without pytest

    try:
        return check()
    except Unavailable as exc:
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            pytest.fail(f"CI=true and {exc}: the {what} tests must run in CI")
        pytest.skip(str(exc))
