"""Every operation the spec data holds (`realtimekit_client._spec.OPERATIONS`), as test cases: its generated module,
valid arguments (the spec's parameter and request examples, converted to Python values by each one's node), the
documented success answer, its retry policy and path template. Tests parametrised over OPERATIONS cover an
operation the moment it is added to the spec.

What the runtime is told (names, nodes, retry policy) comes from the spec data; what a request must look like
(the path template, parameter styles, examples) from the OpenAPI document itself, so a test compares the two.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import inspect
import json
import pkgutil
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import quote
from uuid import UUID

import realtimekit_client.api
import realtimekit_client.models
from codegen import spec as raw_spec
from realtimekit_client import _spec
from tests.support.spec import load_spec

# The four functions every endpoint module has.
VARIANTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
# Query parameter style -> the separator of an array sent with explode: false (OpenAPI 3.1, "Style Values").
DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


@dataclass(frozen=True)
class Raw:
    """An argument passed as it is, not converted by the parameter's node."""

    value: Any


@dataclass(frozen=True)
class Parameter:
    name: str  # the Python argument
    wire: str  # the name the request carries
    where: str  # path, query, header or cookie
    required: bool
    node: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Operation:
    name: str  # the endpoint's name: the spec data's key, the module's name, ApiRequest.operation
    method: str
    path: str  # the template, from the OpenAPI document
    retry_safe: bool
    parameters: tuple[Parameter, ...] = field(repr=False)
    body: Mapping[str, Any] | None = field(repr=False)  # the body's node
    raw: dict[str, Any] = field(repr=False)  # the operation in the OpenAPI document
    module: ModuleType = field(repr=False)

    def __str__(self) -> str:
        return self.name

    def parameter(self, name: str) -> Parameter:
        return next(parameter for parameter in self.parameters if parameter.name == name)

    def documented_parameter(self, parameter: Parameter) -> dict[str, Any]:
        """The parameter as the OpenAPI document declares it (references resolved)."""
        path_item = load_spec()["paths"][self.path]
        found = raw_spec.parameters(load_spec(), self.raw, path_item)
        return next(p for p in found if (p["in"], p["name"]) == (parameter.where, parameter.wire))

    def parameter_values(self) -> dict[str, Any]:
        """Python name -> a valid JSON-ish value: the parameter's example in the document, else one from its node."""
        return {p.name: example_for(self.documented_parameter(p), p.node) for p in self.parameters}

    def arguments(self, **overrides: Any) -> tuple[list[Any], dict[str, Any]]:
        """(positional, keyword) arguments for sync(...) but `client`: path parameters positionally in signature
        order, the rest and the body as keywords, converted by their nodes (a `Raw` value is passed as it is;
        an override `body=` replaces the example body)."""
        values = {**self.parameter_values(), **overrides}
        positional: list[Any] = []
        keyword: dict[str, Any] = {}
        for parameter in self.parameters:
            if parameter.name not in values:
                continue
            value = values[parameter.name]
            value = value.value if isinstance(value, Raw) else to_python(value, parameter.node)
            if parameter.where == "path":
                positional.append(value)
            else:
                keyword[parameter.name] = value
        if "body" in overrides:
            keyword["body"] = overrides["body"]
        elif self.body is not None:
            keyword["body"] = to_python(self.request_example(), self.body)
        return positional, keyword

    def call(self, client: Any, variant: str = "sync", /, **overrides: Any) -> Any:
        """One call through the generated function `variant` (a coroutine for the asyncio ones)."""
        positional, keyword = self.arguments(**overrides)
        return getattr(self.module, variant)(*positional, client=client, **keyword)

    async def run(self, client: Any, variant: str = "sync", /, **overrides: Any) -> Any:
        """call(), its result awaited for the asyncio variants: one test body covers all four."""
        result = self.call(client, variant, **overrides)
        return await result if inspect.isawaitable(result) else result

    def expected_path(self, **overrides: Any) -> str:
        """The path the document's template gives for these values, each percent-encoded as one segment."""
        values = {**self.parameter_values(), **overrides}
        path = self.path
        for parameter in self.parameters:
            if parameter.where == "path":
                value = values[parameter.name]
                value = value.value if isinstance(value, Raw) else value
                path = path.replace("{" + parameter.wire + "}", quote(str(value), safe=""))
        return path

    def request_example(self, name: str | None = None) -> Any:
        """The request body example called `name`, else the first the document gives (None: no body)."""
        content = self.raw.get("requestBody", {}).get("content", {}).get("application/json")
        if not content:
            return None
        examples = content.get("examples") or {}
        if name is not None:
            return examples[name]["value"]
        return next(iter(examples.values()))["value"] if examples else content.get("example")

    def responses(self) -> dict[str, dict[str, Any]]:
        """Status key ('200', '404', '4XX') -> the documented response, references resolved (a copy)."""
        return copy.deepcopy(resolved_responses(self.path, self.method))

    def success_status(self) -> int:
        return next(int(s) for s in resolved_responses(self.path, self.method) if s.startswith("2") and s.isdigit())

    def success_examples(self) -> dict[str, Any]:
        """The success response's examples by name (copies: a test may change them)."""
        response = resolved_responses(self.path, self.method)[str(self.success_status())]
        content = response.get("content", {}).get("application/json", {})
        examples = {name: example["value"] for name, example in (content.get("examples") or {}).items()}
        return copy.deepcopy(examples or {"example": content.get("example")})

    def success_example(self) -> Any:
        return next(iter(self.success_examples().values()))


