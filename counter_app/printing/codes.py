"""The receipt number as a QR code and a Code 128 barcode, so a scan finds the sale again.

The QR code is most of a receipt's build time: each document makes exactly one.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Final

from reportlab.graphics.barcode import qrencoder  # type: ignore[import-untyped]
from reportlab.graphics.barcode.code128 import Code128  # type: ignore[import-untyped]

from counter_app.printing.layout import Canvas

# Scanners want at least 10 narrow bars of white on each side of a Code 128.
_QUIET_BARS: Final = 10
# Wider bars than this only make the code longer, not easier to scan.
_MAX_BAR: Final = 1.0

Paint = Callable[[Canvas, float, float], None]


def qr_modules(value: str) -> list[list[bool]]:
    """The QR code of *value* (level M: survives a smudge or a fold), dark modules True."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    return [[bool(module) for module in row] for row in code.modules]


def qr_graphic(value: str, size: float) -> Paint:
    """A painter for a *size* x *size* QR code with a 2-module quiet zone.

    Encoded here, once, and drawn as one path of row runs: ReportLab's QR widget builds a
    shape object per run and costs three times as much for the same marks.
    """
    modules = qr_modules(value)
    border = 2
    module = size / (len(modules) + 2 * border)

    def paint(canvas: Canvas, left: float, bottom: float) -> None:
        path = canvas.beginPath()
        top = bottom + size - border * module
        for row_no, row in enumerate(modules):
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    x = left + (border + column) * module
                    path.rect(x, top - (row_no + 1) * module, length * module, module)
                column += length
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()

    return paint


def bar_width(modules: int, room: float, printer_dot: float) -> float:
    """The narrowest bar: as wide as fits, and on a thermal roll a whole number of dots.

    A bar of 1.5 dots prints as 1 or 2 dots at random, which makes the code unreadable.
    """
    width = min(_MAX_BAR, room / (modules + 2 * _QUIET_BARS))
    if printer_dot and width >= printer_dot:
        width = math.floor(width / printer_dot) * printer_dot
    return width


def barcode_graphic(
    value: str, room: float, height: float, printer_dot: float
) -> tuple[float, Paint]:
    """The Code 128 of *value* at most *room* wide (quiet zones included), and its painter."""
    modules = int(Code128(value, barWidth=1, quiet=0, humanReadable=0).width)
    narrow = bar_width(modules, room, printer_dot)
    quiet = _QUIET_BARS * narrow
    barcode = Code128(
        value,
        barWidth=narrow,
        barHeight=height,
        quiet=1,
        lquiet=quiet,
        rquiet=quiet,
        humanReadable=0,
    )
    width = float(barcode.width)

    def paint(canvas: Canvas, left: float, bottom: float) -> None:
        barcode.drawOn(canvas, left, bottom)

    return width, paint
