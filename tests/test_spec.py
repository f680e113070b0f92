"""The OpenAPI fragment is valid, and every example in it fits the schema it documents."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from support.spec import load_spec, operation, schema_ref, validator_for


def test_spec_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_both_operations_are_described() -> None:
    get = operation("get_active_recording")
    start = operation("start_recording")
    assert (get["method"], start["method"]) == ("get", "post")
    for op in (get, start):
        assert op["tags"] == ["recordings"]
        assert op["summary"] and op["description"]
        assert op["security"] == [{"api_token": []}]
        assert {"4XX", "5XX"} <= set(op["responses"])
    assert "404" in get["responses"]
    assert load_spec()["servers"] == [{"url": "https://api.cloudflare.com/client/v4"}]


def _examples() -> list[tuple[str, dict[str, Any], Any]]:
    """(label, schema, example value) for every example under a request body or response."""
    found = []
    spec = load_spec()
    for path_item in spec["paths"].values():
        for op in path_item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            bodies = {"request": op.get("requestBody", {})}
            for status, response in op["responses"].items():
                if "$ref" in response:
                    response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                bodies[status] = response
            for where, body in bodies.items():
                media = body.get("content", {}).get("application/json", {})
                for name, ex in media.get("examples", {}).items():
                    found.append((f"{op['operationId']}:{where}:{name}", media["schema"], ex["value"]))
    return found


@pytest.mark.parametrize(("label", "schema", "value"), _examples(), ids=[e[0] for e in _examples()])
def test_examples_match_their_schema(label: str, schema: dict[str, Any], value: Any) -> None:
    errors = [e.message for e in validator_for(schema).iter_errors(value)]
    assert errors == [], label


def test_schema_rejects_what_the_facts_forbid() -> None:
    """Guards against a too-loose spec: the constraints from api-facts.md are really in it."""
    request = validator_for(schema_ref("StartRecordingRequest"))
    assert not request.is_valid({})  # meeting_id is required
    assert not request.is_valid({"meeting_id": MEETING_ID, "max_seconds": 59})
    assert not request.is_valid({"meeting_id": MEETING_ID, "max_seconds": 86401})
    assert not request.is_valid({"meeting_id": MEETING_ID, "video_config": {"width": 1921}})
    assert request.is_valid({"meeting_id": MEETING_ID, "storage_config": None})
    assert not request.is_valid({"meeting_id": MEETING_ID, "realtimekit_bucket_config": {}})


STORAGE_SCHEMAS = (
    "GcsStorageConfig", "AccessKeyStorageConfig", "SftpKeyStorageConfig", "SftpPasswordStorageConfig",
    "RecordingStorageConfig",
)  # fmt: skip


@pytest.mark.parametrize("schema", STORAGE_SCHEMAS)
def test_credential_fields_are_marked(schema: str) -> None:
    storage = load_spec()["components"]["schemas"][schema]["properties"]
    for name in ("access_key", "secret", "password", "private_key"):
        assert storage[name]["format"] == "password", name
    assert storage["access_key"]["writeOnly"] and storage["secret"]["writeOnly"]


def test_the_tests_ids_are_the_specs_parameter_examples() -> None:
    """support.ids, the cassettes' placeholders, are the ids the spec documents."""
    parameters = load_spec()["components"]["parameters"]
    examples = {name: parameters[name]["example"] for name in ("account_id", "app_id", "meeting_id")}
    assert examples == {"account_id": ACCOUNT_ID, "app_id": APP_ID, "meeting_id": MEETING_ID}
