"""The back office's staff tab (員工): add staff, change a role, reset a password, unlock.

Each button is enabled only for a role that may do its job (``permissions.allowed``); the
services refuse the rest anyway. Passwords typed here are cleared once sent.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Slot
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.staff import Role
from counter_app.gui.admin_catalog_tab import Column, RowsModel
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_admin_staff_tab import Ui_AdminStaffTab
from counter_app.gui.not_done import not_done_text
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.services import staff
from counter_app.services.permissions import Action, allowed
from counter_app.services.staff import StaffSummary

_LIST: Final = "staff"


def role_name(role: Role) -> str:
    names = {
        Role.CLERK: QCoreApplication.translate("AdminStaffTab", "Clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("AdminStaffTab", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("AdminStaffTab", "Admin"),
    }
    return names[role]


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("AdminStaffTab", "Yes")
        if value
        else QCoreApplication.translate("AdminStaffTab", "No")
    )


STAFF_COLUMNS = (
    Column(lambda: QCoreApplication.translate("AdminStaffTab", "Username"), lambda u: u.username),
    Column(lambda: QCoreApplication.translate("AdminStaffTab", "Name"), lambda u: u.display_name),
    Column(
        lambda: QCoreApplication.translate("AdminStaffTab", "Role"), lambda u: role_name(u.role)
    ),
    Column(
        lambda: QCoreApplication.translate("AdminStaffTab", "Active"), lambda u: yes_no(u.active)
    ),
    Column(
        lambda: QCoreApplication.translate("AdminStaffTab", "Locked"), lambda u: yes_no(u.locked)
    ),
)


class AdminStaffTab(QWidget):
    """The staff list and what an admin (or, for unlocking, a supervisor) does to it."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_AdminStaffTab()
        self.ui.setupUi(self)
        self.model = RowsModel(STAFF_COLUMNS, self)
        table = self.ui.staffTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for combo in (self.ui.staffRoleCombo, self.ui.staffAddRoleCombo):
            for role in Role:
                combo.addItem(role_name(role), role)
        self.ui.staffMessageLabel.setProperty("role", "hint")
        self._chosen = ""
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.ui.staffAddButton.clicked.connect(self._on_add)
        self.ui.staffChangeRoleButton.clicked.connect(self._on_change_role)
        self.ui.staffResetPasswordButton.clicked.connect(self._on_reset_password)
        self.ui.staffUnlockButton.clicked.connect(self._on_unlock)
        self.ui.staffActiveButton.clicked.connect(self._on_toggle_active)
        self.ui.staffPasswordEdit.returnPressed.connect(self._on_add)
        self.ui.staffNewPasswordEdit.returnPressed.connect(self._on_reset_password)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the staff list again, keeping the chosen person chosen."""
        work = partial(staff.list_users, self.station.db)
        ServiceCall(self, "staff list", work, self._on_loaded).failure(self._on_refused).not_done(
            self._on_load_failed
        ).replacing(_LIST).in_background().run()

    def selected(self) -> StaffSummary | None:
        row = self.ui.staffTable.currentIndex().row()
        found = self.model.row_at(row)
        return found if isinstance(found, StaffSummary) else None

    # --- helpers -------------------------------------------------------------------------

    def _may(self, action: Action) -> bool:
        return self.station.clerk is not None and allowed(self.station.clerk, action)

    def _change(self, name: str, work: Callable[[], Any], done_text: Callable[[Any], str]) -> None:
        """Run one change of staff; its outcome is said under the list, which is read again."""

        def done(result: Any) -> None:
            say(self.ui.staffMessageLabel, done_text(result))
            self.refresh()

        ServiceCall(self, name, work, done).failure(self._on_refused).not_done(
            self._on_not_done
        ).run()

    def _on_refused(self, error: InputError) -> None:
        say(self.ui.staffMessageLabel, describe(error), error=True)
        field = {
            "username": self.ui.staffUsernameEdit,
            "display_name": self.ui.staffNameEdit,
            "password": self.ui.staffPasswordEdit,
        }.get(error.field)
        if field is not None and field.isEnabled():
            field.setFocus()

    def _on_not_done(self, error: BaseException) -> None:
        say(self.ui.staffMessageLabel, not_done_text(error), error=True)

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        me = self.station.clerk
        is_me = chosen is not None and me is not None and chosen.id == me.id
        ready = not calls_of(self).busy
        ui = self.ui
        ui.staffAddGroup.setEnabled(self._may(Action.STAFF_ADD))
        ui.staffAddButton.setEnabled(ready)
        ui.staffRoleCombo.setEnabled(self._may(Action.STAFF_ROLE) and chosen is not None)
        ui.staffChangeRoleButton.setEnabled(
            ready and self._may(Action.STAFF_ROLE) and chosen is not None and not is_me
        )
        may_reset = self._may(Action.STAFF_RESET_PASSWORD) and chosen is not None
        ui.staffNewPasswordEdit.setEnabled(may_reset)
        ui.staffResetPasswordButton.setEnabled(ready and may_reset)
        ui.staffUnlockButton.setEnabled(
            ready and self._may(Action.STAFF_UNLOCK) and chosen is not None and chosen.locked
        )
        ui.staffActiveButton.setEnabled(
            ready and self._may(Action.STAFF_ROLE) and chosen is not None and not is_me
        )
        if chosen is not None and not chosen.active:
            ui.staffActiveButton.setText(self.tr("Reacti&vate"))
        else:
            ui.staffActiveButton.setText(self.tr("Deacti&vate"))

    def _show_chosen(self) -> None:
        chosen = self.selected()
        self._chosen = chosen.username if chosen else ""
        if chosen is None:
            self.ui.staffSelectedLabel.setText(self.tr("Choose someone in the list."))
        else:
            self.ui.staffSelectedLabel.setText(
                self.tr("{name} ({username})").format(
                    name=chosen.display_name, username=chosen.username
                )
            )
            _choose(self.ui.staffRoleCombo, chosen.role)
        self._update_buttons()

    # --- slots ---------------------------------------------------------------------------

    def _on_loaded(self, users: list[StaffSummary]) -> None:
        self.model.set_rows(users)
        row = next((i for i, u in enumerate(users) if u.username == self._chosen), -1)
        if row >= 0:
            self.ui.staffTable.selectRow(row)
        self._show_chosen()

    def _on_load_failed(self, error: BaseException) -> None:
        say(
            self.ui.staffMessageLabel,
            self.tr("The staff list could not be read: the database did not answer.")
            if isinstance(error, OutsideError)
            else not_done_text(error),
            error=True,
        )

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_chosen()

    @Slot()
    def _on_add(self) -> None:
        if calls_of(self).busy or not self._may(Action.STAFF_ADD):
            return
        ui = self.ui
        db, actor, clock = self.station.db, self.station.signed_in(), self.station.clock
        username, name = ui.staffUsernameEdit.text(), ui.staffNameEdit.text()
        role = ui.staffAddRoleCombo.currentData()
        password = ui.staffPasswordEdit.text()
        self._chosen = username.strip().casefold()

        def added(user: StaffSummary) -> str:
            for edit in (ui.staffUsernameEdit, ui.staffNameEdit, ui.staffPasswordEdit):
                edit.clear()
            return self.tr("{username} added: they choose their own password at sign-in.").format(
                username=user.username
            )

        self._change(
            "add staff",
            partial(
                staff.create_user,
                db,
                actor,
                username=username,
                display_name=name,
                role=role,
                password=password,
                clock=clock,
            ),
            added,
        )

    @Slot()
    def _on_change_role(self) -> None:
        chosen = self.selected()
        if calls_of(self).busy or chosen is None:
            return
        db, actor, clock = self.station.db, self.station.signed_in(), self.station.clock
        role = self.ui.staffRoleCombo.currentData()
        self._change(
            "change role",
            partial(staff.set_role, db, actor, chosen.username, role, clock=clock),
            lambda user: self.tr("{username} is now: {role}.").format(
                username=user.username, role=role_name(user.role)
            ),
        )

    @Slot()
    def _on_reset_password(self) -> None:
        chosen = self.selected()
        if calls_of(self).busy or chosen is None or not self._may(Action.STAFF_RESET_PASSWORD):
            return
        db, actor, clock = self.station.db, self.station.signed_in(), self.station.clock
        password = self.ui.staffNewPasswordEdit.text()
        self.ui.staffNewPasswordEdit.clear()
        self._change(
            "reset password",
            partial(staff.reset_password, db, actor, chosen.username, password, clock=clock),
            lambda _none: self.tr(
                "Password of {username} reset: they choose a new one at sign-in."
            ).format(username=chosen.username),
        )

    @Slot()
    def _on_unlock(self) -> None:
        chosen = self.selected()
        if calls_of(self).busy or chosen is None:
            return
        db, actor, clock = self.station.db, self.station.signed_in(), self.station.clock
        self._change(
            "unlock",
            partial(staff.unlock, db, actor, chosen.username, clock=clock),
            lambda _none: self.tr("{username} is unlocked.").format(username=chosen.username),
        )

    @Slot()
    def _on_toggle_active(self) -> None:
        chosen = self.selected()
        if calls_of(self).busy or chosen is None:
            return
        db, actor, clock = self.station.db, self.station.signed_in(), self.station.clock
        active = not chosen.active
        self._change(
            "activate" if active else "deactivate",
            partial(staff.set_active, db, actor, chosen.username, active, clock=clock),
            lambda user: (
                self.tr("{username} can sign in again.")
                if user.active
                else self.tr("{username} can no longer sign in.")
            ).format(username=user.username),
        )

    # --- events --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for combo in (self.ui.staffRoleCombo, self.ui.staffAddRoleCombo):
                for index in range(combo.count()):
                    combo.setItemText(index, role_name(Role(combo.itemData(index))))
            self.model.retranslate()
            self._show_chosen()
        super().changeEvent(event)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
