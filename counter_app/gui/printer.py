"""Printing a finished PDF through QPrinter, to any printer the system knows.

The documents are built by :mod:`counter_app.printing` (no Qt); this is the Qt side that
hands one to a printer: each page is rendered with QtPdf at the printer's resolution and
painted on a page of exactly the document's size, so an 80 mm receipt comes out 80 mm
wide on a thermal printer and a laser printer alike. Runs in a worker thread.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from counter_app import log
from counter_app.domain.errors import ErrorCode, OutsideError

# Fine enough for any receipt printer (203 or 300 dpi) without building huge images for a
# 1200 dpi office laser.
MAX_RENDER_DPI: Final = 300


class PrinterProblem(OutsideError):
    """The printer is missing, offline or refused the job; the sale is not affected."""

    def __init__(self, message: str, *, code: ErrorCode | str, printer: str = "") -> None:
        super().__init__(message, code=code, params={"printer": printer})
        self.printer = printer


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def _printer_info(name: str) -> QPrinterInfo:
    if name:
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            known = ", ".join(printer_names()) or "none"
            raise PrinterProblem(
                f"the printer {name!r} is not installed on this PC (installed: {known})",
                code=ErrorCode.PRINTER_MISSING,
                printer=name,
            )
        return info
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrinterProblem(
            "this PC has no default printer: choose one in the settings",
            code=ErrorCode.PRINTER_NONE,
        )
    return info


def print_pdf(pdf: bytes, *, printer_name: str, copies: int = 1, title: str = "receipt") -> str:
    """Print *pdf* on *printer_name* ("" = the default); returns the printer's name."""
    info = _printer_info(printer_name)
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise ValueError(f"the document to print cannot be read: {document.error()}")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCopyCount(max(1, copies))
    first = document.pagePointSize(0)
    printer.setPageLayout(_layout(first))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterProblem(
            f"the printer {info.printerName()!r} did not accept the job: is it on and online?",
            code=ErrorCode.PRINTER_REFUSED,
            printer=info.printerName(),
        )
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for index in range(document.pageCount()):
            size = document.pagePointSize(index)
            if index:
                printer.setPageLayout(_layout(size))
                printer.newPage()
            image = document.render(
                index, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            )
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(target), image)
    finally:
        painter.end()
    log.gui.info("printed %s on %s", title, info.printerName())
    return info.printerName()


def _layout(size_pt: QSizeF) -> QPageLayout:
    page = QPageSize(size_pt, QPageSize.Unit.Point, "receipt", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
