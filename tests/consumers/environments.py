"""The package where consumers meet it, each outside the repository: the wheel and sdist the release tool builds,
a fresh virtual environment with the wheel installed, and a packaged src-layout service vendoring the package as
docs/release.md ("Vendor") says, installed into a fresh virtual environment of its own.

Offline: a fresh venv gets the runtime dependencies from the workspace's `consumer` dependency group with
`uv sync --frozen --offline` (uv.lock's exact files, from the uv cache `uv sync` filled; no index is asked, not
even for metadata), the wheel and the service with `uv pip install --offline --no-deps` (the service built by
uv's own build backend), then `uv pip check`. So these pass with every registry unreachable, and index settings
in the environment (UV_INDEX_URL, ...) do not apply."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from tests.consumers.readme import PACKAGE_README, ROOT_README
from tests.support.checkers import Completeness, Finding
from tests.support.project import ROOT

GENERATED = ROOT / "generated" / "realtimekit-client"
PACKAGE = GENERATED / "realtimekit_client"
CONSUMER_APP = ROOT / "tests" / "consumers" / "consumer_app.py"
# The vendored copy in the service, and the name the service imports it by (docs/release.md, "Vendor").
VENDORED = Path("src", "myservice", "_vendor", "realtimekit_client")
VENDORED_NAME = "myservice._vendor.realtimekit_client"
# What the checkers read besides the service's own package, in the service's directory: the READMEs' samples
# (importing the vendored copy) and the controls, which each checker must object to.
CHECKED = Path("checked")
README_MODULES = {CHECKED / "readme_package.py": PACKAGE_README, CHECKED / "readme_root.py": ROOT_README}
CONTROL = CHECKED / "control.py"  # the package README's samples, the start sample's check left out; an unused import
UNVENDORED = CHECKED / "unvendored_app.py"  # consumer_app.py as it is: the top-level package is not importable here
# A consumer of the wheel passing a str where VideoConfig takes an int: mypy must see the installed package's types.
WRONG = "wrong.py"
WRONG_CODE = "from realtimekit_client.models import VideoConfig\n\nVideoConfig(width='wide')\n"


# The repository's own venv and import paths must not leak into the consumers' processes, nor index settings
# into their installs (those come from uv.lock).
LEAKS = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_INDEX", "UV_INDEX_URL", "UV_DEFAULT_INDEX",
         "UV_EXTRA_INDEX_URL", "UV_FIND_LINKS", "UV_NO_INDEX", "UV_PROJECT_ENVIRONMENT"}  # fmt: skip
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in LEAKS}
CACHE_HINT = (
    "\n(uv's cache lacks the consumer group's files: the workspace venv was synced from another cache. Fill it "
    'once, online: UV_PROJECT_ENVIRONMENT="$(mktemp -d)/venv" uv sync --frozen --only-group consumer)'
)


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    args = [str(c) for c in command]
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env={**CLEAN_ENV, **(env or {})}, timeout=300)


def uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    assert found, "uv is not on PATH"
    return found


def generated_project() -> dict[str, str | list[str]]:
    project: dict[str, str | list[str]] = tomllib.loads((GENERATED / "pyproject.toml").read_text("utf-8"))["project"]
    return project


def runtime_requirements() -> list[str]:
    """What the package declares it needs (its Requires-Dist)."""
    requirements = generated_project()["dependencies"]
    assert isinstance(requirements, list)
    return requirements


VERSION = str(generated_project()["version"])


@dataclass(frozen=True)
class Artefacts:
    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class Consumer:
    python: Path  # of the consumer's own venv
    root: Path  # the consumer's project directory


@dataclass(frozen=True)
class Checked:
    """The consumers' checkers' findings, as they finish."""

    service: Future[list[Finding]]  # pyright strict, mypy --strict and ruff on the service, paths from its root
    wheel: Future[list[Finding]]  # mypy --strict on the wheel consumer's code, paths from its root
    completeness: Future[Completeness]  # pyright --verifytypes on the installed wheel


def build(out_dir: Path) -> Artefacts:
    """The wheel and sdist, built as a release is (docs/release.md: python -m tools.release.build)."""
    result = run(sys.executable, "-m", "tools.release.build", "--out-dir", out_dir, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    (wheel,) = out_dir.glob("*.whl")
    (sdist,) = out_dir.glob("*.tar.gz")
    return Artefacts(wheel, sdist)


def fresh_venv(venv: Path) -> Path:
    """A new virtual environment holding only the runtime dependencies (the `consumer` group, as uv.lock pins
    them); its python."""
    assert ROOT not in venv.parents, "a consumer lives outside the repository"
    synced = run(uv(), "sync", "--frozen", "--offline", "--quiet", "--only-group", "consumer", "--python",
                 sys.executable, cwd=ROOT, env={"UV_PROJECT_ENVIRONMENT": str(venv)})  # fmt: skip
    assert synced.returncode == 0, synced.stderr + CACHE_HINT
    return venv / "bin" / "python"


def install(python: Path, target: Path) -> None:
    """Install a wheel or a project, without its dependencies; then every installed package's requirements must
    be met by what the venv holds."""
    installed = run(uv(), "pip", "install", "--offline", "--quiet", "--no-deps", "--python", python, target,
                    cwd=target.parent)  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    checked = run(uv(), "pip", "check", "--offline", "--python", python, cwd=target.parent)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def vendored_imports(code: str) -> str:
    """The code importing the vendored copy instead of the installed package (docs/release.md, "Vendor", step 2)."""
    code = re.sub(r"^(\s*)from realtimekit_client\b", rf"\1from {VENDORED_NAME}", code, flags=re.MULTILINE)
    parent, _, name = VENDORED_NAME.rpartition(".")
    return re.sub(r"^(\s*)import realtimekit_client$", rf"\1from {parent} import {name}", code, flags=re.MULTILINE)


def write_service(root: Path) -> None:
    """A packaged src-layout service vendoring the package as docs/release.md says: the copy under
    src/myservice/_vendor/ (a package), the package's requirements among the service's, the version copied
    written next to it; the service's code is consumer_app.py importing the copy."""
    requirements = "".join(f'    "{requirement}",\n' for requirement in runtime_requirements())
    (root / "src").mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "myservice"\nversion = "1.0"\nrequires-python = ">=3.11"\n'
        f"dependencies = [\n{requirements}]\n\n"
        '[build-system]\nrequires = ["uv_build>=0.13.8,<0.14.0"]\nbuild-backend = "uv_build"\n',
        encoding="utf-8",
    )
    shutil.copytree(PACKAGE, root / VENDORED, ignore=shutil.ignore_patterns("__pycache__"))
    for package in (VENDORED.parent.parent, VENDORED.parent):
        (root / package / "__init__.py").write_text("", encoding="utf-8")
    (root / VENDORED.parent / "README").write_text(f"realtimekit-client {VERSION}\n", encoding="utf-8")
    app = vendored_imports(CONSUMER_APP.read_text(encoding="utf-8"))
    (root / VENDORED.parent.parent / "consumer_app.py").write_text(app, encoding="utf-8")
