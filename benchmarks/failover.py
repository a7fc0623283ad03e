"""A chain's database failing over while its counters sell: what the counters lose.

    python benchmarks/failover.py [--counters 8] [--sales 300] [--failovers 3] [--pause 1.0]

The loop of ``tests/e2e/test_failover.py`` (``tests/e2e/pg_servers.py``,
``tests/e2e/chain_worker.py``) at a larger size: a primary and its synchronous standby
of the benchmark's own (temporary folders, ports of their own), ``--counters`` counter
processes selling ``--sales`` top-ups each through the URL naming both hosts. At even
intervals of the acknowledged sales the primary is SIGKILLed, the standby promoted
``--pause`` seconds later, and the dead primary's place rebuilt as the new synchronous
standby (a base backup while the counters sell) before the next failover. Prints sales
acknowledged, found after the failovers, lost, duplicates, gaps, the downtime the
counters saw, and exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "e2e"))

from chain_worker import Counters, check, prepare
from pg_servers import start_pair

from counter_app.config import normalise_database_url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counters", type=int, default=8)
    parser.add_argument("--sales", type=int, default=300, help="per counter")
    parser.add_argument("--failovers", type=int, default=3)
    parser.add_argument("--pause", type=float, default=1.0, help="kill to promote, seconds")
    args = parser.parse_args()
    total = args.counters * args.sales
    pair = start_pair()
    try:
        pair.primary.execute("CREATE DATABASE counter")
        url = normalise_database_url(pair.url("counter"))
        with tempfile.TemporaryDirectory(prefix="counter-failover-") as folder:
            home = Path(folder)
            secret = home / "installation-secret.json"
            shop = prepare(url, secret, args.counters)
            counters = Counters(url, secret, shop, home / "tills", sales_each=args.sales)
            stalls: list[float] = []
            try:
                counters.go()
                for n in range(1, args.failovers + 1):
                    target = total * n // (args.failovers + 1)
                    while counters.acks() < target:
                        time.sleep(0.02)
                    at_kill = counters.acks()
                    killed = time.monotonic()
                    pair.fail_over(pause=args.pause)
                    while counters.acks() <= at_kill and counters.process.poll() is None:
                        time.sleep(0.01)
                    stalls.append(time.monotonic() - killed)
                    print(
                        f"failover {n}: primary killed at {at_kill} sales acknowledged; "
                        f"next sale acknowledged {stalls[-1]:.2f} s later",
                        flush=True,
                    )
                    if n < args.failovers:
                        started = time.monotonic()
                        pair.rebuild()
                        print(
                            f"  standby rebuilt and synchronous in "
                            f"{time.monotonic() - started:.1f} s",
                            flush=True,
                        )
                seconds, tills = counters.wait(timeout=3600)
            finally:
                counters.kill()
            verdict = check(url, secret, tills)
    finally:
        pair.close()
    outages = verdict.outages or [0.0]
    print(
        f"{args.counters} counters x {args.sales} sales, {args.failovers} failovers in "
        f"{seconds:.0f} s ({verdict.acknowledged / seconds:.1f} sales/s)\n"
        f"  sales acknowledged {verdict.acknowledged}, found after promotion {verdict.found}, "
        f"lost {verdict.lost}, duplicates {verdict.duplicates}, gaps {verdict.gaps}\n"
        f"  completions interrupted {verdict.interrupted} (already committed: "
        f"{verdict.committed_before_retry}), drafts left by retried starts "
        f"{verdict.drafts_left}, other errors {verdict.errors}, audit "
        f"{'ok' if verdict.audit_ok else 'BROKEN'}\n"
        f"  downtime: kill -> next sale acknowledged {statistics.median(stalls):.2f} s median, "
        f"{max(stalls):.2f} s max; banner per counter (first failure -> success) "
        f"{statistics.median(outages):.2f} s median, {max(outages):.2f} s max "
        f"({len(verdict.outages)} outages seen)"
    )
    for problem in verdict.problems:
        print(f"  PROBLEM: {problem}")
    return 1 if verdict.problems else 0


if __name__ == "__main__":
    sys.exit(main())
