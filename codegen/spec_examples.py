"""Every example in the spec validated against its schema, before anything is generated.

Request examples are validated strictly: an object may hold only the properties its schema names
(`unevaluatedProperties: false` applied at every object, so allOf/anyOf compositions still work), because the
server, not the schema, would catch a key that was renamed in the schema but not in the example. Response
examples may hold more (a newer API adds fields). Parameter and header examples are checked too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]

from . import spec as raw_spec

COMPOSITIONS = ("allOf", "anyOf", "oneOf")


def strict(schema: Any, position: bool = True) -> Any:
    """schema (references resolved) with unevaluatedProperties: false on each object that does not say otherwise.
    `position` is False for the parts of an allOf/anyOf/oneOf: the schema that composes them gets the keyword."""
    if not isinstance(schema, dict):
        return schema
    result = dict(schema)
    if isinstance(result.get("properties"), dict):
        result["properties"] = {name: strict(sub) for name, sub in result["properties"].items()}
    for key in ("items", "additionalProperties"):
        if isinstance(result.get(key), dict):
            result[key] = strict(result[key])
    for key in COMPOSITIONS:
        if isinstance(result.get(key), list):
            result[key] = [strict(part, position=False) for part in result[key]]
    is_object = "properties" in result or result.get("type") == "object" or any(k in result for k in COMPOSITIONS)
    open_ended = "additionalProperties" in result or "unevaluatedProperties" in result
    if position and is_object and not open_ended:
        result["unevaluatedProperties"] = False
    return result


def _examples(node: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in node:
        yield "example", node["example"]
    for name, example in (node.get("examples") or {}).items():
        if isinstance(example, dict) and "value" in example:
            yield name, example["value"]


def problems(spec: dict[str, Any]) -> list[str]:
    """One line per example that its schema refuses."""
    found: list[str] = []

    def check(where: str, schema: Any, value: Any) -> None:
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            at = "/".join(str(p) for p in error.absolute_path) or "(top)"
            found.append(f"{where}: at {at}: {error.message}")

    for path, method, operation, path_item in raw_spec.operations(spec):
        name = operation.get("operationId", f"{method.upper()} {path}")
        for parameter in raw_spec.parameters(spec, operation, path_item):
            for example, value in _examples(parameter):
                where = f"{name} parameter {parameter['name']} example {example}"
                check(where, parameter.get("schema", {}), value)
        body = raw_spec.resolve(spec, operation.get("requestBody", {}))
        for media in (body.get("content") or {}).values():
            schema = strict(raw_spec.resolve(spec, media.get("schema", {})))
            for example, value in _examples(media):
                check(f"{name} request example {example} (unknown keys refused)", schema, value)
        for status, response in (operation.get("responses") or {}).items():
            response = raw_spec.resolve(spec, response)
            for media in (response.get("content") or {}).values():
                for example, value in _examples(media):
                    schema = raw_spec.resolve(spec, media.get("schema", {}))
                    check(f"{name} {status} example {example}", schema, value)
            for header, described in (response.get("headers") or {}).items():
                for example, value in _examples(described):
                    where = f"{name} {status} header {header} example {example}"
                    check(where, raw_spec.resolve(spec, described.get("schema", {})), value)
    for schema_name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        if "example" in schema:
            check(f"schema {schema_name} example", raw_spec.resolve(spec, schema), schema["example"])
    return found
