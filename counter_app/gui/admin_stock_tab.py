"""Voucher stock levels, and importing vouchers or lines from CSV after a preview.

A file is always checked first (:func:`imports.preview_vouchers` / ``preview_lines``): the
summary of what it would add and every bad row with its line number, column and problem.
"Import" is enabled only for a file without a problem; the import checks everything again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QTableView, QWidget

from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money
from counter_app.domain.plans import CardType
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_admin_stock_tab import Ui_AdminStockTab
from counter_app.gui.not_done import say_not_done
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.gui.vocabulary import card_type_name, carrier_name
from counter_app.services import imports, vouchers
from counter_app.services.imports import ImportPreview, ImportReport, RowError
from counter_app.services.permissions import Action, allowed
from counter_app.services.vouchers import StockLevel

VOUCHERS: Final = "vouchers"
LINES: Final = "lines"
WARNING_COLOUR: Final = QColor("#b3261e")
_STOCK: Final = "stock"


class TextTableModel(QAbstractTableModel):
    """Rows of text under translated headers; rows flagged as warnings are drawn in red.

    The flag is never the only sign: the rows' own text says what is wrong.
    """

    WarningRole: Final = Qt.ItemDataRole.UserRole + 1
    """Whether the row is a warning (bool)."""

    def __init__(self, headers: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[str, ...]] = []
        self._warnings: set[int] = set()

    def set_rows(self, rows: Sequence[tuple[str, ...]], warnings: set[int] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._warnings = set(warnings or ())
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers()) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers())

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        warning = index.row() in self._warnings
        if role == self.WarningRole:
            return warning
        if role == Qt.ItemDataRole.ForegroundRole and warning:
            return QBrush(WARNING_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self._headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None


class AdminStockTab(QWidget):
    """The back office's stock tab: levels with a low-stock warning, CSV imports with a preview.

    Signals:
        imported(object): the ImportReport of an import that added rows.
    """

    imported = Signal(object)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_AdminStockTab()
        self.ui.setupUi(self)
        self.preview: ImportPreview | None = None
        self.stock_model = TextTableModel(self._stock_headers, self)
        self._stock: list[StockLevel] | None = None
        self.groups_model = TextTableModel(self._groups_headers, self)
        self.errors_model = TextTableModel(self._errors_headers, self)
        for table, model in (
            (self.ui.stockTable, self.stock_model),
            (self.ui.previewGroupsTable, self.groups_model),
            (self.ui.previewErrorsTable, self.errors_model),
        ):
            table.setModel(model)
            _fit_columns(table)
        self.ui.previewTablesLayout.setStretch(0, 2)
        self.ui.previewTablesLayout.setStretch(1, 3)
        self.ui.previewButtonLayout.setStretch(0, 1)
        self._preview_path: Path | None = None
        # What the last import did, kept above the stock's own warnings until the next file.
        self._notice = ""

        self.ui.importVouchersButton.clicked.connect(self._on_import_vouchers)
        self.ui.importLinesButton.clicked.connect(self._on_import_lines)
        self.ui.refreshStockButton.clicked.connect(self.refresh)
        self.ui.confirmImportButton.clicked.connect(self._on_import)
        self.ui.cancelImportButton.clicked.connect(self._on_cancel)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self._apply_permissions()
        self._show_preview(None)

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    @Slot()
    def refresh(self) -> None:
        """Read the stock levels again (the container calls this each time the tab shows)."""
        self._apply_permissions()
        station = self.station
        work = partial(
            vouchers.stock_levels,
            station.db,
            today=station.today(),
            shop_id=station.counter.shop_id,
        )
        label = self.ui.stockMessageLabel
        ServiceCall(self, "voucher stock", work, self._show_stock).failure(
            partial(self._on_refused, label)
        ).not_done(partial(say_not_done, label)).replacing(_STOCK).run()

    def preview_file(self, kind: str, path: Path) -> None:
        """Check *path* as a *kind* ("vouchers" or "lines") file and show what it holds."""
        self._show_preview(None)
        self._notice = ""
        label = self.ui.stockMessageLabel
        say(label, self.tr("Checking {file}…").format(file=path.name))
        station = self.station
        preview = imports.preview_vouchers if kind == VOUCHERS else imports.preview_lines
        work = partial(
            preview,
            station.db,
            path,
            station.secret,
            clerk=station.signed_in(),
            clock=station.clock,
        )
        ServiceCall(
            self, "import preview", work, lambda result: self._on_previewed(result, path)
        ).failure(partial(self._on_refused, label)).not_done(partial(say_not_done, label)).run()

    # --- helpers -------------------------------------------------------------------------

    def _apply_permissions(self) -> None:
        clerk = self.station.clerk
        self.ui.importVouchersButton.setVisible(
            clerk is not None and allowed(clerk, Action.VOUCHERS_IMPORT)
        )
        self.ui.importLinesButton.setVisible(
            clerk is not None and allowed(clerk, Action.LINES_IMPORT)
        )

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        for widget in (
            self.ui.importVouchersButton,
            self.ui.importLinesButton,
            self.ui.refreshStockButton,
            self.ui.cancelImportButton,
        ):
            widget.setEnabled(not busy)
        self._update_import_button()

    @staticmethod
    def _on_refused(label: QLabel, error: InputError) -> None:
        say(label, describe(error), error=True)

    # --- stock ---------------------------------------------------------------------------

    def _stock_headers(self) -> list[str]:
        return [
            self.tr("Carrier"),
            self.tr("Face value"),
            self.tr("Available"),
            self.tr("Sold"),
            self.tr("Expired unsold"),
            self.tr("Stock"),
        ]

    def _stock_state(self, level: StockLevel) -> str:
        if level.available <= 0:
            return self.tr("Out of stock: import more")
        if level.low:
            return self.tr("Low stock: only {available} left").format(available=level.available)
        return self.tr("Enough")

    def _show_stock(self, stock: list[StockLevel]) -> None:
        self._stock = stock
        rows = [
            (
                carrier_name(level.carrier_code, level.carrier_name_zh, level.carrier_name_en),
                format_money(level.face_value),
                str(level.available),
                str(level.sold),
                str(level.expired),
                self._stock_state(level),
            )
            for level in stock
        ]
        warnings = {row for row, level in enumerate(stock) if level.low or level.available <= 0}
        self.stock_model.set_rows(rows, warnings)
        if not stock:
            warning = self.tr("There are no PIN vouchers in stock yet.")
        elif warnings:
            warning = self.tr(
                "Low stock: {count} carrier and face value rows need more vouchers."
            ).format(count=len(warnings))
        else:
            warning = ""
        text = "\n".join(t for t in (self._notice, warning) if t)
        say(self.ui.stockMessageLabel, text, error=bool(warning))

    # --- choosing a file -----------------------------------------------------------------

    @Slot()
    def _on_import_vouchers(self) -> None:
        self._choose_file(VOUCHERS)

    @Slot()
    def _on_import_lines(self) -> None:
        self._choose_file(LINES)

    def _choose_file(self, kind: str) -> None:
        if self.busy:
            return
        title = (
            self.tr("Import PIN vouchers from a CSV file")
            if kind == VOUCHERS
            else self.tr("Import lines from a CSV file")
        )
        dialog = QFileDialog(self, title, "", self.tr("CSV files (*.csv);;All files (*)"))
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.preview_file(kind, Path(name)))
        dialog.open()

    # --- the preview ---------------------------------------------------------------------

    def _groups_headers(self) -> list[str]:
        kind = self.preview.kind if self.preview else VOUCHERS
        what = self.tr("Face value") if kind == VOUCHERS else self.tr("Card type")
        return [self.tr("Carrier"), what, self.tr("How many")]

    def _errors_headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Column"), self.tr("Problem")]

    def _on_previewed(self, preview: ImportPreview, path: Path) -> None:
        self.ui.stockMessageLabel.clear()
        self._preview_path = path
        self._show_preview(preview)

    def _group_text(self, group: imports.PreviewGroup) -> str:
        if self.preview is not None and self.preview.kind == LINES:
            try:
                return card_type_name(CardType(group.card_type))
            except ValueError:
                return group.card_type
        return format_money(group.face_value)

    @staticmethod
    def _problem_text(error: RowError) -> str:
        # The clerk's language where the code has a text; the import's own English otherwise.
        return describe(InputError(error.detail, code=error.code, params=error.params))

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        ui = self.ui
        ui.previewGroup.setVisible(preview is not None)
        if preview is None:
            self._preview_path = None
            self.groups_model.set_rows([])
            self.errors_model.set_rows([])
            ui.previewMessageLabel.clear()
            self._update_import_button()
            return
        self.groups_model.set_rows(
            [(g.carrier_code, self._group_text(g), str(g.count)) for g in preview.groups]
        )
        self.groups_model.retranslate()
        self.errors_model.set_rows(
            [
                (str(e.line_no), e.column or self.tr("(whole line)"), self._problem_text(e))
                for e in preview.errors
            ],
            set(range(len(preview.errors))),
        )
        ui.previewErrorsTable.setVisible(bool(preview.errors))
        ui.previewGroupsTable.setVisible(bool(preview.groups))
        ui.previewErrorsTable.resizeRowsToContents()
        ui.previewTitleLabel.setText(
            self.tr("{file}: {rows} rows").format(file=preview.file_name, rows=preview.rows)
        )
        ui.previewSummaryLabel.setText(self._summary(preview))
        if preview.errors:
            say(
                ui.previewMessageLabel,
                self.tr(
                    "{problems} problems on {lines} lines: nothing can be imported. "
                    "Correct the file and choose it again."
                ).format(problems=len(preview.errors), lines=preview.bad_lines),
                error=True,
            )
        elif preview.count == 0:
            say(ui.previewMessageLabel, self.tr("The file has no rows to import."), error=True)
        else:
            say(
                ui.previewMessageLabel,
                self.tr("Every row is correct. Import adds them all."),
            )
        self._update_import_button()

    def _summary(self, preview: ImportPreview) -> str:
        if preview.kind == VOUCHERS:
            text = self.tr(
                "Vouchers without a problem: {count}, face value {total} in all."
            ).format(count=preview.count, total=format_money(preview.face_value_total))
            if preview.batches:
                text += " " + self.tr("Batches: {batches}").format(
                    batches=", ".join(preview.batches[:10])
                    + (" …" if len(preview.batches) > 10 else "")
                )
            return text
        return self.tr("Lines without a problem: {count}.").format(count=preview.count)

    def _update_import_button(self) -> None:
        preview = self.preview
        ready = preview is not None and preview.ok and preview.count > 0
        self.ui.confirmImportButton.setEnabled(ready and not self.busy)

    @Slot()
    def _on_cancel(self) -> None:
        if not self.busy:
            self._show_preview(None)

    @Slot()
    def _on_import(self) -> None:
        preview, path = self.preview, self._preview_path
        if self.busy or preview is None or path is None or not preview.ok:
            return
        station = self.station
        run = imports.import_vouchers if preview.kind == VOUCHERS else imports.import_lines
        work = partial(
            run, station.db, path, station.secret, clerk=station.signed_in(), clock=station.clock
        )
        kind, label = preview.kind, self.ui.previewMessageLabel
        ServiceCall(
            self, "import", work, lambda report: self._on_imported(report, kind, path)
        ).failure(partial(self._on_refused, label)).not_done(partial(say_not_done, label)).run()

    def _on_imported(self, report: ImportReport, kind: str, path: Path) -> None:
        if report.errors:
            # Something changed since the preview (another counter imported the same PINs):
            # show the problems found now; nothing was imported.
            self._show_preview(
                ImportPreview(
                    kind=kind, file_name=path.name, rows=report.rows, errors=report.errors
                )
            )
            return
        self._show_preview(None)
        message = (
            self.tr("Imported {count} vouchers from {file}.")
            if kind == VOUCHERS
            else self.tr("Imported {count} lines from {file}.")
        )
        self._notice = message.format(count=report.imported, file=path.name)
        say(self.ui.stockMessageLabel, self._notice)
        self.imported.emit(report)
        self.refresh()

    # --- events --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for model in (self.stock_model, self.groups_model, self.errors_model):
                model.retranslate()
            if self._stock is not None:
                self._show_stock(self._stock)
            if self.preview is not None:
                self._show_preview(self.preview)
        super().changeEvent(event)


def _fit_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
