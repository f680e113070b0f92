"""The OpenAPI fragment is valid OpenAPI 3.1, describes every operation fully, holds the API's constraints
(../shared/api-facts.md), marks its credential fields, and documents the ids the tests use."""

from __future__ import annotations

import pytest
from openapi_spec_validator import validate

from codegen import spec as raw_spec
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from tests.support.spec import load_spec, operation, schema_ref, validator_for

OPERATION_IDS = [op["operationId"] for _, _, op, _ in raw_spec.operations(load_spec())]


def test_the_spec_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_operation_is_described(operation_id: str) -> None:
    described = operation(operation_id)
    assert described["tags"] == ["recordings"]
    assert described["summary"] and described["description"]
    assert described["security"] == [{"api_token": []}]
    assert {"429", "4XX", "5XX"} <= set(described["responses"])
    assert any(status.startswith("2") for status in described["responses"])


def test_the_server_and_the_operations_are_the_apis() -> None:
    assert load_spec()["servers"] == [{"url": "https://api.cloudflare.com/client/v4"}]
    assert {op: operation(op)["method"] for op in OPERATION_IDS} == {
        "start_recording": "post",
        "get_active_recording": "get",
    }
    assert "404" in operation("get_active_recording")["responses"]  # no active recording


def test_the_request_schema_refuses_what_the_api_refuses() -> None:
    """Guards against a too-loose spec: the constraints of api-facts.md are really in it."""
    request = validator_for(schema_ref("StartRecordingRequest"))
    assert request.is_valid({"meeting_id": MEETING_ID, "max_seconds": 60, "video_config": {"width": 1920}})
    assert not request.is_valid({})  # meeting_id is required
    assert not request.is_valid({"meeting_id": MEETING_ID, "max_seconds": 59})
    assert not request.is_valid({"meeting_id": MEETING_ID, "max_seconds": 86401})
    assert not request.is_valid({"meeting_id": MEETING_ID, "video_config": {"width": 1921}})
    assert not request.is_valid({"meeting_id": MEETING_ID, "realtimekit_bucket_config": {}})  # enabled is required
    assert request.is_valid({"meeting_id": MEETING_ID, "storage_config": None})


CREDENTIALS = ("access_key", "secret", "password", "private_key")
REQUEST_STORAGE = ("GcsStorageConfig", "AccessKeyStorageConfig", "SftpKeyStorageConfig", "SftpPasswordStorageConfig")


@pytest.mark.parametrize("schema", [*REQUEST_STORAGE, "RecordingStorageConfig"])
def test_credential_fields_are_marked(schema: str) -> None:
    """`format: password` marks every credential (the client keeps them out of reprs, logs and errors); the keys
    a request sends and no response should return are `writeOnly` too. The response schema has no writeOnly:
    the API echoes the credentials back."""
    properties = load_spec()["components"]["schemas"][schema]["properties"]
    assert {name for name, sub in properties.items() if sub.get("format") == "password"} == set(CREDENTIALS)
    write_only = {name for name, sub in properties.items() if sub.get("writeOnly")}
    assert write_only == (set() if schema == "RecordingStorageConfig" else {"access_key", "secret"})


def test_the_tests_ids_are_the_specs_parameter_examples() -> None:
    """tests.support.ids (the cassettes' placeholders) are the ids the spec documents."""
    parameters = load_spec()["components"]["parameters"]
    examples = {name: parameters[name]["example"] for name in ("account_id", "app_id", "meeting_id")}
    assert examples == {"account_id": ACCOUNT_ID, "app_id": APP_ID, "meeting_id": MEETING_ID}
