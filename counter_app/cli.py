"""The `counter-app` command: the counter window by default, subcommands for admin jobs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Final

from counter_app import __version__, log
from counter_app.config import (
    LANGUAGES,
    Settings,
    SettingsError,
    describe_settings,
    load_settings,
    sqlite_path,
)
from counter_app.domain.errors import CounterError

EXIT_OK: Final = 0
EXIT_BUG: Final = 1
EXIT_USAGE: Final = 2
EXIT_OUTSIDE: Final = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counter-app",
        description="Counter: renew and top up prepaid SIM cards at a Hong Kong shop counter. "
        "Without a command, opens the counter window.",
    )
    parser.add_argument("--version", action="version", version=f"Counter {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="database to use: sqlite:///PATH or postgresql://USER@HOST:PORT/DB "
        "(default: a SQLite file in the user data directory; COUNTER_DATABASE_URL also sets it)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the separate demo database (created and filled on first use)",
    )
    parser.add_argument("--language", choices=LANGUAGES, help="language of the window")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more output on stderr (-vv: debug)"
    )
    # For benchmarks/startup: print a line and quit as soon as the window is shown.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    config = commands.add_parser("config", help="show the effective settings")
    config_commands = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_commands.add_parser(
        "show", help="print the effective settings, where each came from, and every path used"
    )
    db = commands.add_parser("db", help="database administration")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser(
        "upgrade", help="create or upgrade the database schema (SQLite is backed up first)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(
            {"database_url": args.database_url, "language": args.language}, demo=args.demo
        )
    except SettingsError as exc:
        print(f"counter-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    log.setup(
        settings.paths.log_file,
        settings.log_level,
        keep_files=settings.log_keep_files,
        verbose=args.verbose,
        # The window opens the log file once it is on screen (start-up time).
        open_file=args.command is not None,
    )
    try:
        if args.command == "config":
            return _config_show(settings)
        if args.command == "db":
            return _db_upgrade(settings)
        return _start_gui(settings, exit_when_shown=args.exit_when_shown)
    except CounterError as exc:
        print(f"counter-app: {exc}", file=sys.stderr)
        return EXIT_OUTSIDE
    except Exception:
        import uuid  # noqa: PLC0415 - only ever needed for a bug report

        reference = uuid.uuid4().hex[:8].upper()
        log.cli.exception("unexpected error, reference %s", reference)
        print(
            f"counter-app: internal error (reference {reference}); "
            f"the details are in {settings.paths.log_file}",
            file=sys.stderr,
        )
        return EXIT_BUG


def _config_show(settings: Settings) -> int:
    paths = settings.paths
    settings_file = paths.settings_file
    present = "" if settings_file.exists() else "  (not present: built-in defaults)"
    rows = [
        ("Counter", __version__, ""),
        ("settings file", f"{settings_file}{present}", ""),
        *describe_settings(settings),
        ("demo", "yes" if settings.demo else "no", "--demo" if settings.demo else "default"),
    ]
    path_rows = [
        ("config directory", paths.config_dir, "COUNTER_CONFIG_DIR"),
        ("data directory", paths.data_dir, "COUNTER_DATA_DIR"),
        ("log directory", paths.log_dir, "COUNTER_LOG_DIR"),
        ("log file", paths.log_file, ""),
        ("default database", paths.default_database, ""),
        ("demo database", paths.demo_database, ""),
        ("backups", paths.backup_dir, ""),
    ]
    database_file = sqlite_path(settings.database_url)
    if database_file is not None:
        path_rows.append(("database in use", database_file, ""))
    width = max(len(name) for name, _, _ in [*rows, *path_rows])
    for name, value, source in rows:
        origin = f"   [{source}]" if source else ""
        print(f"{name:<{width}}  {value}{origin}")
    print()
    print("paths:")
    for name, path, variable in path_rows:
        overridden = f"   [{variable}]" if variable and os.environ.get(variable) else ""
        print(f"  {name:<{width}}  {path}{overridden}")
    return EXIT_OK


def _db_upgrade(settings: Settings) -> int:
    from counter_app.store.engine import Database  # noqa: PLC0415 - SQLAlchemy is slow to import
    from counter_app.store.schema import upgrade  # noqa: PLC0415

    path = sqlite_path(settings.database_url)
    if path is not None and path in (settings.paths.default_database, settings.paths.demo_database):
        path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(settings.database_url)
    try:
        db.check_connection()
        before, after = upgrade(db, settings.paths.backup_dir)
    finally:
        db.dispose()
    if before == after:
        print(f"{db.description}: schema is current (revision {after})")
    else:
        print(f"{db.description}: schema upgraded from {before or 'empty'} to {after}")
    return EXIT_OK


def _start_gui(settings: Settings, *, exit_when_shown: bool) -> int:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        print(
            "counter-app: there is no display to show the window on (DISPLAY is not set). "
            "Start Counter from the desktop, or on a machine without a screen under a "
            "virtual one: xvfb-run -a counter-app --demo",
            file=sys.stderr,
        )
        return EXIT_OUTSIDE
    from counter_app.gui.app import run  # noqa: PLC0415 - Qt loads only for the window

    return run(settings, exit_when_shown=exit_when_shown)
