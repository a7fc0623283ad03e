"""One dispatcher round in a process of its own, for ``outbox_rig.killed_mid_send``.

    python tests/services/outbox_worker.py --database-url URL --base-url URL --now ISO
                                           [--name NAME] [--timeout-s 120]

Claims due jobs at the given moment (the test's clock, not this machine's) and sends them
to the DT One server at ``--base-url`` with the key and secret from the environment
(``COUNTER_TEST_DTONE_KEY`` / ``_SECRET``: never on a command line, where ``ps`` shows
it). The test kills it with SIGKILL while the server holds the answer.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter_app.providers.dtone import DtOneProvider
from counter_app.services.outbox import Dispatcher
from counter_app.store.engine import Database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--now", required=True, type=datetime.fromisoformat)
    parser.add_argument("--name", default="worker")
    parser.add_argument("--timeout-s", type=float, default=120.0)
    args = parser.parse_args()
    provider = DtOneProvider(
        args.base_url,
        os.environ["COUNTER_TEST_DTONE_KEY"],
        os.environ["COUNTER_TEST_DTONE_SECRET"],
        timeout_s=args.timeout_s,
    )
    db = Database(args.database_url)
    try:
        dispatcher = Dispatcher(
            db, name=args.name, fulfilment={"dtone": provider}, clock=lambda: args.now
        )
        dispatcher.run_once(batch=1)
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
