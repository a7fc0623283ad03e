"""A screen's call of a service: off the GUI thread, its failure handled by whose fault it is.

Shaped like Anki's ``QueryOp``: a parent widget, a work function on plain data, what to
do with the result::

    ServiceCall(self, "find the line", partial(station.find, text), self._on_found)
        .failure(self._on_search_problem)
        .run()

- The clerk's mistake (:class:`InputError`) reaches the screen as the error object, so
  it can mark the field the error names; with no ``failure`` handler it is shown in a box.
- The environment's (:class:`OutsideError`): a database that does not answer brings the
  window's red banner with Retry (a screen used on its own gets a dialog with Retry);
  anything else outside (a printer) gets a dialog with Retry. Retry runs the same call
  again: a sale keeps its UUID, so it cannot be completed twice.
- Anything else is a bug: a reference number, the traceback in the log, a plain dialog.

The call owns its parent's busy state (:func:`calls_of`) and drops its callbacks when the
parent widget is gone, or when a newer call with the same key has replaced it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from counter_app import log
from counter_app.domain.errors import DatabaseUnavailable, InputError, OutsideError
from counter_app.gui import messages
from counter_app.gui.connection import database_watch
from counter_app.gui.error_text import describe
from counter_app.gui.tasks import run_task

T = TypeVar("T")
_CALLS_NAME = "serviceCalls"


class Calls(QObject):
    """The service calls of one widget: whether any is running, and the newest per key.

    Signals:
        busyChanged(bool): the first call started, or the last one ended.
    """

    busyChanged = Signal(bool)

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName(_CALLS_NAME)
        self._running = 0
        self._newest: dict[str, int] = {}

    @property
    def busy(self) -> bool:
        return self._running > 0

    def forget(self, key: str) -> None:
        """Drop the results of the calls with *key* still running (the screen moved on)."""
        self._newest[key] = self._newest.get(key, 0) + 1

    def started(self) -> None:
        self._running += 1
        if self._running == 1:
            self.busyChanged.emit(True)

    def ended(self) -> None:
        self._running = max(0, self._running - 1)
        if self._running == 0:
            self.busyChanged.emit(False)

    def take_turn(self, key: str) -> int:
        """A new call with *key*: the earlier ones' results will be dropped."""
        self.forget(key)
        return self._newest[key]

    def is_newest(self, key: str, turn: int) -> bool:
        return self._newest.get(key) == turn


def calls_of(widget: QWidget) -> Calls:
    """The :class:`Calls` of *widget*, made on first use (a child of the widget)."""
    found = widget.findChild(Calls, _CALLS_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, Calls) else Calls(widget)


class ServiceCall(Generic[T]):
    """One call of a service for *parent*: *work* in the background, *success* on the GUI thread.

    *work* takes plain data and returns plain data: it must not capture a widget (give it
    the values it needs, e.g. with ``functools.partial``).
    """

    def __init__(
        self,
        parent: QWidget,
        name: str,
        work: Callable[[], T],
        success: Callable[[T], None],
    ) -> None:
        self._parent = parent
        self._name = name
        self._work = work
        self._success = success
        self._on_input_error: Callable[[InputError], None] | None = None
        self._on_not_done: Callable[[BaseException], None] | None = None
        self._key = ""
        self._busy = True
        self._quiet = False

    def failure(self, handler: Callable[[InputError], None]) -> Self:
        """The clerk's mistake goes to *handler* (to show by the field it names)."""
        self._on_input_error = handler
        return self

    def not_done(self, handler: Callable[[BaseException], None]) -> Self:
        """Also told when the environment or a bug stopped the call (after it was reported)."""
        self._on_not_done = handler
        return self

    def replacing(self, key: str) -> Self:
        """Only the newest call of *parent* with *key* delivers; older results are dropped."""
        self._key = key
        return self

    def in_background(self) -> Self:
        """A refresh the clerk need not wait for: the screen is not busy meanwhile."""
        self._busy = False
        return self

    def quietly(self) -> Self:
        """Background upkeep: the screen is not busy meanwhile, and a failure is only logged."""
        self._busy = False
        self._quiet = True
        return self

    def run(self) -> None:
        calls = calls_of(self._parent)
        turn = calls.take_turn(self._key) if self._key else 0
        if self._busy:
            calls.started()
        run_task(
            self._name,
            self._work,
            lambda result: self._on_result(calls, turn, result),
            lambda error: self._on_error(calls, turn, error),
        )

    # --- on the GUI thread, once the work is done ----------------------------------------

    def _still_wanted(self, calls: Calls, turn: int) -> bool:
        """Ends this call's busy state; False when nobody waits for its outcome any more."""
        if not shiboken6.isValid(self._parent) or not shiboken6.isValid(calls):
            return False
        if self._busy:
            calls.ended()
        return not self._key or calls.is_newest(self._key, turn)

    def _on_result(self, calls: Calls, turn: int, result: T) -> None:
        if self._still_wanted(calls, turn):
            if not self._quiet:
                # Not background upkeep: one started before the banner went up may end
                # after it, and the failed call the banner retries is still not done.
                database_watch().report_answered()
            self._success(result)

    def _on_error(self, calls: Calls, turn: int, error: BaseException) -> None:
        if self._still_wanted(calls, turn):
            self._report(error)
        elif not isinstance(error, InputError | OutsideError):
            log.gui.error("%s failed after its screen moved on", self._name, exc_info=error)

    def _report(self, error: BaseException) -> None:
        if self._quiet:
            if isinstance(error, InputError | OutsideError):
                log.gui.warning("%s: %r", self._name, error)
            else:
                log.gui.error("%s failed", self._name, exc_info=error)
            return
        if isinstance(error, InputError):
            if self._on_input_error is not None:
                self._on_input_error(error)
            else:
                messages.show_error(
                    self._parent,
                    QCoreApplication.translate("ServiceCall", "Not done"),
                    describe(error),
                )
            return
        if isinstance(error, DatabaseUnavailable):
            watch = database_watch()
            if watch.banners:
                watch.report_lost(str(error), self.run, reason=describe(error))
            else:
                messages.show_error(
                    self._parent,
                    QCoreApplication.translate("ServiceCall", "Database not available"),
                    QCoreApplication.translate(
                        "ServiceCall", "The sale in progress is kept. Check the network and retry."
                    ),
                    details=str(error),
                    on_retry=self.run,
                )
        elif isinstance(error, OutsideError):
            messages.show_error(
                self._parent,
                QCoreApplication.translate("ServiceCall", "Not done"),
                describe(error),
                details=str(error),
                on_retry=self.run,
            )
        else:
            messages.show_bug(self._parent, error)
        if self._on_not_done is not None:
            self._on_not_done(error)
