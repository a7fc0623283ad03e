"""Starting the GUI: the QApplication, resources, style, language and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import Final

from PySide6.QtCore import (
    QEvent,
    QFile,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from counter_app import __version__, log
from counter_app.config import Settings
from counter_app.gui import messages
from counter_app.gui.i18n import language_switcher
from counter_app.gui.main_window import MainWindow
from counter_app.gui.placement import placement_path, show_placed
from counter_app.gui.tasks import wait_for_tasks

_QT_LEVELS: Final = {
    QtMsgType.QtDebugMsg: log.qt.debug,
    QtMsgType.QtInfoMsg: log.qt.info,
    QtMsgType.QtWarningMsg: log.qt.warning,
    QtMsgType.QtCriticalMsg: log.qt.error,
    QtMsgType.QtFatalMsg: log.qt.critical,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    _QT_LEVELS.get(kind, log.qt.warning)("%s", message)


# Background work (the database, building receipts) runs in Python threads that share the
# interpreter lock with the GUI thread; the default 5 ms switch interval let a busy worker
# keep the GUI thread waiting in steps that added up past 100 ms (benchmarks/gui_thread.py).
GIL_SWITCH_INTERVAL_S: Final = 0.001


def prepare_application(app: QApplication, settings: Settings) -> None:
    """Resources, style and language on *app*; safe to call more than once."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    import counter_app.resources_rc  # noqa: F401, PLC0415 - registers the :/ resources

    app.setApplicationName("Counter")
    app.setApplicationDisplayName("Counter")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Counter")
    app.setWindowIcon(QIcon(":/icons/counter.svg"))
    # A label's key letter ("&To") is painted apart from its neighbours, so a pair kerned
    # together when the label was measured stood apart when painted: "To" was cut to "Tc".
    # Without kerning, measured and painted text are the same width.
    font = app.font()
    font.setKerning(False)
    app.setFont(font)
    style = QFile(":/style/counter.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly | QFile.OpenModeFlag.Text):
        app.setStyleSheet(bytes(style.readAll().data()).decode("utf-8"))
        style.close()
    language_switcher().set_language(settings.language)


class _AfterFirstPaint(QObject):
    """Calls *callback* once, from the event loop, after the watched widget first painted."""

    def __init__(self, watched: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _report_shown_and_quit() -> None:
    """For benchmarks/startup: the window is on screen; say so and stop."""
    sys.stdout.write("shown\n")
    sys.stdout.flush()
    QApplication.quit()


def run(settings: Settings, *, exit_when_shown: bool = False) -> int:
    """Open the counter window and run until it is closed; returns the exit code."""
    qInstallMessageHandler(_qt_message)
    app = QApplication(sys.argv[:1])
    prepare_application(app, settings)
    window = MainWindow(settings)

    def excepthook(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        messages.show_bug(window, error.with_traceback(trace))

    sys.excepthook = excepthook

    # Connect once the window is on screen: importing SQLAlchemy alone takes longer than
    # starting Qt, and the clerk should see the window (and "connecting…") at once.
    def after_first_paint() -> None:
        if exit_when_shown:
            _report_shown_and_quit()
        log.open_log_file(settings.paths.log_file, keep_files=settings.log_keep_files)
        if not exit_when_shown:
            window.connect_database()

    _AfterFirstPaint(window, after_first_paint)
    show_placed(window, placement_path(settings.paths.config_dir))
    code = app.exec()
    wait_for_tasks()
    log.gui.info("exit %s", code)
    return code
