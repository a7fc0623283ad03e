"""The outbox: one job per thing a carrier or the SMS gateway must do for a sale.

``outbox_jobs`` replaces ``sms_outbox`` for new sales. The old table stays as it is (nothing
is deleted): its texts were never sent, and sending weeks-old confirmations now would
confuse customers, so they are not copied. Carriers gain the provider that applies their
sales ("manual": the clerk, on the carrier's portal), plans the provider's product id.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from counter_app.store.types import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("carriers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("fulfilment_provider", sa.String(16), nullable=False, server_default="manual")
        )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("provider_product", sa.String(40), nullable=False, server_default="")
        )
    op.create_table(
        "outbox_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("provider", sa.String(16), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("sale_item_id", sa.Integer(), nullable=True),
        sa.Column("carrier_id", sa.Integer(), nullable=True),
        sa.Column("msisdn", sa.String(16), nullable=False),
        sa.Column("product", sa.String(40), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(500), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sends", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=False),
        sa.Column("claimed_until", UtcDateTime(), nullable=True),
        sa.Column("provider_ref", sa.String(64), nullable=False),
        sa.Column("last_error", sa.String(300), nullable=False),
        sa.Column("resolved_by", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("finished_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carriers.id"], name=op.f("fk_outbox_jobs_carrier_id_carriers")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by"], ["staff_users.id"], name=op.f("fk_outbox_jobs_resolved_by_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_outbox_jobs_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["sale_item_id"], ["sale_items.id"], name=op.f("fk_outbox_jobs_sale_item_id_sale_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_jobs")),
        sa.UniqueConstraint("reference", name=op.f("uq_outbox_jobs_reference")),
    )
    with op.batch_alter_table("outbox_jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_jobs_sale_id"), ["sale_id"], unique=False)
        batch_op.create_index(
            "ix_outbox_jobs_state_due", ["state", "next_attempt_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_jobs_state_due")
        batch_op.drop_index(batch_op.f("ix_outbox_jobs_sale_id"))
    op.drop_table("outbox_jobs")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("provider_product")
    with op.batch_alter_table("carriers", schema=None) as batch_op:
        batch_op.drop_column("fulfilment_provider")
