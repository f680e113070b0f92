"""The corrections against the official definitions (../shared/api-facts.md, "Corrections"), each in the spec and
in what the generation made of it: app_id has no maxLength, a request's storage config is the four-member union,
no defaults are sent, stopped_time may be absent and the start response's data null, and response values that
miss their format are kept. How the runtime acts on the spec data is the runtime tests' business;
tests/differential compares with the official SDK."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import UUID

import attrs
import pytest

import realtimekit_client._spec as spec_data
from codegen import spec_diff
from realtimekit_client import models
from realtimekit_client.models import (
    AccessKeyStorageConfig,
    AudioConfig,
    GcsStorageConfig,
    Recording,
    SftpKeyStorageConfig,
    SftpPasswordStorageConfig,
    StartRecordingRequest,
    VideoCodec,
    VideoConfig,
)
from realtimekit_client.types import UNSET
from tests.support.official_args import OFFICIAL_ALL_PARAMS, OFFICIAL_APP, OFFICIAL_MEETING
from tests.support.spec import example, load_spec, schema_ref, validator_for

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]


def parameter_node(operation: str, wire: str) -> dict[str, Any]:
    node: dict[str, Any] = next(n for _, w, _, _, n in spec_data.OPERATIONS[operation]["parameters"] if w == wire)
    return node


def field(model: str, wire: str) -> tuple[bool, dict[str, Any]]:
    """(required, node) of a model's field in the spec data."""
    return next((required, node) for _, w, required, node in spec_data.MODELS[model]["fields"] if w == wire)


def test_app_id_takes_the_official_uuid_and_account_id_keeps_its_32() -> None:
    parameters = load_spec()["components"]["parameters"]
    app_id = validator_for(parameters["app_id"]["schema"])
    assert "maxLength" not in parameters["app_id"]["schema"]
    assert app_id.is_valid(OFFICIAL_APP) and len(OFFICIAL_APP) == 36
    assert not app_id.is_valid("")
    assert parameters["account_id"]["schema"]["maxLength"] == 32
    for operation in spec_data.OPERATIONS:
        assert parameter_node(operation, "app_id") == {"type": "str", "minLength": 1}
        assert parameter_node(operation, "account_id")["maxLength"] == 32


STORAGE_REQUEST = validator_for(schema_ref("StartRecordingRequest"))


@pytest.mark.parametrize(
    "config",
    [
        {"type": "sftp"},
        {"type": "aws", "bucket": "b"},
        {"type": "sftp", "auth_method": "KEY"},
        {"type": "sftp", "auth_method": "PASSWORD"},
        {"type": "aws", "access_key": "", "region": "us-east-1"},
        {"type": "aws", "access_key": "k", "region": ""},
        {"type": "sftp", "auth_method": "PASSWORD", "private_key": "k"},
    ],
)
def test_the_storage_union_refuses_what_no_member_accepts(config: dict[str, Any]) -> None:
    assert not STORAGE_REQUEST.is_valid({"meeting_id": OFFICIAL_MEETING, "storage_config": config})


@pytest.mark.parametrize(
    "config",
    [
        {},
        {"type": "gcs", "bucket": "b"},
        {"type": "aws", "access_key": "k", "region": "r"},
        {"access_key": "k", "region": "r"},
        {"type": "sftp", "auth_method": "KEY", "private_key": "k"},
        {"type": "sftp", "auth_method": "PASSWORD", "password": "p"},
        OFFICIAL_ALL_PARAMS["storage_config"],
    ],
)
def test_the_storage_union_accepts_each_member(config: dict[str, Any]) -> None:
    assert STORAGE_REQUEST.is_valid({"meeting_id": OFFICIAL_MEETING, "storage_config": config})


@pytest.mark.parametrize(
    ("config", "wire"),
    [
        (GcsStorageConfig(), {}),
        (GcsStorageConfig(type_="gcs", bucket="b"), {"type": "gcs", "bucket": "b"}),
        (AccessKeyStorageConfig(access_key="k", region="r"), {"access_key": "k", "region": "r"}),
        (SftpKeyStorageConfig(private_key="k", auth_method="KEY"), {"private_key": "k", "auth_method": "KEY"}),
        (SftpPasswordStorageConfig(password="p"), {"password": "p"}),
    ],
    ids=["gcs-empty", "gcs", "access-key", "sftp-key", "sftp-password"],
)
def test_each_storage_member_is_a_model_a_caller_builds(config: Any, wire: dict[str, Any]) -> None:
    assert (
        StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING), storage_config=config).to_dict()["storage_config"]
        == wire
    )


def test_a_storage_member_missing_what_it_requires_does_not_build() -> None:
    with pytest.raises(TypeError):
        AccessKeyStorageConfig(access_key="k")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        SftpKeyStorageConfig()  # type: ignore[call-arg]


