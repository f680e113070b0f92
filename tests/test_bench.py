"""scripts/bench.py --quick runs and prints its table. How fast anything is, is never asserted here."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from support.project import ROOT


def test_bench_quick_runs_and_prints_the_table() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "| measurement" in out
    for row in ("GET per call", "POST per call", "parse ActiveRecordingResponse", "parse StartRecordingResponse"):
        assert f"| {row}" in out, row
    for row in ("async: 10 concurrent GETs, one client", "import (fresh interpreter)", "wheel size"):
        assert f"| {row}" in out, row
    assert "machine:" in out and "python:" in out
    assert "Traceback" not in result.stderr
    if importlib.util.find_spec("cloudflare") is not None:  # CI syncs the bench group: the SDK path must run
        assert "not installed" not in out, out
