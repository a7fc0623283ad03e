"""The cash drawer at the counter: opened in the background, a problem told to the clerk.

Every opening goes through :func:`open_drawer`: the work is a Station method on plain data
(the clerk and the drawer's port read here, on the GUI thread); the answer comes back as a
:class:`~counter_app.domain.drawer.DrawerResult`. A printer that does not take the pulse
never undoes what opened the drawer: the clerk reads why, in their language, where they
are looking (``tell``), and opens the drawer with its key.

:class:`DrawerDialog` is "Open drawer" without a sale: a reason is required.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from counter_app.domain.drawer import DrawerResult
from counter_app.domain.errors import InputError
from counter_app.gui import messages
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_drawer_dialog import Ui_DrawerDialog
from counter_app.gui.not_done import not_done_text
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station


def problem_text(result: DrawerResult) -> str:
    """Why the drawer did not open, in the clerk's language ("" when it opened)."""
    return describe(result.problem) if result.problem is not None else ""


def not_opened_text(error: BaseException) -> str:
    """The drawer was not even asked (the database, a bug): what it means here."""
    return QCoreApplication.translate(
        "Drawer", "The cash drawer did not open: {why} Open it with its key."
    ).format(why=not_done_text(error))


def open_drawer(
    parent: QWidget,
    work: Callable[[], DrawerResult],
    tell: Callable[[str], None] | None = None,
) -> None:
    """Open the drawer in the background with *work*; a problem goes to *tell* (a line
    where the clerk looks), or to a message box over *parent* without one."""

    def say(text: str) -> None:
        if tell is not None:
            tell(text)
        else:
            messages.show_error(parent, QCoreApplication.translate("Drawer", "Cash drawer"), text)

    def answered(result: DrawerResult) -> None:
        if result.problem is not None:
            say(problem_text(result))

    ServiceCall(parent, "open the cash drawer", work, answered).in_background().failure(
        lambda error: say(describe(error))
    ).not_done(lambda error: say(not_opened_text(error))).run()


class DrawerDialog(QDialog):
    """ "Open drawer" without a sale: asks why, records and audits it, then opens the drawer.

    Open it with ``open()``. OK sends the reason to the service in the background; a
    refusal (no reason, an ID number in it, no shift, no drawer) is shown inline and the
    dialog stays. When the drawer's printer does not take the pulse, the opening stands
    recorded and the dialog says so (OK again tries again, recorded again).

    Signals:
        opened(object): the DrawerResult of an opening that reached the printer.
    """

    opened = Signal(object)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_DrawerDialog()
        self.ui.setupUi(self)
        self._error: InputError | DrawerResult | None = None
        for button in self.ui.drawerButtonBox.buttons():
            button.setMinimumHeight(48)
        self.ui.drawerErrorLabel.hide()
        self.ui.drawerButtonBox.accepted.connect(self._on_ok)
        self.ui.drawerReasonInput.textEdited.connect(self._on_edited)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self.ui.drawerReasonInput.setFocus()

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    def error_text(self) -> str:
        return str(self.ui.drawerErrorLabel.text())

    def _show_error(self, text: str) -> None:
        self.ui.drawerErrorLabel.setText(text)
        self.ui.drawerErrorLabel.setVisible(bool(text))

    @Slot()
    def _on_ok(self) -> None:
        if self.busy:
            return
        reason = self.ui.drawerReasonInput.text()
        if not reason.strip():
            self._error = None
            self._show_error(self.tr("Say why the drawer is opened without a sale."))
            self.ui.drawerReasonInput.setFocus()
            return
        station = self.station
        work = partial(station.open_drawer_no_sale, station.signed_in(), reason, station.drawer)
        ServiceCall(self, "open the drawer, no sale", work, self._on_answered).failure(
            self._on_refused
        ).not_done(lambda error: self._show_error(not_opened_text(error))).run()

    def _on_refused(self, error: InputError) -> None:
        self._error = error
        self._show_error(describe(error))
        self.ui.drawerReasonInput.setFocus()

    def _on_answered(self, result: DrawerResult) -> None:
        if result.problem is not None:
            self._error = result
            self._show_error(problem_text(result))
            return
        self.opened.emit(result)
        self.accept()

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        if self.ui.drawerErrorLabel.isVisible() and not isinstance(self._error, DrawerResult):
            self._error = None
            self._show_error("")

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        ok = self.ui.drawerButtonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if isinstance(self._error, InputError):
                self._show_error(describe(self._error))
            elif isinstance(self._error, DrawerResult):
                self._show_error(problem_text(self._error))
        super().changeEvent(event)
