"""`counter-app receipt`: a PDF from the command line; a reprint is signed for and audited."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import sales
from counter_app.store.models import AuditEvent, Reprint
from tests.printing.helpers import MM58, MM80, page_sizes, pdf_text
from tests.services.conftest import PASSWORD, Shop

pytestmark = pytest.mark.slow


def counter_app(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", "--database-url", url, *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env=dict(os.environ),
        check=False,
    )


def _count(shop: Shop, model: type[Reprint] | type[AuditEvent], *where: object) -> int:
    with shop.db.read() as session:
        return int(session.scalar(select(func.count(model.id)).where(*where)) or 0)  # type: ignore[arg-type]


def signed(
    url: str, *args: str, staff: str = "supervisor", stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """The command signed by *staff* with the demo password (read first from stdin)."""
    return counter_app(url, *args, "--staff", staff, stdin=f"{PASSWORD}\n{stdin}")


@pytest.mark.usefixtures("open_shift")
def test_receipt_original_and_copy(
    shop: Shop, clerk: Clerk, database_url: str, tmp_path: Path
) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn, balance=0)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    sale = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(TenderKind.CASH, 10_000, tendered=20_000)],
        clock=shop.clock,
    )
    assert sale.receipt_no is not None
    out = tmp_path / "original.pdf"
    done = signed(database_url, "receipt", sale.receipt_no.lower(), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"receipt {sale.receipt_no} (80mm)" in done.stdout
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "增值收據" in text and sale.receipt_no in text and "COPY" not in text
    unsigned = counter_app(database_url, "receipt", sale.receipt_no, "--out", str(out), "--copy")
    assert unsigned.returncode == 2
    assert "receipt needs --staff USERNAME" in unsigned.stderr
    assert page_sizes(out.read_bytes())[0][0] == pytest.approx(MM80, abs=0.01)
    assert _count(shop, Reprint) == 0

    wrong = counter_app(
        database_url,
        *("receipt", sale.receipt_no, "--out", str(tmp_path / "x.pdf"), "--copy"),
        *("--staff", "clerk", "--password-stdin"),
        stdin="not-the-password\n",
    )
    assert wrong.returncode == 2 and "wrong username or password" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists() and _count(shop, Reprint) == 0

    # A copy that could not be written takes no copy number (issue 14).
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    unwritten = signed(database_url, "receipt", sale.receipt_no, "--out", str(folder), "--copy")
    assert unwritten.returncode != 0 and _count(shop, Reprint) == 0, unwritten.stderr

    copy = tmp_path / "copy.pdf"
    reprinted = counter_app(
        database_url,
        *("receipt", sale.receipt_no, "--out", str(copy), "--copy", "--paper", "58mm"),
        *("--staff", "clerk", "--password-stdin"),
        stdin=f"{PASSWORD}\n",
    )
    assert reprinted.returncode == 0, reprinted.stderr
    assert "COPY 1 of receipt" in reprinted.stdout
    assert "COPY 1 / 副本 1" in pdf_text(copy.read_bytes(), tmp_path)
    assert page_sizes(copy.read_bytes())[0][0] == pytest.approx(MM58, abs=0.01)
    assert _count(shop, Reprint) == 1
    assert _count(shop, AuditEvent, AuditEvent.action == "sale.reprinted") == 1
    assert sales.get_sale(shop.db, receipt_no=sale.receipt_no).reprints == 1


@pytest.mark.usefixtures("open_shift")
def test_a_voucher_pin_needs_a_signed_in_member_of_staff(
    shop: Shop, clerk: Clerk, database_url: str, tmp_path: Path
) -> None:
    sold = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert sold.receipt_no is not None
    anonymous = tmp_path / "anonymous.pdf"
    done = counter_app(database_url, "receipt", sold.receipt_no, "--out", str(anonymous))
    assert done.returncode == 2 and "needs --staff USERNAME" in done.stderr
    assert not anonymous.exists()
    revealed = _count(shop, AuditEvent, AuditEvent.action == "voucher.pin_revealed")
    signed = tmp_path / "signed.pdf"
    done = counter_app(
        database_url,
        *("receipt", sold.receipt_no, "--out", str(signed), "--staff", "supervisor"),
        "--password-stdin",
        stdin=f"{PASSWORD}\n",
    )
    assert done.returncode == 0, done.stderr
    pin = sales.reveal_pin(shop.db, clerk, sold.receipt_no, shop.secret, clock=shop.clock)
    grouped = " ".join(pin[i : i + 4] for i in range(0, len(pin), 4))
    assert grouped in pdf_text(signed.read_bytes(), tmp_path)
    after = _count(shop, AuditEvent, AuditEvent.action == "voucher.pin_revealed")
    assert after == revealed + 2  # the CLI's reveal and this test's


def test_an_unknown_receipt_is_a_usage_error(shop: Shop, database_url: str, tmp_path: Path) -> None:
    done = signed(database_url, "receipt", "DEMO-C1-999999", "--out", str(tmp_path / "a.pdf"))
    assert done.returncode == 2
    assert "DEMO-C1-999999" in done.stderr
    assert "receipt" in counter_app(database_url, "--help").stdout
