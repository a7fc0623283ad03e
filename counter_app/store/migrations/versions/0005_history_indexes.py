"""History and reports: indexes that read a page of sales newest first within each search
filter, and the reversals of a date range.

The line's index gains (completed_at, id), so ``ix_sales_line_id`` is replaced by it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_sales_line_completed", ["line_id", "completed_at", "id"]),
    ("ix_sales_clerk_completed", ["clerk_id", "completed_at", "id"]),
    ("ix_sales_counter_completed", ["counter_id", "completed_at", "id"]),
    ("ix_sales_state_completed", ["state", "completed_at", "id"]),
)


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "sales", columns, unique=False)
    op.drop_index("ix_sales_line_id", table_name="sales")
    op.create_index("ix_sale_reversals_created_at", "sale_reversals", ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sale_reversals_created_at", table_name="sale_reversals")
    op.create_index("ix_sales_line_id", "sales", ["line_id"], unique=False)
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name="sales")
