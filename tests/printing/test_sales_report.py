"""The A4 sales report from real sales (SQLite and PostgreSQL), read back from the PDF."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart

from counter_app.domain.sales_reports import Breakdown, ReportRow, SalesReport
from counter_app.printing.labels import ChineseScript
from counter_app.printing.sales_report import build_sales_report_pdf, net_sales_chart
from counter_app.services.receipts import receipt_settings
from counter_app.services.sales_reports import sales_report
from tests.printing.helpers import SHOP, fonts, page_sizes, pdf_text
from tests.services.conftest import Shop
from tests.services.test_sales_reports import DAY_1, DAY_3, sold

__all__ = ["sold"]

PRINTED_AT = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)  # 09:30 in Hong Kong


def has(text: str, label: str, *values: str) -> bool:
    """A line of the page with *label*, then each of *values*, the last at the line's end."""
    columns = r"\s+".join(re.escape(value) for value in values)
    return re.search(rf"{re.escape(label)}\s+{columns}\s*$", text, re.MULTILINE) is not None


def _report(shop: Shop, first: date, last: date) -> SalesReport:
    return sales_report(shop.db, shop.sign_in("supervisor"), first, last, clock=shop.clock)


@pytest.mark.usefixtures("sold")
def test_the_pdf_reads_back_with_its_totals_and_chinese_labels(shop: Shop, tmp_path: Path) -> None:
    report = _report(shop, DAY_1, DAY_3)
    settings = receipt_settings(shop.db, report.shop_code)
    pdf = build_sales_report_pdf(
        report,
        settings.header,
        printed_at=PRINTED_AT,
        chinese=settings.chinese,
        cjk_font_path=settings.cjk_font_path,
    )
    assert all(size == pytest.approx((595.28, 841.89), abs=0.01) for size in page_sizes(pdf))
    text = pdf_text(pdf, tmp_path)
    assert "示範通訊 旺角店" in text
    assert "銷售報表" in text and "SALES REPORT" in text
    assert has(text, "日期 Dates", "2026-11-21 – 2026-11-23")
    assert has(text, "櫃檯 Counter", "全部櫃檯 All counters")
    assert has(text, "列印時間 Printed at", "2026-11-24 09:30")
    assert has(text, "銷售宗數 Sales", "4")
    assert has(text, "銷售額 Gross", "HK$300.00")
    assert has(text, "作廢 Voided", "-HK$50.00")
    assert has(text, "退款 Refunded", "-HK$100.00")
    assert has(text, "淨銷售額 Net sales", "HK$150.00")
    for heading in (
        "按日 By day",
        "按計劃 By plan",
        "按網絡商 By carrier",
        "按卡類 By card type",
        "按收款方式 By tender",
        "按職員 By clerk",
        "每日淨銷售額 Net sales by day",
    ):
        assert heading in text, heading
    assert has(text, "2026-11-23 (一) Mon", "0", "HK$0.00", "HK$0.00", "HK$100.00", "-HK$100.00")
    assert has(text, "2026-11-21 (六) Sat", "3", "HK$200.00", "HK$0.00", "HK$0.00", "HK$200.00")
    assert has(
        text, "紫荊流動 Bauhinia Mobile", "3", "HK$200.00", "HK$50.00", "HK$100.00", "HK$50.00"
    )
    assert has(text, "現金 Cash", "3", "HK$160.00", "HK$50.00", "HK$60.00", "HK$50.00")
    assert has(text, "陳店員", "3", "HK$200.00", "HK$50.00", "HK$100.00", "HK$50.00")
    assert has(text, "李主管", "1", "HK$100.00", "HK$0.00", "HK$0.00", "HK$100.00")
    assert "珠江通 充值券 HK$100.00" in text
    # Every breakdown's table ends with the report's totals.
    total_lines = re.findall(
        r"^\s*總計 Total\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$", text, re.MULTILINE
    )
    assert total_lines.count(("4", "HK$300.00", "HK$50.00", "HK$100.00", "HK$150.00")) == 5
    # Tenders count payments: the split sale counts twice.
    assert ("5", "HK$300.00", "HK$50.00", "HK$100.00", "HK$150.00") in total_lines
    assert len(total_lines) == 6
    # The chart's axis is in HK$, in the embedded font like every other word.
    assert "HK$0" in text
    embedded = [
        font
        for font in fonts(pdf)
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
    ]
    assert embedded and all("WenQuanYi" in str(font["/BaseFont"]) for font in embedded)
    assert all(font["/Subtype"] == "/TrueType" for font in fonts(pdf))


def test_an_empty_report_prints(shop: Shop, tmp_path: Path) -> None:
    report = _report(shop, date(2026, 3, 1), date(2026, 3, 1))
    text = pdf_text(build_sales_report_pdf(report, SHOP, printed_at=PRINTED_AT), tmp_path)
    assert has(text, "淨銷售額 Net sales", "HK$0.00")
    assert text.count("沒有銷售 No sales") == 5  # every breakdown but the day's
    assert has(text, "日期 Dates", "2026-03-01")


def test_simplified_labels(shop: Shop, tmp_path: Path) -> None:
    report = _report(shop, date(2026, 3, 1), date(2026, 3, 2))
    pdf = build_sales_report_pdf(
        report, SHOP, printed_at=PRINTED_AT, chinese=ChineseScript.SIMPLIFIED
    )
    text = pdf_text(pdf, tmp_path)
    assert "销售报表" in text and "按运营商 By carrier" in text
    assert "銷售報表" not in text


def _year(first: date) -> SalesReport:
    days = tuple(
        ReportRow(
            (first + timedelta(days=n)).isoformat(),
            (first + timedelta(days=n)).isoformat(),
            (first + timedelta(days=n)).isoformat(),
            count=n % 7,
            gross=(n % 7) * 10_000,
            refunded=20_000 if n % 50 == 0 else 0,
        )
        for n in range(365)
    )
    total = ReportRow(
        "total",
        "總計",
        "Total",
        sum(d.count for d in days),
        sum(d.gross for d in days),
        0,
        sum(d.refunded for d in days),
    )
    return SalesReport(
        "DEMO",
        "示範",
        "Demo",
        first,
        first + timedelta(days=364),
        "C1",
        "1號櫃檯",
        PRINTED_AT,
        total,
        {Breakdown.DAY: days},
    )


def test_a_year_has_a_bar_per_day_and_pages_numbered(tmp_path: Path) -> None:
    report = _year(date(2025, 1, 1))
    chart = next(
        item
        for item in net_sales_chart(report, 400, 200, "Helvetica").contents
        if isinstance(item, VerticalBarChart)
    )
    assert chart.data == [[row.net for row in report.rows(Breakdown.DAY)]]
    assert len(chart.data[0]) == 365
    names = [name for name in chart.categoryAxis.categoryNames if name]
    assert 10 <= len(names) <= 16 and names[0] == "01-01"
    pdf = build_sales_report_pdf(report, SHOP, printed_at=PRINTED_AT)
    pages = len(page_sizes(pdf))
    assert pages > 5
    text = pdf_text(pdf, tmp_path)
    assert f"{pages} / {pages}" in text
    assert has(text, "櫃檯 Counter", "C1 1號櫃檯")
    assert "2025-12-31" in text


def test_printed_at_must_be_aware() -> None:
    report = replace(_year(date(2025, 1, 1)), breakdowns={})
    with pytest.raises(ValueError, match="aware"):
        build_sales_report_pdf(report, SHOP, printed_at=datetime(2026, 1, 1))  # noqa: DTZ001
