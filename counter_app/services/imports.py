"""Bulk imports from CSV: a carrier's or the old system's lines, and PIN voucher stock.

Every row is checked before anything is written; one bad row and nothing is imported.
Reports name rows by their line number in the file and never repeat an ID number or a PIN.
"""

from __future__ import annotations

import csv
import re
from collections import Counter as Tally
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Final, Generic, TypeVar

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.identity import IdType, parse_iccid
from counter_app.domain.money import parse_money
from counter_app.domain.phones import parse_msisdn
from counter_app.domain.plans import CardType
from counter_app.domain.text import clean_input
from counter_app.services import audit, vouchers
from counter_app.services.keys import InstallationSecret
from counter_app.services.lines import accepted_id_types
from counter_app.services.permissions import Action, require
from counter_app.services.registration import MAX_LINES_PER_DOCUMENT, Holder, parse_holder
from counter_app.services.staff import Clerk
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Customer, Line, Plan, VoucherPin

LINE_COLUMNS: Final = (
    "msisdn",
    "carrier",
    "card_type",
    "iccid",
    "plan_code",
    "expires_on",
    "balance",
    "holder_name_en",
    "holder_name_zh",
    "holder_dob",
    "id_type",
    "id_number",
    "secondary_msisdn",
    "auto_renew",
)
VOUCHER_COLUMNS: Final = ("carrier", "face_value", "serial", "pin", "expires_on", "batch")

# Rows per INSERT and per IN (...) look-up: well under SQLite's and psycopg's limits.
_CHUNK: Final = 1000
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SERIAL: Final = re.compile(r"[A-Za-z0-9]{4,40}")
_PIN: Final = re.compile(r"[0-9]{6,24}")
_PIN_SEPARATORS: Final = re.compile(r"[ \-]")
_BATCH: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _./\-]{0,39}")
_HOLDER_COLUMNS: Final = {
    "name_en": "holder_name_en",
    "name_zh": "holder_name_zh",
    "date_of_birth": "holder_dob",
    "id_type": "id_type",
}
_YES: Final = frozenset({"yes", "true", "1"})
_NO: Final = frozenset({"no", "false", "0", ""})

_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass(frozen=True)
class RowError:
    """One problem with one row; ``line_no`` counts the file's lines from 1 (the header).

    ``message`` starts with the column it is about ("pin: a PIN is 6 to 24 digits");
    ``column`` is that column ("" for the whole row) and ``detail`` the rest.
    """

    line_no: int
    message: str
    code: str
    column: str = ""

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
class _Checked(Generic[_R]):
    """A file read and checked: data rows read, problems found, the rows that parsed."""

    rows: int
    errors: list[RowError]
    parsed: list[_R]

    def good(self, line_no: Callable[[_R], int]) -> list[_R]:
        bad = {error.line_no for error in self.errors}
        return [row for row in self.parsed if line_no(row) not in bad]


class _RowProblems:
    """Collects the problems of one row, each prefixed with the column it is about."""

    def __init__(self, line_no: int) -> None:
        self.line_no = line_no
        self.errors: list[RowError] = []

    def add(self, column: str, message: str, code: str) -> None:
        self.errors.append(RowError(self.line_no, f"{column}: {message}", code, column))

    def check(self, column: str, parse: Callable[[], _T]) -> _T | None:
        """``parse()``, or None after recording its InputError against *column*."""
        try:
            return parse()
        except InputError as exc:
            self.add(column, str(exc), exc.code)
            return None


# --- reading the file -------------------------------------------------------------------


def _read_rows(
    path: Path, columns: Sequence[str], errors: list[RowError]
) -> Iterator[tuple[int, dict[str, str] | None]]:
    """(line number, row) for each data row; file-level problems go into *errors*.

    UTF-8 with or without a byte-order mark. Blank lines are skipped. A row with the wrong
    number of fields is reported, and yielded as None so that it still counts as a row.
    """
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InputError(f"{path} does not exist", code="import.no_file") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a CSV file", code="import.no_file") from None
    except OSError as exc:
        raise OutsideError(f"cannot read {path}: {exc.strerror}") from exc
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
                            "import.fields",
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
                    "import.encoding",
                )
            )
            return
        except csv.Error:
            # The csv module's message can quote the row's content; keep our own.
            errors.append(
                RowError(
                    next_line,
                    "this is not a well-formed CSV line (check the double quotes)",
                    "import.csv",
                )
            )
            return
    if not header_seen:
        errors.append(_header_error(1, columns))


