"""50 counters through PgBouncer in transaction mode, against 50 direct connections.

    python benchmarks/pooler.py [--counters 50] [--sales 20] [--pool-size 10]

A PostgreSQL cluster of the benchmark's own (a temporary folder, a port of its own, so
the shared test server's connection limit is not touched) and a PgBouncer pooling by
transaction in front of it (``--pool-size`` server connections). ``--counters`` counter
processes (``tests/e2e/chain_worker.py``) sell ``--sales`` top-ups each, all at once, on a
fresh shop per run, four ways: direct and through PgBouncer, each with server-side
prepared statements (psycopg prepares a statement after five runs; Counter's default) and
without them (``database_pooler = transaction``). Prints sales/s, errors, and the server
connections each way used.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "e2e"))

from chain_worker import Counters, check, prepare
from pg_servers import Cluster, start_pgbouncer

from counter_app.config import normalise_database_url


def _peak_connections(
    cluster: Cluster, dbname: str, stop: threading.Event, peak: list[int]
) -> None:
    while not stop.is_set():
        rows = cluster.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (dbname,)
        )
        peak[0] = max(peak[0], int(rows[0][0]))
        stop.wait(0.2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counters", type=int, default=50)
    parser.add_argument("--sales", type=int, default=20, help="per counter")
    parser.add_argument("--pool-size", type=int, default=10)
    args = parser.parse_args()
    cluster = Cluster.create("pooler", max_connections="300")
    bouncers = []
    ok = True
    try:
        cluster.start()
        with tempfile.TemporaryDirectory(prefix="counter-pooler-") as folder:
            home = Path(folder)
            for n, (via, prepared) in enumerate(
                [("direct", False), ("pgbouncer", False), ("direct", True), ("pgbouncer", True)]
            ):
                dbname = f"shop{n}"
                cluster.execute(f"CREATE DATABASE {dbname}")
                direct = normalise_database_url(
                    f"postgresql://postgres@127.0.0.1:{cluster.port}/{dbname}"
                )
                secret = home / f"secret{n}.json"
                shop = prepare(direct, secret, args.counters)
                url = direct
                if via == "pgbouncer":
                    bouncer = start_pgbouncer(
                        host="127.0.0.1",
                        port=cluster.port,
                        dbname=dbname,
                        pool_size=args.pool_size,
                    )
                    bouncers.append(bouncer)
                    url = bouncer.url()
                counters = Counters(
                    url,
                    secret,
                    shop,
                    home / f"tills{n}",
                    sales_each=args.sales,
                    prepared_statements=prepared,
                    give_up_after=30,
                )
                stop, peak = threading.Event(), [0]
                watcher = threading.Thread(
                    target=_peak_connections, args=(cluster, dbname, stop, peak)
                )
                watcher.start()
                try:
                    counters.go()
                    seconds, tills = counters.wait(timeout=1800)
                finally:
                    stop.set()
                    watcher.join()
                    counters.kill()
                verdict = check(direct, secret, tills)
                kinds = sorted({e.split(":")[0] for t in tills for e in t["errors"]})
                setting = "on (direct)" if prepared else "off (database_pooler = transaction)"
                label = f"{via}, prepared statements {setting}"
                print(
                    f"{label}: {verdict.acknowledged}/{args.counters * args.sales} sales in "
                    f"{seconds:.1f} s = {verdict.acknowledged / seconds:.1f} sales/s, "
                    f"errors {verdict.errors} {kinds if kinds else ''}, lost {verdict.lost}, "
                    f"duplicates {verdict.duplicates}, gaps {verdict.gaps}, peak server "
                    f"connections {peak[0]}",
                    flush=True,
                )
                if not prepared and verdict.problems:
                    ok = False
                    for problem in verdict.problems:
                        print(f"  PROBLEM: {problem}")
    finally:
        for bouncer in bouncers:
            bouncer.close()
        cluster.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
