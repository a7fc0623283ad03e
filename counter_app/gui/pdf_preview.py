"""A PDF on screen (a receipt, an X or Z report) with a status line under it.

The document is read from memory; each new one replaces the last, and its buffer goes
with it (one per sale would otherwise stay a child of the preview all day). The status
line says what is happening to the document (preparing, printing, printed, or why not),
in the clerk's language, with the same words for a receipt and for a report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from counter_app.gui import not_done, style


class PdfPreview(QWidget):
    """A read-only preview of one PDF, fitted to the width, and its status line."""

    def __init__(
        self, *, name: str = "pdfPreview", status_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName(f"{name}View")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.status = QLabel(self)
        self.status.setObjectName(status_name or f"{name}StatusLabel")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._buffer: QBuffer | None = None
        # What the status line says, said again in the new language after a switch.
        self._saying: Callable[[], None] | None = None

    @property
    def shown(self) -> bool:
        return self._buffer is not None

    def show_pdf(self, pdf: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._close_document()
        self.document.load(buffer)
        self._buffer = buffer

    def clear(self) -> None:
        self._close_document()
        self._saying = None
        self.status.clear()

    def say(self, text: str | Callable[[], str], *, error: bool = False) -> None:
        """Show *text* on the status line; given as a function, it is asked again for the
        new language after a switch (a plain string stays as it is)."""
        self._speak(lambda: style.say(self.status, _text(text), error=error))

    def say_not_done(self, error: BaseException, *, then: str | Callable[[], str] = "") -> None:
        """Why the document was not made or printed (printer, font, database), and *then*."""
        self._speak(lambda: not_done.say_not_done(self.status, error, then=_text(then)))

    def _speak(self, saying: Callable[[], None]) -> None:
        self._saying = saying
        saying()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._saying is not None:
            self._saying()
        super().changeEvent(event)

    def _close_document(self) -> None:
        # The document reads from the buffer until it is closed; then the buffer goes.
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None


def _text(text: str | Callable[[], str]) -> str:
    return text() if callable(text) else text
