"""The version guard: a released version is frozen, a changed package needs a higher version and a CHANGELOG entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.project import ROOT, copy_project, run_regenerate
from support.spec import load_spec

VERSION = str(load_spec()["info"]["version"])


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def released(tmp_path: Path) -> Path:
    """A copy of the project whose current version is marked released in its CHANGELOG."""
    project = copy_project(tmp_path)
    edit(project / "CHANGELOG.md", f"## {VERSION} - Unreleased", f"## {VERSION} - 2026-11-01")
    assert run_regenerate(project, "--check").returncode == 0
    return project


def test_the_repository_records_its_current_version() -> None:
    record = json.loads((ROOT / "openapi" / "version-record.json").read_text(encoding="utf-8"))
    assert record["version"] == VERSION
    assert f"## {VERSION} - " in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_changing_a_released_version_fails_until_the_version_is_bumped(released: Path) -> None:
    spec = released / "openapi" / "realtimekit-recordings.yaml"
    edit(spec, "description: ID of the recording.", "description: Identifier of the recording.")

    check = run_regenerate(released, "--check")
    assert check.returncode == 1
    assert f"info.version is still {VERSION}, released 2026-11-01" in check.stderr
    regenerate = run_regenerate(released)
    assert regenerate.returncode == 1
    assert "raise info.version" in regenerate.stderr

    edit(spec, f"version: {VERSION}", "version: 99.0.0")
    no_entry = run_regenerate(released)
    assert no_entry.returncode == 1
    assert "CHANGELOG.md has no entry for 99.0.0" in no_entry.stderr

    edit(released / "CHANGELOG.md", f"## {VERSION} - ", f"## 99.0.0 - Unreleased\n\n- Reworded.\n\n## {VERSION} - ")
    bumped = run_regenerate(released)
    assert bumped.returncode == 0, bumped.stderr
    assert "recorded the package for 99.0.0 (Unreleased)" in bumped.stdout
    assert 'version = "99.0.0"' in (released / "generated/realtimekit-client/pyproject.toml").read_text()
    assert run_regenerate(released, "--check").returncode == 0


def test_a_comment_only_spec_edit_needs_no_new_version(released: Path) -> None:
    spec = released / "openapi" / "realtimekit-recordings.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "# a comment changes nothing that ships\n", encoding="utf-8")
    result = run_regenerate(released, "--check")
    assert result.returncode == 0, result.stderr


def test_a_lower_version_is_refused(released: Path) -> None:
    edit(released / "openapi" / "realtimekit-recordings.yaml", f"version: {VERSION}", "version: 0.0.1")
    edit(released / "CHANGELOG.md", f"## {VERSION} - ", f"## 0.0.1 - Unreleased\n\n## {VERSION} - ")
    result = run_regenerate(released)
    assert result.returncode == 1
    assert f"info.version 0.0.1 must be higher than the recorded {VERSION}" in result.stderr


def test_check_fails_without_a_record(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "openapi" / "version-record.json").unlink()
    result = run_regenerate(project, "--check")
    assert result.returncode == 1
    assert "version-record.json does not describe this package" in result.stderr


def test_check_refuses_a_changelog_entry_edited_after_it_was_recorded(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    changelog = project / "CHANGELOG.md"
    changelog.write_text(changelog.read_text(encoding="utf-8") + "- an edit after regenerating\n", encoding="utf-8")
    result = run_regenerate(project, "--check")
    assert result.returncode == 1
    assert "CHANGELOG.md's 0.1.0 entry changed since openapi/version-record.json was written" in result.stderr
    assert run_regenerate(project).returncode == 0
    assert run_regenerate(project, "--check").returncode == 0
