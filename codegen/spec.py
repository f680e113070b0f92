"""Reading the spec itself, beside the generator, for what its parsed model does not keep.

The generator's parsed model (openapi_python_client's GeneratorData) is the source of names and types; this
module reads the raw document only for the facts it lacks: schema keywords (bounds, patterns, `format:
password`, `writeOnly`), parameter style and explode, and the retry policy `x-realtimekit-retry`. The spec
diff and the example checks read it too. Only local references (`#/...`) are followed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

RETRY_EXTENSION = "x-realtimekit-retry"
RETRY_VALUES = ("safe", "unsafe")
# Without the extension the method decides: what HTTP calls safe is "safe", anything else "unsafe".
SAFE_METHODS = frozenset({"get", "head", "options"})
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(Exception):
    """The spec asks for something the generation code cannot do."""


def parse(text: str) -> Any:
    """YAML (or JSON) text as data, with libyaml's parser when PyYAML has it: ten times faster than PyYAML's own
    on the spec, which a regeneration reads several times."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506  # a safe loader


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = parse(path.read_text(encoding="utf-8"))
    return document


def target(spec: dict[str, Any], ref: str) -> Any:
    """What a local `$ref` points to."""
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def shallow(spec: dict[str, Any], node: Any) -> Any:
    """node, or what its own `$ref` chain points to (references inside it are kept)."""
    while isinstance(node, dict) and "$ref" in node:
        node = target(spec, str(node["$ref"]))
    return node


def resolve(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """node with every local `$ref` replaced by what it points to (recursively; a cycle stops at depth 32)."""
    if depth > 32:
        return node
    if isinstance(node, dict):
        if "$ref" in node:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return resolve(spec, {**target(spec, str(node["$ref"])), **rest}, depth + 1)
        return {key: resolve(spec, value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(spec, item, depth + 1) for item in node]
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


def retry_policy(method: str, operation: dict[str, Any]) -> str:
    """The operation's retry policy: its `x-realtimekit-retry`, else what its method implies."""
    policy = operation.get(RETRY_EXTENSION)
    if policy is None:
        return "safe" if method.lower() in SAFE_METHODS else "unsafe"
    if policy not in RETRY_VALUES:
        raise SpecError(
            f"{operation.get('operationId', method)}: {RETRY_EXTENSION} is {policy!r}; it must be one of {RETRY_VALUES}"
        )
    return str(policy)
