"""Edits of the spec, made on whatever it holds when the test runs (the first request schema with an optional
property a request example sets, the schema of the first 2xx response's data, ...), so the tests that classify
or regenerate a spec change keep working as the spec grows. Each edit changes a parsed spec in place and returns
the change spec_diff should report (empty when it reports none)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from codegen import spec as raw_spec
from codegen import spec_diff
from tests.support.spec import load_spec

Edit = Callable[[dict[str, Any]], str]
SPEC_NAME = "openapi/realtimekit-recordings.yaml"
PROBE = "zz_probe_field"  # a name the spec does not use


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[1]


def request_target(spec: dict[str, Any]) -> tuple[str, str, str, str]:
    """(operationId, example name, request schema name, an optional property the example sets)."""
    for _, _, operation, _ in raw_spec.operations(spec):
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
    for _, _, operation, _ in raw_spec.operations(spec):
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


def rename_request_field(spec: dict[str, Any]) -> str:
    """Renames a request property, in its schema only (its examples then refuse the old name)."""
    _, _, name, key = request_target(spec)
    properties = spec["components"]["schemas"][name]["properties"]
    properties[PROBE] = properties.pop(key)
    return f"{name}.{key}: removed (or renamed)"


def rename_request_field_everywhere(spec: dict[str, Any]) -> str:
    """Renames a request property in its schema and in every request example."""
    operation_id, _, _, key = request_target(spec)
    expected = rename_request_field(spec)
    for _, _, operation, _ in raw_spec.operations(spec):
        if operation["operationId"] == operation_id:
            for example in operation["requestBody"]["content"]["application/json"]["examples"].values():
                if key in example["value"]:
                    example["value"][PROBE] = example["value"].pop(key)
    return expected


def first_enum(spec: dict[str, Any]) -> tuple[str, list[Any]]:
    return next((n, s["enum"]) for n, s in spec["components"]["schemas"].items() if len(s.get("enum", ())) > 1)


def first_bounded(spec: dict[str, Any], keyword: str) -> tuple[str, str, dict[str, Any]]:
    for name, schema in spec["components"]["schemas"].items():
        for key, sub in (schema.get("properties") or {}).items():
            if isinstance(sub.get(keyword), int):
                return name, key, sub
    raise AssertionError(f"no property with {keyword}")


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
    spec["components"]["schemas"][response_target(spec)]["description"] = "Reworded."
    return ""


def rename_operation(spec: dict[str, Any]) -> str:
    _, _, operation, _ = next(raw_spec.operations(spec))
    old = operation["operationId"]
    operation["operationId"] = f"{old}_renamed"
    return f"operation {old}: removed (or renamed)"


def flip_retry(spec: dict[str, Any]) -> str:
    for _, method, operation, _ in raw_spec.operations(spec):
        if method != "get":
            before = raw_spec.retry_policy(method, operation)
            operation[raw_spec.RETRY_EXTENSION] = "safe" if before == "unsafe" else "unsafe"
            return f"retry policy {before} -> {operation[raw_spec.RETRY_EXTENSION]}"
    raise AssertionError("no operation other than a GET")


def edited(edit: Edit) -> tuple[dict[str, Any], str]:
    """A copy of the repository's spec with `edit` applied, and the change it should be reported as."""
    spec = copy.deepcopy(load_spec())
    return spec, edit(spec)


def write_spec(project: Path, edit: Edit) -> str:
    """Applies `edit` to the spec of a scratch project (rewritten as YAML); returns the expected change."""
    path = project / SPEC_NAME
    spec = raw_spec.load(path)
    expected = edit(spec)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's: ten times faster
    path.write_text(yaml.dump(spec, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return expected


def set_version(project: Path, version: str) -> None:
    def bump(spec: dict[str, Any]) -> str:
        spec["info"]["version"] = version
        return ""

    write_spec(project, bump)


def edit_text(path: Path, old: str, new: str) -> None:
    """Replaces the first `old` in the file (which must hold it)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
