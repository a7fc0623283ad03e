"""Exports for the shop's accountant: sales as CSV, safe to open in a spreadsheet.

No ID number, full card number or PIN is ever written; the customer's number is masked,
and any cell a spreadsheet would read as a formula is neutralised.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.phones import mask_msisdn
from counter_app.domain.sales import DONE_STATES
from counter_app.domain.staff import Clerk
from counter_app.files import open_atomically
from counter_app.services import audit
from counter_app.services.permissions import Action, require
from counter_app.store.engine import Database
from counter_app.store.models import (
    Carrier,
    Counter,
    Line,
    Payment,
    Sale,
    SaleItem,
    StaffUser,
    VoucherPin,
)

SALES_COLUMNS: Final = (
    "receipt_no",
    "completed_at",
    "counter",
    "clerk",
    "kind",
    "state",
    "msisdn",
    "carrier",
    "plan_codes",
    "total",
    "tenders",
)
# A spreadsheet treats a cell starting with one of these as a formula (or, for tab and
# carriage return, strips them and looks again).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
_BATCH: Final = 1000


def neutralise_cell(text: str) -> str:
    """*text* with a leading ``'`` if a spreadsheet would otherwise run it as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _amount(cents: int) -> str:
    """123.45: no currency symbol and no thousands separator, so spreadsheets read a number."""
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}{dollars}.{rest:02d}"


def _hk_time(moment: datetime | None) -> str:
    return moment.astimezone(HONG_KONG).isoformat(timespec="seconds") if moment else ""


def _hk_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=HONG_KONG)


def export_sales(
    db: Database,
    date_from: date,
    date_to: date,
    out: Path,
    *,
    clerk: Clerk | None = None,
    clock: Clock = system_clock,
) -> int:
    """Write the sales completed from *date_from* to *date_to* (HK dates, inclusive) to *out*.

    Completed, voided and refunded sales, oldest first; returns how many. The file appears
    only when it is complete (written beside it, then renamed). A clerk needs
    ``reports.export``, and the export is audited against them.
    """
    if clerk is not None:
        require(clerk, Action.REPORTS_EXPORT)
    if date_from > date_to:
        raise InputError(
            f"the start date {date_from.isoformat()} is after the end date {date_to.isoformat()}",
            code=ErrorCode.EXPORT_DATES,
        )
    if not out.parent.is_dir():
        raise InputError(f"the folder {out.parent} does not exist", code=ErrorCode.EXPORT_FOLDER)
    if out.is_dir():
        raise InputError(
            f"{out} is a folder; name the CSV file to write", code=ErrorCode.EXPORT_FOLDER
        )
    start = _hk_midnight(date_from)
    end = _hk_midnight(date_to + timedelta(days=1))
    try:
        # The BOM makes Excel read the Chinese and "•" right.
        with open_atomically(out, encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(SALES_COLUMNS)
            with db.read() as session:
                count = 0
                for rows in _sales_rows(session, start, end):
                    writer.writerows([neutralise_cell(cell) for cell in row] for row in rows)
                    count += len(rows)
    except OSError as exc:
        raise OutsideError(
            f"cannot write {out}: {exc.strerror}",
            code=ErrorCode.FILE_WRITE,
            params={"path": str(out)},
        ) from exc
    with db.write() as session:
        audit.record(
            session,
            "sales.exported",
            occurred_at=clock(),
            staff_id=clerk.id if clerk else None,
            subject=out.name[:80],
            details={"from": date_from.isoformat(), "to": date_to.isoformat(), "count": count},
        )
    log.services.info("exported %d sales from %s to %s to %s", count, date_from, date_to, out.name)
    return count


def _sales_rows(session: Session, start: datetime, end: datetime) -> Iterable[list[list[str]]]:
    """The export's rows, a batch at a time: the sales are streamed, never all loaded."""
    line_carrier = aliased(Carrier)
    pin_carrier = aliased(Carrier)
    query = (
        select(
            Sale.id,
            Sale.receipt_no,
            Sale.completed_at,
            Counter.code,
            StaffUser.username,
            Sale.kind,
            Sale.state,
            Line.msisdn,
            line_carrier.code,
            pin_carrier.code,
            Sale.total,
        )
        .join(Counter, Sale.counter_id == Counter.id)
        .join(StaffUser, Sale.clerk_id == StaffUser.id)
        .outerjoin(Line, Sale.line_id == Line.id)
        .outerjoin(line_carrier, Line.carrier_id == line_carrier.id)
        .outerjoin(VoucherPin, VoucherPin.sale_id == Sale.id)
        .outerjoin(pin_carrier, VoucherPin.carrier_id == pin_carrier.id)
        .where(
            Sale.state.in_([state.value for state in DONE_STATES]),
            Sale.completed_at >= start,
            Sale.completed_at < end,
        )
        .order_by(Sale.completed_at, Sale.id)
    )
    for batch in session.execute(query).yield_per(_BATCH).partitions():
        ids = [row[0] for row in batch]
        plans = _plan_codes(session, ids)
        tenders = _tenders(session, ids)
        yield [
            [
                receipt_no or "",
                _hk_time(completed_at),
                counter,
                clerk,
                kind,
                state,
                mask_msisdn(msisdn) if msisdn else "",
                line_carrier_code or pin_carrier_code or "",
                " ".join(plans.get(sale_id, ())),
                _amount(total),
                "; ".join(tenders.get(sale_id, ())),
            ]
            for (
                sale_id,
                receipt_no,
                completed_at,
                counter,
                clerk,
                kind,
                state,
                msisdn,
                line_carrier_code,
                pin_carrier_code,
                total,
            ) in batch
        ]


def _plan_codes(session: Session, sale_ids: Sequence[int]) -> dict[int, list[str]]:
    codes: dict[int, list[str]] = defaultdict(list)
    for sale_id, code in session.execute(
        select(SaleItem.sale_id, SaleItem.plan_code)
        .where(SaleItem.sale_id.in_(sale_ids), SaleItem.plan_code != "")
        .order_by(SaleItem.id)
    ):
        codes[sale_id].append(code)
    return codes


def _tenders(session: Session, sale_ids: Sequence[int]) -> dict[int, list[str]]:
    """ "cash 180.00" per payment: the tender and the amount the sale received, nothing more."""
    tenders: dict[int, list[str]] = defaultdict(list)
    for sale_id, tender, amount in session.execute(
        select(Payment.sale_id, Payment.tender, Payment.amount)
        .where(Payment.sale_id.in_(sale_ids))
        .order_by(Payment.id)
    ):
        tenders[sale_id].append(f"{tender} {_amount(amount)}")
    return tenders
