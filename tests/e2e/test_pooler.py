"""Many counters through PgBouncer in transaction mode: every sale goes through.

A PgBouncer of the test's own (``pg_servers.start_pgbouncer``: its own port, pooling by
transaction, a small pool) in front of the test server (COUNTER_TEST_PG_URL), in a schema
of the test's own. 20 counter processes (``chain_worker.py``) sell top-ups at once through
it: no error, every acknowledged sale in the database, receipt numbers unique and 1..N at
each counter, the audit chains intact. ``benchmarks/pooler.py`` runs 50 and compares with
direct connections.

The first test's counters run as with ``database_pooler = transaction`` (no server-side
prepared statements). The second test is why that setting exists: with prepared statements
(psycopg prepares a statement run five times on a connection; Counter's default, for
counters that reach PostgreSQL directly) the same tills fail through the same PgBouncer,
as a transaction meets a server connection where the statement's name is missing or
belongs to another client's statement.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from chain_worker import Counters, check, prepare
from pg_servers import PgBouncer, needed, pgbouncer_bin, start_pgbouncer
from sqlalchemy.engine import make_url

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

# Read at import: the counter_home fixture clears COUNTER_* variables before each test.
COUNTERS = int(os.environ.get("COUNTER_POOLER_COUNTERS", "") or 20)
SALES_EACH = 8
POOL_SIZE = 4  # server connections for 20 tills: transactions really change connection


def _schema_of(url: str) -> str:
    """The schema the postgres_url fixture made (its ``options=-csearch_path=...``)."""
    options = unquote(str(make_url(url).query.get("options", "")))
    assert options.startswith("-csearch_path="), url
    return options.removeprefix("-csearch_path=")


@pytest.fixture
def bouncer(postgres_url: str) -> PgBouncer:
    needed("PgBouncer", pgbouncer_bin)
    url = make_url(postgres_url)
    return start_pgbouncer(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        dbname=url.database or "test",
        schema=_schema_of(postgres_url),
        pool_size=POOL_SIZE,
    )


def _sell(
    postgres_url: str, bouncer: PgBouncer, tmp_path: Path, *, prepared_statements: bool
) -> tuple[Path, list[dict[str, Any]]]:
    secret = tmp_path / "installation-secret.json"
    shop = prepare(postgres_url, secret, COUNTERS)
    counters = Counters(
        bouncer.url(),
        secret,
        shop,
        tmp_path / "tills",
        sales_each=SALES_EACH,
        prepared_statements=prepared_statements,
        give_up_after=20,
    )
    try:
        counters.go()
        _, tills = counters.wait(timeout=240)
    finally:
        counters.kill()
    return secret, tills


def test_counters_sell_through_pgbouncer_without_an_error(
    postgres_url: str, bouncer: PgBouncer, tmp_path: Path
) -> None:
    try:
        secret, tills = _sell(postgres_url, bouncer, tmp_path, prepared_statements=False)
    finally:
        bouncer.close()
    verdict = check(postgres_url, secret, tills)
    assert verdict.problems == [], verdict.summary()
    assert verdict.acknowledged == verdict.found == COUNTERS * SALES_EACH
    assert (verdict.errors, verdict.duplicates, verdict.gaps) == (0, 0, 0)
    assert verdict.audit_ok


def test_prepared_statements_break_under_pgbouncer(
    postgres_url: str, bouncer: PgBouncer, tmp_path: Path
) -> None:
    """psycopg's default, which Counter turns off: the same tills fail through PgBouncer."""
    try:
        _, tills = _sell(postgres_url, bouncer, tmp_path, prepared_statements=True)
    finally:
        bouncer.close()
    errors = [str(e) for till in tills for e in till["errors"]]
    assert errors, "no till failed: the test no longer shows why prepared statements are off"
    assert any("prepared statement" in e for e in errors), errors[:5]
