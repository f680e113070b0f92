"""The cassettes, the spec and the tests cannot drift apart silently: every cassette belongs to a cassette test and
every cassette test has its cassette; every recorded request is one the spec allows (path parameters, query
string, body) and every recorded response one it documents (status, headers, body); every operation and
documented status of the spec has a cassette. Driven by the spec: a new operation needs no new check here."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from jsonschema.exceptions import ValidationError

from codegen import spec as raw_spec
from codegen.runtime_data import DELIMITERS
from tests.recorded.cassette_format import CASSETTE_DIR, ReadableYamlSerializer, cassette_files, cassette_id
from tests.recorded.cassette_scrub import CANONICAL_BASE_URL
from tests.recorded.spec_operations import OPERATIONS, covers, operation_for
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from tests.support.spec import load_spec, validator_for

CASSETTES = cassette_files()
RECORD = "uv run python -m tools.record_cassettes tests/recorded/test_every_operation.py"
PLACEHOLDERS = {"account_id": ACCOUNT_ID, "app_id": APP_ID, "meeting_id": MEETING_ID}

# Recorded on purpose against the spec, each with the one validation error it must show and no other.
EXPECTED_DEVIATIONS = {
    # A status the spec does not know yet (the stand-in's `unknown_status`): the client must cope with it.
    "test_errors/test_get_unknown_status_async.yaml": [("data/status", "enum")],
}


def interactions(path: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = ReadableYamlSerializer.deserialize(path.read_text(encoding="utf-8"))["interactions"]
    return found


def schema_errors(schema: dict[str, Any], instance: Any) -> list[tuple[str, str]]:
    errors: list[ValidationError] = list(validator_for(schema).iter_errors(instance))
    return sorted(("/".join(str(p) for p in error.absolute_path), str(error.validator)) for error in errors)


def cassette_tests(session: pytest.Session) -> set[str]:
    """The cassette each cassette test of this folder replays ('<module>/<test id>.yaml'), from pytest's own
    collection of the modules (so parametrized cases, e.g. one per spec example, count one by one)."""
    expected = set()
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for item in pytest.Module.from_parent(session, path=path).collect():
            if isinstance(item, pytest.Function) and item.get_closest_marker("vcr"):
                expected.add(f"{path.stem}/{item.name}.yaml")
    return expected


def test_every_cassette_belongs_to_a_test_and_every_cassette_test_has_one(request: pytest.FixtureRequest) -> None:
    expected = cassette_tests(request.session)
    found = {cassette_id(path) for path in CASSETTES}
    assert len(expected) >= 30  # the collection found the cassette tests
    assert sorted(found - expected) == [], "stale cassettes: no test replays them"
    assert sorted(expected - found) == [], f"cassette tests without their cassette under {CASSETTE_DIR}"


def decoded(parameter: dict[str, Any], values: list[str]) -> Any:
    """A query parameter's recorded values as the JSON value its schema describes."""
    schema = parameter.get("schema") or {}
    style = parameter.get("style", "form")
    if schema.get("type") == "array":
        if not parameter.get("explode", style == "form"):
            values = [v for joined in values for v in joined.split(DELIMITERS[style])]
        return [scalar(schema.get("items") or {}, v) for v in values]
    assert len(values) == 1, f"{parameter['name']} sent {len(values)} times"
    return scalar(schema, values[0])


def scalar(schema: dict[str, Any], text: str) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
        if kind == "boolean":
            return json.loads(text)
    except ValueError:
        return text  # the schema check then names the wrong type
    return text


def query_problems(parameters: list[dict[str, Any]], query: str) -> list[str]:
    documented = {p["name"]: p for p in parameters if p["in"] == "query"}
    sent = parse_qs(query, keep_blank_values=True)
    problems = [f"undocumented query parameter {name}" for name in sent if name not in documented]
    problems += [f"required {n} missing" for n, p in documented.items() if p.get("required") and n not in sent]
    for name, values in sent.items():
        if name in documented:
            schema = raw_spec.resolve(load_spec(), documented[name].get("schema") or {})
            for error in validator_for(schema).iter_errors(decoded(documented[name], values)):
                problems.append(f"{name}: {error.message}")
    return problems


