"""The artefacts as consumers meet them: the built wheel installed into a fresh virtual environment outside the
repository, and the package directory vendored into a scratch project. From there: import it, call both operations
against 127.0.0.1, and type-check a consumer script with mypy --strict.

Offline: a consumer's venv gets the runtime dependencies from the workspace's `consumer` dependency group with
`uv sync --frozen --offline` (uv.lock's exact files, from the uv cache `uv sync` filled; no index is asked, not
even for metadata), and the wheel with `uv pip install --offline --no-deps`, then `uv pip check`. So the suite
passes with every registry unreachable, and index settings in the environment (UV_INDEX_URL, ...) do not apply."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from support.ids import ACTIVE_RECORDING_PATH, START_PATH
from support.local_server import LocalServer, Scripted
from support.project import ROOT
from support.spec import example, load_spec

GENERATED = ROOT / "generated" / "realtimekit-client"
CONSUMER_APP = Path(__file__).parent / "consumer" / "consumer_app.py"
BUILD = ("-m", "tools.release.build")  # run from ROOT
VERSION = str(load_spec()["info"]["version"])
# The repository's own venv and import paths must not leak into the consumer's processes, nor index settings
# into their installs (those come from uv.lock).
LEAKS = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_INDEX", "UV_INDEX_URL", "UV_DEFAULT_INDEX",
         "UV_EXTRA_INDEX_URL", "UV_FIND_LINKS", "UV_NO_INDEX"}  # fmt: skip
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in LEAKS}


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    args = [str(c) for c in command]
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env={**CLEAN_ENV, **(env or {})}, timeout=300)


def uv() -> str:
    return os.environ.get("UV") or shutil.which("uv") or pytest.fail("uv is not on PATH")


def build_wheel(out_dir: Path) -> Path:
    result = run(sys.executable, *BUILD, "--out-dir", out_dir, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    (wheel,) = out_dir.glob("*.whl")
    return wheel


CACHE_HINT = (
    "\n(uv's cache lacks the consumer group's files: the workspace venv was synced from another cache. Fill it "
    'once, online: UV_PROJECT_ENVIRONMENT="$(mktemp -d)/venv" uv sync --frozen --only-group consumer)'
)


def fresh_venv(where: Path, wheel: Path | None = None) -> Path:
    """A new virtual environment with only the runtime dependencies (the `consumer` group, from uv.lock) and, if
    given, the wheel; returns its python. Offline: everything comes from uv's cache."""
    assert ROOT not in where.parents, "the consumer must live outside the repository"
    venv = where / "venv"
    synced = run(uv(), "sync", "--frozen", "--offline", "--quiet", "--only-group", "consumer", "--python",
                 sys.executable, cwd=ROOT, env={"UV_PROJECT_ENVIRONMENT": str(venv)})  # fmt: skip
    assert synced.returncode == 0, synced.stderr + CACHE_HINT
    python = venv / "bin" / "python"
    if wheel is not None:
        installed = run(
            uv(), "pip", "install", "--offline", "--quiet", "--no-deps", "--python", python, wheel, cwd=where
        )
        assert installed.returncode == 0, installed.stderr
        checked = run(uv(), "pip", "check", "--offline", "--python", python, cwd=where)
        assert checked.returncode == 0, checked.stdout + checked.stderr  # the wheel's Requires-Dist are met
    return python


def runtime_requirements() -> list[str]:
    pyproject = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))
    requirements: list[str] = pyproject["project"]["dependencies"]
    return requirements


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(python of a fresh venv with the wheel installed, an empty project directory to run from)."""
    where = tmp_path_factory.mktemp("wheel-consumer")
    python = fresh_venv(where, wheel)
    project = where / "service"
    project.mkdir()
    shutil.copy(CONSUMER_APP, project)
    return python, project


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(python of a fresh venv with only the runtime dependencies, a project holding a copy of the package)."""
    where = tmp_path_factory.mktemp("vendor-consumer")
    python = fresh_venv(where)
    project = where / "service"
    shutil.copytree(GENERATED / "realtimekit_client", project / "realtimekit_client")
    shutil.copy(CONSUMER_APP, project)
    return python, project


def consumer_script(python: Path, project: Path) -> dict[str, Any]:
    """Run consumer_app.py against a scripted 127.0.0.1 server; returns what it reported."""
    with LocalServer() as server:
        server.script(
            Scripted(200, example("start_recording", "200")),
            Scripted(200, example("get_active_recording", "200")),
            Scripted(404, example("get_active_recording", "404", "no_active_recording")),
            Scripted(302, b"", {"Location": "/elsewhere"}),
        )
        result = run(python, "consumer_app.py", server.url, cwd=project)
        assert result.returncode == 0, result.stderr
        assert [r.method for r in server.requests] == ["POST", "GET", "GET", "GET"]
        # consumer_app.py runs alone in its own venv and spells the ids itself: they must be the shared ones.
        assert [server.requests[0].path, server.requests[1].path] == [START_PATH, ACTIVE_RECORDING_PATH]
        assert server.requests[0].json()["video_config"] == {"width": 640, "height": 360}  # no defaults sent
    report: dict[str, Any] = json.loads(result.stdout)
    assert report | {"imported_from": None} == {"imported_from": None, "status": "INVOKED", "missing": 404,
                                                "unexpected": 302}  # fmt: skip
    return report


