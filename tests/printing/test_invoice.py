"""The A4 invoice read back from the PDF: customer, items, tenders, marks, refusals."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from counter_app.domain.errors import InputError
from counter_app.domain.sales import SaleKind, SaleState
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.printing.invoice import (
    CUSTOMER_MAX_LENGTH,
    InvoiceDocument,
    build_invoice_pdf,
    customer_name,
)
from counter_app.printing.labels import ChineseScript
from counter_app.services import receipts, reports, sales
from tests.printing.helpers import SHOP, fonts, page_sizes, pdf_text, renewal, voucher, words
from tests.services.conftest import Shop

A4 = (pytest.approx(595.28, abs=0.01), pytest.approx(841.89, abs=0.01))


def has(text: str, label: str, value: str) -> bool:
    return (
        re.search(rf"{re.escape(label)}\s+{re.escape(value)}\s*$", text, re.MULTILINE) is not None
    )


def test_an_invoice_shows_the_sale_made_out_to_a_chinese_name(tmp_path: Path) -> None:
    pdf = build_invoice_pdf(InvoiceDocument(renewal(), SHOP, "陳大文"))
    assert page_sizes(pdf) == [A4]
    text = pdf_text(pdf, tmp_path)
    for snippet in (
        "示範通訊 旺角店",
        "Demo Mobile, Mong Kok",
        "商業登記號碼 BR No. 12345678-000-11-26-0",
        "發票",
        "INVOICE",
        "此發票就銷售 DEMO-C1-000123 發出。",
        "This invoice is issued for sale DEMO-C1-000123.",
        "掃描以查詢此交易 Scan to find this sale",
        "多謝惠顧，歡迎再來",
    ):
        assert snippet in text, snippet
    assert has(text, "發票編號 Invoice No.", "DEMO-C1-000123")
    assert has(text, "客戶 Customer", "陳大文")
    assert has(text, "日期時間 Date/Time", "2026-11-21 10:01 (香港時間 HK time)")
    assert has(text, "號碼 Number", "+852 9600 ••03")
    assert has(text, "說明 Description", "金額 Amount")
    assert has(text, "紫荊流動 3個月續期", "HK$43.20")
    assert re.search(r"^\s*1\s+紫荊流動 3個月續期", text, re.MULTILINE)
    assert "Bauhinia Mobile 3-month renewal" in text
    assert "原價 List price HK$48.00, 折扣 Discount -HK$4.80" in text
    assert has(text, "總額 TOTAL", "HK$43.20")
    assert has(text, "現金 Cash", "HK$23.20")
    assert has(
        text,
        "信用卡 Card, 卡號末四位 Card ending •••• 4242, 批核編號 Approval code A1B2C3",
        "HK$20.00",
    )
    # A cash customer's note and change are the receipt's business, not the invoice's.
    assert "HK$50.00" not in text and "HK$26.80" not in text
    for stamp in ("VOID", "COPY", "作廢", "副本"):
        assert stamp not in text
    embedded = [
        font
        for font in fonts(pdf)
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
    ]
    assert embedded and all(font["/Subtype"] == "/TrueType" for font in fonts(pdf))


def test_void_and_copy_marks_and_simplified_labels(tmp_path: Path) -> None:
    voided = InvoiceDocument(renewal(state=SaleState.VOIDED), SHOP, "Chan Tai Man", copy_number=2)
    text = pdf_text(build_invoice_pdf(voided), tmp_path)
    assert "VOID / 作廢" in text and "COPY 2 / 副本 2" in text
    refunded = InvoiceDocument(renewal(state=SaleState.REFUNDED), SHOP, "Chan Tai Man")
    assert "REFUNDED / 已退款" in pdf_text(build_invoice_pdf(refunded), tmp_path)
    simplified = InvoiceDocument(renewal(), SHOP, "陈大文", chinese=ChineseScript.SIMPLIFIED)
    text = pdf_text(build_invoice_pdf(simplified), tmp_path)
    assert "发票" in text and "发票编号 Invoice No." in text and "此发票就销售" in text
    assert "發票" not in text


def test_a_voucher_invoice_never_shows_the_pin(tmp_path: Path) -> None:
    text = pdf_text(build_invoice_pdf(InvoiceDocument(voucher(), SHOP, "Chan Tai Man")), tmp_path)
    assert "珠江通 充值券 HK$50.00" in text and "FRN20261121ABC" in text
    assert "PIN" not in text and "充值密碼" not in text


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "invoice.customer"),
        ("   ", "invoice.customer"),
        ("陳大文\x07", "text.control"),
        ("陳大文\n有限公司", "text.control"),
        ("Chan\u200bTai Man", "text.invisible"),
        ("陳" * (CUSTOMER_MAX_LENGTH + 1), "text.too_long"),
        ("Chan Tai Man A123456(3)", "invoice.customer_number"),
        ("陳大文 ４２４２ ４２４２ ４２４２ ４２４２", "invoice.customer_number"),
        ("Wong 110101-19900307-7", "invoice.customer_number"),
    ],
)
def test_bad_customer_names_are_refused(typed: str, code: str) -> None:
    with pytest.raises(InputError) as refused:
        customer_name(typed)
    assert refused.value.code == code and refused.value.field == "customer"
    with pytest.raises(InputError):
        InvoiceDocument(renewal(), SHOP, typed)


def test_good_customer_names_are_cleaned_and_kept(tmp_path: Path) -> None:
    assert customer_name("  陳大文  ") == "陳大文"
    assert customer_name("ＡＢＣ Trading Co. (Room 12)") == "ABC Trading Co. (Room 12)"
    longest = (
        "香港九龍旺角彌敦道示範通訊科技有限公司 Demo Mobile Technology Company Limited " * 3
    )[:CUSTOMER_MAX_LENGTH]
    assert customer_name(longest) == longest.strip()
    pdf = build_invoice_pdf(InvoiceDocument(renewal(), SHOP, longest))
    assert re.sub(r"\s+", "", longest) in re.sub(r"\s+", "", pdf_text(pdf, tmp_path))
    page_width, placed = words(pdf, tmp_path)
    margin = 18 * 72 / 25.4
    for word in placed:
        assert margin - 0.5 <= word.x_min and word.x_max <= page_width - margin + 0.5, word


def test_only_a_completed_sale_has_an_invoice() -> None:
    with pytest.raises(ValueError, match="completed"):
        InvoiceDocument(renewal(receipt_no=None, completed_at=None), SHOP, "陳大文")
    with pytest.raises(ValueError, match="copy_number"):
        InvoiceDocument(renewal(), SHOP, "陳大文", copy_number=-1)


def test_a_long_sale_runs_over_pages_with_their_numbers(tmp_path: Path) -> None:
    sale = renewal()
    many = renewal(items=sale.items * 40, total=sale.total * 40)
    pdf = build_invoice_pdf(InvoiceDocument(many, SHOP, "陳大文"))
    sizes = page_sizes(pdf)
    assert len(sizes) >= 2 and all(size == A4 for size in sizes)
    pages = pdf_text(pdf, tmp_path).split("\f")
    for number, page in enumerate(pages[: len(sizes)], start=1):
        assert re.search(rf"發票 INVOICE DEMO-C1-000123\s+{number} / {len(sizes)}", page)
    assert has(pages[len(sizes) - 1], "總額 TOTAL", "HK$1,728.00")


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_the_invoice_codes_scan_back_to_the_sale(tmp_path: Path) -> None:
    (tmp_path / "invoice.pdf").write_bytes(
        build_invoice_pdf(InvoiceDocument(renewal(), SHOP, "陳大文"))
    )
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", str(tmp_path / "invoice.pdf"), str(tmp_path / "scan")],
        check=True,
    )
    scanned = subprocess.run(
        ["zbarimg", "-q", str(tmp_path / "scan-1.png")], capture_output=True, text=True, check=True
    ).stdout.split()
    assert sorted(scanned) == ["CODE-128:DEMO-C1-000123", "QR-Code:DEMO-C1-000123"]


@pytest.mark.usefixtures("open_shift")
def test_an_invoice_from_the_database(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    line_id = shop.set_line(shop.built.samples[0].msisdn, balance=0)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    sale = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[Tender(TenderKind.FPS, 10_000, reference="FRN20261121XYZ")],
        clock=shop.clock,
    )
    assert sale.receipt_no is not None
    document = reports.invoice_document(shop.db, sale.receipt_no.lower(), "  陳大文 ")
    assert document.customer == "陳大文"
    assert document.shop == receipts.shop_header(shop.db, "DEMO")
    text = pdf_text(build_invoice_pdf(document), tmp_path)
    assert has(text, "發票編號 Invoice No.", sale.receipt_no)
    assert has(text, "客戶 Customer", "陳大文")
    assert has(text, "轉數快 FPS, 參考編號 Ref. FRN20261121XYZ", "HK$100.00")
    sample = shop.built.samples[0]
    assert sample.msisdn not in text and sample.id_number not in text
    assert sale.msisdn_masked in text
    with pytest.raises(InputError) as unknown:
        reports.invoice_pdf(shop.db, "DEMO-C1-999999", "陳大文")
    assert unknown.value.code == "sale.unknown"
