"""Time: services take a clock so tests can move it; times are aware UTC, days are Hong Kong's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]

HONG_KONG: Final = ZoneInfo("Asia/Hong_Kong")


def system_clock() -> datetime:
    """Now, as an aware UTC datetime."""
    return datetime.now(UTC)


def hk_today(clock: Clock) -> date:
    """The Hong Kong date at *clock*'s now."""
    return clock().astimezone(HONG_KONG).date()


def hk_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants at which the Hong Kong date *day* starts and the next one starts."""
    start = datetime.combine(day, time(0), HONG_KONG)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)
