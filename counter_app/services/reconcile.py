"""A provider's transaction report set against our sales: what one side has and the other not.

The report is the aggregator's CSV (DT One's DT Shop "Transactions" report, or any file
with a header row naming its columns). Its columns are found by their names, in any order;
extra columns are ignored. What is needed (:data:`COLUMNS` lists the names looked for):

- ``reference``: our reference, the transaction's external id (``EXTERNAL ID``), required;
- ``date``: when the provider made the transaction (``CREATION DATE``), required;
- ``number``: the number topped up (``CREDIT PARTY MOBILE NUMBER``), required;
- ``amount`` (``PRODUCT VALUE``, HK$) or ``product`` (``PRODUCT ID``): at least one;
- ``status`` (``STATUS``): optional. A report without one lists what was applied (DT Shop's
  Transactions report); its Pending or Reversed report is read with that status given.

Each difference is one of :class:`DifferenceKind`. Our side is the fulfilment jobs the
sales wrote (:mod:`counter_app.services.outbox`); a sale paid here and missing there is
looked for only among the sales completed on the days the report covers. Nothing here
changes a sale or a job: a supervisor reads the list and acts (retry, applied by hand,
refund, or a claim at the provider).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, hk_day_bounds, system_clock
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.money import MAX_AMOUNT, format_money
from counter_app.domain.outbox import JobKind, JobState
from counter_app.domain.phones import mask_msisdn
from counter_app.domain.staff import Clerk
from counter_app.files import open_atomically
from counter_app.services import audit
from counter_app.services.exports import neutralise_cell
from counter_app.services.imports.common import RowError, chunks
from counter_app.services.permissions import Action, require
from counter_app.store.engine import Database
from counter_app.store.models import OutboxJob, Sale

# The fields a report row is read into, and the header names each is looked for under
# (compared in capitals, with "_" and "-" read as spaces): DT Shop's first.
COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "reference": ("EXTERNAL ID", "REFERENCE", "CUSTOM IDENTIFIER"),
    "date": ("CREATION DATE", "DATE", "TRANSACTION DATE"),
    "number": ("CREDIT PARTY MOBILE NUMBER", "MOBILE NUMBER", "RECIPIENT PHONE", "NUMBER"),
    "amount": ("PRODUCT VALUE", "AMOUNT"),
    "product": ("PRODUCT ID",),
    "status": ("STATUS",),
}
REQUIRED: Final = ("reference", "date", "number")
# A file of a report, or of anything else, is refused past this size (a month of a busy
# shop's top-ups is a few megabytes).
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
# The problems listed for a refused file; past these the file is clearly not the report.
MAX_PROBLEMS: Final = 100
_MAX_REFERENCE: Final = 64
_DELIMITERS: Final = (",", ";", "\t", "|")
_CURRENCY: Final = re.compile(r"\b([A-Z]{3})\b")
_HK_DOLLARS: Final = re.compile(r"^(?:HK\$|HKD|\$)\s*|\s*(?:HKD|HK\$)$", re.IGNORECASE)
_AMOUNT: Final = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_WHEN: Final = re.compile(
    r"(\d{4})[-/](\d{2})[-/](\d{2})"
    r"(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?))?\s*(Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_NUMBER_MARKS: Final = re.compile(r"[\s+()\-.]")


class TheirState(StrEnum):
    """What the provider's status says of a transaction."""

    APPLIED = "applied"  # the carrier has it: the customer got the top-up
    FAILED = "failed"  # refused, cancelled, declined or reversed: nothing applied
    PENDING = "pending"  # on its way at the provider


# The statuses of DT One (by name, and by its status ids), and the usual words of others.
STATUSES: Final[Mapping[str, TheirState]] = {
    "COMPLETED": TheirState.APPLIED,
    "SUCCESSFUL": TheirState.APPLIED,
    "SUCCESS": TheirState.APPLIED,
    "CREATED": TheirState.PENDING,
    "CONFIRMED": TheirState.PENDING,
    "SUBMITTED": TheirState.PENDING,
    "PENDING": TheirState.PENDING,
    "PROCESSING": TheirState.PENDING,
    "REJECTED": TheirState.FAILED,
    "CANCELLED": TheirState.FAILED,
    "CANCELED": TheirState.FAILED,
    "DECLINED": TheirState.FAILED,
    "REVERSED": TheirState.FAILED,
    "REFUNDED": TheirState.FAILED,
    "FAILED": TheirState.FAILED,
    "1": TheirState.PENDING,  # CREATED
    "2": TheirState.PENDING,  # CONFIRMED
    "3": TheirState.FAILED,  # REJECTED
    "4": TheirState.FAILED,  # CANCELLED
    "5": TheirState.PENDING,  # SUBMITTED
    "7": TheirState.APPLIED,  # COMPLETED
    "8": TheirState.FAILED,  # REVERSED
    "9": TheirState.FAILED,  # DECLINED
}


