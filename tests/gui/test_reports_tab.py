"""The Reports tab on real sales (SQLite and PostgreSQL): ranges, breakdowns, chart, files."""

from __future__ import annotations

import csv
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.clock import HONG_KONG
from counter_app.domain.money import format_money
from counter_app.domain.sales_reports import Breakdown, ReportRow, SalesReport
from counter_app.domain.staff import Clerk
from counter_app.gui.bar_chart import Bar, BarChart, Scale, nice_step, whole_dollars
from counter_app.gui.i18n import language_switcher
from counter_app.gui.reports_tab import (
    COUNT,
    GROSS,
    NAME,
    NET,
    REFUNDED,
    VOIDED,
    ReportsTab,
    SalesReportModel,
    last_month,
    week_start,
)
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services.shop import counter_context
from counter_app.store.models import Payment, Sale, SaleReversal
from tests.services.conftest import Shop, clock, secret, shop
from tests.services.test_sales_reports import DAY_1, DAY_2, DAY_3, sold

__all__ = ["clock", "secret", "shop", "sold"]


def make_tab(qtbot: QtBot, shop: Shop, clerk: Clerk, data_dir: Path) -> ReportsTab:
    context = counter_context(shop.db, "C1")
    assert context is not None
    station = Station(shop.db, shop.secret, context, clock=shop.clock, clerk=clerk)
    station.data_dir = data_dir
    tab = ReportsTab(station)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    with qtbot.waitExposed(tab):
        tab.show()
    return tab


@pytest.fixture
def tab(qtbot: QtBot, shop: Shop, sold: object, tmp_path: Path) -> Iterator[ReportsTab]:
    widget = make_tab(qtbot, shop, shop.sign_in("supervisor"), tmp_path)
    with qtbot.waitSignal(widget.reportShown, timeout=10_000):
        widget.refresh()
    qtbot.waitUntil(lambda: widget.ui.counterCombo.count() == 3, timeout=10_000)
    yield widget
    widget.close()
    assert wait_for_tasks(10_000)


def show(qtbot: QtBot, tab: ReportsTab, first: date, last: date) -> SalesReport:
    tab.set_range(first, last)
    with qtbot.waitSignal(tab.reportShown, timeout=10_000) as shown:
        tab.ui.showButton.click()
    report = shown.args[0]
    assert isinstance(report, SalesReport)
    return report


def table(tab: ReportsTab) -> list[list[str]]:
    model = tab.model
    return [
        [str(model.data(model.index(row, column))) for column in range(NET + 1)]
        for row in range(model.rowCount())
    ]


def db_days(shop: Shop, first: date, last: date) -> dict[str, list[int]]:
    """Per HK day from the raw rows: [sales taken, gross, voided, refunded]."""
    days: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with shop.db.read() as session:
        for completed_at, state, total in session.execute(
            select(Sale.completed_at, Sale.state, Sale.total)
        ):
            day = completed_at.astimezone(HONG_KONG).date() if completed_at else None
            if day and first <= day <= last and state in ("completed", "voided", "refunded"):
                days[day.isoformat()][0] += 1
                days[day.isoformat()][1] += total
        for created_at, kind, amount in session.execute(
            select(SaleReversal.created_at, SaleReversal.kind, SaleReversal.amount)
        ):
            day = created_at.astimezone(HONG_KONG).date()
            if first <= day <= last:
                days[day.isoformat()][2 if kind == "void" else 3] += amount
    return days


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SalesReportModel()
    model.set_rows(
        Breakdown.TENDER,
        (
            ReportRow("cash", "現金", "Cash", 3, 16_000, 5_000, 6_000),
            ReportRow("card", "信用卡", "Card", 2, 14_000, 0, 4_000),
        ),
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, NET)) == "HK$50.00"
    assert model.data(model.index(0, NET), SalesReportModel.ValueRole) == 5_000
    assert model.data(model.index(1, COUNT), SalesReportModel.ValueRole) == 2
    assert model.data(model.index(1, NAME), SalesReportModel.RowRole).key == "card"
    assert model.headerData(COUNT, Qt.Orientation.Horizontal) == "Payments"
    assert model.data(QModelIndex()) is None


