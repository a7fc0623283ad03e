"""A till killed with SIGKILL at random moments loses no acknowledged sale.

A child process sells in a loop (``crash_worker.py``), printing ``DRAFT <uuid>`` after
start_sale and ``ACK <receipt_no> <uuid>`` after each completion returns; the test kills it
at random moments and starts it again, which first completes the drafts the crash left.
Afterwards: every acknowledged sale is in the database, completed, with its number; the
numbers of each counter are 1..N without a gap; every announced draft that was never
acknowledged was either committed just before the kill or is offered again by
``sales.unfinished_sales``; SQLite's integrity check passes; the audit chain verifies.

COUNTER_CRASH_KILLS sets the number of kills (default 15 per database); the benchmark
(``benchmarks/crash.py``) runs the same loop with hundreds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from crash_worker import check, crash_loop, prepare

pytestmark = pytest.mark.slow

# Read at import: the counter_home fixture clears COUNTER_* variables before each test.
KILLS = int(os.environ.get("COUNTER_CRASH_KILLS", "") or 15)


def test_no_acknowledged_sale_is_lost_when_the_till_is_killed(
    database_url: str, tmp_path: Path
) -> None:
    kills = KILLS
    secret = tmp_path / "installation-secret.json"
    line_ids = prepare(database_url, secret)
    run = crash_loop(
        database_url,
        secret,
        line_ids,
        kills,
        seed=kills,
        stderr_path=tmp_path / "till.stderr",
    )
    verdict = check(database_url, run)
    assert verdict.problems == [], (verdict.problems, (tmp_path / "till.stderr").read_text())
    assert run.kills == kills
    assert verdict.lost == 0
    assert run.acked, "the till never completed a sale before being killed"
    assert verdict.completed >= len(run.acked)
    if database_url.startswith("sqlite"):
        assert verdict.integrity == "ok"
    # The check itself would see a lost sale: acknowledge one the database never saw.
    run.acked["00000000-0000-4000-8000-000000000000"] = "DEMO-C1-999999"
    assert check(database_url, run).lost == 1