def status_state(text: str) -> TheirState:
    """The state a provider's status names ("COMPLETED", "7", "Completed (7)"); InputError
    ``reconcile.status`` for one that is not known."""
    word = text.strip().upper()
    state = STATUSES.get(word) or STATUSES.get(word.split("(")[0].strip())
    if state is None:
        known = ", ".join(name for name in STATUSES if not name.isdigit())
        raise InputError(
            f"{text.strip()!r} is not a status Counter knows ({known}, or DT One's status id)",
            code=ErrorCode.RECONCILE_STATUS,
            field="status",
        )
    return state


# --- the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportRow:
    """One transaction of the report; ``line_no`` counts the file's lines from 1."""

    line_no: int
    reference: str
    status: str
    state: TheirState
    made_at: datetime
    number: str  # digits only
    amount: int | None = None  # HK$ cents; None without an amount column
    product: str = ""

    def __repr__(self) -> str:
        # The number never goes to a log through a repr.
        return f"ReportRow({self.line_no}, {self.reference!r}, {self.state.value})"


@dataclass(frozen=True)
class ProviderReport:
    """The report as read: its rows, and which of the file's columns each field came from."""

    file_name: str
    rows: tuple[ReportRow, ...]
    columns: Mapping[str, str]

    @property
    def first_day(self) -> date:
        return min(row.made_at for row in self.rows).astimezone(HONG_KONG).date()

    @property
    def last_day(self) -> date:
        return max(row.made_at for row in self.rows).astimezone(HONG_KONG).date()


class ReportRefused(InputError):
    """The file cannot be read as a report; ``problems`` names each line and column."""

    def __init__(self, path: Path, problems: Sequence[RowError]) -> None:
        first = problems[0]
        where = f"line {first.line_no}" + (f", column {first.column!r}" if first.column else "")
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(
            f"{path.name}: {where}: {first.detail}{more}",
            code=first.code,
            params={"line": first.line_no, "column": first.column, **first.params},
        )
        self.problems = list(problems)


def _normalised(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("-", " ").upper().split())


