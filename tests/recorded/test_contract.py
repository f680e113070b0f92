"""The cassettes, the spec and the generated client cannot drift apart silently: every recorded request is one
the spec allows, and every recorded response is one the spec documents (bodies validated against its schemas)."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError

from support.cassette_format import ReadableYamlSerializer, cassette_files, cassette_id
from support.cassette_scrub import CANONICAL_BASE_URL
from support.ids import ACCOUNT_ID, APP_ID
from support.project import ROOT
from support.spec import load_spec, validator_for

CASSETTES = cassette_files()

# Recorded on purpose against the spec, each with the one validation error it must show and no other.
EXPECTED_DEVIATIONS = {
    # A status the spec does not know yet (the stand-in's `unknown_status`): the client must cope with it.
    "test_cassettes_errors/test_get_unknown_status_async.yaml": [("data/status", "enum")],
}


def interactions(path: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = ReadableYamlSerializer.deserialize(path.read_text(encoding="utf-8"))["interactions"]
    return found


def operation_for(method: str, uri: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The spec operation a recorded request is for, and its path parameters."""
    assert uri.startswith(CANONICAL_BASE_URL + "/"), uri
    path = uri[len(CANONICAL_BASE_URL) :].split("?")[0]
    for template, path_item in load_spec()["paths"].items():
        pattern = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$"
        if (found := re.match(pattern, path)) and method.lower() in path_item:
            return path_item[method.lower()], found.groupdict()
    raise AssertionError(f"no operation in the spec for {method} {path}")


def documented_response(operation: dict[str, Any], status: int) -> dict[str, Any]:
    responses = operation["responses"]
    response = responses.get(str(status)) or responses.get(f"{status // 100}XX")
    assert response is not None, f"{operation['operationId']} does not document {status}"
    if "$ref" in response:
        response = load_spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return dict(response)


def schema_errors(schema: dict[str, Any], instance: Any) -> list[tuple[str, str]]:
    errors: list[ValidationError] = list(validator_for(schema).iter_errors(instance))
    return sorted(("/".join(str(p) for p in error.absolute_path), str(error.validator)) for error in errors)


def test_there_are_cassettes_and_each_belongs_to_a_test() -> None:
    assert len(CASSETTES) >= 19
    for path in CASSETTES:
        module = ROOT / "tests" / f"{path.parent.name}.py"
        assert module.exists(), f"{cassette_id(path)}: no test module {module.name}"
        test_name = path.stem.split("[")[0]
        assert re.search(rf"^(async )?def {test_name}\(", module.read_text(encoding="utf-8"), re.M), (
            f"{cassette_id(path)}: no test {test_name} in {module.name} (a stale cassette?)"
        )


@pytest.mark.parametrize("path", CASSETTES, ids=cassette_id)
def test_recorded_requests_follow_the_spec(path: Path) -> None:
    for interaction in interactions(path):
        request = interaction["request"]
        operation, parameters = operation_for(request["method"], request["uri"])
        assert (parameters["account_id"], parameters["app_id"]) == (ACCOUNT_ID, APP_ID)
        body = request["body"]
        if "requestBody" in operation:
            schema = operation["requestBody"]["content"]["application/json"]["schema"]
            assert schema_errors(schema, json.loads(body)) == []
        else:
            assert not body, "a request body the operation does not take"


@pytest.mark.parametrize("path", CASSETTES, ids=cassette_id)
def test_recorded_responses_follow_the_spec(path: Path) -> None:
    for interaction in interactions(path):
        request, response = interaction["request"], interaction["response"]
        operation, _ = operation_for(request["method"], request["uri"])
        status = response["status"]["code"]
        documented = documented_response(operation, status)
        content_type = response["headers"]["content-type"][0]
        body = response["body"]["string"]

        if content_type.startswith("text/html"):  # the edge's own error pages (520-527) are the only non-JSON
            assert 520 <= status <= 527, f"an HTML body with status {status}"
            continue
        assert content_type == "application/json"
        schema = documented["content"]["application/json"]["schema"]
        assert schema_errors(schema, json.loads(body)) == EXPECTED_DEVIATIONS.get(cassette_id(path), [])

        for name, header in documented.get("headers", {}).items():
            values = response["headers"].get(name.lower())
            if header.get("required"):
                assert values, f"{status} without its {name} header"
            if values:
                value = int(values[0]) if header["schema"].get("type") == "integer" else values[0]
                assert schema_errors(header["schema"], value) == [], name


def test_every_documented_status_of_the_cases_is_covered() -> None:
    """The spec's documented cases each have a cassette: 200, 404 and 429 of the GET, 200 and an error of the start."""
    seen = set()
    for path in CASSETTES:
        for interaction in interactions(path):
            operation, _ = operation_for(interaction["request"]["method"], interaction["request"]["uri"])
            seen.add((operation["operationId"], interaction["response"]["status"]["code"]))
    assert {("get_active_recording", s) for s in (200, 403, 404, 429, 522)} <= seen
    assert {("start_recording", 200), ("start_recording", 403)} <= seen


def test_suite_runs_with_the_network_blocked(pytestconfig: pytest.Config) -> None:
    """`uv run pytest` (the CI command) blocks the network: a cassette that is missing cannot fall through to it."""
    assert pytestconfig.getoption("--block-network")
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("192.0.2.1", 443), timeout=0.5)  # TEST-NET-1: never routed
