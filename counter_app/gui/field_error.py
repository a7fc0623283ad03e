"""An error shown where the clerk is looking: under the input it is about, scrolled into view.

A form's error label moves to the row under the input (or under the row that holds it, such
as a row of check boxes) in the input's QFormLayout; every scroll area around it then
scrolls, innermost first, so that the input and its error are both on screen.
"""

from __future__ import annotations

from typing import Final, cast

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLayout, QScrollArea, QWidget

# Room kept around the error when a scroll area brings it into view.
_MARGIN: Final = 24


def _row(form: QFormLayout, widget: QWidget) -> int:
    """*widget*'s row in *form*, -1 when it is not there."""
    row, _role = cast("tuple[int, object]", form.getWidgetPosition(widget))
    return row


def _holding_form(layout: QLayout, widget: QWidget) -> QFormLayout | None:
    if isinstance(layout, QFormLayout) and _row(layout, widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None:
            found = _holding_form(inner, widget)
            if found is not None:
                return found
    return None


def form_row(field: QWidget) -> tuple[QFormLayout, QWidget] | None:
    """The form layout holding *field* (or the nearest ancestor of it in a form), and that
    ancestor; None when it is in no form."""
    widget: QWidget | None = field
    while widget is not None:
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            form = _holding_form(layout, widget)
            if form is not None:
                return form, widget
        widget = parent
    return None


def place_under(label: QLabel, field: QWidget) -> bool:
    """Move *label* to the row under *field*'s in its form; False (label left where it
    was) when *field* is in no form or not in the label's form."""
    found = form_row(field)
    if found is None:
        return False
    form, row_widget = found
    home = form_row(label)
    if home is None or home[0] is not form:
        return False
    form.takeRow(label)
    row = _row(form, row_widget)
    form.insertRow(row + 1, label)
    label.show()
    return True


def _scroll_to(widget: QWidget) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    areas: list[QScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    for area in areas:
        area.ensureWidgetVisible(widget, _MARGIN, _MARGIN)


def scroll_into_view(widget: QWidget) -> None:
    """Once the layout has placed *widget*, scroll every scroll area around it to it."""
    QTimer.singleShot(0, widget, lambda: _scroll_to(widget))
