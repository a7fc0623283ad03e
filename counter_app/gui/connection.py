"""Whether the database answered the last service call, for the window's banner.

A counter keeps working through a short network cut to a shared PostgreSQL: the screen
keeps the sale in progress and the window shows a banner with Retry instead of a dialog
that hides the sale. The banner goes away as soon as any service call succeeds again.
Screens used on their own (tests, tools) have no banner and get a dialog instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class DatabaseWatch(QObject):
    """The state of the database as the last service calls found it.

    Signals:
        lost(str): a call failed because the database could not be used (the details, in
            English for the log; ``reason`` holds what the clerk is told).
        answered(): a call succeeded after a failure.
    """

    lost = Signal(str)
    answered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.down = False
        self.reason = ""
        self.banners = 0
        self._retry: Callable[[], None] | None = None

    def report_lost(self, details: str, retry: Callable[[], None], *, reason: str = "") -> None:
        """A call failed: *details* for the log, *reason* for the clerk (what to do)."""
        self.down = True
        self.reason = reason
        self._retry = retry
        self.lost.emit(details)

    def report_answered(self) -> None:
        if self.down:
            self.down = False
            self.reason = ""
            self._retry = None
            self.answered.emit()

    def retry(self) -> None:
        """Run the failed call again (it keeps its sale UUID, so it cannot complete twice)."""
        retry, self._retry = self._retry, None
        if retry is not None:
            retry()


_watch: DatabaseWatch | None = None


def database_watch() -> DatabaseWatch:
    global _watch  # noqa: PLW0603 - one watch per process, like the language switcher
    if _watch is None:
        _watch = DatabaseWatch()
    return _watch
