"""Import previews: the same checks as the import, a summary without PINs or IDs, no writes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain.errors import NotAllowed
from counter_app.domain.staff import Role
from counter_app.services import imports, staff
from counter_app.services.imports import PreviewGroup
from counter_app.store.models import AuditEvent, Customer, Line, VoucherPin
from tests.services.conftest import PASSWORD, Shop
from tests.services.test_imports import (
    LINES_HEADER,
    VOUCHERS_HEADER,
    hkid,
    line_row,
    voucher_row,
    write,
)


def counts(shop: Shop) -> tuple[int, ...]:
    with shop.db.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (VoucherPin, Line, Customer, AuditEvent)
        )


def test_a_good_voucher_file_is_summed_up_and_nothing_is_written(
    shop: Shop, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "vouchers.csv",
        VOUCHERS_HEADER,
        voucher_row("PRV000001", "1111 2222 3333 4444"),
        voucher_row("PRV000002", "1111222233334445"),
        voucher_row("PRV000003", "1111222233334446", face_value="50", batch="B2"),
        voucher_row("PRV000004", "1111222233334447", carrier="PEARL", batch=""),
    )
    before = counts(shop)

    preview = imports.preview_vouchers(shop.db, path, shop.secret, clock=shop.clock)

    assert counts(shop) == before
    assert preview.ok and preview.errors == []
    assert (preview.kind, preview.file_name, preview.rows, preview.count) == (
        "vouchers",
        "vouchers.csv",
        4,
        4,
    )
    assert preview.groups == [
        PreviewGroup("BAUHINIA", 1, face_value=5_000),
        PreviewGroup("BAUHINIA", 2, face_value=10_000),
        PreviewGroup("PEARL", 1, face_value=10_000),
    ]
    assert preview.face_value_total == 35_000
    assert preview.batches == ["B2", "B2026-11"]
    assert "1111" not in repr(preview)

    report = imports.import_vouchers(shop.db, path, shop.secret, clock=shop.clock)
    assert (report.imported, report.errors) == (4, [])


def test_the_preview_reports_exactly_what_the_import_refuses(
    shop: Shop, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    in_stock = write(tmp_path / "a.csv", VOUCHERS_HEADER, voucher_row("PRV100001", "800000000001"))
    assert imports.import_vouchers(shop.db, in_stock, shop.secret, clock=shop.clock).ok
    path = write(
        tmp_path / "vouchers.csv",
        VOUCHERS_HEADER,
        voucher_row("PRV200001", "800000000002"),  # line 2: good
        voucher_row("PRV200002", "800000000002"),  # line 3: the PIN of line 2
        voucher_row("PRV100001", "800000000004"),  # line 4: a serial in stock
        voucher_row("PRV200004", "12345"),  # line 5: PIN too short
        "BAUHINIA,100,PRV200005",  # line 6: too few fields
        voucher_row("PRV200006", "800000000006", face_value="ten"),  # line 7
    )
    before = counts(shop)

    preview = imports.preview_vouchers(shop.db, path, shop.secret, clock=shop.clock)

    assert counts(shop) == before
    report = imports.import_vouchers(shop.db, path, shop.secret, clock=shop.clock)
    assert report.imported == 0
    assert preview.errors == report.errors
    assert [(e.line_no, e.column, e.code) for e in preview.errors] == [
        (3, "pin", "import.duplicate_pin"),
        (4, "serial", "voucher.serial_taken"),
        (5, "pin", "voucher.pin"),
        (6, "", "import.fields"),
        (7, "face_value", "money.format"),
    ]
    assert preview.errors[0].detail == "this PIN is already on line 2 of the file"
    assert (preview.rows, preview.bad_lines, preview.count) == (6, 5, 1)
    assert counts(shop) == before
    for text in [e.message for e in preview.errors] + [r.getMessage() for r in caplog.records]:
        assert "80000000000" not in text
        assert "12345" not in text


def test_a_lines_preview_counts_by_carrier_and_card_type_without_ids(
    shop: Shop, tmp_path: Path
) -> None:
    holder = hkid("A", "654321")
    path = write(
        tmp_path / "lines.csv",
        LINES_HEADER,
        line_row("6200 0001", serial=101, id_number=holder),
        line_row("6200 0002", serial=102),
        line_row("6200 0003", serial=103, carrier="HARBOUR", card_type="data"),
        line_row("6200 0001", serial=104),  # line 5: the number of line 2
        line_row("6200 0005", serial=105, expires_on="2027-02-30"),  # line 6
    )
    before = counts(shop)

    preview = imports.preview_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert counts(shop) == before
    assert [(e.line_no, e.column, e.code) for e in preview.errors] == [
        (5, "msisdn", "import.duplicate_msisdn"),
        (6, "expires_on", "import.date"),
    ]
    assert preview.groups == [
        PreviewGroup("BAUHINIA", 2, card_type="number_keeping"),
        PreviewGroup("HARBOUR", 1, card_type="data"),
    ]
    assert holder not in repr(preview)
    assert holder[:7] not in repr(preview)
    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)
    assert report.errors == preview.errors
    assert counts(shop) == before


def test_a_clerk_needs_the_right_role(shop: Shop, tmp_path: Path) -> None:
    staff.create_user(
        shop.db,
        None,
        username="owner",
        display_name="Owner",
        role=Role.ADMIN,
        password=PASSWORD,
        clock=shop.clock,
    )
    vouchers_file = write(tmp_path / "v.csv", VOUCHERS_HEADER, voucher_row("PRV300001", "7" * 12))
    lines_file = write(tmp_path / "l.csv", LINES_HEADER, line_row("6300 0001", serial=301))
    clerk, supervisor, owner = (shop.sign_in(u) for u in ("clerk", "supervisor", "owner"))
    for refused in (
        lambda: imports.preview_vouchers(shop.db, vouchers_file, shop.secret, clerk=clerk),
        lambda: imports.import_vouchers(shop.db, vouchers_file, shop.secret, clerk=clerk),
        lambda: imports.preview_lines(shop.db, lines_file, shop.secret, clerk=supervisor),
        lambda: imports.import_lines(shop.db, lines_file, shop.secret, clerk=supervisor),
    ):
        with pytest.raises(NotAllowed):
            refused()
    assert imports.preview_vouchers(shop.db, vouchers_file, shop.secret, clerk=supervisor).ok
    done = imports.import_vouchers(
        shop.db, vouchers_file, shop.secret, clerk=supervisor, clock=shop.clock
    )
    assert done.imported == 1
    assert imports.import_lines(shop.db, lines_file, shop.secret, clerk=owner, clock=shop.clock).ok
    with shop.db.read() as session:
        staff_ids = dict(
            (action, staff_id)
            for action, staff_id in session.execute(
                select(AuditEvent.action, AuditEvent.staff_id).where(
                    AuditEvent.action.in_(["vouchers.imported", "lines.imported"])
                )
            )
        )
    assert staff_ids == {"vouchers.imported": supervisor.id, "lines.imported": owner.id}