@pytest.mark.parametrize("path", CASSETTES, ids=cassette_id)
def test_recorded_requests_follow_the_spec(path: Path) -> None:
    for interaction in interactions(path):
        request = interaction["request"]
        operation, path_values = operation_for(request["method"], request["uri"], CANONICAL_BASE_URL)
        for parameter in operation.parameters:
            if parameter["in"] == "path":
                value = path_values[parameter["name"]]
                assert schema_errors(parameter.get("schema") or {}, value) == [], parameter["name"]
                # a live recording maps the real ids to the placeholders
                assert value == PLACEHOLDERS.get(parameter["name"], value), parameter["name"]
        assert query_problems(operation.parameters, urlsplit(request["uri"]).query) == []
        body = request["body"]
        if "requestBody" in operation.raw:
            schema = operation.raw["requestBody"]["content"]["application/json"]["schema"]
            assert schema_errors(schema, json.loads(body)) == []
        else:
            assert not body, "a request body the operation does not take"


def documented_response(responses: dict[str, dict[str, Any]], status: int) -> dict[str, Any]:
    found = responses.get(str(status)) or responses.get(f"{status // 100}XX")
    assert found is not None, f"status {status} is not documented"
    return found


@pytest.mark.parametrize("path", CASSETTES, ids=cassette_id)
def test_recorded_responses_follow_the_spec(path: Path) -> None:
    for interaction in interactions(path):
        request, response = interaction["request"], interaction["response"]
        operation, _ = operation_for(request["method"], request["uri"], CANONICAL_BASE_URL)
        status = response["status"]["code"]
        documented = documented_response(operation.responses(), status)
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


def test_every_operation_and_documented_status_has_a_cassette() -> None:
    seen: dict[str, set[int]] = {}
    for path in CASSETTES:
        for interaction in interactions(path):
            request = interaction["request"]
            operation, _ = operation_for(request["method"], request["uri"], CANONICAL_BASE_URL)
            seen.setdefault(operation.operation_id, set()).add(interaction["response"]["status"]["code"])
    missing = []
    for operation in OPERATIONS:
        for status_key, response in operation.responses().items():
            has_examples = bool(response.get("content", {}).get("application/json", {}).get("examples"))
            if not has_examples and not status_key.isdigit():
                continue  # a range with no example: nothing to ask a mock for
            if not any(covers(status_key, status) for status in seen.get(operation.operation_id, set())):
                missing.append(f"{operation} {status_key}" + ("" if has_examples else " (give it an example first)"))
    assert len(seen) == len(OPERATIONS) >= 2
    assert not missing, "no cassette for: " + ", ".join(missing) + f"; record them with `{RECORD}`"


def test_the_query_check_finds_what_breaks_the_spec() -> None:
    """No operation takes a query parameter yet, so the check is shown working on parameters made up here."""
    parameters: list[dict[str, Any]] = [
        {"name": "page_no", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "per_page", "in": "query", "required": True, "schema": {"type": "integer", "maximum": 100}},
        {
            "name": "status",
            "in": "query",
            "explode": False,
            "schema": {"type": "array", "items": {"enum": ["RECORDING", "PAUSED"]}},
        },
    ]
    assert query_problems(parameters, "per_page=100&status=RECORDING,PAUSED&page_no=1") == []
    assert query_problems(parameters, "page_no=0&status=RECORDING,NOPE&extra=1") == [
        "undocumented query parameter extra",
        "required per_page missing",
        "page_no: 0 is less than the minimum of 1",
        "status: 'NOPE' is not one of ['RECORDING', 'PAUSED']",
    ]


def test_replay_runs_with_the_network_blocked(pytestconfig: pytest.Config) -> None:
    """`uv run pytest` blocks the network: a cassette that is missing cannot fall through to it."""
    assert pytestconfig.getoption("--block-network")
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("192.0.2.1", 443), timeout=0.5)  # TEST-NET-1: never routed