def defaults(node: Any, where: str = "") -> Iterator[str]:
    """Where the spec has a `default:` keyword."""
    if isinstance(node, dict):
        if "default" in node and not isinstance(node["default"], dict):
            yield where
        for key, value in node.items():
            yield from defaults(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from defaults(value, f"{where}/{index}")


def test_the_spec_has_no_defaults_to_send() -> None:
    """The client never sends what the caller did not set; the generator would send a `default:` (codegen refuses
    one): what the API does when a field is omitted is in its description."""
    assert list(defaults(load_spec())) == []
    assert "(1280 when omitted)" in SCHEMAS["VideoConfig"]["properties"]["width"]["description"]


def test_a_request_sends_only_what_the_caller_set() -> None:
    assert StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING)).to_dict() == {"meeting_id": OFFICIAL_MEETING}
    assert VideoConfig(codec=VideoCodec.VP8).to_dict() == {"codec": "VP8"}
    assert AudioConfig().to_dict() == {}


@pytest.mark.parametrize("name", sorted(spec_data.MODELS))
def test_every_field_is_required_or_unset(name: str) -> None:
    """Whatever a spec documents: a model's field has no Python default but UNSET."""
    required = {python for python, _, is_required, _ in spec_data.MODELS[name]["fields"] if is_required}
    for attribute in attrs.fields(getattr(models, name)):
        if attribute.init:
            expected = attrs.NOTHING if attribute.name in required else UNSET
            assert attribute.default is expected, attribute.name


def test_stopped_time_may_be_absent() -> None:
    assert "stopped_time" not in SCHEMAS["Recording"]["required"]
    for model in ("Recording", "StartedRecording"):
        required, node = field(model, "stopped_time")
        assert not required and {"type": "none"} in node["of"]
    invoked = example("get_active_recording", "200", "invoked")["data"]
    assert invoked["stopped_time"] is None and Recording.from_dict(invoked).stopped_time is None
    absent = {key: value for key, value in invoked.items() if key != "stopped_time"}
    assert Recording.from_dict(absent).stopped_time is UNSET


def test_the_start_response_data_may_be_absent_or_null() -> None:
    data = SCHEMAS["StartRecordingResponse"]["properties"]["data"]
    assert {"type": "null"} in data["anyOf"] and "data" not in SCHEMAS["StartRecordingResponse"]["required"]
    required, node = field("StartRecordingResponse", "data")
    assert not required and node["of"] == [{"type": "model", "class": "StartedRecording"}, {"type": "none"}]


PARSED_FORMATS = {"uuid", "date-time", "date"}  # the formats the generator parses into Python types


def formatted(schema: Any) -> Iterator[dict[str, Any]]:
    """The property schemas of a schema that carry a parsed format, with the anyOf they may stand in."""
    for sub in (schema.get("properties") or {}).values():
        members = sub.get("anyOf", [sub])
        if any(member.get("format") in PARSED_FORMATS for member in members):
            yield sub
    for part in schema.get("allOf", []):
        yield from formatted(part)


def test_a_response_value_that_misses_its_format_is_kept() -> None:
    """Every UUID or date-time a response carries may also be a plain string (the official types read them so):
    a non-UUID id or an RFC 1123 date is kept as the string it is."""
    directions = spec_diff.directions(spec_diff.surface(load_spec()))
    responses_only = [name for name, where in directions.items() if where == {"response"}]
    checked = [sub for name in responses_only for sub in formatted(SCHEMAS[name])]
    assert len(checked) >= 6  # ids, session ids, the user id and four timestamps
    for sub in checked:
        assert {"type": "string"} in sub.get("anyOf", []), sub
    assert SCHEMAS["Recording"]["properties"]["recording_duration"]["type"] == "number"  # not only integers
    assert field("Recording", "id")[1] == {"type": "union", "of": [{"type": "uuid"}, {"type": "str"}]}

    data = example("get_active_recording", "200", "invoked")["data"]
    recording = Recording.from_dict(data | {"id": "rec-1", "invoked_time": "Mon, 02 Mar 2026 09:15:04 GMT"})
    assert (recording.id, recording.invoked_time) == ("rec-1", "Mon, 02 Mar 2026 09:15:04 GMT")


def test_a_storage_config_echoed_back_may_hold_nulls() -> None:
    """Every field may be null; region and the credentials may hold any JSON value, as the official types read
    them (Python `object`, TypeScript `unknown`)."""
    properties = SCHEMAS["RecordingStorageConfig"]["properties"]
    for name, sub in properties.items():
        untyped = "type" not in sub and "anyOf" not in sub and "$ref" not in sub  # any JSON value, null included
        assert untyped or "null" in sub.get("type", []) or {"type": "null"} in sub.get("anyOf", []), name
    assert {name for name, sub in properties.items() if "type" not in sub and "anyOf" not in sub} == {
        "access_key",
        "secret",
        "region",
        "password",
        "private_key",
    }
    for _, wire, required, node in spec_data.MODELS["RecordingStorageConfig"]["fields"]:
        assert not required and (node["type"] == "any" or {"type": "none"} in node["of"]), wire
