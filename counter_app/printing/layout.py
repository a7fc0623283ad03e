"""A small top-to-bottom layout for narrow paper: measure everything, then draw.

A roll receipt's page is as tall as its content, so the whole document is laid out into
blocks of known height first and drawn afterwards. Every text is wrapped to the printable
width with the font's own metrics: Chinese may break between any two characters, other
text between words (a word longer than the line is cut per character), and closing
punctuation never starts a line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Protocol

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

# Never at the start of a line: they belong to the character before them.
_NO_LINE_START: Final = frozenset("，。、；：！？）」』】》〉,.;:!?)]}%…")
# Never at the end of a line: they belong to the character after them.
_NO_LINE_END: Final = frozenset("（「『【《〈([{")
# A fake bold is drawn with a stroke of this fraction of the size around each glyph.
_BOLD_STROKE: Final = 0.035
# Where the baseline sits below the top of the font's em box (WenQuanYi's ascent is 0.77).
_ASCENT: Final = 0.8

Canvas = Any
"""ReportLab's canvas (ReportLab ships no type information)."""


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    line_height: float = 1.3
    bold: bool = False

    @property
    def leading(self) -> float:
        return self.size * self.line_height

    def width(self, text: str) -> float:
        """The drawn width of *text*, including a fake bold's stroke."""
        extra = self.size * _BOLD_STROKE if self.bold and text else 0.0
        return float(stringWidth(text, self.font, self.size)) + extra


def _breaks_anywhere(character: str) -> bool:
    """CJK ideographs, kana, hangul, CJK and full-width punctuation."""
    code = ord(character)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def _atoms(text: str) -> Iterator[tuple[str, bool]]:
    """The unbreakable pieces of one paragraph, each with whether a space comes before it."""
    atom = ""
    space_before = False
    pending_space = False
    last_breaks = False
    glue = False
    for character in text:
        if character.isspace():
            pending_space = bool(atom)
            glue = False
            continue
        breaks = _breaks_anywhere(character)
        joins = (
            bool(atom)
            and not pending_space
            and (glue or character in _NO_LINE_START or not (breaks or last_breaks))
        )
        if joins:
            atom += character
        else:
            if atom:
                yield atom, space_before
            atom, space_before = character, pending_space
        pending_space = False
        last_breaks = breaks
        glue = character in _NO_LINE_END
    if atom:
        yield atom, space_before


def _cut(atom: str, style: TextStyle, width: float) -> list[str]:
    """An atom too long for a line, cut into pieces that fit (at least one character each)."""
    pieces: list[str] = []
    piece = ""
    for character in atom:
        if piece and style.width(piece + character) > width:
            pieces.append(piece)
            piece = ""
        piece += character
    if piece:
        pieces.append(piece)
    return pieces


