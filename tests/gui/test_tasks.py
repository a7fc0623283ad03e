"""The task runner: results come back on the GUI thread, and nothing it held dies elsewhere.

The reproducer widens the race that crashed the suite: the pool thread pauses after the
work ran, so that whatever the pool thread still holds is released after the GUI thread
let go of its own references. A widget released there would be destroyed on the pool
thread (Qt then warns "QBasicTimer::stop: Failed" and later touches freed memory).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.gui import tasks
from counter_app.gui.tasks import run_task, wait_for_tasks

ROUNDS = 250
PAUSE_AFTER_RUN_S = 0.004

_destroyed_on: list[int] = []


class _Tab(QWidget):
    """A tab as the screens are: a parentless widget with a running timer and a callback."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(10_000)
        self.results: list[object] = []

    def on_done(self, result: object) -> None:
        self.results.append(result)

    def on_error(self, error: BaseException) -> None:
        self.results.append(error)

    def __del__(self) -> None:
        _destroyed_on.append(threading.get_ident())


class _PausedAfterRun(QRunnable):
    """Runs another runnable, then keeps the pool thread busy a moment before letting go."""

    def __init__(self, inner: QRunnable) -> None:
        super().__init__()
        self._inner = inner

    def run(self) -> None:
        self._inner.run()
        time.sleep(PAUSE_AFTER_RUN_S)


class _PoolThatPauses:
    def __init__(self, real: QThreadPool) -> None:
        self._real = real

    def start(self, runnable: QRunnable, priority: int = 0) -> None:
        self._real.start(_PausedAfterRun(runnable), priority)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class _QThreadPoolThatPauses:
    @staticmethod
    def globalInstance() -> _PoolThatPauses:
        return _PoolThatPauses(QThreadPool.globalInstance())


@pytest.fixture
def pool_pauses_after_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(tasks, "QThreadPool", _QThreadPoolThatPauses)
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000)


def test_no_widget_is_destroyed_off_the_gui_thread(
    qtbot: QtBot, pool_pauses_after_run: None
) -> None:
    _destroyed_on.clear()
    gui_thread = threading.get_ident()
    for round_no in range(ROUNDS):
        tab = _Tab()
        run_task("round", lambda n=round_no: n * 2, tab.on_done, tab.on_error)
        del tab  # the test drops the tab: only the task runner holds it now
        if round_no % 10 == 9:
            qtbot.wait(2)
    deadline = time.monotonic() + 30
    while len(_destroyed_on) < ROUNDS and time.monotonic() < deadline:
        wait_for_tasks(1_000)
        qtbot.wait(10)
    off_thread = [ident for ident in _destroyed_on if ident != gui_thread]
    assert len(_destroyed_on) == ROUNDS, f"only {len(_destroyed_on)} of {ROUNDS} tabs released"
    assert off_thread == [], f"{len(off_thread)} of {ROUNDS} tabs destroyed off the GUI thread"


def test_every_finished_task_is_released(qtbot: QtBot) -> None:
    """The runner keeps nothing of a task once its callback has run."""
    import gc
    import weakref

    class Marker:
        def on_done(self, _result: object) -> None:
            pass

    markers = [Marker() for _ in range(2_000)]
    refs = [weakref.ref(m) for m in markers]
    for marker in markers:
        run_task("trivial", lambda: None, marker.on_done, lambda _e: None)
    del markers, marker
    qtbot.waitUntil(lambda: wait_for_tasks(0), timeout=20_000)
    qtbot.wait(50)
    gc.collect()
    alive = sum(1 for ref in refs if ref() is not None)
    assert alive == 0, f"{alive} of 2000 finished tasks still hold their callbacks"


def test_a_work_function_that_captures_a_widget_is_refused(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)

    def work() -> int:
        return widget.width()

    with pytest.raises(TypeError, match="QWidget"):
        run_task("bad", work, lambda _r: None, lambda _e: None)
    with pytest.raises(TypeError, match="QWidget"):
        run_task("bad", lambda: work() + 1, lambda _r: None, lambda _e: None)

    class Screen(QWidget):
        def work(self) -> int:
            return 1

    screen = Screen()
    qtbot.addWidget(screen)
    with pytest.raises(TypeError, match="Screen"):
        run_task("bad", screen.work, lambda _r: None, lambda _e: None)


_EXIT_SCRIPT = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from counter_app.gui.tasks import run_task

app = QApplication([])
window = QWidget()
window.show()

def slow() -> int:
    time.sleep(0.4)
    return 1

def start_and_leave() -> None:
    run_task("slow", slow, lambda _r: window.setWindowTitle("done"), lambda _e: None)
    {leave}

QTimer.singleShot(0, start_and_leave)
sys.exit(app.exec())
"""


@pytest.mark.parametrize(
    "leave",
    [
        pytest.param("sys.exit(0)", id="SystemExit"),
        pytest.param("app.quit()", id="quit-without-closeEvent"),
    ],
)
def test_exit_while_a_task_runs_is_clean(tmp_path: Path, leave: str) -> None:
    script = tmp_path / "exit_while_running.py"
    script.write_text(textwrap.dedent(_EXIT_SCRIPT).replace("{leave}", leave), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr
