"""The primary dies in the middle of selling; its standby takes over; no sale is lost.

Two PostgreSQL clusters of the test's own on this machine (``pg_servers.start_pair``): a
primary whose commits wait for its synchronous streaming standby. Counter processes
(``chain_worker.py``) sell top-ups through the services with the URL a chain gives its
counters, naming both hosts with ``target_session_attrs=read-write``. Once a quarter of
the sales are acknowledged the primary is killed (every process of it SIGKILLed at once,
as a machine dies) and a second later the standby is promoted (``pg_ctl promote``).

The counters meet the database's failure as the environment's (``DatabaseUnavailable``:
the window's banner), press Retry as a clerk would (the same call again: a completion
keeps its sale UUID) and carry on against the new primary. Then: every acknowledged sale
is in the new primary, completed, with the number it was acknowledged with; no receipt
number is used twice, on paper or in the database; each counter's numbers have no gap;
the audit chains verify. ``benchmarks/failover.py`` does the same with more counters,
sales and failovers.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from chain_worker import Counters, check, prepare
from pg_servers import Pair, needed, postgres_bin, start_pair

from counter_app.config import normalise_database_url

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

COUNTERS = 4
SALES_EACH = 60
KILL_AFTER = COUNTERS * SALES_EACH // 4  # acknowledged sales


@pytest.fixture
def pair() -> Iterator[Pair]:
    needed("failover", postgres_bin)
    servers = start_pair()
    try:
        servers.primary.execute("CREATE DATABASE counter")
        yield servers
    finally:
        servers.close()


def test_no_acknowledged_sale_is_lost_when_the_primary_dies(pair: Pair, tmp_path: Path) -> None:
    url = normalise_database_url(pair.url("counter"))
    secret = tmp_path / "installation-secret.json"
    shop = prepare(url, secret, COUNTERS)
    counters = Counters(url, secret, shop, tmp_path / "tills", sales_each=SALES_EACH)
    try:
        counters.go()
        end = time.monotonic() + 60
        while counters.acks() < KILL_AFTER and time.monotonic() < end:
            time.sleep(0.02)
        acked_before = counters.acks()
        assert acked_before >= KILL_AFTER, counters.stderr()
        pair.fail_over(pause=1.0)
        _, tills = counters.wait(timeout=120)
    finally:
        counters.kill()
    assert pair.primary.execute("SELECT pg_is_in_recovery()") == [(False,)]

    verdict = check(url, secret, tills)
    assert verdict.problems == [], verdict.summary()
    assert verdict.acknowledged == verdict.found == COUNTERS * SALES_EACH
    assert (verdict.lost, verdict.duplicates, verdict.gaps) == (0, 0, 0)
    assert verdict.acknowledged - acked_before > 0, "no sale after the failover"
    # The counters saw the database go (the banner) and came back by themselves.
    assert verdict.retries > 0
    assert verdict.outages, "no counter noticed the failover"
    assert verdict.audit_ok

    # The check would see a sale acknowledged before the failover and missing after it,
    # and a number handed out twice.
    tills[0]["completed"].append(["DEMO-C1-999999", "00000000-0000-4000-8000-000000000000"])
    tills[1]["completed"].append([tills[1]["completed"][0][0], "00000000-0000-4000-8000-1"])
    caught = check(url, secret, tills)
    assert (caught.lost, caught.duplicates) == (2, 1), caught.summary()