def wrap(text: str, style: TextStyle, width: float) -> list[str]:
    """*text* as lines no wider than *width*; a newline in *text* always starts a new line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for atom, space_before in _atoms(paragraph):
            candidate = f"{line} {atom}" if line and space_before else line + atom
            if style.width(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = _cut(atom, style, width)
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    return lines


class Block(Protocol):
    """Something of known height, drawn from *top* down within *width*."""

    @property
    def height(self) -> float: ...

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None: ...


def draw_string(canvas: Canvas, x: float, baseline: float, text: str, style: TextStyle) -> None:
    """The font has no bold face: bold is the glyphs filled and stroked (render mode 2)."""
    if not style.bold:
        canvas.setFont(style.font, style.size)
        canvas.drawString(x, baseline, text)
        return
    canvas.saveState()
    canvas.setLineWidth(style.size * _BOLD_STROKE)
    # The stroke is centred on the outline: shift right so it starts where the text does.
    start = canvas.beginText(x + style.size * _BOLD_STROKE / 2, baseline)
    start.setFont(style.font, style.size)
    start.setTextRenderMode(2)
    start.textOut(text)
    canvas.drawText(start)
    canvas.restoreState()


@dataclass(frozen=True)
class Row:
    """One line of text, and optionally a value right-aligned on the same line."""

    text: str
    style: TextStyle
    align: Align = Align.LEFT
    indent: float = 0.0
    value: str = ""


@dataclass(frozen=True)
class Rows:
    rows: tuple[Row, ...]

    @property
    def height(self) -> float:
        return sum(row.style.leading for row in self.rows)

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        y = top
        for row in self.rows:
            style = row.style
            baseline = y - (style.leading - style.size) / 2 - style.size * _ASCENT
            if row.text:
                if row.align is Align.LEFT:
                    left = x + row.indent
                elif row.align is Align.RIGHT:
                    left = x + width - style.width(row.text)
                else:
                    left = x + (width - style.width(row.text)) / 2
                draw_string(canvas, left, baseline, row.text, style)
            if row.value:
                draw_string(canvas, x + width - style.width(row.value), baseline, row.value, style)
            y -= style.leading

    def widest(self, width: float) -> float:
        """How far right the widest line reaches, for checking that nothing overflows."""
        reach = 0.0
        for row in self.rows:
            if row.value:
                reach = max(reach, width)
            if row.text:
                start = row.indent if row.align is Align.LEFT else 0.0
                reach = max(reach, start + row.style.width(row.text))
        return reach


@dataclass(frozen=True)
class Space:
    height: float

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """Nothing to draw: the space is the point."""


@dataclass(frozen=True)
class Rule:
    height: float
    dashed: bool = True
    weight: float = 0.6

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(self.weight)
        if self.dashed:
            canvas.setDash(2, 2)
        middle = top - self.height / 2
        canvas.line(x, middle, x + width, middle)
        canvas.restoreState()


@dataclass(frozen=True)
class Boxed:
    """Text in a frame (VOID, COPY): impossible to miss on the paper."""

    lines: tuple[str, ...]
    style: TextStyle
    padding: float
    weight: float = 1.5

    @property
    def height(self) -> float:
        return len(self.lines) * self.style.leading + 2 * self.padding

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(self.weight)
        inset = self.weight / 2
        canvas.rect(
            x + inset, top - self.height + inset, width - 2 * inset, self.height - 2 * inset
        )
        canvas.restoreState()
        rows = Rows(tuple(Row(line, self.style, Align.CENTER) for line in self.lines))
        rows.draw(canvas, x, top - self.padding, width)


@dataclass(frozen=True)
class Graphic:
    """A picture of fixed size (logo, QR code, barcode), centred across the width."""

    width: float
    height: float
    paint: Callable[[Canvas, float, float], None]  # (canvas, left, bottom)

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        self.paint(canvas, x + (width - self.width) / 2, top - self.height)


@dataclass(frozen=True)
class Column:
    """A table column *width* points wide (0: what the other columns leave), aligned."""

    width: float = 0.0
    align: Align = Align.LEFT


@dataclass(frozen=True)
class Cells:
    """One table row: each cell's lines in its own column, as tall as its tallest cell."""

    cells: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[float, float], ...]  # (left offset, width) of each column
    aligns: tuple[Align, ...]
    style: TextStyle

    @property
    def height(self) -> float:
        return max((len(lines) for lines in self.cells), default=0) * self.style.leading

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        for lines, (left, room), align in zip(self.cells, self.spans, self.aligns, strict=True):
            rows = Rows(tuple(Row(line, self.style, align) for line in lines))
            rows.draw(canvas, x + left, top, room)


@dataclass(frozen=True)
class Group:
    """Blocks that stay on one page together (a heading and its rows)."""

    blocks: tuple[Block, ...]

    @property
    def height(self) -> float:
        return sum(block.height for block in self.blocks)

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        for block in self.blocks:
            block.draw(canvas, x, top, width)
            top -= block.height


