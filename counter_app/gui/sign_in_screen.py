"""Sign-in, shift opening and the idle lock: the screens around the counter's work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from counter_app.domain.errors import InputError
from counter_app.domain.money import MAX_AMOUNT, parse_money
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_change_password_screen import Ui_ChangePasswordScreen
from counter_app.gui.forms.ui_lock_screen import Ui_LockScreen
from counter_app.gui.forms.ui_open_shift_screen import Ui_OpenShiftScreen
from counter_app.gui.forms.ui_sign_in_screen import Ui_SignInScreen
from counter_app.gui.style import set_style_state


class SignInScreen(QWidget):
    """Username and password; Enter moves from the name to the password, then signs in.

    Signals:
        signInRequested(str, str): username and password, once per press.
    """

    signInRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInScreen()
        self.ui.setupUi(self)
        self.ui.signInErrorLabel.setProperty("role", "error")
        self.ui.usernameInput.returnPressed.connect(self._on_username_entered)
        self.ui.passwordInput.returnPressed.connect(self._on_submit)
        self.ui.signInButton.clicked.connect(self._on_submit)
        self._busy = False

    def reset(self, *, hint: str = "") -> None:
        """Ready for the next sign-in: the password is never kept."""
        self.ui.passwordInput.clear()
        self._message(hint, error=False)
        self.set_busy(False)
        target = self.ui.passwordInput if self.ui.usernameInput.text() else self.ui.usernameInput
        target.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.signInButton.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.ui.passwordInput.clear()
        self._message(text, error=True)
        self.set_busy(False)
        self.ui.passwordInput.setFocus()

    def _message(self, text: str, *, error: bool) -> None:
        self.ui.signInErrorLabel.setText(text)
        set_style_state(self.ui.signInErrorLabel, "role", "error" if error else "hint")

    @Slot()
    def _on_username_entered(self) -> None:
        if self.ui.usernameInput.text().strip():
            self.ui.passwordInput.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        if self._busy:
            return
        username = self.ui.usernameInput.text().strip()
        password = self.ui.passwordInput.text()
        if not username or not password:
            self._message(self.tr("Enter your username and password."), error=True)
            (self.ui.passwordInput if username else self.ui.usernameInput).setFocus()
            return
        self.set_busy(True)
        self._message(self.tr("Signing in…"), error=False)
        self.signInRequested.emit(username, password)


class OpenShiftScreen(QWidget):
    """The cash float counted into the till; no sale before a shift is open.

    A supervisor or a manager may go to the back office from here instead (reports after
    closing up need no shift); the window says whether this member of staff may.

    Signals:
        openRequested(int): the float in cents, once per press.
        backOfficeRequested(): the back office button (F12 is the window's own key).
    """

    openRequested = Signal(int)
    backOfficeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OpenShiftScreen()
        self.ui.setupUi(self)
        self.ui.openShiftErrorLabel.setProperty("role", "error")
        self.ui.floatInput.returnPressed.connect(self._on_submit)
        self.ui.openShiftButton.clicked.connect(self._on_submit)
        self.ui.openShiftBackOfficeButton.clicked.connect(self.backOfficeRequested)
        self.ui.openShiftBackOfficeButton.hide()
        self._busy = False

    def allow_back_office(self, allowed: bool) -> None:
        """Show the way to the back office (a supervisor's or a manager's) or hide it."""
        self.ui.openShiftBackOfficeButton.setVisible(allowed)

    def reset(self) -> None:
        self.ui.floatInput.clear()
        self.ui.openShiftErrorLabel.clear()
        self._busy = False
        self.ui.openShiftButton.setEnabled(True)
        self.ui.floatInput.setFocus()

    def show_error(self, text: str) -> None:
        self.ui.openShiftErrorLabel.setText(text)
        self._busy = False
        self.ui.openShiftButton.setEnabled(True)
        self.ui.floatInput.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        if self._busy:
            return
        try:
            amount = parse_money(self.ui.floatInput.text(), field="float", maximum=MAX_AMOUNT // 2)
        except InputError as exc:
            self.show_error(describe(exc))
            return
        self._busy = True
        self.ui.openShiftButton.setEnabled(False)
        self.openRequested.emit(amount)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ui.floatInput.clear()
            return
        super().keyPressEvent(event)


class LockScreen(QWidget):
    """Shown after the idle time: the sale behind it waits; the same clerk's password unlocks.

    Signals:
        unlockRequested(str): the password, once per press.
    """

    unlockRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.lockErrorLabel.setProperty("role", "error")
        self.ui.unlockPasswordInput.returnPressed.connect(self._on_submit)
        self.ui.unlockButton.clicked.connect(self._on_submit)
        self._busy = False
        self._name = ""

    def lock(self, clerk_name: str) -> None:
        self._name = clerk_name
        self._retranslate()
        self.ui.unlockPasswordInput.clear()
        self.ui.lockErrorLabel.clear()
        self._busy = False
        self.ui.unlockButton.setEnabled(True)
        self.ui.unlockPasswordInput.setFocus()

    def show_error(self, text: str) -> None:
        self.ui.unlockPasswordInput.clear()
        self.ui.lockErrorLabel.setText(text)
        self._busy = False
        self.ui.unlockButton.setEnabled(True)
        self.ui.unlockPasswordInput.setFocus()

    def _retranslate(self) -> None:
        self.ui.lockTitleLabel.setText(
            self.tr("Locked. {name}'s sale is kept: enter {name}'s password to go on.").format(
                name=self._name
            )
        )

    @Slot()
    def _on_submit(self) -> None:
        password = self.ui.unlockPasswordInput.text()
        if self._busy or not password:
            return
        self._busy = True
        self.ui.unlockButton.setEnabled(False)
        self.unlockRequested.emit(password)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


class ChangePasswordScreen(QWidget):
    """A member of staff chooses their own password: after an admin reset it (before
    anything else, and the way back is to sign out) or at any time from the menu.

    The password they have, then the new one twice; the two new ones must match here, the
    rules (length, not the old one) are the service's and come back by the field.

    Signals:
        changeRequested(str, str): the current and the new password, once per press.
        cancelled(): Esc or the left button (back to work, or sign out when forced).
    """

    changeRequested = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordScreen()
        self.ui.setupUi(self)
        self.ui.changePasswordErrorLabel.setProperty("role", "error")
        self.ui.currentPasswordInput.returnPressed.connect(self.ui.newPasswordInput.setFocus)
        self.ui.newPasswordInput.returnPressed.connect(self.ui.repeatPasswordInput.setFocus)
        self.ui.repeatPasswordInput.returnPressed.connect(self._on_submit)
        self.ui.changePasswordButton.clicked.connect(self._on_submit)
        self.ui.changePasswordCancelButton.clicked.connect(self.cancelled)
        self._busy = False
        self._forced = False
        self._name = ""

    @property
    def forced(self) -> bool:
        return self._forced

    def start(self, clerk_name: str, *, forced: bool) -> None:
        """Empty fields, the title for *clerk_name*; *forced*: after an admin's reset."""
        self._name = clerk_name
        self._forced = forced
        for field in self._fields():
            field.clear()
        self.ui.changePasswordErrorLabel.clear()
        self.set_busy(False)
        self._retranslate()
        self.ui.currentPasswordInput.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.changePasswordButton.setEnabled(not busy)

    def show_error(self, text: str, *, field: str | None = None) -> None:
        """The service's refusal, by the field it is about (the new password's rules)."""
        self.ui.changePasswordErrorLabel.setText(text)
        self.set_busy(False)
        if field in ("password", "new_password"):
            self.ui.newPasswordInput.clear()
            self.ui.repeatPasswordInput.clear()
            self.ui.newPasswordInput.setFocus()
        else:
            self.ui.currentPasswordInput.clear()
            self.ui.currentPasswordInput.setFocus()

    def _fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return (
            self.ui.currentPasswordInput,
            self.ui.newPasswordInput,
            self.ui.repeatPasswordInput,
        )

    def _retranslate(self) -> None:
        if self._forced:
            title = self.tr(
                "{name}, your password was reset by an admin. Choose your own password "
                "before you start: only you will know it."
            )
            cancel = self.tr("Sign out (Esc)")
        else:
            title = self.tr("{name}: change your password.")
            cancel = self.tr("Cancel (Esc)")
        self.ui.changePasswordTitleLabel.setText(title.format(name=self._name))
        self.ui.changePasswordCancelButton.setText(cancel)

    @Slot()
    def _on_submit(self) -> None:
        if self._busy:
            return
        current, new, again = (field.text() for field in self._fields())
        if not current:
            self.ui.changePasswordErrorLabel.setText(self.tr("Enter the password you have now."))
            self.ui.currentPasswordInput.setFocus()
            return
        if not new:
            self.ui.changePasswordErrorLabel.setText(self.tr("Enter a new password."))
            self.ui.newPasswordInput.setFocus()
            return
        if new != again:
            self.ui.changePasswordErrorLabel.setText(
                self.tr("The two new passwords differ: type the new password twice.")
            )
            self.ui.repeatPasswordInput.clear()
            self.ui.repeatPasswordInput.setFocus()
            return
        self.set_busy(True)
        self.ui.changePasswordErrorLabel.clear()
        self.changeRequested.emit(current, new)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._busy:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
