"""Reminders: who was phoned about which expiry, and an index for the expiring-lines list.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from counter_app.store.types import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("contacted_at", UtcDateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["lines.id"], name=op.f("fk_reminder_contacts_line_id_lines")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_users.id"],
            name=op.f("fk_reminder_contacts_staff_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_contacts")),
        sa.UniqueConstraint(
            "line_id", "expires_on", "contacted_on", name=op.f("uq_reminder_contacts_line_id")
        ),
    )
    with op.batch_alter_table("lines", schema=None) as batch_op:
        batch_op.create_index("ix_lines_expires_on", ["expires_on", "msisdn"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("lines", schema=None) as batch_op:
        batch_op.drop_index("ix_lines_expires_on")
    op.drop_table("reminder_contacts")