def _read_text(path: Path) -> str:
    """The file's text: UTF-8 (with or without a BOM), or UTF-16 with its BOM (Excel's
    "Unicode text"); a byte that is neither is refused naming its line and column."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{path} is a folder, not a CSV file", code=ErrorCode.IMPORT_NO_FILE)
        if size > MAX_FILE_BYTES:
            raise ReportRefused(
                path,
                [
                    RowError(
                        1,
                        f"the file is {size // (1024 * 1024)} MB, more than a provider's report "
                        f"({MAX_FILE_BYTES // (1024 * 1024)} MB at most): is it the right file?",
                        ErrorCode.RECONCILE_TOO_BIG,
                    )
                ],
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path} does not exist", code=ErrorCode.IMPORT_NO_FILE) from None
    except OSError as exc:
        raise OutsideError(
            f"cannot read {path}: {exc.strerror}",
            code=ErrorCode.FILE_READ,
            params={"path": str(path)},
        ) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportRefused(path, [_encoding_problem(data, exc.start, utf16=True)]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReportRefused(path, [_encoding_problem(data, exc.start)]) from None


def _encoding_problem(data: bytes, position: int, *, utf16: bool = False) -> RowError:
    """Where the first byte that is not UTF-8 sits: its line, and the column of the header."""
    if utf16:
        return RowError(
            1,
            "the file starts as UTF-16 text but is not: save the report as CSV UTF-8",
            ErrorCode.IMPORT_ENCODING,
        )
    line_no = data.count(b"\n", 0, position) + 1
    line_start = data.rfind(b"\n", 0, position) + 1
    before = data[line_start:position].decode("utf-8", errors="replace")
    header = data.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace").rstrip("\r")
    delimiter = _delimiter(header)
    index = len(next(csv.reader([before], delimiter=delimiter), [""])) - 1
    names = next(csv.reader([header], delimiter=delimiter), [])
    column = names[index].strip() if line_no > 1 and 0 <= index < len(names) else ""
    bad = data[position : position + 2].hex(" ").upper()
    return RowError(
        line_no,
        f"{column + ': ' if column else ''}the bytes {bad} are not UTF-8 text (the file was "
        "saved in another encoding, or is not a CSV file): save the report as CSV UTF-8",
        ErrorCode.IMPORT_ENCODING,
        column,
        {"line": line_no},
    )


def _delimiter(header: str) -> str:
    """The separator the header line uses most: a comma, semicolon, tab or bar."""
    counts = {mark: header.count(mark) for mark in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda mark: counts[mark])
    return best if counts[best] else ","


def _columns(
    header: list[str], given: Mapping[str, str], line_no: int
) -> tuple[dict[str, int], list[RowError]]:
    """Which of the header's columns each field is read from (by index)."""
    names = [_normalised(name) for name in header]
    problems: list[RowError] = []
    unknown = sorted(set(given) - set(COLUMNS))
    if unknown:
        problems.append(
            RowError(
                line_no,
                f"Counter reads no field {', '.join(unknown)} (it reads {', '.join(COLUMNS)})",
                ErrorCode.RECONCILE_COLUMNS,
            )
        )
    found: dict[str, int] = {}
    missing: list[str] = []
    for name, aliases in COLUMNS.items():
        wanted = (_normalised(given[name]),) if name in given else aliases
        if name in given and not given[name].strip():
            continue  # left out on purpose (e.g. an amount in another currency)
        matches = next(
            ([i for i, n in enumerate(names) if n == alias] for alias in wanted if alias in names),
            [],
        )
        if len(matches) > 1:
            problems.append(
                RowError(
                    line_no,
                    f"the column {header[matches[0]].strip()!r} appears {len(matches)} times: "
                    f"say which one holds the {name} (--map {name}=COLUMN)",
                    ErrorCode.RECONCILE_COLUMNS,
                    header[matches[0]].strip(),
                )
            )
        elif matches:
            found[name] = matches[0]
        elif name in REQUIRED or name in given:
            missing.append(f"{name} ({' or '.join(wanted)})")
    if "amount" not in found and "product" not in found and not problems:
        missing.append(
            f"an amount ({' or '.join(COLUMNS['amount'])}) or a product "
            f"({' or '.join(COLUMNS['product'])})"
        )
    if missing:
        shown = ", ".join(name.strip() for name in header if name.strip()) or "none"
        problems.append(
            RowError(
                line_no,
                f"the report has no column for {'; '.join(missing)}. Its columns are: {shown}",
                ErrorCode.RECONCILE_COLUMNS,
                params={"columns": "; ".join(missing)},
            )
        )
    return found, problems


