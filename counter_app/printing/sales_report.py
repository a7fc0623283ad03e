"""The sales report over a range of days as an A4 PDF: a bar chart of net sales, then tables.

The figures are a :class:`~counter_app.domain.sales_reports.SalesReport` as the service
computed them (see its module for what gross, voided, refunded and net mean); this module
only lays them out, bilingual, in the embedded Chinese font. It lists no customer, no
number and no ID document: only counts and money.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Final

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.money import format_money
from counter_app.domain.sales_reports import Breakdown, ReportRow, SalesReport
from counter_app.printing.fonts import cjk_font
from counter_app.printing.labels import ChineseScript, Labels
from counter_app.printing.layout import Align, Canvas, Column, Flow
from counter_app.printing.receipt import (
    PAPERS,
    Paper,
    ShopHeader,
    Styles,
    add_shop_header,
    render_pdf,
)

# key: (Traditional, Simplified, English)
_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "title": ("銷售報表", "销售报表", "SALES REPORT"),
    "period": ("日期", "日期", "Dates"),
    "counter": ("櫃檯", "柜台", "Counter"),
    "all_counters": ("全部櫃檯", "全部柜台", "All counters"),
    "printed_at": ("列印時間", "打印时间", "Printed at"),
    "hk_days": (
        "日期均為香港日期，所有時間均為香港時間",
        "日期均为香港日期，所有时间均为香港时间",
        "Days and times are Hong Kong's",
    ),
    "summary": ("總結", "总结", "Summary"),
    "sales_count": ("銷售宗數", "销售宗数", "Sales"),
    "gross": ("銷售額", "销售额", "Gross"),
    "voided": ("作廢", "作废", "Voided"),
    "refunded": ("退款", "退款", "Refunded"),
    "net": ("淨額", "净额", "Net"),
    "net_sales": ("淨銷售額", "净销售额", "Net sales"),
    "rules": (
        "銷售額計入交易當日；作廢及退款計入辦理當日，並歸入原交易的計劃、網絡商、卡類、"
        "收款方式及職員。淨額 = 銷售額 - 作廢 - 退款。",
        "销售额计入交易当日；作废及退款计入办理当日，并归入原交易的计划、运营商、卡类、"
        "收款方式及职员。净额 = 销售额 - 作废 - 退款。",
        "Gross counts each sale on the day it was made; voids and refunds count on the day "
        "they were made, under the original sale's plan, carrier, card type, tender and "
        "clerk. Net = gross - voided - refunded.",
    ),
    "chart": ("每日淨銷售額", "每日净销售额", "Net sales by day"),
    "no_sales": ("沒有銷售", "没有销售", "No sales"),
    "name": ("項目", "项目", "Item"),
    "count": ("數目", "数目", "Count"),
    "total": ("總計", "总计", "Total"),
    "breakdown.day": ("按日", "按日", "By day"),
    "breakdown.plan": ("按計劃", "按计划", "By plan"),
    "breakdown.carrier": ("按網絡商", "按运营商", "By carrier"),
    "breakdown.card_type": ("按卡類", "按卡类", "By card type"),
    "breakdown.tender": ("按收款方式", "按收款方式", "By tender"),
    "breakdown.clerk": ("按職員", "按职员", "By clerk"),
    "count.day": ("宗數", "宗数", "Sales"),
    "count.plan": ("項數", "项数", "Items"),
    "count.carrier": ("項數", "项数", "Items"),
    "count.card_type": ("宗數", "宗数", "Sales"),
    "count.tender": ("筆數", "笔数", "Payments"),
    "count.clerk": ("宗數", "宗数", "Sales"),
}

_CHART_HEIGHT: Final = 70 * mm
_BAR_COLOUR: Final = colors.HexColor("#2f6f9f")
_NEGATIVE_COLOUR: Final = colors.HexColor("#b0413e")
# At most this many day names under the bars; the others are left blank.
_MAX_DAY_LABELS: Final = 16
# Bars this few get their amount written above them.
_MAX_VALUE_LABELS: Final = 10
_COUNT_SAMPLE: Final = "0000000"
_ROWS_KEPT_TOGETHER: Final = 30


class _Words:
    """The report's own labels in one Chinese script, each with its English."""

    def __init__(self, script: ChineseScript) -> None:
        self.simplified = ChineseScript(script) is ChineseScript.SIMPLIFIED

    def zh(self, key: str) -> str:
        traditional, simplified, _ = _LABELS[key]
        return simplified if self.simplified else traditional

    def en(self, key: str) -> str:
        return _LABELS[key][2]

    def both(self, key: str) -> str:
        return f"{self.zh(key)} {self.en(key)}"

    def stacked(self, key: str) -> str:
        return f"{self.zh(key)}\n{self.en(key)}"


