"""benchmarks/outbox_dispatch.py at a small size: it runs, measures, and its fault table
shows every job at DT One once and none lost (SQLite; the benchmark takes --pg too).

Most of its time is the real dispatcher's own pace: a job sent is asked about again after
POLL_SUBMITTED (10 s), and that wait is what "sale completed -> confirmed" measures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK = ROOT / "benchmarks" / "outbox_dispatch.py"
FAULTS = 10


@pytest.mark.slow
def test_outbox_benchmark_runs_small_and_finds_no_duplicate(tmp_path: Path) -> None:
    report_file = tmp_path / "outbox.json"
    command = [
        sys.executable,
        str(BENCHMARK),
        "--jobs=20",
        "--steady=3",
        "--rtt=30",
        "--fault-jobs=2",
        "--kills=1",
        "--pair-jobs=20",
        "--pair-sales=4",
        f"--json={report_file}",
    ]
    run = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "| kill -9 of a dispatcher between send and record | 1 |" in run.stdout

    report = json.loads(report_file.read_text())
    assert report["bad"] == []
    (sqlite,) = report["results"]
    assert sqlite["database"] == "SQLite"
    assert 0 < sqlite["rtt_ms"]["p50"] <= sqlite["rtt_ms"]["p99"]
    (burst,) = sqlite["burst"]
    assert burst["jobs"] == burst["sends"] == 20
    assert burst["jobs_per_s"] > 0 and burst["x_rtt"] > 1  # a job costs more than a GET
    steady = sqlite["steady"]
    assert steady["confirmed"] == steady["sales"] == 3
    for name in ("to_provider", "to_confirmed"):
        assert 0 < steady[name]["p50_ms"] <= steady[name]["p99_ms"]
    # Confirmed only once the dispatcher asks again, POLL_SUBMITTED (10 s) later.
    assert steady["to_confirmed"]["p50_ms"] >= 10_000
    faults = sqlite["faults"]
    assert len(faults) == FAULTS
    for row in faults:
        assert row["duplicates"] == row["lost"] == 0, row
        assert row["jobs"] == row["transactions"] > 0, row
    assert faults[-1]["jobs"] == 20  # two dispatchers
