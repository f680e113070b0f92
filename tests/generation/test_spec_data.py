"""The spec data module (`<package>/_spec.py`, codegen.runtime_data) holds what the spec says, checked against
the raw spec for every operation and model of the project's spec and of the functional spec: each operation's
retry policy (`x-realtimekit-retry`, else its method's default), each parameter's bounds, each model's credential
fields (`format: password` or `writeOnly`), and bounds from every allOf part. The runtime acts on this data only;
the runtime tests hold it to it."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

import realtimekit_client._spec as project_data
from codegen import spec as raw_spec
from codegen.runtime_data import CHECKED_KEYWORDS
from tests.generation.functional_package import Functional
from tests.generation.functional_spec import SPEC as FUNCTIONAL_SPEC
from tests.support.spec import load_spec

SAFE_BY_METHOD = {"get", "head", "options"}  # RFC 9110's safe methods; every other method defaults to unsafe


@pytest.fixture(params=["project", "functional"])
def spec_and_data(request: pytest.FixtureRequest) -> tuple[dict[str, Any], ModuleType]:
    if request.param == "project":
        return load_spec(), project_data
    functional: Functional = request.getfixturevalue("functional")
    return FUNCTIONAL_SPEC, functional.spec_data


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(endpoint name, method, operation, path item) for every operation of the spec."""
    for _, method, operation, path_item in raw_spec.operations(spec):
        yield snake_case(operation["operationId"]), method, operation, path_item


def keywords(schema: dict[str, Any]) -> dict[str, Any]:
    return {key: schema[key] for key in CHECKED_KEYWORDS if key in schema}


def test_every_operation_and_its_retry_policy(spec_and_data: tuple[dict[str, Any], ModuleType]) -> None:
    spec, data = spec_and_data
    expected = {}
    for name, method, operation, _ in operations(spec):
        default = "safe" if method in SAFE_BY_METHOD else "unsafe"
        expected[name] = (method.upper(), operation.get("x-realtimekit-retry", default))
    assert {name: (entry["method"], entry["retry"]) for name, entry in data.OPERATIONS.items()} == expected


def test_the_retry_policy_cases_are_all_reached() -> None:
    """The project's spec sets the extension, the functional spec leaves it to a GET and a POST."""
    start = next(op for name, _, op, _ in operations(load_spec()) if project_data.OPERATIONS[name]["method"] != "GET")
    assert start.get("x-realtimekit-retry") == "unsafe"
    methods = {
        method for _, method, operation, _ in operations(FUNCTIONAL_SPEC) if "x-realtimekit-retry" not in operation
    }
    assert {"get", "post"} <= methods


def test_every_parameter_and_its_bounds(spec_and_data: tuple[dict[str, Any], ModuleType]) -> None:
    spec, data = spec_and_data
    for name, _, operation, path_item in operations(spec):
        expected = {}
        for parameter in raw_spec.parameters(spec, operation, path_item):
            schema = parameter.get("schema", {})
            expected[parameter["name"]] = (parameter["in"], parameter.get("required", False), keywords(schema))
        found = {
            wire: (where, required, keywords(node))
            for _, wire, where, required, node in data.OPERATIONS[name]["parameters"]
        }
        assert found == expected, name


def test_the_bounds_of_a_parameter() -> None:
    """One case spelled out, so the comparison above cannot pass on two empty sides."""
    parameters = {wire: node for _, wire, _, _, node in project_data.OPERATIONS["start_recording"]["parameters"]}
    assert parameters["account_id"] == {"type": "str", "minLength": 1, "maxLength": 32}


def credential_keys(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """The wire names of a schema's properties marked `format: password` or `writeOnly` (allOf parts included)."""
    schema = raw_spec.shallow(spec, schema)
    found = {
        key
        for key, sub in (schema.get("properties") or {}).items()
        if sub.get("format") == "password" or sub.get("writeOnly") is True
    }
    return found.union(*(credential_keys(spec, part) for part in schema.get("allOf") or []))


def test_every_model_and_its_credential_fields(spec_and_data: tuple[dict[str, Any], ModuleType]) -> None:
    spec, data = spec_and_data
    schemas = spec["components"]["schemas"]
    assert set(data.MODELS) == {
        name for name, schema in schemas.items() if "enum" not in schema and "anyOf" not in schema
    }
    every_key = set()
    for name, entry in data.MODELS.items():
        keys = credential_keys(spec, schemas[name])
        assert set(entry["credentials"]) == {python for python, wire, _, _ in entry["fields"] if wire in keys}, name
        every_key |= keys
    assert set(data.CREDENTIAL_KEYS) == every_key


def test_the_credentials_are_the_storage_secrets_and_a_write_only_field(functional: Functional) -> None:
    """Spelled out, so the comparison above cannot pass on two empty sides."""
    assert set(project_data.CREDENTIAL_KEYS) == {"access_key", "secret", "password", "private_key"}
    assert set(project_data.MODELS["AccessKeyStorageConfig"]["credentials"]) == set(project_data.CREDENTIAL_KEYS)
    assert functional.spec_data.MODELS["ItemCreate"]["credentials"] == ("api_key",)


def test_a_property_bounded_in_two_all_of_parts_gets_both_bounds(functional: Functional) -> None:
    fields = {wire: node for _, wire, _, node in functional.spec_data.MODELS["ItemCreate"]["fields"]}
    assert fields["priority"] == {"type": "int", "minimum": 0, "maximum": 9, "allOf": [{"maximum": 5}]}
    assert fields["score"] == {"type": "int", "exclusiveMinimum": 0, "exclusiveMaximum": 100}


def test_the_servers_are_the_spec_servers() -> None:
    assert project_data.SERVERS == tuple(server["url"] for server in load_spec()["servers"])