def test_the_figures_on_screen_match_the_database(
    qtbot: QtBot, tab: ReportsTab, shop: Shop
) -> None:
    report = show(qtbot, tab, DAY_1, DAY_3)
    expected = db_days(shop, DAY_1, DAY_3)
    rows = table(tab)
    assert [row[NAME] for row in rows] == ["2026-11-21 Sat", "2026-11-22 Sun", "2026-11-23 Mon"]
    for row, day in zip(rows, ("2026-11-21", "2026-11-22", "2026-11-23"), strict=True):
        count, gross, voided, refunded = expected[day]
        assert row[COUNT:] == [
            str(count),
            format_money(gross),
            format_money(voided),
            format_money(refunded),
            format_money(gross - voided - refunded),
        ], day
    summary = tab.ui.reportsSummaryLabel.text()
    assert "4 sales" in summary and "net HK$150.00" in summary
    # The chart: one bar per row of the table, each the row's net.
    assert tab.chart.bars() == tuple(
        Bar(row[NAME], report.rows(Breakdown.DAY)[n].net) for n, row in enumerate(rows)
    )
    assert len(tab.chart.bar_rects()) == tab.model.rowCount() == 3
    # The day of refunds only is drawn left of the zero line.
    rects = tab.chart.bar_rects()
    assert rects[2].right() <= rects[0].left() + 0.5 and rects[2].width() > 0


def test_a_day_or_plan_name_is_never_cut_at_1024_pixels(
    qtbot: QtBot, tab: ReportsTab, shop: Shop
) -> None:
    # The tab as a 1024×768 screen shows it: the dates were cut to "2026-12-…".
    tab.resize(1000, 620)
    table_view = tab.ui.reportsTable
    for breakdown in (Breakdown.DAY, Breakdown.PLAN):
        tab.set_breakdown(breakdown)
        show(qtbot, tab, DAY_1, DAY_3)
        QApplication.processEvents()
        # The figures whole on one line; a name whole, on two lines if it must.
        for column in range(COUNT, NET + 1):
            shown, needed = table_view.columnWidth(column), table_view.sizeHintForColumn(column)
            assert shown >= needed, (breakdown, column, shown, needed)
        metrics = table_view.fontMetrics()
        for row in range(tab.model.rowCount()):
            name = str(tab.model.data(tab.model.index(row, NAME)))
            longest_word = max(metrics.horizontalAdvance(word) for word in name.split())
            assert table_view.columnWidth(NAME) > longest_word, (breakdown, name)
            assert table_view.rowHeight(row) >= table_view.sizeHintForRow(row), (breakdown, name)
        assert table_view.horizontalScrollBar().maximum() == 0


def test_each_breakdown_by_the_chooser(qtbot: QtBot, tab: ReportsTab, shop: Shop) -> None:
    show(qtbot, tab, DAY_1, DAY_3)
    combo = tab.ui.breakdownCombo
    combo.setCurrentIndex(combo.findData(Breakdown.TENDER.value))
    assert tab.model.breakdown is Breakdown.TENDER
    tenders: dict[str, int] = defaultdict(int)
    with shop.db.read() as session:
        for tender, amount in session.execute(
            select(Payment.tender, Payment.amount)
            .join(Sale)
            .where(Sale.state.in_(("completed", "voided", "refunded")))
        ):
            tenders[tender] += amount
    on_screen = {row[NAME]: row[GROSS] for row in table(tab)}
    assert on_screen == {
        "Cash": format_money(tenders["cash"]),
        "Card": format_money(tenders["card"]),
    }
    assert tab.model.headerData(COUNT, Qt.Orientation.Horizontal) == "Payments"
    assert len(tab.chart.bars()) == 2
    for breakdown in Breakdown:
        tab.set_breakdown(breakdown)
        rows = table(tab)
        assert len(tab.chart.bars()) == len(rows) == tab.model.rowCount()
        assert [bar.label for bar in tab.chart.bars()] == [row[NAME] for row in rows]
        nets = [
            tab.model.data(tab.model.index(n, NET), SalesReportModel.ValueRole)
            for n in range(len(rows))
        ]
        assert sum(nets) == 15_000, breakdown
    tab.set_breakdown(Breakdown.CLERK)
    assert {row[NAME]: row[VOIDED] for row in table(tab)} == {
        "陳店員": "HK$50.00",
        "李主管": "HK$0.00",
    }


