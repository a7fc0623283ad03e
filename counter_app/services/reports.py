"""X and Z shift reports and A4 invoices from the database, and the Z report archive.

An X report is the open shift's figures at any moment; a Z report is a closed shift's,
with the cash counted and the variance. The Z report for a day is every shift closed at
the counter on that Hong Kong date, oldest first, each on its own page (a counter that
closes twice a day gets both). Each shift's Z is archived on its own as
``DATA_DIR/reports/YYYY/MM/DD/Z-<counter>-<shift id>.pdf`` by the Hong Kong date of the
close, with the receipts' rule: atomic, never overwritten (a reprint, which differs in
its printed-at time, goes beside it as ``-2.pdf``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import HONG_KONG, Clock, hk_day_bounds, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.printing.invoice import InvoiceDocument, build_invoice_pdf
from counter_app.printing.receipt import Paper
from counter_app.printing.shift_report import (
    ReportKind,
    ShiftReport,
    ShiftReportDocument,
    build_shift_report_pdf,
)
from counter_app.services import audit, sales, shifts
from counter_app.services.receipts import archive_file, receipt_settings, safe_file_name
from counter_app.store.engine import Database
from counter_app.store.models import Counter, Shift, Shop, StaffUser


@dataclass(frozen=True)
class _Place:
    counter_id: int
    counter_code: str
    counter_name: str
    shop_code: str


def _place(session: Session, counter_code: str | None) -> _Place:
    """The counter with *counter_code* ("" or None: the shop's first, as the app picks)."""
    query = select(Counter, Shop).join(Shop).order_by(Shop.id, Counter.code).limit(1)
    if counter_code:
        query = query.where(Counter.code == counter_code.strip().upper())
    row = session.execute(query).first()
    if row is None:
        what = f"there is no counter {counter_code}" if counter_code else "there is no counter yet"
        raise NotFound(what, code=ErrorCode.REPORT_COUNTER, field="counter")
    counter, shop = row
    return _Place(counter.id, counter.code, counter.name, shop.code)


def _name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    user = session.get(StaffUser, staff_id)
    return (user.display_name or user.username) if user else f"#{staff_id}"


def _report(session: Session, shift: Shift, kind: ReportKind, place: _Place) -> ShiftReport:
    figures = shifts.figures_in(session, shift)
    closing = audit.shift_closing(session, shift.id) if kind is ReportKind.Z else None
    return ShiftReport(
        kind=kind,
        figures=figures,
        counter_code=place.counter_code,
        counter_name=place.counter_name,
        opened_by=_name(session, figures.opened_by),
        closed_by=_name(session, figures.closed_by),
        audit_entries=closing.seq if closing else 0,
        audit_hash=closing.hash if closing else "",
    )


def _shift_reports(
    session: Session,
    kind: ReportKind,
    counter_code: str | None,
    shift_id: int | None,
    day: date | None,
) -> tuple[list[ShiftReport], str]:
    if shift_id is not None:
        shift = session.get(Shift, shift_id)
        if shift is None:
            raise NotFound(f"there is no shift {shift_id}", code=ErrorCode.SHIFT_UNKNOWN)
        counter = session.get_one(Counter, shift.counter_id)
        shop = session.get_one(Shop, counter.shop_id)
        place = _Place(counter.id, counter.code, counter.name, shop.code)
        closed = shift.closed_at is not None
        if kind is ReportKind.X and closed:
            raise InputError(
                f"shift {shift_id} is closed: print its Z report",
                code=ErrorCode.REPORT_SHIFT_CLOSED,
            )
        if kind is ReportKind.Z and not closed:
            raise InputError(
                f"shift {shift_id} is still open: an X report shows it until it is closed",
                code=ErrorCode.REPORT_SHIFT_OPEN,
            )
        return [_report(session, shift, kind, place)], place.shop_code
    place = _place(session, counter_code)
    if kind is ReportKind.X:
        shift = session.scalars(
            select(Shift).where(Shift.counter_id == place.counter_id, Shift.closed_at.is_(None))
        ).first()
        if shift is None:
            raise InputError(
                f"no shift is open at counter {place.counter_code}: an X report needs one",
                code=ErrorCode.SHIFT_NOT_OPEN,
            )
        return [_report(session, shift, kind, place)], place.shop_code
    if day is None:
        raise ValueError("a Z report is for a date or a shift")
    start, end = hk_day_bounds(day)
    closed_that_day = session.scalars(
        select(Shift)
        .where(
            Shift.counter_id == place.counter_id,
            Shift.closed_at >= start,
            Shift.closed_at < end,
        )
        .order_by(Shift.closed_at, Shift.id)
    ).all()
    if not closed_that_day:
        raise InputError(
            f"no shift was closed at counter {place.counter_code} on {day.isoformat()}",
            code=ErrorCode.REPORT_NO_CLOSED_SHIFT,
            field="date",
        )
    return [_report(session, shift, kind, place) for shift in closed_that_day], place.shop_code


def report_document(
    db: Database,
    *,
    kind: ReportKind | str,
    counter_code: str | None = None,
    shift_id: int | None = None,
    day: date | None = None,
    paper: Paper | None = None,
    clock: Clock = system_clock,
) -> ShiftReportDocument:
    """The X or Z report as the shop prints it (*paper* overrides its receipt paper).

    X: *shift_id*, else the open shift of the counter *counter_code* ("" or None: the
    shop's first counter). Z: *shift_id* (closed), else every shift closed at the counter
    on the Hong Kong date *day*. Raises :class:`InputError` when there is no such shift.
    """
    report_kind = ReportKind(kind)
    if report_kind is ReportKind.X and day is not None:
        raise ValueError("an X report is of the open shift, not of a date")
    if report_kind is ReportKind.Z and (shift_id is None) == (day is None):
        raise ValueError("a Z report is for a date or for a shift, one of the two")
    with db.read() as session:
        reports, shop_code = _shift_reports(session, report_kind, counter_code, shift_id, day)
    settings = receipt_settings(db, shop_code)
    return ShiftReportDocument(
        reports=tuple(reports),
        shop=settings.header,
        printed_at=clock(),
        paper=paper or settings.paper,
        chinese=settings.chinese,
        cjk_font_path=settings.cjk_font_path,
    )


def report_pdf(
    db: Database,
    *,
    kind: ReportKind | str,
    counter_code: str | None = None,
    shift_id: int | None = None,
    day: date | None = None,
    paper: Paper | None = None,
    clock: Clock = system_clock,
) -> bytes:
    """:func:`report_document` built as PDF bytes."""
    document = report_document(
        db,
        kind=kind,
        counter_code=counter_code,
        shift_id=shift_id,
        day=day,
        paper=paper,
        clock=clock,
    )
    return build_shift_report_pdf(document)


def report_archive_path(data_dir: Path, report: ShiftReport) -> Path:
    """data_dir/reports/YYYY/MM/DD/Z-<counter>-<shift id>.pdf by the Hong Kong close date."""
    closed_at = report.figures.closed_at
    if report.kind is not ReportKind.Z or closed_at is None:
        raise ValueError("only a closed shift's Z report is archived")
    counter = safe_file_name(report.counter_code)
    day = closed_at.astimezone(HONG_KONG).date()
    folder = data_dir / "reports" / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}"
    return folder / f"Z-{counter}-{report.figures.shift_id}.pdf"