def mypy_strict(python: Path, project: Path, script: str = "consumer_app.py") -> subprocess.CompletedProcess[str]:
    """The workspace's mypy, resolving imports the way the consumer's interpreter does."""
    return run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull,
               "--python-executable", python, script, cwd=project)  # fmt: skip


def test_the_consumer_group_is_the_runtime_dependencies() -> None:
    """The venvs above get the runtime dependencies from the workspace's `consumer` group: it must be them."""
    workspace = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert sorted(workspace["dependency-groups"]["consumer"]) == sorted(runtime_requirements())


def test_wheel_holds_the_package_and_its_metadata_only(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(f"realtimekit_client-{VERSION}.dist-info/METADATA").decode()
    assert wheel.name == f"realtimekit_client-{VERSION}-py3-none-any.whl"
    assert "realtimekit_client/py.typed" in names
    assert {n.split("/")[0] for n in names} == {"realtimekit_client", f"realtimekit_client-{VERSION}.dist-info"}
    for field in ("Name: realtimekit-client", f"Version: {VERSION}", "License-Expression: Apache-2.0",
                  "Requires-Python: >=3.11", "Classifier: Typing :: Typed"):  # fmt: skip
        assert f"\n{field}\n" in metadata
    requires = sorted(line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist"))
    assert requires == sorted(runtime_requirements()) == ["httpx>=0.23.1,<0.29.0"]


def test_the_package_imports_nothing_beyond_its_declared_dependencies(wheel: Path) -> None:
    imported = set()
    with zipfile.ZipFile(wheel) as archive:
        for name in (n for n in archive.namelist() if n.endswith(".py")):
            for line in archive.read(name).decode().splitlines():
                if line.startswith(("import ", "from ")) and not line.startswith("from ."):
                    imported.add(line.split()[1].split(".")[0])
    assert imported - set(sys.stdlib_module_names) == {"httpx"}


def test_twice_built_wheels_are_identical(wheel: Path, tmp_path: Path) -> None:
    again = build_wheel(tmp_path)
    assert again.read_bytes() == wheel.read_bytes()


def test_installed_wheel_works_from_a_fresh_venv(installed: tuple[Path, Path]) -> None:
    python, project = installed
    report = consumer_script(python, project)
    assert Path(report["imported_from"]).is_relative_to(python.parent.parent / "lib")


def test_installed_wheel_type_checks_strictly(installed: tuple[Path, Path]) -> None:
    python, project = installed
    result = mypy_strict(python, project)
    assert result.returncode == 0, result.stdout
    # The types really come from the installed package: a wrong argument type is caught.
    (project / "wrong.py").write_text(
        "from realtimekit_client.models import VideoConfig\n\nVideoConfig(width='wide')\n", encoding="utf-8"
    )
    wrong = mypy_strict(python, project, "wrong.py")
    assert wrong.returncode == 1 and 'Argument "width" to "VideoConfig" has incompatible type "str"' in wrong.stdout


def test_vendored_copy_works_in_a_project_without_the_wheel(vendored: tuple[Path, Path]) -> None:
    python, project = vendored
    report = consumer_script(python, project)
    assert Path(report["imported_from"]) == project / "realtimekit_client" / "__init__.py"
    result = mypy_strict(python, project)
    assert result.returncode == 0, result.stdout


def test_vendored_copy_works_under_a_parent_package(vendored: tuple[Path, Path]) -> None:
    python, project = vendored
    nested = project / "myservice" / "_vendor"
    shutil.copytree(project / "realtimekit_client", nested / "realtimekit_client")
    for package in (nested.parent, nested):
        (package / "__init__.py").touch()
    code = (
        "import sys\n"
        "from myservice._vendor.realtimekit_client import AuthenticatedClient\n"
        "from myservice._vendor.realtimekit_client.api.recordings import get_active_recording\n"
        "with AuthenticatedClient(base_url=sys.argv[1], token='t') as client:\n"
        "    print(get_active_recording.sync('acc', 'app', 'meeting', client=client).data.status)\n"
    )
    with LocalServer() as server:
        server.script(Scripted(200, example("get_active_recording", "200")))
        result = run(python, "-c", code, server.url, cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "INVOKED"


def test_mypy_fails_where_the_package_is_not_importable(vendored: tuple[Path, Path], tmp_path: Path) -> None:
    """Control for the checks above: without the wheel or the copy, mypy does not find the package elsewhere."""
    python, _ = vendored
    shutil.copy(CONSUMER_APP, tmp_path)
    result = mypy_strict(python, tmp_path)
    assert result.returncode == 1
    assert 'Cannot find implementation or library stub for module named "realtimekit_client"' in result.stdout
