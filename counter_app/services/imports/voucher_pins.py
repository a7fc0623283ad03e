"""Importing PIN voucher stock from CSV: serials, PINs (encrypted at rest), expiry, batch.

All rows or none: see :mod:`counter_app.services.imports.common`. A PIN never appears in a
report or a log.
"""

from __future__ import annotations

import re
from collections import Counter as Tally
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.money import parse_money
from counter_app.domain.staff import Clerk
from counter_app.domain.text import clean_input
from counter_app.services import audit, vouchers
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
    raced,
    read_rows,
    refresh_statistics,
    refused,
)
from counter_app.services.keys import InstallationSecret
from counter_app.services.permissions import Action, require
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, VoucherPin

VOUCHER_COLUMNS: Final = ("carrier", "face_value", "serial", "pin", "expires_on", "batch")

_SERIAL: Final = re.compile(r"[A-Za-z0-9]{4,40}")
_PIN: Final = re.compile(r"[0-9]{6,24}")
_PIN_SEPARATORS: Final = re.compile(r"[ \-]")
_BATCH: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _./\-]{0,39}")


def _serial(text: str) -> str:
    serial = clean_input(text, field="serial", max_length=40)
    if not _SERIAL.fullmatch(serial):
        raise InputError(
            "a serial number is 4 to 40 letters and digits", code=ErrorCode.VOUCHER_SERIAL
        )
    return serial


def _pin(text: str) -> str:
    pin = _PIN_SEPARATORS.sub("", clean_input(text, field="pin", max_length=40))
    if not _PIN.fullmatch(pin):
        raise InputError("a PIN is 6 to 24 digits", code=ErrorCode.VOUCHER_PIN)
    return pin


def _batch(text: str) -> str:
    batch = clean_input(text, field="batch", max_length=40)
    if batch and not _BATCH.fullmatch(batch):
        raise InputError(
            "a batch name is up to 40 letters, digits, spaces and _ . / -, "
            "starting with a letter or digit",
            code=ErrorCode.VOUCHER_BATCH,
        )
    return batch


def _voucher_expiry(text: str, today: date) -> date:
    expires_on = iso_date(text, "expires_on")
    if expires_on < today:
        raise InputError("this voucher has already expired", code=ErrorCode.VOUCHER_EXPIRED)
    return expires_on


def _parse_voucher(
    line_no: int, row: dict[str, str], catalog: Catalog, today: date
) -> tuple[vouchers.NewVoucher | None, list[RowError]]:
    problems = RowProblems(line_no)
    carrier = problems.check("carrier", lambda: find_carrier(catalog, row["carrier"]))
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
                    ErrorCode.IMPORT_DUPLICATE_SERIAL,
                    column="serial",
                    params={"line": first},
                )
            )
        first = pins.setdefault(hashed, line_no)
        if first != line_no:
            errors.append(
                RowError(
                    line_no,
                    f"pin: this PIN is already on line {first} of the file",
                    ErrorCode.IMPORT_DUPLICATE_PIN,
                    column="pin",
                    params={"line": first},
                )
            )
    taken_serials: set[tuple[int, str]] = set()
    by_carrier: dict[int, list[str]] = {}
    for _, voucher, _ in parsed:
        by_carrier.setdefault(voucher.carrier_id, []).append(voucher.serial)
    for carrier_id, carrier_serials in by_carrier.items():
        for chunk in chunks(sorted(set(carrier_serials))):
            taken_serials.update(
                (carrier_id, serial)
                for serial in session.scalars(
                    select(VoucherPin.serial).where(
                        VoucherPin.carrier_id == carrier_id, VoucherPin.serial.in_(chunk)
                    )
                )
            )
    taken_pins: set[str] = set()
    for chunk in chunks(sorted(pins)):
        taken_pins.update(
            session.scalars(select(VoucherPin.pin_hash).where(VoucherPin.pin_hash.in_(chunk)))
        )
    for line_no, voucher, hashed in parsed:
        if (voucher.carrier_id, voucher.serial) in taken_serials:
            errors.append(
                RowError(
                    line_no,
                    "serial: this voucher is already in stock",
                    ErrorCode.VOUCHER_SERIAL_TAKEN,
                    "serial",
                )
            )
        if hashed in taken_pins:
            errors.append(
                RowError(
                    line_no, "pin: this PIN is already in stock", ErrorCode.VOUCHER_PIN_TAKEN, "pin"
                )
            )
    return errors


def _check_voucher_file(
    db: Database, path: Path, secret: InstallationSecret, today: date
) -> Checked[tuple[int, vouchers.NewVoucher, str]]:
    """Every row of a voucher file parsed and checked on its own (not against the stock)."""
    catalog = Catalog.load(db)
    checked: Checked[tuple[int, vouchers.NewVoucher, str]] = Checked(0, [], [])
    for line_no, row in read_rows(path, VOUCHER_COLUMNS, checked.errors):
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
    session: Session, checked: Checked[tuple[int, vouchers.NewVoucher, str]]
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
            return refused(path, "vouchers", checked.rows, checked.errors)
        now = clock()
        stock = [voucher for _, voucher, _ in checked.parsed]
        try:
            for chunk in chunks(stock):
                vouchers.add_to_stock(session, list(chunk), secret, now)
                # The rows are written; the session need not keep thousands of objects.
                session.expunge_all()
        except IntegrityError as exc:
            raise raced(path) from exc
        refresh_statistics(session, "voucher_pins")
        audit.record(
            session,
            "vouchers.imported",
            occurred_at=now,
            staff_id=clerk.id if clerk else None,
            subject=audit_subject(path),
            details={
                "count": len(stock),
                "file": path.name,
                "face_value_total": sum(v.face_value for v in stock),
                "batches": sorted({v.batch for v in stock if v.batch})[:20],
            },
        )
    log.services.info("imported %d vouchers from %s", len(stock), path.name)
    return ImportReport(rows=checked.rows, imported=len(stock))
