"""The reminders tab (到期提醒): lines to phone before they expire, the calls made, a CSV.

The number is what the clerk dials, so it is shown whole; the holder's name is masked by
the service and no ID number is ever read.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from counter_app.domain.clock import HONG_KONG, Clock
from counter_app.domain.errors import InputError
from counter_app.domain.plans import CardType, LineStatus
from counter_app.domain.staff import Clerk
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_reminders_tab import Ui_RemindersTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.not_done import say_not_done
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.gui.vocabulary import card_type_name
from counter_app.services import catalog_admin, permissions, reminders
from counter_app.services.catalog_admin import CarrierRow
from counter_app.services.permissions import Action
from counter_app.services.reminders import Reminder
from counter_app.store.engine import Database

WINDOWS: Final = (7, 14, 30)
"""The days ahead each entry of the window box shows, in its order."""
_Index = QModelIndex | QPersistentModelIndex
_LIST: Final = "reminders"


def _due(
    db: Database,
    clerk: Clerk,
    *,
    today: date,
    within: int,
    grace: bool,
    carrier: str | None,
    card_type: str | None,
    contacted: bool,
) -> list[Reminder]:
    """In the background: the lines to phone, as the filters say."""
    permissions.require(clerk, Action.REMINDERS_VIEW)
    return reminders.due_reminders(
        db,
        today=today,
        within_days=within,
        include_grace=grace,
        carrier_code=carrier,
        card_type=card_type,
        include_contacted=contacted,
    )


def _mark(
    db: Database, clerk: Clerk, line_id: int, *, outcome: str, clock: Clock, counter_id: int
) -> Reminder:
    """In the background: the call to *line_id* recorded, the reminder as it is now."""
    permissions.require(clerk, Action.REMINDERS_CONTACT)
    return reminders.mark_contacted(
        db, clerk, line_id, outcome=outcome, clock=clock, counter_id=counter_id
    )


def _english() -> bool:
    return language_switcher().language == "en"


class RemindersModel(QAbstractTableModel):
    """One row per line to phone, in the order the service gave (by expiry, then number).

    DisplayRole is the cell's text; ReminderRole (any column) the row's :class:`Reminder`.
    """

    ReminderRole: Final = Qt.ItemDataRole.UserRole + 1
    COLUMNS: Final = (
        "number",
        "holder",
        "carrier",
        "card_type",
        "plan",
        "expires_on",
        "days_left",
        "contacted",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Reminder] = []

    def set_reminders(self, rows: list[Reminder]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def reminder_at(self, row: int) -> Reminder | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace(self, reminder: Reminder) -> int:
        """Show *reminder* in place of the row of the same line; its row, or -1."""
        for row, shown in enumerate(self._rows):
            if shown.line_id == reminder.line_id:
                self._rows[row] = reminder
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(row, len(self.COLUMNS) - 1),
                    [Qt.ItemDataRole.DisplayRole, self.ReminderRole],
                )
                return row
        return -1

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self.COLUMNS) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = {
            "number": self.tr("Number"),
            "holder": self.tr("Holder"),
            "carrier": self.tr("Carrier"),
            "card_type": self.tr("Card type"),
            "plan": self.tr("Plan"),
            "expires_on": self.tr("Expires"),
            "days_left": self.tr("Days left"),
            "contacted": self.tr("Phoned"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reminder = self.reminder_at(index.row()) if index.isValid() else None
        if reminder is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role == self.ReminderRole:
            return reminder
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "days_left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "contacted":
            return self._contacted(reminder) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(reminder, column)

    def _text(self, reminder: Reminder, column: str) -> str:
        english = _english()
        holder = (reminder.holder_name_en, reminder.holder_name_zh)
        days = str(reminder.days_left)
        if reminder.status is LineStatus.EXPIRED:
            days = self.tr("{days} (in grace)").format(days=reminder.days_left)
        texts = {
            "number": reminder.msisdn_display,
            "holder": " ".join(n for n in (holder if english else holder[::-1]) if n),
            "carrier": reminder.carrier_name_en if english else reminder.carrier_name_zh,
            "card_type": card_type_name(reminder.card_type),
            "plan": reminder.plan_name_en if english else reminder.plan_name_zh,
            "expires_on": reminder.expires_on.isoformat(),
            "days_left": days,
            "contacted": self._contacted(reminder),
        }
        return texts[column]

    def _contacted(self, reminder: Reminder) -> str:
        if reminder.contacted_at is None:
            return ""
        moment = reminder.contacted_at.astimezone(HONG_KONG)
        text = f"{moment:%m-%d %H:%M} {reminder.contacted_by}"
        return f"{text}: {reminder.outcome}" if reminder.outcome else text


class RemindersTab(QWidget):
    """Lines expiring soon (or in grace), filtered, phoned, marked and exported."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_RemindersTab()
        self.ui.setupUi(self)
        self.model = RemindersModel(self)
        table = self.ui.remindersTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        for label in (self.ui.remindersMessageLabel, self.ui.remindersCountLabel):
            label.setProperty("role", "hint")
        self._carriers_loaded = False
        self._carriers: list[CarrierRow] = []
        self._counted: tuple[int, date] | None = None
        self._fill_card_types()
        self.ui.carrierCombo.addItem(self.tr("All carriers"), None)

        self.ui.windowCombo.currentIndexChanged.connect(self.reload)
        self.ui.graceCheck.toggled.connect(self.reload)
        self.ui.carrierCombo.currentIndexChanged.connect(self.reload)
        self.ui.cardTypeCombo.currentIndexChanged.connect(self.reload)
        self.ui.contactedCheck.toggled.connect(self.reload)
        self.ui.remindersRefreshButton.clicked.connect(self.reload)
        self.ui.markContactedButton.clicked.connect(self._on_mark_contacted)
        self.ui.outcomeInput.returnPressed.connect(self._on_mark_contacted)
        self.ui.exportCsvButton.clicked.connect(self._on_export)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        QShortcut(
            QKeySequence(Qt.Key.Key_F5),
            self,
            self.reload,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        language_switcher().changed.connect(self._on_language_changed)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    def refresh(self) -> None:
        """Shown again: the carriers (first time) and the list as it is today."""
        if not self._carriers_loaded:
            self._load_carriers()
        self.reload()

    def within_days(self) -> int:
        return WINDOWS[max(0, self.ui.windowCombo.currentIndex())]

    @Slot()
    def reload(self) -> None:
        """Read the list again with the filters as they are set."""
        clerk = self.station.clerk
        if clerk is None:
            return
        today = self.station.today()
        work = partial(
            _due,
            self.station.db,
            clerk,
            today=today,
            within=self.within_days(),
            grace=self.ui.graceCheck.isChecked(),
            carrier=self.ui.carrierCombo.currentData(),
            card_type=self.ui.cardTypeCombo.currentData(),
            contacted=self.ui.contactedCheck.isChecked(),
        )
        ServiceCall(self, "reminders", work, lambda rows: self._show(rows, today)).failure(
            self._on_refused
        ).not_done(self._on_not_done).replacing(_LIST).run()

    def export_csv(self, path: Path) -> None:
        """Write the list shown to *path* as CSV (in the background)."""
        clerk = self.station.clerk
        if clerk is None:
            return
        shown = [
            reminder
            for row in range(self.model.rowCount())
            if (reminder := self.model.reminder_at(row)) is not None
        ]

        def done(count: int) -> None:
            say(
                self.ui.remindersMessageLabel,
                self.tr("{count} line(s) exported to {file}.").format(count=count, file=str(path)),
            )

        work = partial(reminders.export_reminders_csv, shown, path, clerk=clerk)
        ServiceCall(self, "export reminders", work, done).failure(self._on_refused).not_done(
            self._on_not_done
        ).run()

    # --- inside --------------------------------------------------------------------------

    def _fill_card_types(self) -> None:
        combo = self.ui.cardTypeCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All card types"), None)
        for card in CardType:
            combo.addItem(card_type_name(card), card.value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _load_carriers(self) -> None:
        def done(rows: list[CarrierRow]) -> None:
            self._carriers_loaded = True
            self._carriers = rows
            self._fill_carriers()

        work = partial(catalog_admin.list_carriers, self.station.db)
        ServiceCall(self, "carriers", work, done).failure(self._on_refused).not_done(
            self._on_not_done
        ).run()

    def _fill_carriers(self) -> None:
        combo = self.ui.carrierCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All carriers"), None)
        for carrier in self._carriers:
            combo.addItem(carrier.name_en if _english() else carrier.name_zh, carrier.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _show(self, rows: list[Reminder], today: date) -> None:
        chosen = self._current()
        self.model.set_reminders(rows)
        self._counted = (len(rows), today)
        self._show_count()
        if chosen is not None:
            for row, reminder in enumerate(rows):
                if reminder.line_id == chosen.line_id:
                    self.ui.remindersTable.selectRow(row)
                    break
        self._update_buttons()

    def _current(self) -> Reminder | None:
        return self.model.reminder_at(self.ui.remindersTable.currentIndex().row())

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    @Slot()
    def _on_mark_contacted(self) -> None:
        reminder, clerk = self._current(), self.station.clerk
        if reminder is None or clerk is None or self.busy:
            return
        station = self.station
        work = partial(
            _mark,
            station.db,
            clerk,
            reminder.line_id,
            outcome=self.ui.outcomeInput.text(),
            clock=station.clock,
            counter_id=station.counter_id,
        )

        def done(marked: Reminder) -> None:
            self.model.replace(marked)
            self.ui.outcomeInput.clear()
            say(
                self.ui.remindersMessageLabel,
                self.tr("{number} marked as phoned.").format(number=marked.msisdn_display),
            )

        ServiceCall(self, "mark contacted", work, done).failure(self._on_refused).not_done(
            self._on_not_done
        ).run()

    @Slot()
    def _on_export(self) -> None:
        if not self._may(Action.REMINDERS_EXPORT) or self.busy:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"reminders-{self.station.today().isoformat()}-{self.within_days()}d.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the reminders as CSV"),
            str(Path(folder) / name),
            self.tr("CSV files (*.csv)"),
        )
        if chosen:
            self.export_csv(Path(chosen))

    def _may(self, action: Action) -> bool:
        clerk = self.station.clerk
        return clerk is not None and permissions.allowed(clerk, action)

    def _on_refused(self, error: InputError) -> None:
        say(self.ui.remindersMessageLabel, describe(error), error=True)
        if error.field == "outcome":
            self.ui.outcomeInput.setFocus()

    def _on_not_done(self, error: BaseException) -> None:
        say_not_done(self.ui.remindersMessageLabel, error)

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.markContactedButton.setEnabled(
            self._current() is not None and not self.busy and self._may(Action.REMINDERS_CONTACT)
        )
        exporting = self._may(Action.REMINDERS_EXPORT)
        ui.exportCsvButton.setVisible(exporting)
        ui.exportCsvButton.setEnabled(exporting and not self.busy)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._retranslate()

    def _show_count(self) -> None:
        if self._counted is None:
            return
        count, today = self._counted
        self.ui.remindersCountLabel.setText(
            self.tr("{count} line(s) to phone").format(count=count)
            + " · "
            + self.tr("today {date}").format(date=today.isoformat())
        )

    def _retranslate(self) -> None:
        self._fill_card_types()
        self._fill_carriers()
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
