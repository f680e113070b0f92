"""The checkers a consumer of the package runs on their own project, run the way they would run them, with
findings as data: pyright in strict mode, mypy --strict, ruff with its default rules (no configuration at all),
and pyright --verifytypes (the type completeness of the package's public API).

Each runs from this workspace's virtual environment (the pinned pyright, mypy and ruff) in a subprocess, offline:
pyright's wrapper does not ask PyPI for a newer version. Imports resolve in the environment of `python` (a
consumer's venv) when it is given, else in this workspace's (httpx, attrs and the editable realtimekit_client)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VENV_BIN = Path(sys.executable).parent
# Not the workspace's import paths; pyright's wrapper asks PyPI for nothing.
BASE_ENV = {
    **{k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}},
    "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1",
    "NO_COLOR": "1",
}
PYRIGHT_STRICT = {"typeCheckingMode": "strict", "pythonVersion": "3.11"}
MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[\w-]+)\])?$")


@dataclass(frozen=True)
class Finding:
    tool: str
    file: Path  # relative to the directory checked
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.tool}: {self.file}:{self.line}: {self.code}: {self.message}"


def _env(python: Path | None) -> dict[str, str]:
    """pyright finds the interpreter whose packages it resolves through PATH and VIRTUAL_ENV."""
    bin_dir = VENV_BIN if python is None else python.parent
    return {
        **BASE_ENV,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "VIRTUAL_ENV": str(bin_dir.parent),
    }


def _run(args: list[str], cwd: Path, python: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=_env(python), timeout=300)


def _relative(file: str, cwd: Path) -> Path:
    path = Path(file)
    return path.resolve().relative_to(cwd.resolve()) if path.is_absolute() else path


def pyright_strict(cwd: Path, *paths: str, python: Path | None = None) -> list[Finding]:
    """pyright with typeCheckingMode strict (from a pyrightconfig.json written into cwd): errors and warnings."""
    (cwd / "pyrightconfig.json").write_text(json.dumps(PYRIGHT_STRICT), encoding="utf-8")
    interpreter = ["--pythonpath", str(python)] if python is not None else []
    result = _run([sys.executable, "-m", "pyright", "--outputjson", *interpreter, *paths], cwd, python)
    report: dict[str, Any] = json.loads(result.stdout)
    return [
        Finding("pyright", _relative(d["file"], cwd), d["range"]["start"]["line"] + 1, d.get("rule", ""), d["message"])
        for d in report["generalDiagnostics"]
        if d["severity"] in {"error", "warning"}
    ]


def mypy_strict(cwd: Path, *paths: str, python: Path | None = None, cache_dir: Path | None = None) -> list[Finding]:
    """mypy --strict, from scratch; or incremental with `cache_dir` (runs that share one reuse what they share:
    the standard library, and the installed packages' unchanged files)."""
    interpreter = ["--python-executable", str(python)] if python is not None else []
    cache = (
        ["--cache-dir", str(cache_dir)] if cache_dir is not None else ["--no-incremental", "--cache-dir", os.devnull]
    )
    result = _run(
        [sys.executable, "-m", "mypy", "--strict", *cache, "--no-error-summary", "--no-color-output", "--no-pretty",
         *interpreter, *paths],
        cwd,
    )  # fmt: skip
    assert result.returncode in {0, 1}, result.stdout + result.stderr
    findings = [
        Finding("mypy", _relative(m["file"], cwd), int(m["line"]), m["code"] or "", m["message"])
        for m in map(MYPY_LINE.match, result.stdout.splitlines())
        if m
    ]
    assert result.returncode == 0 or findings, result.stdout
    return findings


def ruff_defaults(cwd: Path, *paths: str) -> list[Finding]:
    """ruff check with no configuration (--isolated): the rules a project that never configured ruff gets."""
    result = _run([sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--output-format", "json",
                   *paths], cwd)  # fmt: skip
    assert result.returncode in {0, 1}, result.stderr
    return [
        Finding("ruff", _relative(d["filename"], cwd), d["location"]["row"], d["code"] or "", d["message"])
        for d in json.loads(result.stdout)
    ]


@dataclass(frozen=True)
class Completeness:
    score: float
    symbols: int  # exported symbols
    problems: list[str]  # "symbol: message" for each exported symbol whose type is not fully known
    root: Path | None = None  # the package directory rated


def verifytypes(package: str, cwd: Path, *, python: Path | None = None) -> Completeness:
    """pyright --verifytypes, ignoring gaps in other packages' types (httpx's own are not ours to fix). The
    package is the one `python` imports (verifytypes takes the environment, not --pythonpath)."""
    command = [sys.executable, "-m", "pyright", "--verifytypes", package, "--ignoreexternal", "--outputjson"]
    result = _run(command, cwd, python)
    report: dict[str, Any] = json.loads(result.stdout)
    if report.get("generalDiagnostics"):  # not a finding: pyright did not find the package (RuntimeError, not xfail)
        raise RuntimeError(f"pyright --verifytypes {package}: {report['generalDiagnostics']}")
    completeness = report["typeCompleteness"]
    problems = [
        f"{symbol['name']}: {diagnostic['message']}"
        for symbol in completeness["symbols"]
        for diagnostic in symbol["diagnostics"]
        if diagnostic["severity"] == "error"
    ]
    symbols = sum(completeness["exportedSymbolCounts"].values())
    root = completeness.get("packageRootDirectory")
    return Completeness(float(completeness["completenessScore"]), symbols, problems, Path(root) if root else None)
