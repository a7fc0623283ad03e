"""Sign-in limits: a lockout that ends by itself, a daily limit of wrong passwords, and
the unknown usernames tried at each counter counted per burst.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from alembic import op

from counter_app.store.types import UtcDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LOCKOUT = timedelta(minutes=15)


def upgrade() -> None:
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locked_until", UtcDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("day_failed_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("day_first_failed_at", UtcDateTime(), nullable=True))
    # A lockout from before ends like one made now: 15 minutes after it began.
    staff = sa.table(
        "staff_users",
        sa.column("id", sa.Integer()),
        sa.column("locked_at", UtcDateTime()),
        sa.column("locked_until", UtcDateTime()),
    )
    connection = op.get_bind()
    for row in connection.execute(sa.select(staff.c.id, staff.c.locked_at)).all():
        if row.locked_at is not None:
            connection.execute(
                staff.update()
                .where(staff.c.id == row.id)
                .values(locked_until=row.locked_at + LOCKOUT)
            )
    op.create_table(
        "sign_in_bursts",
        sa.Column("place", sa.String(length=40), nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("last_failed_at", UtcDateTime(), nullable=False),
        sa.Column("unknown_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("place", name=op.f("pk_sign_in_bursts")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_bursts")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_column("day_first_failed_at")
        batch_op.drop_column("day_failed_count")
        batch_op.drop_column("locked_until")
