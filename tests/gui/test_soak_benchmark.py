"""benchmarks/soak.py at a small size: the real window, a dozen customers, nothing crashes.

The benchmark starts the counter window in a child process of its own and watches it
(exit code, signal, stderr, the program's log); here it serves 12 customers (renewals with
the identity check, top-ups, two PIN vouchers, half of them started from the done page's
next-customer box) on a shop of 300 lines, cached under the system's temporary folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOAK = ROOT / "benchmarks" / "soak.py"
CUSTOMERS = 12


@pytest.mark.slow
def test_soak_benchmark_serves_a_dozen_customers_without_a_crash(tmp_path: Path) -> None:
    report_file = tmp_path / "soak.json"
    command = [
        sys.executable,
        str(SOAK),
        f"--customers={CUSTOMERS}",
        "--lines=300",
        "--voucher-every=6",
        f"--json={report_file}",
    ]
    run = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output

    report = json.loads(report_file.read_text())
    for name in (
        "crashes",
        "defects",
        "exit_code",
        "signal",
        "rss_mb",
        "stalls_ms",
        "throughput_per_min",
        "complete_to_done_ms",
        "complete_to_preview_ms",
        "mix",
    ):
        assert name in report, name
    assert report["crashes"] == [], output
    assert report["defects"] == [], output
    assert report["crash_count"] == report["defect_count"] == 0
    assert report["exit_code"] == 0
    assert report["signal"] == ""
    assert report["hung"] is False
    assert report["served"] == CUSTOMERS
    assert report["mix"]["voucher"] == 2
    assert report["mix"]["typed"] == 5  # customers 2, 4, 6, 8, 10: from the done page's box

    rss = report["rss_mb"]
    assert rss["half_at"] == CUSTOMERS // 2
    assert 0 < rss["after_half"] <= rss["peak"]
    assert 0 < rss["after_all"] <= rss["peak"]
    assert isinstance(rss["growth_last_half_pct"], float)

    stalls = report["stalls_ms"]
    assert stalls["max_ms"] >= stalls["p99_ms"] >= stalls["p50_ms"] > 0
    assert stalls["max_phase"]
    assert report["throughput_per_min"] > 0
    for timing in (report["complete_to_done_ms"], report["complete_to_preview_ms"]):
        assert 0 < timing["p50"] <= timing["p99"] <= timing["max"]
