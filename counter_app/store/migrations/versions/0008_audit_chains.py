"""Audit trail: one keyed chain per counter and one for the shop, each entry numbered.

``audit_events`` gains ``chain`` (the counter's id, 0 for the shop) and ``seq`` (its place
in the chain). ``audit_head`` becomes one row per chain: its ``id`` becomes ``chain`` and it
gains ``entries`` and ``legacy_entries``.

Existing entries carry plain SHA-256 hashes (no key was used): they stay as they are, as
the shop chain's first entries in their old order, and ``legacy_entries`` counts them. The
migration has no key; the first start with the installation secret seals them into the
keyed chain (:func:`counter_app.services.audit.seal_legacy`).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    # One statement, in the old chain's order (ids from a PostgreSQL sequence may have gaps).
    op.execute(
        "UPDATE audit_events SET seq = numbered.n FROM "
        "(SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_events) AS numbered "
        "WHERE audit_events.id = numbered.id"
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_events_chain"), ["chain", "seq"])

    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.alter_column("id", new_column_name="chain", existing_type=sa.Integer())
        batch_op.add_column(sa.Column("entries", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("legacy_entries", sa.Integer(), nullable=False, server_default="0")
        )
    op.execute(
        "UPDATE audit_head SET chain = 0, "
        "entries = (SELECT count(*) FROM audit_events), "
        "legacy_entries = (SELECT count(*) FROM audit_events) "
        "WHERE chain = 1"
    )
    if op.get_bind().dialect.name == "postgresql":
        # A chain is a counter's id (or 0), never a number from the old id's sequence.
        op.execute("ALTER TABLE audit_head ALTER COLUMN chain DROP DEFAULT")


def downgrade() -> None:
    op.execute("DELETE FROM audit_head WHERE chain <> 0")
    op.execute("UPDATE audit_head SET chain = 1")
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.drop_column("legacy_entries")
        batch_op.drop_column("entries")
        batch_op.alter_column("chain", new_column_name="id", existing_type=sa.Integer())
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_events_chain"), type_="unique")
        batch_op.drop_column("seq")
        batch_op.drop_column("chain")
