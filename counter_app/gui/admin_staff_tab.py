"""The back office's staff tab (員工): add staff, change a role, reset a password, unlock.

Each button is enabled only for a role that may do its job (``permissions.allowed``); the
services refuse the rest anyway. Passwords typed here are cleared once sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Slot
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from counter_app import log
from counter_app.domain.staff import Clerk, Role
from counter_app.gui.admin_catalog_tab import Column, RowsModel
from counter_app.gui.forms.ui_admin_staff_tab import Ui_AdminStaffTab
from counter_app.gui.service_calls import call_service
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.gui.tasks import run_task
from counter_app.services import staff
from counter_app.services.permissions import Action, allowed
from counter_app.services.staff import StaffSummary


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
        self._busy = False
        self._chosen = ""
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.ui.staffAddButton.clicked.connect(self._on_add)
        self.ui.staffChangeRoleButton.clicked.connect(self._on_change_role)
        self.ui.staffResetPasswordButton.clicked.connect(self._on_reset_password)
        self.ui.staffUnlockButton.clicked.connect(self._on_unlock)
        self.ui.staffActiveButton.clicked.connect(self._on_toggle_active)
        self.ui.staffPasswordEdit.returnPressed.connect(self._on_add)
        self.ui.staffNewPasswordEdit.returnPressed.connect(self._on_reset_password)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the staff list again, keeping the chosen person chosen."""
        db = self.station.db
        run_task("staff list", lambda: staff.list_users(db), self._on_loaded, self._on_load_failed)

    def selected(self) -> StaffSummary | None:
        row = self.ui.staffTable.currentIndex().row()
        found = self.model.row_at(row)
        return found if isinstance(found, StaffSummary) else None

    # --- helpers -------------------------------------------------------------------------

    def _clerk(self) -> Clerk:
        if self.station.clerk is None:
            raise RuntimeError("no clerk is signed in")
        return self.station.clerk

    def _may(self, action: Action) -> bool:
        return self.station.clerk is not None and allowed(self.station.clerk, action)

    def _say(self, text: str, *, error: bool) -> None:
        self.ui.staffMessageLabel.setText(text)
        set_style_state(self.ui.staffMessageLabel, "role", "error" if error else "hint")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _call(self, name: str, work: Callable[[], Any], done_text: Callable[[Any], str]) -> None:
        def done(result: Any) -> None:
            self._say(done_text(result), error=False)
            self.refresh()

        call_service(
            self, name, work, done, lambda text: self._say(text, error=True), self._set_busy
        )

    def _update_buttons(self) -> None:
        chosen = self.selected()
        me = self.station.clerk
        is_me = chosen is not None and me is not None and chosen.id == me.id
        ready = not self._busy
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
            ui.staffActiveButton.setText(self.tr("Reactivate"))
        else:
            ui.staffActiveButton.setText(self.tr("Deactivate"))

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
        log.gui.warning("the staff list could not be read: %r", error)
        self._say(
            self.tr("The staff list could not be read: the database did not answer."), error=True
        )

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_chosen()

    @Slot()
    def _on_add(self) -> None:
        if self._busy or not self._may(Action.STAFF_ADD):
            return
        ui = self.ui
        db, actor, clock = self.station.db, self._clerk(), self.station.clock
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

        self._call(
            "add staff",
            lambda: staff.create_user(
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
        if self._busy or chosen is None:
            return
        db, actor, clock = self.station.db, self._clerk(), self.station.clock
        role = self.ui.staffRoleCombo.currentData()
        self._call(
            "change role",
            lambda: staff.set_role(db, actor, chosen.username, role, clock=clock),
            lambda user: self.tr("{username} is now: {role}.").format(
                username=user.username, role=role_name(user.role)
            ),
        )

    @Slot()
    def _on_reset_password(self) -> None:
        chosen = self.selected()
        if self._busy or chosen is None or not self._may(Action.STAFF_RESET_PASSWORD):
            return
        db, actor, clock = self.station.db, self._clerk(), self.station.clock
        password = self.ui.staffNewPasswordEdit.text()
        self.ui.staffNewPasswordEdit.clear()
        self._call(
            "reset password",
            lambda: staff.reset_password(db, actor, chosen.username, password, clock=clock),
            lambda _none: self.tr(
                "Password of {username} reset: they choose a new one at sign-in."
            ).format(username=chosen.username),
        )

    @Slot()
    def _on_unlock(self) -> None:
        chosen = self.selected()
        if self._busy or chosen is None:
            return
        db, actor, clock = self.station.db, self._clerk(), self.station.clock
        self._call(
            "unlock",
            lambda: staff.unlock(db, actor, chosen.username, clock=clock),
            lambda _none: self.tr("{username} is unlocked.").format(username=chosen.username),
        )

    @Slot()
    def _on_toggle_active(self) -> None:
        chosen = self.selected()
        if self._busy or chosen is None:
            return
        db, actor, clock = self.station.db, self._clerk(), self.station.clock
        active = not chosen.active
        self._call(
            "activate" if active else "deactivate",
            lambda: staff.set_active(db, actor, chosen.username, active, clock=clock),
            lambda user: (
                self.tr("{username} can sign in again.")
                if user.active
                else self.tr("{username} can no longer sign in.")
            ).format(username=user.username),
        )


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
