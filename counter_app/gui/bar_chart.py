"""A bar chart of amounts of money, painted with QPainter: one horizontal bar per row.

Labels are drawn in the widget's own font, so Chinese names show as the rest of the window
shows them; amounts are HK$. Rows read top to bottom in the order given, like the table
beside the chart, and a negative amount (a day of more refunds than sales) goes left of
the zero line, in another colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from counter_app.domain.money import format_money

POSITIVE: Final = QColor("#2f6f9f")
NEGATIVE: Final = QColor("#b0413e")
GRID: Final = QColor("#d8dde0")
_PADDING: Final = 8.0
_MAX_BAR: Final = 28.0
_MAX_LABEL_SHARE: Final = 0.38
_TICKS: Final = 5


@dataclass(frozen=True)
class Bar:
    """One row of the chart: what it is and its amount in cents."""

    label: str
    amount: int


def whole_dollars(cents: int) -> str:
    """An axis tick: "HK$1,200" (ticks fall on round amounts)."""
    sign = "-" if cents < 0 else ""
    return f"{sign}HK${abs(cents) // 100:,}"


def nice_step(span: int, ticks: int = _TICKS) -> int:
    """A round tick step in cents (1, 2 or 5 x a power of ten dollars) for *span* cents."""
    raw = max(span // max(ticks, 1), 100)
    power = int(10 ** (len(str(raw)) - 1))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


@dataclass(frozen=True)
class Scale:
    """The amounts the axis runs between (cents, a whole number of steps) and its step."""

    low: int
    high: int
    step: int

    @classmethod
    def fitting(cls, amounts: Sequence[int]) -> Scale:
        low, high = min(0, *amounts, 0), max(0, *amounts, 0)
        if low == high:
            high = 10_000  # nothing to show: an axis up to HK$100
        step = nice_step(high - low)
        return cls(
            low=-math.ceil(-low / step) * step if low < 0 else 0,
            high=math.ceil(high / step) * step,
            step=step,
        )

    def ticks(self) -> list[int]:
        return list(range(self.low, self.high + 1, self.step))


class BarChart(QWidget):
    """Horizontal bars of HK$ amounts with their labels, amounts and an HK$ axis.

    Call :meth:`set_bars`; :meth:`bar_rects` says where each bar is drawn (for tests and
    tooltips). A tooltip shows a bar's label and amount.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._empty_text = ""
        self.setMinimumSize(QSize(220, 160))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # --- public --------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = tuple(bars)
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {format_money(bar.amount)}" for bar in self._bars)
        )
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has no bars."""
        self._empty_text = text
        self.update()

    def scale(self) -> Scale:
        return Scale.fitting([bar.amount for bar in self._bars])

    def bar_rects(self) -> list[QRectF]:
        """Each bar's rectangle in widget coordinates, in the order of the bars."""
        return self._geometry().rects

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    # --- painting ------------------------------------------------------------------------

    def _geometry(self) -> _Geometry:
        return _Geometry.of(self._bars, self.scale(), QFontMetricsF(self.font()), self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text_colour = palette.color(self.foregroundRole())
        if not self._bars:
            painter.setPen(text_colour)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        geometry = self._geometry()
        metrics = QFontMetricsF(self.font())
        scale = self.scale()
        plot = geometry.plot
        # The axis: grid lines and their amounts.
        for tick in scale.ticks():
            x = geometry.x_of(tick)
            painter.setPen(QPen(text_colour if tick == 0 else GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text_colour)
            text = whole_dollars(tick)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 4), text)
        label_every = geometry.label_every
        for number, (bar, rect) in enumerate(zip(self._bars, geometry.rects, strict=True)):
            painter.fillRect(rect, NEGATIVE if bar.amount < 0 else POSITIVE)
            middle = rect.center().y()
            baseline = middle + (metrics.ascent() - metrics.descent()) / 2
            painter.setPen(text_colour)
            if number % label_every == 0:
                label = metrics.elidedText(
                    bar.label, Qt.TextElideMode.ElideRight, geometry.label_width
                )
                painter.drawText(QPointF(_PADDING, baseline), label)
            if geometry.values_fit:
                amount = format_money(bar.amount)
                width = metrics.horizontalAdvance(amount)
                x = rect.right() + 4 if bar.amount >= 0 else rect.left() - 4 - width
                painter.drawText(QPointF(x, baseline), amount)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
            else:
                bar = self._bars[row]
                QToolTip.showText(
                    event.globalPos(), f"{bar.label}\n{format_money(bar.amount)}", self
                )
            return True
        return super().event(event)

    def _row_at(self, y: float) -> int | None:
        geometry = self._geometry()
        if not self._bars or not geometry.plot.top() <= y < geometry.plot.bottom():
            return None
        row = int((y - geometry.plot.top()) // geometry.row_height)
        return row if 0 <= row < len(self._bars) else None


@dataclass(frozen=True)
class _Geometry:
    """Where everything goes for one size of the widget (pixels are floats; money is not)."""

    plot: QRectF
    scale: Scale
    label_width: float
    row_height: float
    label_every: int
    values_fit: bool
    rects: list[QRectF]

    @classmethod
    def of(
        cls, bars: Sequence[Bar], scale: Scale, metrics: QFontMetricsF, area: QRect
    ) -> _Geometry:
        whole = QRectF(area)
        widest_label = max((metrics.horizontalAdvance(bar.label) for bar in bars), default=0.0)
        label_width = min(widest_label, whole.width() * _MAX_LABEL_SHARE)
        widest_amount = max(
            (metrics.horizontalAdvance(format_money(bar.amount)) for bar in bars), default=0.0
        )
        negative = any(bar.amount < 0 for bar in bars)
        left = _PADDING + label_width + _PADDING + (widest_amount + 4 if negative else 0)
        right = whole.width() - _PADDING - widest_amount - 4
        axis = metrics.height() + 8
        plot = QRectF(
            left, _PADDING, max(right - left, 1.0), max(whole.height() - axis - 2 * _PADDING, 1.0)
        )
        count = max(len(bars), 1)
        row_height = plot.height() / count
        label_every = max(1, math.ceil(metrics.height() / row_height))
        geometry = cls(plot, scale, label_width, row_height, label_every, label_every == 1, [])
        thickness = min(row_height * 0.7, _MAX_BAR)
        zero = geometry.x_of(0)
        for number, bar in enumerate(bars):
            end = geometry.x_of(bar.amount)
            top = plot.top() + number * row_height + (row_height - thickness) / 2
            geometry.rects.append(QRectF(min(zero, end), top, abs(end - zero), thickness))
        return geometry

    def x_of(self, amount: int) -> float:
        span = self.scale.high - self.scale.low
        return self.plot.left() + (amount - self.scale.low) / span * self.plot.width()
