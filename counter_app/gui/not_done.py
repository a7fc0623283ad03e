"""The line a screen shows by its button when the environment or a bug stopped a call.

:class:`~counter_app.gui.service_calls.ServiceCall` has reported it already (the banner,
a dialog with Retry, or the bug's reference number): the line only says, in the clerk's
language, why what was asked is not done, where the clerk is looking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from counter_app.domain.errors import InputError, OutsideError
from counter_app.gui.error_text import describe
from counter_app.gui.style import say


def not_done_text(error: BaseException) -> str:
    """Why a call was not done: the error's text, or for a bug a pointer to its dialog."""
    if isinstance(error, InputError | OutsideError):
        return describe(error)
    return QCoreApplication.translate(
        "NotDone", "Something went wrong; see the message with its reference."
    )


def say_not_done(label: QLabel, error: BaseException, *, then: str = "") -> None:
    """Show why the call was not done in *label*, in red, and *then* after it."""
    say(label, f"{not_done_text(error)} {then}".strip(), error=True)
