"""Sales reports over a range of Hong Kong days: by day, plan, carrier, card type, tender, clerk.

What is counted, so that the figures agree with the X and Z shift reports:

- **Gross** is every sale *taken* in the range: completed at a Hong Kong time inside it and
  now completed, voided or refunded (:data:`~counter_app.services.shifts.TAKEN_STATES`).
  A sale reversed later still counts in the gross of the day it was taken.
- **Voided** and **refunded** are the reversals *made* in the range, by the Hong Kong time
  of the void or refund (a refund on 3 March of a sale of 28 February lowers March's net,
  as it lowers the net of the shift that paid it back). **Net** = gross - voided - refunded.
- A reversal keeps the original sale's plan, carrier, card type, tenders and clerk (the
  clerk who made the sale, not the one who reversed it); its day and counter are those of
  the reversal (the counter of the shift that paid it back, as on that shift's Z report).
- Counts: sales taken for the day, card type and clerk breakdowns; sale items (one per
  sale today) for plan and carrier; payments for tenders (a sale paid half in cash and half
  by card counts once under each). Every breakdown's amounts add up to the same totals.
- Tenders are what each payment kept: cash net of the change given back.
- Card type is the line's; a voucher sale has none (key ``""``). A plan row of vouchers
  is keyed ``VOUCHER-<carrier>-<face value in cents>``.

:func:`sales_report` reads the per-day summaries kept with every sale, void and refund
(:mod:`counter_app.services.day_summaries`): a year's report adds up a few tens of
thousands of summary rows, however many sales the shop has. :func:`sales_report_raw` makes
the same report from the sales themselves (GROUP BY over the sales' ``completed_at`` index
and the reversals' ``created_at``): the oracle the summaries are tested and checked against.

The CSV (:func:`sales_report_csv`) is one file, UTF-8 with a byte-order mark (Excel in Hong
Kong reads the Chinese right), with a ``breakdown`` column: one row per breakdown row,
then a ``total`` row; amounts are text like ``HK$1,234.50``, and every cell is neutralised
against spreadsheet formulas.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Date, Select, cast, func, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from counter_app import log
from counter_app.domain.clock import Clock, hk_day_bounds, system_clock
from counter_app.domain.errors import ErrorCode, InputError, NotFound, OutsideError
from counter_app.domain.money import format_money
from counter_app.domain.plans import CARD_TYPE_NAMES, CardType
from counter_app.domain.sales_reports import Breakdown, ReportRow, SalesReport
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import TENDER_NAMES, TenderKind
from counter_app.files import open_atomically, write_atomically
from counter_app.services import permissions
from counter_app.services.exports import neutralise_cell
from counter_app.services.permissions import Action
from counter_app.services.shifts import TAKEN_STATES
from counter_app.store.engine import Database
from counter_app.store.models import (
    Carrier,
    Counter,
    Line,
    Payment,
    Plan,
    Sale,
    SaleItem,
    SaleReversal,
    SalesDaySummary,
    Shift,
    Shop,
    StaffUser,
    TenderDaySummary,
    VoucherPin,
)

MAX_DAYS: Final = 732
"""Two years (with a leap day): the longest range one report covers."""

CSV_COLUMNS: Final = (
    "breakdown",
    "key",
    "name_zh",
    "name_en",
    "count",
    "gross",
    "voided",
    "refunded",
    "net",
)

_WEEKDAYS_ZH: Final = "一二三四五六日"
_WEEKDAYS_EN: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_NO_CARD_TYPE: Final = ("沒有卡（充值券）", "No card (vouchers)")
_VOUCHERS: Final = ("充值券", "top-up voucher")


@dataclass(frozen=True)
class CounterChoice:
    """A counter a report can be limited to."""

    code: str
    name: str


@dataclass
class _Sums:
    count: int = 0
    gross: int = 0
    voided: int = 0
    refunded: int = 0

    def add(self, kind: str, count: int, amount: int) -> None:
        if kind == "taken":
            self.count += count
            self.gross += amount
        elif kind == "void":
            self.voided += amount
        elif kind == "refund":
            self.refunded += amount
        else:
            raise ValueError(f"unknown reversal kind {kind!r}")


@dataclass(frozen=True)
class _Scope:
    """Where and when: the UTC bounds of the range and the counters it covers."""

    start: datetime
    end: datetime
    counter_ids: tuple[int, ...]
    is_sqlite: bool
    first: date
    last: date
    raw: bool


def report_counters(db: Database, clerk: Clerk) -> list[CounterChoice]:
    """The counters of the clerk's shop, by code, for choosing one report's counter."""
    permissions.require(clerk, Action.REPORTS_VIEW)
    with db.read() as session:
        return [
            CounterChoice(code, name)
            for code, name in session.execute(
                select(Counter.code, Counter.name)
                .where(Counter.shop_id == clerk.shop_id)
                .order_by(Counter.code)
            )
        ]


def sales_report(
    db: Database,
    clerk: Clerk,
    date_from: date,
    date_to: date,
    *,
    counter_code: str | None = None,
    clock: Clock = system_clock,
) -> SalesReport:
    """The sales report of the clerk's shop (or of one counter) for the Hong Kong days given.

    Read from the day summaries. Raises :class:`NotAllowed` below a supervisor,
    :class:`InputError` ``report.dates`` when the range is backwards,
    ``report.range_too_long`` over :data:`MAX_DAYS`, and :class:`NotFound`
    ``report.counter`` for a counter the shop does not have.
    """
    return _report(db, clerk, date_from, date_to, counter_code=counter_code, clock=clock, raw=False)


def sales_report_raw(
    db: Database,
    clerk: Clerk,
    date_from: date,
    date_to: date,
    *,
    counter_code: str | None = None,
    clock: Clock = system_clock,
) -> SalesReport:
    """:func:`sales_report` computed from the sales, items, payments and reversals."""
    return _report(db, clerk, date_from, date_to, counter_code=counter_code, clock=clock, raw=True)


def _report(
    db: Database,
    clerk: Clerk,
    date_from: date,
    date_to: date,
    *,
    counter_code: str | None,
    clock: Clock,
    raw: bool,
) -> SalesReport:
    permissions.require(clerk, Action.REPORTS_VIEW)
    if date_from > date_to:
        raise InputError(
            f"the start date {date_from.isoformat()} is after the end date {date_to.isoformat()}",
            code=ErrorCode.REPORT_DATES,
            field="date_from",
        )
    if (date_to - date_from).days + 1 > MAX_DAYS:
        raise InputError(
            f"a report covers at most {MAX_DAYS} days: choose a shorter range",
            code=ErrorCode.REPORT_RANGE_TOO_LONG,
            field="date_to",
        )
    start, _ = hk_day_bounds(date_from)
    _, end = hk_day_bounds(date_to)
    code = counter_code.strip().upper() if counter_code and counter_code.strip() else None
    with db.read() as session:
        shop = session.get(Shop, clerk.shop_id)
        if shop is None:
            raise NotFound(f"there is no shop {clerk.shop_id}", code=ErrorCode.SHOP_UNKNOWN)
        counters = session.execute(
            select(Counter.id, Counter.code, Counter.name).where(Counter.shop_id == shop.id)
        ).all()
        chosen = [row for row in counters if code is None or row.code == code]
        if code is not None and not chosen:
            raise NotFound(
                f"there is no counter {code}", code=ErrorCode.REPORT_COUNTER, field="counter"
            )
        scope = _Scope(
            start,
            end,
            tuple(row.id for row in chosen),
            db.is_sqlite,
            date_from,
            date_to,
            raw,
        )
        breakdowns = {
            **_by_sale(session, scope, date_from, date_to),
            **_by_item(session, scope),
            Breakdown.TENDER: _by_tender(session, scope),
        }
    ordered = {kind: breakdowns[kind] for kind in Breakdown}
    days = ordered[Breakdown.DAY]
    total = ReportRow(
        "total",
        "總計",
        "Total",
        count=sum(row.count for row in days),
        gross=sum(row.gross for row in days),
        voided=sum(row.voided for row in days),
        refunded=sum(row.refunded for row in days),
    )
    log.services.info(
        "sales report%s %s..%s counter %s: %d sales, net %s",
        " (raw)" if raw else "",
        date_from,
        date_to,
        code or "all",
        total.count,
        format_money(total.net),
    )
    return SalesReport(
        shop_code=shop.code,
        shop_name_zh=shop.name_zh,
        shop_name_en=shop.name_en,
        date_from=date_from,
        date_to=date_to,
        counter_code=code,
        counter_name=chosen[0].name if code is not None else "",
        made_at=clock(),
        total=total,
        breakdowns=ordered,
    )


# --- the queries ---------------------------------------------------------------------------


def _hk_day(column: Any, scope: _Scope) -> ColumnElement[Any]:
    """The Hong Kong date of a UTC timestamp column, computed by the database.

    Literal SQL, not bound parameters: PostgreSQL must see the SELECT's expression and the
    GROUP BY's as the same one. Hong Kong has kept UTC+8 without summer time since 1979.
    """
    if scope.is_sqlite:
        return func.date(column, literal_column("'+8 hours'"))
    return cast(func.timezone(literal_column("'Asia/Hong_Kong'"), column), Date)


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _taken(query: Select[Any], scope: _Scope) -> Select[Any]:
    """*query* (over sales) limited to the sales taken in the range at the chosen counters."""
    return query.where(
        Sale.completed_at >= scope.start,
        Sale.completed_at < scope.end,
        Sale.state.in_(TAKEN_STATES),
        Sale.counter_id.in_(scope.counter_ids),
    )


def _reversed(query: Select[Any], scope: _Scope) -> Select[Any]:
    """*query* (over sales) limited to the sales voided or refunded in the range."""
    return (
        query.join(SaleReversal, SaleReversal.sale_id == Sale.id)
        .join(Shift, Shift.id == SaleReversal.shift_id)
        .where(
            SaleReversal.created_at >= scope.start,
            SaleReversal.created_at < scope.end,
            Shift.counter_id.in_(scope.counter_ids),
        )
    )


def _grouped(
    session: Session,
    scope: _Scope,
    columns: Sequence[Any],
    amount: Any,
    joins: Iterable[tuple[Any, ColumnElement[bool]]],
    *,
    by_day: bool = False,
) -> list[tuple[str, tuple[Any, ...], int, int]]:
    """(kind, group key, count, amount) rows: kind "taken", "void" or "refund".

    *by_day* makes the Hong Kong day of the sale (taken) or of the reversal the first
    part of the key.
    """
    rows: list[tuple[str, tuple[Any, ...], int, int]] = []
    joins = list(joins)
    for kind in ("taken", "reversed"):
        keys: list[Any] = list(columns)
        if by_day:
            moment = Sale.completed_at if kind == "taken" else SaleReversal.created_at
            keys.insert(0, _hk_day(moment, scope))
        if kind == "reversed":
            keys.insert(0, SaleReversal.kind)
        query = select(*keys, func.count(), func.coalesce(func.sum(amount), 0)).select_from(Sale)
        for target, on in joins:
            query = query.outerjoin(target, on)
        query = _taken(query, scope) if kind == "taken" else _reversed(query, scope)
        for row in session.execute(query.group_by(*keys)):
            values = tuple(row)
            if kind == "taken":
                rows.append(("taken", values[:-2], int(values[-2]), int(values[-1])))
            else:
                rows.append((str(values[0]), values[1:-2], int(values[-2]), int(values[-1])))
    return rows


def _summed(
    session: Session,
    scope: _Scope,
    model: type[SalesDaySummary] | type[TenderDaySummary],
    columns: Sequence[Any],
    figures: tuple[Any, Any, Any, Any],
) -> list[tuple[str, tuple[Any, ...], int, int]]:
    """The same rows as :func:`_grouped`, from the day summaries.

    *figures* are the summary's (count, gross, voided, refunded) columns.
    """
    query = (
        select(*columns, *(func.sum(figure) for figure in figures))
        .where(
            model.hk_day >= scope.first,
            model.hk_day <= scope.last,
            model.counter_id.in_(scope.counter_ids),
        )
        .group_by(*columns)
    )
    rows: list[tuple[str, tuple[Any, ...], int, int]] = []
    for row in session.execute(query):
        values = tuple(row)
        key = values[: len(columns)]
        count, gross, voided, refunded = (int(value or 0) for value in values[len(columns) :])
        rows.append(("taken", key, count, gross))
        rows.append(("void", key, 0, voided))
        rows.append(("refund", key, 0, refunded))
    return rows


def _by_sale(
    session: Session, scope: _Scope, first: date, last: date
) -> dict[Breakdown, tuple[ReportRow, ...]]:
    """Day, card type and clerk: one pass over the sales, grouped by all three."""
    days: dict[date, _Sums] = defaultdict(_Sums)
    card_types: dict[str, _Sums] = defaultdict(_Sums)
    clerks: dict[int, _Sums] = defaultdict(_Sums)
    summary = SalesDaySummary
    for kind, (day, clerk_id, card_type), count, amount in (
        _grouped(
            session,
            scope,
            [Sale.clerk_id, Line.card_type],
            Sale.total,
            [(Line, Line.id == Sale.line_id)],
            by_day=True,
        )
        if scope.raw
        else _summed(
            session,
            scope,
            summary,
            [summary.hk_day, summary.clerk_id, summary.card_type],
            (summary.sales, summary.gross, summary.voided, summary.refunded),
        )
    ):
        days[_as_date(day)].add(kind, count, amount)
        card_types[card_type or ""].add(kind, count, amount)
        clerks[int(clerk_id)].add(kind, count, amount)
    card_rows = [_row(key, _card_type_names(key), got) for key, got in card_types.items()]
    staff = {
        user.id: user
        for user in session.scalars(select(StaffUser).where(StaffUser.id.in_(list(clerks))))
    }
    clerk_rows = []
    for clerk_id, got in clerks.items():
        user = staff.get(clerk_id)
        username = user.username if user else f"#{clerk_id}"
        shown = user.display_name if user and user.display_name else username
        clerk_rows.append(_row(username, (shown, shown), got))
    return {
        Breakdown.DAY: _day_rows(days, first, last),
        Breakdown.CARD_TYPE: _ordered(card_rows),
        Breakdown.CLERK: _ordered(clerk_rows),
    }


def _day_rows(sums: Mapping[date, _Sums], first: date, last: date) -> tuple[ReportRow, ...]:
    """Every day of the range in order, a day without sales included."""
    rows = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        got = sums.get(day, _Sums())
        weekday = day.weekday()
        rows.append(
            ReportRow(
                day.isoformat(),
                f"{day.isoformat()} ({_WEEKDAYS_ZH[weekday]})",
                f"{day.isoformat()} {_WEEKDAYS_EN[weekday]}",
                got.count,
                got.gross,
                got.voided,
                got.refunded,
            )
        )
    return tuple(rows)


def _by_item(session: Session, scope: _Scope) -> dict[Breakdown, tuple[ReportRow, ...]]:
    """Plan and carrier: one query over the sale items, grouped by plan or voucher."""
    plans: dict[str, _Sums] = defaultdict(_Sums)
    plan_names: dict[str, tuple[str, str]] = {}
    carriers: dict[int | None, _Sums] = defaultdict(_Sums)
    catalog = {plan.id: plan for plan in session.scalars(select(Plan))}
    carrier_rows = {carrier.id: carrier for carrier in session.scalars(select(Carrier))}
    summary = SalesDaySummary
    for kind, (plan_id, pin_carrier_id, face_value), count, amount in (
        _grouped(
            session,
            scope,
            [SaleItem.plan_id, VoucherPin.carrier_id, VoucherPin.face_value],
            SaleItem.amount,
            [
                (SaleItem, SaleItem.sale_id == Sale.id),
                (VoucherPin, VoucherPin.id == SaleItem.voucher_pin_id),
            ],
        )
        if scope.raw
        else _summed(
            session,
            scope,
            summary,
            [summary.plan_id, summary.voucher_carrier_id, summary.face_value],
            (summary.items, summary.items_gross, summary.items_voided, summary.items_refunded),
        )
    ):
        # The summaries say "none" with 0, the raw rows with NULL; ids start at 1.
        plan = catalog.get(plan_id) if plan_id else None
        if plan is not None:
            key, names, carrier_id = plan.code, (plan.name_zh, plan.name_en), plan.carrier_id
        elif pin_carrier_id:
            carrier = carrier_rows.get(pin_carrier_id)
            carrier_code = carrier.code if carrier else str(pin_carrier_id)
            value = int(face_value or 0)
            key = f"VOUCHER-{carrier_code}-{value}"
            names = (
                f"{carrier.name_zh if carrier else carrier_code} {_VOUCHERS[0]} "
                f"{format_money(value)}",
                f"{carrier.name_en if carrier else carrier_code} {_VOUCHERS[1]} "
                f"{format_money(value)}",
            )
            carrier_id = pin_carrier_id
        else:
            key, names, carrier_id = "", ("其他", "Other"), None
        plans[key].add(kind, count, amount)
        plan_names[key] = names
        carriers[carrier_id].add(kind, count, amount)
    plan_rows = [_row(key, plan_names[key], got) for key, got in plans.items()]
    by_carrier = []
    for carrier_id, got in carriers.items():
        carrier = carrier_rows.get(carrier_id) if carrier_id is not None else None
        if carrier is None:
            by_carrier.append(_row("", ("其他", "Other"), got))
        else:
            by_carrier.append(_row(carrier.code, (carrier.name_zh, carrier.name_en), got))
    return {Breakdown.PLAN: _ordered(plan_rows), Breakdown.CARRIER: _ordered(by_carrier)}


def _by_tender(session: Session, scope: _Scope) -> tuple[ReportRow, ...]:
    tenders: dict[str, _Sums] = defaultdict(_Sums)
    summary = TenderDaySummary
    for kind, (tender,), count, amount in (
        _grouped(
            session,
            scope,
            [Payment.tender],
            Payment.amount,
            [(Payment, Payment.sale_id == Sale.id)],
        )
        if scope.raw
        else _summed(
            session,
            scope,
            summary,
            [summary.tender],
            (summary.payments, summary.gross, summary.voided, summary.refunded),
        )
    ):
        # A sale of HK$0 has no payment: it is in the other breakdowns, not here.
        if tender is not None:
            tenders[str(tender)].add(kind, count, amount)
    rows = []
    for tender, got in tenders.items():
        try:
            names = TENDER_NAMES[TenderKind(tender)]
        except ValueError:
            names = (tender, tender)
        rows.append(_row(tender, names, got))
    return _ordered(rows)


def _card_type_names(key: str) -> tuple[str, str]:
    if not key:
        return _NO_CARD_TYPE
    try:
        return CARD_TYPE_NAMES[CardType(key)]
    except ValueError:
        return key, key


def _row(key: str, names: tuple[str, str], got: _Sums) -> ReportRow:
    return ReportRow(key, names[0], names[1], got.count, got.gross, got.voided, got.refunded)


def _ordered(rows: Iterable[ReportRow]) -> tuple[ReportRow, ...]:
    return tuple(sorted(rows, key=lambda row: (-row.net, -row.gross, row.key)))


# --- CSV -----------------------------------------------------------------------------------


def csv_rows(report: SalesReport) -> list[list[str]]:
    """The CSV's rows after its header, every cell already neutralised."""
    rows: list[list[str]] = []
    for breakdown in Breakdown:
        rows.extend(_csv_row(breakdown.value, row) for row in report.rows(breakdown))
    rows.append(_csv_row("total", report.total))
    return rows


