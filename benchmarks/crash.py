"""Crash safety at scale: a selling till killed with SIGKILL hundreds of times.

    python benchmarks/crash.py [--kills 200] [--max-life 0.4] [--seed 1]
                               [--pg postgresql://postgres@127.0.0.1:5432/test]

The loop of ``tests/e2e/test_crash.py`` (driver and till in ``tests/e2e/crash_worker.py``)
with more kills: a child sells top-ups and PIN vouchers at counters C1 and C2 in turn,
printing DRAFT after each start_sale and ACK after each completion; it is killed at a random
moment within ``--max-life`` seconds and started again, and each start completes the drafts
the previous crash left (``sales.unfinished_sales``). Prints kills, acknowledged sales, lost
sales (must be 0), drafts recovered, sales committed but killed before their ACK, drafts left
at the end, the integrity check (SQLite) and the audit verdict; exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "e2e"))

from crash_worker import check, crash_loop, prepare

from counter_app.config import normalise_database_url


def run(label: str, url: str, home: Path, *, kills: int, max_life: float, seed: int) -> bool:
    secret = home / "installation-secret.json"
    line_ids = prepare(url, secret)
    result = crash_loop(
        url, secret, line_ids, kills, seed=seed, max_life=max_life, stderr_path=home / "till.log"
    )
    verdict = check(url, result)
    print(
        f"{label}: kills {result.kills}, acked sales {len(result.acked)}, "
        f"lost {verdict.lost}, drafts recovered {len(result.recovered)}, "
        f"committed-but-unacked {verdict.committed_unacked}, drafts left {verdict.drafts_left}, "
        f"completed in db {verdict.completed}, integrity {verdict.integrity}, "
        f"problems {len(verdict.problems)} ({result.seconds:.0f} s)"
    )
    for problem in verdict.problems:
        print(f"  PROBLEM: {problem}")
    return not verdict.problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--max-life", type=float, default=0.4, help="seconds, at most")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg", default=None, help="also on this PostgreSQL server")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="counter-crash-") as folder:
        home = Path(folder)
        if not args.skip_sqlite:
            url = f"sqlite:///{home / 'crash.sqlite3'}"
            ok &= run("SQLite", url, home, kills=args.kills, max_life=args.max_life, seed=args.seed)
        if args.pg:
            import psycopg  # noqa: PLC0415 - PostgreSQL is optional

            base = normalise_database_url(args.pg)
            libpq = base.replace("postgresql+psycopg://", "postgresql://", 1).split("?", 1)[0]
            schema = f"bench_crash_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(libpq, autocommit=True) as connection:
                connection.execute(f'CREATE SCHEMA "{schema}"')
            try:
                url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
                pg_home = home / "pg"
                pg_home.mkdir()
                ok &= run(
                    "PostgreSQL",
                    url,
                    pg_home,
                    kills=args.kills,
                    max_life=args.max_life,
                    seed=args.seed,
                )
            finally:
                with psycopg.connect(libpq, autocommit=True) as connection:
                    connection.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
