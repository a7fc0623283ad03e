"""The identity check (實名核對): the customer's document against the line's registration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from counter_app.domain.clock import hk_today, system_clock
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.identity import IdType, parse_document
from counter_app.domain.identity_check import MAX_FAILURES
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_identity_panel import Ui_IdentityPanel
from counter_app.gui.style import set_style_state
from counter_app.gui.vocabulary import id_type_name


def document_name(id_type: IdType) -> str:
    """The document's name in the window's language."""
    return id_type_name(id_type)


class IdentityPanel(QWidget):
    """The clerk picks the document type, types or scans its number and confirms the photo.

    The number is checked here for its format and check digit; the controller compares it
    with the registration and answers with :meth:`show_result` or :meth:`show_error`. The
    number is personal data: it is never logged, and it is wiped (with the input's undo
    history) by :meth:`set_line`, after a match, after a lock and on the way back.

    Keys: Enter verifies (or presses the focused button), F8 ticks the photo check,
    Esc goes back.

    Signals:
        verifyRequested(str, str, str): the IdType value, the number as typed and the
            passport's issuing country ("" for other documents); once per check, after
            which the panel waits for show_result(), show_error() or set_busy(False).
        overrideRequested(): the line is locked and the clerk asks for a supervisor.
        backRequested(): the clerk leaves the identity check (Esc).
    """

    verifyRequested = Signal(str, str, str)
    overrideRequested = Signal()
    backRequested = Signal()

    PHOTO_KEY: Final = Qt.Key.Key_F8
    """Ticks (or unticks) "Photo matches the customer"; the check box's text names it."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "zh_HK") -> None:
        super().__init__(parent)
        self.ui = Ui_IdentityPanel()
        self.ui.setupUi(self)
        self._language = language
        self._accepted: tuple[IdType, ...] = ()
        self._holder_id_type = ""
        self._holder_id_masked = ""
        self._busy = False
        self._locked = False
        # A local InputError is described again when the language changes; a text from
        # the controller is shown as it came.
        self._error: InputError | str = ""
        self._result: tuple[bool, int, bool] | None = None

        self.setFocusProxy(self.ui.idNumberInput)
        self.ui.passportCountryInput.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        enter = QShortcut(self)
        enter.setKeys([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # A held-down Enter must not check the document again.
        enter.setAutoRepeat(False)
        enter.activated.connect(self._on_enter)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_back)
        # A QShortcut, not the check box's own shortcut property: retranslateUi's setText()
        # would reset that one to the text's mnemonic.
        photo = QShortcut(QKeySequence(self.PHOTO_KEY), self)
        photo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        photo.activated.connect(self.ui.photoMatchCheck.click)

        self.ui.idTypeCombo.currentIndexChanged.connect(self._on_id_type_changed)
        self.ui.passportCountryInput.textEdited.connect(self._on_country_edited)
        self.ui.verifyIdentityButton.clicked.connect(self._on_verify)
        self.ui.overrideButton.clicked.connect(self._on_override)
        self.ui.backButton.clicked.connect(self._on_back)
        self.set_line((), "", "")

    # --- the controller's calls ----------------------------------------------------------

    def set_line(
        self, accepted: Sequence[IdType], holder_id_type: str, holder_id_masked: str
    ) -> None:
        """Start a fresh check for a line: its carrier's documents and its registration."""
        self._accepted = tuple(accepted)
        self._holder_id_type = holder_id_type
        self._holder_id_masked = holder_id_masked
        self._locked = False
        self._error = ""
        self._result = None
        self._wipe_number()
        self.ui.passportCountryInput.setText("")
        self.ui.photoMatchCheck.setChecked(False)
        self._fill_id_types(self._registered_type())
        self._show_registration()
        self.set_busy(False)
        self.ui.idNumberInput.setFocus()

    def set_language(self, language: str) -> None:
        """Show the document names in *language* (the tr() texts follow the translator)."""
        self._language = language
        self._fill_id_types(self.current_id_type())
        self._show_registration()
        self._show_messages()

    def set_busy(self, busy: bool) -> None:
        """While busy, the document cannot be changed or checked again."""
        self._busy = busy
        self.ui.idTypeCombo.setEnabled(not busy)
        # Read-only rather than disabled: the number keeps the keyboard focus.
        self.ui.idNumberInput.setReadOnly(busy)
        self.ui.passportCountryInput.setReadOnly(busy)
        self.ui.verifyIdentityButton.setEnabled(not busy and not self._locked)
        self.ui.overrideButton.setEnabled(not busy)
        self._show_messages()

    def show_result(self, matched: bool, attempts_left: int, locked: bool) -> None:
        """The service's answer: matched, or a mismatch with the attempts left, or locked."""
        self._result = (matched, attempts_left, locked)
        self._locked = locked and not matched
        self._error = ""
        if matched or self._locked:
            self._wipe_number()
        self.set_busy(False)
        if self._locked:
            self.ui.overrideButton.setFocus()
        elif not matched:
            self.ui.idNumberInput.setFocus()
            self.ui.idNumberInput.selectAll()

    def show_error(self, text: str) -> None:
        """A refusal or failure from the controller; what was typed is kept for a retry."""
        self._error = text
        self.set_busy(False)
        self.ui.idNumberInput.setFocus()

    def current_id_type(self) -> IdType | None:
        data = self.ui.idTypeCombo.currentData()
        return IdType(data) if isinstance(data, str) else None

    # --- text ----------------------------------------------------------------------------

    def _registered_type(self) -> IdType | None:
        try:
            return IdType(self._holder_id_type)
        except ValueError:
            return None

    def _fill_id_types(self, selected: IdType | None) -> None:
        combo = self.ui.idTypeCombo
        combo.blockSignals(True)
        combo.clear()
        for id_type in self._accepted:
            combo.addItem(document_name(id_type), id_type.value)
        index = combo.findData(selected.value) if selected is not None else -1
        combo.setCurrentIndex(max(index, 0) if self._accepted else -1)
        combo.blockSignals(False)
        self._show_country_input()

    def _show_registration(self) -> None:
        registered = self._registered_type()
        if registered is None or not self._holder_id_masked:
            text = self.tr("No registered document on file")
        else:
            text = self.tr("Registered: {document} {number}").format(
                document=document_name(registered),
                number=self._holder_id_masked,
            )
        self.ui.registeredIdLabel.setText(text)

    def _show_country_input(self) -> None:
        passport = self.current_id_type() is IdType.PASSPORT
        for widget in (
            self.ui.passportCountryLabel,
            self.ui.passportCountryInput,
            self.ui.passportCountryHintLabel,
        ):
            widget.setVisible(passport)

    def _show_messages(self) -> None:
        """The error and result lines, in the current language."""
        error = self._error
        self.ui.identityErrorLabel.setText(
            describe(error) if isinstance(error, InputError) else error
        )
        self.ui.identityErrorLabel.setVisible(bool(error))

        state, text = "", ""
        if self._busy:
            state, text = "busy", self.tr("Checking the document…")
        elif self._result is not None:
            matched, attempts_left, locked = self._result
            if matched:
                state = "matched"
                text = self.tr("Identity confirmed: the document matches the registration.")
            elif locked:
                state = "failed"
                text = self.tr(
                    "Locked after {count} failed checks: a supervisor must override."
                ).format(count=MAX_FAILURES)
            else:
                state = "failed"
                text = self.tr(
                    "The document does not match the registration: {count} attempts left."
                ).format(count=attempts_left)
        result = self.ui.identityResultLabel
        result.setText(text)
        result.setVisible(bool(text))
        set_style_state(result, "state", state)
        self.ui.overrideButton.setVisible(self._locked)
        # Locked, Enter opens the override: the check button (and its "Enter") goes.
        self.ui.verifyIdentityButton.setVisible(not self._locked)

    def _wipe_number(self) -> None:
        # setText() (unlike clear()) also empties the undo history, so Ctrl+Z cannot bring
        # the number back.
        self.ui.idNumberInput.setText("")

    # --- events --------------------------------------------------------------------------

    @Slot(int)
    def _on_id_type_changed(self, _index: int) -> None:
        self._show_country_input()
        self._error = ""
        self._show_messages()

    @Slot(str)
    def _on_country_edited(self, text: str) -> None:
        field = self.ui.passportCountryInput
        if text != text.upper():
            cursor = field.cursorPosition()
            field.setText(text.upper())
            field.setCursorPosition(cursor)

    @Slot()
    def _on_enter(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused is not self.ui.verifyIdentityButton:
            if focused.isEnabled():
                focused.click()
            return
        if self._locked:
            self.ui.overrideButton.click()
            return
        self._on_verify()

    @Slot()
    def _on_verify(self) -> None:
        if self._busy or self._locked:
            return
        id_type = self.current_id_type()
        kind = id_type.value if id_type is not None else ""
        number = self.ui.idNumberInput.text()
        passport = id_type is IdType.PASSPORT
        country = self.ui.passportCountryInput.text().strip().upper() if passport else ""
        try:
            parse_document(kind, number, country=country, today=hk_today(system_clock))
        except InputError as error:
            self._refuse(error)
            return
        if not self.ui.photoMatchCheck.isChecked():
            self._refuse(
                InputError(
                    "confirm that the photo on the document matches the customer",
                    code=ErrorCode.IDENTITY_PHOTO,
                    field="photo_matches",
                )
            )
            return
        self._error = ""
        self._result = None
        self.set_busy(True)
        self.verifyRequested.emit(kind, number, country)

    def _refuse(self, error: InputError) -> None:
        """Say what is wrong, keep what was typed, and put the cursor where the fix goes."""
        self._error = error
        self._show_messages()
        self._focus_on(error)

    def _focus_on(self, error: InputError) -> None:
        if error.field == "photo_matches":
            self.ui.photoMatchCheck.setFocus()
        elif error.field == "country":
            self.ui.passportCountryInput.setFocus()
            self.ui.passportCountryInput.selectAll()
        elif error.field == "id_type":
            self.ui.idTypeCombo.setFocus()
        else:
            self.ui.idNumberInput.setFocus()

    @Slot()
    def _on_override(self) -> None:
        if self._locked and not self._busy:
            self.overrideRequested.emit()

    @Slot()
    def _on_back(self) -> None:
        self._wipe_number()
        self.backRequested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            # The document names are the translator's too: rebuilt, the choice kept.
            self._fill_id_types(self.current_id_type())
            self._show_registration()
            self._show_messages()
        super().changeEvent(event)
