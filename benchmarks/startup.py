"""Start-up time: process start to the main window painted, against a bare PySide6 window.

    python benchmarks/startup.py [--runs 9] [--max-ratio 1.5]

Both programs are started the same way (a new Python process each run, runs interleaved),
and both report the moment their window has painted for the first time. The result is the
ratio of the medians, which is what to compare across machines; the seconds are only
meaningful within one run. Counter runs on its demo shop (created before timing starts) in
a temporary data directory. Uses the display in DISPLAY, else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
probe = FirstPaint(window)
window.installEventFilter(probe)
window.show()
app.exec()
"""


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _, stderr = process.communicate(timeout=60)
    if line.strip() != "shown" or process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--max-ratio",
        type=float,
        default=None,
        help="exit 1 when Counter's median exceeds this multiple of the bare one",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for name in ("CONFIG", "DATA", "LOG"):
            env[f"COUNTER_{name}_DIR"] = str(Path(home) / name.lower())
        bare = [sys.executable, "-c", BARE_WINDOW]
        counter = [sys.executable, "-m", "counter_app", "--demo", "--exit-when-shown"]
        # Warm-up: the demo database is created, and both sets of files are in the cache.
        time_to_shown(counter, env)
        time_to_shown(bare, env)
        bare_times, counter_times = [], []
        for _ in range(args.runs):
            bare_times.append(time_to_shown(bare, env))
            counter_times.append(time_to_shown(counter, env))

    bare_median = statistics.median(bare_times)
    counter_median = statistics.median(counter_times)
    ratio = counter_median / bare_median
    platform = env.get("QT_QPA_PLATFORM") or f"display {env.get('DISPLAY')}"
    print(f"platform: {platform}; runs: {args.runs} each, interleaved")
    print(
        f"bare PySide6 window: median {bare_median * 1000:6.0f} ms  "
        f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})"
    )
    print(
        f"Counter main window: median {counter_median * 1000:6.0f} ms  "
        f"(min {min(counter_times) * 1000:.0f}, max {max(counter_times) * 1000:.0f})"
    )
    print(f"ratio Counter / bare: {ratio:.2f}x")
    if args.max_ratio is not None and ratio > args.max_ratio:
        print(f"FAIL: above the allowed {args.max_ratio:.2f}x")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