def _whole_dollars(cents: float) -> str:
    """An axis tick: "HK$1,200" (ticks fall on round amounts; no cents to show)."""
    amount = round(cents)
    sign = "-" if amount < 0 else ""
    return f"{sign}HK${abs(amount) // 100:,}"


def net_sales_chart(report: SalesReport, width: float, height: float, font: str) -> Drawing:
    """A bar per day of the report, its height the day's net sales; the axis in HK$."""
    days = report.rows(Breakdown.DAY)
    # Without an initial font, ReportLab would reference Helvetica, which is not embedded.
    drawing = Drawing(width, height, initialFontName=font, initialFontSize=7)
    chart = VerticalBarChart()
    chart.x = 22 * mm
    chart.y = 12 * mm
    chart.width = width - chart.x - 4 * mm
    chart.height = height - chart.y - 6 * mm
    # Cents as integers: the chart only places bars, the labels are formatted from them.
    nets = [row.net for row in days] or [0]
    chart.data = [nets]
    chart.bars[0].fillColor = _BAR_COLOUR
    chart.bars[0].strokeColor = None
    for index, net in enumerate(nets):
        if net < 0:
            chart.bars[(0, index)].fillColor = _NEGATIVE_COLOUR
    chart.barSpacing = 0.5
    chart.groupSpacing = max(1.0, 10.0 - len(nets) / 10)
    low, high = min(0, *nets), max(0, *nets)
    if low == high:
        high = 10_000  # no sales: an empty chart up to HK$100
    # Room under a day of more refunds than sales for its amount, above the day names.
    chart.valueAxis.valueMin = low - (high - low) // 8 if low < 0 else 0
    chart.valueAxis.valueMax = high
    chart.valueAxis.labelTextFormat = _whole_dollars
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d8d8d8")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeWidth = 0.6
    chart.categoryAxis.strokeWidth = 0.6
    every = max(1, math.ceil(len(days) / _MAX_DAY_LABELS))
    chart.categoryAxis.categoryNames = [
        f"{row.key[5:]}" if n % every == 0 else "" for n, row in enumerate(days)
    ] or [""]
    # Names along the bottom of the chart, below any bar that goes under zero.
    chart.categoryAxis.joinAxisMode = "bottom"
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -5
    chart.categoryAxis.tickDown = 3
    chart.categoryAxis.tickShift = len(days) > _MAX_DAY_LABELS
    chart.categoryAxis.visibleTicks = len(days) <= _MAX_DAY_LABELS * 2
    if len(days) <= _MAX_VALUE_LABELS:
        chart.barLabelFormat = lambda value: format_money(round(value))
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 6
    drawing.add(chart)
    if not any(nets):
        drawing.add(
            String(
                chart.x + chart.width / 2,
                chart.y + chart.height / 2,
                "—",
                fontName=font,
                fontSize=10,
                textAnchor="middle",
            )
        )
    return drawing


