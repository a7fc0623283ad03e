"""Time: services take a clock so tests can move it; times are aware UTC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]

HONG_KONG: Final = ZoneInfo("Asia/Hong_Kong")


def system_clock() -> datetime:
    """Now, as an aware UTC datetime."""
    return datetime.now(UTC)