def read_report(
    path: Path, *, columns: Mapping[str, str] | None = None, status: str = "COMPLETED"
) -> ProviderReport:
    """Read and check the provider's report at *path*; :class:`ReportRefused` names every
    line and column that is wrong (nothing is half read).

    *columns* maps a field to the file's own header for it, where the file names it
    otherwise (``{"amount": "RETAIL PRICE"}``; ``""`` leaves an optional field out).
    *status* is every row's status when the file has no status column.
    """
    given = dict(columns or {})
    status_state(status)  # a status Counter knows, or InputError before the file is read
    default_status = status.strip().upper()
    text = _read_text(path)
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]), strict=True
    )
    problems: list[RowError] = []
    rows: list[ReportRow] = []
    header: list[str] | None = None
    found: dict[str, int] = {}
    next_line = 1
    try:
        for record in reader:
            line_no, next_line = next_line, reader.line_num + 1
            if not any(value.strip() for value in record):
                continue
            if header is None:
                header = record
                found, header_problems = _columns(header, given, line_no)
                if header_problems:
                    raise ReportRefused(path, header_problems)
                continue
            if len(record) != len(header):
                problems.append(
                    RowError(
                        line_no,
                        f"expected {len(header)} fields as in the header, found {len(record)} "
                        "(a value with the separator in it needs double quotes)",
                        ErrorCode.IMPORT_FIELDS,
                        params={"line": line_no},
                    )
                )
            else:
                row = _row(
                    line_no,
                    record,
                    header=header,
                    found=found,
                    default_status=default_status,
                    problems=problems,
                )
                if row is not None:
                    rows.append(row)
            if len(problems) >= MAX_PROBLEMS:
                break
    except csv.Error as exc:
        message = (
            f"a value on this line is longer than {csv.field_size_limit()} characters: is this "
            "the provider's report?"
            if "field larger than field limit" in str(exc)
            else "this is not a well-formed CSV line (check the double quotes)"
        )
        code = (
            ErrorCode.IMPORT_FIELD_TOO_LONG if "field larger" in str(exc) else ErrorCode.IMPORT_CSV
        )
        problems.append(
            RowError(
                next_line,
                message,
                code,
                params={"line": next_line, "maximum": csv.field_size_limit()},
            )
        )
    if header is None:
        raise ReportRefused(
            path,
            [
                RowError(
                    1,
                    "the file is empty: the report starts with a header line naming its columns",
                    ErrorCode.RECONCILE_COLUMNS,
                    params={"columns": ", ".join(REQUIRED)},
                )
            ],
        )
    if problems:
        raise ReportRefused(path, problems)
    if not rows:
        raise ReportRefused(
            path,
            [RowError(next_line, "the report holds no transactions", ErrorCode.RECONCILE_EMPTY)],
        )
    return ProviderReport(
        path.name, tuple(rows), {name: header[index].strip() for name, index in found.items()}
    )


def _row(
    line_no: int,
    record: list[str],
    *,
    header: list[str],
    found: Mapping[str, int],
    default_status: str,
    problems: list[RowError],
) -> ReportRow | None:
    values = {name: record[index].strip() for name, index in found.items()}
    before = len(problems)

    def refuse(name: str, message: str, code: ErrorCode) -> None:
        column = header[found[name]].strip()
        problems.append(RowError(line_no, f"{column}: {message}", code, column, {"line": line_no}))

    reference = values["reference"]
    if not reference:
        refuse(
            "reference",
            "empty: every transaction needs our reference",
            ErrorCode.RECONCILE_REFERENCE,
        )
    elif len(reference) > _MAX_REFERENCE or not reference.isprintable():
        refuse(
            "reference",
            f"{reference[:20]!r}… is not one of our references (at most 64 printable characters)",
            ErrorCode.RECONCILE_REFERENCE,
        )
    status, state = default_status, status_state(default_status)
    if "status" in found:
        status = values["status"]
        try:
            state = status_state(status)
        except InputError as exc:
            refuse("status", str(exc), ErrorCode.RECONCILE_STATUS)
    made_at = _when(values["date"], lambda m: refuse("date", m, ErrorCode.RECONCILE_DATE))
    number = _NUMBER_MARKS.sub("", values["number"])
    if not number.isdecimal() or not 6 <= len(number) <= 15 or not number.isascii():
        refuse(
            "number",
            "not a phone number (6 to 15 digits, spaces, dashes and a leading + allowed)",
            ErrorCode.RECONCILE_NUMBER,
        )
    amount = None
    if "amount" in found:
        amount = _amount(
            values["amount"], lambda m: refuse("amount", m, ErrorCode.RECONCILE_AMOUNT)
        )
    if len(problems) > before or made_at is None:
        return None
    return ReportRow(
        line_no=line_no,
        reference=reference,
        status=status,
        state=state,
        made_at=made_at,
        number=number,
        amount=amount,
        product=values.get("product", ""),
    )


