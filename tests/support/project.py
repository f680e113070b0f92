"""The repository, and the regeneration command (scripts/regenerate.py) run on it or on a scratch copy a test may
edit: in-process (codegen.cli.main on that checkout), its exit code and what it printed kept as a subprocess's."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_regenerate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`uv run scripts/regenerate.py *args` on the checkout at root: its exit code, stdout and stderr."""
    from codegen.cli import main  # the generator's import is a second: only for the tests that regenerate

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(args), root=root)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    return subprocess.CompletedProcess(["scripts/regenerate.py", *args], code, out.getvalue(), err.getvalue())


def copy_project(destination: Path) -> Path:
    """The parts of the repository the regeneration reads and writes, in a scratch directory the test may edit."""
    from codegen.generate import CACHE_NAMES

    for name in ("openapi", "templates", "runtime", "generated"):
        shutil.copytree(ROOT / name, destination / name, ignore=shutil.ignore_patterns(*CACHE_NAMES))
    for name in ("generator-config.yaml", "CHANGELOG.md"):
        shutil.copy(ROOT / name, destination)
    return destination
