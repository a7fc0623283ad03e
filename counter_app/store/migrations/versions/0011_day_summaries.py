"""Day summaries: per-Hong-Kong-day sales and tenders, by counter, filled from the raw rows.

Two new tables, ``sales_day_summaries`` and ``tender_day_summaries``, filled in the
upgrade from the sales, items, payments and reversals already there, so that the reports
of an upgraded shop read the same figures as before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

import sqlalchemy as sa
from alembic import op

from counter_app.store.types import UtcDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

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


def _keys() -> list[sa.Column[object]]:
    return [
        sa.Column("hk_day", sa.Date(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "sales_day_summaries",
        *_keys(),
        sa.Column("card_type", sa.String(16), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("voucher_carrier_id", sa.Integer(), nullable=False),
        sa.Column("face_value", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in SALES_FIGURES),
        sa.ForeignKeyConstraint(
            ["clerk_id"],
            ["staff_users.id"],
            name=op.f("fk_sales_day_summaries_clerk_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counters.id"], name=op.f("fk_sales_day_summaries_counter_id_counters")
        ),
        sa.PrimaryKeyConstraint(*SALES_KEY, name=op.f("pk_sales_day_summaries")),
    )
    op.create_table(
        "tender_day_summaries",
        *_keys(),
        sa.Column("tender", sa.String(16), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in TENDER_FIGURES),
        sa.ForeignKeyConstraint(
            ["clerk_id"],
            ["staff_users.id"],
            name=op.f("fk_tender_day_summaries_clerk_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"],
            ["counters.id"],
            name=op.f("fk_tender_day_summaries_counter_id_counters"),
        ),
        sa.PrimaryKeyConstraint(*TENDER_KEY, name=op.f("pk_tender_day_summaries")),
    )
    bind = op.get_bind()
    for sql in _fill_sql(bind.dialect.name == "sqlite"):
        bind.execute(
            sa.text(sql).bindparams(
                sa.bindparam("start", datetime(1970, 1, 1, tzinfo=UTC), type_=UtcDateTime()),
                sa.bindparam("end", datetime(9999, 1, 1, tzinfo=UTC), type_=UtcDateTime()),
            )
        )


def downgrade() -> None:
    op.drop_table("tender_day_summaries")
    op.drop_table("sales_day_summaries")


def _hk_day_sql(column: str, is_sqlite: bool) -> str:
    if is_sqlite:
        return f"date({column}, '+8 hours')"
    return f"CAST(timezone('Asia/Hong_Kong', {column}) AS date)"


def _fill_sql(is_sqlite: bool) -> tuple[str, str]:
    """The service's rebuild statements as they were at this revision (frozen here)."""
    sale_day = _hk_day_sql("s.completed_at", is_sqlite)
    reversal_day = _hk_day_sql("r.created_at", is_sqlite)
    first = "(i.id IS NULL OR i.id = (SELECT min(f.id) FROM sale_items f WHERE f.sale_id = s.id))"
    item_joins = (
        "LEFT JOIN lines l ON l.id = s.line_id "
        "LEFT JOIN sale_items i ON i.sale_id = s.id "
        "LEFT JOIN voucher_pins p ON p.id = i.voucher_pin_id"
    )
    item_key = (
        "COALESCE(l.card_type, '') AS card_type, COALESCE(i.plan_id, 0) AS plan_id, "
        "COALESCE(p.carrier_id, 0) AS voucher_carrier_id, "
        "COALESCE(p.face_value, 0) AS face_value"
    )
    sales_columns = ", ".join(SALES_KEY + SALES_FIGURES)
    sums = ", ".join(f"SUM({name})" for name in SALES_FIGURES)
    taken = "s.state IN ('completed', 'voided', 'refunded')"
    sales_sql = f"""
        INSERT INTO sales_day_summaries ({sales_columns})
        SELECT {", ".join(SALES_KEY)}, {sums} FROM (
            SELECT {sale_day} AS hk_day, s.counter_id AS counter_id, s.clerk_id AS clerk_id,
                {item_key},
                CASE WHEN {first} THEN 1 ELSE 0 END AS sales,
                CASE WHEN {first} THEN s.total ELSE 0 END AS gross,
                0 AS voids, 0 AS voided, 0 AS refunds, 0 AS refunded,
                1 AS items, COALESCE(i.amount, 0) AS items_gross,
                0 AS items_voided, 0 AS items_refunded
            FROM sales s {item_joins}
            WHERE s.completed_at >= :start AND s.completed_at < :end AND {taken}
            UNION ALL
            SELECT {reversal_day}, sh.counter_id, s.clerk_id, {item_key},
                0, 0,
                CASE WHEN r.kind = 'void' AND {first} THEN 1 ELSE 0 END,
                CASE WHEN r.kind = 'void' AND {first} THEN s.total ELSE 0 END,
                CASE WHEN r.kind = 'refund' AND {first} THEN 1 ELSE 0 END,
                CASE WHEN r.kind = 'refund' AND {first} THEN s.total ELSE 0 END,
                0, 0,
                CASE WHEN r.kind = 'void' THEN COALESCE(i.amount, 0) ELSE 0 END,
                CASE WHEN r.kind = 'refund' THEN COALESCE(i.amount, 0) ELSE 0 END
            FROM sale_reversals r
            JOIN sales s ON s.id = r.sale_id
            JOIN shifts sh ON sh.id = r.shift_id
            {item_joins}
            WHERE r.created_at >= :start AND r.created_at < :end
        ) AS contributions
        GROUP BY {", ".join(SALES_KEY)}
    """  # noqa: S608 - no value is formatted into it, only column names and fixed SQL
    tender_columns = ", ".join(TENDER_KEY + TENDER_FIGURES)
    tender_sql = f"""
        INSERT INTO tender_day_summaries ({tender_columns})
        SELECT {", ".join(TENDER_KEY)}, SUM(payments), SUM(gross), SUM(voided), SUM(refunded)
        FROM (
            SELECT {sale_day} AS hk_day, s.counter_id AS counter_id, s.clerk_id AS clerk_id,
                pm.tender AS tender, 1 AS payments, pm.amount AS gross,
                0 AS voided, 0 AS refunded
            FROM sales s JOIN payments pm ON pm.sale_id = s.id
            WHERE s.completed_at >= :start AND s.completed_at < :end AND {taken}
            UNION ALL
            SELECT {reversal_day}, sh.counter_id, s.clerk_id, pm.tender, 0, 0,
                CASE WHEN r.kind = 'void' THEN pm.amount ELSE 0 END,
                CASE WHEN r.kind = 'refund' THEN pm.amount ELSE 0 END
            FROM sale_reversals r
            JOIN sales s ON s.id = r.sale_id
            JOIN shifts sh ON sh.id = r.shift_id
            JOIN payments pm ON pm.sale_id = s.id
            WHERE r.created_at >= :start AND r.created_at < :end
        ) AS contributions
        GROUP BY {", ".join(TENDER_KEY)}
    """  # noqa: S608 - as above
    return sales_sql, tender_sql
