"""Every operation the spec holds, as test cases: its generated module (found by operationId), valid arguments
built from the spec's parameter examples and request examples, its documented responses and its retry policy.
Tests parametrised over OPERATIONS cover an operation the moment it is added to the spec."""

from __future__ import annotations

import importlib
import json
import sys
import typing
from dataclasses import dataclass, field
from enum import Enum
from types import ModuleType, UnionType
from typing import Any
from urllib.parse import quote
from uuid import UUID

from tests.support.project import ROOT
from tests.support.spec import load_spec

sys.path.insert(0, str(ROOT / "scripts"))
import spec_facts as spec_facts  # noqa: E402  (the regeneration's own reading of the spec; re-exported)

PACKAGE = "realtimekit_client"


@dataclass(frozen=True)
class Raw:
    """An argument passed as it is, not converted to the parameter's type (a str where a UUID is expected)."""

    value: Any


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    raw: dict[str, Any] = field(repr=False)
    parameters: list[dict[str, Any]] = field(repr=False)
    tag: str
    retry_safe: bool

    def __str__(self) -> str:
        return self.operation_id

    @property
    def module(self) -> ModuleType:
        from openapi_python_client.strings import PythonIdentifier

        tag = str(PythonIdentifier(self.tag, prefix="tag"))
        return importlib.import_module(f"{PACKAGE}.api.{tag}.{spec_facts.module_name(self.operation_id)}")

    def parameter_values(self) -> dict[str, Any]:
        """name -> a valid JSON-ish value from the spec (the parameter's example, else its schema's)."""
        return {p["name"]: example_for(p) for p in self.parameters}

    def arguments(self, **overrides: Any) -> tuple[list[Any], dict[str, Any]]:
        """(positional, keyword) arguments for sync(...) minus `client`: path parameters positionally in path
        order, query parameters and the body as keywords; values converted to the generated types."""
        hints = typing.get_type_hints(self.module._get_kwargs)
        values = {**self.parameter_values(), **overrides}
        positional, keyword = [], {}
        for parameter in self.parameters:
            name = parameter["name"]
            if name not in values:
                continue
            value = values[name]
            value = value.value if isinstance(value, Raw) else to_python(value, hints.get(python_name(name), Any))
            if parameter["in"] == "path":
                positional.append(value)
            else:
                keyword[python_name(name)] = value
        if (body := self.request_example()) is not None:
            keyword["body"] = to_python(body, hints["body"])
        return positional, keyword

    def expected_path(self, **overrides: Any) -> str:
        values = {**self.parameter_values(), **overrides}
        path = self.path
        for parameter in self.parameters:
            if parameter["in"] == "path":
                value = values[parameter["name"]]
                value = value.value if isinstance(value, Raw) else value
                path = path.replace("{" + parameter["name"] + "}", quote(str(value), safe=""))
        return path

    def request_example(self, name: str | None = None) -> Any:
        content = self.raw.get("requestBody", {}).get("content", {}).get("application/json")
        if not content:
            return None
        examples = content.get("examples") or {}
        if name is not None:
            return examples[name]["value"]
        if examples:
            return next(iter(examples.values()))["value"]
        return content.get("example")

    def responses(self) -> dict[str, dict[str, Any]]:
        """status key ('200', '404', '4XX') -> the documented response, references resolved."""
        return {str(k): spec_facts.resolve(load_spec(), v) for k, v in self.raw["responses"].items()}

    def success_example(self) -> Any:
        for status, response in self.responses().items():
            if status.startswith("2"):
                content = response.get("content", {}).get("application/json", {})
                examples = content.get("examples") or {}
                return next(iter(examples.values()))["value"] if examples else content.get("example")
        return None

    def success_status(self) -> int:
        return next(int(s) for s in self.responses() if s.startswith("2") and s.isdigit())


def python_name(name: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field_"))


def example_for(parameter: dict[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    if parameter.get("examples"):
        return next(iter(parameter["examples"].values()))["value"]
    return example_from_schema(parameter.get("schema") or {})


def example_from_schema(schema: dict[str, Any]) -> Any:
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [example_from_schema(schema.get("items") or {})] * max(schema.get("minItems", 1), 1)
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if schema.get("format") == "uuid":
        return "97440c6a-140b-40a9-9499-b23fd7a3868a"
    return "x" * max(schema.get("minLength", 1), 1)


def to_python(value: Any, annotation: Any) -> Any:
    """A JSON value as the generated signature's type: enums, UUIDs, models, lists of them."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, UnionType):
        for member in typing.get_args(annotation):
            if getattr(member, "__name__", "") not in ("Unset", "NoneType"):
                return to_python(value, member)
        return value
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [to_python(v, item) for v in value]
    if isinstance(annotation, type):
        if issubclass(annotation, Enum):
            return annotation(value)
        if annotation is UUID:
            return UUID(str(value))
        if hasattr(annotation, "from_dict"):
            return annotation.from_dict(value)
    return value


def load_operations() -> list[Operation]:
    spec = load_spec()
    facts = spec_facts.facts(spec)
    found = []
    for path, method, raw, path_item in spec_facts.operations(spec):
        operation_id = raw["operationId"]
        found.append(
            Operation(
                operation_id=operation_id,
                method=method.upper(),
                path=path,
                raw=raw,
                parameters=spec_facts.parameters(spec, raw, path_item),
                tag=(raw.get("tags") or ["default"])[0],
                retry_safe=facts[spec_facts.module_name(operation_id)]["retry_safe"],
            )
        )
    return found


OPERATIONS = load_operations()


def sent_query(operation: Operation, parameters: dict[str, Any]) -> dict[str, list[str]]:
    """The query the spec says a request with these parameter values sends (style form; explode by the spec)."""
    expected: dict[str, list[str]] = {}
    for parameter in operation.parameters:
        name = parameter["name"]
        if parameter["in"] != "query" or name not in parameters:
            continue
        value = parameters[name]
        items = value if isinstance(value, list) else [value]
        text = [json.dumps(v) if isinstance(v, bool) else str(v) for v in items]
        style = parameter.get("style", "form")
        if isinstance(value, list) and not parameter.get("explode", style == "form"):
            text = [spec_facts.DELIMITERS[style].join(text)]
        expected[name] = text
    return expected
