"""A spec change, made on a scratch copy of the project, is classified and guided: examples are validated first
(request examples refuse unknown keys), the version guard classifies the change (breaking, minor, none) and asks
for a bump that size once released and a CHANGELOG line even while Unreleased, a refusal leaves generated/
untouched, and regeneration prints what is left to do."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from support.operation_cases import spec_facts
from support.project import ROOT, copy_project, run_regenerate
from support.spec import load_spec

sys.path.insert(0, str(ROOT / "scripts"))
import spec_diff  # noqa: E402
import spec_examples  # noqa: E402

VERSION = str(load_spec()["info"]["version"])
SPEC_NAME = "openapi/realtimekit-recordings.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def snapshot(project: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((project / "generated").rglob("*")) if p.is_file()}


def changelog_line(project: Path, line: str, version: str = VERSION) -> None:
    edit(project / "CHANGELOG.md", f"## {version} - Unreleased\n", f"## {version} - Unreleased\n\n{line}\n")


# The changes are made on the parsed spec, on whatever it holds when the test runs (the first request schema with
# an optional property used in a request example, the schema of the first 2xx response), so the tests keep working
# as the spec grows. PROBE is a name the spec does not use.
PROBE = "zz_probe_field"


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[1]


def request_target(spec: dict[str, Any]) -> tuple[str, str, str, str]:
    """(operationId, example name, request schema name, an optional property the example sets)."""
    for _, _, operation, _ in spec_facts.operations(spec):
        content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        if "$ref" not in content.get("schema", {}):
            continue
        name = ref_name(content["schema"])
        schema = spec["components"]["schemas"][name]
        for example, described in (content.get("examples") or {}).items():
            for key in described["value"]:
                if key in schema.get("properties", {}) and key not in schema.get("required", []):
                    return operation["operationId"], example, name, key
    raise AssertionError("no request example sets an optional property")


def response_target(spec: dict[str, Any]) -> str:
    """The named schema of the first 2xx response's `data` (or the response schema itself)."""
    for _, _, operation, _ in spec_facts.operations(spec):
        for status, response in operation["responses"].items():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            if str(status).startswith("2") and "$ref" in schema:
                top = spec["components"]["schemas"][ref_name(schema)]
                data = top.get("properties", {}).get("data", {})
                return ref_name(data) if "$ref" in data else ref_name(schema)
    raise AssertionError("no 2xx response with a named schema")


def add_field(spec: dict[str, Any]) -> str:
    name = response_target(spec)
    spec["components"]["schemas"][name].setdefault("properties", {})[PROBE] = {"type": "string"}
    return f"{name}.{PROBE}: added"


def rename_request_field(spec: dict[str, Any], in_examples: bool = False) -> str:
    operation_id, _, name, key = request_target(spec)
    properties = spec["components"]["schemas"][name]["properties"]
    properties[PROBE] = properties.pop(key)
    if in_examples:
        for _, _, operation, _ in spec_facts.operations(spec):
            if operation["operationId"] == operation_id:
                for example in operation["requestBody"]["content"]["application/json"]["examples"].values():
                    if key in example["value"]:
                        example["value"][PROBE] = example["value"].pop(key)
    return f"{name}.{key}: removed (or renamed)"


def first_enum(spec: dict[str, Any]) -> tuple[str, list[Any]]:
    return next((n, s["enum"]) for n, s in spec["components"]["schemas"].items() if "enum" in s and len(s["enum"]) > 1)


def first_bounded(spec: dict[str, Any], keyword: str) -> tuple[str, str, dict[str, Any]]:
    for name, schema in spec["components"]["schemas"].items():
        for key, sub in (schema.get("properties") or {}).items():
            if isinstance(sub.get(keyword), int):
                return name, key, sub
    raise AssertionError(f"no property with {keyword}")


def edited(change: Any) -> tuple[dict[str, Any], str]:
    import copy

    spec = copy.deepcopy(load_spec())
    expected = change(spec)
    return spec, expected


def tighten_minimum(spec: dict[str, Any]) -> str:
    name, key, sub = first_bounded(spec, "minimum")
    sub["minimum"] += 1
    return f"{name}.{key}: minimum {sub['minimum'] - 1} -> {sub['minimum']} (tighter)"


def loosen_maximum(spec: dict[str, Any]) -> str:
    name, key, sub = first_bounded(spec, "maximum")
    sub["maximum"] += 1
    return f"{name}.{key}: maximum {sub['maximum'] - 1} -> {sub['maximum']}"


def add_enum_value(spec: dict[str, Any]) -> str:
    name, values = first_enum(spec)
    values.append("ZZ_PROBE")
    return f"{name}: enum value 'ZZ_PROBE' added"


def remove_enum_value(spec: dict[str, Any]) -> str:
    name, values = first_enum(spec)
    return f"{name}: enum value {values.pop(0)!r} removed"


def require_response_field(spec: dict[str, Any]) -> str:
    """An optional property of a schema only responses use becomes required."""
    used = spec_diff.directions(spec_diff.surface(spec))
    for name in sorted(n for n, where in used.items() if where == {"response"}):
        schema = spec["components"]["schemas"][name]
        optional = [k for k in schema.get("properties", {}) if k not in schema.get("required", [])]
        if optional:
            schema.setdefault("required", []).append(optional[0])
            return f"{name}.{optional[0]}: now required"
    raise AssertionError("no response schema with an optional property")