class _Composer:
    """Lays the report out into one :class:`Flow`, section by section."""

    def __init__(
        self,
        report: SalesReport,
        shop: ShopHeader,
        printed_at: datetime,
        chinese: ChineseScript,
        font: str,
    ) -> None:
        spec = PAPERS[Paper.A4]
        self.report = report
        self.shop = shop
        self.printed_at = printed_at
        self.font = font
        self.labels = Labels(chinese)
        self.words = _Words(chinese)
        self.styles = Styles(font, spec)
        self.flow = Flow(spec.width - 2 * spec.margin)
        strong = self.styles.strong
        self.money = Column(strong.width(self._widest_amount()) + 2, Align.RIGHT)
        heads = [self.words.zh(f"count.{b.value}") for b in Breakdown] + [
            self.words.en(f"count.{b.value}") for b in Breakdown
        ]
        widest_head = max(self.styles.small.width(head) for head in heads)
        self.count = Column(max(strong.width(_COUNT_SAMPLE), widest_head) + 1, Align.RIGHT)
        self.gap = self.styles.text.size * 0.8

    def _widest_amount(self) -> str:
        rows = [self.report.total, *(r for b in Breakdown for r in self.report.rows(b))]
        widest = max(
            (abs(v) for row in rows for v in (row.gross, row.voided, row.refunded, row.net)),
            default=0,
        )
        return format_money(-max(widest, 100_000_00))

    def compose(self) -> Flow:
        add_shop_header(self.flow, self.shop, self.labels, self.styles)
        self._rule()
        sections = (self._title, self._summary, self._chart)
        for section in sections:
            start = len(self.flow.blocks)
            section()
            self.flow.keep_together(start)
        for breakdown in Breakdown:
            self._table(breakdown)
        return self.flow

    def _rule(self) -> None:
        self.flow.rule(self.styles.gap * 2)

    def _title(self) -> None:
        words, styles, flow, report = self.words, self.styles, self.flow, self.report
        flow.text(words.zh("title"), styles.title, align=Align.CENTER)
        flow.text(words.en("title"), styles.heading, align=Align.CENTER)
        flow.space(styles.gap)
        period = report.date_from.isoformat()
        if report.date_to != report.date_from:
            period = f"{period} – {report.date_to.isoformat()}"
        counter = (
            " ".join(part for part in (report.counter_code, report.counter_name) if part)
            if report.counter_code
            else words.both("all_counters")
        )
        flow.pair(words.both("period"), period, styles.text)
        flow.pair(words.both("counter"), counter, styles.text)
        printed = f"{self.printed_at.astimezone(HONG_KONG):%Y-%m-%d %H:%M}"
        flow.pair(words.both("printed_at"), printed, styles.text)
        flow.text(words.both("hk_days"), styles.small)
        self._rule()

    def _summary(self) -> None:
        words, styles, flow, total = self.words, self.styles, self.flow, self.report.total
        flow.text(words.both("summary"), styles.heading)
        amounts = Column(self.money.width, Align.RIGHT)
        lines = (
            ("sales_count", str(total.count), styles.text),
            ("gross", format_money(total.gross), styles.text),
            ("voided", format_money(-total.voided), styles.text),
            ("refunded", format_money(-total.refunded), styles.text),
        )
        for key, value, style in lines:
            flow.row([words.both(key), value], [Column(), amounts], style, gap=self.gap)
        flow.rule(styles.gap, dashed=False)
        flow.row(
            [words.both("net_sales"), format_money(total.net)],
            [Column(), amounts],
            styles.strong,
            gap=self.gap,
        )
        flow.space(styles.gap)
        flow.text(words.both("rules"), styles.small)
        self._rule()

    def _chart(self) -> None:
        words, styles, flow = self.words, self.styles, self.flow
        flow.text(words.both("chart"), styles.heading)
        drawing = net_sales_chart(self.report, flow.width, _CHART_HEIGHT, self.font)

        def paint(canvas: Canvas, left: float, bottom: float) -> None:
            renderPDF.draw(drawing, canvas, left, bottom)

        flow.graphic(flow.width, _CHART_HEIGHT, paint)
        self._rule()

    def _columns(self) -> list[Column]:
        return [Column(), self.count, self.money, self.money, self.money, self.money]

    def _cells(self, name: str, count: str, row: ReportRow) -> list[str]:
        return [
            name,
            count,
            format_money(row.gross),
            format_money(row.voided),
            format_money(row.refunded),
            format_money(row.net),
        ]

    def _table(self, breakdown: Breakdown) -> None:
        words, styles, flow = self.words, self.styles, self.flow
        rows = self.report.rows(breakdown)
        start = len(flow.blocks)
        flow.text(words.both(f"breakdown.{breakdown.value}"), styles.heading)
        heads = [
            words.stacked("name"),
            words.stacked(f"count.{breakdown.value}"),
            words.stacked("gross"),
            words.stacked("voided"),
            words.stacked("refunded"),
            words.stacked("net"),
        ]
        flow.row(heads, self._columns(), styles.small, gap=self.gap)
        flow.rule(styles.gap / 2, dashed=False)
        # A short table stays on one page; a long one runs on, but its heading keeps its
        # first rows and the total keeps the last.
        long_table = len(rows) > _ROWS_KEPT_TOGETHER
        for number, row in enumerate(rows):
            if long_table and number == len(rows) - 1:
                start = len(flow.blocks)
            self._table_row(row)
            if long_table and number == 2:
                flow.keep_together(start)
        if not rows:
            flow.text(words.both("no_sales"), styles.small)
        flow.rule(styles.gap, dashed=False)
        total = _table_total(rows)
        flow.row(
            self._cells(words.both("total"), str(total.count), total),
            self._columns(),
            styles.strong,
            gap=self.gap,
        )
        self._rule()
        flow.keep_together(start)

    def _table_row(self, row: ReportRow) -> None:
        if row.name_zh.startswith(row.key) and row.name_en.startswith(row.key):
            # A day: "2026-11-21 (六) Sat", the date once.
            name = f"{row.name_zh} {row.name_en.removeprefix(row.key).strip()}".strip()
        else:
            name = _both(row.name_zh, row.name_en)
        self.flow.row(
            self._cells(name, str(row.count), row), self._columns(), self.styles.text, gap=self.gap
        )


