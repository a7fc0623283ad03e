"""The identity check panel and the supervisor override dialog, driven from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.errors import InputError
from counter_app.domain.identity import ID_TYPE_NAMES, IdType, parse_document
from counter_app.gui.error_text import describe
from counter_app.gui.i18n import language_switcher
from counter_app.gui.identity_panel import IdentityPanel
from counter_app.gui.override_dialog import OverrideDialog

GOOD_HKID = "A123456(3)"
TODAY = date(2026, 11, 21)
REGISTERED = "A••••••(•)"


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    # Shortcuts (Enter, Esc, F8) only reach the active window.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[IdentityPanel]:
    panel = IdentityPanel(language="en")
    panel.resize(950, 480)
    show(qtbot, panel)
    panel.set_line([IdType.HKID, IdType.PASSPORT], IdType.HKID.value, REGISTERED)
    yield panel
    panel.close()


def recorded(signal: object) -> list[tuple[object, ...]]:
    calls: list[tuple[object, ...]] = []
    signal.connect(lambda *args: calls.append(args))  # type: ignore[attr-defined]
    return calls


def type_number(qtbot: QtBot, panel: IdentityPanel, text: str) -> None:
    qtbot.keyClicks(panel.ui.idNumberInput, text)


def tick_photo(qtbot: QtBot, panel: IdentityPanel) -> None:
    qtbot.keyClick(panel.ui.idNumberInput, IdentityPanel.PHOTO_KEY)
    assert panel.ui.photoMatchCheck.isChecked()


def refusal(id_type: IdType, number: str, country: str = "") -> str:
    """What the panel should say about this document, in the current language."""
    with pytest.raises(InputError) as caught:
        parse_document(id_type, number, country=country, today=TODAY)
    return describe(caught.value)


def assert_nothing_clipped(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), label.objectName()
        else:
            assert label.sizeHint().width() <= label.width(), label.objectName()
            assert label.sizeHint().height() <= label.height(), label.objectName()
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.sizeHint().width() <= button.width(), button.objectName()
    for name in ("verifyIdentityButton", "overrideButton", "backButton", "photoMatchCheck"):
        button = root.findChild(QAbstractButton, name)
        assert button is not None and button.height() >= 48, name


def test_set_line_offers_the_carriers_documents_with_the_registered_one_chosen(
    qtbot: QtBot,
) -> None:
    panel = IdentityPanel(language="en")
    show(qtbot, panel)
    panel.set_line([IdType.PASSPORT, IdType.HKID, IdType.EXIT_ENTRY_PERMIT], "hkid", REGISTERED)
    combo = panel.ui.idTypeCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Passport",
        "HKID card",
        "Exit-Entry Permit to HK and Macao",
    ]
    assert combo.currentData() == "hkid"
    assert panel.ui.registeredIdLabel.text().endswith(f"HKID card {REGISTERED}")
    assert panel.ui.idNumberInput.hasFocus()
    assert panel.ui.photoMatchCheck.text().endswith("(F8)")
    assert panel.ui.verifyIdentityButton.text().endswith("(Enter)")
    assert not panel.ui.overrideButton.isVisible()
    assert not panel.ui.passportCountryInput.isVisible()


def test_a_bad_hkid_check_digit_is_explained_and_nothing_is_sent(
    qtbot: QtBot, panel: IdentityPanel
) -> None:
    sent = recorded(panel.verifyRequested)
    type_number(qtbot, panel, "A123456(4)")
    tick_photo(qtbot, panel)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)

    assert sent == []
    assert panel.ui.identityErrorLabel.isVisible()
    assert panel.ui.identityErrorLabel.text() == refusal(IdType.HKID, "A123456(4)")
    assert panel.ui.idNumberInput.text() == "A123456(4)"
    assert panel.ui.idNumberInput.hasFocus()
    assert panel.ui.verifyIdentityButton.isEnabled()


def test_a_good_number_without_the_photo_confirmed_is_refused(
    qtbot: QtBot, panel: IdentityPanel
) -> None:
    sent = recorded(panel.verifyRequested)
    type_number(qtbot, panel, GOOD_HKID)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)

    assert sent == []
    assert panel.ui.identityErrorLabel.text() == describe(InputError("", code="identity.photo"))
    assert panel.ui.photoMatchCheck.hasFocus()
    assert panel.ui.idNumberInput.text() == GOOD_HKID


def test_a_good_number_is_sent_once_however_often_enter_is_pressed(
    qtbot: QtBot, panel: IdentityPanel
) -> None:
    sent = recorded(panel.verifyRequested)
    type_number(qtbot, panel, GOOD_HKID)
    tick_photo(qtbot, panel)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.mouseClick(panel.ui.verifyIdentityButton, Qt.MouseButton.LeftButton)

    assert sent == [("hkid", GOOD_HKID, "")]
    assert not panel.ui.verifyIdentityButton.isEnabled()
    assert not panel.ui.identityErrorLabel.isVisible()

    # A refusal from the service gives the button back, and the number stays for a retry.
    panel.show_error("The database did not answer.")
    assert panel.ui.identityErrorLabel.text() == "The database did not answer."
    assert panel.ui.verifyIdentityButton.isEnabled()
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    assert sent == [("hkid", GOOD_HKID, ""), ("hkid", GOOD_HKID, "")]


def test_a_passport_needs_its_issuing_country(qtbot: QtBot, panel: IdentityPanel) -> None:
    sent = recorded(panel.verifyRequested)
    qtbot.keyClick(panel.ui.idTypeCombo, Qt.Key.Key_Down)
    assert panel.ui.idTypeCombo.currentData() == "passport"
    assert panel.ui.passportCountryInput.isVisible()

    panel.ui.idNumberInput.setFocus()
    type_number(qtbot, panel, "E1234567")
    tick_photo(qtbot, panel)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    assert sent == []
    assert panel.ui.identityErrorLabel.text() == refusal(IdType.PASSPORT, "E1234567")
    assert panel.ui.passportCountryInput.hasFocus()

    qtbot.keyClicks(panel.ui.passportCountryInput, "gbr1")
    assert panel.ui.passportCountryInput.text() == "GBR"
    qtbot.keyClick(panel.ui.passportCountryInput, Qt.Key.Key_Return)
    assert sent == [("passport", "E1234567", "GBR")]

    panel.set_line([IdType.HKID, IdType.PASSPORT], "hkid", REGISTERED)
    assert not panel.ui.passportCountryInput.isVisible()
    assert panel.ui.passportCountryInput.text() == ""


def test_a_mismatch_counts_down_and_keeps_the_number_to_correct(
    qtbot: QtBot, panel: IdentityPanel
) -> None:
    type_number(qtbot, panel, GOOD_HKID)
    tick_photo(qtbot, panel)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    panel.show_result(matched=False, attempts_left=2, locked=False)

    result = panel.ui.identityResultLabel
    assert result.property("state") == "failed"
    assert "2" in result.text()
    assert panel.ui.idNumberInput.selectedText() == GOOD_HKID
    assert panel.ui.verifyIdentityButton.isEnabled()
    assert not panel.ui.overrideButton.isVisible()


def test_a_locked_line_offers_the_supervisor_override(qtbot: QtBot, panel: IdentityPanel) -> None:
    asked = recorded(panel.overrideRequested)
    sent = recorded(panel.verifyRequested)
    type_number(qtbot, panel, GOOD_HKID)
    panel.show_result(matched=False, attempts_left=0, locked=True)

    assert panel.ui.identityResultLabel.property("state") == "failed"
    assert "3" in panel.ui.identityResultLabel.text()
    assert panel.ui.overrideButton.isVisible()
    assert panel.ui.overrideButton.isEnabled()
    assert not panel.ui.verifyIdentityButton.isEnabled()
    assert panel.ui.idNumberInput.text() == ""

    qtbot.keyClick(panel.ui.overrideButton, Qt.Key.Key_Return)
    assert asked == [()]
    assert sent == []


def test_a_match_is_shown_and_the_number_is_not_kept(qtbot: QtBot, panel: IdentityPanel) -> None:
    type_number(qtbot, panel, GOOD_HKID)
    tick_photo(qtbot, panel)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    assert panel.ui.identityResultLabel.property("state") == "busy"
    panel.show_result(matched=True, attempts_left=3, locked=False)

    assert panel.ui.identityResultLabel.property("state") == "matched"
    assert panel.ui.identityResultLabel.isVisible()
    assert panel.ui.idNumberInput.text() == ""
    assert not panel.ui.idNumberInput.isUndoAvailable()


def test_set_line_wipes_the_previous_customer_without_undo_or_history(
    qtbot: QtBot, panel: IdentityPanel
) -> None:
    type_number(qtbot, panel, "A123456(4)")
    tick_photo(qtbot, panel)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    assert panel.ui.identityErrorLabel.isVisible()

    panel.set_line([IdType.HKID], "hkid", "B••••••(•)")
    number = panel.ui.idNumberInput
    assert number.text() == ""
    assert not number.isUndoAvailable()
    qtbot.keyClick(number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert number.text() == ""
    assert number.completer() is None
    assert not panel.ui.photoMatchCheck.isChecked()
    assert not panel.ui.identityErrorLabel.isVisible()
    assert not panel.ui.identityResultLabel.isVisible()
    assert panel.ui.registeredIdLabel.text().endswith("B••••••(•)")


def test_escape_goes_back_and_drops_the_number(qtbot: QtBot, panel: IdentityPanel) -> None:
    back = recorded(panel.backRequested)
    type_number(qtbot, panel, GOOD_HKID)
    qtbot.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Escape)
    assert back == [()]
    assert panel.ui.idNumberInput.text() == ""


def test_document_names_follow_the_language(qtbot: QtBot, panel: IdentityPanel) -> None:
    qtbot.keyClick(panel.ui.idTypeCombo, Qt.Key.Key_Down)
    combo = panel.ui.idTypeCombo
    # The switch reaches the widgets as a posted LanguageChange event.
    language_switcher().set_language("zh_HK")
    qtbot.waitUntil(lambda: combo.itemText(0) == ID_TYPE_NAMES[IdType.HKID][0])
    assert combo.currentText() == ID_TYPE_NAMES[IdType.PASSPORT][0]
    assert ID_TYPE_NAMES[IdType.HKID][0] in panel.ui.registeredIdLabel.text()
    language_switcher().set_language("zh_CN")
    qtbot.waitUntil(lambda: combo.currentText() == "护照")
    assert "香港身份证" in panel.ui.registeredIdLabel.text()
    language_switcher().set_language("en")
    qtbot.waitUntil(lambda: combo.currentText() == "Passport")


def test_the_fullest_state_fits_a_1024x768_window(qtbot: QtBot, panel: IdentityPanel) -> None:
    qtbot.keyClick(panel.ui.idTypeCombo, Qt.Key.Key_Down)
    panel.show_result(matched=False, attempts_left=0, locked=True)
    panel.show_error("The database did not answer. " * 3)
    for widget in (
        panel.ui.passportCountryInput,
        panel.ui.passportCountryHintLabel,
        panel.ui.identityErrorLabel,
        panel.ui.identityResultLabel,
        panel.ui.overrideButton,
    ):
        assert widget.isVisible(), widget.objectName()
    assert_nothing_clipped(panel)


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[OverrideDialog]:
    dialog = OverrideDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    yield dialog
    dialog.close()


def fill(qtbot: QtBot, dialog: OverrideDialog, username: str, password: str, reason: str) -> None:
    for field, text in (
        (dialog.ui.supervisorUsernameInput, username),
        (dialog.ui.supervisorPasswordInput, password),
        (dialog.ui.overrideReasonInput, reason),
    ):
        field.setText("")
        qtbot.keyClicks(field, text)


def test_the_override_dialog_checks_its_fields_before_sending(
    qtbot: QtBot, dialog: OverrideDialog
) -> None:
    sent = recorded(dialog.overrideSubmitted)
    assert dialog.ui.supervisorPasswordInput.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.height() >= 48
    for username, password, reason, wrong in (
        ("", "secret", "customer lost the card", dialog.ui.supervisorUsernameInput),
        ("boss", "", "customer lost the card", dialog.ui.supervisorPasswordInput),
        ("boss", "secret", " ok  ", dialog.ui.overrideReasonInput),
    ):
        fill(qtbot, dialog, username, password, reason)
        qtbot.keyClick(dialog.ui.overrideReasonInput, Qt.Key.Key_Return)
        assert sent == []
        assert dialog.ui.overrideErrorLabel.isVisible()
        assert dialog.ui.overrideErrorLabel.text()
        assert wrong.hasFocus()
        assert dialog.isVisible()


def test_the_override_dialog_sends_once_and_stays_open_until_answered(
    qtbot: QtBot, dialog: OverrideDialog
) -> None:
    sent = recorded(dialog.overrideSubmitted)
    fill(qtbot, dialog, " boss ", "secret", "New HKID, old one on file")
    qtbot.keyClick(dialog.ui.overrideReasonInput, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.ui.overrideReasonInput, Qt.Key.Key_Return)
    assert sent == [("boss", "secret", "New HKID, old one on file")]
    assert dialog.credentials() == ("boss", "secret", "New HKID, old one on file")
    assert dialog.isVisible()
    assert not dialog.ui.overrideErrorLabel.isVisible()

    dialog.show_error("Wrong username or password.")
    assert dialog.isVisible()
    assert dialog.ui.overrideErrorLabel.text() == "Wrong username or password."
    assert dialog.ui.supervisorPasswordInput.text() == ""
    assert dialog.ui.supervisorUsernameInput.text() == " boss "
    assert dialog.ui.overrideReasonInput.text() == "New HKID, old one on file"
    assert dialog.ui.supervisorPasswordInput.hasFocus()

    qtbot.keyClicks(dialog.ui.supervisorPasswordInput, "right")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.supervisorPasswordInput, Qt.Key.Key_Return)
        assert sent[-1] == ("boss", "right", "New HKID, old one on file")
        dialog.accept()
    assert not dialog.isVisible()
    assert dialog.ui.supervisorPasswordInput.text() == ""


def test_escape_cancels_the_override(qtbot: QtBot, dialog: OverrideDialog) -> None:
    sent = recorded(dialog.overrideSubmitted)
    fill(qtbot, dialog, "boss", "secret", "")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.supervisorPasswordInput, Qt.Key.Key_Escape)
    assert sent == []
    assert dialog.ui.supervisorPasswordInput.text() == ""
