"""Per-Hong-Kong-day summaries of the sales, kept with each sale, void and refund.

The sales reports (:mod:`counter_app.services.sales_reports`) read
:class:`~counter_app.store.models.SalesDaySummary` and
:class:`~counter_app.store.models.TenderDaySummary` instead of the sales, so that a year's
report over ten million sales reads a few tens of thousands of rows.

- :func:`record_sale` and :func:`record_reversal` run inside the sale's or the reversal's
  own transaction: one multi-row ``INSERT ... ON CONFLICT DO UPDATE`` per table (both in
  one statement on PostgreSQL), computed from the objects the transaction already holds.
  Each statement is built once per shape and kept. The rows are written in key order, so
  two transactions never take the same rows' locks in opposite orders.
- :func:`rebuild` recomputes a range of days from the raw rows in one transaction
  (``counter-app reports rebuild``); :func:`check` compares them without writing.

What each row counts is said on the models; it is exactly what the raw report query
(:func:`~counter_app.services.sales_reports.sales_report_raw`) groups.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

from sqlalchemy import Date, bindparam, delete, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, hk_day_bounds, system_clock
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.staff import Clerk
from counter_app.services import audit, permissions
from counter_app.services.permissions import Action
from counter_app.store.engine import Database
from counter_app.store.models import (
    Line,
    Sale,
    SaleReversal,
    SalesDaySummary,
    TenderDaySummary,
    VoucherPin,
)
from counter_app.store.types import UtcDateTime

SALES_KEY: Final = (
    "hk_day",
    "counter_id",
    "clerk_id",
    "card_type",
    "plan_id",
    "voucher_carrier_id",
    "face_value",
)
SALES_FIGURES: Final = (
    "sales",
    "gross",
    "voids",
    "voided",
    "refunds",
    "refunded",
    "items",
    "items_gross",
    "items_voided",
    "items_refunded",
)
TENDER_KEY: Final = ("hk_day", "counter_id", "clerk_id", "tender")
TENDER_FIGURES: Final = ("payments", "gross", "voided", "refunded")


def hk_date(moment: datetime) -> date:
    """The Hong Kong date of an aware instant."""
    return moment.astimezone(HONG_KONG).date()


# --- kept with each sale, void and refund ---------------------------------------------------


def record_sale(session: Session, sale: Sale) -> None:
    """Add the just-completed *sale* to its day's summaries (its completion day and counter)."""
    if sale.completed_at is None:
        raise ValueError(f"sale {sale.id} is not completed")
    _record(session, sale, hk_date(sale.completed_at), sale.counter_id, None)


def record_reversal(session: Session, sale: Sale, reversal: SaleReversal, counter_id: int) -> None:
    """Add the void or refund of *sale*, made at *counter_id*, to the summaries of its day."""
    if reversal.kind not in ("void", "refund"):
        raise ValueError(f"unknown reversal kind {reversal.kind!r}")
    _record(session, sale, hk_date(reversal.created_at), counter_id, reversal.kind)


def _record(session: Session, sale: Sale, day: date, counter_id: int, reversal: str | None) -> None:
    # Everything read here is in the session already: the line and the PINs were loaded by
    # the sale (session.get looks in the identity map first), the items and payments are
    # the sale's own collections.
    line = session.get(Line, sale.line_id) if sale.line_id is not None else None
    card_type = (line.card_type or "") if line is not None else ""
    sales_rows: dict[tuple[Any, ...], dict[str, int]] = {}
    items: list[tuple[int, int, int, int]] = []
    for item in sale.items:
        pin = session.get(VoucherPin, item.voucher_pin_id) if item.voucher_pin_id else None
        items.append(
            (
                item.plan_id or 0,
                pin.carrier_id if pin is not None else 0,
                pin.face_value if pin is not None else 0,
                item.amount,
            )
        )
    if not items:
        items.append((0, 0, 0, 0))
    for index, (plan_id, carrier_id, face_value, amount) in enumerate(items):
        key = (day, counter_id, sale.clerk_id, card_type, plan_id, carrier_id, face_value)
        row = sales_rows.setdefault(key, dict.fromkeys(SALES_FIGURES, 0))
        first = index == 0
        if reversal is None:
            row["sales"] += first
            row["gross"] += sale.total if first else 0
            row["items"] += 1
            row["items_gross"] += amount
        elif reversal == "void":
            row["voids"] += first
            row["voided"] += sale.total if first else 0
            row["items_voided"] += amount
        else:
            row["refunds"] += first
            row["refunded"] += sale.total if first else 0
            row["items_refunded"] += amount
    tender_rows: dict[tuple[Any, ...], dict[str, int]] = {}
    for payment in sale.payments:
        row = tender_rows.setdefault(
            (day, counter_id, sale.clerk_id, payment.tender), dict.fromkeys(TENDER_FIGURES, 0)
        )
        if reversal is None:
            row["payments"] += 1
            row["gross"] += payment.amount
        else:
            row["voided" if reversal == "void" else "refunded"] += payment.amount
    sales_values = _values("s", SALES_KEY, sales_rows)
    tender_values = _values("t", TENDER_KEY, tender_rows)
    postgres = session.get_bind().dialect.name == "postgresql"
    for statement in _upserts(postgres, len(sales_rows), len(tender_rows)):
        session.execute(statement, {**sales_values, **tender_values})


