"""What both imports share: reading the CSV, problems by row, previews and reports, the catalogue.

Every row is checked before anything is written; one bad row and nothing is imported.
Reports name rows by their line number in the file and never repeat an ID number or a PIN.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final, Generic, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Plan

# Rows per INSERT and per IN (...) look-up: well under SQLite's and psycopg's limits.
CHUNK: Final = 1000
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# How the csv module says a field passed csv.field_size_limit() (131,072 characters).
_FIELD_TOO_LONG: Final = "field larger than field limit"

_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass(frozen=True)
class RowError:
    """One problem with one row; ``line_no`` counts the file's lines from 1 (the header).

    ``message`` starts with the column it is about ("pin: a PIN is 6 to 24 digits");
    ``column`` is that column ("" for the whole row) and ``detail`` the rest; ``params``
    the values the clerk's text of ``code`` names ({"line": 2}).
    """

    line_no: int
    message: str
    code: str
    column: str = ""
    params: Mapping[str, str | int] = field(default_factory=dict)

    @property
    def detail(self) -> str:
        prefix = f"{self.column}: "
        if self.column and self.message.startswith(prefix):
            return self.message[len(prefix) :]
        return self.message


@dataclass
class ImportReport:
    """What an import found: data rows read, rows imported (0 when any row is bad), errors."""

    rows: int
    imported: int
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class PreviewGroup:
    """What a file would add for one carrier and face value (vouchers) or card type (lines)."""

    carrier_code: str
    count: int
    face_value: int = 0
    card_type: str = ""


@dataclass
class ImportPreview:
    """An import checked but not done: the problems, and what the rows without one hold.

    ``groups`` and the totals count only rows without a problem; while ``errors`` is not
    empty, an import would add nothing. Never holds a PIN or an ID number.
    """

    kind: str  # "vouchers" or "lines"
    file_name: str
    rows: int
    errors: list[RowError] = field(default_factory=list)
    groups: list[PreviewGroup] = field(default_factory=list)
    face_value_total: int = 0
    batches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def count(self) -> int:
        """Rows without a problem: what the import would add once the others are fixed."""
        return sum(group.count for group in self.groups)

    @property
    def bad_lines(self) -> int:
        return len({error.line_no for error in self.errors})


@dataclass
class Checked(Generic[_R]):
    """A file read and checked: data rows read, problems found, the rows that parsed."""

    rows: int
    errors: list[RowError]
    parsed: list[_R]

    def good(self, line_no: Callable[[_R], int]) -> list[_R]:
        bad = {error.line_no for error in self.errors}
        return [row for row in self.parsed if line_no(row) not in bad]


class RowProblems:
    """Collects the problems of one row, each prefixed with the column it is about."""

    def __init__(self, line_no: int) -> None:
        self.line_no = line_no
        self.errors: list[RowError] = []

    def add(
        self, column: str, message: str, code: str, params: Mapping[str, str | int] | None = None
    ) -> None:
        self.errors.append(
            RowError(self.line_no, f"{column}: {message}", code, column, dict(params or {}))
        )

    def check(self, column: str, parse: Callable[[], _T]) -> _T | None:
        """``parse()``, or None after recording its InputError against *column*."""
        try:
            return parse()
        except InputError as exc:
            self.add(column, str(exc), exc.code, exc.params)
            return None


def read_rows(
    path: Path, columns: Sequence[str], errors: list[RowError]
) -> Iterator[tuple[int, dict[str, str] | None]]:
    """(line number, row) for each data row; file-level problems go into *errors*.

    UTF-8 with or without a byte-order mark. Blank lines are skipped. A row with the wrong
    number of fields is reported, and yielded as None so that it still counts as a row.
    """
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InputError(f"{path} does not exist", code=ErrorCode.IMPORT_NO_FILE) from None
    except IsADirectoryError:
        raise InputError(
            f"{path} is a folder, not a CSV file", code=ErrorCode.IMPORT_NO_FILE
        ) from None
    except OSError as exc:
        raise OutsideError(
            f"cannot read {path}: {exc.strerror}",
            code=ErrorCode.FILE_READ,
            params={"path": str(path)},
        ) from exc
    with handle:
        reader = csv.reader(handle, strict=True)
        next_line = 1
        header_seen = False
        try:
            for record in reader:
                line_no, next_line = next_line, reader.line_num + 1
                if not any(value.strip() for value in record):
                    continue
                if not header_seen:
                    header_seen = True
                    if tuple(name.strip() for name in record) != tuple(columns):
                        errors.append(_header_error(line_no, columns))
                        return
                    continue
                if len(record) != len(columns):
                    errors.append(
                        RowError(
                            line_no,
                            f"expected {len(columns)} fields, found {len(record)} "
                            "(a comma inside a value needs the value in double quotes)",
                            ErrorCode.IMPORT_FIELDS,
                        )
                    )
                    yield line_no, None
                    continue
                yield line_no, dict(zip(columns, record, strict=True))
        except UnicodeDecodeError:
            errors.append(
                RowError(
                    next_line,
                    "the file is not UTF-8 text; save it as CSV UTF-8",
                    ErrorCode.IMPORT_ENCODING,
                )
            )
            return
        except csv.Error as exc:
            # The csv module's message can quote the row's content; keep our own.
            if str(exc).startswith(_FIELD_TOO_LONG):
                limit = csv.field_size_limit()
                errors.append(
                    RowError(
                        next_line,
                        f"a value on this line is longer than {limit} characters, the most "
                        "a field may hold (is this the right file?)",
                        ErrorCode.IMPORT_FIELD_TOO_LONG,
                        params={"line": next_line, "maximum": limit},
                    )
                )
                return
            errors.append(
                RowError(
                    next_line,
                    "this is not a well-formed CSV line (check the double quotes)",
                    ErrorCode.IMPORT_CSV,
                )
            )
            return
    if not header_seen:
        errors.append(_header_error(1, columns))


def _header_error(line_no: int, columns: Sequence[str]) -> RowError:
    return RowError(
        line_no, f"the first line must be the header: {','.join(columns)}", ErrorCode.IMPORT_HEADER
    )


def iso_date(text: str, column: str) -> date:
    """A date written YYYY-MM-DD in *column*; InputError ``import.date`` otherwise."""
    value = text.strip()
    if not _ISO_DATE.fullmatch(value):
        raise InputError(
            "write the date as YYYY-MM-DD, e.g. 2026-11-21",
            code=ErrorCode.IMPORT_DATE,
            field=column,
        )
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            "this is not a date in the calendar", code=ErrorCode.IMPORT_DATE, field=column
        ) from None


def iso_date_within(text: str, column: str, first: date, last: date) -> date:
    """:func:`iso_date`, and from *first* to *last* (InputError ``import.date_range``): a
    date like 9999-12-31 is a typing slip, and every renewal of it would run off the
    calendar."""
    value = iso_date(text, column)
    if not first <= value <= last:
        raise InputError(
            f"the date must be from {first.isoformat()} to {last.isoformat()}",
            code=ErrorCode.IMPORT_DATE_RANGE,
            field=column,
            params={"minimum": first.isoformat(), "maximum": last.isoformat()},
        )
    return value


def chunks(values: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    """*values* a slice of at most *size* at a time, for INSERTs and IN (...) look-ups."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def audit_subject(path: Path) -> str:
    """The imported file as the audit entry names it."""
    return path.name[-80:]


