"""The longest the GUI thread is blocked while a clerk serves customers on a big shop.

A watchdog timer ticks every 5 ms on the GUI thread; any gap between ticks beyond that is
time the thread could not answer the clerk. Measured over keyboard-driven renewals (with
the identity check) and credit top-ups on a shop with 1,000,000 lines, against the same
watchdog on the idle window in the same run.

    .venv/bin/python benchmarks/gui_thread.py --db /tmp/counter-bench/lookup-1m.sqlite3 \\
        [--customers 20] [--max-ms 100]

The database and its secret (``<db>.secret.json``, next to it) come from benchmarks/lookup.py.
"""

# Qt and Counter are imported inside main(), after the environment (display platform, user
# directories) is set up for them; main() reads as one scripted shift, top to bottom.
# ruff: noqa: PLC0415, PLR0912, PLR0915

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The first lines of the demo shop (fixed seed): number, holder's made-up HKID.
KNOWN_HOLDERS = (
    ("96000000", "P1831457"),
    ("96000001", "D1721810"),
    ("96000003", "E9097450"),
    ("96000005", "Y5526084"),
)
PASSWORD = "pw-12345"  # noqa: S105 - benchmarks/lookup.py's demo password


class Watchdog:
    """Records the gaps between 5 ms ticks of a GUI-thread timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.phase = ""
        self.long: list[tuple[float, str]] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self.gaps.append(gap)
        if gap > 50:
            self.long.append((gap, self.phase))
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return list(self.gaps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--customers", type=int, default=20)
    parser.add_argument("--max-ms", type=float, default=0)
    args = parser.parse_args()
    secret = args.db.with_suffix(".secret.json")
    if not args.db.exists() or not secret.exists():
        print(f"{args.db} or {secret} is missing: run benchmarks/lookup.py first", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="counter-gui-bench-"))
    for name in ("config", "data", "log"):
        (home / name).mkdir()
        os.environ[f"COUNTER_{name.upper()}_DIR"] = str(home / name)
    shutil.copy(secret, home / "config" / "installation-secret.json")
    (home / "config" / "installation-secret.json").chmod(0o600)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from counter_app.gui import create_main_window

    app = QApplication(["counter-benchmark"])
    window = create_main_window(f"sqlite:///{args.db}", language="zh_HK")
    window.resize(1366, 768)
    window.show()

    def wait(condition: Callable[[], bool], seconds: float = 30) -> None:
        end = time.perf_counter() + seconds
        while not condition():
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() > end:
                raise SystemExit("timed out waiting for the window")

    def settle(seconds: float = 0.02) -> None:
        # A person (or a scanner) leaves a few milliseconds between keys: the loop runs.
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    def typ(text: str) -> None:
        for character in text:
            QTest.keyClicks(app.focusWidget(), character)
            settle()

    def key(k: Qt.Key) -> None:
        QTest.keyClick(app.focusWidget(), k)
        settle()

    dog = Watchdog()
    wait(lambda: window.sign_in_screen is not None)
    dog.start()
    end = time.perf_counter() + 3
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    idle = dog.stop()
    idle_long = sorted(dog.long, reverse=True)[:3]

    dog.start()
    dog.long.clear()
    dog.phase = "sign in"
    typ("clerk")
    key(Qt.Key.Key_Return)
    typ(PASSWORD)
    key(Qt.Key.Key_Return)

    def showing(screen: object) -> bool:
        return screen is not None and window.screens.currentWidget() is screen

    wait(lambda: showing(window.line_sale_screen) or showing(window.open_shift_screen))
    if showing(window.open_shift_screen):
        typ("1000")
        key(Qt.Key.Key_Return)
    wait(lambda: showing(window.line_sale_screen))
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    to_done: list[float] = []
    to_preview: list[float] = []
    started = time.perf_counter()
    for n in range(args.customers):
        wait(ui.lineSearchInput.hasFocus)
        number, hkid = KNOWN_HOLDERS[n % len(KNOWN_HOLDERS)]
        renew = n % 2 == 0
        if not renew:
            number = f"96{(n * 7919) % 1_000_000:06d}"
        dog.phase = f"customer {n}: find"
        typ(number)
        key(Qt.Key.Key_Return)
        wait(
            lambda: (
                ui.stepStack.currentWidget() in (ui.identityPage, ui.planPage, ui.hintPage)
                and not screen.busy
            )
        )
        if ui.stepStack.currentWidget() is ui.hintPage:
            ui.lineSearchInput.clear()
            continue  # a line that cannot be renewed: next customer
        dog.phase = f"customer {n}: identity"
        if ui.stepStack.currentWidget() is ui.identityPage:
            if renew:
                typ(hkid)
                key(Qt.Key.Key_F8)
                key(Qt.Key.Key_Return)
            else:
                key(Qt.Key.Key_F9)
        wait(lambda: ui.stepStack.currentWidget() is ui.planPage)
        dog.phase = f"customer {n}: plan"
        key(Qt.Key.Key_Return)
        wait(lambda: ui.stepStack.currentWidget() is screen.flow.payment_page)
        dog.phase = f"customer {n}: pay"
        typ("1000")
        pressed = time.perf_counter()
        key(Qt.Key.Key_Return)
        wait(lambda: ui.stepStack.currentWidget() is screen.flow.done_page)
        to_done.append((time.perf_counter() - pressed) * 1000)
        dog.phase = f"customer {n}: receipt preview"
        wait(lambda: screen.receipt_panel.document.pageCount() == 1)
        to_preview.append((time.perf_counter() - pressed) * 1000)
        dog.phase = f"customer {n}: done"
        key(Qt.Key.Key_Return)
    elapsed = time.perf_counter() - started
    busy = dog.stop()
    window.close()

    def describe(gaps: list[float]) -> str:
        ordered = sorted(gaps)
        p99 = ordered[int(len(ordered) * 0.99) - 1]
        return (
            f"max {max(gaps):7.1f} ms  p99 {p99:6.1f} ms  median {statistics.median(gaps):5.1f} ms"
        )

    print(f"shop: {args.db} ({args.db.stat().st_size // 1_000_000} MB)")
    print(f"idle window (3 s):       {describe(idle)}")
    for gap, _phase in idle_long:
        print(f"  idle-window stall {gap:6.1f} ms (the counter screen is prepared meanwhile)")
    print(f"{args.customers} customers ({elapsed:.1f} s): {describe(busy)}")
    ratio = max(busy) / max(idle)
    print(f"longest GUI-thread stall: {max(busy):.1f} ms, {ratio:.1f}x the idle maximum")
    print(
        "Enter on payment -> done page (sale stored): "
        f"median {statistics.median(to_done):.0f} ms, max {max(to_done):.0f} ms; "
        "-> receipt preview on screen (built, archived, shown): "
        f"median {statistics.median(to_preview):.0f} ms, max {max(to_preview):.0f} ms "
        f"({len(to_preview)} sales)"
    )
    for gap, phase in sorted(dog.long, reverse=True)[:8]:
        print(f"  stall {gap:6.1f} ms during {phase}")
    shutil.rmtree(home, ignore_errors=True)
    if args.max_ms and max(busy) > args.max_ms:
        print(f"FAIL: a stall of {max(busy):.1f} ms is over {args.max_ms} ms", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
