"""The on-screen QR code: whole-pixel modules, a quiet zone, and zbar reads it back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counter_app.gui.qr_view import QUIET_ZONE, QrView, qr_matrix

needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")


def _scan(path: Path) -> list[str]:
    done = subprocess.run(
        ["zbarimg", "-q", "--raw", str(path)], capture_output=True, text=True, check=False
    )
    return done.stdout.splitlines()


@needs_zbar
def test_the_drawn_code_reads_back_as_its_text(qtbot: QtBot, tmp_path: Path) -> None:
    text = "00020101021226330012hk.com.hkicl0209123456789"
    view = QrView()
    qtbot.addWidget(view)
    view.set_text(text)
    view.resize(330, 330)
    image = view.grab().toImage()
    image.save(str(tmp_path / "qr.png"))

    assert _scan(tmp_path / "qr.png") == [text]
    size = view.module_size()
    assert size == 330 // view.modules()
    # The quiet zone is white, the first finder pattern's corner is black.
    left = (330 - size * view.modules()) // 2
    corner = left + QUIET_ZONE * size
    assert image.pixelColor(corner - 1, corner - 1).lightness() == 255
    assert image.pixelColor(corner + 1, corner + 1).lightness() == 0


def test_the_layout_is_asked_for_at_least_the_smallest_readable_module(qtbot: QtBot) -> None:
    view = QrView(min_module=5)
    qtbot.addWidget(view)
    view.set_text("x" * 120)
    across = len(qr_matrix("x" * 120)) + 2 * QUIET_ZONE
    assert view.modules() == across
    assert view.sizeHint().width() == across * 5
    assert view.heightForWidth(400) == 400


def test_an_empty_text_draws_nothing(qtbot: QtBot) -> None:
    view = QrView()
    qtbot.addWidget(view)
    view.set_text("abc")
    view.set_text("")
    assert view.modules() == 0
    assert view.module_size() == 0
