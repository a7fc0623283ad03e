"""The done page's receipt: the preview, print (then print again as COPY), save as PDF.

Building, archiving and printing run in the background; a printer that is missing or
offline gets a message with Retry and never touches the sale, which is already stored.
The first print of a sale just completed is the original; every later print, and every
print of an earlier sale found by its receipt, is a COPY / 副本, logged (and its number
taken) only once the printer has it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QStandardPaths, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from counter_app import log
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.sales import SaleView
from counter_app.domain.staff import Clerk
from counter_app.gui.forms.ui_receipt_panel import Ui_ReceiptPanel
from counter_app.gui.pdf_preview import PdfPreview
from counter_app.gui.printer import print_pdf
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station

if TYPE_CHECKING:
    # ReportLab comes with it: imported by the first receipt, in the background.
    from counter_app.services.receipts import ReceiptFiles

_RECEIPT: Final = "receipt"


def _print(
    station: Station, clerk: Clerk, receipt_no: str, pin: str | None, files: ReceiptFiles | None
) -> tuple[ReceiptFiles, str]:
    """In the background: print *files*, or else the next COPY, logged once it was sent.

    A copy that never reached the printer (missing, offline, the job refused) takes no
    copy number: the next one sent is numbered as this one was.
    """
    if files is not None:
        return files, _send(station, files.printable, files.archived.stem)
    copy = station.next_copy(receipt_no, pin)
    printer = _send(station, copy.printable, copy.title)
    return station.copy_sent(clerk, copy), printer


def _send(station: Station, pdf: bytes, title: str) -> str:
    return print_pdf(pdf, printer_name=station.printer, copies=station.print_copies, title=title)


def _copy_file(source: Path, target: Path) -> None:
    """In the background: a copy of the archived receipt where the clerk chose. A folder
    that is gone or not writable is the environment's, not a bug (as for report files)."""
    try:
        target.write_bytes(source.read_bytes())
    except OSError as error:
        raise OutsideError(
            f"cannot write {target}: {error.strerror}",
            code=ErrorCode.FILE_WRITE,
            params={"path": str(target)},
        ) from error


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
        status_name = prefix + "PrintStatusLabel" if prefix else "printStatusLabel"
        if prefix:
            # Stable, distinct names when several screens have a receipt panel.
            for widget in (self.ui.printButton, self.ui.savePdfButton):
                name = widget.objectName()
                widget.setObjectName(prefix + name[0].upper() + name[1:])
        self.preview = PdfPreview(
            name=f"{prefix}receiptPreview" if prefix else "receiptPreview",
            status_name=status_name,
            parent=self,
        )
        self.ui.receiptPreviewLayout.addWidget(self.preview)
        self.document = self.preview.document
        self.status = self.preview.status

        self.files: ReceiptFiles | None = None
        self.sale: SaleView | None = None
        self._pin: str | None = None
        self._original_printed = False
        self._printing = False
        self.ui.printButton.clicked.connect(self.print_receipt)
        self.ui.savePdfButton.clicked.connect(self._on_save)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        # Not the buttons' own shortcuts: setText() on a button resets its shortcut. These
        # work while the panel is shown (its done page is the current one).
        QShortcut(QKeySequence("Ctrl+P"), self, self.ui.printButton.animateClick)
        QShortcut(QKeySequence("Ctrl+S"), self, self.ui.savePdfButton.animateClick)
        self.clear()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    def clear(self) -> None:
        """Forget the last receipt (and any PIN) before the next customer."""
        calls_of(self).forget(_RECEIPT)
        self.files = None
        self.sale = None
        self._pin = None
        self._original_printed = False
        self.preview.clear()
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
        self.preview.say(lambda: self.tr("Preparing the receipt…"))
        automatic = just_completed and self.station.print_automatically

        def shown(files: ReceiptFiles) -> None:
            self._show_files(files)
            if automatic:
                self.print_receipt()

        ServiceCall(
            self, "receipt", partial(self.station.receipt, sale.receipt_no or "", pin), shown
        ).failure(self._on_not_made).not_done(self._on_not_made).replacing(_RECEIPT).run()

    @Slot()
    def print_receipt(self) -> None:
        """Print: the original the first time after a sale, a logged COPY after that."""
        if self.sale is None or self.busy:
            return
        original = None if self._original_printed else self.files
        work = partial(
            _print,
            self.station,
            self.station.signed_in(),
            self.sale.receipt_no or "",
            self._pin,
            original,
        )
        self.preview.say(lambda: self.tr("Printing…"))
        ServiceCall(self, "print receipt", work, self._on_printed).failure(
            self._on_not_printed
        ).not_done(self._on_not_printed).replacing(_RECEIPT).run()

    def save_pdf(self, path: Path) -> None:
        """Write the receipt shown (as archived: a voucher's PIN is never in a file) to *path*."""
        files = self.files
        if files is None:
            return
        ServiceCall(
            self,
            "save receipt",
            partial(_copy_file, files.archived, path),
            lambda _none: self.preview.say(
                lambda: self.tr("Saved as {path}.").format(path=str(path))
            ),
        ).not_done(lambda _error: self._on_not_saved(path)).replacing(_RECEIPT).run()

    # --- inside --------------------------------------------------------------------------

    def _show_files(self, files: ReceiptFiles) -> None:
        self.files = files
        # The preview shows the archived receipt: a voucher's PIN is on the screen already.
        self.preview.show_pdf(files.archived_pdf)
        self.preview.say("")
        self._update_buttons()
        self.shown.emit()

    def _on_printed(self, result: tuple[ReceiptFiles, str]) -> None:
        chosen, printer = result
        self._original_printed = True
        if chosen is not self.files:
            self._show_files(chosen)
        self.preview.say(
            lambda: (
                self.tr("Printed on {printer}.").format(printer=printer)
                if chosen.copy_number == 0
                else self.tr("Copy {number} printed on {printer}.").format(
                    number=chosen.copy_number, printer=printer
                )
            )
        )
        self._update_buttons()
        self.printed.emit(printer)

    def _on_not_made(self, error: BaseException) -> None:
        self.preview.say_not_done(error, then=lambda: self.tr("The sale is saved."))
        if getattr(error, "code", None) == ErrorCode.PRINTING_NO_CJK_FONT:
            log.gui.error("no CJK font for receipts: %s", error)

    def _on_not_printed(self, error: BaseException) -> None:
        if isinstance(error, InputError):
            self.preview.say_not_done(error)
        else:
            self.preview.say_not_done(error, then=lambda: self.tr("The sale is saved."))

    def _on_not_saved(self, path: Path) -> None:
        self.preview.say(
            lambda: self.tr("Not saved: {path} cannot be written. Choose another folder.").format(
                path=str(path)
            ),
            error=True,
        )

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.busy
        self.ui.printButton.setEnabled(self.sale is not None and not busy)
        self.ui.savePdfButton.setEnabled(self.files is not None and not busy)
        self.ui.printButton.setText(
            self.tr("Print again (Ctrl+P)") if self._original_printed else self.tr("Print (Ctrl+P)")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_buttons()
        super().changeEvent(event)

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
