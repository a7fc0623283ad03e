"""Cash drawer openings: each pulse sent to the drawer, its reason and whether it arrived.

A new table only; nothing existing changes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from counter_app.store.types import UtcDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drawer_openings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("reversal_id", sa.Integer(), nullable=True),
        sa.Column("cash_movement_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("printer", sa.String(200), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=True),
        sa.Column("problem", sa.String(300), nullable=False),
        sa.ForeignKeyConstraint(
            ["cash_movement_id"],
            ["cash_movements.id"],
            name=op.f("fk_drawer_openings_cash_movement_id_cash_movements"),
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counters.id"], name=op.f("fk_drawer_openings_counter_id_counters")
        ),
        sa.ForeignKeyConstraint(
            ["reversal_id"],
            ["sale_reversals.id"],
            name=op.f("fk_drawer_openings_reversal_id_sale_reversals"),
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_drawer_openings_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_drawer_openings_shift_id_shifts")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_drawer_openings_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drawer_openings")),
    )
    with op.batch_alter_table("drawer_openings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drawer_openings_shift_id"), ["shift_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("drawer_openings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drawer_openings_shift_id"))
    op.drop_table("drawer_openings")
