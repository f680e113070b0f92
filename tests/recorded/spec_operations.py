"""Every operation the spec holds, as the cassette tests need it: its generated module, arguments built from the
spec's parameter and request examples, its documented responses, and the operation a recorded request is for.

Read from the spec (codegen.spec) and the package's spec data (`realtimekit_client._spec.OPERATIONS`), so an
operation added to the spec is a case here without a test being written.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit
from uuid import UUID

import realtimekit_client.api
from codegen import spec as raw_spec
from realtimekit_client import _spec, models
from tests.support.spec import load_spec


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # the spec's template, e.g. /accounts/{account_id}/...
    raw: dict[str, Any] = field(repr=False)
    parameters: list[dict[str, Any]] = field(repr=False)  # resolved

    def __str__(self) -> str:
        return self.operation_id

    @property
    def module(self) -> ModuleType:
        return endpoint_modules()[self.operation_id]

    def responses(self) -> dict[str, dict[str, Any]]:
        """Status key ('200', '404', '4XX') -> the documented response, references resolved."""
        return {str(key): raw_spec.resolve(load_spec(), value) for key, value in self.raw["responses"].items()}

    def arguments(self, **values: str) -> tuple[list[Any], dict[str, Any]]:
        """(positional, keyword) arguments for the endpoint's sync(...) minus `client`: each parameter from
        `values` (by wire name) or the spec's example, and the body from the first request example; each value
        converted to the generated type the spec data names."""
        examples = {p["name"]: p["example"] for p in self.parameters if "example" in p} | values
        signature = inspect.signature(self.module.sync_detailed).parameters
        positional: list[Any] = []
        keyword: dict[str, Any] = {}
        entry = _spec.OPERATIONS[self.operation_id]
        for python_name, wire_name, _, required, node in entry["parameters"]:
            if wire_name not in examples:
                assert not required, f"{self}: no example for the required parameter {wire_name}"
                continue
            value = to_python(node, examples[wire_name])
            if signature[python_name].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                positional.append(value)
            else:
                keyword[python_name] = value
        if entry["body"] is not None:
            keyword["body"] = to_python(entry["body"]["node"], self.request_example())
        return positional, keyword

    def request_example(self) -> Any:
        content = self.raw["requestBody"]["content"]["application/json"]
        examples = content.get("examples") or {}
        return next(iter(examples.values()))["value"] if examples else content["example"]


def to_python(node: dict[str, Any], value: Any) -> Any:
    """A JSON value as the generated type of a spec data node (a model through its from_dict)."""
    kind = node["type"]
    if kind == "model":
        return getattr(models, node["class"]).from_dict(value)
    if kind == "enum":
        return getattr(models, node["class"])(value)
    if kind == "uuid":
        return UUID(value)
    if kind == "list":
        return [to_python(node["items"], item) for item in value]
    if kind == "union":
        members = [member for member in node["of"] if member["type"] != "none"]
        return to_python(members[0], value)
    return value


@cache
def endpoint_modules() -> dict[str, ModuleType]:
    """operationId -> the generated module whose calls send it (the module named after the endpoint)."""
    found = {}
    for info in pkgutil.walk_packages(realtimekit_client.api.__path__, "realtimekit_client.api."):
        name = info.name.rsplit(".", 1)[1]
        if not info.ispkg and name in _spec.OPERATIONS:
            found[name] = importlib.import_module(info.name)
    return found


def load_operations() -> list[Operation]:
    spec = load_spec()
    return [
        Operation(
            operation_id=operation["operationId"],
            method=method.upper(),
            path=path,
            raw=operation,
            parameters=raw_spec.parameters(spec, operation, path_item),
        )
        for path, method, operation, path_item in raw_spec.operations(spec)
    ]


OPERATIONS = load_operations()


def operation_for(method: str, uri: str, base_url: str) -> tuple[Operation, dict[str, str]]:
    """The spec operation a recorded request is for, and its path parameters (percent-decoded)."""
    assert uri.startswith(base_url + "/"), uri
    path = urlsplit(uri[len(base_url) :]).path
    for operation in OPERATIONS:
        pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation.path)) + "$"
        if operation.method == method.upper() and (found := re.match(pattern, path)):
            return operation, {name: unquote(value) for name, value in found.groupdict().items()}
    raise AssertionError(f"no operation in the spec for {method} {path}")


def covers(status_key: str, status: int) -> bool:
    """Whether a documented status key ('404', '4XX') covers a status."""
    return str(status) == status_key or (status_key[1:].upper() == "XX" and str(status)[0] == status_key[0])
