"""The newcomer's two commands, checked cheaply: README's first code block is exactly them, .ci/run ends with the
second, both are POSIX sh and set themselves up (the pinned uv, the system certificate store), another uv on PATH
does not replace the pinned one, and the demo the first ends with works. Running the scripts themselves, in a
fresh clone under `env -i`, takes minutes: that is checked by hand and by CI's last step, not here."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.project import ROOT

MAIN, TESTS = "scripts/regenerate-and-demo.sh", "scripts/test.sh"
GET_UV = (ROOT / "scripts" / "get-uv.sh").read_text(encoding="utf-8")
PINNED = re.search(r"^UV_VERSION=(\S+)", GET_UV, re.MULTILINE)


def commands(block: str) -> list[str]:
    """A shell block's commands, comments and blank lines left out."""
    return [line.split("  #")[0].strip() for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_the_readme_starts_with_exactly_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```\w*\n(.*?)```", readme, re.DOTALL)
    assert first_block is not None
    assert commands(first_block.group(1)) == [f"sh {MAIN}", f"sh {TESTS}"]


def test_ci_ends_with_the_second_command() -> None:
    lines = commands((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    last_step = max(i for i, line in enumerate(lines) if line.startswith("step "))
    assert lines[last_step + 1] == f"sh {TESTS}"
    assert "trap on_exit EXIT" in lines and 'rm -rf "$scratch"' in lines  # nothing left in the temp directory


@pytest.mark.parametrize("script", [MAIN, TESTS])
def test_each_script_is_posix_sh_and_sets_itself_up(script: str) -> None:
    checked = subprocess.run(["sh", "-n", script], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    text = (ROOT / script).read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n") and "set -eu\n" in text
    assert ". scripts/setup.sh\n" in text and "pinned_uv 1/" in text  # the shared set-up, and its uv step
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "uv_dir=$(sh scripts/get-uv.sh)" in setup and 'PATH="$uv_dir:$PATH"' in setup
    assert 'UV_SYSTEM_CERTS="${UV_SYSTEM_CERTS:-1}"' in setup and "export UV_SYSTEM_CERTS" in setup
    assert "uv sync --frozen --all-groups" in text


def test_the_second_script_passes_its_arguments_to_pytest() -> None:
    assert 'uv run --frozen pytest "$@"' in (ROOT / TESTS).read_text(encoding="utf-8")


def test_development_takes_a_newer_uv_and_the_pin_lives_in_get_uv() -> None:
    assert PINNED is not None
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'^required-version = ">={re.escape(PINNED.group(1))}"', pyproject, re.MULTILINE)


def test_another_uv_on_path_gives_way_to_the_pinned_one_in_the_cache(tmp_path: Path) -> None:
    assert PINNED is not None
    other = tmp_path / "other-uv"
    cached = tmp_path / "cache" / "realtimekit-client" / f"uv-{PINNED.group(1)}" / "bin"
    for directory, version in ((other, "0.13.9"), (cached, PINNED.group(1))):
        directory.mkdir(parents=True)
        (directory / "uv").write_text(f'#!/bin/sh\necho "uv {version} (fake)"\n')
        (directory / "uv").chmod(0o755)
    env = {
        "PATH": f"{other}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    found = subprocess.run(["sh", "scripts/get-uv.sh"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == str(cached)


def test_the_demo_starts_a_recording_and_fetches_it_back() -> None:
    demo = subprocess.run([sys.executable, "examples/start_and_fetch.py"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert demo.returncode == 0, demo.stderr
    started, active = re.findall(r'^  "id": "([0-9a-f-]{36})",$', demo.stdout, re.MULTILINE)
    assert started == active
    assert "started recording:" in demo.stdout and "active recording of the meeting:" in demo.stdout
