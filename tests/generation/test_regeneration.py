"""generated/ is exactly what the spec produces (scripts/regenerate.py --check), a drift is named file by file, a
refused change leaves generated/ untouched, and regeneration is deterministic. The command runs in-process
(tests.support.project.run_regenerate), on the repository or on a scratch copy the test edits."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from openapi_python_client.strings import snake_case

from codegen import cli
from codegen.generate import CACHE_NAMES
from codegen.paths import OUTPUT
from tests.generation.functional_package import generate_inline
from tests.generation.spec_edits import (
    PROBE,
    SPEC_NAME,
    add_field,
    edit_text,
    rename_request_field,
    request_target,
    response_target,
    write_spec,
)
from tests.support.project import ROOT, copy_project, run_regenerate
from tests.support.spec import load_spec

VERSION = str(load_spec()["info"]["version"])
PACKAGE = "realtimekit-client/realtimekit_client"  # relative to generated/


def snapshot(project: Path) -> dict[str, bytes]:
    """generated/'s files, without what Python or tools leave there (bytecode of the installed package)."""
    generated = project / "generated"
    return {
        p.relative_to(generated).as_posix(): p.read_bytes()
        for p in sorted(generated.rglob("*"))
        if p.is_file() and not CACHE_NAMES.intersection(p.relative_to(generated).parts)
    }


def test_generated_is_what_the_spec_produces() -> None:
    result = run_regenerate(ROOT, "--check")
    assert result.returncode == 0, result.stderr
    assert "generated/realtimekit-client is up to date" in result.stdout


@dataclass(frozen=True)
class SpecChange:
    """One API change (a field added to a response schema) taken through the command on a scratch copy."""

    module: str  # the changed model's module, relative to generated/
    expected: str  # the change as the version guard words it
    before: dict[str, bytes]  # generated/ before anything ran
    check: subprocess.CompletedProcess[str]  # --check on the changed spec
    refused: subprocess.CompletedProcess[str]  # a regeneration without a CHANGELOG line
    after_refusal: dict[str, bytes]
    applied: subprocess.CompletedProcess[str]  # a regeneration with a CHANGELOG line
    after: dict[str, bytes]
    recheck: subprocess.CompletedProcess[str]  # --check once more


@pytest.fixture(scope="module")
def spec_change(tmp_path_factory: pytest.TempPathFactory) -> SpecChange:
    project = copy_project(tmp_path_factory.mktemp("spec-change"))
    before = snapshot(project)
    model = response_target(load_spec())
    expected = write_spec(project, add_field)
    check = run_regenerate(project, "--check")
    refused = run_regenerate(project)
    after_refusal = snapshot(project)
    heading = f"## {VERSION} - Unreleased\n"
    edit_text(project / "CHANGELOG.md", heading, f"{heading}\n- `{PROBE}`.\n")
    applied = run_regenerate(project)
    after = snapshot(project)
    recheck = run_regenerate(project, "--check")
    module = f"{PACKAGE}/models/{snake_case(model)}.py"
    return SpecChange(module, expected, before, check, refused, after_refusal, applied, after, recheck)


def listed(output: str) -> set[str]:
    """The files a run lists as added, removed or changed, relative to generated/."""
    kinds = ("  added ", "  removed ", "  changed ")
    return {line.split()[-1].removeprefix("generated/") for line in output.splitlines() if line.startswith(kinds)}


def test_check_names_each_file_that_drifted(spec_change: SpecChange) -> None:
    check = spec_change.check
    assert check.returncode == 1
    assert "is out of date with the spec; run `uv run scripts/regenerate.py`" in check.stderr
    assert {spec_change.module, f"{PACKAGE}/_spec.py"} <= listed(check.stderr)
    assert "version-record.json does not describe this package" in check.stderr


def test_a_refused_change_leaves_generated_untouched(spec_change: SpecChange) -> None:
    refused = spec_change.refused
    assert refused.returncode == 1
    # The version guard refuses (test_versioning.py has its rules) after generating, before generated/ is touched.
    assert "CHANGELOG.md's" in refused.stderr and "(generated/ was left untouched)" in refused.stderr
    assert spec_change.after_refusal == spec_change.before


def test_regenerating_writes_what_drifted_and_says_what_is_left_to_do(spec_change: SpecChange) -> None:
    applied = spec_change.applied
    assert applied.returncode == 0, applied.stderr
    before, after = spec_change.before, spec_change.after
    written = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert written == listed(applied.stdout) == listed(spec_change.check.stderr)
    assert PROBE in after[spec_change.module].decode()
    assert f"recorded the package for {VERSION} (Unreleased)" in applied.stdout
    assert "follow-ups:" in applied.stdout and spec_change.expected in applied.stdout


def test_regeneration_is_deterministic(spec_change: SpecChange) -> None:
    """A second generation of what was just written reproduces it byte for byte (and the record matches)."""
    assert spec_change.recheck.returncode == 0, spec_change.recheck.stderr


def test_an_invalid_spec_is_refused_before_generation(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    edit_text(project / SPEC_NAME, "openapi: 3.1.0", "openapi: 3.1.0\nbogus: 1")

    result = run_regenerate(project)

    assert result.returncode == 1
    assert f"{SPEC_NAME} is not a valid OpenAPI document" in result.stderr
    assert snapshot(project) == snapshot(ROOT)


def test_an_example_its_schema_refuses_stops_regeneration(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    _, _, _, key = request_target(load_spec())
    write_spec(project, rename_request_field)  # the request examples still use the old name

    result = run_regenerate(project)

    assert result.returncode == 1
    assert "has examples its schemas refuse; fix them first" in result.stderr
    assert f"'{key}' was unexpected" in result.stderr
    assert snapshot(project) == snapshot(ROOT)


def test_a_class_name_with_a_doubled_word_is_refused_with_the_fix(tmp_path: Path) -> None:
    """The command refuses such a package before comparing or writing anything (codegen.cli.doubled_names)."""
    spec: dict[str, object] = {
        "openapi": "3.1.0",
        "info": {"title": "Names", "version": "0.0.1"},
        "paths": {},
        # An inline enum is named after its model and its property: Recording + recording_type.
        "components": {
            "schemas": {
                "Recording": {
                    "type": "object",
                    "properties": {"recording_type": {"type": "string", "enum": ["AUDIO", "VIDEO"]}},
                }
            }
        },
    }
    package = generate_inline(spec, tmp_path, package="names_client")

    assert cli.doubled_names(package) == [
        "RecordingRecordingType repeats Recording: name it in the spec (a `title` on the schema, or a named schema "
        "under components), or map it in generator-config.yaml `class_overrides`"
    ]
    assert cli.doubled_names(OUTPUT / "realtimekit_client") == []