def _both(zh: str, en: str) -> str:
    return zh if zh == en or not en else f"{zh} {en}" if zh else en


def _table_total(rows: Sequence[ReportRow]) -> ReportRow:
    return ReportRow(
        "total",
        "",
        "",
        sum(row.count for row in rows),
        sum(row.gross for row in rows),
        sum(row.voided for row in rows),
        sum(row.refunded for row in rows),
    )


def layout(
    report: SalesReport,
    header: ShopHeader,
    *,
    printed_at: datetime,
    chinese: ChineseScript = ChineseScript.TRADITIONAL,
    cjk_font_path: Path | None = None,
) -> tuple[Flow, str]:
    """The report laid out and measured, and the Chinese font's name."""
    if printed_at.tzinfo is None:
        raise ValueError("printed_at must be an aware datetime")
    font = cjk_font(cjk_font_path).name
    return _Composer(report, header, printed_at, ChineseScript(chinese), font).compose(), font


def build_sales_report_pdf(
    report: SalesReport,
    header: ShopHeader,
    *,
    printed_at: datetime,
    chinese: ChineseScript = ChineseScript.TRADITIONAL,
    cjk_font_path: Path | None = None,
) -> bytes:
    """The sales report as A4 PDF bytes, with "n / total" at the foot of each page.

    Raises :class:`~counter_app.printing.fonts.CjkFontMissing` when no Chinese font can
    be embedded.
    """
    flow, font = layout(
        report, header, printed_at=printed_at, chinese=chinese, cjk_font_path=cjk_font_path
    )
    words = _Words(ChineseScript(chinese))
    period = report.date_from.isoformat()
    if report.date_to != report.date_from:
        period = f"{period} – {report.date_to.isoformat()}"
    counter = report.counter_code or words.en("all_counters")
    return render_pdf(
        [flow],
        PAPERS[Paper.A4],
        font,
        title=f"Sales report {period} {counter}",
        author=header.name_en or header.name_zh,
        footers=[f"{words.zh('title')} {words.en('title')} {period} {counter}"],
    )
