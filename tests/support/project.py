"""The repository, and scripts/regenerate.py run on it or on a scratch copy a test may edit."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_regenerate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "regenerate.py"), *args],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=120,
    )


def copy_project(destination: Path) -> Path:
    """The parts of the repository the script reads, in a scratch directory the test may edit."""
    for name in ("openapi", "templates", "scripts", "generated"):
        shutil.copytree(ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yaml", "CHANGELOG.md"):
        shutil.copy(ROOT / name, destination)
    return destination
