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
