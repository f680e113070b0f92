"""generated/ is exactly what the pinned generator makes of the spec, and regeneration is deterministic."""

from __future__ import annotations

from pathlib import Path

import yaml

from support.project import ROOT, copy_project, run_regenerate


def test_generated_package_is_in_sync_with_the_spec() -> None:
    result = run_regenerate(ROOT, "--check")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_check_fails_and_names_the_files_when_the_spec_changes(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    spec = project / "openapi" / "realtimekit-recordings.yaml"
    text = spec.read_text(encoding="utf-8")
    edited = text.replace("description: ID of the recording.", "description: Identifier of the recording.")
    assert edited != text
    spec.write_text(edited, encoding="utf-8")

    result = run_regenerate(project, "--check")
    assert result.returncode == 1
    assert "realtimekit_client/models/__init__.py" in result.stderr  # every model is in that one module

    # Regenerating brings generated/ up to date, and a second run changes nothing: deterministic output.
    first = run_regenerate(project)
    assert first.returncode == 0, first.stderr
    assert "changed  generated/realtimekit-client/realtimekit_client/models/__init__.py" in first.stdout
    # StartedRecording subclasses Recording (issue 12): it does not repeat Recording's field descriptions.
    bundle = project / "generated" / "realtimekit-client" / "realtimekit_client" / "models" / "__init__.py"
    assert bundle.read_text(encoding="utf-8").count("Identifier of the recording.") == 1
    snapshot = {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()}
    second = run_regenerate(project)
    assert second.returncode == 0, second.stderr
    assert "no file(s) changed" in second.stdout
    assert {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()} == snapshot
    assert run_regenerate(project, "--check").returncode == 0


def test_invalid_spec_is_refused_before_generation(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    spec = project / "openapi" / "realtimekit-recordings.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("openapi: 3.1.0", "openapi: 3.1.0\nbogus: 1"))
    result = run_regenerate(project, "--check")
    assert result.returncode == 1
    assert "not a valid OpenAPI document" in result.stderr


def test_a_class_name_with_a_doubled_word_is_refused_with_the_fix(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    spec_path = project / "openapi" / "realtimekit-recordings.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    # An inline enum is named after its model and property: Recording + recording_type.
    properties = spec["components"]["schemas"]["Recording"]["properties"]
    properties["recording_type"] = {"type": "string", "enum": ["AUDIO", "VIDEO"]}
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    before = sorted(p.name for p in (project / "generated").rglob("*"))
    result = run_regenerate(project)
    assert result.returncode == 1
    assert "RecordingRecordingType repeats Recording: name it in the spec" in result.stderr
    assert sorted(p.name for p in (project / "generated").rglob("*")) == before  # nothing written
