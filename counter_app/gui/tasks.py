"""The one way to run slow work off the GUI thread and get its result back on it.

Ownership is the whole point. Everything a task holds (its work function, its callbacks
and whatever they refer to) is kept by the GUI thread in the runner's table until its
callback has run there, and released there. The pool thread only borrows the work
function and hands back what it made; it never lets go of the last reference to
anything the GUI thread made. A widget released on a pool thread is destroyed there, and
Qt later touches freed memory: that crashed the program and the test suite.

So a work function takes plain data and returns plain data: :func:`run_task` refuses one
that captures a QObject. One long-lived runner, owned by the application, delivers the
results; at exit it waits for the pool before Qt is torn down.
"""

from __future__ import annotations

import atexit
import functools
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from counter_app import log

EXIT_WAIT_MS: Final = 10_000
# How far into a work function's captures the QObject check looks: enough for a lambda
# that captures a closure that captures a widget, cheap for a list of plain rows.
_CHECK_DEPTH: Final = 4
_CHECK_ITEMS: Final = 200


@dataclass
class _Task:
    """One task as the GUI thread keeps it, until its callback has run."""

    name: str
    work: Callable[[], object]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]


class _Outcome:
    """What the work made, handed from the pool thread to the GUI thread whole."""

    __slots__ = ("error", "result")

    def __init__(self, result: object, error: BaseException | None) -> None:
        self.result = result
        self.error = error


class TaskRunner(QObject):
    """Runs work functions in Qt's thread pool and calls back on the GUI thread.

    Signals:
        _finished(int): a task's outcome is ready (emitted on the pool thread, received on
            the GUI thread by a queued connection).
    """

    _finished = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._next_id = 0
        self._tasks: dict[int, _Task] = {}
        self._outcomes: dict[int, _Outcome] = {}
        self._closed = False
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> int:
        """Tasks started whose callback has not run yet."""
        return len(self._tasks)

    def start(
        self,
        name: str,
        work: Callable[[], object],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        captured = captured_qobject(work)
        if captured is not None:
            raise TypeError(
                f"the work function of task {name!r} captures a {type(captured).__name__}: "
                "work must take plain data and return plain data"
            )
        with self._lock:
            if self._closed:
                log.gui.warning("task %s not started: the program is closing", name)
                return
            self._next_id += 1
            task_id = self._next_id
            self._tasks[task_id] = _Task(name, work, on_done, on_error)
        QThreadPool.globalInstance().start(_Runnable(self, task_id))

    def borrow_work(self, task_id: int) -> Callable[[], object] | None:
        """On the pool thread: the work of *task_id*, still held by the GUI thread's table."""
        with self._lock:
            task = self._tasks.get(task_id)
            return task.work if task is not None else None

    def deliver(self, task_id: int, outcome: _Outcome) -> None:
        """On the pool thread: hand *outcome* over and wake the GUI thread."""
        with self._lock:
            if self._closed:
                return
            self._outcomes[task_id] = outcome
            # Under the lock: close() cannot delete this object between the check and here.
            self._finished.emit(task_id)

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        with self._lock:
            task = self._tasks.pop(task_id, None)
            outcome = self._outcomes.pop(task_id, None)
        if task is None or outcome is None:
            return
        if outcome.error is None:
            task.on_done(outcome.result)
        else:
            task.on_error(outcome.error)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Wait for the pool's work; True when none is left running."""
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    def close(self, timeout_ms: int = EXIT_WAIT_MS) -> None:
        """At exit: let running work finish, then deliver nothing more."""
        if not self.wait(timeout_ms):
            log.gui.warning("background work still running at exit")
        with self._lock:
            self._closed = True


class _Runnable(QRunnable):
    """Holds only the task's number and the long-lived runner: nothing to release."""

    def __init__(self, runner: TaskRunner, task_id: int) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id

    def run(self) -> None:
        work = self._runner.borrow_work(self._task_id)
        if work is None:
            return
        try:
            outcome = _Outcome(work(), None)
        except BaseException as exc:  # handed to the GUI thread, which reports it by kind
            outcome = _Outcome(None, exc)
        # The borrowed work function is let go while the runner's table still holds it.
        del work
        self._runner.deliver(self._task_id, outcome)
        del outcome


def captured_qobject(work: object) -> QObject | None:
    """A QObject that *work* holds (in its closure, defaults, bound self or partial), if any."""
    seen: set[int] = set()
    pending: list[tuple[object, int]] = [(work, 0)]
    items = 0
    while pending:
        value, depth = pending.pop()
        if id(value) in seen or depth > _CHECK_DEPTH:
            continue
        seen.add(id(value))
        items += 1
        if items > _CHECK_ITEMS:
            break
        if isinstance(value, QObject):
            return value
        inner: list[object] = []
        if isinstance(value, types.MethodType):
            inner = [value.__self__, value.__func__]
        elif isinstance(value, functools.partial):
            inner = [value.func, *value.args, *value.keywords.values()]
        elif isinstance(value, types.FunctionType):
            for cell in value.__closure__ or ():
                try:
                    inner.append(cell.cell_contents)
                except ValueError:  # an empty cell: a name not bound yet
                    continue
            inner.extend(value.__defaults__ or ())
            inner.extend((value.__kwdefaults__ or {}).values())
        elif isinstance(value, list | tuple | set | frozenset):
            inner = list(value)[:_CHECK_ITEMS]
        elif isinstance(value, dict):
            inner = list(value.values())[:_CHECK_ITEMS]
        pending.extend((item, depth + 1) for item in inner)
    return None


_runner: TaskRunner | None = None


def task_runner() -> TaskRunner:
    """The application's runner, made on first use (on the GUI thread)."""
    global _runner  # noqa: PLW0603 - one runner per application
    if _runner is None or not shiboken6.isValid(_runner):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("background tasks need a QApplication")
        _runner = TaskRunner(app)
        _runner.setObjectName("taskRunner")
    return _runner


@atexit.register
def _drain_at_exit() -> None:
    # atexit runs this before PySide's own clean-up deletes the application's objects,
    # so no task emits into a deleted runner (SystemExit or a window closed without
    # closeEvent used to print "Signal source has been deleted").
    if _runner is not None and shiboken6.isValid(_runner):
        _runner.close()


def run_task(
    name: str,
    work: Callable[[], object],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run *work* in the background; call *on_done(result)* or *on_error(exc)* on the GUI thread.

    *work* must not capture a QObject (TypeError): give it plain data.
    """
    task_runner().start(name, work, on_done, on_error)


def wait_for_tasks(timeout_ms: int = -1) -> bool:
    """Wait for every background task's work to finish (for shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