def test_quick_ranges(qtbot: QtBot, tab: ReportsTab) -> None:
    assert tab.station.today() == DAY_3  # a Monday
    for button, first, last in (
        (tab.ui.todayButton, DAY_3, DAY_3),
        (tab.ui.thisWeekButton, DAY_3, DAY_3),
        (tab.ui.thisMonthButton, date(2026, 11, 1), DAY_3),
        (tab.ui.lastMonthButton, date(2026, 10, 1), date(2026, 10, 31)),
    ):
        with qtbot.waitSignal(tab.reportShown, timeout=10_000) as shown:
            button.click()
        report = shown.args[0]
        assert (report.date_from, report.date_to) == (first, last), button.objectName()
        assert tab.model.rowCount() == (last - first).days + 1
    assert report.total.gross == 0
    assert all(bar.amount == 0 for bar in tab.chart.bars())
    with qtbot.waitSignal(tab.reportShown, timeout=10_000):
        tab.ui.todayButton.click()
    assert table(tab) == [["2026-11-23 Mon", "0", "HK$0.00", "HK$0.00", "HK$100.00", "-HK$100.00"]]
    tab.set_breakdown(Breakdown.PLAN)
    assert table(tab)[0][NAME] == "Bauhinia Mobile credit HK$100"
    assert table(tab)[0][REFUNDED] == "HK$100.00"


def test_one_counter(qtbot: QtBot, tab: ReportsTab) -> None:
    combo = tab.ui.counterCombo
    assert [combo.itemData(n) for n in range(combo.count())] == ["", "C1", "C2"]
    tab.set_counter("C2")
    report = show(qtbot, tab, DAY_1, DAY_3)
    assert report.counter_code == "C2"
    assert report.total.gross == 0
    tab.set_counter("C1")
    assert show(qtbot, tab, DAY_1, DAY_3).total.net == 15_000


def test_a_backwards_range_is_explained(qtbot: QtBot, tab: ReportsTab) -> None:
    before = tab.report
    tab.set_range(DAY_2, DAY_1)
    tab.ui.showButton.click()
    qtbot.waitUntil(lambda: bool(tab.ui.reportsMessageLabel.text()), timeout=10_000)
    assert "after the end date" in tab.ui.reportsMessageLabel.text()
    assert tab.ui.reportsMessageLabel.property("role") == "error"
    assert tab.report is before


