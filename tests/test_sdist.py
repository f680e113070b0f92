"""The sdist tools/release/build.py makes: only the package (the wheel's files), README.md, pyproject.toml and
PKG-INFO, without the `pyproject.toml.orig` uv's build backend adds, byte-identical from build to build; and the
vetting fails on a stray file."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from support.project import ROOT
from support.spec import load_spec

BUILD = ("-m", "tools.release.build")  # run from ROOT
VET = ROOT / "tools" / "release" / "vet.py"
PROJECT = ROOT / "generated" / "realtimekit-client"
VERSION = str(load_spec()["info"]["version"])
TOP = f"realtimekit_client-{VERSION}"


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_vet", VET)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def build(out_dir: Path) -> tuple[Path, Path]:
    result = subprocess.run(
        [sys.executable, *BUILD, "--out-dir", out_dir], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr
    (sdist,) = out_dir.glob("*.tar.gz")
    (wheel,) = out_dir.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build(tmp_path_factory.mktemp("sdist"))


def members(sdist: Path) -> dict[str, bytes]:
    with tarfile.open(sdist) as archive:
        return {m.name: (archive.extractfile(m) or io.BytesIO()).read() for m in archive.getmembers() if m.isfile()}


def test_the_sdist_holds_the_package_readme_pyproject_and_pkg_info_only(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    files = members(sdist)
    package = sorted(p.relative_to(ROOT / "generated" / "realtimekit-client").as_posix()
                     for p in (ROOT / "generated" / "realtimekit-client" / "realtimekit_client").rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)  # fmt: skip
    assert sorted(files) == sorted(f"{TOP}/{name}" for name in ["PKG-INFO", "README.md", "pyproject.toml", *package])
    assert f"{TOP}/pyproject.toml.orig" not in files


def test_the_sdist_pyproject_means_the_source_pyproject(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    source = tomllib.loads((ROOT / "generated" / "realtimekit-client" / "pyproject.toml").read_text(encoding="utf-8"))
    assert tomllib.loads(members(sdist)[f"{TOP}/pyproject.toml"].decode()) == source


def test_twice_built_sdists_are_identical(built: tuple[Path, Path], tmp_path: Path) -> None:
    sdist, wheel = built
    again_sdist, again_wheel = build(tmp_path)
    assert again_sdist.read_bytes() == sdist.read_bytes()
    assert again_wheel.read_bytes() == wheel.read_bytes()


def test_the_vetting_names_a_stray_file_and_the_orig_copy_is_dropped(built: tuple[Path, Path], tmp_path: Path) -> None:
    sdist, wheel = built
    script = load_build_script()
    assert script.sdist_problems(sdist, wheel) == []
    # The sdist as uv's backend leaves it (with the verbatim pyproject.toml.orig) plus a stray file.
    files = members(sdist)
    uv_like = tmp_path / sdist.name
    with tarfile.open(uv_like, "w:gz") as archive:
        extra = {f"{TOP}/pyproject.toml.orig": (PROJECT / "pyproject.toml").read_bytes(),
                 f"{TOP}/realtimekit_client/__pycache__/types.cpython-311.pyc": b"stray"}  # fmt: skip
        for name, content in {**files, **extra}.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    problems = script.sdist_problems(uv_like, wheel)
    assert len(problems) == 1 and "pyproject.toml.orig" in problems[0] and ".pyc" in problems[0]
    script.without_pyproject_orig(uv_like)
    assert f"{TOP}/pyproject.toml.orig" not in members(uv_like)
    (problem,) = script.sdist_problems(uv_like, wheel)
    assert "pyproject.toml.orig" not in problem and "types.cpython-311.pyc" in problem
