"""GUI tests start in English (a window test leaves its language installed app-wide), and
fail when the window reported a bug that the test did not ask for."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from counter_app.gui.i18n import language_switcher


@pytest.fixture(autouse=True)
def english_until_told_otherwise(qapp: object) -> Iterator[None]:
    language_switcher().set_language("en")
    yield
    language_switcher().set_language("en")


class _BugReports(logging.Handler):
    """Collects the window's "unexpected error" reports (messages.show_bug)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.references: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("unexpected error, reference"):
            self.references.append(record.getMessage())


@pytest.fixture(autouse=True)
def no_bug_reported(request: pytest.FixtureRequest) -> Iterator[None]:
    """A bug dialog in a GUI test is a failure (it also steals the keyboard from the test),
    unless the test is marked ``bug_expected``."""
    reports = _BugReports()
    logger = logging.getLogger("counter.gui")
    logger.addHandler(reports)
    try:
        yield
    finally:
        logger.removeHandler(reports)
    if reports.references and request.node.get_closest_marker("bug_expected") is None:
        pytest.fail(f"the window reported a bug: {reports.references}", pytrace=False)
