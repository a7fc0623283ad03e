"""The identity check's rules and its answer: how many failures lock a line, what an override needs.

A mismatch cannot be waved through by the clerk. After MAX_FAILURES failed checks of one
line in one shift, only a supervisor's override (their own credentials and a written
reason of at least MIN_REASON_LENGTH characters) lets the sale go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

MAX_FAILURES: Final = 3
MIN_REASON_LENGTH: Final = 5


@dataclass(frozen=True)
class IdentityResult:
    matched: bool
    overridden: bool
    failures: int
    locked: bool

    @property
    def attempts_left(self) -> int:
        return max(0, MAX_FAILURES - self.failures)
