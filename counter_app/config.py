"""Settings and paths: a TOML file in the user config directory plus COUNTER_* variables.

Precedence, lowest to highest: built-in default, the settings file, the environment,
the command line. Every problem is reported as a :class:`SettingsError` naming where the
value came from (file and key, or variable), what is wrong and what is allowed.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
from urllib.parse import parse_qsl, unquote, urlsplit

import platformdirs

APP_NAME: Final = "counter-app"
SETTINGS_FILE_NAME: Final = "settings.toml"
ENV_PREFIX: Final = "COUNTER_"
LANGUAGES: Final = ("zh_HK", "en", "zh_CN")
LOG_LEVELS: Final = ("DEBUG", "INFO", "WARNING", "ERROR")

# Variables that place the directories themselves (so they cannot live in the file).
PATH_VARIABLES: Final = {
    "COUNTER_CONFIG_DIR": "config directory",
    "COUNTER_DATA_DIR": "data directory",
    "COUNTER_LOG_DIR": "log directory",
}
# The test suite's own variables (tests/conftest.py), not settings of the program.
_IGNORED_VARIABLE_PREFIX: Final = "COUNTER_TEST_"


class SettingsError(Exception):
    """A settings problem the user has to fix; the message says where and how."""


@dataclass(frozen=True)
class Paths:
    """Every place on disk Counter reads or writes."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE_NAME

    @property
    def log_file(self) -> Path:
        return self.log_dir / "counter.log"

    @property
    def default_database(self) -> Path:
        return self.data_dir / "counter.sqlite3"

    @property
    def demo_database(self) -> Path:
        return self.data_dir / "demo.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Paths:
        def pick(variable: str, default: str) -> Path:
            value = environ.get(variable, "").strip()
            return Path(value).expanduser() if value else Path(default)

        return cls(
            config_dir=pick(
                "COUNTER_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, appauthor=False)
            ),
            data_dir=pick(
                "COUNTER_DATA_DIR", platformdirs.user_data_dir(APP_NAME, appauthor=False)
            ),
            log_dir=pick("COUNTER_LOG_DIR", platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )


# --- database URLs ----------------------------------------------------------------------

_SQLITE_SCHEMES: Final = ("sqlite", "sqlite+pysqlite")
_POSTGRES_SCHEMES: Final = ("postgresql", "postgresql+psycopg", "postgres")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def normalise_database_url(url: str) -> str:
    """Return the SQLAlchemy URL Counter uses for *url*, or raise ValueError saying why not.

    PostgreSQL always goes through psycopg 3, whatever driver the URL names.
    """
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    scheme = scheme.lower()
    if sep and scheme in _SQLITE_SCHEMES and rest in ("", "/"):
        rest = "/:memory:"
    if not sep or not rest:
        raise ValueError(
            "is not a database URL; use sqlite:///PATH/TO/FILE.sqlite3 "
            "or postgresql://USER@HOST:PORT/DATABASE"
        )
    if scheme in _SQLITE_SCHEMES:
        path = rest[1:] if rest.startswith("/") else ""
        if not path or path.startswith(":memory:") or path.startswith("file::memory:"):
            raise ValueError(
                "names an in-memory SQLite database, which would lose every sale; "
                "use sqlite:///PATH/TO/FILE.sqlite3"
            )
        return f"sqlite:///{path}"
    if scheme in _POSTGRES_SCHEMES:
        rest = _hosts_into_query(rest)
        if not urlsplit(f"postgresql://{rest}").hostname and "host=" not in rest:
            raise ValueError("names no PostgreSQL server; use postgresql://USER@HOST:PORT/DATABASE")
        return f"postgresql+psycopg://{rest}"
    raise ValueError(
        f"uses the unsupported database type '{scheme}'; "
        "allowed: sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE"
    )


def _hosts_into_query(rest: str) -> str:
    """libpq's several hosts (``u@h1:5432,h2:5433/db``) as SQLAlchemy takes them.

    SQLAlchemy reads only one host from the address, so ``h1:5432,h2:5433`` moves into the
    query as ``?host=h1:5432&host=h2:5433`` (its documented form for fallback hosts), which
    psycopg hands to libpq as ``host=h1,h2 port=5432,5433``. One host is left as it is.
    """
    address_end = len(rest)
    for mark in "/?":
        found = rest.find(mark)
        if found != -1:
            address_end = min(address_end, found)
    address, after = rest[:address_end], rest[address_end:]
    user, at, hosts = address.rpartition("@")
    if "," not in hosts:
        return rest
    path, question, query = after.partition("?")
    moved = "&".join(f"host={host}" for host in hosts.split(",") if host)
    query = f"{moved}&{query}" if question and query else moved
    return f"{user}{at}{path or '/'}?{query}"


def database_hosts(url: str) -> list[str]:
    """The PostgreSQL servers *url* names, each ``HOST`` or ``HOST:PORT``, in order."""
    scheme, _, rest = url.partition("://")
    parts = urlsplit(f"{scheme}://{_hosts_into_query(rest)}")
    listed = [value for name, value in parse_qsl(parts.query) if name == "host" and value]
    if listed:
        return [host for value in listed for host in value.split(",")]
    if not parts.hostname:
        return []
    return [f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname]


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for any other database."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in _SQLITE_SCHEMES:
        return None
    return Path(unquote(rest[1:].split("?", 1)[0]))


def describe_database_url(url: str) -> str:
    """A one-line, password-free description of a database for people to read."""
    path = sqlite_path(url)
    if path is not None:
        return f"SQLite {path}"
    scheme, _, rest = url.partition("://")
    parts = urlsplit(f"{scheme}://{_hosts_into_query(rest)}")
    user = f"{unquote(parts.username)}@" if parts.username else ""
    database = parts.path.lstrip("/")
    return f"PostgreSQL {user}{','.join(database_hosts(url))}/{database}"


def redact_database_url(url: str) -> str:
    """The URL with any password replaced by ***, for printing and logging."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


# --- the settings schema ----------------------------------------------------------------


@dataclass(frozen=True)
class _Key:
    name: str
    allowed: str
    parse: Callable[[object], object]
    default: object


def _choice(*choices: str) -> Callable[[object], object]:
    def parse(value: object) -> object:
        if not isinstance(value, str) or value not in choices:
            raise ValueError
        return value

    return parse


def _counter_code(value: object) -> object:
    # Outer whitespace (a pasted code's line end) is not part of it.
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_-]{0,16}", value.strip()):
        raise ValueError
    return value.strip()


def _database_url(value: object) -> object:
    if not isinstance(value, str):
        raise ValueError
    try:
        return normalise_database_url(value)
    except ValueError as exc:
        raise _BadValue(str(exc)) from None


def _positive_int(value: object) -> object:
    if isinstance(value, str) and value.strip().isdecimal():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        raise ValueError
    return value


def _flag(value: object) -> object:
    if isinstance(value, str):
        value = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}.get(
            value.strip().lower(), value
        )
    if not isinstance(value, bool):
        raise ValueError
    return value


def _copies(value: object) -> object:
    number = _positive_int(value)
    if not isinstance(number, int) or number > 5:
        raise ValueError
    return number


def _printer_name(value: object) -> object:
    # A CUPS queue or Windows printer name; no control characters (it reaches the driver).
    # Outer whitespace (a pasted name's line end) is dropped first, not refused.
    if not isinstance(value, str) or len(value.strip()) > 200 or not value.strip().isprintable():
        raise ValueError
    return value.strip()


def _screen_name(value: object) -> object:
    # "" (no customer's screen), "auto", a screen's number (1 = the first) or its name as
    # the system gives it ("HDMI-2"); printable, outer whitespace dropped.
    if not isinstance(value, str) or len(value.strip()) > 100 or not value.strip().isprintable():
        raise ValueError
    return value.strip()


def _base_url(value: object) -> object:
    # A provider's address: http(s)://host[:port][/path], no credentials in it (they live
    # in the installation's secret file), no query.
    if not isinstance(value, str):
        raise ValueError
    text = value.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError
    if parts.username or parts.password:
        raise _BadValue(
            "must not hold a user name or password: keep them in the secret file "
            "(counter-app outbox credentials)"
        )
    if parts.query or parts.fragment:
        raise ValueError
    return text


def _host_port(value: object) -> object:
    if not isinstance(value, str):
        raise ValueError
    text = value.strip()
    if text == "":
        return ""
    host, _, port = text.rpartition(":")
    if not host or not port.isdecimal() or not 1 <= int(port) <= 65535:
        raise ValueError
    if not re.fullmatch(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:]+\]", host):
        raise ValueError
    return text


def _sender_id(value: object) -> object:
    # An SMS sender: a registered "#" ID (OFCA), letters and digits, or a phone number.
    if not isinstance(value, str) or not re.fullmatch(r"#?[A-Za-z0-9 +]{0,11}", value.strip()):
        raise ValueError
    return value.strip()


def _rate(value: object) -> object:
    if isinstance(value, str) and value.strip().isdecimal():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
        raise ValueError
    return value


def _drawer_printer(value: object) -> object:
    # One argument of lp: never an option.
    name = _printer_name(value)
    if isinstance(name, str) and name.startswith("-"):
        raise ValueError
    return name


def _drawer_pin(value: object) -> object:
    if isinstance(value, str) and value.strip() in ("2", "5"):
        value = int(value.strip())
    if isinstance(value, bool) or value not in (2, 5):
        raise ValueError
    return value


def _pulse_ms(value: object) -> object:
    if isinstance(value, str) and value.strip().isdecimal():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 2 <= value <= 510:
        raise ValueError
    return value


class _BadValue(ValueError):
    """A bad value with a specific explanation instead of the generic 'allowed' text."""


_KEYS: Final = {
    key.name: key
    for key in (
        _Key(
            "database_url",
            "sqlite:///PATH/TO/FILE.sqlite3 or postgresql://USER@HOST:PORT/DATABASE",
            _database_url,
            None,
        ),
        _Key(
            "database_pooler",
            "none | transaction: what stands between the counters and PostgreSQL; "
            "transaction = a pooler that lends server connections by transaction "
            "(PgBouncer's pool_mode = transaction), so no server-side prepared statements",
            _choice("none", "transaction"),
            "none",
        ),
        _Key("language", " | ".join(LANGUAGES), _choice(*LANGUAGES), "zh_HK"),
        _Key("log_level", " | ".join(LOG_LEVELS), _choice(*LOG_LEVELS), "INFO"),
        _Key(
            "counter",
            "the code of this PC's counter: up to 16 letters, digits, '-' or '_' "
            '("" = the first counter of the shop)',
            _counter_code,
            "",
        ),
        _Key("log_keep_files", "a whole number from 1 to 1000", _positive_int, 5),
        _Key(
            "idle_lock_minutes",
            "minutes without a key or click before the counter locks: 1 to 1000",
            _positive_int,
            5,
        ),
        _Key(
            "printer",
            'the printer for receipts, as the system names it ("" = the system\'s default)',
            _printer_name,
            "",
        ),
        _Key(
            "print_automatically",
            "true | false: print the receipt as soon as a sale completes",
            _flag,
            False,
        ),
        _Key("print_copies", "copies of each receipt: 1 to 5", _copies, 1),
        _Key(
            "customer_screen",
            'the screen facing the customer: "" (none), "auto" (a screen the counter\'s '
            'window is not on), a screen\'s number (1, 2, ...) or its name ("HDMI-2")',
            _screen_name,
            "",
        ),
        _Key(
            "outbox_dispatch",
            "true | false: this program sends the outbox's jobs (carriers, SMS) in the "
            "background; false where a shop's server runs `counter-app outbox run`",
            _flag,
            True,
        ),
        _Key(
            "dtone_url",
            "DT One's API address: https://preprod-dvs-api.dtone.com/v1 (sandbox), "
            "https://dvs-api.dtone.com/v1 (production), or a test server's http://HOST:PORT",
            _base_url,
            "https://preprod-dvs-api.dtone.com/v1",
        ),
        _Key(
            "dtone_rate",
            "requests a second to DT One at most: 1 to 100",
            _rate,
            10,
        ),
        _Key(
            "sms_gateway",
            "none | smpp | http: how confirmation texts are sent (none: they wait)",
            _choice("none", "smpp", "http"),
            "none",
        ),
        _Key(
            "smpp_address",
            "the SMSC's HOST:PORT for SMPP",
            _host_port,
            "",
        ),
        _Key(
            "sms_http_url",
            "the HTTP gateway's address (Twilio's Messages API): https://api.twilio.com",
            _base_url,
            "https://api.twilio.com",
        ),
        _Key(
            "sms_sender",
            'the sender shown on texts: a "#" ID registered with OFCA, up to 11 letters and '
            "digits, or a phone number",
            _sender_id,
            "",
        ),
        _Key("sms_rate", "texts a second at most: 1 to 100", _rate, 5),
        _Key(
            "drawer_printer",
            'the printer queue the cash drawer hangs on, sent raw ("" = no drawer)',
            _drawer_printer,
            "",
        ),
        _Key("drawer_pin", "the drawer port's pin: 2 | 5", _drawer_pin, 2),
        _Key("drawer_on_ms", "the drawer's pulse: 2 to 510 ms", _pulse_ms, 50),
        _Key("drawer_off_ms", "the rest after the pulse: 2 to 510 ms", _pulse_ms, 500),
    )
}


def _unknown_key_message(where: str, name: str) -> str:
    hint = difflib.get_close_matches(name, _KEYS, n=1)
    suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
    return f"{where}: '{name}' is not a setting{suggestion}; allowed: {', '.join(_KEYS)}"


def _parse_value(where: str, key: _Key, value: object) -> object:
    # A password typed into an address is not repeated in the message.
    shown = redact_database_url(value) if isinstance(value, str) else value
    try:
        return key.parse(value)
    except _BadValue as exc:
        raise SettingsError(f"{where}: {key.name} = {shown!r} {exc}") from None
    except ValueError:
        raise SettingsError(
            f"{where}: {key.name} = {shown!r} is not allowed; allowed: {key.allowed}"
        ) from None


@dataclass(frozen=True)
class Settings:
    """The effective settings and where each value came from."""

    database_url: str
    language: str
    log_level: str
    counter: str
    log_keep_files: int
    demo: bool
    paths: Paths
    sources: Mapping[str, str] = field(default_factory=dict)
    idle_lock_minutes: int = 5
    printer: str = ""
    print_automatically: bool = False
    print_copies: int = 1
    customer_screen: str = ""
    outbox_dispatch: bool = True
    dtone_url: str = "https://preprod-dvs-api.dtone.com/v1"
    dtone_rate: int = 10
    sms_gateway: str = "none"
    smpp_address: str = ""
    sms_http_url: str = "https://api.twilio.com"
    sms_sender: str = ""
    sms_rate: int = 5
    drawer_printer: str = ""
    drawer_pin: int = 2
    drawer_on_ms: int = 50
    drawer_off_ms: int = 500
    database_pooler: str = "none"

    @property
    def database_description(self) -> str:
        return describe_database_url(self.database_url)

    @property
    def prepared_statements(self) -> bool:
        """Server-side prepared statements: on, except behind a transaction pooler."""
        return self.database_pooler == "none"


def _read_settings_file(path: Path) -> dict[str, object]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read: {exc.strerror}") from None
    import tomllib  # noqa: PLC0415 - most counters have no settings file: keep start-up lean

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: is not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: is not valid TOML: {exc}") from None
    for name, value in data.items():
        if name not in _KEYS:
            raise SettingsError(_unknown_key_message(str(path), name))
        if isinstance(value, dict):
            raise SettingsError(
                f"{path}: [{name}] is a table, but {name} is a single value; "
                f"allowed: {_KEYS[name].allowed}"
            )
    return data


def load_settings(
    overrides: Mapping[str, object] | None = None,
    *,
    demo: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Work out the effective settings; *overrides* come from the command line."""
    environ = os.environ if environ is None else environ
    overrides = dict(overrides or {})
    paths = Paths.from_environment(environ)

    values: dict[str, object] = {name: key.default for name, key in _KEYS.items()}
    sources = dict.fromkeys(_KEYS, "default")

    for name, value in _read_settings_file(paths.settings_file).items():
        values[name] = _parse_value(str(paths.settings_file), _KEYS[name], value)
        sources[name] = str(paths.settings_file)

    for variable, value in environ.items():
        if not variable.startswith(ENV_PREFIX) or variable.startswith(_IGNORED_VARIABLE_PREFIX):
            continue
        if variable in PATH_VARIABLES:
            continue
        name = variable[len(ENV_PREFIX) :].lower()
        if name not in _KEYS:
            allowed = [ENV_PREFIX + n.upper() for n in _KEYS] + list(PATH_VARIABLES)
            hint = difflib.get_close_matches(variable, allowed, n=1)
            suggestion = f" (did you mean {hint[0]}?)" if hint else ""
            raise SettingsError(
                f"environment variable {variable} is not a setting{suggestion}; "
                f"allowed: {', '.join(allowed)}"
            )
        values[name] = _parse_value(f"environment variable {variable}", _KEYS[name], value)
        sources[name] = variable

    for name, value in overrides.items():
        if value is None:
            continue
        values[name] = _parse_value(f"option --{name.replace('_', '-')}", _KEYS[name], value)
        sources[name] = f"--{name.replace('_', '-')}"

    if demo:
        if "database_url" in overrides and overrides["database_url"] is not None:
            raise SettingsError(
                "--demo uses its own demo database; leave out --database-url "
                "(or leave out --demo to use that database)"
            )
        values["database_url"] = sqlite_url(paths.demo_database)
        sources["database_url"] = "--demo"
    elif values["database_url"] is None:
        values["database_url"] = sqlite_url(paths.default_database)

    return Settings(
        database_url=str(values["database_url"]),
        language=str(values["language"]),
        log_level=str(values["log_level"]),
        counter=str(values["counter"]),
        log_keep_files=int(str(values["log_keep_files"])),
        demo=demo,
        paths=paths,
        sources=sources,
        idle_lock_minutes=int(str(values["idle_lock_minutes"])),
        printer=str(values["printer"]),
        print_automatically=bool(values["print_automatically"]),
        print_copies=int(str(values["print_copies"])),
        customer_screen=str(values["customer_screen"]),
        outbox_dispatch=bool(values["outbox_dispatch"]),
        dtone_url=str(values["dtone_url"]),
        dtone_rate=int(str(values["dtone_rate"])),
        sms_gateway=str(values["sms_gateway"]),
        smpp_address=str(values["smpp_address"]),
        sms_http_url=str(values["sms_http_url"]),
        sms_sender=str(values["sms_sender"]),
        sms_rate=int(str(values["sms_rate"])),
        drawer_printer=str(values["drawer_printer"]),
        drawer_pin=int(str(values["drawer_pin"])),
        drawer_on_ms=int(str(values["drawer_on_ms"])),
        drawer_off_ms=int(str(values["drawer_off_ms"])),
        database_pooler=str(values["database_pooler"]),
    )


def describe_settings(settings: Settings) -> list[tuple[str, str, str]]:
    """Rows of (name, value, source) for `counter-app config show`; never a secret."""
    return [
        (
            "database_url",
            redact_database_url(settings.database_url),
            settings.sources["database_url"],
        ),
        ("database_pooler", settings.database_pooler, settings.sources["database_pooler"]),
        ("language", settings.language, settings.sources["language"]),
        ("log_level", settings.log_level, settings.sources["log_level"]),
        (
            "counter",
            settings.counter or "(the first counter of the shop)",
            settings.sources["counter"],
        ),
        ("log_keep_files", str(settings.log_keep_files), settings.sources["log_keep_files"]),
        (
            "idle_lock_minutes",
            str(settings.idle_lock_minutes),
            settings.sources["idle_lock_minutes"],
        ),
        ("printer", settings.printer or "(the system's default)", settings.sources["printer"]),
        (
            "print_automatically",
            "true" if settings.print_automatically else "false",
            settings.sources["print_automatically"],
        ),
        ("print_copies", str(settings.print_copies), settings.sources["print_copies"]),
        (
            "customer_screen",
            settings.customer_screen or "(none)",
            settings.sources["customer_screen"],
        ),
        (
            "outbox_dispatch",
            "true" if settings.outbox_dispatch else "false",
            settings.sources["outbox_dispatch"],
        ),
        ("dtone_url", settings.dtone_url, settings.sources["dtone_url"]),
        ("dtone_rate", str(settings.dtone_rate), settings.sources["dtone_rate"]),
        ("sms_gateway", settings.sms_gateway, settings.sources["sms_gateway"]),
        ("smpp_address", settings.smpp_address or "(not set)", settings.sources["smpp_address"]),
        ("sms_http_url", settings.sms_http_url, settings.sources["sms_http_url"]),
        ("sms_sender", settings.sms_sender or "(not set)", settings.sources["sms_sender"]),
        ("sms_rate", str(settings.sms_rate), settings.sources["sms_rate"]),
        (
            "drawer_printer",
            settings.drawer_printer or "(no cash drawer)",
            settings.sources["drawer_printer"],
        ),
        ("drawer_pin", str(settings.drawer_pin), settings.sources["drawer_pin"]),
        ("drawer_on_ms", str(settings.drawer_on_ms), settings.sources["drawer_on_ms"]),
        ("drawer_off_ms", str(settings.drawer_off_ms), settings.sources["drawer_off_ms"]),
    ]