def reword(spec: dict[str, Any]) -> str:
    name = response_target(spec)
    spec["components"]["schemas"][name]["description"] = "Reworded."
    return ""


def rename_operation(spec: dict[str, Any]) -> str:
    _, _, operation, _ = next(spec_facts.operations(spec))
    old = operation["operationId"]
    operation["operationId"] = f"{old}_renamed"
    return f"operation {old}: removed (or renamed)"


def flip_retry(spec: dict[str, Any]) -> str:
    for _, method, operation, _ in spec_facts.operations(spec):
        if method != "get":
            before = spec_facts.retry_policy(method, operation)
            operation[spec_facts.RETRY_EXTENSION] = "safe" if before == "unsafe" else "unsafe"
            return f"retry policy {before} -> {operation[spec_facts.RETRY_EXTENSION]}"
    raise AssertionError("no operation other than a GET")


# ---- classification, on the surfaces alone --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "level"),
    [
        (reword, "none"),
        (add_field, "minor"),
        (add_enum_value, "minor"),
        (loosen_maximum, "minor"),
        (flip_retry, "minor"),
        (rename_request_field, "breaking"),
        (require_response_field, "breaking"),
        (tighten_minimum, "breaking"),
        (remove_enum_value, "breaking"),
        (rename_operation, "breaking"),
    ],
    ids=lambda v: getattr(v, "__name__", v),
)
def test_changes_are_classified(change: Any, level: str) -> None:
    spec, expected = edited(change)
    changes = spec_diff.classify(spec_diff.surface(load_spec()), spec_diff.surface(spec))
    assert spec_diff.level(changes) == level, changes
    assert expected in "\n".join(str(c) for c in changes)


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
    spec, _ = edited(rename_request_field)
    operation_id, example, _, key = request_target(load_spec())
    found = [p for p in spec_examples.problems(spec) if f"'{key}' was unexpected" in p]
    assert found and found[0].startswith(f"{operation_id} request example {example} (unknown keys refused): ")


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


def write_spec(project: Path, change: Any) -> str:
    import yaml

    path = project / SPEC_NAME
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    expected = str(change(spec))
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return expected


def set_version(project: Path, version: str) -> None:
    import yaml

    path = project / SPEC_NAME
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["info"]["version"] = version
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_a_refusal_leaves_generated_untouched(project: Path) -> None:
    before = snapshot(project)
    expected = write_spec(project, add_field)  # an API change without a CHANGELOG line
    result = run_regenerate(project)
    assert result.returncode == 1
    assert f"the spec's API changed (minor) but CHANGELOG.md's {VERSION} entry did not" in result.stderr
    assert f"- {expected}" in result.stderr
    assert "generated/ was left untouched" in result.stderr
    assert snapshot(project) == before

    changelog_line(project, f"- `{PROBE}`.")
    result = run_regenerate(project)
    assert result.returncode == 0, result.stderr
    assert snapshot(project) != before
    assert "follow-ups:" in result.stdout and expected in result.stdout
    assert run_regenerate(project, "--check").returncode == 0


def test_an_example_broken_by_a_schema_change_stops_regeneration(project: Path) -> None:
    before = snapshot(project)
    _, _, _, key = request_target(load_spec())
    write_spec(project, rename_request_field)
    result = run_regenerate(project)
    assert result.returncode == 1
    assert "has examples its schemas refuse" in result.stderr and f"'{key}' was unexpected" in result.stderr
    assert snapshot(project) == before


def test_a_breaking_change_needs_a_minor_bump_while_0x(released: Path) -> None:
    major, minor, micro = (int(part) for part in VERSION.split("."))
    patch_bump, minor_bump = f"{major}.{minor}.{micro + 1}", f"{major}.{minor + 1}.0"
    expected = write_spec(released, lambda spec: rename_request_field(spec, in_examples=True))
    set_version(released, patch_bump)
    entry = f"## {patch_bump} - Unreleased\n\n- Renamed.\n\n## {VERSION} - "
    edit(released / "CHANGELOG.md", f"## {VERSION} - ", entry)
    result = run_regenerate(released)
    assert result.returncode == 1
    assert f"the change since {VERSION} (released) is breaking, which needs a minor bump while 0.x" in result.stderr
    assert f"info.version must be at least {minor_bump}, it is {patch_bump}" in result.stderr
    assert expected in result.stderr

    set_version(released, minor_bump)
    edit(released / "CHANGELOG.md", f"## {patch_bump} - Unreleased", f"## {minor_bump} - Unreleased")
    result = run_regenerate(released)
    assert result.returncode == 0, result.stderr
    assert run_regenerate(released, "--check").returncode == 0


def test_a_description_edit_needs_only_a_patch_bump(released: Path) -> None:
    major, minor, micro = (int(part) for part in VERSION.split("."))
    patch_bump = f"{major}.{minor}.{micro + 1}"
    write_spec(released, reword)
    set_version(released, patch_bump)
    entry = f"## {patch_bump} - Unreleased\n\n- Reworded.\n\n## {VERSION} - "
    edit(released / "CHANGELOG.md", f"## {VERSION} - ", entry)
    result = run_regenerate(released)
    assert result.returncode == 0, result.stderr