@dataclass(frozen=True)
class Catalog:
    """The carriers by code and the plans by (carrier id, code), loaded once per file."""

    carriers: dict[str, Carrier]
    plans: dict[tuple[int, str], int]

    @classmethod
    def load(cls, db: Database) -> Catalog:
        with db.read() as session:
            carriers = {c.code.upper(): c for c in session.scalars(select(Carrier))}
            plans = {
                (carrier_id, code.upper()): plan_id
                for plan_id, carrier_id, code in session.execute(
                    select(Plan.id, Plan.carrier_id, Plan.code)
                )
            }
        return cls(carriers, plans)


def find_carrier(catalog: Catalog, text: str) -> Carrier:
    """The carrier whose code is *text*; InputError ``carrier.unknown`` naming the known ones."""
    carrier = catalog.carriers.get(text.strip().upper())
    if carrier is None:
        known = ", ".join(sorted(catalog.carriers)) or "none yet"
        raise InputError(
            f"there is no such carrier (known: {known})", code=ErrorCode.CARRIER_UNKNOWN
        )
    return carrier


def refresh_statistics(session: Session, *tables: str) -> None:
    # PostgreSQL plans by its statistics, and autovacuum refreshes them only a while after
    # a bulk load: until then the next import's look-ups would scan the tables row by row.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"ANALYZE {', '.join(tables)}"))


def refused(path: Path, what: str, count: int, errors: list[RowError]) -> ImportReport:
    """The report of an import refused for *errors*: nothing was imported."""
    errors.sort(key=lambda e: e.line_no)
    log.services.warning(
        "refused to import %s from %s: %d problems on %d lines",
        what,
        path.name,
        len(errors),
        len({e.line_no for e in errors}),
    )
    return ImportReport(rows=count, imported=0, errors=errors)


def raced(path: Path) -> InputError:
    """The error when another counter wrote the same rows during the import."""
    return InputError(
        f"another counter added the same numbers, SIM cards or vouchers while {path.name} "
        "was being imported; nothing was imported, run the import again to see which rows",
        code=ErrorCode.IMPORT_CONFLICT,
    )
