"""Where the window opens: maximized on its screen, or where it was last closed on this PC.

The place is kept per user on this PC (the config folder, owner-only) as plain JSON: the
window's normal geometry and whether it was maximized. It is used again only when it still
fits the screen's available area (a PC moved to a smaller screen, or a task bar that grew,
gets a maximized window rather than one reaching past the edge).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from counter_app import log
from counter_app.files import write_atomically

PLACEMENT_FILE_NAME: Final = "window.json"

# Room for the window manager's title bar and borders, which the window's own geometry
# leaves out (the frame is known only once the window is on screen).
FRAME_WIDTH: Final = 16
FRAME_HEIGHT: Final = 48


@dataclass(frozen=True)
class Placement:
    """The window's normal (not maximized) geometry and whether it was maximized."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool

    @property
    def rect(self) -> QRect:
        return QRect(self.x, self.y, self.width, self.height)


def placement_path(config_dir: Path) -> Path:
    return config_dir / PLACEMENT_FILE_NAME


def read_placement(path: Path) -> Placement | None:
    """The saved place, or None when there is none or it cannot be read (then maximized)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        placement = Placement(
            x=data["x"],
            y=data["y"],
            width=data["width"],
            height=data["height"],
            maximized=data["maximized"],
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.gui.warning("window place in %s not used: %s", path, exc)
        return None
    numbers = (placement.x, placement.y, placement.width, placement.height)
    if not all(type(n) is int for n in numbers) or type(placement.maximized) is not bool:
        log.gui.warning("window place in %s not used: not whole numbers", path)
        return None
    return placement


def save_placement(window: QWidget, path: Path) -> None:
    """Keep *window*'s place for the next start; a failure to write is only logged."""
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    data = {
        "x": normal.x(),
        "y": normal.y(),
        "width": normal.width(),
        "height": normal.height(),
        "maximized": window.isMaximized(),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(data).encode("utf-8"), overwrite=True)
    except OSError as exc:
        log.gui.warning("window place not saved to %s: %s", path, exc)


def fits(placement: Placement, available: QRect, minimum_width: int, minimum_height: int) -> bool:
    """Whether the window, with its frame, lies wholly in *available* at its saved place."""
    framed = QRect(
        placement.x,
        placement.y,
        placement.width + FRAME_WIDTH,
        placement.height + FRAME_HEIGHT,
    )
    return (
        placement.width >= minimum_width
        and placement.height >= minimum_height
        and available.contains(framed)
    )


def show_placed(window: QWidget, path: Path) -> None:
    """Show *window* where it was last closed if that still fits its screen, else maximized."""
    placement = read_placement(path)
    screen = window.screen()
    if placement is not None and screen is not None:
        minimum = window.minimumSize()
        if fits(placement, screen.availableGeometry(), minimum.width(), minimum.height()):
            window.setGeometry(placement.rect)
            if placement.maximized:
                window.showMaximized()
            else:
                window.show()
            return
    window.showMaximized()
