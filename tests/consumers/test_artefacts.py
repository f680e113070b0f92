"""The wheel and sdist the release tool builds, as an installer and an index see them: what they hold, what the
wheel's metadata declares, that the package imports nothing it does not declare, and that a second build of the
same tree gives the same bytes."""

from __future__ import annotations

import ast
import importlib.metadata
import io
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

from tests.consumers.environments import GENERATED, PACKAGE, VERSION, Artefacts, build, runtime_requirements
from tests.support.project import ROOT
from tools.release.vet import sdist_problems, without_pyproject_orig

TOP = f"realtimekit_client-{VERSION}"
DIST_INFO = f"{TOP}.dist-info"
# The module a requirement is imported as.
IMPORT_NAMES = {"httpx": "httpx", "attrs": "attrs"}


def members(sdist: Path) -> dict[str, bytes]:
    with tarfile.open(sdist) as archive:
        return {m.name: (archive.extractfile(m) or io.BytesIO()).read() for m in archive.getmembers() if m.isfile()}


def requirement_name(requirement: str) -> str:
    return requirement.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip()


def test_the_consumer_group_is_the_runtime_dependencies() -> None:
    """The consumers' venvs get the runtime dependencies from the workspace's `consumer` group: it must be them."""
    workspace = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert sorted(workspace["dependency-groups"]["consumer"]) == sorted(runtime_requirements())


def test_the_wheel_holds_the_package_and_its_metadata_only(artefacts: Artefacts) -> None:
    with zipfile.ZipFile(artefacts.wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(f"{DIST_INFO}/METADATA").decode()
    assert artefacts.wheel.name == f"{TOP}-py3-none-any.whl"
    package = sorted(f"realtimekit_client/{p.relative_to(PACKAGE).as_posix()}" for p in PACKAGE.rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)  # fmt: skip
    assert sorted(n for n in names if not n.startswith(DIST_INFO) and not n.endswith("/")) == package
    assert "realtimekit_client/py.typed" in package
    for field in ("Name: realtimekit-client", f"Version: {VERSION}", "License-Expression: Apache-2.0",
                  "Requires-Python: >=3.11"):  # fmt: skip
        assert f"\n{field}\n" in metadata
    requires = sorted(line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist"))
    assert requires == sorted(runtime_requirements())
    assert {requirement_name(r) for r in requires} == set(IMPORT_NAMES)


def test_the_package_imports_nothing_beyond_its_declared_dependencies(artefacts: Artefacts) -> None:
    """Every import in the wheel, those inside functions (loaded on first use) too. httpcore is httpx's transport,
    required by every httpx the package accepts: the runtime wraps its network backend."""
    imported: set[str] = set()
    with zipfile.ZipFile(artefacts.wheel) as archive:
        for name in (n for n in archive.namelist() if n.endswith(".py")):
            for node in ast.walk(ast.parse(archive.read(name), name)):
                if isinstance(node, ast.Import):
                    imported.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    imported.add(node.module.split(".")[0])
    assert imported - set(sys.stdlib_module_names) == {*IMPORT_NAMES.values(), "httpcore"}
    assert any(r.startswith("httpcore") for r in importlib.metadata.requires("httpx") or [])


def test_the_sdist_holds_the_package_readme_pyproject_and_pkg_info_only(artefacts: Artefacts) -> None:
    files = members(artefacts.sdist)
    package = sorted(p.relative_to(GENERATED).as_posix() for p in PACKAGE.rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)  # fmt: skip
    assert sorted(files) == sorted(f"{TOP}/{name}" for name in ["PKG-INFO", "README.md", "pyproject.toml", *package])
    assert files[f"{TOP}/README.md"] == (GENERATED / "README.md").read_bytes()


def test_the_sdist_pyproject_means_the_source_pyproject(artefacts: Artefacts) -> None:
    source = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))
    assert tomllib.loads(members(artefacts.sdist)[f"{TOP}/pyproject.toml"].decode()) == source


def test_a_second_build_gives_the_same_bytes(artefacts: Artefacts, tmp_path: Path) -> None:
    again = build(tmp_path)
    assert again.wheel.read_bytes() == artefacts.wheel.read_bytes()
    assert again.sdist.read_bytes() == artefacts.sdist.read_bytes()


def test_the_vetting_names_a_stray_file_and_drops_the_orig_copy(artefacts: Artefacts, tmp_path: Path) -> None:
    assert sdist_problems(artefacts.sdist, artefacts.wheel) == []
    # The sdist as uv's backend leaves it (with the verbatim pyproject.toml.orig), plus a stray file.
    uv_like = tmp_path / artefacts.sdist.name
    extra = {f"{TOP}/pyproject.toml.orig": (GENERATED / "pyproject.toml").read_bytes(),
             f"{TOP}/realtimekit_client/__pycache__/types.cpython-311.pyc": b"stray"}  # fmt: skip
    with tarfile.open(uv_like, "w:gz") as archive:
        for name, content in {**members(artefacts.sdist), **extra}.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    (problem,) = sdist_problems(uv_like, artefacts.wheel)
    assert "pyproject.toml.orig" in problem and "types.cpython-311.pyc" in problem
    without_pyproject_orig(uv_like)
    assert f"{TOP}/pyproject.toml.orig" not in members(uv_like)
    (problem,) = sdist_problems(uv_like, artefacts.wheel)
    assert "pyproject.toml.orig" not in problem and "types.cpython-311.pyc" in problem
