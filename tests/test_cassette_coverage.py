"""The cassettes follow the spec as it grows: every operation and documented status has a cassette (the failure
names each one missing and how to record it), and every recorded request's path parameters and query string are
ones the spec allows (values decoded by style/explode and validated against the parameter schemas)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from support.cassette_format import ReadableYamlSerializer
from support.cassette_scrub import CANONICAL_BASE_URL
from support.operation_cases import OPERATIONS, Operation, spec_facts
from support.project import ROOT
from support.spec import validator_for

CASSETTE_DIR = ROOT / "tests" / "cassettes"
CASSETTES = sorted(CASSETTE_DIR.rglob("*.yaml"))
RECORD = "uv run scripts/record_cassettes.py tests/test_cassettes_every_operation.py"


def exchanges() -> list[tuple[Path, dict[str, Any], dict[str, Any]]]:
    found = []
    for path in CASSETTES:
        for interaction in ReadableYamlSerializer.deserialize(path.read_text(encoding="utf-8"))["interactions"]:
            found.append((path, interaction["request"], interaction["response"]))
    return found


def operation_for(method: str, uri: str) -> tuple[Operation, dict[str, str]]:
    assert uri.startswith(CANONICAL_BASE_URL + "/"), uri
    path = urlsplit(uri[len(CANONICAL_BASE_URL) :]).path
    for operation in OPERATIONS:
        pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation.path)) + "$"
        if operation.method == method.upper() and (found := re.match(pattern, path)):
            return operation, {name: unquote(value) for name, value in found.groupdict().items()}
    raise AssertionError(f"no operation in the spec for {method} {path}")


def covers(status_key: str, status: int) -> bool:
    return str(status) == status_key or (status_key[1:].upper() == "XX" and str(status)[0] == status_key[0])


def test_every_operation_and_documented_status_has_a_cassette() -> None:
    seen: dict[str, set[int]] = {}
    for _, request, response in exchanges():
        operation, _ = operation_for(request["method"], request["uri"])
        seen.setdefault(operation.operation_id, set()).add(response["status"]["code"])
    missing = []
    for operation in OPERATIONS:
        for status_key, response in operation.responses().items():
            has_examples = bool(response.get("content", {}).get("application/json", {}).get("examples"))
            if not has_examples and not status_key.isdigit():
                continue  # a range with no example: nothing to ask a mock for
            if not any(covers(status_key, s) for s in seen.get(operation.operation_id, set())):
                missing.append(f"{operation} {status_key}" + ("" if has_examples else " (give it an example first)"))
    assert not missing, "no cassette for: " + ", ".join(missing) + f"; record them with `{RECORD}`"


def decoded(parameter: dict[str, Any], values: list[str]) -> Any:
    """A query parameter's recorded values as the JSON value its schema describes."""
    schema = parameter.get("schema") or {}
    style = parameter.get("style", "form")
    if schema.get("type") == "array":
        if not parameter.get("explode", style == "form"):
            values = [v for joined in values for v in joined.split(spec_facts.DELIMITERS[style])]
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
            schema = spec_facts.resolve({}, documented[name].get("schema") or {})
            for error in validator_for(schema).iter_errors(decoded(documented[name], values)):
                problems.append(f"{name}: {error.message}")
    return problems


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.relative_to(CASSETTE_DIR).as_posix())
def test_recorded_paths_and_query_strings_follow_the_spec(path: Path) -> None:
    for _, request, _ in [e for e in exchanges() if e[0] == path]:
        operation, path_values = operation_for(request["method"], request["uri"])
        for parameter in operation.parameters:
            if parameter["in"] == "path":
                schema = parameter.get("schema") or {}
                errors = [e.message for e in validator_for(schema).iter_errors(path_values[parameter["name"]])]
                assert errors == [], f"{parameter['name']}: {errors}"
        assert query_problems(operation.parameters, urlsplit(request["uri"]).query) == []


def test_the_query_check_finds_what_breaks_the_spec() -> None:
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
