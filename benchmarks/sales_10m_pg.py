"""The 10,000,000-sale benchmark shop on PostgreSQL: a copy of the SQLite one, in a schema.

    python benchmarks/sales_10m_pg.py --pg postgresql+psycopg://postgres@127.0.0.1:5432/test
                                      [--db /tmp/counter-bench/sales-10m.sqlite3]
                                      [--sales 10000000] [--lines 1000000]
                                      [--schema bench_sales_10m]

``ensure_pg_database`` builds (or reuses) ``benchmarks/sales_10m.py``'s SQLite file, then
copies it into the PostgreSQL schema ``--schema`` of its own (dropped and made again when it
does not hold a finished copy of the same size): the real schema through Alembic, then
every table streamed by the ``sqlite3`` shell as CSV into ``COPY ... FROM STDIN`` (C on
both sides, no Python per row), with foreign-key triggers off
(``session_replication_role = replica``) and the big tables' secondary indexes dropped
during the copy and made again after it. The day summaries are not copied: they are
rebuilt from the copied rows on PostgreSQL after a ``VACUUM ANALYZE`` (the time is
printed). A ``bench_pg_copy`` setting marks a finished copy; the next run reuses it.
Returns the URL with ``search_path`` set to the schema.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Final

import psycopg
from sales_10m import BIG_TABLES, DEFAULT_PATH, ensure_database, read_marker

from counter_app.services import day_summaries
from counter_app.store.engine import Database
from counter_app.store.schema import head_revision, upgrade

DEFAULT_SCHEMA: Final = "bench_sales_10m"
MARKER_KEY: Final = "bench_pg_copy"
NOT_COPIED: Final = ("alembic_version", "sales_day_summaries", "tender_day_summaries")
CHUNK: Final = 1 << 20


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def schema_url(url: str, schema: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{schema}"


def _say(started: float, what: str) -> None:
    print(f"  {time.perf_counter() - started:7.1f} s  {what}", file=sys.stderr, flush=True)


def _copied(url: str, schema: str) -> dict[str, object] | None:
    with psycopg.connect(_libpq(url), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = %s "
            "AND table_name = 'settings'",
            (schema,),
        ).fetchone()
        if exists is None:
            return None
        found = connection.execute(
            f'SELECT value FROM "{schema}".settings WHERE key = %s',  # noqa: S608 - our name
            (MARKER_KEY,),
        ).fetchone()
        revision = connection.execute(
            f'SELECT version_num FROM "{schema}".alembic_version'  # noqa: S608 - our name
        ).fetchone()
    if found is None or revision is None or revision[0] != head_revision():
        return None
    return dict(json.loads(found[0]))


def ensure_pg_database(
    url: str,
    path: Path = DEFAULT_PATH,
    sales: int = 10_000_000,
    lines: int = 1_000_000,
    schema: str = DEFAULT_SCHEMA,
) -> str:
    """The benchmark shop in *schema* at *url*: reused or copied from the SQLite file."""
    source = ensure_database(path, sales, lines)
    marker = read_marker(source)
    if marker is None:
        raise ValueError(f"{source} is not a benchmark database")
    copied = _copied(url, schema)
    if copied is not None and copied.get("built") == marker["built"]:
        return schema_url(url, schema)
    started = time.perf_counter()
    _copy(url, schema, source)
    print(f"copied {source} to {schema} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return schema_url(url, schema)


def _copy(url: str, schema: str, source: Path) -> None:
    started = time.perf_counter()
    with psycopg.connect(_libpq(url), autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        connection.execute(f'CREATE SCHEMA "{schema}"')
    target = schema_url(url, schema)
    db = Database(target)
    try:
        upgrade(db)
    finally:
        db.dispose()
    _say(started, "schema")
    with psycopg.connect(_libpq(target)) as connection:
        connection.execute("SET session_replication_role = replica")
        connection.execute("SET TIME ZONE 'UTC'")  # SQLite holds naive UTC text
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                (schema,),
            )
            if row[0] not in NOT_COPIED
        ]
        indexes = connection.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = %s "
            "AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname)",
            (schema, list(BIG_TABLES)),
        ).fetchall()
        for name, _definition in indexes:
            connection.execute(f'DROP INDEX "{name}"')
        for table in tables:
            connection.execute(f'TRUNCATE "{table}" CASCADE')
        for table in tables:
            _copy_table(connection, source, table)
            _say(started, f"copied {table}")
        serials = connection.execute(
            "SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), 'id') "
            "FROM information_schema.columns WHERE table_schema = %s AND column_name = 'id'",
            (schema,),
        ).fetchall()
        for table, sequence in serials:
            if sequence is not None:
                connection.execute(
                    f'SELECT setval(%s, (SELECT coalesce(max(id), 0) + 1 FROM "{table}"), false)',  # noqa: S608 - our names
                    (sequence,),
                )
        connection.commit()
        for _name, definition in indexes:
            connection.execute(definition)
        connection.commit()
        _say(started, f"{len(indexes)} indexes made again")
    with psycopg.connect(_libpq(target), autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")  # the planner's statistics and the hint bits
    _say(started, "VACUUM ANALYZE")
    db = Database(target)
    try:
        began = time.perf_counter()
        with db.write() as session:
            day_summaries.refill(session)
        print(
            f"  rebuilt the day summaries on PostgreSQL in {time.perf_counter() - began:.1f} s",
            file=sys.stderr,
            flush=True,
        )
    finally:
        db.dispose()
    with psycopg.connect(_libpq(target), autocommit=True) as connection:
        connection.execute("ANALYZE")
        marker = read_marker(source)
        connection.execute(
            "INSERT INTO settings (shop_id, key, value) VALUES (1, %s, %s)",
            (MARKER_KEY, json.dumps({"built": (marker or {}).get("built"), "from": str(source)})),
        )
    _say(started, "summaries, ANALYZE and marker")


def _copy_table(
    connection: psycopg.Connection[tuple[object, ...]], source: Path, table: str
) -> None:
    columns = connection.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    selected = []
    for name, data_type in columns:
        if data_type == "bytea":
            selected.append(
                f'CASE WHEN "{name}" IS NULL THEN NULL ELSE \'\\x\' || hex("{name}") END'
            )
        else:
            selected.append(f'"{name}"')
    names = ", ".join(f'"{name}"' for name, _ in columns)
    shell = subprocess.Popen(
        [
            "sqlite3",
            "-readonly",
            "-csv",
            "-nullvalue",
            "\\N",
            str(source),
            f'SELECT {", ".join(selected)} FROM "{table}"',  # noqa: S608 - column names
        ],
        stdout=subprocess.PIPE,
    )
    assert shell.stdout is not None
    with connection.cursor().copy(
        f"COPY \"{table}\" ({names}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"
    ) as copy:
        while chunk := shell.stdout.read(CHUNK):
            copy.write(chunk)
    if shell.wait() != 0:
        raise RuntimeError(f"sqlite3 failed on {table}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, metavar="URL", help="postgresql+psycopg://...")
    parser.add_argument("--db", type=Path, default=DEFAULT_PATH, help="the SQLite shop")
    parser.add_argument("--sales", type=int, default=10_000_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--schema", default=DEFAULT_SCHEMA)
    args = parser.parse_args()
    print(ensure_pg_database(args.pg, args.db, args.sales, args.lines, args.schema))


if __name__ == "__main__":
    main()
