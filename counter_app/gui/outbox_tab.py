"""The outbox tab: what did not reach the carrier or the customer by itself, for a supervisor.

Jobs that failed, jobs whose fate is not known (a send that may or may not have reached
the provider), and items the clerk is to apply on the carrier's portal. For each: try it
again (an unknown one is looked up at the provider first, never sent blindly), record it
as applied by hand with the carrier's reference, or void or refund the sale with the usual
supervisor-approved dialog. Nothing here refunds anything by itself. The number is masked.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.money import format_money
from counter_app.domain.outbox import ATTENTION_STATES, JobKind, JobState
from counter_app.domain.sales import SaleState, SaleView
from counter_app.domain.staff import Clerk
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_outbox_tab import Ui_OutboxTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.not_done import say_not_done
from counter_app.gui.outbox_text import details_line, item_name, kind_name, state_name
from counter_app.gui.reversal_dialog import ReversalDialog
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.services import permissions, reversals
from counter_app.services.outbox import JobView
from counter_app.services.permissions import Action
from counter_app.services.reversals import ReversalPreview

# A supervisor resolves what the outbox could not: the same role a refund needs.
OUTBOX_ACTION: Final = Action.SALE_REFUND
_Index = QModelIndex | QPersistentModelIndex
_LIST: Final = "outbox list"


def _attention(station: Station, clerk: Clerk) -> list[JobView]:
    """In the background: the jobs that need a person, oldest first."""
    permissions.require(clerk, OUTBOX_ACTION)
    return station.jobs_needing_attention()


def _retry(station: Station, clerk: Clerk, job_id: int) -> JobView:
    permissions.require(clerk, OUTBOX_ACTION)
    return station.retry_job(clerk, job_id)


def _applied(station: Station, clerk: Clerk, job_id: int, carrier_ref: str) -> JobView:
    permissions.require(clerk, OUTBOX_ACTION)
    return station.applied_by_hand(clerk, job_id, carrier_ref)


def _preview(station: Station, receipt_no: str) -> ReversalPreview:
    """In the background: what a void or refund of the job's sale would do."""
    return reversals.preview(station.db, station.counter_id, receipt_no)


