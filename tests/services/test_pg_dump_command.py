"""The pg_dump command `counter-app backup` prints for a PostgreSQL database."""

from __future__ import annotations

from counter_app.config import normalise_database_url
from counter_app.services.backup import pg_dump_command


def test_one_server_is_named_by_host_and_port() -> None:
    url = normalise_database_url("postgresql://counter:pw@db1.shop:5433/counter")
    command = pg_dump_command(url)
    assert command.startswith("pg_dump --format=custom --file=counter-")
    assert command.endswith("--host=db1.shop --port=5433 --username=counter counter")
    assert "pw" not in command.replace("pg_dump", "")


def test_a_primary_and_its_standby_dump_whichever_is_the_primary() -> None:
    url = normalise_database_url(
        "postgresql://counter:pw@db1.shop:5432,db2.shop:5432/counter"
        "?target_session_attrs=read-write"
    )
    command = pg_dump_command(url)
    assert command.endswith(
        "'--dbname=postgresql://counter@db1.shop:5432,db2.shop:5432/counter"
        "?target_session_attrs=read-write'"
    )
    assert ":pw@" not in command
