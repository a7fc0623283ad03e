"""The one way to run slow work off the GUI thread and get its result back on it.

The work function runs in Qt's global thread pool and must not touch a widget; the
callbacks run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from counter_app import log

_running: set[_Task] = set()


class _Task(QObject):
    """Carries one result from the worker thread to the GUI thread.

    Signals:
        succeeded(object): the work function's return value (emitted in the worker).
        failed(object): the exception it raised (emitted in the worker).
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        # This object lives in the GUI thread, so these connections are queued.
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._release_later()
        self._on_done(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._release_later()
        self._on_error(cast(BaseException, error))

    def _release_later(self) -> None:
        # Dropping the last reference here would delete this QObject while Qt is still
        # delivering the queued signal to it (a use-after-free: seen as a bus error).
        QTimer.singleShot(0, lambda: _running.discard(self))


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], object], task: _Task, name: str) -> None:
        super().__init__()
        self._work = work
        self._task = task
        self._name = name

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:
            log.gui.debug("task %s failed: %r", self._name, exc)
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)


def run_task(
    name: str,
    work: Callable[[], object],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run *work* in the background; call *on_done(result)* or *on_error(exc)* on the GUI thread."""
    task = _Task(on_done, on_error)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(work, task, name))


def wait_for_tasks(timeout_ms: int = -1) -> bool:
    """Wait for every background task to finish (for shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
