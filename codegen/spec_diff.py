"""What a spec change means for callers: the spec's API surface, and the difference between two surfaces classified.

surface(spec) keeps what shapes the generated API and its behaviour (operations, parameters, bodies, responses,
named schemas, the retry policy) and drops what does not (descriptions, summaries, titles, examples). It is stored
in openapi/version-record.json, so the version guard can compare the spec a version was recorded from with the
spec now, without git history.

classify(old, new) lists each change with its level:
    breaking  a caller's code may stop working: an operation, schema, property or parameter removed or renamed,
              one newly required, a type changed, a bound tightened, an enum value removed
    minor     something added: an operation, an optional property or parameter, an enum value, a response;
              a bound loosened, a default or the retry policy changed
    none      descriptions and examples only
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import spec as raw_spec

LEVELS = ("none", "patch", "minor", "breaking")
DROPPED = {"description", "summary", "title", "example", "examples", "externalDocs", "$comment", "tags"}
LOWER_BOUNDS = {"minLength", "minimum", "exclusiveMinimum", "minItems"}
UPPER_BOUNDS = {"maxLength", "maximum", "exclusiveMaximum", "maxItems"}
MINOR_KEYWORDS = {"default", "deprecated", "readOnly", "writeOnly", "x-realtimekit-retry"}


@dataclass(frozen=True, order=True)
class Change:
    level: str
    what: str

    def __str__(self) -> str:
        return f"{self.level}: {self.what}"


def stripped(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: stripped(v) for k, v in node.items() if k not in DROPPED}
    if isinstance(node, list):
        return [stripped(v) for v in node]
    return node


def _shallow(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """node, or what its own `$ref` points to (references inside it are kept: schemas are compared by name)."""
    while "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def surface(spec: dict[str, Any]) -> dict[str, Any]:
    operations: dict[str, Any] = {}
    for path, method, operation, path_item in raw_spec.operations(spec):
        parameters = {}
        for parameter in raw_spec.parameters(spec, operation, path_item):
            parameters[f"{parameter['in']}:{parameter['name']}"] = stripped(
                {k: v for k, v in parameter.items() if k not in ("name", "in")}
            )
        body = None
        if "requestBody" in operation:
            request_body = _shallow(spec, operation["requestBody"])
            schema = request_body.get("content", {}).get("application/json", {}).get("schema")
            body = {"required": request_body.get("required", False), "schema": stripped(schema)}
        responses = {}
        for status, response in (operation.get("responses") or {}).items():
            schema = _shallow(spec, response).get("content", {}).get("application/json", {}).get("schema")
            responses[str(status)] = stripped(schema)
        operations[operation["operationId"]] = {
            "method": method.upper(),
            "path": path,
            "retry": raw_spec.retry_policy(method, operation),
            "parameters": parameters,
            "body": stripped(body),
            "responses": responses,
        }
    schemas = {name: stripped(schema) for name, schema in (spec.get("components", {}).get("schemas") or {}).items()}
    return {"operations": operations, "schemas": schemas}


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        found = {ref.rsplit("/", 1)[1]} if isinstance(ref, str) and ref.startswith("#/components/schemas/") else set()
        return found.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def directions(api: dict[str, Any]) -> dict[str, set[str]]:
    """schema name -> {"request", "response"}: where callers meet it."""
    found: dict[str, set[str]] = {}
    for operation in api["operations"].values():
        starts = {
            "request": _refs(operation["parameters"]) | _refs(operation["body"]),
            "response": _refs({k: v for k, v in operation["responses"].items() if k.startswith("2")}),
        }
        for direction, names in starts.items():
            pending = list(names)
            while pending:
                name = pending.pop()
                if direction in found.setdefault(name, set()):
                    continue
                found[name].add(direction)
                pending += _refs(api["schemas"].get(name))
    return found


def diff_schema(old: Any, new: Any, where: str, direction: set[str]) -> list[Change]:
    if old == new:
        return []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [Change("breaking", f"{where}: changed from {old!r} to {new!r}")]
    changes: list[Change] = []
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
    for name in sorted(old_props.keys() - new_props.keys()):
        changes.append(Change("breaking", f"{where}.{name}: removed (or renamed)"))
    for name in sorted(new_props.keys() - old_props.keys()):
        if name in new_required and "request" in direction:
            changes.append(Change("breaking", f"{where}.{name}: added as required (callers must now send it)"))
        else:
            changes.append(Change("minor", f"{where}.{name}: added" + (" (required)" if name in new_required else "")))
    for name in sorted(old_props.keys() & new_props.keys()):
        changes += diff_schema(old_props[name], new_props[name], f"{where}.{name}", direction)
    for name in sorted(new_required - old_required):
        if name in old_props or name not in new_props:  # an added property says it is required itself
            changes.append(Change("breaking", f"{where}.{name}: now required"))
    for name in sorted(old_required - new_required):
        if name in new_props or name not in old_props:
            level = "breaking" if "response" in direction else "minor"
            changes.append(Change(level, f"{where}.{name}: no longer required"))
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum != new_enum:
        if old_enum is None or new_enum is None:
            changes.append(Change("breaking", f"{where}: enum {'added' if old_enum is None else 'removed'}"))
        else:
            for value in [v for v in old_enum if v not in new_enum]:
                changes.append(Change("breaking", f"{where}: enum value {value!r} removed"))
            for value in [v for v in new_enum if v not in old_enum]:
                changes.append(Change("minor", f"{where}: enum value {value!r} added"))
    for key in sorted((old.keys() | new.keys()) - {"properties", "required", "enum"}):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if key in ("items", "additionalProperties") or (
            key in ("allOf", "anyOf", "oneOf") and isinstance(before, list) and isinstance(after, list)
        ):
            if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
                for index, (b, a) in enumerate(zip(before, after, strict=True)):
                    changes += diff_schema(b, a, f"{where}.{key}[{index}]", direction)
            elif isinstance(before, dict) and isinstance(after, dict):
                changes += diff_schema(before, after, f"{where}.{key}", direction)
            else:
                changes.append(Change("breaking", f"{where}: {key} changed"))
        elif key in LOWER_BOUNDS | UPPER_BOUNDS and isinstance(before, int | float | None):
            tighter = (
                before is None
                or (after is not None and (after > before if key in LOWER_BOUNDS else after < before))
            )  # fmt: skip
            level = "breaking" if tighter and "request" in direction else "minor"
            changes.append(Change(level, f"{where}: {key} {before} -> {after}" + (" (tighter)" if tighter else "")))
        elif key in MINOR_KEYWORDS:
            changes.append(Change("minor", f"{where}: {key} {before!r} -> {after!r}"))
        else:
            changes.append(Change("breaking", f"{where}: {key} {before!r} -> {after!r}"))
    return changes


def classify(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_ops, new_ops = old.get("operations", {}), new.get("operations", {})
    for name in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change("breaking", f"operation {name}: removed (or renamed)"))
    for name in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change("minor", f"operation {name}: added ({new_ops[name]['method']} {new_ops[name]['path']})"))
    request = {"request"}
    for name in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[name], new_ops[name]
        for key in ("method", "path"):
            if before[key] != after[key]:
                changes.append(Change("breaking", f"operation {name}: {key} {before[key]} -> {after[key]}"))
        if before["retry"] != after["retry"]:
            changes.append(Change("minor", f"operation {name}: retry policy {before['retry']} -> {after['retry']}"))
        old_params, new_params = before["parameters"], after["parameters"]
        for key in sorted(old_params.keys() - new_params.keys()):
            changes.append(Change("breaking", f"operation {name}: parameter {key} removed (or renamed)"))
        for key in sorted(new_params.keys() - old_params.keys()):
            required = new_params[key].get("required", False)
            level = "breaking" if required else "minor"
            kind = "required" if required else "optional"
            changes.append(Change(level, f"operation {name}: {kind} parameter {key} added"))
        for key in sorted(old_params.keys() & new_params.keys()):
            if new_params[key].get("required") and not old_params[key].get("required"):
                changes.append(Change("breaking", f"operation {name}: parameter {key} now required"))
            changes += diff_schema(
                old_params[key].get("schema"), new_params[key].get("schema"), f"{name}({key})", request
            )
        old_body, new_body = before["body"] or {}, after["body"] or {}
        if new_body.get("required") and not old_body.get("required"):
            changes.append(Change("breaking", f"operation {name}: body now required"))
        if old_body and not new_body:
            changes.append(Change("breaking", f"operation {name}: body removed"))
        elif new_body and not old_body:
            changes.append(Change("breaking" if new_body.get("required") else "minor", f"operation {name}: body added"))
        else:
            changes += diff_schema(old_body.get("schema"), new_body.get("schema"), f"operation {name}: body", request)
        for status in sorted(after["responses"].keys() - before["responses"].keys()):
            changes.append(Change("minor", f"operation {name}: response {status} documented"))
        for status in sorted(before["responses"].keys() - after["responses"].keys()):
            changes.append(Change("minor", f"operation {name}: response {status} no longer documented"))
        for status in sorted(before["responses"].keys() & after["responses"].keys()):
            changes += diff_schema(
                before["responses"][status], after["responses"][status], f"{name} {status}", {"response"}
            )
    old_schemas, new_schemas = old.get("schemas", {}), new.get("schemas", {})
    used = directions(new)
    used_before = directions(old)
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        changes.append(Change("breaking", f"schema {name}: removed (or renamed)"))
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        changes.append(Change("minor", f"schema {name}: added"))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        direction = used.get(name, set()) | used_before.get(name, set()) or {"request", "response"}
        changes += diff_schema(old_schemas[name], new_schemas[name], name, direction)
    return sorted(set(changes), key=lambda c: (-LEVELS.index(c.level), c.what))


def level(changes: list[Change]) -> str:
    return max((c.level for c in changes), key=LEVELS.index, default="none")
