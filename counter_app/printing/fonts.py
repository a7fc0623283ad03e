"""The Chinese font receipts are printed with: found once, embedded in every PDF.

ReportLab's built-in CID fonts are not embedded (a PC without a CJK font prints blanks,
and ``MSung-Light`` uses the Simplified CMap, so Traditional lines get lost), and it cannot
embed CFF-outline fonts such as Noto CJK. So receipts use a TrueType CJK font from the
shop's ``cjk_font_path`` setting or from the places operating systems install one.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

from counter_app import log
from counter_app.domain.errors import ErrorCode, OutsideError

NO_CJK_FONT: Final = ErrorCode.PRINTING_NO_CJK_FONT


@dataclass(frozen=True)
class FontFile:
    """A TrueType font file, and which font inside it when it is a collection (.ttc)."""

    path: Path
    subfont: int = 0


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


# Searched in order; a missing file costs one stat. Only TrueType outlines: Noto CJK and
# Source Han (CFF) cannot be embedded by ReportLab and are deliberately absent.
KNOWN_FONTS: tuple[FontFile, ...] = (
    FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
    FontFile(Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc")),  # Fedora
    FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")),
    FontFile(Path("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc")),
    FontFile(Path("/usr/share/fonts/truetype/arphic/uming.ttc")),
    FontFile(_windows_fonts() / "msjh.ttc"),
    FontFile(_windows_fonts() / "msjh.ttf"),
    FontFile(_windows_fonts() / "mingliu.ttc"),
    FontFile(_windows_fonts() / "msyh.ttc"),
    FontFile(Path("/System/Library/Fonts/STHeiti Medium.ttc")),
    FontFile(Path("/System/Library/Fonts/STHeiti Light.ttc")),
    FontFile(Path("/Library/Fonts/Arial Unicode.ttf")),
    FontFile(Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf")),
)

INSTALL_HINT: Final = (
    "Install one: on Debian/Ubuntu `sudo apt-get install fonts-wqy-microhei`; on Windows, "
    "Microsoft JhengHei (msjh.ttc, part of Windows: Settings > Fonts); or set the shop "
    "setting cjk_font_path to a TrueType Chinese font (.ttf or .ttc). Noto CJK and other "
    ".otf fonts cannot be embedded."
)


class CjkFontMissing(OutsideError):
    """No embeddable Chinese font: the receipt would print blanks or boxes, so none is made."""

    code = NO_CJK_FONT

    def __init__(self, configured_problem: str | None = None) -> None:
        before = f"{configured_problem} " if configured_problem else ""
        super().__init__(
            f"{before}No Chinese font that can be embedded in receipts was found. {INSTALL_HINT}"
        )


@dataclass(frozen=True)
class CjkFont:
    """A registered font: ``name`` is what ReportLab's canvas and stringWidth take."""

    name: str
    file: FontFile


_lock = threading.Lock()
_registered: dict[FontFile, str] = {}
_unusable: dict[FontFile, str] = {}


def _register(font: FontFile) -> str:
    """The ReportLab name of *font*, loading it the first time (parsing takes ~0.1 s).

    Raises ValueError with the reason when the file is missing or cannot be embedded.
    """
    with _lock:
        if font in _registered:
            return _registered[font]
        if font in _unusable:
            raise ValueError(_unusable[font])
        if not font.path.is_file():
            # Not cached: the font may be installed while the program runs.
            raise ValueError(f"{font.path} does not exist")
        name = f"CounterCJK{len(_registered)}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(font.path), subfontIndex=font.subfont))
        except (TTFError, OSError, IndexError, KeyError, ValueError) as exc:
            reason = f"{font.path} cannot be embedded ({exc})"
            _unusable[font] = reason
            raise ValueError(reason) from exc
        _registered[font] = name
        log.printing.info("receipts use the font %s (subfont %d)", font.path, font.subfont)
        return name


def _configured_file(configured: str | Path | None) -> FontFile | None:
    if configured is None or not str(configured).strip():
        return None
    return FontFile(Path(str(configured).strip()).expanduser())


def _configured_problem(configured: FontFile | None) -> str | None:
    if configured is None:
        return None
    try:
        _register(configured)
    except ValueError as exc:
        return f"The font set in cjk_font_path cannot be used: {exc}."
    return None


def cjk_font(configured: str | Path | None = None) -> CjkFont:
    """The configured font if usable, else the first known system font; registered once.

    Raises :class:`CjkFontMissing` when there is none.
    """
    wanted = _configured_file(configured)
    candidates = ([wanted] if wanted else []) + list(KNOWN_FONTS)
    for candidate in candidates:
        try:
            return CjkFont(_register(candidate), candidate)
        except ValueError:
            continue
    raise CjkFontMissing(_configured_problem(wanted))


def font_problem(configured: str | Path | None = None) -> str | None:
    """What a settings or print dialog should tell the user about the font, or None."""
    wanted = _configured_file(configured)
    problem = _configured_problem(wanted)
    try:
        found = cjk_font(configured)
    except CjkFontMissing as exc:
        return str(exc)
    if problem:
        return f"{problem} Receipts use {found.file.path} instead."
    return None
