"""Receipt build time per document kind, against a text-only ReportLab page.

    python benchmarks/receipts.py [--runs 300]

Builds, interleaved and ``--runs`` times each, with ``build_sale_pdf`` (layout, wrapping,
embedded WenQuanYi subset, QR code, Code 128, PDF bytes):

- renewal 80mm: a renewal with a discount, two benefits, cash and card;
- renewal 58mm: the same on 58 mm paper (more wrapping);
- voucher 80mm: a PIN voucher with its PIN and redemption text;
- renewal A4: the renewal on A4;
- X report 80mm / Z report 80mm: a shift's report (``build_shift_report_pdf``) with every
  section filled: five kinds of sale, six tenders, a void, a refund, three cash movements,
  and for Z the count, variance and its reason;
- Z report A4: the same Z on A4 (two pages);
- invoice A4: the renewal's A4 invoice (``build_invoice_pdf``) to a Chinese name;
- baseline: an 80 mm page of 40 lines of text drawn with ReportLab's canvas in the same
  embedded Chinese font and saved to bytes: what ReportLab and font subsetting cost alone;
- QR alone: one 26 mm QR code of the receipt number drawn on an empty page, to show how
  much of a receipt it is.

No database: the documents are built from SaleViews and ShiftFigures made here, as the
services hand them over. Prints p50/p99 in ms and each as a multiple of the baseline.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from counter_app.domain.sales import (
    ItemView,
    PaymentView,
    SaleKind,
    SaleState,
    SaleView,
    VoucherView,
)
from counter_app.domain.shifts import KindFigures, ShiftFigures
from counter_app.domain.tenders import TenderKind
from counter_app.printing.codes import qr_graphic
from counter_app.printing.fonts import cjk_font
from counter_app.printing.invoice import InvoiceDocument, build_invoice_pdf
from counter_app.printing.receipt import Paper, SaleDocument, ShopHeader, build_sale_pdf
from counter_app.printing.shift_report import (
    ReportKind,
    ShiftReport,
    ShiftReportDocument,
    build_shift_report_pdf,
)

SHOP = ShopHeader(
    name_zh="示範通訊 旺角店",
    name_en="Demo Mobile, Mong Kok",
    address_zh="九龍旺角彌敦道 600 號 1 樓 12 號舖",
    address_en="Shop 12, 1/F, 600 Nathan Road, Mong Kok, Kowloon",
    phone="+852 2345 6789",
    br_number="12345678-000-11-26-0",
    hotline="+852 2345 6780",
    footer_zh="多謝惠顧",
    footer_en="Thank you for your custom",
)
RENEWAL = SaleView(
    uuid="bench",
    receipt_no="DEMO-C1-000123",
    kind=SaleKind.LINE,
    state=SaleState.COMPLETED,
    shop_code="DEMO",
    counter_code="C1",
    counter_name="1號櫃檯",
    clerk_username="clerk",
    clerk_name="陳店員",
    created_at=datetime(2026, 11, 21, 2, 0, tzinfo=UTC),
    completed_at=datetime(2026, 11, 21, 2, 1, tzinfo=UTC),
    line_id=1,
    msisdn_masked="+852 9600 ••03",
    carrier_code="BAUHINIA",
    carrier_name_zh="紫荊流動",
    carrier_name_en="Bauhinia Mobile",
    card_type="number_keeping",
    expires_before=date(2026, 12, 11),
    expires_after=date(2027, 4, 11),
    balance_before=1_000,
    balance_after=1_000,
    total=4_320,
    items=(
        ItemView(
            "BAU-R03",
            "紫荊流動 3個月續期",
            "Bauhinia Mobile 3-month renewal",
            4_800,
            480,
            4_320,
            "NK",
            (
                ("有效期延至 2027-04-11", "Valid until 2027-04-11"),
                ("贈送有效期 +30 日", "Bonus validity +30 days"),
            ),
        ),
    ),
    payments=(
        PaymentView(TenderKind.CASH, 2_320, 5_000, 2_680, "", "", ""),
        PaymentView(TenderKind.CARD, 2_000, None, 0, "", "4242", "A1B2C3"),
    ),
    voucher=None,
    reprints=0,
)
VOUCHER = replace(
    RENEWAL,
    kind=SaleKind.VOUCHER,
    msisdn_masked="",
    card_type="",
    expires_before=None,
    expires_after=None,
    balance_before=None,
    balance_after=None,
    total=5_000,
    items=(
        ItemView(
            "",
            "珠江通 充值券 HK$50.00",
            "Pearl River Link top-up voucher HK$50.00",
            5_000,
            0,
            5_000,
            "",
            (),
        ),
    ),
    payments=(PaymentView(TenderKind.CASH, 5_000, 5_000, 0, "", "", ""),),
    voucher=VoucherView(
        "PEA050000007",
        5_000,
        date(2027, 11, 21),
        "用本卡撥 *100#，輸入充值密碼。查詢：+852 2100 2000",
        "Dial *100# from the SIM and enter the PIN. Enquiries: +852 2100 2000",
    ),
)
OPENED = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
OPEN_SHIFT = ShiftFigures(
    shift_id=42,
    counter_id=1,
    opened_by=1,
    opened_at=OPENED,
    float_amount=50_000,
    sales_count=61,
    sales_total=612_300,
    by_tender={
        "cash": 240_300,
        "card": 180_000,
        "octopus": 62_000,
        "alipay_hk": 40_000,
        "wechat_pay_hk": 30_000,
        "fps": 60_000,
    },
    cash_takings=240_300,
    cash_returned=9_800,
    cash_in=20_000,
    cash_out=13_000,
    expected_cash=287_500,
    voids=1,
    refunds=1,
    movements=[
        (OPENED + timedelta(hours=2), 20_000, "coins from the bank"),
        (OPENED + timedelta(hours=4), -3_000, "paid the cleaner"),
        (OPENED + timedelta(hours=6), -10_000, "cash to the safe"),
    ],
    by_kind={
        "renewal": KindFigures(30, 301_300),
        "credit_topup": KindFigures(15, 150_000),
        "data_addon": KindFigures(5, 29_000),
        "new_sim": KindFigures(3, 47_400),
        "voucher": KindFigures(8, 84_600),
    },
    cash_tendered=301_000,
    change_given=60_700,
    void_amount=4_800,
    refund_amount=5_000,
)
CLOSED_SHIFT = replace(
    OPEN_SHIFT,
    closed_at=OPENED + timedelta(hours=9),
    closed_by=2,
    counted=287_000,
    variance=-500,
    variance_reason="HK$5 short, counted twice",
)
X_REPORT = ShiftReport(ReportKind.X, OPEN_SHIFT, "C1", "1號櫃檯", "陳店員")
Z_REPORT = ShiftReport(ReportKind.Z, CLOSED_SHIFT, "C1", "1號櫃檯", "陳店員", "李主管")
PRINTED = OPENED + timedelta(hours=9, minutes=2)
REPORTS = {
    "X report 80mm": ShiftReportDocument((X_REPORT,), SHOP, PRINTED),
    "Z report 80mm": ShiftReportDocument((Z_REPORT,), SHOP, PRINTED),
    "Z report A4": ShiftReportDocument((Z_REPORT,), SHOP, PRINTED, paper=Paper.A4),
}
INVOICE = InvoiceDocument(RENEWAL, SHOP, "陳大文")
DOCUMENTS = {
    "renewal 80mm": SaleDocument(RENEWAL, SHOP),
    "renewal 58mm": SaleDocument(RENEWAL, SHOP, paper=Paper.MM58),
    "voucher 80mm": SaleDocument(VOUCHER, SHOP, pin="1234567890123456"),
    "renewal A4": SaleDocument(RENEWAL, SHOP, paper=Paper.A4),
}


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def ms(samples: list[float]) -> tuple[float, float]:
    return percentile(samples, 0.5) * 1000, percentile(samples, 0.99) * 1000


def text_page() -> bytes:
    """The baseline: 40 lines of mixed Chinese and English, no layout, no codes."""
    font = cjk_font().name
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(80 * mm, 200 * mm), invariant=1, pageCompression=1)
    canvas.setFont(font, 8.5)
    for n in range(40):
        canvas.drawString(4 * mm, (195 - 4.5 * n) * mm, f"收據編號 Receipt No. DEMO-C1-{n:06d}")
    canvas.save()
    return buffer.getvalue()


def qr_page() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(80 * mm, 40 * mm), invariant=1, pageCompression=1)
    qr_graphic("DEMO-C1-000123", 26 * mm)(canvas, 27 * mm, 7 * mm)
    canvas.save()
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="builds of each kind")
    args = parser.parse_args()
    steps: dict[str, Callable[[], bytes]] = {
        name: (lambda document=document: build_sale_pdf(document))
        for name, document in DOCUMENTS.items()
    }
    for name, report in REPORTS.items():
        steps[name] = lambda report=report: build_shift_report_pdf(report)
    steps["invoice A4"] = lambda: build_invoice_pdf(INVOICE)
    steps["baseline text page"] = text_page
    steps["QR alone"] = qr_page
    timings: dict[str, list[float]] = {name: [] for name in steps}
    sizes = {name: len(step()) for name, step in steps.items()}  # warm-up: font, imports
    for _ in range(10):
        for step in steps.values():
            step()
    for _ in range(args.runs):
        for name, step in steps.items():
            start = time.perf_counter()
            step()
            timings[name].append(time.perf_counter() - start)
    base50, base99 = ms(timings["baseline text page"])
    print(f"document builds ({args.runs} of each, interleaved; font {cjk_font().file.path})")
    header = f"  {'':20} {'p50 ms':>8} {'p99 ms':>8} {'x base p50':>11} {'x base p99':>11}"
    print(f"{header} {'PDF bytes':>10}")
    for name, samples in timings.items():
        p50, p99 = ms(samples)
        print(
            f"  {name:20} {p50:8.2f} {p99:8.2f} {p50 / base50:11.1f} {p99 / base99:11.1f} "
            f"{sizes[name]:10,}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
