"""Settings: file, environment and command line, and every way they can be wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counter_app.config import (
    SettingsError,
    describe_database_url,
    describe_settings,
    load_settings,
    normalise_database_url,
    redact_database_url,
)


def write_settings(home: Path, text: str) -> Path:
    path = home / "config" / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_put_the_database_in_the_data_directory(counter_home: Path) -> None:
    settings = load_settings()
    assert settings.database_url == f"sqlite:///{counter_home / 'data' / 'counter.sqlite3'}"
    assert settings.language == "zh_HK"
    assert settings.sources["language"] == "default"


def test_demo_uses_its_own_database(counter_home: Path) -> None:
    settings = load_settings(demo=True)
    assert settings.database_url.endswith("/data/demo.sqlite3")
    assert settings.sources["database_url"] == "--demo"


def test_demo_and_an_explicit_database_are_refused(counter_home: Path) -> None:
    with pytest.raises(SettingsError, match="--demo uses its own demo database"):
        load_settings({"database_url": "sqlite:////tmp/x.sqlite3"}, demo=True)


def test_precedence_is_file_then_environment_then_option(
    counter_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_settings(counter_home, 'language = "en"\nlog_level = "DEBUG"\ncounter = "C2"\n')
    monkeypatch.setenv("COUNTER_LANGUAGE", "zh_CN")
    settings = load_settings({"language": "zh_HK"})
    assert settings.language == "zh_HK"
    assert settings.sources["language"] == "--language"
    assert settings.log_level == "DEBUG"
    assert settings.sources["log_level"] == str(path)
    assert settings.counter == "C2"
    monkeypatch.setenv("COUNTER_LOG_LEVEL", "ERROR")
    assert load_settings().log_level == "ERROR"
    assert load_settings().language == "zh_CN"


def test_malformed_toml_names_the_file_and_the_line(counter_home: Path) -> None:
    path = write_settings(counter_home, 'language = "en"\nlog_level = \n')
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert str(path) in message
    assert "not valid TOML" in message
    assert "line 2" in message


def test_unknown_key_names_file_key_and_suggests(counter_home: Path) -> None:
    path = write_settings(counter_home, 'langauge = "en"\n')
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert str(path) in message
    assert "'langauge' is not a setting" in message
    assert "did you mean 'language'" in message
    assert "allowed: database_url, database_pooler, language" in message


def test_bad_value_says_what_is_allowed(counter_home: Path) -> None:
    path = write_settings(counter_home, 'language = "fr"\n')
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value) == (
        f"{path}: language = 'fr' is not allowed; allowed: zh_HK | en | zh_CN"
    )


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("log_keep_files = 0\n", "a whole number from 1 to 1000"),
        ('log_keep_files = "many"\n', "a whole number from 1 to 1000"),
        ("log_keep_files = true\n", "a whole number from 1 to 1000"),
        ('counter = "柜台 1"\n', "up to 16 letters"),
        ("[language]\nzh = 1\n", "is a table"),
        ('database_url = "mysql://x@y/z"\n', "unsupported database type 'mysql'"),
        ('database_url = "sqlite://"\n', "in-memory SQLite database"),
    ],
)
def test_each_bad_value_is_explained(counter_home: Path, text: str, fragment: str) -> None:
    write_settings(counter_home, text)
    with pytest.raises(SettingsError, match=fragment):
        load_settings()


def test_non_utf8_file_is_explained(counter_home: Path) -> None:
    (counter_home / "config" / "settings.toml").write_bytes('language = "繁"'.encode("big5"))
    with pytest.raises(SettingsError, match="is not UTF-8 text"):
        load_settings()


def test_unknown_environment_variable_is_reported(
    counter_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_DATABSE_URL", "sqlite:////tmp/x.sqlite3")
    with pytest.raises(SettingsError, match="did you mean COUNTER_DATABASE_URL"):
        load_settings()


def test_bad_environment_value_names_the_variable(
    counter_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_LOG_LEVEL", "LOUD")
    with pytest.raises(SettingsError, match="environment variable COUNTER_LOG_LEVEL"):
        load_settings()


def test_the_pooler_setting_turns_prepared_statements_off(
    counter_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_settings().prepared_statements is True
    monkeypatch.setenv("COUNTER_DATABASE_POOLER", "transaction")
    settings = load_settings()
    assert (settings.database_pooler, settings.prepared_statements) == ("transaction", False)
    assert ("database_pooler", "transaction", "COUNTER_DATABASE_POOLER") in describe_settings(
        settings
    )
    monkeypatch.setenv("COUNTER_DATABASE_POOLER", "pgbouncer")
    with pytest.raises(SettingsError, match=re.escape("allowed: none | transaction")):
        load_settings()


def test_environment_integer_is_parsed(counter_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTER_LOG_KEEP_FILES", "12")
    assert load_settings().log_keep_files == 12


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h:5433/db", "postgresql+psycopg://u@h:5433/db"),
        ("postgresql+psycopg2://u@h/db", None),
        # A primary and its standby, as libpq writes them: the hosts move into the query,
        # SQLAlchemy's form for several hosts (its address takes only one).
        (
            "postgresql://counter@db1:5432,db2:5433/counter?target_session_attrs=read-write",
            "postgresql+psycopg://counter@/counter"
            "?host=db1:5432&host=db2:5433&target_session_attrs=read-write",
        ),
        ("postgresql://u:p%40ss@h1,h2/db", "postgresql+psycopg://u:p%40ss@/db?host=h1&host=h2"),
        (
            "postgresql://u@/db?host=h1:5432&host=h2:5432",
            "postgresql+psycopg://u@/db?host=h1:5432&host=h2:5432",
        ),
        ("sqlite:////var/x.sqlite3", "sqlite:////var/x.sqlite3"),
        ("  sqlite+pysqlite:///rel.db ", "sqlite:///rel.db"),
    ],
)
def test_database_urls_are_normalised(url: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(ValueError, match="unsupported database type"):
            normalise_database_url(url)
    else:
        assert normalise_database_url(url) == expected


def test_passwords_never_appear_in_descriptions() -> None:
    url = "postgresql+psycopg://clerk:s3cret@db.shop.local:5432/counter"
    assert "s3cret" not in describe_database_url(url)
    assert describe_database_url(url) == "PostgreSQL clerk@db.shop.local:5432/counter"
    assert redact_database_url(url) == "postgresql+psycopg://clerk:***@db.shop.local:5432/counter"


def test_several_hosts_reach_psycopg_and_the_description() -> None:
    from sqlalchemy.engine import make_url

    url = normalise_database_url(
        "postgresql://clerk:s3cret@db1.shop:5432,db2.shop:5433/counter"
        "?target_session_attrs=read-write"
    )
    assert describe_database_url(url) == "PostgreSQL clerk@db1.shop:5432,db2.shop:5433/counter"
    assert "s3cret" not in redact_database_url(url)
    dialect = make_url(url).get_dialect()()
    _, arguments = dialect.create_connect_args(make_url(url))
    assert arguments["host"] == "db1.shop,db2.shop"
    assert arguments["port"] == "5432,5433"
    assert arguments["target_session_attrs"] == "read-write"


def test_a_pasted_line_end_is_not_part_of_a_name(
    counter_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Copied from a list with its line end: the printer and the counter are still found.
    monkeypatch.setenv("COUNTER_PRINTER", "Front Desk EPSON\r\n")
    monkeypatch.setenv("COUNTER_COUNTER", "C2\n")
    settings = load_settings()
    assert settings.printer == "Front Desk EPSON"
    assert settings.counter == "C2"
    monkeypatch.setenv("COUNTER_PRINTER", "Front\nDesk")  # inside a name, still refused
    with pytest.raises(SettingsError):
        load_settings()