def _csv_row(breakdown: str, row: ReportRow) -> list[str]:
    cells = [
        breakdown,
        row.key,
        row.name_zh,
        row.name_en,
        str(row.count),
        format_money(row.gross),
        format_money(row.voided),
        format_money(row.refunded),
        format_money(row.net),
    ]
    return [neutralise_cell(cell) for cell in cells]


def sales_report_csv(report: SalesReport, path: Path, *, clerk: Clerk | None = None) -> Path:
    """Write *report* to *path* as one CSV (see the module's docstring); returns *path*.

    The file appears only when it is complete (written beside it, then renamed).
    Raises :class:`InputError` ``export.folder`` when the folder is missing or *path* is
    a folder, and :class:`OutsideError` when the disk refuses.
    """
    if clerk is not None:
        permissions.require(clerk, Action.REPORTS_EXPORT)
    if not path.parent.is_dir():
        raise InputError(f"the folder {path.parent} does not exist", code=ErrorCode.EXPORT_FOLDER)
    if path.is_dir():
        raise InputError(
            f"{path} is a folder; name the CSV file to write", code=ErrorCode.EXPORT_FOLDER
        )
    try:
        with open_atomically(path, encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            writer.writerows(csv_rows(report))
    except OSError as exc:
        raise OutsideError(
            f"cannot write {path}: {exc.strerror}",
            code=ErrorCode.FILE_WRITE,
            params={"path": str(path)},
        ) from exc
    log.services.info(
        "wrote the sales report %s..%s to %s", report.date_from, report.date_to, path.name
    )
    return path


def sales_report_pdf(
    db: Database, report: SalesReport, path: Path, *, clerk: Clerk, clock: Clock
) -> Path:
    """Write *report* to *path* as a PDF with the shop's header; returns *path*.

    ReportLab is imported here, not at start-up (the window calls this in the background).
    Raises :class:`OutsideError` ``file.write`` when the disk refuses.
    """
    from counter_app.printing.sales_report import build_sales_report_pdf  # noqa: PLC0415
    from counter_app.services.receipts import receipt_settings  # noqa: PLC0415

    permissions.require(clerk, Action.REPORTS_EXPORT)
    settings = receipt_settings(db, report.shop_code)
    pdf = build_sales_report_pdf(
        report,
        settings.header,
        printed_at=clock(),
        chinese=settings.chinese,
        cjk_font_path=settings.cjk_font_path,
    )
    try:
        write_atomically(path, pdf, overwrite=True)
    except OSError as exc:
        raise OutsideError(
            f"cannot write {path}: {exc.strerror or exc}",
            code=ErrorCode.FILE_WRITE,
            params={"path": str(path)},
        ) from exc
    log.services.info("wrote the sales report PDF %s", path.name)
    return path
