"""Starting the GUI: the QApplication, resources, style, language and the main window."""

from __future__ import annotations

import sys
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
from PySide6.QtWidgets import QApplication

from counter_app import __version__, log
from counter_app.config import Settings
from counter_app.gui import messages
from counter_app.gui.i18n import language_switcher
from counter_app.gui.main_window import MainWindow
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


def prepare_application(app: QApplication, settings: Settings) -> None:
    """Resources, style and language on *app*; safe to call more than once."""
    import counter_app.resources_rc  # noqa: F401, PLC0415 - registers the :/ resources

    app.setApplicationName("Counter")
    app.setApplicationDisplayName("Counter")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Counter")
    app.setWindowIcon(QIcon(":/icons/counter.svg"))
    style = QFile(":/style/counter.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly | QFile.OpenModeFlag.Text):
        app.setStyleSheet(bytes(style.readAll().data()).decode("utf-8"))
        style.close()
    language_switcher().set_language(settings.language)


class _FirstPaint(QObject):
    """Prints "shown" and quits once the window has painted (for benchmarks/startup)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
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
    probe = _FirstPaint(window)
    if exit_when_shown:
        window.installEventFilter(probe)
    window.show()
    # Connect once the window is up: SQLAlchemy alone takes longer to import than Qt.
    QTimer.singleShot(0, window.connect_database)
    code = app.exec()
    wait_for_tasks()
    log.gui.info("exit %s", code)
    return code
