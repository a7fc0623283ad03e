"""The done page's receipt: the preview, print (then print again as COPY), save as PDF.

Building, archiving and printing run in the background; a printer that is missing or
offline gets a message with Retry and never touches the sale, which is already stored.
The first print of a sale just completed is the original; every later print, and every
print of an earlier sale found by its receipt, is a COPY / 副本 with the reprint logged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QWidget

from counter_app import log
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.sales import SaleView
from counter_app.gui import messages
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_receipt_panel import Ui_ReceiptPanel
from counter_app.gui.printer import PrinterProblem, print_pdf
from counter_app.gui.station import Station
from counter_app.gui.style import set_style_state
from counter_app.gui.tasks import run_task

# The code of printing.fonts.CjkFontMissing (that module imports ReportLab).
NO_CJK_FONT = ErrorCode.PRINTING_NO_CJK_FONT

if TYPE_CHECKING:
    # ReportLab comes with it: imported by the first receipt, in the background.
    from counter_app.services.receipts import ReceiptFiles


class ReceiptPanel(QWidget):
    """A sale's receipt on the done page.

    Signals:
        printed(str): the receipt went to this printer.
        shown(): the preview of a new receipt is on screen.
    """

    printed = Signal(str)
    shown = Signal()

    def __init__(self, station: Station, *, prefix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.ui = Ui_ReceiptPanel()
        self.ui.setupUi(self)
        if prefix:
            # Stable, distinct names when several screens have a receipt panel.
            for widget in (self.ui.printButton, self.ui.savePdfButton, self.ui.printStatusLabel):
                name = widget.objectName()
                widget.setObjectName(prefix + name[0].upper() + name[1:])
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.preview = QPdfView(self)
        self.preview.setObjectName(f"{prefix}receiptPreview" if prefix else "receiptPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.receiptPreviewLayout.addWidget(self.preview)
        self.ui.printStatusLabel.setProperty("role", "hint")

        self.files: ReceiptFiles | None = None
        self.sale: SaleView | None = None
        self._pin: str | None = None
        self._original_printed = False
        self._generation = 0
        self._busy = False
        self.ui.printButton.clicked.connect(self.print_receipt)
        self.ui.savePdfButton.clicked.connect(self._on_save)
        # Not the buttons' own shortcuts: setText() on a button resets its shortcut. These
        # work while the panel is shown (its done page is the current one).
        QShortcut(QKeySequence("Ctrl+P"), self, self.ui.printButton.animateClick)
        QShortcut(QKeySequence("Ctrl+S"), self, self.ui.savePdfButton.animateClick)
        self.clear()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def clear(self) -> None:
        """Forget the last receipt (and any PIN) before the next customer."""
        self._generation += 1
        self.files = None
        self.sale = None
        self._pin = None
        self._original_printed = False
        self._busy = False
        self._close_document()
        self.ui.printStatusLabel.clear()
        self._update_buttons()

    def show_sale(self, sale: SaleView, *, just_completed: bool, pin: str | None = None) -> None:
        """Build (and archive) the receipt of *sale* and preview it.

        *just_completed*: the sale was completed here a moment ago, so its first print is
        the original (and is printed automatically when this PC is set to); otherwise
        any print is a COPY. *pin*: a voucher's PIN, for the printed voucher only.
        """
        self.clear()
        self.sale = sale
        self._pin = pin
        self._original_printed = not just_completed
        receipt_no = sale.receipt_no or ""
        generation = self._generation
        self._set_status(self.tr("Preparing the receipt…"), error=False)
        station = self.station

        def done(files: ReceiptFiles) -> None:
            if generation != self._generation:
                return
            self._show_files(files)
            if just_completed and station.print_automatically:
                self.print_receipt()

        run_task(
            "receipt", lambda: station.receipt(receipt_no, pin), done, self._failed(generation)
        )

    @Slot()
    def print_receipt(self) -> None:
        """Print: the original the first time after a sale, a logged COPY after that."""
        if self.sale is None or self._busy:
            return
        generation = self._generation
        station, pin = self.station, self._pin
        receipt_no = self.sale.receipt_no or ""
        copy = self._original_printed
        files = self.files
        self._busy = True
        self._update_buttons()
        self._set_status(self.tr("Printing…"), error=False)

        def work() -> tuple[ReceiptFiles, str]:
            chosen = station.reprint(receipt_no, pin) if copy or files is None else files
            printer = print_pdf(
                chosen.printable,
                printer_name=station.printer,
                copies=station.print_copies,
                title=chosen.archived.stem,
            )
            return chosen, printer

        def done(result: tuple[ReceiptFiles, str]) -> None:
            if generation != self._generation:
                return
            chosen, printer = result
            self._busy = False
            self._original_printed = True
            if chosen is not self.files:
                self._show_files(chosen)
            self._set_status(
                self.tr("Printed on {printer}.").format(printer=printer)
                if chosen.copy_number == 0
                else self.tr("Copy {number} printed on {printer}.").format(
                    number=chosen.copy_number, printer=printer
                ),
                error=False,
            )
            self._update_buttons()
            self.printed.emit(printer)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._busy = False
            self._update_buttons()
            self._report(error, retry=self.print_receipt)

        run_task("print receipt", work, done, failed)

    def save_pdf(self, path: Path) -> None:
        """Write the receipt shown (as archived: a voucher's PIN is never in a file) to *path*."""
        files = self.files
        if files is None:
            return
        source = files.archived

        def done(_result: object) -> None:
            self._set_status(self.tr("Saved as {path}.").format(path=str(path)), error=False)

        def failed(error: BaseException) -> None:
            log.gui.warning("saving %s failed: %r", path, error)
            self._set_status(
                self.tr("Not saved: {path} cannot be written. Choose another folder.").format(
                    path=str(path)
                ),
                error=True,
            )

        run_task("save receipt", lambda: path.write_bytes(source.read_bytes()), done, failed)

    # --- inside --------------------------------------------------------------------------

    def _show_files(self, files: ReceiptFiles) -> None:
        self.files = files
        # The preview shows the archived receipt: a voucher's PIN is on the screen already.
        buffer = QBuffer(self)
        buffer.setData(QByteArray(files.archived_pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._close_document()
        self.document.load(buffer)
        self._buffer = buffer
        self._set_status("", error=False)
        self._update_buttons()
        self.shown.emit()

    def _close_document(self) -> None:
        # The document reads from the buffer until it is closed; then the buffer goes
        # (one per sale would otherwise stay a child of the panel all day).
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._report(error, retry=None)

        return failed

    def _report(self, error: BaseException, *, retry: Callable[[], None] | None) -> None:
        font_missing = getattr(error, "code", "") == NO_CJK_FONT
        if isinstance(error, InputError):
            text = describe(error)
        elif isinstance(error, PrinterProblem):
            text = self._printer_text(error)
        elif getattr(error, "code", "") == NO_CJK_FONT:
            # printing.fonts is not imported here: it brings ReportLab to the GUI thread.
            text = self.tr(
                "No receipt: this PC has no Chinese font that can be embedded in it. "
                "Install one: on Debian/Ubuntu fonts-wqy-microhei, on Windows Microsoft "
                "JhengHei; or set the shop setting cjk_font_path to a TrueType (.ttf/.ttc) "
                "Chinese font. The sale is saved."
            )
            log.gui.error("no CJK font for receipts: %s", error)
        elif isinstance(error, OutsideError):
            text = self.tr("Not printed: the database did not answer. The sale is saved.")
        else:
            log.gui.error("receipt failed", exc_info=error)
            text = self.tr("The receipt could not be made. The sale is saved.")
        self._set_status(text, error=True)
        if isinstance(error, OutsideError) and retry is not None and not font_missing:
            messages.show_error(
                self,
                self.tr("Printer problem"),
                self.tr(
                    "The sale is saved; only the receipt was not printed. "
                    "Check the printer and retry."
                ),
                details=str(error),
                on_retry=retry,
            )

    def _printer_text(self, problem: PrinterProblem) -> str:
        if problem.code == ErrorCode.PRINTER_MISSING:
            return self.tr(
                "Not printed: the printer {printer} is not installed on this PC. The sale is saved."
            ).format(printer=problem.printer)
        if problem.code == ErrorCode.PRINTER_NONE:
            return self.tr(
                "Not printed: this PC has no default printer; choose one in the settings. "
                "The sale is saved."
            )
        return self.tr(
            "Not printed: the printer {printer} did not take the receipt. Is it on and "
            "online? The sale is saved."
        ).format(printer=problem.printer)

    def _set_status(self, text: str, *, error: bool) -> None:
        self.ui.printStatusLabel.setText(text)
        set_style_state(self.ui.printStatusLabel, "role", "error" if error else "hint")

    def _update_buttons(self) -> None:
        ready = self.sale is not None and not self._busy
        self.ui.printButton.setEnabled(ready)
        self.ui.savePdfButton.setEnabled(self.files is not None and not self._busy)
        self.ui.printButton.setText(
            self.tr("Print again (Ctrl+P)") if self._original_printed else self.tr("Print (Ctrl+P)")
        )

    @Slot()
    def _on_save(self) -> None:
        files = self.files
        if files is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the receipt as PDF"),
            str(Path(folder) / files.archived.name),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            self.save_pdf(Path(chosen))
