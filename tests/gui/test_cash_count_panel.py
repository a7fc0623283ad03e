"""The count of the till: Enter moves down, the totals follow each key, a reason when needed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from counter_app.domain.cash import COINS, NOTES
from counter_app.gui.cash_count_panel import CashCountPanel

EXPECTED = 57_000  # HK$570.00
THRESHOLD = 2_000  # HK$20.00


@pytest.fixture
def panel(qtbot: QtBot) -> CashCountPanel:
    widget = CashCountPanel()
    qtbot.addWidget(widget)
    widget.set_expected(EXPECTED, THRESHOLD)
    with qtbot.waitExposed(widget):
        widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def type_counts(qtbot: QtBot, panel: CashCountPanel, counts: list[int]) -> None:
    """One count per note and coin from the top, each followed by Enter, as on a number pad."""
    first = panel.count_input(NOTES[0])
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    for number in counts:
        target = QApplication.focusWidget()
        assert isinstance(target, QSpinBox), target
        if number:
            qtbot.keyClicks(target, str(number))
        QTest.keyClick(target, Qt.Key.Key_Return)


def test_a_row_for_every_note_and_coin_and_nothing_counted_yet(panel: CashCountPanel) -> None:
    spins = panel.findChildren(QSpinBox)
    assert len(spins) == len(NOTES) + len(COINS) == 13
    assert panel.findChild(QLabel, "note100000Label").text() == "HK$1,000"  # type: ignore[union-attr]
    assert panel.findChild(QLabel, "coin10Label").text() == "10¢"  # type: ignore[union-attr]
    ui = panel.ui
    assert ui.closeExpectedValueLabel.text() == "HK$570.00"
    assert ui.countedValueLabel.text() == "HK$0.00"
    assert ui.varianceValueLabel.text() == "-HK$570.00 short"
    assert panel.counts().total == 0


def test_enter_moves_down_every_row_then_to_the_reason(qtbot: QtBot, panel: CashCountPanel) -> None:
    reasons: list[None] = []
    panel.reasonEntered.connect(lambda: reasons.append(None))
    type_counts(qtbot, panel, [0] * 13)
    assert panel.ui.varianceReasonInput.hasFocus()
    QTest.keyClick(panel.ui.varianceReasonInput, Qt.Key.Key_Return)
    assert reasons == [None]


def test_the_totals_follow_each_key(qtbot: QtBot, panel: CashCountPanel) -> None:
    edits: list[None] = []
    panel.edited.connect(lambda: edits.append(None))
    # 5 x HK$100 notes, 4 x HK$10 notes, 3 x HK$10 coins: HK$570.00, exact.
    type_counts(qtbot, panel, [0, 0, 5, 0, 0, 4, 3])
    ui = panel.ui
    amount = panel.findChild(QLabel, "note10000AmountLabel")
    assert amount is not None and amount.text() == "HK$500.00"
    assert ui.countedValueLabel.text() == "HK$570.00"
    assert ui.varianceValueLabel.text() == "HK$0.00 (exact)"
    assert ui.varianceValueLabel.property("variance") == "even"
    assert edits  # the tab clears its message on each
    count = panel.counts()
    assert count.total == EXPECTED
    assert count.as_dict() == {10_000: 5, 1_000: 7}  # HK$10 notes and coins together
    panel.count_input(COINS[0]).setValue(4)
    assert ui.varianceValueLabel.text() == "HK$10.00 over"
    assert ui.varianceValueLabel.property("variance") == "over"
    assert panel.variance() == (58_000, EXPECTED, 1_000)


def test_a_reason_is_required_only_above_the_threshold(qtbot: QtBot, panel: CashCountPanel) -> None:
    ui = panel.ui
    panel.count_input(NOTES[2]).setValue(5)
    panel.count_input(NOTES[5]).setValue(5)  # HK$550.00: HK$20.00 short, not above
    assert not panel.reason_needed()
    assert ui.varianceReasonHintLabel.text() == "Optional: up to HK$20.00 needs no reason."
    assert ui.varianceReasonHintLabel.property("role") == "hint"
    assert ui.varianceReasonInput.placeholderText() == "Optional"
    panel.count_input(NOTES[5]).setValue(4)  # HK$30.00 short
    assert panel.reason_needed()
    assert ui.varianceReasonHintLabel.text() == "Required: the variance is more than HK$20.00."
    assert ui.varianceReasonHintLabel.property("role") == "error"
    assert ui.varianceReasonInput.placeholderText() == "Required"
    qtbot.keyClicks(ui.varianceReasonInput, "a note given as change")
    assert ui.varianceReasonHintLabel.property("role") == "hint"
    assert panel.reason() == "a note given as change"


def test_reset_counts_from_nothing_for_the_next_shift(panel: CashCountPanel) -> None:
    panel.count_input(NOTES[1]).setValue(1)
    panel.ui.varianceReasonInput.setText("counted twice")
    edits: list[None] = []
    panel.edited.connect(lambda: edits.append(None))
    panel.reset()
    assert all(spin.value() == 0 for spin in panel.findChildren(QSpinBox))
    assert panel.reason() == ""
    assert panel.ui.countedValueLabel.text() == "HK$0.00"
    amount = panel.findChild(QLabel, "note50000AmountLabel")
    assert amount is not None and amount.text() == "HK$0.00"
    assert edits == []  # a reset is not the clerk's edit


def test_without_an_open_shift_there_is_nothing_to_count_against(panel: CashCountPanel) -> None:
    panel.count_input(NOTES[1]).setValue(1)
    panel.set_expected(None)
    ui = panel.ui
    assert [ui.closeExpectedValueLabel.text(), ui.countedValueLabel.text()] == ["—", "—"]
    assert ui.varianceValueLabel.text() == "—" and ui.varianceReasonHintLabel.text() == ""
    assert panel.variance() is None and not panel.reason_needed()