class OutboxModel(QAbstractTableModel):
    """One row per job, in the order the service gave (oldest first).

    DisplayRole is the cell's text; JobRole (any column) the row's :class:`JobView`.
    """

    JobRole: Final = Qt.ItemDataRole.UserRole + 1
    # What the supervisor decides by comes first: a 1024-pixel screen scrolls the rest.
    COLUMNS: Final = (
        "time",
        "receipt",
        "kind",
        "state",
        "number",
        "item",
        "amount",
        "attempts",
        "error",
    )
    _RIGHT: Final = ("amount", "attempts")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[JobView] = []

    def set_jobs(self, jobs: list[JobView]) -> None:
        self.beginResetModel()
        self._rows = list(jobs)
        self.endResetModel()

    def job_at(self, row: int) -> JobView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, job_id: int) -> int:
        return next((row for row, job in enumerate(self._rows) if job.id == job_id), -1)

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
            "time": self.tr("Time"),
            "receipt": self.tr("Receipt"),
            "number": self.tr("Number"),
            "item": self.tr("Item"),
            "amount": self.tr("Amount"),
            "kind": self.tr("For"),
            "state": self.tr("State"),
            "attempts": self.tr("Attempts"),
            "error": self.tr("Last error"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        job = self.job_at(index.row()) if index.isValid() else None
        if job is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role == self.JobRole:
            return job
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "error":
            return job.last_error or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(job, column)

    def _text(self, job: JobView, column: str) -> str:
        texts = {
            "time": job.created_at.astimezone(HONG_KONG).strftime("%Y-%m-%d %H:%M"),
            "receipt": job.receipt_no,
            "number": job.number,
            "item": item_name(job) if job.kind is JobKind.FULFILMENT else "",
            "amount": format_money(job.amount) if job.kind is JobKind.FULFILMENT else "",
            "kind": kind_name(job.kind),
            "state": state_name(job),
            "attempts": str(job.attempts),
            "error": job.last_error,
        }
        return texts[column]


class OutboxTab(QWidget):
    """The outbox's jobs that need a person, and what a supervisor does about each.

    Signals:
        listed(int): the list was read; the number of jobs shown.
        resolved(object): a job was tried again or recorded as applied (its JobView now).
    """

    listed = Signal(int)
    resolved = Signal(object)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_OutboxTab()
        self.ui.setupUi(self)
        self.model = OutboxModel(self)
        table = self.ui.outboxTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        for label in (self.ui.outboxIntroLabel, self.ui.outboxMessageLabel):
            label.setProperty("role", "hint")
        self.ui.outboxRefErrorLabel.setProperty("role", "error")
        self.ui.outboxRefErrorLabel.hide()
        self.ui.outboxJobLabel.hide()
        self.dialog: ReversalDialog | None = None
        self._listed = False

        self.ui.outboxRefreshButton.clicked.connect(self.reload)
        self.ui.outboxRetryButton.clicked.connect(self._on_retry)
        self.ui.outboxAppliedButton.clicked.connect(self._on_applied_by_hand)
        self.ui.outboxRefInput.returnPressed.connect(self._on_applied_by_hand)
        self.ui.outboxReverseButton.clicked.connect(self._on_reverse)
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
        """Shown again: the list as it is now."""
        self.reload()

    def current_job(self) -> JobView | None:
        return self.model.job_at(self.ui.outboxTable.currentIndex().row())

    @Slot()
    def reload(self) -> None:
        """Read the jobs that need a person again."""
        clerk = self.station.clerk
        if clerk is None:
            return
        ServiceCall(
            self, "outbox jobs", partial(_attention, self.station, clerk), self._show
        ).failure(self._on_refused).not_done(self._on_not_done).replacing(_LIST).run()

    # --- inside --------------------------------------------------------------------------

    def _show(self, jobs: list[JobView]) -> None:
        chosen = self.current_job()
        self.model.set_jobs(jobs)
        self._listed = True
        self._show_count()
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        if row < 0 and jobs:
            row = 0
        if row >= 0:
            self.ui.outboxTable.selectRow(row)
        self._show_job()
        self._update_buttons()
        self.listed.emit(len(jobs))

    def _show_count(self) -> None:
        if not self._listed:
            return
        count = self.model.rowCount()
        self.ui.outboxCountLabel.setText(
            self.tr("{count} job(s) need a person").format(count=count)
            if count
            else self.tr(
                "Nothing needs a person: no job failed or is in doubt, "
                "and none waits to be applied by hand."
            )
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_ref_error("")
        self._show_job()
        self._update_buttons()

    def _show_job(self) -> None:
        """The chosen job whole, under the list (its columns may be scrolled off)."""
        job = self.current_job()
        label = self.ui.outboxJobLabel
        if job is None:
            label.clear()
        else:
            what = " · ".join(part for part in (job.receipt_no, job.number, item_name(job)) if part)
            label.setText(f"{what}\n{details_line(job)}")
        label.setVisible(job is not None)

    @Slot()
    def _on_retry(self) -> None:
        job, clerk = self.current_job(), self.station.clerk
        if job is None or clerk is None or self.busy:
            return

        def done(shown: JobView) -> None:
            say(
                self.ui.outboxMessageLabel,
                self.tr("{reference}: tried again; the list is read again.").format(
                    reference=shown.reference
                ),
            )
            self.resolved.emit(shown)
            self.reload()

        work = partial(_retry, self.station, clerk, job.id)
        ServiceCall(self, "retry outbox job", work, done).failure(self._on_refused).not_done(
            self._on_not_done
        ).run()

    @Slot()
    def _on_applied_by_hand(self) -> None:
        job, clerk = self.current_job(), self.station.clerk
        if job is None or clerk is None or self.busy or not _may_apply(job):
            return
        self._show_ref_error("")

        def done(shown: JobView) -> None:
            self.ui.outboxRefInput.setText("")
            say(
                self.ui.outboxMessageLabel,
                self.tr("{reference}: recorded as applied by hand ({carrier_ref}).").format(
                    reference=shown.reference, carrier_ref=shown.provider_ref
                ),
            )
            self.resolved.emit(shown)
            self.reload()

        work = partial(_applied, self.station, clerk, job.id, self.ui.outboxRefInput.text())
        ServiceCall(self, "applied by hand", work, done).failure(self._on_refused).not_done(
            self._on_not_done
        ).run()

    @Slot()
    def _on_reverse(self) -> None:
        """Open the void / refund dialog for the job's sale (what it restores first)."""
        job = self.current_job()
        if job is None or self.busy:
            return
        work = partial(_preview, self.station, job.receipt_no)
        ServiceCall(self, "reversal preview", work, self._open_reversal).failure(
            self._on_refused
        ).not_done(self._on_not_done).run()

    def _open_reversal(self, preview: ReversalPreview) -> None:
        dialog = ReversalDialog(self.station, preview, self)
        dialog.setObjectName("outboxReversalDialog")
        dialog.reversed.connect(self._on_reversed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    @Slot(object)
    def _on_reversed(self, sale: SaleView) -> None:
        say(
            self.ui.outboxMessageLabel,
            (
                self.tr("Receipt {receipt} is voided.")
                if sale.state == SaleState.VOIDED
                else self.tr("Receipt {receipt} is refunded.")
            ).format(receipt=sale.receipt_no or ""),
        )
        self.reload()

    def _on_refused(self, error: InputError) -> None:
        if error.code is ErrorCode.OUTBOX_CARRIER_REF:
            self._show_ref_error(describe(error))
            self.ui.outboxRefInput.setFocus()
            return
        say(self.ui.outboxMessageLabel, describe(error), error=True)
        if error.code in (ErrorCode.OUTBOX_JOB_UNKNOWN, ErrorCode.OUTBOX_NOT_RETRYABLE):
            # Settled or gone meanwhile (another counter, the dispatcher): read it again.
            self.reload()

    def _on_not_done(self, error: BaseException) -> None:
        say_not_done(self.ui.outboxMessageLabel, error)

    def _show_ref_error(self, text: str) -> None:
        label = self.ui.outboxRefErrorLabel
        label.setText(text)
        label.setVisible(bool(text))

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, job, idle = self.ui, self.current_job(), not self.busy
        ui.outboxRefreshButton.setEnabled(idle)
        ui.outboxRetryButton.setEnabled(idle and job is not None and job.state in ATTENTION_STATES)
        applying = job is not None and _may_apply(job)
        ui.outboxAppliedButton.setEnabled(idle and applying)
        ui.outboxRefInput.setEnabled(applying)
        ui.outboxReverseButton.setEnabled(idle and job is not None and bool(job.receipt_no))

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self.model.retranslate()
        self._show_count()
        self._show_job()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_count()
            self._show_job()
        super().changeEvent(event)


def _may_apply(job: JobView) -> bool:
    """A carrier's job not settled yet may be recorded as applied on the carrier's portal."""
    return job.kind is JobKind.FULFILMENT and job.state not in (
        JobState.CONFIRMED,
        JobState.CANCELLED,
    )
