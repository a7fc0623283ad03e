"""The audit chains' heads of a SQLite backup, written in a small text file beside it.

The heads are the newest entry's hash and the count of each chain at the moment of the
copy. Kept apart from the database, they let ``counter-app audit verify --expect HASH``
find out later whether the trail was cut back or rewound past that moment.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Final

from counter_app.files import write_atomically

SUFFIX: Final = ".audit-heads.txt"


def read_heads(copy: Path) -> list[tuple[str, int, str]]:
    """(chain name, entries, head hash) of each chain in the SQLite file *copy*."""
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as connection:
        try:
            rows = connection.execute(
                "SELECT h.chain, c.code, h.entries, h.last_hash FROM audit_head AS h "
                "LEFT JOIN counters AS c ON c.id = h.chain ORDER BY h.chain"
            ).fetchall()
        except sqlite3.OperationalError:
            # A schema from before per-counter chains (0008): one chain, counted here.
            (entries,) = connection.execute("SELECT count(*) FROM audit_events").fetchone()
            rows = [
                (0, None, entries, hash_)
                for (hash_,) in connection.execute("SELECT last_hash FROM audit_head")
            ]
    return [
        ("shop" if chain == 0 else str(code or f"counter #{chain}"), int(entries), str(hash_))
        for chain, code, entries, hash_ in rows
    ]


def write_beside(copy: Path) -> Path:
    """Write *copy*'s audit heads to COPY.audit-heads.txt; returns that file's path."""
    lines = [
        f"# Audit heads of {copy.name}: check the live database still holds them with",
        "#   counter-app audit verify --expect HASH",
        *(f"{name}\t{entries}\t{hash_}" for name, entries, hash_ in read_heads(copy)),
    ]
    target = copy.with_name(copy.name + SUFFIX)
    write_atomically(target, ("\n".join(lines) + "\n").encode(), overwrite=True)
    return target
