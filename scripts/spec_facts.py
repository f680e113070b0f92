"""What the templates need from the spec but the generator does not keep: each operation's parameter schemas (their
bounds, style and explode) and its retry policy. scripts/regenerate.py renders them into a Jinja module,
`spec_facts.jinja`, beside the templates it hands the generator, and endpoint_module.py.jinja imports it.

The retry policy is the vendor extension `x-realtimekit-retry` on an operation:

    safe    the request may be repeated after the server may have acted on it: retried on any transient failure
            (timeouts, dropped connections, 408/429/5xx)
    unsafe  retried only where the server provably did not act (no connection made, or 429), never after a read
            timeout or a 5xx: a start or an action-style PUT (stop, pause) is not repeated

Without it the method decides: GET, HEAD and OPTIONS are safe, every other method unsafe (a PUT or DELETE that is
truly idempotent says `safe`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

RETRY_EXTENSION = "x-realtimekit-retry"
RETRY_VALUES = ("safe", "unsafe")
SAFE_METHODS = frozenset({"get", "head", "options"})
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The JSON Schema keywords types.check_parameter checks.
CHECKED_KEYWORDS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "enum",
    "minItems",
    "maxItems",
    "uniqueItems",
)
# Query style -> the separator of an array sent with explode: false.
DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


class SpecError(Exception):
    """The spec asks for something the templates cannot do."""


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """node with every local `$ref` replaced by what it points to (recursively)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return resolve(spec, {**target, **{k: v for k, v in node.items() if k != "$ref"}})
        return {key: resolve(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(spec, item) for item in node]
    return node


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation, in spec order."""
    for path, path_item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(path_item.get(method), dict):
                yield path, method, path_item[method], path_item


def parameters(spec: dict[str, Any], operation: dict[str, Any], path_item: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters, resolved, path-level ones overridden by operation-level ones of the same name."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(spec, raw)
        merged[(parameter["in"], parameter["name"])] = parameter
    return list(merged.values())


def rules(schema: dict[str, Any]) -> dict[str, Any]:
    """The checked keywords of a (resolved) schema, array items included."""
    found = {key: schema[key] for key in CHECKED_KEYWORDS if key in schema}
    if "const" in schema:
        found["enum"] = [schema["const"]]
    if isinstance(schema.get("items"), dict) and (items := rules(schema["items"])):
        found["items"] = items
    return found


def module_name(operation_id: str) -> str:
    """The generator's name for an operation (its module, endpoint.name): the operationId as a snake_case identifier."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, prefix="field_"))


def retry_policy(method: str, operation: dict[str, Any]) -> str:
    policy = operation.get(RETRY_EXTENSION)
    if policy is None:
        return "safe" if method in SAFE_METHODS else "unsafe"
    if policy not in RETRY_VALUES:
        raise SpecError(
            f"{operation.get('operationId', method)}: {RETRY_EXTENSION} is {policy!r}; it must be one of {RETRY_VALUES}"
        )
    return str(policy)


def facts(spec: dict[str, Any]) -> dict[str, Any]:
    """module name -> {"retry_safe": bool, "parameters": {"<in>:<name>": {"rules": ..., "delimiter": ...}}}."""
    found: dict[str, Any] = {}
    for path, method, operation, path_item in operations(spec):
        operation_id = operation.get("operationId")
        if not operation_id:
            raise SpecError(f"{method.upper()} {path} has no operationId (it names the module and the tests)")
        described: dict[str, Any] = {}
        for parameter in parameters(spec, operation, path_item):
            schema = parameter.get("schema") or {}
            where = parameter["in"]
            entry: dict[str, Any] = {"rules": rules(schema)}
            style = parameter.get("style", "form" if where in ("query", "cookie") else "simple")
            explode = parameter.get("explode", style == "form")
            is_array = schema.get("type") == "array"
            if where == "query" and (style == "deepObject" or (schema.get("type") == "object" and not explode)):
                raise SpecError(
                    f"{operation_id}: query parameter {parameter['name']}: style {style} with explode {explode} "
                    "for an object is not supported"
                )
            if where == "query" and is_array and not explode:
                if style not in DELIMITERS:
                    raise SpecError(f"{operation_id}: query parameter {parameter['name']}: style {style} unsupported")
                entry["delimiter"] = DELIMITERS[style]
            described[f"{where}:{parameter['name']}"] = entry
        safe = retry_policy(method, operation) == "safe"
        found[module_name(operation_id)] = {"retry_safe": safe, "parameters": described}
    return found


def jinja_literal(value: Any) -> str:
    """value as a Jinja expression (Jinja literals are Python's, with true/false/none)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{jinja_literal(k)}: {jinja_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(jinja_literal(v) for v in value) + "]"
    if value is None or isinstance(value, bool):
        return {None: "none", True: "true", False: "false"}[value]
    if isinstance(value, str):
        return json.dumps(value)  # JSON escapes are escapes Jinja's string literals understand
    return repr(value)


def python_literal(value: Any) -> str:
    """value as compact Python source (the rules a generated endpoint passes to types.check_parameter)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value)
    return repr(value)


def render(spec: dict[str, Any]) -> str:
    """The Jinja module endpoint_module.py.jinja imports: `operations`, with each parameter's rules as Python."""
    described = facts(spec)
    for operation in described.values():
        for entry in operation["parameters"].values():
            entry["check"] = python_literal(entry.pop("rules")) if entry["rules"] else ""
    return (
        "{# Generated by scripts/spec_facts.py from the spec for this run of the generator; not a template. #}\n"
        f"{{% set operations = {jinja_literal(described)} %}}\n"
    )
