"""A receipt's Chinese renders on a PC with no Chinese font: the font travels in the PDF.

Both readers are run with a fontconfig that knows no font at all (an empty font
directory), as on a fresh Windows or Linux box without CJK fonts, and must draw the
page exactly as they do with this machine's fonts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from counter_app.printing.receipt import SaleDocument, build_sale_pdf
from tests.printing.helpers import SHOP, renewal

QTPDF_RENDER = """
import sys
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
app = QGuiApplication([])
document = QPdfDocument()
document.load(sys.argv[1])
size = document.pagePointSize(0)
image = document.render(0, QSize(int(size.width() * 2), int(size.height() * 2)))
image.save(sys.argv[2])
"""


def no_fonts_environment(tmp_path: Path) -> dict[str, str]:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        "<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'>"
        f"<fontconfig><dir>{empty}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    environment = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    listed = subprocess.run(
        ["fc-list"], env=environment, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0 and "not found" in listed.stderr:
        pytest.skip("fc-list is not installed")
    assert listed.stdout.strip() == "", "the font-less fontconfig still finds fonts"
    return environment


@pytest.fixture
def receipt(tmp_path: Path) -> Path:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(build_sale_pdf(SaleDocument(renewal(), SHOP)))
    return path


def test_poppler_draws_the_same_page_without_any_system_font(tmp_path: Path, receipt: Path) -> None:
    bare = no_fonts_environment(tmp_path)
    for name, environment in (("usual", dict(os.environ)), ("bare", bare)):
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-singlefile", str(receipt), str(tmp_path / name)],
            env=environment,
            check=True,
            capture_output=True,
        )
    usual, without = (tmp_path / "usual.png").read_bytes(), (tmp_path / "bare.png").read_bytes()
    assert usual == without
    # ...and that page has the Chinese title drawn (a font left out of the PDF would
    # leave both renderings blank there, and equal).
    assert ink_on_word(receipt, tmp_path / "bare.png", "續費收據", dpi=110) > 0.08


def ink_on_word(pdf: Path, png: Path, word: str, *, dpi: int) -> float:
    """The share of dark pixels in the box where pdftotext places *word*."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">' + re.escape(word),
        boxes,
    )
    assert match is not None, f"{word} is not in the text layer"
    scale = dpi / 72
    x0, y0, x1, y1 = (round(float(value) * scale) for value in match.groups())
    image = QImage(str(png))
    assert not image.isNull()
    dark = sum(
        1
        for x in range(x0, x1)
        for y in range(y0, y1)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    return dark / max(1, (x1 - x0) * (y1 - y0))


def test_qtpdf_draws_the_same_page_without_any_system_font(tmp_path: Path, receipt: Path) -> None:
    bare = no_fonts_environment(tmp_path)
    images = {}
    for name, environment in (
        ("usual", dict(os.environ, QT_QPA_PLATFORM="offscreen")),
        ("bare", bare),
    ):
        out = tmp_path / f"qt-{name}.png"
        subprocess.run(
            [sys.executable, "-c", QTPDF_RENDER, str(receipt), str(out)],
            env=environment,
            check=True,
            capture_output=True,
            timeout=120,
        )
        images[name] = out.read_bytes()
    assert images["usual"] == images["bare"]
    assert len(images["usual"]) > 10_000  # a drawn receipt, not an empty page
