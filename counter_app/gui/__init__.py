"""The Qt GUI: screens, dialogs, the task runner. The only package that imports Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counter_app.gui.main_window import MainWindow


def create_main_window(database_url: str, language: str = "zh_HK") -> MainWindow:
    """Build the main window in-process (a QApplication must exist), connecting in the
    background. Used by tests and tools; the program itself starts through ``cli``."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from counter_app.config import load_settings  # noqa: PLC0415
    from counter_app.gui.app import prepare_application  # noqa: PLC0415
    from counter_app.gui.main_window import MainWindow  # noqa: PLC0415

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window needs a QApplication")
    settings = load_settings({"database_url": database_url, "language": language})
    prepare_application(app, settings)
    window = MainWindow(settings)
    window.connect_database()
    return window
