"""The Z report lists the cash counted by denomination, when the close counted it so."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from counter_app.domain.staff import Clerk
from counter_app.services import reports, shifts
from counter_app.store.models import Setting
from counter_app.store.models import Shop as ShopRow
from tests.printing.helpers import pdf_text
from tests.services.conftest import Shop


def has(text: str, label: str, *values: str) -> bool:
    """A line of the page with *label*, then each of *values*, the last at the line's end."""
    columns = r"\s+".join(re.escape(value) for value in values)
    return re.search(rf"^\s*{re.escape(label)}\s+{columns}\s*$", text, re.MULTILINE) is not None


def test_the_z_report_lists_the_count_by_denomination(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    shift = shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    shifts.move_cash(shop.db, clerk, shop.counter_id, -3_000, "paid the cleaner", clock=shop.clock)
    shop.clock.advance(hours=8)
    shifts.close_shift(
        shop.db,
        clerk,
        shop.counter_id,
        cash_count={100_000: 0, 10_000: 4, 1_000: 5, 500: 1, 50: 3, 10: 2},
        variance_reason="counted twice",
        clock=shop.clock,
    )
    files = reports.z_report_files(shop.db, tmp_path / "data", shift_id=shift.id, clock=shop.clock)
    text = pdf_text(files.archived[0].read_bytes(), tmp_path)
    assert "現金點算明細 Cash count" in text
    assert has(text, "HK$100", "4", "HK$400.00")
    assert has(text, "HK$10", "5", "HK$50.00")
    assert has(text, "HK$5", "1", "HK$5.00")
    assert has(text, "50¢", "3", "HK$1.50")
    assert has(text, "10¢", "2", "HK$0.20")
    assert "HK$1,000" not in text  # counted 0: not listed
    # The count's total is the counted cash, and the variance follows from it.
    assert len(re.findall(r"點算現金 Counted cash\s+HK\$456\.70", text)) == 2
    assert has(text, "差額 Variance (短款 short)", "-HK$13.30")
    # The count comes after the drawer and before the cash moved in and out.
    assert text.index("錢櫃現金") < text.index("現金點算明細") < text.index("現金存取")


def test_a_close_without_a_count_prints_no_count_and_simplified_follows_the_shop(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    shift = shifts.open_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    shifts.close_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    text = pdf_text(reports.report_pdf(shop.db, kind="z", shift_id=shift.id), tmp_path)
    assert "Cash count" not in text and "點算現金 Counted cash" in text

    with shop.db.write() as session:
        shop_id = session.scalars(select(ShopRow.id).where(ShopRow.code == "DEMO")).one()
        session.merge(Setting(shop_id=shop_id, key="receipt_chinese", value="simplified"))
    second = shifts.open_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    shifts.close_shift(shop.db, clerk, shop.counter_id, cash_count={5_000: 2}, clock=shop.clock)
    text = pdf_text(reports.report_pdf(shop.db, kind="z", shift_id=second.id), tmp_path)
    assert "现金点算明细 Cash count" in text
    assert has(text, "HK$50", "2", "HK$100.00")
    # An X report never shows a count: the shift is still open.
    shifts.open_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    x = pdf_text(reports.report_pdf(shop.db, kind="x", counter_code="C1"), tmp_path)
    assert "Cash count" not in x