def _values(
    prefix: str, key: tuple[str, ...], rows: Mapping[tuple[Any, ...], Mapping[str, int]]
) -> dict[str, Any]:
    """The parameters of *rows* for :func:`_upsert_sql`, in key order (so that two
    transactions never take the same rows' locks in opposite orders)."""
    values: dict[str, Any] = {}
    for n, (parts, figures) in enumerate(sorted(rows.items(), key=lambda pair: pair[0])):
        values.update({f"{prefix}{n}_{name}": part for name, part in zip(key, parts, strict=True)})
        values.update({f"{prefix}{n}_{name}": figure for name, figure in figures.items()})
    return values


def _upsert_sql(
    table: str, prefix: str, key: tuple[str, ...], figures: tuple[str, ...], rows: int
) -> str:
    """``INSERT ... VALUES`` of *rows* rows that adds to the figures of the rows already there."""
    columns = (*key, *figures)
    values = ", ".join(
        "(" + ", ".join(f":{prefix}{n}_{name}" for name in columns) + ")" for n in range(rows)
    )
    added = ", ".join(f"{name} = {table}.{name} + excluded.{name}" for name in figures)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES {values} "  # noqa: S608 - names only
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {added}"
    )


@functools.lru_cache(maxsize=64)
def _upserts(postgres: bool, sales_rows: int, tender_rows: int) -> tuple[TextClause, ...]:
    """The statements that add *sales_rows* and *tender_rows* rows, built once per shape.

    Built once and kept, they are compiled once: a statement built anew for each sale
    cost more client CPU than everything else the sale writes. On PostgreSQL both tables
    are one round trip: the first upsert is a data-modifying CTE of the second (PostgreSQL
    runs it whether or not the second refers to it).
    """
    days = [bindparam(f"s{n}_hk_day", type_=Date()) for n in range(sales_rows)]
    tender_days = [bindparam(f"t{n}_hk_day", type_=Date()) for n in range(tender_rows)]
    sales = _upsert_sql("sales_day_summaries", "s", SALES_KEY, SALES_FIGURES, sales_rows)
    if not tender_rows:
        return (text(sales).bindparams(*days),)
    tenders = _upsert_sql("tender_day_summaries", "t", TENDER_KEY, TENDER_FIGURES, tender_rows)
    if postgres:
        both = f"WITH sales_rows AS ({sales} RETURNING 1) {tenders}"
        return (text(both).bindparams(*days, *tender_days),)
    return (text(sales).bindparams(*days), text(tenders).bindparams(*tender_days))


# --- rebuilt from the raw rows --------------------------------------------------------------


@dataclass(frozen=True)
class Rebuilt:
    """What a rebuild wrote: the days (None: all of them) and the rows of each table."""

    date_from: date | None
    date_to: date | None
    sales_rows: int
    tender_rows: int


def _hk_day_sql(column: str, is_sqlite: bool) -> str:
    if is_sqlite:
        return f"date({column}, '+8 hours')"
    return f"CAST(timezone('Asia/Hong_Kong', {column}) AS date)"


