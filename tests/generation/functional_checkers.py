"""A consumer's checkers (pyright strict, mypy --strict, ruff defaults; tests/support/checkers.py) on a copy of
the functional package, with a control module each checker must object to."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.generation.functional_spec import PACKAGE_NAME
from tests.support.checkers import Finding, mypy_strict, pyright_strict, ruff_defaults

# So a checker that checked nothing cannot pass: an unused import (ruff), an unannotated function (mypy --strict,
# pyright strict), a list of unknown items (pyright strict).
CONTROL = Path(PACKAGE_NAME, "_control.py")
CONTROL_CODE = (
    "import os\n\n\ndef untyped(value):\n    return value\n\n\n"
    "def items(data: object) -> int:\n    return len(data) if isinstance(data, list) else 0\n"
)
# What the templates generate, and the control module. The runtime's modules are left out: the consumer
# checkers' tests check them on the real package.
CHECKED = ("api", "models", "__init__.py", "_spec.py", CONTROL.name)
RUNTIME = (
    f"{PACKAGE_NAME}/_runtime/",
    f"{PACKAGE_NAME}/client.py",
    f"{PACKAGE_NAME}/errors.py",
    f"{PACKAGE_NAME}/types.py",
)


def copy_for_checkers(package: Path, where: Path) -> Path:
    """A copy of the package in `where`, with the control module; returns `where`."""
    shutil.copytree(package, where / PACKAGE_NAME, ignore=shutil.ignore_patterns("__pycache__"))
    (where / CONTROL).write_text(CONTROL_CODE, encoding="utf-8")
    return where


def run_checkers(where: Path) -> list[Finding]:
    """Every checker's findings on the copy in `where` (the checkers run side by side)."""
    paths = [f"{PACKAGE_NAME}/{name}" for name in CHECKED]
    with ThreadPoolExecutor(3) as pool:
        runs = [pool.submit(checker, where, *paths) for checker in (pyright_strict, mypy_strict, ruff_defaults)]
        return [finding for run in runs for finding in run.result()]


def in_runtime(finding: Finding) -> bool:
    return finding.file.as_posix().startswith(RUNTIME)
