"""`python -m tools.bench --quick` runs and prints one table with every target's row, bound and verdict.

How fast anything is, is never asserted here: the verdicts may say MISSED.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.bench.targets import TARGETS

ROOT = Path(__file__).resolve().parents[2]


def table_rows(report: str) -> dict[str, list[str]]:
    """The report's table: {measurement: its cells}."""
    rows = {}
    for line in report.splitlines():
        if line.startswith("| ") and not line.startswith("|--"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0]] = cells
    return rows


def test_quick_run_prints_every_target_with_its_verdict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.bench", "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    rows = table_rows(result.stdout)
    header = rows.pop("measurement")
    assert header[:6] == ["measurement", "realtimekit_client", "anchor", "ratio", "target", "verdict"], header
    assert list(rows) == [target.row for target in TARGETS]
    for target in TARGETS:
        cells = rows[target.row]
        assert cells[2].startswith(target.anchor), cells
        assert cells[3].endswith("x") or "x ±" in cells[3], cells
        assert cells[4] == target.describe(), cells
        assert cells[5] in ("met", "MISSED"), cells
    # The reference contenders ran too: the stock output and the SDK on the call rows, httpx alone on the import.
    for row in ("GET per call", "POST per call", "async GET, concurrent batch"):
        assert "stock output" in rows[row][7] and "cloudflare SDK" in rows[row][7], rows[row]
    assert "import httpx" in rows["import (fresh interpreter)"][7]
    assert "targets met:" in result.stdout and "load (1, 5, 15 min)" in result.stdout
    assert "Traceback" not in result.stderr