class Flow:
    """Blocks stacked top to bottom in a column *width* wide."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.blocks: list[Block] = []

    @property
    def height(self) -> float:
        return sum(block.height for block in self.blocks)

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def text(
        self, text: str, style: TextStyle, *, align: Align = Align.LEFT, indent: float = 0.0
    ) -> None:
        """A paragraph, wrapped; blank text adds nothing."""
        if not text.strip():
            return
        room = self.width - (indent if align is Align.LEFT else 0.0)
        lines = wrap(text.strip(), style, room)
        self.add(Rows(tuple(Row(line, style, align, indent) for line in lines)))

    def pair(self, label: str, value: str, style: TextStyle, *, indent: float = 0.0) -> None:
        """A label on the left and its value on the right, on one line when both fit.

        Otherwise the label takes its own lines and the value follows, right-aligned.
        """
        gap = style.size
        room = self.width - indent
        if style.width(label) + gap + style.width(value) <= room:
            self.add(Rows((Row(label, style, Align.LEFT, indent, value),)))
            return
        rows = [Row(line, style, Align.LEFT, indent) for line in wrap(label, style, room)]
        rows += [Row(line, style, Align.RIGHT) for line in wrap(value, style, room - gap)]
        self.add(Rows(tuple(rows)))

    def row(
        self,
        cells: Sequence[str],
        columns: Sequence[Column],
        style: TextStyle,
        *,
        gap: float | None = None,
    ) -> None:
        """One row of a table: each cell wrapped to its column, *gap* (1 em) between columns.

        Amounts in right-aligned columns of the same width line up from row to row.
        """
        if len(cells) != len(columns):
            raise ValueError(f"{len(cells)} cells for {len(columns)} columns")
        space = style.size if gap is None else gap
        fixed = sum(column.width for column in columns)
        flexible = sum(1 for column in columns if not column.width)
        rest = self.width - fixed - space * (len(columns) - 1)
        if rest < 0 or (flexible and rest <= 0):
            raise ValueError("the columns are wider than the paper")
        spans: list[tuple[float, float]] = []
        left = 0.0
        for column in columns:
            room = column.width or rest / flexible
            spans.append((left, room))
            left += room + space
        wrapped = tuple(
            tuple(wrap(text.strip(), style, room)) if text.strip() else ()
            for text, (_, room) in zip(cells, spans, strict=True)
        )
        aligns = tuple(column.align for column in columns)
        self.add(Cells(wrapped, tuple(spans), aligns, style))

    def boxed(self, lines: Sequence[str], style: TextStyle) -> None:
        padding = style.size * 0.35
        inner = self.width - 2 * padding - style.size
        wrapped = tuple(piece for line in lines for piece in wrap(line, style, inner))
        self.add(Boxed(wrapped, style, padding))

    def rule(self, height: float, *, dashed: bool = True) -> None:
        self.add(Rule(height, dashed))

    def space(self, height: float) -> None:
        self.add(Space(height))

    def graphic(
        self, width: float, height: float, paint: Callable[[Canvas, float, float], None]
    ) -> None:
        self.add(Graphic(min(width, self.width), height, paint))

    def keep_together(self, start: int) -> None:
        """The blocks added since there were *start* become one, never split by a page."""
        if len(self.blocks) - start > 1:
            group = Group(tuple(self.blocks[start:]))
            del self.blocks[start:]
            self.add(group)

    def draw(self, canvas: Canvas, x: float, top: float) -> float:
        """Draw every block from *top* down; returns where the last one ended."""
        for block in self.blocks:
            block.draw(canvas, x, top, self.width)
            top -= block.height
        return top

    def pages(self, page_height: float) -> list[list[Block]]:
        """The blocks split into pages of *page_height* (for A4); a block is never split.

        A group taller than a whole page is the exception: its blocks go page by page.
        """
        pages: list[list[Block]] = [[]]
        room = page_height
        for block in _fitting(self.blocks, page_height):
            if block.height > room and pages[-1]:
                pages.append([])
                room = page_height
            pages[-1].append(block)
            room -= block.height
        return pages


def _fitting(blocks: Sequence[Block], page_height: float) -> Iterator[Block]:
    for block in blocks:
        if isinstance(block, Group) and block.height > page_height:
            yield from _fitting(block.blocks, page_height)
        else:
            yield block
