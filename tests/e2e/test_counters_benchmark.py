"""benchmarks/counters.py at a small size: two counters selling at once on each database.

The benchmark itself runs 1-16 counter processes for 20 s each; here two for 2 s, as a
subprocess, to show that it runs, that the counters sell without an error, and that each
gets a fair share of the database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK = ROOT / "benchmarks" / "counters.py"


def _run(tmp_path: Path, *args: str) -> list[dict[str, object]]:
    out = tmp_path / "rows.json"
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--seconds", "2", "--json", str(out), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    rows: list[dict[str, object]] = json.loads(out.read_text())
    return rows


def _check(rows: list[dict[str, object]]) -> None:
    assert [row["counters"] for row in rows] == [2]
    sold = rows[0]["sales"]
    base = rows[0]["baseline"]
    assert isinstance(sold, dict) and isinstance(base, dict)
    assert sold["errors"] == 0 and base["errors"] == 0, sold["error_texts"]
    slowest, fastest = sold["slowest_fastest"]
    assert slowest > 0 and slowest >= 0.5 * fastest, sold
    assert base["per_s"] > sold["per_s"] > 0


def test_two_counters_on_sqlite(tmp_path: Path) -> None:
    _check(_run(tmp_path, "--sqlite-counters", "2", "--pg-counters", ""))


@pytest.mark.postgres
def test_two_counters_on_postgresql(tmp_path: Path, postgres_server: str) -> None:
    _check(_run(tmp_path, "--sqlite-counters", "", "--pg", postgres_server, "--pg-counters", "2"))
