"""A spec change, made on a scratch copy of the project, is classified and guided: examples are validated first
(request examples refuse unknown keys), the version guard classifies the change (breaking, minor, none) and asks
for a bump that size once released and a CHANGELOG line even while Unreleased, a refusal leaves generated/
untouched, and regeneration prints what is left to do."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from operation_cases import spec_facts
from spec_helpers import ROOT, load_spec

sys.path.insert(0, str(ROOT / "scripts"))
import spec_diff  # noqa: E402
import spec_examples  # noqa: E402

VERSION = str(load_spec()["info"]["version"])
SPEC_NAME = "openapi/realtimekit-recordings.yaml"


def run_regenerate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "regenerate.py"), *args],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=120,
    )


def copy_project(destination: Path) -> Path:
    for name in ("openapi", "templates", "scripts", "generated"):
        shutil.copytree(ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yaml", "CHANGELOG.md"):
        shutil.copy(ROOT / name, destination)
    return destination


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def snapshot(project: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((project / "generated").rglob("*")) if p.is_file()}


def changelog_line(project: Path, line: str, version: str = VERSION) -> None:
    edit(project / "CHANGELOG.md", f"## {version} - Unreleased\n", f"## {version} - Unreleased\n\n{line}\n")


RENAME = ("        file_name_prefix:\n          type: string\n", "        file_prefix:\n          type: string\n")
ADD_FIELD = (
    "        recording_duration:\n          type: integer\n",
    "        recording_duration:\n          type: integer\n        region:\n          type: string\n",
)


# ---- classification, on the surfaces alone --------------------------------------------------------------------


def surface_after(old: str, new: str) -> dict[str, Any]:
    import yaml

    text = (ROOT / SPEC_NAME).read_text(encoding="utf-8")
    assert old in text
    return spec_diff.surface(yaml.safe_load(text.replace(old, new, 1)))


BASE = spec_diff.surface(load_spec())


@pytest.mark.parametrize(
    ("old", "new", "level", "names"),
    [
        ("description: ID of the recording.", "description: Identifier of the recording.", "none", ""),
        (*ADD_FIELD, "minor", "Recording.region: added"),
        ("enum: [mono, stereo]", "enum: [mono, stereo, surround]", "minor", "'surround' added"),
        (*RENAME, "breaking", "StartRecordingRequest.file_name_prefix: removed (or renamed)"),
        ("      required: [enabled]\n", "      required: [enabled, region]\n", "breaking", "region: now required"),
        ("          minimum: 60\n", "          minimum: 120\n", "breaking", "minimum 60 -> 120 (tighter)"),
        ("          maximum: 86400\n", "          maximum: 100000\n", "minor", "maximum 86400 -> 100000"),
        ("enum: [MP3, AAC]", "enum: [AAC]", "breaking", "enum value 'MP3' removed"),
        ("      x-realtimekit-retry: unsafe\n", "      x-realtimekit-retry: safe\n", "minor", "retry policy"),
        ("      operationId: get_active_recording", "      operationId: fetch_active_recording", "breaking",
         "operation get_active_recording: removed"),
    ],
)  # fmt: skip
def test_changes_are_classified(old: str, new: str, level: str, names: str) -> None:
    changes = spec_diff.classify(BASE, surface_after(old, new))
    assert spec_diff.level(changes) == level, changes
    assert names in "\n".join(str(c) for c in changes)


def test_a_response_field_made_required_is_breaking() -> None:
    new = surface_after("        - stopped_time\n", "        - stopped_time\n        - recording_duration\n")
    assert [str(c) for c in spec_diff.classify(BASE, new)] == ["breaking: Recording.recording_duration: now required"]


def test_bumps() -> None:
    from version_guard import required_version

    assert str(required_version("0.1.0", "breaking")) == "0.2.0"
    assert str(required_version("1.4.2", "breaking")) == "2.0.0"
    assert str(required_version("1.4.2", "minor")) == "1.5.0"
    assert str(required_version("0.1.0", "patch")) == "0.1.1"


# ---- examples ---------------------------------------------------------------------------------------------------


def test_the_spec_examples_all_fit_their_schemas() -> None:
    assert spec_examples.problems(load_spec()) == []


def test_a_request_example_with_a_renamed_key_is_refused() -> None:
    import yaml

    spec = yaml.safe_load((ROOT / SPEC_NAME).read_text(encoding="utf-8").replace(*RENAME))
    found = spec_examples.problems(spec)
    assert found == [
        "start_recording request example full (unknown keys refused): at (top): Unevaluated properties are not "
        "allowed ('file_name_prefix' was unexpected)"
    ]


def test_strict_keeps_compositions_working() -> None:
    schema = {"allOf": [{"properties": {"a": {}}}, {"properties": {"b": {"type": "object", "properties": {}}}}]}
    strict = spec_examples.strict(schema)
    assert strict["unevaluatedProperties"] is False and "unevaluatedProperties" not in strict["allOf"][0]
    assert strict["allOf"][1]["properties"]["b"]["unevaluatedProperties"] is False
    assert spec_facts.resolve({}, strict) == strict


# ---- end to end on a scratch copy -------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


@pytest.fixture
def released(project: Path) -> Path:
    edit(project / "CHANGELOG.md", f"## {VERSION} - Unreleased", f"## {VERSION} - 2026-11-01")
    return project


def test_a_refusal_leaves_generated_untouched(project: Path) -> None:
    before = snapshot(project)
    edit(project / SPEC_NAME, *ADD_FIELD)  # an API change without a CHANGELOG line
    result = run_regenerate(project)
    assert result.returncode == 1
    assert "the spec's API changed (minor) but CHANGELOG.md's 0.1.0 entry did not" in result.stderr
    assert "- Recording.region: added" in result.stderr
    assert "generated/ was left untouched" in result.stderr
    assert snapshot(project) == before

    changelog_line(project, "- `Recording.region`.")
    result = run_regenerate(project)
    assert result.returncode == 0, result.stderr
    assert snapshot(project) != before
    assert "follow-ups:" in result.stdout and "Recording.region: added" in result.stdout
    assert run_regenerate(project, "--check").returncode == 0


def test_an_example_broken_by_a_schema_change_stops_regeneration(project: Path) -> None:
    before = snapshot(project)
    edit(project / SPEC_NAME, *RENAME)
    result = run_regenerate(project)
    assert result.returncode == 1
    assert "has examples its schemas refuse" in result.stderr and "'file_name_prefix' was unexpected" in result.stderr
    assert snapshot(project) == before


def test_a_breaking_change_needs_a_minor_bump_while_0x(released: Path) -> None:
    edit(released / SPEC_NAME, *RENAME)
    edit(released / SPEC_NAME, "file_name_prefix: string\n", "file_prefix: string\n")  # the example follows
    edit(released / SPEC_NAME, f"version: {VERSION}", "version: 0.1.1")
    edit(released / "CHANGELOG.md", f"## {VERSION} - ", f"## 0.1.1 - Unreleased\n\n- Renamed.\n\n## {VERSION} - ")
    result = run_regenerate(released)
    assert result.returncode == 1
    assert "the change since 0.1.0 (released) is breaking, which needs a minor bump while 0.x" in result.stderr
    assert "info.version must be at least 0.2.0, it is 0.1.1" in result.stderr
    assert "StartRecordingRequest.file_name_prefix: removed (or renamed)" in result.stderr

    edit(released / SPEC_NAME, "version: 0.1.1", "version: 0.2.0")
    edit(released / "CHANGELOG.md", "## 0.1.1 - Unreleased", "## 0.2.0 - Unreleased")
    result = run_regenerate(released)
    assert result.returncode == 0, result.stderr
    assert run_regenerate(released, "--check").returncode == 0


def test_a_description_edit_needs_only_a_patch_bump(released: Path) -> None:
    edit(released / SPEC_NAME, "description: ID of the recording.", "description: Identifier of the recording.")
    edit(released / SPEC_NAME, f"version: {VERSION}", "version: 0.1.1")
    edit(released / "CHANGELOG.md", f"## {VERSION} - ", f"## 0.1.1 - Unreleased\n\n- Reworded.\n\n## {VERSION} - ")
    result = run_regenerate(released)
    assert result.returncode == 0, result.stderr


# ---- the size budget ------------------------------------------------------------------------------------------


def test_the_size_budget_scales_with_the_operations() -> None:
    import build_wheel

    names = [
        "realtimekit_client/api/__init__.py",
        "realtimekit_client/api/recordings/__init__.py",
        "realtimekit_client/api/recordings/get_active_recording.py",
        "realtimekit_client/api/recordings/start_recording.py",
        "realtimekit_client/models/recording.py",
    ]
    assert build_wheel.operations(names) == 2
    assert build_wheel.size_budget(2) == build_wheel.FIXED_BYTES + 2 * build_wheel.PER_OPERATION_BYTES
    assert build_wheel.size_budget(3) - build_wheel.size_budget(2) == build_wheel.PER_OPERATION_BYTES <= 2_500
