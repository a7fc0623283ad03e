"""The `counter-app` command: the counter window by default, subcommands for admin jobs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from counter_app import __version__, log
from counter_app.config import (
    LANGUAGES,
    Settings,
    SettingsError,
    describe_settings,
    load_settings,
    sqlite_path,
)
from counter_app.domain.errors import CounterError, ErrorCode, InputError
from counter_app.files import write_atomically

if TYPE_CHECKING:
    from counter_app.domain.staff import Clerk
    from counter_app.services.demo import SampleLine
    from counter_app.services.keys import InstallationSecret
    from counter_app.services.permissions import Action
    from counter_app.store.engine import Database

EXIT_OK: Final = 0
EXIT_BUG: Final = 1
EXIT_USAGE: Final = 2
EXIT_OUTSIDE: Final = 3
# `audit verify` found an edited or missing entry: as serious as a bug, and scripts see 1.
EXIT_AUDIT_BROKEN: Final = 1
# `reports rebuild --check` found summaries that differ from the sales: scripts see 1.
EXIT_SUMMARIES_DIFFER: Final = 1
ROLES: Final = ("clerk", "supervisor", "admin")


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
    _add_admin_commands(commands)
    return parser


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    example: str,
) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog=f"example: {example}",
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-21") from None


def _head_hash(text: str) -> str:
    cleaned = "".join(text.split()).lower()  # as printed: in groups of eight
    if len(cleaned) < 16 or len(cleaned) > 64 or cleaned.strip("0123456789abcdef"):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a head hash (16 to 64 hexadecimal digits, as printed)"
        )
    return cleaned


def _line_count(text: str) -> int:
    if not text.isdecimal() or not 1 <= int(text) <= 2_000_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of lines from 1 to 2000000")
    return int(text)


def _add_password_stdin(parser: argparse.ArgumentParser, **extra: object) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the passwords from standard input, one a line: first --staff's own, then "
        "a new one (also the default when standard input is not a terminal); otherwise "
        "they are asked for, a new one twice",
        **extra,  # type: ignore[arg-type]
    )


def _add_signing(parser: argparse.ArgumentParser, **extra: object) -> None:
    """--staff: the member of staff who does it signs in, as at the counter."""
    parser.add_argument(
        "--staff",
        metavar="USERNAME",
        help="who does this: signs in with their own password, and must be allowed it "
        "(the same roles as in the window)",
        **extra,  # type: ignore[arg-type]
    )
    _add_password_stdin(parser, **extra)


def _add_retention_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    retention = _command(
        commands,
        "retention",
        "erase the identity data (names, date of birth, document) of holders whose lines all "
        "closed longer ago than the shop's id_retention_months; their sales stay. Schedule it "
        "daily (cron or Task Scheduler)",
        "counter-app retention --dry-run --staff boss",
    )
    _add_signing(retention)
    retention.add_argument(
        "--dry-run", action="store_true", help="only say how many holders would be erased"
    )


def _add_audit_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit", help="check the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = _command(
        audit_commands,
        "verify",
        "recompute every counter's keyed audit chain and the shop's, and check the sales "
        "they bind: exit 0 when intact, 1 naming the first edited or missing record",
        "counter-app audit verify --expect 3f1a9c2b0d4e5f60",
    )
    verify.add_argument(
        "--expect",
        action="append",
        default=[],
        type=_head_hash,
        metavar="HASH",
        help="a head hash taken earlier (a Z report, a backup's .audit-heads.txt): the chain "
        "must still hold it, else it was cut back or rewound (may be given more than once)",
    )


def _add_admin_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setup = _command(
        commands,
        "setup",
        "first run: create the shop, its first counter and its first admin on an empty "
        "database (the admin's password is asked for, or read from standard input)",
        "counter-app setup --shop-code MK1 --shop-name-zh 旺角店 --shop-name-en 'Mong Kok' "
        "--counter C1 --admin amy",
    )
    setup.add_argument("--shop-code", required=True, help="a short code, printed on receipts")
    setup.add_argument("--shop-name-zh", required=True, help="the shop's Chinese name")
    setup.add_argument("--shop-name-en", required=True, help="the shop's English name")
    setup.add_argument("--counter", required=True, metavar="CODE", help="the first counter's code")
    setup.add_argument(
        "--counter-name", default="", metavar="NAME", help="its name (default: the code)"
    )
    setup.add_argument("--admin", required=True, metavar="USERNAME", help="the first admin")
    _add_password_stdin(setup)

    demo_data = _command(
        commands,
        "demo-data",
        "fill an empty database with a demo shop (carriers, plans, promotions, lines with "
        "made-up holders, vouchers, a clerk, a supervisor and an admin) and print how to "
        "sign in; on a demo shop already built, print its staff and sample lines again",
        "counter-app --demo demo-data",
    )
    demo_data.add_argument(
        "--lines",
        type=_line_count,
        default=None,
        metavar="N",
        help="how many lines (500 in the demo database, as the window builds it; else 200)",
    )
    demo_data.add_argument(
        "--password",
        metavar="P",
        help="the demo staff's password (the demo database's is always demo-1234, as its "
        "sign-in screen says; elsewhere a random one by default)",
    )
    _add_signing(demo_data)
    # Also accepted after the command; SUPPRESS keeps it from hiding a --demo given before.
    demo_data.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS, help="use the demo database"
    )

    _add_users_commands(commands)

    import_ = commands.add_parser("import", help="import lines or PIN vouchers from a CSV file")
    import_commands = import_.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    for what, summary in (
        ("lines", "import lines and their holders (all rows or, if any row is bad, none)"),
        ("vouchers", "add PIN vouchers to stock (all rows or, if any row is bad, none)"),
    ):
        parser = _command(
            import_commands, what, summary, f"counter-app import {what} {what}.csv --staff boss"
        )
        parser.add_argument("file", type=Path, metavar="FILE.csv", help="UTF-8 CSV with a header")
        _add_signing(parser)

    export = commands.add_parser("export", help="export sales to a CSV file")
    export_commands = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    sales = _command(
        export_commands,
        "sales",
        "write the sales completed between two Hong Kong dates (inclusive) to a CSV file",
        "counter-app export sales --from 2026-11-01 --to 2026-11-30 --out november.csv "
        "--staff boss",
    )
    _add_signing(sales)
    sales.add_argument("--from", dest="date_from", required=True, type=_iso_date, metavar="DATE")
    sales.add_argument("--to", dest="date_to", required=True, type=_iso_date, metavar="DATE")
    sales.add_argument("--out", required=True, type=Path, metavar="FILE.csv")

    _add_audit_commands(commands)

    backup = _command(
        commands,
        "backup",
        "copy the SQLite database with its online backup API and check the copy "
        "(PostgreSQL: prints the pg_dump command to use)",
        "counter-app backup /media/usb/counter-backups/ --staff boss",
    )
    _add_signing(backup)
    backup.add_argument(
        "dest",
        metavar="DEST",
        help="a new file, or a folder for a dated file (a new folder when it ends with /)",
    )

    receipt = _command(
        commands,
        "receipt",
        "write a sale's receipt or voucher to a PDF file; --copy makes a reprint, marked "
        "COPY / 副本 and recorded in the audit trail against the member of staff who signs in; "
        "a voucher's PIN is printed (each reveal is audited)",
        "counter-app receipt DEMO-C1-000001 --out receipt.pdf --copy --staff amy",
    )
    receipt.add_argument("receipt_no", metavar="RECEIPT_NO", help="as printed on the receipt")
    receipt.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    receipt.add_argument(
        "--paper",
        choices=("80mm", "58mm", "A4"),
        help="paper size (default: the shop's receipt_paper setting, else 80mm)",
    )
    receipt.add_argument("--copy", action="store_true", help="a reprint (COPY / 副本)")
    _add_signing(receipt)
    _add_reconcile_command(commands)
    _add_report_commands(commands)
    _add_reports_commands(commands)
    _add_reminder_commands(commands)
    _add_retention_command(commands)
    _add_outbox_commands(commands)


def _job_id(text: str) -> int:
    if not text.isdecimal() or not 1 <= int(text) <= 2**31:
        raise argparse.ArgumentTypeError(f"{text!r} is not a job number (as outbox list shows)")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0.1 to 60")
    return value


def _add_outbox_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outbox = commands.add_parser(
        "outbox", help="what sales must tell carriers and customers (top-ups, texts)"
    )
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    run = _command(
        actions,
        "run",
        "send the outbox's jobs until stopped (SIGTERM or Ctrl+C): the service a shop's "
        "server runs (several may run on one PostgreSQL; a job is never sent twice)",
        "counter-app outbox run",
    )
    run.add_argument(
        "--once", action="store_true", help="send what is due now, then stop (for cron)"
    )
    run.add_argument(
        "--idle", type=_seconds, default=1.0, metavar="SECONDS", help="rest when nothing is due"
    )
    run.add_argument("--name", metavar="NAME", help="this dispatcher's name (default HOST:PID)")
    _command(
        actions,
        "status",
        "count the jobs by kind and state, and say which providers this installation has",
        "counter-app outbox status",
    )
    listing = _command(
        actions,
        "list",
        "list the jobs a person must look at: failed, unknown, and top-ups to apply by hand",
        "counter-app outbox list --staff amy",
    )
    _add_signing(listing)
    retry = _command(
        actions,
        "retry",
        "try a failed or unknown job again (an unknown one is looked up at the provider "
        "first; a failed one goes out under a new reference)",
        "counter-app outbox retry 42 --staff amy",
    )
    retry.add_argument("job", type=_job_id, metavar="JOB")
    _add_signing(retry)
    applied = _command(
        actions,
        "applied",
        "record a top-up applied by hand on the carrier's portal, with the carrier's reference",
        "counter-app outbox applied 42 --carrier-ref BHM-778812 --staff amy",
    )
    applied.add_argument("job", type=_job_id, metavar="JOB")
    applied.add_argument("--carrier-ref", required=True, metavar="REF")
    _add_signing(applied)
    credentials = _command(
        actions,
        "credentials",
        "store a provider's credentials in this installation's secret file (owner-only; "
        "never in the database): asked for, or read from standard input one a line",
        "counter-app outbox credentials dtone",
    )
    credentials.add_argument("provider", choices=("dtone", "smpp", "twilio"))


# --- counter-app reconcile -----------------------------------------------------------------


def _column_map(text: str) -> tuple[str, str]:
    field, sep, column = text.partition("=")
    if not sep or not field.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r} is not FIELD=COLUMN, e.g. amount='RETAIL PRICE' (or amount= for none)"
        )
    return field.strip().lower(), column.strip()


def _add_reconcile_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reconcile = _command(
        commands,
        "reconcile",
        "set a provider's transaction report (CSV, e.g. DT One's DT Shop Transactions report) "
        "against the sales: paid here and not applied there, applied there and not sold here "
        "(or voided), amounts, products, numbers and states that differ; a table on screen, "
        "and a CSV with --out. The report's first line names its columns: EXTERNAL ID (our "
        "reference), CREATION DATE and CREDIT PARTY MOBILE NUMBER are required, with PRODUCT "
        "VALUE (HK$) or PRODUCT ID; STATUS is optional (without it every row has --status)",
        "counter-app reconcile dtone-2026-11.csv --out differences.csv --staff amy",
    )
    reconcile.add_argument("file", type=Path, metavar="FILE.csv", help="the provider's report")
    reconcile.add_argument(
        "--out", type=Path, metavar="FILE.csv", help="also write the differences to a CSV file"
    )
    reconcile.add_argument(
        "--provider",
        default="dtone",
        metavar="NAME",
        help="whose report it is, as the carriers' fulfilment provider names it (dtone)",
    )
    reconcile.add_argument(
        "--status",
        default="COMPLETED",
        metavar="STATUS",
        help="the status of every row of a report without a status column (COMPLETED; "
        "PENDING or REVERSED for DT Shop's Pending or Reversed Transactions report)",
    )
    reconcile.add_argument(
        "--map",
        dest="columns",
        action="append",
        default=[],
        type=_column_map,
        metavar="FIELD=COLUMN",
        help="the report's own name for a column: FIELD is reference, date, number, amount, "
        "product or status (e.g. --map amount='RETAIL PRICE'; --map amount= reads none)",
    )
    reconcile.add_argument(
        "--from",
        dest="date_from",
        type=_iso_date,
        metavar="DATE",
        help="first HK date whose sales must be in the report (default: its first day)",
    )
    reconcile.add_argument(
        "--to",
        dest="date_to",
        type=_iso_date,
        metavar="DATE",
        help="last HK date whose sales must be in the report (default: its last day)",
    )
    _add_signing(reconcile)


def _reconcile(args: argparse.Namespace, _settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import reconcile  # noqa: PLC0415

    out: Path | None = args.out
    if out is not None:
        _writable(out)
    try:
        report = reconcile.read_report(args.file, columns=dict(args.columns), status=args.status)
    except reconcile.ReportRefused as refused:
        for problem in refused.problems:
            print(f"{args.file}:{problem.line_no}: {problem.message}", file=sys.stderr)
        print(
            f"counter-app: {args.file} was not read: {len(refused.problems)} problem(s); "
            "nothing was compared",
            file=sys.stderr,
        )
        return EXIT_USAGE
    clerk = _signed_clerk(signed)
    result = reconcile.reconcile(
        db,
        clerk,
        report,
        provider=args.provider,
        first_day=args.date_from,
        last_day=args.date_to,
    )
    print(
        f"{report.file_name}: {result.rows} transactions; {result.jobs} sales sent to "
        f"{result.provider} from {result.first_day} to {result.last_day} (HK dates)"
    )
    if result.differences:
        print()
        for line in reconcile.table(result):
            print(line)
        print()
    print(f"{len(result.differences)} difference(s)")
    if out is not None:
        reconcile.write_csv(db, clerk, result, out)
        print(f"wrote {len(result.differences)} difference(s) to {out}")
    return EXIT_OK


def _add_users_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = commands.add_parser(
        "users", help="staff accounts: add, list, unlock, reset, change your own password"
    )
    users_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = _command(
        users_commands,
        "add",
        "add a member of staff (the password is asked for twice, or read from standard input)",
        "counter-app users add amy --role supervisor --name 'Amy Chan' --staff boss",
    )
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", default="", help="the name shown on screen and on receipts")
    _add_signing(add)
    listing = _command(
        users_commands,
        "list",
        "list the staff, their roles and locks",
        "counter-app users list --staff boss",
    )
    _add_signing(listing)
    unlock = _command(
        users_commands,
        "unlock",
        "unlock an account locked after too many wrong passwords",
        "counter-app users unlock amy --staff boss",
    )
    unlock.add_argument("username")
    _add_signing(unlock)
    reset = _command(
        users_commands,
        "reset-password",
        "set a new password, to be changed at the next sign-in (also unlocks the account)",
        "counter-app users reset-password amy --staff boss",
    )
    reset.add_argument("username")
    _add_signing(reset)
    passwd = _command(
        users_commands,
        "passwd",
        "change your own password (also the way out after an admin reset it): your "
        "password, then the new one twice",
        "counter-app users passwd --staff amy",
    )
    _add_signing(passwd)


def _reminder_days(text: str) -> int:
    if not text.isdecimal() or not 1 <= int(text) <= 90:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 1 to 90")
    return int(text)


def _add_reminder_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reminders = _command(
        commands,
        "reminders",
        "list the open lines to phone: expiring within --days (7, 14, 30, or 1 to 90) and, "
        "unless --no-grace, expired but still renewable; by expiry, then number",
        "counter-app reminders --days 14 --carrier BAUHINIA --out reminders.csv --staff amy",
    )
    reminders.add_argument(
        "--days", type=_reminder_days, default=7, metavar="N", help="7, 14 or 30 (7)"
    )
    reminders.add_argument(
        "--no-grace", action="store_true", help="leave out expired lines still in grace"
    )
    reminders.add_argument("--carrier", metavar="CODE", help="only this carrier's lines")
    reminders.add_argument(
        "--card-type",
        metavar="TYPE",
        help="only this card type: number_keeping, hk_registered, dual, data",
    )
    reminders.add_argument(
        "--contacted",
        action="store_true",
        help="also the lines already phoned about their current expiry",
    )
    reminders.add_argument(
        "--out", type=Path, metavar="FILE.csv", help="write a CSV file instead of a table"
    )
    _add_signing(reminders)
    actions = reminders.add_subparsers(dest="reminders_command", metavar="ACTION")
    contacted = _command(
        actions,
        "contacted",
        "record that a line's holder was phoned about its expiry, and what they said "
        "(once per day: again the same day updates it); audited against --staff",
        "counter-app reminders contacted 9600 0001 --outcome 'will come Friday' --staff amy",
    )
    contacted.add_argument("number", nargs="+", metavar="NUMBER", help="the line's number")
    contacted.add_argument(
        "--outcome", required=True, metavar="TEXT", help="what the customer said (120 characters)"
    )
    # Also accepted after the action; SUPPRESS keeps them from hiding the ones given before.
    _add_signing(contacted, default=argparse.SUPPRESS)


_PAPERS: Final = ("80mm", "58mm", "A4")


def _add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="X and Z shift reports as PDF files")
    report_commands = report.add_subparsers(dest="report_command", metavar="KIND", required=True)
    z_report = _command(
        report_commands,
        "z",
        "write the Z report of every shift closed at a counter on a Hong Kong date (one page "
        "each) to a PDF file, and archive each shift's Z report under the data directory",
        "counter-app report z --date 2026-11-21 --counter C1 --out z-report.pdf --staff amy",
    )
    z_report.add_argument(
        "--date", dest="day", required=True, type=_iso_date, metavar="DATE", help="HK date"
    )
    x_report = _command(
        report_commands,
        "x",
        "write the X report (the figures so far, not a closing) of the shift open at a "
        "counter to a PDF file",
        "counter-app report x --counter C1 --out x-report.pdf --staff amy",
    )
    for parser in (z_report, x_report):
        parser.add_argument(
            "--counter",
            metavar="CODE",
            help="the counter (default: this PC's counter setting, else the shop's first)",
        )
        parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        parser.add_argument(
            "--paper",
            choices=_PAPERS,
            help="paper size (default: the shop's receipt_paper setting, else 80mm)",
        )
        _add_signing(parser)
    invoice = _command(
        commands,
        "invoice",
        "write an A4 invoice (發票 / INVOICE) for a completed sale, made out to the "
        "customer's name, to a PDF file (the name is printed, not stored)",
        "counter-app invoice DEMO-C1-000001 --customer '陳大文' --out invoice.pdf --staff amy",
    )
    invoice.add_argument("receipt_no", metavar="RECEIPT_NO", help="as printed on the receipt")
    invoice.add_argument(
        "--customer",
        required=True,
        metavar="NAME",
        help="the customer's name, Chinese or English (at most 120 characters)",
    )
    invoice.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _add_signing(invoice)


def _add_reports_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reports = commands.add_parser("reports", help="the day summaries the sales reports read")
    actions = reports.add_subparsers(dest="reports_command", metavar="ACTION", required=True)
    rebuild = _command(
        actions,
        "rebuild",
        "recompute the per-day sales summaries that the sales reports read from the sales, "
        "voids and refunds themselves, in one transaction; audited against --staff",
        "counter-app reports rebuild --from 2026-11-01 --to 2026-11-30 --staff amy",
    )
    rebuild.add_argument(
        "--from", dest="date_from", type=_iso_date, metavar="DATE", help="first HK date (all)"
    )
    rebuild.add_argument(
        "--to", dest="date_to", type=_iso_date, metavar="DATE", help="last HK date (all)"
    )
    rebuild.add_argument(
        "--check",
        action="store_true",
        help="only compare the summaries with the sales and say which days differ "
        "(exit status 1 when any does); nothing is written",
    )
    _add_signing(rebuild)


def _keep_private(settings: Settings) -> None:
    """Everything Counter writes is readable by its owner only (the database holds
    customers' names and document hashes, the log their numbers masked)."""
    from counter_app.files import keep_private  # noqa: PLC0415

    paths = settings.paths
    database = sqlite_path(settings.database_url)
    keep_private(
        (paths.config_dir, paths.data_dir, paths.log_dir, paths.backup_dir),
        (database,) if database is not None else (),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(
            {"database_url": args.database_url, "language": args.language}, demo=args.demo
        )
    except SettingsError as exc:
        print(f"counter-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _keep_private(settings)
    log.setup(
        settings.paths.log_file,
        settings.log_level,
        keep_files=settings.log_keep_files,
        verbose=args.verbose,
        # The window opens the log file once it is on screen (start-up time).
        open_file=args.command is not None,
    )
    try:
        code = _run(args, settings)
        sys.stdout.flush()  # here, where a reader that went away is caught
        return code
    except InputError as exc:
        print(f"counter-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CounterError as exc:
        print(f"counter-app: {exc}", file=sys.stderr)
        return EXIT_OUTSIDE
    except BrokenPipeError:
        # The reader went away (`counter-app ... | head`): what was done is done, and
        # nothing is left to print. Python's own flush at exit must not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
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


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command is None:
        return _start_gui(settings, exit_when_shown=args.exit_when_shown)
    if args.command == "config":
        return _config_show(settings)
    if args.command == "db":
        return _db_upgrade(settings)
    if args.command == "outbox" and args.outbox_command == "credentials":
        return _outbox_credentials(args, settings)  # this PC's secret file, no database
    return _admin(args, settings)


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
    db = Database.from_settings(settings)
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


def _open_database(settings: Settings) -> Database:
    """Connect; SQLite is brought up to date (backed up first), PostgreSQL must be."""
    from counter_app.services.shop import open_database  # noqa: PLC0415 - SQLAlchemy is slow

    return open_database(settings)


def _secret(settings: Settings, db: Database) -> InstallationSecret:
    from datetime import UTC, datetime  # noqa: PLC0415

    from counter_app.services import keys  # noqa: PLC0415

    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    keys.check_matches_database(db, secret, datetime.now(UTC))
    return secret


def _read_password(from_stdin: bool, *, prompt: str = "Password: ") -> str:
    """A new password: the next line of standard input when asked or piped, else typed
    twice unseen."""
    if sys.stdin is None:
        raise InputError("there is no standard input to read the password from")
    if from_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
        if not password:
            raise InputError(
                "no password on standard input (give it as the first line)",
                code=ErrorCode.PASSWORD_EMPTY,
            )
        return password
    import getpass  # noqa: PLC0415

    first = getpass.getpass(prompt)
    if first != getpass.getpass(prompt.replace(":", " again:")):
        raise InputError(
            "the two passwords differ; nothing was changed", code=ErrorCode.PASSWORD_MISMATCH
        )
    return first


@dataclass(frozen=True)
class _Signed:
    """Who runs a command (None only for a first setup or a demo on an empty database),
    and the new password the command sets, if it sets one."""

    clerk: Clerk | None
    new_password: str = ""


def _needed(args: argparse.Namespace) -> Action | None:
    """What the member of staff running *args* must be allowed: the window's permission
    table. None: the command reads or changes no shop data (config, db, audit verify), or
    signs in on its own (setup, users passwd, demo-data)."""
    from counter_app.services.permissions import Action  # noqa: PLC0415

    command = args.command
    if command == "users":
        return {
            "add": Action.STAFF_ADD,
            "list": Action.STAFF_LIST,
            "unlock": Action.STAFF_UNLOCK,
            "reset-password": Action.STAFF_RESET_PASSWORD,
        }.get(args.users_command)
    if command == "import":
        return Action.LINES_IMPORT if args.import_command == "lines" else Action.VOUCHERS_IMPORT
    if command == "reminders":
        if args.reminders_command == "contacted":
            return Action.REMINDERS_CONTACT
        return Action.REMINDERS_EXPORT if args.out is not None else Action.REMINDERS_VIEW
    if command in ("report", "reports", "outbox"):
        return _sub_action(args)
    return {
        "export": Action.REPORTS_EXPORT,
        "backup": Action.BACKUP_MAKE,
        "receipt": Action.RECEIPT_REPRINT,
        "reconcile": Action.REPORTS_EXPORT if getattr(args, "out", None) else Action.REPORTS_VIEW,
        "invoice": Action.RECEIPT_REPRINT,
        "retention": Action.RETENTION_RUN,
    }.get(command)


def _sub_action(args: argparse.Namespace) -> Action | None:
    from counter_app.services.permissions import Action  # noqa: PLC0415

    if args.command == "report":
        return Action.SHIFT_X_REPORT if args.report_command == "x" else Action.REPORTS_VIEW
    if args.command == "reports":
        return Action.REPORTS_VIEW if args.check else Action.REPORTS_REBUILD
    return {
        "list": Action.OUTBOX_RESOLVE,
        "retry": Action.OUTBOX_RESOLVE,
        "applied": Action.OUTBOX_APPLY,
    }.get(args.outbox_command)


def _command_name(args: argparse.Namespace) -> str:
    action = next(
        (
            getattr(args, name)
            for name in (
                "users_command",
                "import_command",
                "export_command",
                "report_command",
                "reports_command",
                "reminders_command",
                "outbox_command",
            )
            if getattr(args, name, None)
        ),
        "",
    )
    return f"{args.command} {action}".strip()


def _sign(db: Database, args: argparse.Namespace, password: str, action: Action) -> Clerk:
    """Sign in as --staff, like the window: wrong passwords count towards the lockout,
    a password an admin reset must be replaced first, and the role must allow *action*."""
    from counter_app.services import permissions, staff  # noqa: PLC0415

    clerk = staff.sign_in(db, args.staff, password)
    if clerk.must_change_password:
        raise InputError(
            f"{clerk.username}'s password was reset by an admin: choose your own first with "
            f"counter-app users passwd --staff {clerk.username}",
            code=ErrorCode.AUTH_MUST_CHANGE,
        )
    permissions.require(clerk, action)
    return clerk


def _shop_has_staff(db: Database) -> bool:
    from counter_app.services import staff  # noqa: PLC0415

    return bool(staff.list_users(db))


def _admin(args: argparse.Namespace, settings: Settings) -> int:
    """The admin subcommands: each signs in as --staff (unless it reads or changes no
    shop data), opens the database, does one job and closes it."""
    action = _needed(args)
    staff_name: str | None = getattr(args, "staff", None)
    from_stdin: bool = getattr(args, "password_stdin", False)
    if action is not None and not staff_name:
        raise InputError(
            f"{_command_name(args)} needs --staff USERNAME: it signs in as the "
            "member of staff who does it, with their own password",
        )
    if args.command == "setup":
        # Checked before anything is written: setup makes the shop, then the admin.
        from counter_app.services import staff  # noqa: PLC0415

        staff.normalise_username(args.admin)
        new_password = _read_password(from_stdin)
        staff.check_password_rules(new_password)
        password = ""
    elif args.command == "users" and args.users_command == "passwd":
        if not staff_name:
            raise InputError(
                "counter-app users passwd needs --staff USERNAME: whose password it changes",
            )
        password = _read_password_once(from_stdin, prompt="Your password: ")
        new_password = _read_password(from_stdin, prompt="New password: ")
    else:
        password = (
            _read_password_once(from_stdin, prompt=f"Password of {staff_name}: ")
            if staff_name
            else ""
        )
        new_password = (
            _read_password(from_stdin, prompt="New password: ")
            if args.command == "users" and args.users_command in ("add", "reset-password")
            else ""
        )
    if args.command == "backup":
        return _backup(args, settings, password)
    db = _open_database(settings)
    try:
        # Every command may write an audit entry, and entries are keyed with the secret.
        _secret(settings, db)
        clerk = None
        if action is not None:
            clerk = _sign(db, args, password, action)
        elif args.command == "demo-data" and _demo_built(db):
            _demo_password(args, settings)  # refused there too, though nothing is built
            # Reads only, and its numbers are made up: printed again whenever asked.
            return _demo_shown(settings, db)
        elif args.command == "demo-data" and (staff_name or _shop_has_staff(db)):
            from counter_app.services.permissions import Action  # noqa: PLC0415

            if not staff_name:
                raise InputError(
                    "this database has staff already: demo-data adds accounts, so an admin "
                    "signs it with --staff USERNAME",
                )
            clerk = _sign(db, args, password, Action.STAFF_ADD)
        handler = {
            "setup": _setup,
            "demo-data": _demo_data,
            "users": _users,
            "import": _import,
            "export": _export_sales,
            "audit": _audit_verify,
            "receipt": _receipt,
            "reconcile": _reconcile,
            "report": _report,
            "reports": _reports,
            "invoice": _invoice,
            "reminders": _reminders,
            "retention": _retention,
            "outbox": _outbox,
        }[args.command]
        if args.command == "users" and args.users_command == "passwd":
            return _passwd(args, db, password, new_password)
        return handler(args, settings, db, _Signed(clerk, new_password))
    finally:
        db.dispose()


def _signed_clerk(signed: _Signed) -> Clerk:
    if signed.clerk is None:
        raise RuntimeError("a command that needs a member of staff ran without one")
    return signed.clerk


def _passwd(args: argparse.Namespace, db: Database, password: str, new_password: str) -> int:
    from counter_app.services import staff  # noqa: PLC0415

    clerk = staff.change_own_password(db, args.staff, password, new_password)
    print(f"changed the password of {clerk.username}")
    return EXIT_OK


def _setup(args: argparse.Namespace, settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import staff  # noqa: PLC0415

    admin = staff.first_run(
        db,
        shop_code=args.shop_code,
        shop_name_zh=args.shop_name_zh,
        shop_name_en=args.shop_name_en,
        counter_code=args.counter,
        counter_name=args.counter_name or args.counter,
        admin_username=args.admin,
        admin_password=signed.new_password,
    )
    from counter_app.services import keys  # noqa: PLC0415

    _secret(settings, db)
    print(f"{db.description}: created the shop, its counter and the admin {admin.username}")
    print(
        f"installation secret: {keys.secret_path(settings.paths.config_dir)} "
        "(copy it to every counter of the shop; back it up apart from the database)"
    )
    return EXIT_OK


def _demo_built(db: Database) -> bool:
    from counter_app.services import demo  # noqa: PLC0415

    return demo.has_data(db)


def _demo_data(args: argparse.Namespace, settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import demo, staff  # noqa: PLC0415

    password = _demo_password(args, settings)
    if password is not None:
        staff.check_password_rules(password)
    lines: int = args.lines or (demo.GUI_DEMO_LINES if settings.demo else 200)
    # With an admin too: every command signs in, and some (imports, staff) need one.
    built = demo.build(db, _secret(settings, db), lines=lines, password=password, manager=True)
    print(f"{db.description}: demo shop with {built.lines} lines, plans, promotions and vouchers")
    print()
    if built.users:
        print("staff (username, role, password):")
        for username, role, user_password in built.users:
            print(f"  {username:<12} {role:<11} {user_password}")
    else:
        print("staff: the demo accounts already existed; their passwords are unchanged")
    print()
    _print_samples(built.samples)
    return EXIT_OK


def _demo_password(args: argparse.Namespace, settings: Settings) -> str | None:
    """The demo staff's password: on the demo database always the one its sign-in screen
    shows, so the window's logins work whichever of the two built the shop first."""
    from counter_app.services import demo  # noqa: PLC0415

    password: str | None = args.password
    if not settings.demo:
        return password
    if password not in (None, demo.GUI_DEMO_PASSWORD):
        raise InputError(
            f"the demo database's staff always sign in with {demo.GUI_DEMO_PASSWORD} (as "
            "its sign-in screen says); --password is for a database of your own"
        )
    return demo.GUI_DEMO_PASSWORD


def _demo_shown(settings: Settings, db: Database) -> int:
    """A demo shop already built (by this command or by the window): its staff and samples."""
    from counter_app.services import demo  # noqa: PLC0415

    samples = demo.samples(db, _secret(settings, db))
    if not samples:
        raise InputError(
            "this database already has carriers or lines and is not a demo shop; demo data "
            "goes into an empty one",
            code=ErrorCode.DEMO_NOT_EMPTY,
        )
    print(f"{db.description}: the demo shop is already built; nothing was changed")
    print()
    usernames = _demo_usernames(db)
    if settings.demo:
        print("staff (username, role, password):")
        for username, role in usernames:
            print(f"  {username:<12} {role:<11} {demo.GUI_DEMO_PASSWORD}")
    else:
        print("staff (username, role; passwords as set when the shop was built):")
        for username, role in usernames:
            print(f"  {username:<12} {role}")
    print()
    _print_samples(samples)
    return EXIT_OK


def _demo_usernames(db: Database) -> list[tuple[str, str]]:
    from counter_app.services import demo, staff  # noqa: PLC0415

    users = {user.username: user for user in staff.list_users(db) if user.active}
    return [
        (username, users[username].role.value)
        for username, _role, _shown in demo.DEMO_STAFF
        if username in users
    ]


def _print_samples(samples: Sequence[SampleLine]) -> None:
    from counter_app.domain.plans import CARD_TYPE_NAMES, CardType  # noqa: PLC0415

    print("sample lines (made-up holders: use the document number for the identity check):")
    for sample in samples:
        card = CARD_TYPE_NAMES[CardType(sample.card_type)][1]
        print(
            f"  {sample.msisdn:<14} {card:<22} expires {sample.expires_on.isoformat()}  "
            f"HKID {sample.id_number[:-1]}({sample.id_number[-1]})"
        )


def _users(args: argparse.Namespace, _settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import staff  # noqa: PLC0415

    actor = signed.clerk
    if args.users_command == "add":
        user = staff.create_user(
            db,
            actor,
            username=args.username,
            display_name=args.name,
            role=args.role,
            password=signed.new_password,
        )
        print(f"added {user.role.value} {user.username} ({user.display_name})")
    elif args.users_command == "list":
        users = staff.list_users(db, actor)
        if not users:
            print("no staff yet: counter-app setup creates the first admin")
        for user in users:
            state = "locked" if user.locked else ("active" if user.active else "inactive")
            print(f"{user.username:<20} {user.role.value:<11} {state:<9} {user.display_name}")
    elif args.users_command == "unlock":
        staff.unlock(db, actor, args.username)
        print(f"unlocked {args.username}")
    else:
        staff.reset_password(db, actor, args.username, signed.new_password)
        print(f"set a new password for {args.username}; it must be changed at the next sign-in")
    return EXIT_OK


def _import(args: argparse.Namespace, settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import imports  # noqa: PLC0415

    path: Path = args.file
    run = imports.import_lines if args.import_command == "lines" else imports.import_vouchers
    report = run(db, path, _secret(settings, db), clerk=signed.clerk)
    if report.errors:
        for error in report.errors:
            print(f"{path}:{error.line_no}: {error.message}", file=sys.stderr)
        lines = len({error.line_no for error in report.errors})
        print(
            f"counter-app: nothing imported from {path}: {len(report.errors)} problems on "
            f"{lines} lines; correct the file and import it again",
            file=sys.stderr,
        )
        return EXIT_USAGE
    print(f"imported {report.imported} {args.import_command} from {path}")
    return EXIT_OK


def _export_sales(
    args: argparse.Namespace, _settings: Settings, db: Database, signed: _Signed
) -> int:
    from counter_app.services.exports import export_sales  # noqa: PLC0415

    count = export_sales(db, args.date_from, args.date_to, args.out, clerk=signed.clerk)
    print(f"wrote {count} sales to {args.out}")
    return EXIT_OK


def _audit_verify(
    args: argparse.Namespace, settings: Settings, db: Database, _signed: _Signed
) -> int:
    from counter_app.services import audit  # noqa: PLC0415

    _secret(settings, db)
    report = audit.verify(db, expect=args.expect)
    if report.ok:
        print(f"audit trail intact: {report.entries} entries")
        for head in report.chains:
            print(f"  {head.line()}")
        return EXIT_OK
    where = f" [audit_events.id {report.broken_id}]" if report.broken_id is not None else ""
    print(f"counter-app: audit trail broken: {report.problem}{where}", file=sys.stderr)
    return EXIT_AUDIT_BROKEN


def _reports(args: argparse.Namespace, _settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import day_summaries  # noqa: PLC0415

    clerk = _signed_clerk(signed)
    span = f"{args.date_from or 'the first day'} to {args.date_to or 'the last'}"
    if args.check:
        checked = day_summaries.check(db, clerk, args.date_from, args.date_to)
        if checked.equal:
            print(f"the day summaries from {span} agree with the sales")
            return EXIT_OK
        days = sorted(
            {str(key[0]) for key in checked.sales_differences + checked.tender_differences}
        )
        print(
            f"counter-app: the day summaries differ from the sales on {len(days)} day(s): "
            f"{', '.join(days)}; run counter-app reports rebuild",
            file=sys.stderr,
        )
        return EXIT_SUMMARIES_DIFFER
    rebuilt = day_summaries.rebuild(db, clerk, args.date_from, args.date_to)
    print(
        f"rebuilt the day summaries from {span}: {rebuilt.sales_rows} sales rows, "
        f"{rebuilt.tender_rows} tender rows"
    )
    return EXIT_OK


def _retention(args: argparse.Namespace, _settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import retention  # noqa: PLC0415

    if args.dry_run:
        count = retention.count_expired_identities(db)
        print(f"{count} holder(s) would have their identity data erased")
        return EXIT_OK
    result = retention.erase_expired_identities(db, signed.clerk)
    print(
        f"erased the identity data of {result.erased} holder(s) whose lines all closed "
        f"before {result.closed_before.isoformat()} ({result.months} months kept)"
    )
    return EXIT_OK


def _read_password_once(from_stdin: bool, *, prompt: str = "Password: ") -> str:
    """A sign-in password: the first line of standard input when asked or piped, else typed."""
    if from_stdin or sys.stdin is None or not sys.stdin.isatty():
        return _read_password(True)
    import getpass  # noqa: PLC0415

    return getpass.getpass(prompt)


def _receipt(args: argparse.Namespace, settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.domain.sales import SaleKind  # noqa: PLC0415
    from counter_app.printing.fonts import cjk_font  # noqa: PLC0415 - ReportLab is slow
    from counter_app.printing.receipt import Paper, build_sale_pdf  # noqa: PLC0415
    from counter_app.services import receipts, sales  # noqa: PLC0415

    out: Path = args.out
    if not out.parent.is_dir():
        raise InputError(f"there is no folder {out.parent} to write {out.name} in")
    sale = sales.get_sale(db, receipt_no=args.receipt_no)
    receipt_no = sale.receipt_no or ""
    cjk_font(receipts.receipt_settings(db, sale.shop_code).cjk_font_path)
    pin = None
    clerk = _signed_clerk(signed)
    if sale.kind is SaleKind.VOUCHER:
        pin = sales.reveal_pin(db, clerk, receipt_no, _secret(settings, db))
    paper = Paper(args.paper) if args.paper else None
    document = (
        receipts.next_copy_document(db, receipt_no, pin=pin, paper=paper)
        if args.copy
        else receipts.sale_document(db, receipt_no, copy=False, pin=pin, paper=paper)
    )
    write_atomically(out, build_sale_pdf(document), overwrite=True)
    if args.copy:
        # Only a copy that was written takes its number.
        sales.record_reprint(db, clerk, receipt_no, copy_no=document.copy_number)
    what = f"COPY {document.copy_number} of " if document.copy_number else ""
    print(f"wrote {what}receipt {receipt_no} ({document.paper.value}) to {out}")
    return EXIT_OK


def _writable(out: Path) -> None:
    if not out.parent.is_dir():
        raise InputError(f"there is no folder {out.parent} to write {out.name} in")


def _report(args: argparse.Namespace, settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.printing.receipt import Paper  # noqa: PLC0415
    from counter_app.printing.shift_report import build_shift_report_pdf  # noqa: PLC0415
    from counter_app.services import reports  # noqa: PLC0415

    out: Path = args.out
    _writable(out)
    counter = args.counter if args.counter is not None else settings.counter
    paper = Paper(args.paper) if args.paper else None
    if args.report_command == "x":
        document = reports.report_document(db, kind="x", counter_code=counter, paper=paper)
        write_atomically(out, build_shift_report_pdf(document), overwrite=True)
        (report,) = document.reports
        print(
            f"wrote the X report of shift {report.figures.shift_id} (open at counter "
            f"{report.counter_code}) to {out}"
        )
        return EXIT_OK
    files = reports.z_report_files(
        db, settings.paths.data_dir, counter_code=counter, day=args.day, paper=paper
    )
    write_atomically(out, files.pdf, overwrite=True)
    shift_ids = ", ".join(str(r.figures.shift_id) for r in files.document.reports)
    code = files.document.reports[0].counter_code
    print(f"wrote the Z report of counter {code} on {args.day} (shift {shift_ids}) to {out}")
    for path in files.archived:
        print(f"archived {path}")
    return EXIT_OK


def _invoice(args: argparse.Namespace, _settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.printing.invoice import build_invoice_pdf  # noqa: PLC0415 - ReportLab
    from counter_app.services import reports  # noqa: PLC0415

    out: Path = args.out
    _writable(out)
    document = reports.invoice_document(db, args.receipt_no, args.customer)
    write_atomically(out, build_invoice_pdf(document), overwrite=True)
    print(f"wrote the invoice for sale {document.sale.receipt_no} to {out}")
    return EXIT_OK


def _reminders(args: argparse.Namespace, _settings: Settings, db: Database, signed: _Signed) -> int:
    from datetime import UTC, datetime  # noqa: PLC0415

    from counter_app.domain.clock import HONG_KONG  # noqa: PLC0415
    from counter_app.services import lines, reminders  # noqa: PLC0415

    if args.reminders_command == "contacted":
        now = datetime.now(UTC)
        line = lines.find_line(db, " ".join(args.number), today=now.astimezone(HONG_KONG).date())
        marked = reminders.mark_contacted(
            db, _signed_clerk(signed), line.id, outcome=args.outcome, clock=lambda: now
        )
        print(
            f"marked {marked.msisdn_display} (expires {marked.expires_on.isoformat()}) "
            f"contacted by {marked.contacted_by}: {marked.outcome}"
        )
        return EXIT_OK
    out: Path | None = args.out
    if out is not None:
        _writable(out)
    due = reminders.due_reminders(
        db,
        today=datetime.now(HONG_KONG).date(),
        within_days=args.days,
        include_grace=not args.no_grace,
        carrier_code=args.carrier,
        card_type=args.card_type,
        include_contacted=args.contacted,
    )
    if out is not None:
        reminders.export_reminders_csv(due, out, clerk=signed.clerk)
        print(f"wrote {len(due)} reminders to {out}")
        return EXIT_OK
    if not due:
        print(f"no lines to phone within {args.days} days")
        return EXIT_OK
    print(
        f"{'number':<17} {'expires':<10} {'days':>5} {'status':<13} {'carrier':<10} "
        f"{'card type':<14} {'plan':<10} holder"
    )
    for r in due:
        called = (
            f"  called {r.contacted_at:%Y-%m-%d %H:%M} by {r.contacted_by}: {r.outcome}"
            if r.contacted_at
            else ""
        )
        holder = " ".join(name for name in (r.holder_name_en, r.holder_name_zh) if name)
        print(
            f"{r.msisdn_display:<17} {r.expires_on.isoformat()} {r.days_left:>4}d "
            f"{r.status.value:<13} {r.carrier_code:<10} {r.card_type.value:<14} "
            f"{r.plan_code:<10} {holder}{called}"
        )
    print(f"{len(due)} line{'' if len(due) == 1 else 's'} to phone")
    return EXIT_OK


def _backup(args: argparse.Namespace, settings: Settings, password: str) -> int:
    # Not through _open_database: a backup must not upgrade (or create) what it copies.
    from counter_app.services.backup import backup  # noqa: PLC0415
    from counter_app.services.permissions import Action  # noqa: PLC0415
    from counter_app.store.engine import Database  # noqa: PLC0415
    from counter_app.store.schema import current_revision, head_revision  # noqa: PLC0415

    db = Database.from_settings(settings)
    try:
        revision = current_revision(db)
        if revision is not None and revision != head_revision():
            # Signing in needs this version's tables; the upgrade backs the file up first.
            raise InputError(
                f"{db.description} has schema revision {revision}, this version needs "
                f"{head_revision()}: run counter-app db upgrade (it keeps a copy of the "
                f"database as it is now in {settings.paths.backup_dir}), then back it up"
            )
        clerk = None
        if revision is not None:
            _secret(settings, db)  # the sign-in's audit entry is keyed with it
            clerk = _sign(db, args, password, Action.BACKUP_MAKE)
        copy = backup(db, args.dest, clerk=clerk)
    finally:
        db.dispose()
    print(f"backed up {db.description} to {copy}")
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


# --- counter-app outbox ------------------------------------------------------------------


def _outbox(args: argparse.Namespace, settings: Settings, db: Database, signed: _Signed) -> int:
    from counter_app.services import outbox  # noqa: PLC0415

    command = args.outbox_command
    if command == "run":
        return _outbox_run(args, settings, db)
    if command == "status":
        return _outbox_status(settings, db)
    if command == "list":
        return _outbox_list(db)
    clerk = _signed_clerk(signed)
    if command == "retry":
        view = outbox.retry(db, clerk, args.job)
        print(f"job {view.id} ({view.reference}): {view.state.value}, due now")
        return EXIT_OK
    view = outbox.applied_by_hand(db, clerk, args.job, args.carrier_ref)
    print(f"job {view.id} ({view.reference}): applied by hand ({view.provider_ref})")
    return EXIT_OK


def _outbox_run(args: argparse.Namespace, settings: Settings, db: Database) -> int:
    import signal  # noqa: PLC0415
    import threading  # noqa: PLC0415

    from counter_app.services import outbox_setup  # noqa: PLC0415

    setup = outbox_setup.adapters(settings)
    for missing in setup.missing:
        print(f"outbox: {missing}", flush=True)
    dispatcher = outbox_setup.build_dispatcher(db, settings, setup=setup, name=args.name)
    stop = threading.Event()
    try:
        if args.once:
            while dispatcher.run_once():
                pass
        else:
            for number in (signal.SIGTERM, signal.SIGINT):
                signal.signal(number, lambda _number, _frame: stop.set())
            print(
                f"outbox: dispatcher {dispatcher.name} running on {db.description}; "
                "stop with Ctrl+C or SIGTERM",
                flush=True,
            )
            dispatcher.run(stop, idle_s=args.idle)
    finally:
        if setup.sms is not None:
            setup.sms.close()
    stats = dispatcher.stats
    recorded = ", ".join(f"{state} {count}" for state, count in sorted(stats.recorded.items()))
    print(
        f"outbox: {stats.sends} sent, {stats.lookups} looked up"
        + (f"; now {recorded}" if recorded else ""),
        flush=True,
    )
    return EXIT_OK


def _outbox_status(settings: Settings, db: Database) -> int:
    from counter_app.services import outbox, outbox_setup  # noqa: PLC0415

    counts = outbox.counts(db)
    if not counts:
        print("no jobs yet")
    for (kind, state), count in sorted(counts.items()):
        print(f"{kind:<11} {state:<10} {count}")
    setup = outbox_setup.adapters(settings)
    have = [*setup.fulfilment, *([setup.sms.name] if setup.sms is not None else [])]
    print(f"providers here: {', '.join(have) if have else 'none (jobs wait)'}")
    for missing in setup.missing:
        print(f"  {missing}")
    return EXIT_OK


def _outbox_list(db: Database) -> int:
    from counter_app.domain.clock import HONG_KONG  # noqa: PLC0415
    from counter_app.domain.money import format_money  # noqa: PLC0415
    from counter_app.services import outbox  # noqa: PLC0415

    jobs = outbox.attention(db)
    if not jobs:
        print("nothing needs a person: every job is sent, on its way or done")
        return EXIT_OK
    for job in jobs:
        when = job.created_at.astimezone(HONG_KONG).strftime("%Y-%m-%d %H:%M")
        what = "apply by hand" if job.provider == "manual" else job.state.value
        print(
            f"{job.id:>6}  {when}  {job.receipt_no:<20} {job.kind.value:<10} {what:<13} "
            f"{job.number}  {format_money(job.amount) if job.amount else '':>10}  "
            f"{job.item}  {job.last_error}".rstrip()
        )
    return EXIT_OK


def _outbox_credentials(args: argparse.Namespace, settings: Settings) -> int:
    from counter_app.services import keys  # noqa: PLC0415

    fields: dict[str, str] = {}
    typed = sys.stdin is not None and sys.stdin.isatty()
    for name in keys.PROVIDER_FIELDS[args.provider]:
        if typed:
            import getpass  # noqa: PLC0415

            value = getpass.getpass(f"{args.provider} {name}: ")
        else:
            value = sys.stdin.readline().strip() if sys.stdin is not None else ""
        if not value or not value.isprintable() or len(value) > 200:
            raise InputError(
                f"{args.provider} {name}: give it as one line of up to 200 printable characters"
            )
        fields[name] = value
    path = keys.secret_path(settings.paths.config_dir)
    keys.set_provider_credentials(path, args.provider, fields)
    print(f"stored the {args.provider} credentials in {path} (owner-only)")
    return EXIT_OK
