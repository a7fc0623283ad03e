"""The cash drawer on the receipt printer's drawer port: its pulse and why it opened.

The drawer is kicked by the printer, not by the PC: ESC/POS ``ESC p m t1 t2`` makes the
printer pulse one pin of its drawer port (m = 0: pin 2, m = 1: pin 5) for t1 × 2 ms and
then rest t2 × 2 ms. Which pin and how long depend on the drawer's solenoid, so they are
settings of the counter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import OutsideError

DRAWER_PINS: Final = (2, 5)
DEFAULT_PIN: Final = 2
DEFAULT_ON_MS: Final = 50
DEFAULT_OFF_MS: Final = 500
# The pulse is counted in 2 ms steps in one byte: 1 to 255 steps.
MIN_PULSE_MS: Final = 2
MAX_PULSE_MS: Final = 510
# A reason typed for a no-sale opening: short, like a cash movement's.
MAX_REASON_LENGTH: Final = 200


class DrawerKind(StrEnum):
    """Why the drawer opened: cash came in or went out, or no sale (with a reason)."""

    SALE = "sale"
    REFUND = "refund"
    VOID = "void"
    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"
    NO_SALE = "no_sale"


@dataclass(frozen=True)
class DrawerPort:
    """How this counter's drawer is opened: the printer queue it hangs on, pin and timing.

    ``printer`` "" means the counter has no drawer: nothing is sent or recorded.
    """

    printer: str = ""
    pin: int = DEFAULT_PIN
    on_ms: int = DEFAULT_ON_MS
    off_ms: int = DEFAULT_OFF_MS

    def __post_init__(self) -> None:
        if self.pin not in DRAWER_PINS:
            raise ValueError(f"the drawer pin is 2 or 5, not {self.pin}")
        for name in ("on_ms", "off_ms"):
            value = getattr(self, name)
            if isinstance(value, bool) or not MIN_PULSE_MS <= value <= MAX_PULSE_MS:
                raise ValueError(f"{name} must be {MIN_PULSE_MS} to {MAX_PULSE_MS} ms, not {value}")

    @property
    def fitted(self) -> bool:
        return bool(self.printer)

    def pulse(self) -> bytes:
        return pulse(self.pin, self.on_ms, self.off_ms)


def pulse(pin: int, on_ms: int, off_ms: int) -> bytes:
    """``ESC p m t1 t2``: pin 2 or 5, the pulse and the rest in ms (2 ms steps, rounded down).

    >>> pulse(2, 50, 500).hex(" ")
    '1b 70 00 19 fa'
    """
    if pin not in DRAWER_PINS:
        raise ValueError(f"the drawer pin is 2 or 5, not {pin}")
    steps = []
    for ms in (on_ms, off_ms):
        if isinstance(ms, bool) or not isinstance(ms, int):
            raise TypeError(f"a pulse time is whole milliseconds, not {type(ms).__name__}")
        if not MIN_PULSE_MS <= ms <= MAX_PULSE_MS:
            raise ValueError(f"a pulse time is {MIN_PULSE_MS} to {MAX_PULSE_MS} ms, not {ms}")
        steps.append(ms // 2)
    return bytes((0x1B, 0x70, 0 if pin == 2 else 1, *steps))


@dataclass(frozen=True)
class DrawerResult:
    """What happened when the drawer was to open: the opening recorded, the pulse sent or
    why not (``problem``: the clerk's text comes from its code). ``opening_id`` None: the
    counter has no drawer, or nothing in the sale came from or went to the drawer."""

    opening_id: int | None
    kind: DrawerKind
    sent: bool
    problem: OutsideError | None = None

    @property
    def opened(self) -> bool:
        return self.opening_id is not None and self.sent


@dataclass(frozen=True)
class NoSaleOpening:
    """One opening without a sale, as the X and Z reports list it (HK time when shown)."""

    opened_at: datetime
    clerk: str
    reason: str
    sent: bool
