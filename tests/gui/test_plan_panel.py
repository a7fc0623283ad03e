"""The plan choice: real quotes from the domain, chosen from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.money import format_money
from counter_app.domain.plans import (
    CardType,
    CarrierRules,
    LineFacts,
    LineStatus,
    Plan,
    PlanKind,
    Promotion,
    Quote,
    quotes_for_line,
)
from counter_app.gui.i18n import language_switcher
from counter_app.gui.plan_panel import PlanListModel, PlanPanel

TODAY = date(2026, 1, 20)
PLANS = (
    Plan("D5", "X", PlanKind.DATA_ADDON, "5GB 數據", "5 GB data add-on", 5000, data_mb=5120),
    Plan("T100", "X", PlanKind.CREDIT_TOPUP, "增值 100", "HK$100 top-up", 10000, credit=10000),
    Plan("R1", "X", PlanKind.RENEWAL, "保號 1 個月", "1-month renewal", 1800, months=1),
    Plan("R12", "X", PlanKind.RENEWAL, "保號 12 個月", "12-month renewal", 8800, months=12),
)
NEW_YEAR = Promotion(
    "CNY",
    "新春優惠",
    "Lunar New Year offer",
    date(2026, 1, 1),
    date(2026, 2, 28),
    plan_codes=frozenset({"R12"}),
    discount=1000,
    bonus_days=30,
)


@pytest.fixture
def quotes() -> list[Quote]:
    line = LineFacts(
        carrier="X",
        card_type=CardType.NUMBER_KEEPING,
        expires_on=date(2026, 1, 25),
        balance=2000,
        data_left_mb=0,
        status=LineStatus.EXPIRING_SOON,
        current_plan="R12",
    )
    return quotes_for_line(PLANS, line, TODAY, [NEW_YEAR], CarrierRules("X", 30, 90))


@pytest.fixture
def panel(qtbot: QtBot, quotes: list[Quote]) -> Iterator[PlanPanel]:
    panel = PlanPanel()
    panel.resize(950, 480)
    qtbot.addWidget(panel)
    with qtbot.waitExposed(panel):
        panel.show()
    # Shortcuts (Enter, Esc, digits) only reach the active window.
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.set_quotes(quotes, "en")
    yield panel
    panel.close()


def recorded(signal: object) -> list[tuple[object, ...]]:
    calls: list[tuple[object, ...]] = []
    signal.connect(lambda *args: calls.append(args))  # type: ignore[attr-defined]
    return calls


def current_row(panel: PlanPanel) -> int:
    return panel.ui.planList.currentIndex().row()


def test_the_domain_recommends_the_current_plan_first(quotes: list[Quote]) -> None:
    assert [q.plan.code for q in quotes] == ["R12", "R1", "T100", "D5"]
    assert [q.recommended for q in quotes] == [True, False, False, False]


def test_the_model_passes_qt_model_tester(qtmodeltester: ModelTester, quotes: list[Quote]) -> None:
    model = PlanListModel()
    qtmodeltester.check(model)
    model.set_quotes(quotes, "en")
    qtmodeltester.check(model)
    model.set_language("zh_HK")
    qtmodeltester.check(model)
    model.set_quotes([], "en")
    qtmodeltester.check(model)


def test_the_model_shows_name_total_promotion_and_the_recommendation(
    quotes: list[Quote],
) -> None:
    model = PlanListModel()
    model.set_quotes(quotes, "en")
    recommended = QCoreApplication.translate("PlanListModel", "Recommended")
    first = model.index(0).data()
    assert first.startswith("1 · 12-month renewal — HK$78.00\n")
    assert recommended in first
    assert "Lunar New Year offer" in first
    assert model.index(1).data() == "2 · 1-month renewal — HK$18.00"
    assert model.index(0).data(PlanListModel.QuoteRole) is quotes[0]
    assert [model.index(row).data(PlanListModel.RecommendedRole) for row in range(4)] == [
        True,
        False,
        False,
        False,
    ]
    assert model.index(0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1).data(Qt.ItemDataRole.FontRole) is None


def test_the_recommended_plan_is_selected_with_its_new_expiry(
    panel: PlanPanel, quotes: list[Quote]
) -> None:
    assert current_row(panel) == 0
    assert panel.ui.planList.selectionModel().isRowSelected(0)
    assert panel.ui.planList.hasFocus()
    # Expiring on 25 Jan, renewed from then: 12 months and the promotion's 30 days.
    assert panel.ui.newExpiryLabel.text() == "New expiry: 2026-01-25 → 2027-02-24"
    benefits = panel.ui.planBenefitsLabel.text()
    assert "Bonus validity +30 days" in benefits
    assert "Lunar New Year offer: HK$10.00 off" in benefits
    assert format_money(quotes[0].total) in benefits
    assert panel.ui.choosePlanButton.text().endswith("(Enter)")


def test_arrow_keys_move_through_the_plans_and_their_details(
    qtbot: QtBot, panel: PlanPanel, quotes: list[Quote]
) -> None:
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Down)
    assert current_row(panel) == 1
    assert panel.ui.newExpiryLabel.text() == "New expiry: 2026-01-25 → 2026-02-25"
    assert "Bonus validity" not in panel.ui.planBenefitsLabel.text()

    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Down)
    top_up = quotes[2]
    assert top_up.plan.kind is PlanKind.CREDIT_TOPUP
    assert panel.ui.newExpiryLabel.text() == "New balance: HK$20.00 → HK$120.00"
    assert "Balance HK$120.00" in panel.ui.planBenefitsLabel.text()

    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Down)
    assert panel.ui.newExpiryLabel.text() == "Expiry unchanged: 2026-01-25"
    assert "Data +5 GB" in panel.ui.planBenefitsLabel.text()

    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Up)
    assert current_row(panel) == 2


def test_a_digit_picks_that_plan_directly(
    qtbot: QtBot, panel: PlanPanel, quotes: list[Quote]
) -> None:
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_3)
    assert current_row(panel) == 2
    assert panel.current_quote() is quotes[2]
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_4, Qt.KeyboardModifier.KeypadModifier)
    assert current_row(panel) == 3
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_9)
    assert current_row(panel) == 3
    qtbot.keyClick(panel.ui.choosePlanButton, Qt.Key.Key_1)
    assert current_row(panel) == 0
    assert panel.ui.planList.hasFocus()


def test_enter_chooses_the_selected_quote(
    qtbot: QtBot, panel: PlanPanel, quotes: list[Quote]
) -> None:
    chosen = recorded(panel.planChosen)
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Down)
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Return)
    assert chosen == [(quotes[1],)]

    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_2)
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.mouseClick(panel.ui.choosePlanButton, Qt.MouseButton.LeftButton)
    assert chosen == [(quotes[1],), (quotes[1],), (quotes[1],)]


def test_escape_and_the_back_button_go_back(qtbot: QtBot, panel: PlanPanel) -> None:
    back = recorded(panel.backRequested)
    chosen = recorded(panel.planChosen)
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Escape)
    panel.ui.backButton.setFocus()
    qtbot.keyClick(panel.ui.backButton, Qt.Key.Key_Return)
    assert back == [(), ()]
    assert chosen == []


def test_switching_language_renames_the_plans_and_their_benefits(
    qtbot: QtBot, panel: PlanPanel
) -> None:
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_2)
    language_switcher().set_language("zh_HK")
    panel.set_language("zh_HK")  # as the counter screen does on the switcher's signal
    model = panel.model
    assert model.index(0).data().startswith("1 · 保號 12 個月 — HK$78.00\n")
    assert "新春優惠" in model.index(0).data()
    assert model.index(3).data() == "4 · 5GB 數據 — HK$50.00"
    assert current_row(panel) == 1
    assert "有效期至 2026-02-25" in panel.ui.planBenefitsLabel.text()
    language_switcher().set_language("en")
    panel.set_language("en")
    assert model.index(3).data() == "4 · 5 GB data add-on — HK$50.00"
    assert "Valid until 2026-02-25" in panel.ui.planBenefitsLabel.text()


def test_no_plan_on_sale_says_so_and_chooses_nothing(qtbot: QtBot, panel: PlanPanel) -> None:
    chosen = recorded(panel.planChosen)
    panel.set_quotes([], "en")
    assert panel.model.rowCount() == 0
    assert not panel.ui.choosePlanButton.isEnabled()
    assert panel.ui.newExpiryLabel.text() == ""
    assert panel.ui.planBenefitsLabel.text()
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_Return)
    qtbot.keyClick(panel.ui.planList, Qt.Key.Key_1)
    assert chosen == []


def test_everything_fits_a_1024x768_window(panel: PlanPanel) -> None:
    for label in panel.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.heightForWidth(label.width()) <= label.height(), label.objectName()
    for button in panel.findChildren(QAbstractButton):
        assert button.isVisible()
        assert button.sizeHint().width() <= button.width(), button.objectName()
        assert button.height() >= 48, button.objectName()
    view = panel.ui.planList
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row)
        rect = view.visualRect(index)
        assert view.viewport().rect().contains(rect), row
        assert view.sizeHintForIndex(index).height() <= rect.height(), row
        assert view.sizeHintForIndex(index).width() <= view.viewport().width(), row


def test_the_panel_focuses_its_list(qtbot: QtBot, panel: PlanPanel) -> None:
    panel.ui.backButton.setFocus()
    panel.setFocus()
    assert panel.ui.planList.hasFocus()