def test_save_csv_and_pdf(
    qtbot: QtBot, tab: ReportsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    show(qtbot, tab, DAY_1, DAY_3)
    answers = iter([str(tmp_path / "report"), str(tmp_path / "report.PDF")])
    suggested: list[str] = []

    def save_file_name(_parent: object, _caption: str, where: str, _filter: str) -> tuple[str, str]:
        suggested.append(where)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    assert tab.ui.saveCsvButton.isEnabled() and tab.ui.savePdfButton.isEnabled()
    with qtbot.waitSignal(tab.fileSaved, timeout=10_000) as saved_csv:
        tab.ui.saveCsvButton.click()
    csv_path = Path(saved_csv.args[0])
    assert csv_path == tmp_path / "report.csv"
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[-1] == [
        "total",
        "total",
        "總計",
        "Total",
        "4",
        "HK$300.00",
        "HK$50.00",
        "HK$100.00",
        "HK$150.00",
    ]
    with qtbot.waitSignal(tab.fileSaved, timeout=20_000) as saved_pdf:
        tab.ui.savePdfButton.click()
    pdf_path = Path(saved_pdf.args[0])
    assert pdf_path == tmp_path / "report.PDF"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "銷售報表" in text and "HK$150.00" in text and "按收款方式 By tender" in text
    assert suggested[0].endswith("sales-2026-11-21-2026-11-23-all.csv")
    assert suggested[1].endswith("sales-2026-11-21-2026-11-23-all.pdf")
    assert str(tmp_path) in tab.ui.reportsMessageLabel.text()


def test_cancelling_the_file_dialog_saves_nothing(
    qtbot: QtBot, tab: ReportsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    with qtbot.assertNotEmitted(tab.fileSaved, wait=300):
        tab.ui.saveCsvButton.click()
        tab.ui.savePdfButton.click()
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob("*.pdf"))


def test_a_clerk_is_told_the_role_does_not_allow_it(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    tab = make_tab(qtbot, shop, shop.sign_in("clerk"), tmp_path)
    assert tab.ui.savePdfButton.isHidden() and tab.ui.saveCsvButton.isHidden()
    tab.refresh()
    qtbot.waitUntil(lambda: bool(tab.ui.reportsMessageLabel.text()), timeout=10_000)
    assert tab.ui.reportsMessageLabel.text() == "Your role does not allow this."
    assert tab.report is None and tab.model.rowCount() == 0
    tab.close()
    assert wait_for_tasks(10_000)


def test_date_helpers() -> None:
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)
    assert week_start(date(2026, 11, 22)) == date(2026, 11, 16)
    assert last_month(date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert last_month(date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_the_chart_scale_is_round_and_covers_the_amounts() -> None:
    assert nice_step(1_000_000) == 200_000
    assert nice_step(130) == 100
    assert whole_dollars(-120_000) == "-HK$1,200"
    scale = Scale.fitting([35_000, -12_000])
    assert scale.low <= -12_000 and scale.high >= 35_000
    assert all(tick % scale.step == 0 for tick in scale.ticks())
    assert Scale.fitting([]) == Scale(0, 10_000, 2_000)


def test_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_empty_text("No sales in these days.")
    assert chart.bar_rects() == []
    image = chart.grab().toImage()
    assert not image.isNull()
    chart.set_bars([Bar("一", 10_000), Bar("二", 0), Bar("三", 5_000)])
    first, zero, third = chart.bar_rects()
    assert first.width() == pytest.approx(2 * third.width(), rel=0.01)
    assert zero.width() == 0
    assert first.top() < zero.top() < third.top()


def test_a_year_of_bars_fits(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 400)
    chart.set_bars([Bar(f"day {n}", n * 100) for n in range(365)])
    rects = chart.bar_rects()
    assert len(rects) == 365
    assert all(rect.top() >= 0 and rect.bottom() <= 400 for rect in rects)
    labels_drawn = chart.grab().toImage()
    assert not labels_drawn.isNull()


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("zh_HK", ["現金", "八達通", "中港通卡"]),
        ("zh_CN", ["现金", "八达通", "中港通卡"]),
        ("en", ["Cash", "Octopus", "China–HK dual card"]),
    ],
)
def test_tenders_and_card_types_are_named_as_on_the_rest_of_the_screen(
    qtbot: QtBot, language: str, names: list[str]
) -> None:
    # The report's rows carry the Traditional names; in zh_CN the window says them Simplified.
    language_switcher().set_language(language)
    model = SalesReportModel()
    model.set_rows(
        Breakdown.TENDER,
        (
            ReportRow("cash", "現金", "Cash", 1, 100),
            ReportRow("octopus", "八達通", "Octopus", 1, 100),
        ),
    )
    shown = [model.data(model.index(row, NAME)) for row in range(2)]
    model.set_rows(Breakdown.CARD_TYPE, (ReportRow("dual", "中港通卡", "China–HK dual card"),))
    shown.append(model.data(model.index(0, NAME)))
    assert shown == names