def rebuild_sql(is_sqlite: bool) -> tuple[str, str]:
    """The two ``INSERT ... SELECT`` statements that fill the summaries from the raw rows.

    Parameters ``start`` and ``end``: the UTC bounds of the Hong Kong days to fill (their
    rows must have been deleted first). Each sale taken, voided or refunded in the range is
    one contribution per item (a sale without items, one of 0); ``first`` marks the
    contribution of the sale's first item, which carries the sale's own count and total.
    The migration that made the tables keeps its own copy of these statements.
    """
    sale_day = _hk_day_sql("s.completed_at", is_sqlite)
    reversal_day = _hk_day_sql("r.created_at", is_sqlite)
    item_columns = (
        "COALESCE(l.card_type, '') AS card_type, COALESCE(i.plan_id, 0) AS plan_id, "
        "COALESCE(p.carrier_id, 0) AS voucher_carrier_id, "
        "COALESCE(p.face_value, 0) AS face_value, s.total AS total, "
        "COALESCE(i.amount, 0) AS amount, "
        "CASE WHEN i.id IS NULL OR i.id = "
        "(SELECT min(f.id) FROM sale_items f WHERE f.sale_id = s.id) THEN 1 ELSE 0 END AS first "
        "FROM {source} "
        "LEFT JOIN lines l ON l.id = s.line_id "
        "LEFT JOIN sale_items i ON i.sale_id = s.id "
        "LEFT JOIN voucher_pins p ON p.id = i.voucher_pin_id"
    )
    taken = "s.state IN ('completed', 'voided', 'refunded')"
    reversal_source = (
        "sale_reversals r JOIN sales s ON s.id = r.sale_id JOIN shifts sh ON sh.id = r.shift_id"
    )
    sums = {
        "sales": "CASE WHEN kind = 'taken' THEN first ELSE 0 END",
        "gross": "CASE WHEN kind = 'taken' THEN first * total ELSE 0 END",
        "voids": "CASE WHEN kind = 'void' THEN first ELSE 0 END",
        "voided": "CASE WHEN kind = 'void' THEN first * total ELSE 0 END",
        "refunds": "CASE WHEN kind = 'refund' THEN first ELSE 0 END",
        "refunded": "CASE WHEN kind = 'refund' THEN first * total ELSE 0 END",
        "items": "CASE WHEN kind = 'taken' THEN 1 ELSE 0 END",
        "items_gross": "CASE WHEN kind = 'taken' THEN amount ELSE 0 END",
        "items_voided": "CASE WHEN kind = 'void' THEN amount ELSE 0 END",
        "items_refunded": "CASE WHEN kind = 'refund' THEN amount ELSE 0 END",
    }
    keys = ", ".join(SALES_KEY)
    sales_sql = f"""
        INSERT INTO sales_day_summaries ({keys}, {", ".join(sums)})
        SELECT {keys}, {", ".join(f"SUM({value})" for value in sums.values())} FROM (
            SELECT {sale_day} AS hk_day, s.counter_id AS counter_id, s.clerk_id AS clerk_id,
                'taken' AS kind, {item_columns.format(source="sales s")}
            WHERE s.completed_at >= :start AND s.completed_at < :end AND {taken}
            UNION ALL
            SELECT {reversal_day}, sh.counter_id, s.clerk_id, r.kind,
                {item_columns.format(source=reversal_source)}
            WHERE r.created_at >= :start AND r.created_at < :end
        ) AS contributions
        GROUP BY {keys}
    """  # noqa: S608 - no value is formatted into it, only column names and fixed SQL
    tender_keys = ", ".join(TENDER_KEY)
    tender_sql = f"""
        INSERT INTO tender_day_summaries ({tender_keys}, {", ".join(TENDER_FIGURES)})
        SELECT {tender_keys},
            SUM(CASE WHEN kind = 'taken' THEN 1 ELSE 0 END),
            SUM(CASE WHEN kind = 'taken' THEN amount ELSE 0 END),
            SUM(CASE WHEN kind = 'void' THEN amount ELSE 0 END),
            SUM(CASE WHEN kind = 'refund' THEN amount ELSE 0 END)
        FROM (
            SELECT {sale_day} AS hk_day, s.counter_id AS counter_id, s.clerk_id AS clerk_id,
                pm.tender AS tender, 'taken' AS kind, pm.amount AS amount
            FROM sales s JOIN payments pm ON pm.sale_id = s.id
            WHERE s.completed_at >= :start AND s.completed_at < :end AND {taken}
            UNION ALL
            SELECT {reversal_day}, sh.counter_id, s.clerk_id, pm.tender, r.kind, pm.amount
            FROM {reversal_source} JOIN payments pm ON pm.sale_id = s.id
            WHERE r.created_at >= :start AND r.created_at < :end
        ) AS contributions
        GROUP BY {tender_keys}
    """  # noqa: S608 - as above
    return sales_sql, tender_sql


def _bounds(date_from: date | None, date_to: date | None) -> tuple[datetime, datetime]:
    start = hk_day_bounds(date_from)[0] if date_from else datetime(1970, 1, 1, tzinfo=UTC)
    end = hk_day_bounds(date_to)[1] if date_to else datetime(9999, 1, 1, tzinfo=UTC)
    return start, end


def refill(session: Session, date_from: date | None = None, date_to: date | None = None) -> None:
    """Delete the summaries of the days (all days when None) and fill them from the raw rows."""
    is_sqlite = session.get_bind().dialect.name == "sqlite"
    for model in (SalesDaySummary, TenderDaySummary):
        query = delete(model)
        if date_from is not None:
            query = query.where(model.hk_day >= date_from)
        if date_to is not None:
            query = query.where(model.hk_day <= date_to)
        session.execute(query)
    start, end = _bounds(date_from, date_to)
    for sql in rebuild_sql(is_sqlite):
        session.execute(
            text(sql).bindparams(
                bindparam("start", start, type_=UtcDateTime()),
                bindparam("end", end, type_=UtcDateTime()),
            )
        )