def _when(text: str, refuse: Callable[[str], None]) -> datetime | None:
    """An ISO 8601 date and time (a time without a zone is UTC, as DT One writes them)."""
    found = _WHEN.fullmatch(text)
    if found is None:
        refuse(f"{text!r} is not a date and time like 2026-11-21T02:01:05Z or 2026-11-21 10:01:05")
        return None
    year, month, day, time, zone = found.groups()
    written = f"{year}-{month}-{day}" + (f"T{time}" if time else "") + (zone or "").upper()
    try:
        moment = datetime.fromisoformat(written)
    except ValueError:
        refuse(f"{text!r} is not a date and time in the calendar")
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _amount(text: str, refuse: Callable[[str], None]) -> int | None:
    """HK$ cents from "100", "100.00", "HK$1,000.50", "100.000000" or "100.00 HKD"."""
    bare = _HK_DOLLARS.sub("", text.strip()).strip()
    foreign = _CURRENCY.search(bare.upper())
    if foreign:
        refuse(
            f"{text!r} is not in HK$ (it says {foreign.group(1)}): give the column with the "
            "HK$ amount (--map amount=COLUMN), or none (--map amount=)"
        )
        return None
    if not _AMOUNT.fullmatch(bare):
        refuse(f"{text!r} is not an amount like 100.00")
        return None
    try:
        cents = Decimal(bare.replace(",", "")) * 100
    except InvalidOperation:
        refuse(f"{text!r} is not an amount like 100.00")
        return None
    if cents != cents.to_integral_value() or abs(cents) > MAX_AMOUNT:
        refuse(f"{text!r} is not an amount in whole cents up to HK$100,000")
        return None
    return int(cents)


# --- the comparison ------------------------------------------------------------------------


class DifferenceKind(StrEnum):
    """What differs between a sale here and the provider's report, most urgent first."""

    APPLIED_TWICE = "applied_twice"  # the provider applied one of our top-ups more than once
    NOT_SOLD = "not_sold"  # applied there, and not sold here (or the sale was voided)
    NOT_APPLIED = "not_applied"  # paid here, and not applied there
    STATE = "state_differs"  # confirmed here and failed there, or failed here and applied there
    NUMBER = "number_differs"  # applied to another number than the one sold
    AMOUNT = "amount_differs"
    PRODUCT = "product_differs"


KIND_TEXT: Final[Mapping[DifferenceKind, str]] = {
    DifferenceKind.APPLIED_TWICE: "applied twice there",
    DifferenceKind.NOT_SOLD: "applied there, not sold here",
    DifferenceKind.NOT_APPLIED: "paid here, not applied there",
    DifferenceKind.STATE: "states differ",
    DifferenceKind.NUMBER: "numbers differ",
    DifferenceKind.AMOUNT: "amounts differ",
    DifferenceKind.PRODUCT: "products differ",
}
_ORDER: Final = {kind: index for index, kind in enumerate(DifferenceKind)}
# Sales whose money was taken and kept: what the carrier must have applied.
_PAID: Final = "completed"


@dataclass(frozen=True)
class Difference:
    """One difference, with both sides as far as each has the transaction (numbers masked)."""

    kind: DifferenceKind
    reference: str
    detail: str
    receipt_no: str = ""
    sale_state: str = ""
    job_state: str = ""
    here_amount: int | None = None
    here_product: str = ""
    here_number: str = ""
    there_status: str = ""
    there_amount: int | None = None
    there_product: str = ""
    there_number: str = ""
    there_at: datetime | None = None
    line_no: int | None = None


@dataclass(frozen=True)
class Reconciliation:
    """The differences found, and what was compared to find them."""

    file_name: str
    provider: str
    first_day: date
    last_day: date
    rows: int
    jobs: int  # our jobs for the provider from sales completed on those days
    differences: tuple[Difference, ...]

    def count(self, kind: DifferenceKind) -> int:
        return sum(1 for difference in self.differences if difference.kind is kind)


@dataclass(frozen=True)
class _Job:
    """One of our fulfilment jobs and its sale, as plain data."""

    reference: str
    provider: str
    state: JobState
    msisdn: str
    product: str
    amount: int
    receipt_no: str
    sale_state: str

    @property
    def base(self) -> str:
        return _base(self.reference)


def _base(reference: str) -> str:
    """A reference without its retry generation ("R/1#2" is "R/1" sent a second time)."""
    return reference.partition("#")[0]


def masked_number(number: str) -> str:
    """A number as the report or a job holds it, never in full (as on the receipts when it
    is a Hong Kong, Macau or mainland one)."""
    digits = number.lstrip("+")
    try:
        return mask_msisdn(f"+{digits}")
    except InputError:
        pass
    if len(digits) <= 4:
        return "•" * len(digits)
    return f"{digits[:2]}{'•' * (len(digits) - 4)}{digits[-2:]}"


