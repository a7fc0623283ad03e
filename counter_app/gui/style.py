"""Style-sheet states: a widget property the stylesheet selects on, applied at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def set_style_state(widget: QWidget, name: str, value: str) -> None:
    """Set *name* (e.g. "role", "status") and restyle, only when it changes.

    A changed property restyles only after the style has another look at the widget. A
    widget never polished yet picks the value up when it is first shown, so it is not
    polished now (the first QStyle costs ~25 ms: start-up work).
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show *text* in a screen's message *label*: an error in red, else a quiet hint."""
    label.setText(text)
    set_style_state(label, "role", "error" if error else "hint")
