"""Calls of every operation the spec holds, for the hostile suite: the endpoint module found by operationId,
valid arguments from the spec's examples, the first 2xx example; and the client these tests use (the hostile
token, real waits between attempts, no retries unless asked for)."""

from __future__ import annotations

import copy
import importlib
import pkgutil
import ssl
from functools import cache
from types import ModuleType
from typing import Any

import realtimekit_client.api
from codegen import paths
from codegen import spec as spec_reading
from realtimekit_client import AuthenticatedClient
from realtimekit_client._spec import OPERATIONS
from tests.hostile.scan import TOKEN

OPERATION_IDS = tuple(OPERATIONS)
JSON = [("Content-Type", "application/json")]


# Every test client shares one TLS context: httpx loads the CA bundle for each new one (tens of ms), and these
# clients talk plain http to 127.0.0.1.
TLS = ssl.create_default_context()


def client(base_url: str, **settings: Any) -> AuthenticatedClient:
    """A client with the hostile token that really sleeps between attempts (the timing tests measure those
    waits); no retries unless given."""
    settings.setdefault("max_retries", 0)
    settings.setdefault("verify_ssl", TLS)
    return AuthenticatedClient(base_url=base_url, token=TOKEN, **settings)


@cache
def load_spec() -> dict[str, Any]:
    """The spec, read once (with libyaml when there: several times faster than the pure-Python reader)."""
    import yaml

    document: dict[str, Any] = yaml.load(
        paths.SPEC.read_text(encoding="utf-8"), getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    return document


@cache
def endpoint(operation_id: str) -> ModuleType:
    """The generated module of an operation (api/<tag>/<operation_id>.py)."""
    for tag in pkgutil.iter_modules(realtimekit_client.api.__path__):
        for module in pkgutil.iter_modules([f"{realtimekit_client.api.__path__[0]}/{tag.name}"]):
            if module.name == operation_id:
                return importlib.import_module(f"realtimekit_client.api.{tag.name}.{module.name}")
    raise LookupError(f"no endpoint module for {operation_id}")


def _raw(operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    spec = load_spec()
    for _, _, operation, path_item in spec_reading.operations(spec):
        if operation["operationId"] == operation_id:
            return operation, path_item
    raise LookupError(operation_id)


@cache
def arguments(operation_id: str) -> dict[str, Any]:
    """Keyword arguments for the endpoint's sync(), client left out: each parameter's example, and the body
    model built from the first request example (built once: never change it)."""
    spec = load_spec()
    operation, path_item = _raw(operation_id)
    examples = {
        parameter["name"]: parameter.get("example", parameter.get("schema", {}).get("example"))
        for parameter in spec_reading.parameters(spec, operation, path_item)
    }
    entry = OPERATIONS[operation_id]
    given = {name: examples[wire] for name, wire, *_ in entry["parameters"]}
    if entry["body"] is not None:
        body_class = getattr(importlib.import_module("realtimekit_client.models"), entry["body"]["node"]["class"])
        content = spec_reading.resolve(spec, operation["requestBody"])["content"]["application/json"]
        first = next(iter(content["examples"].values()))["value"]
        given["body"] = body_class.from_dict(copy.deepcopy(first))
    return given


def success_example(operation_id: str) -> tuple[int, Any]:
    """The first 2xx status the spec documents for the operation, and a fresh copy of its first example."""
    status, example = _success(operation_id)
    return status, copy.deepcopy(example)


@cache
def _success(operation_id: str) -> tuple[int, Any]:
    spec = load_spec()
    operation, _ = _raw(operation_id)
    for status, response in operation["responses"].items():
        if status.startswith("2"):
            content = spec_reading.resolve(spec, response)["content"]["application/json"]
            return int(status), next(iter(content["examples"].values()))["value"]
    raise LookupError(f"{operation_id} documents no 2xx response")


def response_class(operation_id: str) -> type[Any]:
    """The model a 2xx of the operation parses into (the return type of its sync())."""
    returned: type[Any] = endpoint(operation_id).sync.__annotations__["return"]
    return returned


def call(operation_id: str, api: AuthenticatedClient) -> Any:
    """One call of the operation (sync) with valid arguments."""
    return endpoint(operation_id).sync(client=api, **arguments(operation_id))


async def call_async(operation_id: str, api: AuthenticatedClient) -> Any:
    return await endpoint(operation_id).asyncio(client=api, **arguments(operation_id))