def _check_range(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise InputError(
            f"the start date {date_from.isoformat()} is after the end date {date_to.isoformat()}",
            code=ErrorCode.REPORT_DATES,
            field="date_from",
        )


def rebuild(
    db: Database,
    clerk: Clerk | None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    clock: Clock = system_clock,
) -> Rebuilt:
    """Recompute the summaries of the Hong Kong days given (all when None) in one transaction.

    Audited against *clerk*. Raises :class:`InputError` ``report.dates`` on a backwards range.
    """
    if clerk is not None:
        permissions.require(clerk, Action.REPORTS_REBUILD)
    _check_range(date_from, date_to)
    now = clock()
    with db.write() as session:
        refill(session, date_from, date_to)
        counts = [_row_count(session, model, date_from, date_to) for model in _MODELS]
        audit.record(
            session,
            "reports.rebuilt",
            occurred_at=now,
            staff_id=clerk.id if clerk else None,
            details={
                "from": date_from.isoformat() if date_from else "",
                "to": date_to.isoformat() if date_to else "",
                "sales_rows": counts[0],
                "tender_rows": counts[1],
            },
        )
    log.services.info(
        "rebuilt the day summaries %s..%s: %d + %d rows",
        date_from or "first",
        date_to or "last",
        *counts,
    )
    return Rebuilt(date_from, date_to, counts[0], counts[1])


_MODELS: Final[tuple[type[SalesDaySummary], type[TenderDaySummary]]] = (
    SalesDaySummary,
    TenderDaySummary,
)


def _row_count(
    session: Session,
    model: type[SalesDaySummary] | type[TenderDaySummary],
    date_from: date | None,
    date_to: date | None,
) -> int:
    query = select(func.count()).select_from(model)
    if date_from is not None:
        query = query.where(model.hk_day >= date_from)
    if date_to is not None:
        query = query.where(model.hk_day <= date_to)
    return int(session.scalar(query) or 0)


def summary_rows(
    session: Session,
    model: type[SalesDaySummary] | type[TenderDaySummary],
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[tuple[Any, ...], tuple[int, ...]]:
    """The table's rows of the days given, key -> figures (rows of all zeros left out)."""
    key, figures = (
        (SALES_KEY, SALES_FIGURES) if model is SalesDaySummary else (TENDER_KEY, TENDER_FIGURES)
    )
    table = model.__table__
    query = select(*(table.c[name] for name in key + figures))
    if date_from is not None:
        query = query.where(table.c.hk_day >= date_from)
    if date_to is not None:
        query = query.where(table.c.hk_day <= date_to)
    found: dict[tuple[Any, ...], tuple[int, ...]] = {}
    for row in session.execute(query):
        values = tuple(row)
        parts = (_as_date(values[0]), *values[1 : len(key)])
        found[parts] = tuple(int(value) for value in values[len(key) :])
    return found


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@dataclass(frozen=True)
class Checked:
    """The days' summaries against the raw rows: the keys that differ, per table."""

    sales_differences: tuple[tuple[Any, ...], ...]
    tender_differences: tuple[tuple[Any, ...], ...]

    @property
    def equal(self) -> bool:
        return not self.sales_differences and not self.tender_differences


def check(
    db: Database, clerk: Clerk | None, date_from: date | None = None, date_to: date | None = None
) -> Checked:
    """Compare the summaries with what a rebuild would write, writing nothing.

    The rebuild runs in a savepoint that is rolled back.
    """
    if clerk is not None:
        permissions.require(clerk, Action.REPORTS_VIEW)
    _check_range(date_from, date_to)
    with db.write() as session:
        sales = summary_rows(session, SalesDaySummary, date_from, date_to)
        tenders = summary_rows(session, TenderDaySummary, date_from, date_to)
        trial = session.begin_nested()
        refill(session, date_from, date_to)
        checked = Checked(
            _differing(sales, summary_rows(session, SalesDaySummary, date_from, date_to)),
            _differing(tenders, summary_rows(session, TenderDaySummary, date_from, date_to)),
        )
        trial.rollback()
    return checked


def _differing(
    before: Mapping[tuple[Any, ...], tuple[int, ...]],
    after: Mapping[tuple[Any, ...], tuple[int, ...]],
) -> tuple[tuple[Any, ...], ...]:
    keys: Iterable[tuple[Any, ...]] = set(before) | set(after)
    return tuple(
        sorted(
            (key for key in keys if before.get(key) != after.get(key)),
            key=lambda key: tuple(str(part) for part in key),
        )
    )
