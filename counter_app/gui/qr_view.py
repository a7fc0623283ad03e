"""A QR code drawn for a screen: crisp whole-pixel modules, a white quiet zone, square.

Phones read a code on a screen at arm's length when each module is a few whole pixels
and the quiet zone is the four modules the standard asks for; a module that falls
between pixels blurs under the camera's scaling. The symbol is made by ``segno`` (a
well-kept encoder) once per text; painting only fills rectangles.
"""

from __future__ import annotations

from typing import Final

import segno
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE: Final = 4  # modules of white on every side (ISO/IEC 18004)


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of *text*'s QR code, dark modules True, without the quiet zone.

    Level M (15 % may be lost: a finger or a glare over a corner), the smallest version
    that holds the text; never a Micro QR, which banking apps do not read.
    """
    code = segno.make_qr(text, error="m", boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix]


class QrView(QWidget):
    """Shows one QR code as large as its space allows, in whole pixels per module.

    *min_module* is the smallest module, in pixels, it asks the layout for: 4 px on a
    96 dpi screen is about 1 mm, which a phone reads from 30–40 cm.
    """

    def __init__(self, parent: QWidget | None = None, *, min_module: int = 4) -> None:
        super().__init__(parent)
        self._min_module = min_module
        self._text = ""
        self._matrix: list[list[bool]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # --- public --------------------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Show the code of *text* ("" shows nothing)."""
        if text == self._text:
            return
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.updateGeometry()
        self.update()

    def modules(self) -> int:
        """Modules across, quiet zone included (0 when empty)."""
        return len(self._matrix) + 2 * QUIET_ZONE if self._matrix else 0

    def module_size(self) -> int:
        """Whole pixels per module at the widget's present size (0 when empty)."""
        count = self.modules()
        if not count:
            return 0
        return max(1, min(self.width(), self.height()) // count)

    # --- QWidget -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        side = max(self.modules(), 25 + 2 * QUIET_ZONE) * self._min_module
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        size = self.module_size()
        side = size * self.modules()
        left = (self.width() - side) // 2
        top = (self.height() - side) // 2
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(QRect(left, top, side, side), QColor("white"))
            dark = QColor("black")
            origin_x = left + QUIET_ZONE * size
            origin_y = top + QUIET_ZONE * size
            for row_no, row in enumerate(self._matrix):
                column = 0
                while column < len(row):
                    if not row[column]:
                        column += 1
                        continue
                    run = column
                    while run < len(row) and row[run]:
                        run += 1
                    painter.fillRect(
                        QRect(
                            origin_x + column * size,
                            origin_y + row_no * size,
                            (run - column) * size,
                            size,
                        ),
                        dark,
                    )
                    column = run
        finally:
            painter.end()
