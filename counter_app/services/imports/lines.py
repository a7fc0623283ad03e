"""Importing lines from CSV: a carrier's list or the old system's, holders included.

All rows or none: see :mod:`counter_app.services.imports.common`. An ID number is kept
only as its keyed hash and masked form, and never appears in a report.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.holders import MAX_LINES_PER_DOCUMENT, Holder, parse_holder
from counter_app.domain.identity import IdType, parse_iccid
from counter_app.domain.money import parse_money
from counter_app.domain.phones import parse_msisdn
from counter_app.domain.plans import CardType
from counter_app.domain.staff import Clerk
from counter_app.services import audit
from counter_app.services.imports.common import (
    Catalog,
    Checked,
    ImportPreview,
    ImportReport,
    PreviewGroup,
    RowError,
    RowProblems,
    audit_subject,
    chunks,
    find_carrier,
    iso_date,
    iso_date_within,
    raced,
    read_rows,
    refresh_statistics,
    refused,
)
from counter_app.services.keys import InstallationSecret
from counter_app.services.lines import accepted_id_types
from counter_app.services.permissions import Action, require
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Customer, Line

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

_HOLDER_COLUMNS: Final = {
    "name_en": "holder_name_en",
    "name_zh": "holder_name_zh",
    "date_of_birth": "holder_dob",
    "id_type": "id_type",
}
# An expiry this far from today is a typing slip (9999-12-31, 1900-01-01): a line expired
# more than 10 years ago is gone, and no prepaid plan runs 20 years ahead.
EXPIRY_YEARS_BACK: Final = 10
EXPIRY_YEARS_AHEAD: Final = 20
_YES: Final = frozenset({"yes", "true", "1"})
_NO: Final = frozenset({"no", "false", "0", ""})


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


def _auto_renew(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InputError(
        "write yes or no (or true/false, 1/0; empty means no)", code=ErrorCode.IMPORT_AUTO_RENEW
    )


def _card_type(text: str) -> CardType:
    try:
        return CardType(text.strip().lower())
    except ValueError:
        raise InputError(
            f"the card type is one of {', '.join(t.value for t in CardType)}",
            code=ErrorCode.REGISTRATION_CARD_TYPE,
        ) from None


def _document(id_type: str, id_number: str) -> tuple[str, str]:
    """(issuing country, number): a passport is written COUNTRY:NUMBER, e.g. PHL:P1234567A."""
    if id_type.strip().lower() == IdType.PASSPORT.value and ":" in id_number:
        country, _, number = id_number.partition(":")
        return country, number
    return "", id_number


def _parse_line(  # noqa: PLR0917 - one call site, the import loop
    line_no: int,
    row: dict[str, str],
    catalog: Catalog,
    secret: InstallationSecret,
    today: date,
    now: datetime,
) -> tuple[_LineRow | None, list[RowError]]:
    problems = RowProblems(line_no)
    msisdn = problems.check("msisdn", lambda: parse_msisdn(row["msisdn"], field="msisdn"))
    carrier = problems.check("carrier", lambda: find_carrier(catalog, row["carrier"]))
    card_type = problems.check("card_type", lambda: _card_type(row["card_type"]))
    iccid = problems.check("iccid", lambda: parse_iccid(row["iccid"], field="iccid"))
    plan_id: int | None = None
    plan_code = row["plan_code"].strip().upper()
    if plan_code and carrier is not None:
        plan_id = catalog.plans.get((carrier.id, plan_code))
        if plan_id is None:
            problems.add(
                "plan_code", f"{carrier.code} has no plan with this code", ErrorCode.PLAN_UNKNOWN
            )
    expires_on = problems.check(
        "expires_on",
        lambda: iso_date_within(
            row["expires_on"],
            "expires_on",
            today - timedelta(days=EXPIRY_YEARS_BACK * 366),
            today + timedelta(days=EXPIRY_YEARS_AHEAD * 366),
        ),
    )
    balance = problems.check("balance", lambda: parse_money(row["balance"], field="balance"))
    dob_text = row["holder_dob"].strip()
    dob = (
        problems.check("holder_dob", lambda: iso_date(dob_text, "holder_dob")) if dob_text else None
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
            ErrorCode.IDENTITY_TYPE_NOT_ACCEPTED,
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
            ErrorCode.REGISTRATION_SECONDARY,
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
                    ErrorCode.IMPORT_DUPLICATE_MSISDN,
                    column="secondary_msisdn",
                    params={"line": row.line_no},
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
                        ErrorCode.IMPORT_DUPLICATE_MSISDN,
                        column,
                        params={"line": first},
                    )
                )
        first = iccids.setdefault(row.iccid, row.line_no)
        if first != row.line_no:
            errors.append(
                RowError(
                    row.line_no,
                    f"iccid: this SIM card is already on line {first} of the file",
                    ErrorCode.IMPORT_DUPLICATE_ICCID,
                    column="iccid",
                    params={"line": first},
                )
            )
    return errors


def _taken_in_database(session: Session, rows: Sequence[_LineRow]) -> list[RowError]:
    numbers = sorted({n for row in rows for n in (row.msisdn, row.secondary) if n})
    taken: set[str] = set()
    for chunk in chunks(numbers):
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
    for chunk in chunks(iccids):
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
                        ErrorCode.REGISTRATION_MSISDN_TAKEN,
                        column,
                    )
                )
        if row.iccid in taken_iccids:
            errors.append(
                RowError(
                    row.line_no,
                    "iccid: this SIM card is already registered",
                    ErrorCode.REGISTRATION_ICCID_TAKEN,
                    column="iccid",
                )
            )
    return errors


def _over_the_limit(session: Session, rows: Sequence[_LineRow]) -> list[RowError]:
    """Rows that would give one document more than the limit of live lines at a carrier."""
    hashes = sorted({row.id_hash for row in rows})
    live: Tally[tuple[int, str]] = Tally()
    for chunk in chunks(hashes):
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
                    ErrorCode.REGISTRATION_LIMIT,
                    "id_number",
                )
            )
    return errors


def _insert_lines(session: Session, rows: Sequence[_LineRow], now: datetime) -> None:
    for chunk in chunks(rows):
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
) -> Checked[_LineRow]:
    """Every row of a lines file parsed and checked against the others (not the database)."""
    today = now.astimezone(HONG_KONG).date()
    catalog = Catalog.load(db)
    checked: Checked[_LineRow] = Checked(0, [], [])
    for line_no, row in read_rows(path, LINE_COLUMNS, checked.errors):
        checked.rows += 1
        if row is None:
            continue
        line, problems = _parse_line(line_no, row, catalog, secret, today, now)
        checked.errors.extend(problems)
        if line is not None:
            checked.parsed.append(line)
    checked.errors.extend(_duplicates_in_file(checked.parsed))
    return checked


def _check_lines_in_database(session: Session, checked: Checked[_LineRow]) -> None:
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
            return refused(path, "lines", checked.rows, checked.errors)
        try:
            _insert_lines(session, parsed, now)
        except IntegrityError as exc:
            raise raced(path) from exc
        refresh_statistics(session, "customers", "lines")
        audit.record(
            session,
            "lines.imported",
            occurred_at=now,
            staff_id=clerk.id if clerk else None,
            subject=audit_subject(path),
            details={"count": len(parsed), "file": path.name},
        )
    log.services.info("imported %d lines from %s", len(parsed), path.name)
    return ImportReport(rows=checked.rows, imported=len(parsed))
