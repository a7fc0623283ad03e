"""The counter data model: staff, carriers, plans, lines, shifts, sales, vouchers, audit.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from counter_app.store.types import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The chain's head row exists from the start: two counters making the first audited
    # change at once must both lock it, not both try to create it.
    op.execute(
        "INSERT INTO audit_head (id, last_event_id, last_hash) VALUES (1, 0, '" + "0" * 64 + "')"
    )
    op.create_table(
        "carriers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_zh", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=60), nullable=False),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("recycle_days", sa.Integer(), nullable=False),
        sa.Column("accepted_id_types", sa.String(length=120), nullable=False),
        sa.Column("hotline", sa.String(length=32), nullable=False),
        sa.Column("redeem_zh", sa.String(length=300), nullable=False),
        sa.Column("redeem_en", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carriers")),
        sa.UniqueConstraint("code", name=op.f("uq_carriers_code")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_zh", sa.String(length=60), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("id_type", sa.String(length=16), nullable=False),
        sa.Column("id_country", sa.String(length=3), nullable=False),
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("id_masked", sa.String(length=40), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("identity_erased_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_id_hash"), ["id_hash"], unique=False)

    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_check", sa.String(length=64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    op.create_table(
        "promotions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=80), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("plan_codes", sa.String(length=400), nullable=False),
        sa.Column("carriers", sa.String(length=200), nullable=False),
        sa.Column("card_types", sa.String(length=80), nullable=False),
        sa.Column("kinds", sa.String(length=80), nullable=False),
        sa.Column("bonus_data_mb", sa.Integer(), nullable=False),
        sa.Column("bonus_minutes", sa.Integer(), nullable=False),
        sa.Column("bonus_days", sa.Integer(), nullable=False),
        sa.Column("discount", sa.Integer(), nullable=False),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotions")),
        sa.UniqueConstraint("code", name=op.f("uq_promotions_code")),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("carrier_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name_zh", sa.String(length=80), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("credit", sa.Integer(), nullable=False),
        sa.Column("data_mb", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("card_types", sa.String(length=80), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("needs_identity", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carriers.id"], name=op.f("fk_plans_carrier_id_carriers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("code", name=op.f("uq_plans_code")),
    )
    op.create_table(
        "settings",
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"], name=op.f("fk_settings_shop_id_shops")),
        sa.PrimaryKeyConstraint("shop_id", "key", name=op.f("pk_settings")),
    )
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", UtcDateTime(), nullable=True),
        sa.Column("locked_at", UtcDateTime(), nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("password_changed_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"], ["shops.id"], name=op.f("fk_staff_users_shop_id_shops")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_users_username")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", UtcDateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counters.id"], name=op.f("fk_audit_events_counter_id_counters")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_audit_events_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_action"), ["action"], unique=False)

    op.create_table(
        "lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("msisdn", sa.String(length=16), nullable=False),
        sa.Column("secondary_msisdn", sa.String(length=16), nullable=True),
        sa.Column("iccid", sa.String(length=20), nullable=False),
        sa.Column("carrier_id", sa.Integer(), nullable=False),
        sa.Column("card_type", sa.String(length=16), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.Column("data_left_mb", sa.Integer(), nullable=False),
        sa.Column("recycled", sa.Boolean(), nullable=False),
        sa.Column("auto_renew", sa.Boolean(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carriers.id"], name=op.f("fk_lines_carrier_id_carriers")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_lines_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_lines_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lines")),
    )
    with op.batch_alter_table("lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lines_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_lines_iccid", ["iccid"], unique=False)
        batch_op.create_index("ix_lines_msisdn", ["msisdn"], unique=False)
        batch_op.create_index("ix_lines_secondary_msisdn", ["secondary_msisdn"], unique=False)
        batch_op.create_index(
            "uq_lines_open_iccid",
            ["iccid"],
            unique=True,
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )
        batch_op.create_index(
            "uq_lines_open_msisdn",
            ["msisdn"],
            unique=True,
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )
        batch_op.create_index(
            "uq_lines_open_secondary_msisdn",
            ["secondary_msisdn"],
            unique=True,
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )

    op.create_table(
        "receipt_sequences",
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("last_no", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counters.id"], name=op.f("fk_receipt_sequences_counter_id_counters")
        ),
        sa.PrimaryKeyConstraint("counter_id", name=op.f("pk_receipt_sequences")),
    )
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("opened_by", sa.Integer(), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("float_amount", sa.Integer(), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("counted", sa.Integer(), nullable=True),
        sa.Column("expected", sa.Integer(), nullable=True),
        sa.Column("variance", sa.Integer(), nullable=True),
        sa.Column("variance_reason", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff_users.id"], name=op.f("fk_shifts_closed_by_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counters.id"], name=op.f("fk_shifts_counter_id_counters")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["staff_users.id"], name=op.f("fk_shifts_opened_by_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
    )
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.create_index(
            "uq_shifts_open_per_counter",
            ["counter_id"],
            unique=True,
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )

    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_cash_movements_shift_id_shifts")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_cash_movements_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movements")),
    )
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cash_movements_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("receipt_no", sa.String(length=48), nullable=True),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("line_before", sa.JSON(), nullable=True),
        sa.Column("line_after", sa.JSON(), nullable=True),
        sa.Column("line_version_after", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("completed_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["staff_users.id"], name=op.f("fk_sales_clerk_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counters.id"], name=op.f("fk_sales_counter_id_counters")
        ),
        sa.ForeignKeyConstraint(["line_id"], ["lines.id"], name=op.f("fk_sales_line_id_lines")),
        sa.ForeignKeyConstraint(["shift_id"], ["shifts.id"], name=op.f("fk_sales_shift_id_shifts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_sales_receipt_no")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sales_uuid")),
    )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_completed_at"), ["completed_at"], unique=False)
        batch_op.create_index("ix_sales_counter_state", ["counter_id", "state"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_line_id"), ["line_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "identity_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("id_type", sa.String(length=16), nullable=False),
        sa.Column("result", sa.String(length=12), nullable=False),
        sa.Column("override_by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["lines.id"], name=op.f("fk_identity_checks_line_id_lines")
        ),
        sa.ForeignKeyConstraint(
            ["override_by"],
            ["staff_users.id"],
            name=op.f("fk_identity_checks_override_by_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_identity_checks_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_identity_checks_shift_id_shifts")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_identity_checks_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_checks")),
    )
    with op.batch_alter_table("identity_checks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_identity_checks_line_shift", ["line_id", "shift_id"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("tender", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("tendered", sa.Integer(), nullable=True),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("card_last4", sa.String(length=4), nullable=False),
        sa.Column("approval_code", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_payments_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "reprints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("copy_no", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_reprints_sale_id_sales")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_reprints_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reprints")),
    )
    with op.batch_alter_table("reprints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reprints_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "sale_reversals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("cash_returned", sa.Integer(), nullable=False),
        sa.Column("line_restored", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"],
            ["staff_users.id"],
            name=op.f("fk_sale_reversals_approved_by_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["staff_users.id"], name=op.f("fk_sale_reversals_clerk_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_sale_reversals_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_sale_reversals_shift_id_shifts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_reversals")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_sale_reversals_sale_id")),
    )
    with op.batch_alter_table("sale_reversals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_reversals_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "sms_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("msisdn", sa.String(length=16), nullable=False),
        sa.Column("body", sa.String(length=500), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("sent_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_sms_outbox_sale_id_sales")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_outbox")),
    )
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sms_outbox_state"), ["state"], unique=False)

    op.create_table(
        "voucher_pins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("carrier_id", sa.Integer(), nullable=False),
        sa.Column("face_value", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("pin_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("pin_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("batch", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("sold_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carriers.id"], name=op.f("fk_voucher_pins_carrier_id_carriers")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_voucher_pins_sale_id_sales")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_pins")),
        sa.UniqueConstraint("carrier_id", "serial", name=op.f("uq_voucher_pins_carrier_id")),
        sa.UniqueConstraint("pin_hash", name=op.f("uq_voucher_pins_pin_hash")),
    )
    with op.batch_alter_table("voucher_pins", schema=None) as batch_op:
        batch_op.create_index(
            "ix_voucher_pins_stock", ["carrier_id", "face_value", "state"], unique=False
        )

    op.create_table(
        "sale_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("voucher_pin_id", sa.Integer(), nullable=True),
        sa.Column("plan_code", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("list_price", sa.Integer(), nullable=False),
        sa.Column("discount", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("promotion_code", sa.String(length=32), nullable=False),
        sa.Column("benefits", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_sale_items_plan_id_plans")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_sale_items_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["voucher_pin_id"],
            ["voucher_pins.id"],
            name=op.f("fk_sale_items_voucher_pin_id_voucher_pins"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_items")),
    )
    with op.batch_alter_table("sale_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_items_sale_id"), ["sale_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sale_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_items_sale_id"))

    op.drop_table("sale_items")
    with op.batch_alter_table("voucher_pins", schema=None) as batch_op:
        batch_op.drop_index("ix_voucher_pins_stock")

    op.drop_table("voucher_pins")
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_outbox_state"))

    op.drop_table("sms_outbox")
    with op.batch_alter_table("sale_reversals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_reversals_shift_id"))

    op.drop_table("sale_reversals")
    with op.batch_alter_table("reprints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reprints_sale_id"))

    op.drop_table("reprints")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_sale_id"))

    op.drop_table("payments")
    with op.batch_alter_table("identity_checks", schema=None) as batch_op:
        batch_op.drop_index("ix_identity_checks_line_shift")

    op.drop_table("identity_checks")
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_shift_id"))
        batch_op.drop_index(batch_op.f("ix_sales_line_id"))
        batch_op.drop_index("ix_sales_counter_state")
        batch_op.drop_index(batch_op.f("ix_sales_completed_at"))

    op.drop_table("sales")
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_movements_shift_id"))

    op.drop_table("cash_movements")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_shifts_open_per_counter",
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )

    op.drop_table("shifts")
    op.drop_table("receipt_sequences")
    with op.batch_alter_table("lines", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_lines_open_secondary_msisdn",
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )
        batch_op.drop_index(
            "uq_lines_open_msisdn",
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )
        batch_op.drop_index(
            "uq_lines_open_iccid",
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )
        batch_op.drop_index("ix_lines_secondary_msisdn")
        batch_op.drop_index("ix_lines_msisdn")
        batch_op.drop_index("ix_lines_iccid")
        batch_op.drop_index(batch_op.f("ix_lines_customer_id"))

    op.drop_table("lines")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_action"))

    op.drop_table("audit_events")
    op.drop_table("staff_users")
    op.drop_table("settings")
    op.drop_table("plans")
    op.drop_table("promotions")
    op.drop_table("installation")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_id_hash"))

    op.drop_table("customers")
    op.drop_table("carriers")
    op.drop_table("audit_head")