@dataclass(frozen=True)
class ReportFiles:
    """A Z report ready to print or save (every shift), and each shift's archived file."""

    document: ShiftReportDocument
    pdf: bytes
    archived: tuple[Path, ...]


def z_report_files(
    db: Database,
    data_dir: Path,
    *,
    counter_code: str | None = None,
    shift_id: int | None = None,
    day: date | None = None,
    paper: Paper | None = None,
    clock: Clock = system_clock,
) -> ReportFiles:
    """Build the Z report (of *shift_id*, or of the shifts closed on *day*) and archive it.

    Each shift is archived as its own PDF; ``pdf`` holds them all, one page each.
    """
    document = report_document(
        db,
        kind=ReportKind.Z,
        counter_code=counter_code,
        shift_id=shift_id,
        day=day,
        paper=paper,
        clock=clock,
    )
    pdf = build_shift_report_pdf(document)
    archived = []
    for report in document.reports:
        single = (
            pdf
            if len(document.reports) == 1
            else build_shift_report_pdf(
                ShiftReportDocument(
                    reports=(report,),
                    shop=document.shop,
                    printed_at=document.printed_at,
                    paper=document.paper,
                    chinese=document.chinese,
                    cjk_font_path=document.cjk_font_path,
                )
            )
        )
        archived.append(archive_file(report_archive_path(data_dir, report), single))
    return ReportFiles(document=document, pdf=pdf, archived=tuple(archived))


def invoice_document(
    db: Database, receipt_no: str, customer: str, *, copy_number: int = 0
) -> InvoiceDocument:
    """The A4 invoice of a sale, made out to *customer* (checked: see ``customer_name``)."""
    sale = sales.get_sale(db, receipt_no=receipt_no)
    if sale.receipt_no is None or sale.completed_at is None:
        raise NotFound(f"sale {receipt_no} is not completed", code=ErrorCode.SALE_UNKNOWN)
    settings = receipt_settings(db, sale.shop_code)
    return InvoiceDocument(
        sale=sale,
        shop=settings.header,
        customer=customer,
        chinese=settings.chinese,
        copy_number=copy_number,
        cjk_font_path=settings.cjk_font_path,
    )


def invoice_pdf(db: Database, receipt_no: str, customer: str, *, copy_number: int = 0) -> bytes:
    """:func:`invoice_document` built as A4 PDF bytes."""
    return build_invoice_pdf(invoice_document(db, receipt_no, customer, copy_number=copy_number))
