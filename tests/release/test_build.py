"""tools.release.build: only the pinned uv builds a release, and the output directory ends up holding the current
vetted build and nothing else. A fake `uv` on PATH stands in where the test is about which uv runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.project import ROOT
from tests.support.spec import load_spec

PINNED = next(line for line in (ROOT / "scripts" / "get-uv.sh").read_text().splitlines() if line.startswith("UV_"))
PINNED_VERSION = PINNED.split("=")[1].split()[0]
VERSION = str(load_spec()["info"]["version"])
CURRENT = sorted([f"realtimekit_client-{VERSION}-py3-none-any.whl", f"realtimekit_client-{VERSION}.tar.gz"])


def fake_uv(directory: Path, version: str) -> Path:
    """A `uv` that reports `version` and records, then fails, anything else it is asked to do."""
    directory.mkdir()
    uv = directory / "uv"
    uv.write_text(f'#!/bin/sh\n[ "$1" = --version ] && {{ echo "uv {version} (fake)"; exit 0; }}\n'
                  f'echo "$*" >> "{directory}/calls"\necho "fake uv: no $1 here" >&2\nexit 3\n')  # fmt: skip
    uv.chmod(0o755)
    return directory


def build(out_dir: Path, uv_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "UV"}  # `uv run` sets UV; the fake must be the one found
    if uv_dir is not None:
        env["PATH"] = f"{uv_dir}{os.pathsep}{env['PATH']}"
    command = [sys.executable, "-m", "tools.release.build", "--out-dir", str(out_dir)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_another_uv_is_refused_saying_why_and_how_to_get_the_pinned_one(tmp_path: Path) -> None:
    other = fake_uv(tmp_path / "other", "0.13.9")
    result = build(tmp_path / "dist", other)
    assert result.returncode == 1
    assert f"is uv 0.13.9; releases are built with uv {PINNED_VERSION} only" in result.stderr
    assert "uv's build backend is part of uv" in result.stderr
    assert 'export PATH="$(sh scripts/get-uv.sh):$PATH"' in result.stderr
    assert not (other / "calls").exists()  # never asked to build
    assert not (tmp_path / "dist").exists()


def test_the_pinned_uv_is_let_through_and_a_failed_build_leaves_no_older_one(tmp_path: Path) -> None:
    pinned = fake_uv(tmp_path / "pinned", PINNED_VERSION)
    out_dir = tmp_path / "dist"
    out_dir.mkdir()
    older = [out_dir / "realtimekit_client-0.0.9-py3-none-any.whl", out_dir / "realtimekit_client-0.0.9.tar.gz"]
    for path in older:
        path.write_bytes(b"an older release")
    result = build(out_dir, pinned)
    assert result.returncode == 1 and "uv build failed" in result.stderr
    assert (pinned / "calls").read_text().startswith("build ")
    assert list(out_dir.iterdir()) == []  # nothing left that `uv publish dist/*` could take for this build


def test_the_output_directory_ends_up_holding_the_current_build_only(tmp_path: Path) -> None:
    out_dir = tmp_path / "dist"
    out_dir.mkdir()
    (out_dir / "realtimekit_client-0.0.9-py3-none-any.whl").write_bytes(b"an older release")
    result = build(out_dir)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in out_dir.iterdir()) == CURRENT
    for name in CURRENT:
        assert f"{out_dir / name}  " in result.stdout and " bytes  sha256 " in result.stdout


def test_files_the_build_does_not_make_are_refused_and_left_alone(tmp_path: Path) -> None:
    out_dir = tmp_path / "dist"
    out_dir.mkdir()
    (out_dir / "other_service-1.0-py3-none-any.whl").write_bytes(b"not ours")
    result = build(out_dir)
    assert result.returncode == 1
    assert "holds files this build does not make" in result.stderr and "other_service-1.0" in result.stderr
    assert [path.name for path in out_dir.iterdir()] == ["other_service-1.0-py3-none-any.whl"]