def _same_number(ours: str, theirs: str) -> bool:
    mine = ours.lstrip("+")
    shorter, longer = sorted((mine, theirs), key=len)
    return mine == theirs or (len(shorter) >= 8 and longer.endswith(shorter))


def _jobs(session: Session, query: Select[OutboxJob, str | None, str]) -> list[_Job]:
    return [
        _Job(
            reference=job.reference,
            provider=job.provider,
            state=JobState(job.state),
            msisdn=job.msisdn,
            product=job.product,
            amount=job.amount,
            receipt_no=receipt_no or "",
            sale_state=sale_state,
        )
        for job, receipt_no, sale_state in session.execute(query)
    ]


def _jobs_of_receipts(session: Session, receipts: Iterable[str]) -> list[_Job]:
    found: list[_Job] = []
    for part in chunks(sorted(receipts)):
        found += _jobs(
            session,
            select(OutboxJob, Sale.receipt_no, Sale.state)
            .join(Sale, Sale.id == OutboxJob.sale_id)
            .where(OutboxJob.kind == JobKind.FULFILMENT.value, Sale.receipt_no.in_(part))
            .order_by(OutboxJob.id),
        )
    return found


def _jobs_of_days(session: Session, provider: str, first: date, last: date) -> list[_Job]:
    start, _ = hk_day_bounds(first)
    _, end = hk_day_bounds(last)
    return _jobs(
        session,
        select(OutboxJob, Sale.receipt_no, Sale.state)
        .join(Sale, Sale.id == OutboxJob.sale_id)
        .where(
            OutboxJob.kind == JobKind.FULFILMENT.value,
            OutboxJob.provider == provider,
            Sale.state == _PAID,
            Sale.completed_at >= start,
            Sale.completed_at < end,
        )
        .order_by(OutboxJob.id),
    )


def _here(job: _Job) -> dict[str, object]:
    return {
        "receipt_no": job.receipt_no,
        "sale_state": job.sale_state,
        "job_state": job.state.value,
        "here_amount": job.amount,
        "here_product": job.product,
        "here_number": masked_number(job.msisdn),
    }


def _there(row: ReportRow) -> dict[str, object]:
    return {
        "there_status": row.status,
        "there_amount": row.amount,
        "there_product": row.product,
        "there_number": masked_number(row.number),
        "there_at": row.made_at,
        "line_no": row.line_no,
    }


def _compare_applied(job: _Job, row: ReportRow, provider: str) -> list[Difference]:
    """A top-up of ours the provider applied: was it sold, and as applied?"""
    both = {**_here(job), **_there(row)}
    found: list[Difference] = []
    if job.sale_state != _PAID:
        found.append(
            Difference(
                DifferenceKind.NOT_SOLD,
                row.reference,
                f"the sale was {job.sale_state} here, and {provider} applied it",
                **both,  # type: ignore[arg-type]
            )
        )
    elif job.state in (JobState.FAILED, JobState.CANCELLED):
        found.append(
            Difference(
                DifferenceKind.STATE,
                row.reference,
                f"{job.state.value} here, applied by {provider}",
                **both,  # type: ignore[arg-type]
            )
        )
    if job.provider != provider:
        found.append(
            Difference(
                DifferenceKind.APPLIED_TWICE,
                row.reference,
                f"queued for {job.provider} here, and applied by {provider} too",
                **both,  # type: ignore[arg-type]
            )
        )
    if not _same_number(job.msisdn, row.number):
        found.append(
            Difference(
                DifferenceKind.NUMBER,
                row.reference,
                f"applied to {masked_number(row.number)}, sold for {masked_number(job.msisdn)}",
                **both,  # type: ignore[arg-type]
            )
        )
    if row.amount is not None and row.amount != job.amount:
        found.append(
            Difference(
                DifferenceKind.AMOUNT,
                row.reference,
                f"sold for {format_money(job.amount)}, applied for {format_money(row.amount)}",
                **both,  # type: ignore[arg-type]
            )
        )
    if row.product and job.product and row.product != job.product:
        found.append(
            Difference(
                DifferenceKind.PRODUCT,
                row.reference,
                f"sold as product {job.product}, applied as {row.product}",
                **both,  # type: ignore[arg-type]
            )
        )
    return found


