"""The drawer's pulse: ESC p m t1 t2, pin and timing exactly as set."""

from __future__ import annotations

import pytest

from counter_app.domain.drawer import DrawerPort, pulse


@pytest.mark.parametrize(
    ("pin", "on_ms", "off_ms", "expected"),
    [
        (2, 50, 500, "1b 70 00 19 fa"),  # the defaults
        (5, 50, 500, "1b 70 01 19 fa"),  # pin 5: m = 1
        (2, 2, 2, "1b 70 00 01 01"),  # the shortest: one 2 ms step
        (5, 510, 510, "1b 70 01 ff ff"),  # the longest: 255 steps
        (2, 100, 250, "1b 70 00 32 7d"),
        (2, 51, 499, "1b 70 00 19 f9"),  # an odd value: down to whole 2 ms steps
    ],
)
def test_the_pulse_bytes_for_each_setting(pin: int, on_ms: int, off_ms: int, expected: str) -> None:
    assert pulse(pin, on_ms, off_ms).hex(" ") == expected
    assert DrawerPort("Q", pin, on_ms, off_ms).pulse().hex(" ") == expected


@pytest.mark.parametrize(
    ("pin", "on_ms", "off_ms"),
    [(1, 50, 500), (3, 50, 500), (2, 0, 500), (2, 1, 500), (2, 50, 511), (2, 512, 50)],
)
def test_a_pin_or_time_the_port_cannot_take_is_refused(pin: int, on_ms: int, off_ms: int) -> None:
    with pytest.raises(ValueError, match=r"pin|ms"):
        pulse(pin, on_ms, off_ms)
    with pytest.raises(ValueError, match=r"pin|ms"):
        DrawerPort("Q", pin, on_ms, off_ms)


@pytest.mark.parametrize("bad", [50.0, "50", True])
def test_a_time_is_whole_milliseconds(bad: object) -> None:
    with pytest.raises(TypeError):
        pulse(2, bad, 500)  # type: ignore[arg-type]


def test_no_printer_means_no_drawer() -> None:
    assert not DrawerPort("").fitted
    assert DrawerPort("EPSON_TM_T88").fitted