@cache
def resolved_responses(path: str, method: str) -> dict[str, dict[str, Any]]:
    raw = load_spec()["paths"][path][method.lower()]
    return {str(k): raw_spec.resolve(load_spec(), v) for k, v in raw["responses"].items()}


def example_for(parameter: dict[str, Any], node: Mapping[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    if parameter.get("examples"):
        return next(iter(parameter["examples"].values()))["value"]
    return value_for(node)


def value_for(node: Mapping[str, Any]) -> Any:
    """A valid JSON value for a node that has no example: on the low edge of its bounds."""
    kind = node["type"]
    if "enum" in node:
        return node["enum"][0]
    if kind == "const":
        return node["const"]
    if kind == "enum":
        return next(iter(model_class(node["class"]))).value
    if kind == "union":
        return value_for(next(m for m in node["of"] if m["type"] != "none"))
    if kind == "list":
        return [value_for(node["items"])] * max(int(node.get("minItems", 1)), 1)
    if kind in ("int", "float"):
        return node.get("minimum", 1)
    if kind == "bool":
        return True
    if kind == "uuid":
        return "97440c6a-140b-40a9-9499-b23fd7a3868a"
    if kind == "datetime":
        return "2026-03-02T09:15:04.210000+00:00"
    if kind == "date":
        return "2026-03-02"
    if kind == "model":
        entry = _spec.MODELS[node["class"]]
        return {key: value_for(sub) for _, key, required, sub in entry["fields"] if required}
    return "x" * max(int(node.get("minLength", 1)), 1)


def to_python(value: Any, node: Mapping[str, Any]) -> Any:
    """A JSON value as the Python value the node stands for: enum members, UUIDs, date-times, models."""
    kind = node["type"]
    if kind == "union":
        if value is None:
            return None
        for member in node["of"]:
            if member["type"] != "none":
                try:
                    return to_python(value, member)
                except (ValueError, TypeError):
                    continue
        return value
    if kind == "list":
        return [to_python(item, node["items"]) for item in value]
    if kind == "uuid":
        return UUID(str(value))
    if kind == "datetime":
        return datetime.datetime.fromisoformat(value)
    if kind == "date":
        return datetime.date.fromisoformat(value)
    if kind in ("enum", "model"):
        cls = model_class(node["class"])
        return cls(value) if kind == "enum" else cls.from_dict(value)
    return value


def model_class(name: str) -> Any:
    return getattr(realtimekit_client.models, name)


def sent_query(operation: Operation, values: dict[str, Any]) -> dict[str, list[str]]:
    """The query the document says a request with these parameter values sends (style form; explode as it says),
    as urllib.parse.parse_qs gives it."""
    expected: dict[str, list[str]] = {}
    for parameter in operation.parameters:
        if parameter.where != "query" or parameter.name not in values:
            continue
        documented = operation.documented_parameter(parameter)
        value = values[parameter.name]
        items = value if isinstance(value, list) else [value]
        text = [json.dumps(v) if isinstance(v, bool) else str(v) for v in items]
        style = documented.get("style", "form")
        if isinstance(value, list) and not documented.get("explode", style == "form"):
            text = [DELIMITERS[style].join(text)]
        expected[parameter.wire] = text
    return expected


def endpoint_modules() -> dict[str, ModuleType]:
    """Every generated endpoint module (api/<tag>/<operation>.py) by its name."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(realtimekit_client.api.__path__, "realtimekit_client.api."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name.rsplit(".", 1)[1]] = module
    return found


def identifier(operation_id: str) -> str:
    """An operationId as the generator names its endpoint (snake case), for the common spellings."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id)
    return re.sub(r"\W+", "_", spaced).strip("_").lower()


@cache
def load_operations() -> tuple[Operation, ...]:
    documented = {
        (identifier(raw.get("operationId", "")), method.upper()): (path, raw)
        for path, method, raw, _ in raw_spec.operations(load_spec())
    }
    modules = endpoint_modules()
    found = []
    for name, entry in _spec.OPERATIONS.items():
        path, raw = documented[(name, entry["method"])]  # a KeyError here: the spec data and the spec disagree
        parameters = tuple(Parameter(*parameter) for parameter in entry["parameters"])
        body = entry["body"]
        found.append(
            Operation(
                name=name,
                method=entry["method"],
                path=path,
                retry_safe=entry["retry"] == "safe",
                parameters=parameters,
                body=None if body is None else body["node"],
                raw=raw,
                module=modules[name],
            )
        )
    return tuple(found)


OPERATIONS = load_operations()
