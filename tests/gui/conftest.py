"""GUI tests start in English: a window test leaves its language installed app-wide."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from counter_app.gui.i18n import language_switcher


@pytest.fixture(autouse=True)
def english_until_told_otherwise(qapp: object) -> Iterator[None]:
    language_switcher().set_language("en")
    yield
    language_switcher().set_language("en")