def compare(
    report: ProviderReport, jobs: Sequence[_Job], window: Sequence[_Job], provider: str
) -> list[Difference]:
    """The differences between the report's rows and our jobs (*jobs*: those the rows name;
    *window*: the provider's jobs of sales completed on the report's days)."""
    exact = {job.reference: job for job in jobs}
    by_base = {job.base: job for job in jobs}
    rows_of: dict[str, list[ReportRow]] = defaultdict(list)
    found: list[Difference] = []
    for row in report.rows:
        job = exact.get(row.reference)
        if job is not None:
            rows_of[job.reference].append(row)
            continue
        if row.state is not TheirState.APPLIED:
            continue  # nothing was applied: nothing to claim back or to deliver
        earlier = by_base.get(_base(row.reference))
        if earlier is not None:
            found.append(
                Difference(
                    DifferenceKind.APPLIED_TWICE,
                    row.reference,
                    f"an earlier attempt of {earlier.reference} was applied as well",
                    **{**_here(earlier), **_there(row)},  # type: ignore[arg-type]
                )
            )
            continue
        found.append(
            Difference(
                DifferenceKind.NOT_SOLD,
                row.reference,
                "no sale here has this reference",
                **_there(row),  # type: ignore[arg-type]
            )
        )
    for reference, rows in rows_of.items():
        job = exact[reference]
        applied = [row for row in rows if row.state is TheirState.APPLIED]
        if len(applied) > 1:
            found.append(
                Difference(
                    DifferenceKind.APPLIED_TWICE,
                    reference,
                    f"applied {len(applied)} times (file lines "
                    f"{', '.join(str(row.line_no) for row in applied)})",
                    **{**_here(job), **_there(applied[1])},  # type: ignore[arg-type]
                )
            )
        if applied:
            found += _compare_applied(job, applied[0], provider)
            continue
        if job.sale_state != _PAID:
            continue
        failed = next((row for row in rows if row.state is TheirState.FAILED), None)
        if failed is not None and job.state is JobState.CONFIRMED:
            found.append(
                Difference(
                    DifferenceKind.STATE,
                    reference,
                    f"confirmed here, {failed.status.lower()} at {provider}",
                    **{**_here(job), **_there(failed)},  # type: ignore[arg-type]
                )
            )
        elif failed is not None:
            found.append(
                Difference(
                    DifferenceKind.NOT_APPLIED,
                    reference,
                    f"{failed.status.lower()} at {provider}: retry it, apply it by hand, or refund",
                    **{**_here(job), **_there(failed)},  # type: ignore[arg-type]
                )
            )
        # Only pending there: on its way, not a difference yet.
    for job in window:
        if job.reference in rows_of:
            continue
        found.append(
            Difference(
                DifferenceKind.NOT_APPLIED,
                job.reference,
                f"{job.state.value} here, not in the report",
                **_here(job),  # type: ignore[arg-type]
            )
        )
    found.sort(key=lambda d: (_ORDER[d.kind], d.receipt_no or d.reference, d.reference))
    return found


def reconcile(
    db: Database,
    clerk: Clerk,
    report: ProviderReport,
    *,
    provider: str = "dtone",
    first_day: date | None = None,
    last_day: date | None = None,
    clock: Clock = system_clock,
) -> Reconciliation:
    """Set *report* against our sales (supervisor): the differences, most urgent first.

    A sale paid here and missing from the report is looked for among the *provider*'s jobs
    of the sales completed from *first_day* to *last_day* (Hong Kong dates; by default the
    first and last day the report holds). The run is audited.
    """
    require(clerk, Action.REPORTS_VIEW)
    first = first_day or report.first_day
    last = last_day or report.last_day
    if first > last:
        raise InputError(
            f"the first day {first.isoformat()} is after the last day {last.isoformat()}",
            code=ErrorCode.REPORT_DATES,
        )
    receipts = {row.reference.rsplit("/", 1)[0] for row in report.rows if "/" in row.reference}
    with db.read() as session:
        jobs = _jobs_of_receipts(session, receipts)
        window = _jobs_of_days(session, provider, first, last)
    differences = compare(report, jobs, window, provider)
    result = Reconciliation(
        file_name=report.file_name,
        provider=provider,
        first_day=first,
        last_day=last,
        rows=len(report.rows),
        jobs=len(window),
        differences=tuple(differences),
    )
    kinds = Counter(d.kind.value for d in differences)
    with db.write() as session:
        audit.record(
            session,
            "outbox.reconciled",
            occurred_at=clock(),
            staff_id=clerk.id,
            subject=report.file_name[-80:],
            details={
                "provider": provider,
                "from": first.isoformat(),
                "to": last.isoformat(),
                "rows": len(report.rows),
                "jobs": len(window),
                "differences": dict(sorted(kinds.items())),
            },
        )
    log.services.info(
        "reconciled %s (%d rows) with %d %s jobs: %d differences",
        report.file_name,
        len(report.rows),
        len(window),
        provider,
        len(differences),
    )
    return result


