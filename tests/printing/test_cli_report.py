"""`counter-app report x|z` and `counter-app invoice`: PDFs from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import sales, shifts
from tests.printing.helpers import MM58, MM80, page_sizes, pdf_text
from tests.printing.test_cli_receipt import signed
from tests.services.conftest import Shop

pytestmark = pytest.mark.slow


def test_z_and_x_reports(
    shop: Shop, clerk: Clerk, database_url: str, tmp_path: Path, counter_home: Path
) -> None:
    shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    line_id = shop.set_line(shop.built.samples[0].msisdn, balance=0)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(TenderKind.CASH, 10_000, tendered=50_000)],
        clock=shop.clock,
    )
    closed = shifts.close_shift(shop.db, clerk, shop.counter_id, 60_000, clock=shop.clock)

    out = tmp_path / "z.pdf"
    done = signed(
        database_url, "report", "z", "--date", "2026-11-21", "--counter", "C1", "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert f"shift {closed.shift_id}" in done.stdout
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "Z 報表" in text and "Z REPORT" in text
    assert "HK$100.00" in text and "HK$600.00" in text  # takings; expected and counted
    assert "HK$1,000.00" not in text  # the float plus the HK$500 note
    assert page_sizes(out.read_bytes())[0][0] == pytest.approx(MM80, abs=0.01)
    archived = (
        counter_home / "data" / "reports" / "2026" / "11" / "21" / f"Z-C1-{closed.shift_id}.pdf"
    )
    assert archived.is_file() and f"archived {archived}" in done.stdout

    missing = signed(
        database_url, "report", "z", "--date", "2026-11-22", "--out", str(tmp_path / "none.pdf")
    )
    assert missing.returncode == 2
    assert missing.stderr.strip() == (
        "counter-app: no shift was closed at counter C1 on 2026-11-22"
    )
    assert not (tmp_path / "none.pdf").exists()
    bad_date = signed(database_url, "report", "z", "--date", "21/11/2026", "--out", str(out))
    assert bad_date.returncode == 2 and "2026-11-21" in bad_date.stderr

    no_x = signed(database_url, "report", "x", "--out", str(tmp_path / "x.pdf"))
    assert no_x.returncode == 2 and "no shift is open at counter C1" in no_x.stderr
    shifts.open_shift(shop.db, clerk, shop.other_counter_id, 20_000, clock=shop.clock)
    x_out = tmp_path / "x.pdf"
    x = signed(
        database_url, "report", "x", "--counter", "C2", "--paper", "58mm", "--out", str(x_out)
    )
    assert x.returncode == 0, x.stderr
    x_text = pdf_text(x_out.read_bytes(), tmp_path)
    assert "X REPORT" in x_text and "Mid-shift report, not a closing" in x_text
    assert "C2" in x_text and "HK$200.00" in x_text
    assert page_sizes(x_out.read_bytes())[0][0] == pytest.approx(MM58, abs=0.01)
    nowhere = signed(
        database_url, "report", "x", "--counter", "C2", "--out", str(tmp_path / "no" / "x.pdf")
    )
    assert nowhere.returncode == 2 and "no folder" in nowhere.stderr


@pytest.mark.usefixtures("open_shift")
def test_invoice(shop: Shop, clerk: Clerk, database_url: str, tmp_path: Path) -> None:
    sold = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert sold.receipt_no is not None
    out = tmp_path / "invoice.pdf"
    done = signed(
        database_url, "invoice", sold.receipt_no.lower(), "--customer", "陳大文", "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert f"invoice for sale {sold.receipt_no}" in done.stdout
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "發票" in text and "INVOICE" in text and "陳大文" in text
    assert f"This invoice is issued for sale {sold.receipt_no}." in text
    assert page_sizes(out.read_bytes()) == [
        (pytest.approx(595.28, abs=0.01), pytest.approx(841.89, abs=0.01))
    ]
    for bad, message in (
        ("陳大文\x07", "control character"),
        ("x" * 121, "too long"),
        ("Chan A123456(3)", "ID, card or phone number"),
    ):
        refused = signed(
            database_url,
            "invoice",
            sold.receipt_no,
            "--customer",
            bad,
            "--out",
            str(tmp_path / "b.pdf"),
        )
        assert refused.returncode == 2, bad
        assert message in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        assert not (tmp_path / "b.pdf").exists()
    unknown = signed(
        database_url, "invoice", "DEMO-C1-999999", "--customer", "陳大文", "--out", str(out)
    )
    assert unknown.returncode == 2 and "DEMO-C1-999999" in unknown.stderr
