"""The identity hash's scheme, so that start-up knows whether the stored hashes and masks
are the old ones (HMAC-SHA256, 4 characters of an HKID shown) or the new ones.

The rows themselves are rewritten by start-up (``services.identity_upgrade``), not here:
the new hash needs the installation secret, which is not in the database. Until then every
existing database says 1.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("installation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("id_hash_scheme", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("installation", schema=None) as batch_op:
        batch_op.drop_column("id_hash_scheme")
