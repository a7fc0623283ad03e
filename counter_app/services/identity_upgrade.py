"""Moving the stored identity hashes and masks of an older database to the current scheme.

Before schema 0007 the identity hash was HMAC-SHA256 under the installation secret and the
mask showed 4 of an HKID's 8 characters: with the secret file, every number was found by
trying the at most 1,000 the mask left (251 people in 0.5 s). The current hash is
:func:`~counter_app.domain.identity.slow_id_hash` of that HMAC, so it can be computed from
the stored value without the number, and the shorter mask from the stored mask. The key is
in the secret file, not in the database, so this runs at start-up once the secret is loaded,
not in the migration.
"""

from __future__ import annotations

import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Final

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.identity import remask, slow_id_hash
from counter_app.store.models import Customer, Installation

CURRENT_SCHEME: Final = 2
_HMAC_HEX: Final = re.compile(r"[0-9a-f]{64}")
_ROWS_PER_UPDATE: Final = 1000


def upgrade_identity_hashes(session: Session, installation: Installation, key: bytes) -> int:
    """Rewrite every customer's ``id_hash`` and ``id_masked`` in the current scheme, in the
    caller's transaction, and mark *installation* as done; the number of customers rewritten.

    Does nothing when the database is already in the current scheme. Crash-safe because it
    is one transaction: killed half-way, nothing is written and the next start does it all
    again. An erased identity (its hash a marker, not a hash) is left as it is.
    """
    if installation.id_hash_scheme >= CURRENT_SCHEME:
        return 0
    # Another counter on the same PostgreSQL may be starting too: one of them does the work,
    # the other waits here and then finds it done (SQLite's writes are serial anyway).
    session.refresh(installation, with_for_update=True)
    if installation.id_hash_scheme >= CURRENT_SCHEME:
        return 0
    started = time.perf_counter()
    rows = session.execute(
        select(Customer.id, Customer.id_type, Customer.id_hash, Customer.id_masked)
    ).all()
    hashed = [row for row in rows if _HMAC_HEX.fullmatch(row.id_hash)]
    # scrypt lets go of the interpreter lock, so each core hashes its share.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        new_hashes = dict(
            zip(
                (row.id for row in hashed),
                pool.map(partial(slow_id_hash, key), (row.id_hash for row in hashed)),
                strict=True,
            )
        )
    changes = [
        {
            "id": row.id,
            "id_hash": new_hashes.get(row.id, row.id_hash),
            "id_masked": remask(row.id_type, row.id_masked),
        }
        for row in rows
    ]
    for start in range(0, len(changes), _ROWS_PER_UPDATE):
        session.execute(update(Customer), changes[start : start + _ROWS_PER_UPDATE])
    installation.id_hash_scheme = CURRENT_SCHEME
    session.flush()
    log.services.info(
        "identity hashes: moved %d customers (%d hashes) to scheme %d in %.1f s",
        len(rows),
        len(hashed),
        CURRENT_SCHEME,
        time.perf_counter() - started,
    )
    return len(rows)