def _header_error(line_no: int, columns: Sequence[str]) -> RowError:
    return RowError(
        line_no, f"the first line must be the header: {','.join(columns)}", "import.header"
    )


def _iso_date(text: str, column: str) -> date:
    value = text.strip()
    if not _ISO_DATE.fullmatch(value):
        raise InputError(
            "write the date as YYYY-MM-DD, e.g. 2026-11-21", code="import.date", field=column
        )
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            "this is not a date in the calendar", code="import.date", field=column
        ) from None


def _chunks(values: Sequence[_T], size: int = _CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _subject(path: Path) -> str:
    return path.name[-80:]


# --- lines ------------------------------------------------------------------------------


@dataclass
class _LineRow:
    line_no: int
    msisdn: str
    secondary: str | None
    iccid: str
    carrier: Carrier
    card_type: str
    plan_id: int | None
    expires_on: date
    balance: int
    auto_renew: bool
    customer: dict[str, object]  # a customers row; holds the keyed hash, never the number

    @property
    def id_hash(self) -> str:
        return str(self.customer["id_hash"])


@dataclass(frozen=True)
class _Catalog:
    carriers: dict[str, Carrier]
    plans: dict[tuple[int, str], int]

    @classmethod
    def load(cls, db: Database) -> _Catalog:
        with db.read() as session:
            carriers = {c.code.upper(): c for c in session.scalars(select(Carrier))}
            plans = {
                (carrier_id, code.upper()): plan_id
                for plan_id, carrier_id, code in session.execute(
                    select(Plan.id, Plan.carrier_id, Plan.code)
                )
            }
        return cls(carriers, plans)


def _auto_renew(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InputError(
        "write yes or no (or true/false, 1/0; empty means no)", code="import.auto_renew"
    )


def _card_type(text: str) -> CardType:
    try:
        return CardType(text.strip().lower())
    except ValueError:
        raise InputError(
            f"the card type is one of {', '.join(t.value for t in CardType)}",
            code="registration.card_type",
        ) from None


def _carrier(catalog: _Catalog, text: str) -> Carrier:
    carrier = catalog.carriers.get(text.strip().upper())
    if carrier is None:
        known = ", ".join(sorted(catalog.carriers)) or "none yet"
        raise InputError(f"there is no such carrier (known: {known})", code="carrier.unknown")
    return carrier


def _document(id_type: str, id_number: str) -> tuple[str, str]:
    """(issuing country, number): a passport is written COUNTRY:NUMBER, e.g. PHL:P1234567A."""
    if id_type.strip().lower() == IdType.PASSPORT.value and ":" in id_number:
        country, _, number = id_number.partition(":")
        return country, number
    return "", id_number


def _parse_line(  # noqa: PLR0917 - one call site, the import loop
    line_no: int,
    row: dict[str, str],
    catalog: _Catalog,
    secret: InstallationSecret,
    today: date,
    now: datetime,
) -> tuple[_LineRow | None, list[RowError]]:
    problems = _RowProblems(line_no)
    msisdn = problems.check("msisdn", lambda: parse_msisdn(row["msisdn"], field="msisdn"))
    carrier = problems.check("carrier", lambda: _carrier(catalog, row["carrier"]))
    card_type = problems.check("card_type", lambda: _card_type(row["card_type"]))
    iccid = problems.check("iccid", lambda: parse_iccid(row["iccid"], field="iccid"))
    plan_id: int | None = None
    plan_code = row["plan_code"].strip().upper()
    if plan_code and carrier is not None:
        plan_id = catalog.plans.get((carrier.id, plan_code))
        if plan_id is None:
            problems.add("plan_code", f"{carrier.code} has no plan with this code", "plan.unknown")
    expires_on = problems.check("expires_on", lambda: _iso_date(row["expires_on"], "expires_on"))
    balance = problems.check("balance", lambda: parse_money(row["balance"], field="balance"))
    dob_text = row["holder_dob"].strip()
    dob = (
        problems.check("holder_dob", lambda: _iso_date(dob_text, "holder_dob"))
        if dob_text
        else None
    )
    holder = None
    if not dob_text or dob is not None:
        country, number = _document(row["id_type"], row["id_number"])
        try:
            holder = parse_holder(
                name_en=row["holder_name_en"],
                name_zh=row["holder_name_zh"],
                date_of_birth=dob,
                id_type=row["id_type"],
                id_number=number,
                id_country=country,
                today=today,
            )
        except InputError as exc:
            # The document's messages never quote its number, so they are safe to report.
            problems.add(_HOLDER_COLUMNS.get(exc.field, "id_number"), str(exc), exc.code)
    if (
        holder is not None
        and carrier is not None
        and holder.document.id_type not in accepted_id_types(carrier)
    ):
        problems.add(
            "id_type",
            f"{carrier.name_en} does not accept this document type",
            "identity.type_not_accepted",
        )
    secondary_text = row["secondary_msisdn"]
    secondary = (
        problems.check(
            "secondary_msisdn",
            lambda: parse_msisdn(secondary_text, field="secondary_msisdn"),
        )
        if secondary_text.strip()
        else None
    )
    if card_type is not None and (card_type == CardType.DUAL) != bool(secondary_text.strip()):
        problems.add(
            "secondary_msisdn",
            "a China-HK dual card has a second (mainland) number; other cards have none",
            "registration.secondary",
        )
    auto_renew = problems.check("auto_renew", lambda: _auto_renew(row["auto_renew"]))
    if (
        problems.errors
        or msisdn is None
        or carrier is None
        or card_type is None
        or iccid is None
        or expires_on is None
        or balance is None
        or holder is None
        or auto_renew is None
    ):
        return None, problems.errors
    return (
        _LineRow(
            line_no=line_no,
            msisdn=msisdn,
            secondary=secondary,
            iccid=iccid,
            carrier=carrier,
            card_type=card_type.value,
            plan_id=plan_id,
            expires_on=expires_on,
            balance=balance,
            auto_renew=auto_renew,
            customer=_customer_row(holder, secret, now),
        ),
        [],
    )


def _customer_row(holder: Holder, secret: InstallationSecret, now: datetime) -> dict[str, object]:
    # What registration.new_customer stores, as a plain row: 100,000 ORM objects are slow.
    return {
        "name_en": holder.name_en,
        "name_zh": holder.name_zh,
        "date_of_birth": holder.date_of_birth,
        "id_type": holder.document.id_type.value,
        "id_country": holder.document.country,
        "id_hash": holder.document.keyed_hash(secret.id_hash_key),
        "id_masked": holder.document.masked,
        "created_at": now,
    }


def _duplicates_in_file(rows: Sequence[_LineRow]) -> list[RowError]:
    errors: list[RowError] = []
    numbers: dict[str, int] = {}
    iccids: dict[str, int] = {}
    for row in rows:
        if row.secondary == row.msisdn:
            errors.append(
                RowError(
                    row.line_no,
                    "secondary_msisdn: the second number must differ from the first",
                    "import.duplicate_msisdn",
                    column="secondary_msisdn",
                )
            )
        for column, number in (("msisdn", row.msisdn), ("secondary_msisdn", row.secondary)):
            if number is None:
                continue
            first = numbers.setdefault(number, row.line_no)
            if first != row.line_no:
                errors.append(
                    RowError(
                        row.line_no,
                        f"{column}: this number is already on line {first} of the file",
                        "import.duplicate_msisdn",
                        column,
                    )
                )
        first = iccids.setdefault(row.iccid, row.line_no)
        if first != row.line_no:
            errors.append(
                RowError(
                    row.line_no,
                    f"iccid: this SIM card is already on line {first} of the file",
                    "import.duplicate_iccid",
                    column="iccid",
                )
            )
    return errors


def _taken_in_database(session: Session, rows: Sequence[_LineRow]) -> list[RowError]:
    numbers = sorted({n for row in rows for n in (row.msisdn, row.secondary) if n})
    taken: set[str] = set()
    for chunk in _chunks(numbers):
        # Numbers and SIM cards are unique among open lines; a closed line gives them back.
        taken.update(
            session.scalars(
                select(Line.msisdn).where(Line.msisdn.in_(chunk), Line.closed_at.is_(None))
            )
        )
        taken.update(
            session.scalars(
                select(Line.secondary_msisdn).where(
                    Line.secondary_msisdn.in_(chunk), Line.closed_at.is_(None)
                )
            )
        )
    iccids = sorted({row.iccid for row in rows})
    taken_iccids: set[str] = set()
    for chunk in _chunks(iccids):
        taken_iccids.update(
            session.scalars(
                select(Line.iccid).where(Line.iccid.in_(chunk), Line.closed_at.is_(None))
            )
        )
    errors: list[RowError] = []
    for row in rows:
        for column, number in (("msisdn", row.msisdn), ("secondary_msisdn", row.secondary)):
            if number is not None and number in taken:
                errors.append(
                    RowError(
                        row.line_no,
                        f"{column}: this number already belongs to a line",
                        "registration.msisdn_taken",
                        column,
                    )
                )
        if row.iccid in taken_iccids:
            errors.append(
                RowError(
                    row.line_no,
                    "iccid: this SIM card is already registered",
                    "registration.iccid_taken",
                    column="iccid",
                )
            )
    return errors


def _over_the_limit(session: Session, rows: Sequence[_LineRow]) -> list[RowError]:
    """Rows that would give one document more than the limit of live lines at a carrier."""
    hashes = sorted({row.id_hash for row in rows})
    live: Tally[tuple[int, str]] = Tally()
    for chunk in _chunks(hashes):
        for carrier_id, id_hash, count in session.execute(
            select(Line.carrier_id, Customer.id_hash, func.count(Line.id))
            .join(Customer, Line.customer_id == Customer.id)
            .where(
                Customer.id_hash.in_(chunk),
                Line.closed_at.is_(None),
                Line.recycled.is_(False),
            )
            .group_by(Line.carrier_id, Customer.id_hash)
        ):
            live[carrier_id, id_hash] = int(count)
    errors: list[RowError] = []
    for row in rows:
        key = (row.carrier.id, row.id_hash)
        live[key] += 1
        if live[key] > MAX_LINES_PER_DOCUMENT:
            errors.append(
                RowError(
                    row.line_no,
                    f"id_number: with this row the document would hold {live[key]} "
                    f"{row.carrier.name_en} prepaid lines; the limit is "
                    f"{MAX_LINES_PER_DOCUMENT} per person per carrier",
                    "registration.limit",
                    "id_number",
                )
            )
    return errors


def _insert_lines(session: Session, rows: Sequence[_LineRow], now: datetime) -> None:
    for chunk in _chunks(rows):
        customers = [r.customer for r in chunk]
        # Core executemany on the session's connection: the ORM's bulk insert would split
        # the rows into tiny batches wherever a None moves between columns. The ids come
        # back in the order the rows went in, so each line finds its holder.
        connection = session.connection()
        ids = (
            connection.execute(
                insert(Customer).returning(Customer.id, sort_by_parameter_order=True), customers
            )
            .scalars()
            .all()
        )
        connection.execute(
            insert(Line),
            [
                {
                    "msisdn": r.msisdn,
                    "secondary_msisdn": r.secondary,
                    "iccid": r.iccid,
                    "carrier_id": r.carrier.id,
                    "card_type": r.card_type,
                    "plan_id": r.plan_id,
                    "expires_on": r.expires_on,
                    "balance": r.balance,
                    "data_left_mb": 0,
                    "recycled": False,
                    "auto_renew": r.auto_renew,
                    "customer_id": customer_id,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for r, customer_id in zip(chunk, ids, strict=True)
            ],
        )


def _check_line_file(
    db: Database, path: Path, secret: InstallationSecret, now: datetime
) -> _Checked[_LineRow]:
    """Every row of a lines file parsed and checked against the others (not the database)."""
    today = now.astimezone(HONG_KONG).date()
    catalog = _Catalog.load(db)
    checked: _Checked[_LineRow] = _Checked(0, [], [])
    for line_no, row in _read_rows(path, LINE_COLUMNS, checked.errors):
        checked.rows += 1
        if row is None:
            continue
        line, problems = _parse_line(line_no, row, catalog, secret, today, now)
        checked.errors.extend(problems)
        if line is not None:
            checked.parsed.append(line)
    checked.errors.extend(_duplicates_in_file(checked.parsed))
    return checked


def _check_lines_in_database(session: Session, checked: _Checked[_LineRow]) -> None:
    checked.errors.extend(_taken_in_database(session, checked.parsed))
    checked.errors.extend(_over_the_limit(session, checked.parsed))
    checked.errors.sort(key=lambda e: e.line_no)


def preview_lines(
    db: Database,
    path: Path,
    secret: InstallationSecret,
    *,
    clerk: Clerk | None = None,
    clock: Clock = system_clock,
) -> ImportPreview:
    """What :func:`import_lines` would find in *path*, checked the same way; writes nothing.

    The summary counts lines per carrier and card type; it never holds an ID number.
    """
    if clerk is not None:
        require(clerk, Action.LINES_IMPORT)
    checked = _check_line_file(db, path, secret, clock())
    with db.read() as session:
        _check_lines_in_database(session, checked)
    tally = Tally((row.carrier.code, row.card_type) for row in checked.good(_line_no))
    return ImportPreview(
        kind="lines",
        file_name=path.name,
        rows=checked.rows,
        errors=checked.errors,
        groups=[
            PreviewGroup(carrier_code=carrier, count=count, card_type=card_type)
            for (carrier, card_type), count in sorted(tally.items())
        ],
    )


def _line_no(row: _LineRow) -> int:
    return row.line_no


def import_lines(
    db: Database,
    path: Path,
    secret: InstallationSecret,
    *,
    clerk: Clerk | None = None,
    clock: Clock = system_clock,
) -> ImportReport:
    """Import the lines in the CSV at *path*, all of them or (if any row is bad) none.

    *clerk* None is the command line (whoever runs it owns the installation); a clerk
    needs :attr:`Action.LINES_IMPORT`.
    """
    if clerk is not None:
        require(clerk, Action.LINES_IMPORT)
    now = clock()
    checked = _check_line_file(db, path, secret, now)
    parsed = checked.parsed
    with db.write() as session:
        # Checked inside the writing transaction, so nothing can take a number between
        # the check and the insert on SQLite (PostgreSQL's unique indexes catch the rest).
        _check_lines_in_database(session, checked)
        if checked.errors:
            return _refused(path, "lines", checked.rows, checked.errors)
        try:
            _insert_lines(session, parsed, now)
        except IntegrityError as exc:
            raise _raced(path) from exc
        _refresh_statistics(session, "customers", "lines")
        audit.record(
            session,
            "lines.imported",
            occurred_at=now,
            staff_id=clerk.id if clerk else None,
            subject=_subject(path),
            details={"count": len(parsed), "file": path.name},
        )
    log.services.info("imported %d lines from %s", len(parsed), path.name)
    return ImportReport(rows=checked.rows, imported=len(parsed))


def _refresh_statistics(session: Session, *tables: str) -> None:
    # PostgreSQL plans by its statistics, and autovacuum refreshes them only a while after
    # a bulk load: until then the next import's look-ups would scan the tables row by row.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"ANALYZE {', '.join(tables)}"))


def _refused(path: Path, what: str, count: int, errors: list[RowError]) -> ImportReport:
    errors.sort(key=lambda e: e.line_no)
    log.services.warning(
        "refused to import %s from %s: %d problems on %d lines",
        what,
        path.name,
        len(errors),
        len({e.line_no for e in errors}),
    )
    return ImportReport(rows=count, imported=0, errors=errors)


def _raced(path: Path) -> InputError:
    return InputError(
        f"another counter added the same numbers, SIM cards or vouchers while {path.name} "
        "was being imported; nothing was imported, run the import again to see which rows",
        code="import.conflict",
    )


# --- vouchers ---------------------------------------------------------------------------


def _serial(text: str) -> str:
    serial = clean_input(text, field="serial", max_length=40)
    if not _SERIAL.fullmatch(serial):
        raise InputError("a serial number is 4 to 40 letters and digits", code="voucher.serial")
    return serial


def _pin(text: str) -> str:
    pin = _PIN_SEPARATORS.sub("", clean_input(text, field="pin", max_length=40))
    if not _PIN.fullmatch(pin):
        raise InputError("a PIN is 6 to 24 digits", code="voucher.pin")
    return pin


def _batch(text: str) -> str:
    batch = clean_input(text, field="batch", max_length=40)
    if batch and not _BATCH.fullmatch(batch):
        raise InputError(
            "a batch name is up to 40 letters, digits, spaces and _ . / -, "
            "starting with a letter or digit",
            code="voucher.batch",
        )
    return batch


def _voucher_expiry(text: str, today: date) -> date:
    expires_on = _iso_date(text, "expires_on")
    if expires_on < today:
        raise InputError("this voucher has already expired", code="voucher.expired")
    return expires_on


def _parse_voucher(
    line_no: int, row: dict[str, str], catalog: _Catalog, today: date
) -> tuple[vouchers.NewVoucher | None, list[RowError]]:
    problems = _RowProblems(line_no)
    carrier = problems.check("carrier", lambda: _carrier(catalog, row["carrier"]))
    face_value = problems.check(
        "face_value",
        lambda: parse_money(row["face_value"], field="face_value", allow_zero=False),
    )
    serial = problems.check("serial", lambda: _serial(row["serial"]))
    pin = problems.check("pin", lambda: _pin(row["pin"]))
    expires_on = problems.check("expires_on", lambda: _voucher_expiry(row["expires_on"], today))
    batch = problems.check("batch", lambda: _batch(row["batch"]))
    if (
        carrier is None
        or face_value is None
        or serial is None
        or pin is None
        or expires_on is None
        or batch is None
    ):
        return None, problems.errors
    return vouchers.NewVoucher(carrier.id, face_value, serial, pin, expires_on, batch), []


def _voucher_duplicates(
    session: Session,
    parsed: Sequence[tuple[int, vouchers.NewVoucher, str]],
) -> list[RowError]:
    errors: list[RowError] = []
    serials: dict[tuple[int, str], int] = {}
    pins: dict[str, int] = {}
    for line_no, voucher, hashed in parsed:
        first = serials.setdefault((voucher.carrier_id, voucher.serial), line_no)
        if first != line_no:
            errors.append(
                RowError(
                    line_no,
                    f"serial: this serial is already on line {first} of the file",
                    "import.duplicate_serial",
                    column="serial",
                )
            )
        first = pins.setdefault(hashed, line_no)
        if first != line_no:
            errors.append(
                RowError(
                    line_no,
                    f"pin: this PIN is already on line {first} of the file",
                    "import.duplicate_pin",
                    column="pin",
                )
            )
    taken_serials: set[tuple[int, str]] = set()
    by_carrier: dict[int, list[str]] = {}
    for _, voucher, _ in parsed:
        by_carrier.setdefault(voucher.carrier_id, []).append(voucher.serial)
    for carrier_id, carrier_serials in by_carrier.items():
        for chunk in _chunks(sorted(set(carrier_serials))):
            taken_serials.update(
                (carrier_id, serial)
                for serial in session.scalars(
                    select(VoucherPin.serial).where(
                        VoucherPin.carrier_id == carrier_id, VoucherPin.serial.in_(chunk)
                    )
                )
            )
    taken_pins: set[str] = set()
    for chunk in _chunks(sorted(pins)):
        taken_pins.update(
            session.scalars(select(VoucherPin.pin_hash).where(VoucherPin.pin_hash.in_(chunk)))
        )
    for line_no, voucher, hashed in parsed:
        if (voucher.carrier_id, voucher.serial) in taken_serials:
            errors.append(
                RowError(
                    line_no,
                    "serial: this voucher is already in stock",
                    "voucher.serial_taken",
                    "serial",
                )
            )
        if hashed in taken_pins:
            errors.append(
                RowError(line_no, "pin: this PIN is already in stock", "voucher.pin_taken", "pin")
            )
    return errors


def _check_voucher_file(
    db: Database, path: Path, secret: InstallationSecret, today: date
) -> _Checked[tuple[int, vouchers.NewVoucher, str]]:
    """Every row of a voucher file parsed and checked on its own (not against the stock)."""
    catalog = _Catalog.load(db)
    checked: _Checked[tuple[int, vouchers.NewVoucher, str]] = _Checked(0, [], [])
    for line_no, row in _read_rows(path, VOUCHER_COLUMNS, checked.errors):
        checked.rows += 1
        if row is None:
            continue
        voucher, problems = _parse_voucher(line_no, row, catalog, today)
        checked.errors.extend(problems)
        if voucher is not None:
            hashed = vouchers.pin_hash(secret, voucher.carrier_id, voucher.pin)
            checked.parsed.append((line_no, voucher, hashed))
    return checked


def _check_vouchers_in_stock(
    session: Session, checked: _Checked[tuple[int, vouchers.NewVoucher, str]]
) -> None:
    checked.errors.extend(_voucher_duplicates(session, checked.parsed))
    checked.errors.sort(key=lambda e: e.line_no)


def preview_vouchers(
    db: Database,
    path: Path,
    secret: InstallationSecret,
    *,
    clerk: Clerk | None = None,
    clock: Clock = system_clock,
) -> ImportPreview:
    """What :func:`import_vouchers` would find in *path*, checked the same way; writes nothing.

    The summary counts vouchers per carrier and face value, with the total face value and
    the batches; it never holds a PIN.
    """
    if clerk is not None:
        require(clerk, Action.VOUCHERS_IMPORT)
    today = clock().astimezone(HONG_KONG).date()
    checked = _check_voucher_file(db, path, secret, today)
    with db.read() as session:
        _check_vouchers_in_stock(session, checked)
        codes = {i: code for i, code in session.execute(select(Carrier.id, Carrier.code))}
    good = [voucher for _, voucher, _ in checked.good(_voucher_line_no)]
    tally = Tally((codes[v.carrier_id], v.face_value) for v in good)
    return ImportPreview(
        kind="vouchers",
        file_name=path.name,
        rows=checked.rows,
        errors=checked.errors,
        groups=[
            PreviewGroup(carrier_code=carrier, count=count, face_value=face_value)
            for (carrier, face_value), count in sorted(tally.items())
        ],
        face_value_total=sum(v.face_value for v in good),
        batches=sorted({v.batch for v in good if v.batch}),
    )


def _voucher_line_no(row: tuple[int, vouchers.NewVoucher, str]) -> int:
    return row[0]


def import_vouchers(
    db: Database,
    path: Path,
    secret: InstallationSecret,
    *,
    clerk: Clerk | None = None,
    clock: Clock = system_clock,
) -> ImportReport:
    """Add the PIN vouchers in the CSV at *path* to stock, all or (if any row is bad) none.

    *clerk* None is the command line; a clerk needs :attr:`Action.VOUCHERS_IMPORT`.
    """
    if clerk is not None:
        require(clerk, Action.VOUCHERS_IMPORT)
    today = clock().astimezone(HONG_KONG).date()
    checked = _check_voucher_file(db, path, secret, today)
    with db.write() as session:
        _check_vouchers_in_stock(session, checked)
        if checked.errors:
            return _refused(path, "vouchers", checked.rows, checked.errors)
        now = clock()
        stock = [voucher for _, voucher, _ in checked.parsed]
        try:
            for chunk in _chunks(stock):
                vouchers.add_to_stock(session, list(chunk), secret, now)
                # The rows are written; the session need not keep thousands of objects.
                session.expunge_all()
        except IntegrityError as exc:
            raise _raced(path) from exc
        _refresh_statistics(session, "voucher_pins")
        audit.record(
            session,
            "vouchers.imported",
            occurred_at=now,
            staff_id=clerk.id if clerk else None,
            subject=_subject(path),
            details={
                "count": len(stock),
                "file": path.name,
                "face_value_total": sum(v.face_value for v in stock),
                "batches": sorted({v.batch for v in stock if v.batch})[:20],
            },
        )
    log.services.info("imported %d vouchers from %s", len(stock), path.name)
    return ImportReport(rows=checked.rows, imported=len(stock))
