"""The supervisor's override of a failed identity check: their credentials and a reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from counter_app.domain.identity_check import MIN_REASON_LENGTH
from counter_app.gui.forms.ui_override_dialog import Ui_OverrideDialog


class OverrideDialog(QDialog):
    """Asks for a supervisor's username, password and reason; window-modal, never blocking.

    Open it with ``open()``. OK checks the fields here and emits ``overrideSubmitted`` but
    does not close the dialog: the caller calls ``accept()`` when the service agreed, or
    :meth:`show_error` when it refused, which keeps the dialog open and clears only the
    password. Cancel and Esc reject it. The password is cleared whenever the dialog closes.

    Signals:
        overrideSubmitted(str, str, str): username, password and reason, once per OK until
            show_error() or set_busy(False) answers it.
    """

    overrideSubmitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self._busy = False
        for button in self.ui.buttonBox.buttons():
            button.setMinimumHeight(48)
        self.ui.overrideErrorLabel.hide()
        self.ui.buttonBox.accepted.connect(self._on_ok)
        self.ui.supervisorUsernameInput.setFocus()

    def credentials(self) -> tuple[str, str, str]:
        """(username, password, reason) as they stand; the username and reason trimmed."""
        return (
            self.ui.supervisorUsernameInput.text().strip(),
            self.ui.supervisorPasswordInput.text(),
            self.ui.overrideReasonInput.text().strip(),
        )

    def show_error(self, text: str) -> None:
        """The service refused: say why, clear the password, let the supervisor try again."""
        self.ui.supervisorPasswordInput.setText("")
        self._show_message(text)
        self.set_busy(False)
        self.ui.supervisorPasswordInput.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the service checks the credentials, OK is disabled."""
        self._busy = busy
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)

    def done(self, result: int) -> None:
        self.ui.supervisorPasswordInput.setText("")
        super().done(result)

    def _show_message(self, text: str) -> None:
        self.ui.overrideErrorLabel.setText(text)
        self.ui.overrideErrorLabel.setVisible(bool(text))

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self._show_message(text)
        field.setFocus()

    @Slot()
    def _on_ok(self) -> None:
        if self._busy:
            return
        username, password, reason = self.credentials()
        if not username:
            self._refuse(
                self.tr("Type the supervisor's username."), self.ui.supervisorUsernameInput
            )
            return
        if not password:
            self._refuse(
                self.tr("Type the supervisor's password."), self.ui.supervisorPasswordInput
            )
            return
        if len(reason) < MIN_REASON_LENGTH:
            self._refuse(
                self.tr("Write the reason for the override (at least {count} characters).").format(
                    count=MIN_REASON_LENGTH
                ),
                self.ui.overrideReasonInput,
            )
            return
        self._show_message("")
        self.set_busy(True)
        self.overrideSubmitted.emit(username, password, reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