# --- what the supervisor reads ------------------------------------------------------------

CSV_COLUMNS: Final = (
    "difference",
    "reference",
    "receipt_no",
    "sale_state",
    "job_state",
    "here_amount",
    "there_amount",
    "here_product",
    "there_product",
    "here_number",
    "there_number",
    "there_status",
    "there_time",
    "file_line",
    "detail",
)


def _cents(amount: int | None) -> str:
    """123.45, no symbol and no separators, so that spreadsheets read a number."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    dollars, rest = divmod(abs(amount), 100)
    return f"{sign}{dollars}.{rest:02d}"


def _hk_time(moment: datetime | None) -> str:
    return moment.astimezone(HONG_KONG).isoformat(timespec="seconds") if moment else ""


def csv_rows(result: Reconciliation) -> list[list[str]]:
    return [
        [
            d.kind.value,
            d.reference,
            d.receipt_no,
            d.sale_state,
            d.job_state,
            _cents(d.here_amount),
            _cents(d.there_amount),
            d.here_product,
            d.there_product,
            d.here_number,
            d.there_number,
            d.there_status,
            _hk_time(d.there_at),
            str(d.line_no or ""),
            d.detail,
        ]
        for d in result.differences
    ]


def write_csv(
    db: Database, clerk: Clerk, result: Reconciliation, out: Path, *, clock: Clock = system_clock
) -> None:
    """The differences as CSV at *out* (supervisor; readable by its owner only, written
    whole or not at all, spreadsheet formulas neutralised); audited as an export."""
    require(clerk, Action.REPORTS_EXPORT)
    if not out.parent.is_dir():
        raise InputError(f"the folder {out.parent} does not exist", code=ErrorCode.EXPORT_FOLDER)
    if out.is_dir():
        raise InputError(
            f"{out} is a folder; name the CSV file to write", code=ErrorCode.EXPORT_FOLDER
        )
    try:
        with open_atomically(out, encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            writer.writerows([neutralise_cell(cell) for cell in row] for row in csv_rows(result))
    except OSError as exc:
        raise OutsideError(
            f"cannot write {out}: {exc.strerror}",
            code=ErrorCode.FILE_WRITE,
            params={"path": str(out)},
        ) from exc
    with db.write() as session:
        audit.record(
            session,
            "outbox.reconciliation_exported",
            occurred_at=clock(),
            staff_id=clerk.id,
            subject=out.name[-80:],
            details={"report": result.file_name[-80:], "differences": len(result.differences)},
        )


def table(result: Reconciliation) -> list[str]:
    """The differences as lines of a table for a terminal, most urgent first."""
    rows = [
        [
            KIND_TEXT[d.kind],
            d.reference,
            " ".join(
                part
                for part in (
                    d.job_state,
                    format_money(d.here_amount) if d.here_amount is not None else "",
                )
                if part
            )
            or "—",
            " ".join(
                part
                for part in (
                    d.there_status,
                    format_money(d.there_amount) if d.there_amount is not None else "",
                    f"(line {d.line_no})" if d.line_no else "",
                )
                if part
            )
            or "—",
            d.detail,
        ]
        for d in result.differences
    ]
    heads = ["difference", "reference", "here", "there", "detail"]
    widths = [max(len(cell) for cell in column) for column in zip(heads, *rows, strict=True)]
    lines = []
    for cells in (heads, *rows):
        shown = [cell.ljust(width) for cell, width in zip(cells[:-1], widths[:-1], strict=True)]
        lines.append("  ".join([*shown, cells[-1]]).rstrip())
    return lines
