"""Tolerant in what it reads: every response body generated from the official Python SDK's response types
(pydantic `model_json_schema()`, hypothesis-jsonschema) parses here, and each value equals what the SDK parsed.

The bodies are narrowed only where the TypeScript SDK's types (7.3.0, src/resources/realtime-kit/recordings.ts)
are stricter than the Python ones (each place below says so).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from cloudflare.types.realtime_kit import RecordingGetActiveRecordingsResponse, RecordingStartRecordingsResponse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from realtimekit_client.types import UNSET
from tests.differential.oracle import (
    EXCHANGE,
    PARSED_BODIES,
    assert_agree,
    ours_get,
    ours_start,
    sdk_get,
    sdk_start,
)
from tests.support.official_args import (
    OFFICIAL_ACCOUNT,
    OFFICIAL_APP,
    OFFICIAL_MEETING,
    OFFICIAL_ONLY_REQUIRED,
    official_only_required,
)
from tests.support.spec import example

# A few hundred bodies in all (120 + 120 + 80): every optional field, null and union member many times over.
BODIES = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# TypeScript: `audio_download_url: string | null` and the like, required; Python: `Optional[...] = None`, so may
# be absent. (stopped_time is typed the same in TypeScript, but its own description and the Python SDK let it be
# absent until the recording stops: api-facts, Corrections; so it is left optional.)
TS_REQUIRED = {
    "Data": ["audio_download_url", "download_url", "download_url_expiry", "file_size", "session_id", "started_time"]
}
# TypeScript: `recording_duration?: number`, `start_reason?: ...`, `caller?: ...`, `name?: string`, ... (optional,
# never null); Python: `Optional[...] = None`, which lets them be null.
TS_NOT_NULL = {
    "Data": ["recording_duration", "start_reason", "stop_reason"],
    "DataStartReason": ["caller", "reason"],
    "DataStopReason": ["caller", "reason"],
    "DataStartReasonCaller": ["name", "type", "user_Id"],
    "DataStopReasonCaller": ["name", "type", "user_Id"],
}
# The same set of values, drawn as UUIDs half the time, so both branches of `UUID | str` are met.
UUID_OR_STRING = {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "string"}]}
MAYBE_UUID = {"Data": ["id", "session_id"], "DataStartReasonCaller": ["user_Id"], "DataStopReasonCaller": ["user_Id"]}


def without_null(prop: dict[str, Any]) -> dict[str, Any]:
    members = [member for member in prop["anyOf"] if member != {"type": "null"}]
    rest = {key: value for key, value in prop.items() if key not in ("anyOf", "default")}
    return rest | (members[0] if len(members) == 1 else {"anyOf": members})


def places(table: dict[str, list[str]], definitions: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """(definition, property name) for each entry of a table that this schema has (the GET's lacks the reasons)."""
    return [
        (definitions[title], name)
        for title, names in table.items()
        for name in names
        if name in definitions.get(title, {}).get("properties", {})
    ]


def official_response_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The SDK's JSON schema for `model`, narrowed as the tables above say."""
    schema = copy.deepcopy(model.model_json_schema())
    definitions: dict[str, Any] = schema["$defs"]
    for definition, name in places(TS_REQUIRED, definitions):
        definition["required"] = sorted({*definition["required"], name})
    for definition, name in places(TS_NOT_NULL, definitions):
        definition["properties"][name] = without_null(definition["properties"][name])
    for definition, name in places(MAYBE_UUID, definitions):
        nullable = {"type": "null"} in definition["properties"][name].get("anyOf", [])
        definition["properties"][name] = {
            "anyOf": [*UUID_OR_STRING["anyOf"], *([{"type": "null"}] if nullable else [])]
        }
    return schema


FORMATS = {"uuid": st.uuids().map(str)}
ANY_JSON = from_schema({})


def bodies(node: dict[str, Any], definitions: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of a JSON schema: objects (properties, required, unknown properties allowed unless
    `additionalProperties: false`) and anyOf composed here, every other schema drawn by hypothesis-jsonschema
    (which re-canonicalises an object schema on every draw: about 0.4 s a body for these types)."""
    if "$ref" in node:
        return bodies(definitions[node["$ref"].rsplit("/", 1)[1]], definitions)
    if "anyOf" in node:
        return st.one_of([bodies(member, definitions) for member in node["anyOf"]])
    if node.get("type") != "object":
        return from_schema(node, custom_formats=FORMATS)
    properties: dict[str, Any] = node.get("properties", {})
    required = set(node.get("required", []))
    known = st.fixed_dictionaries(
        {name: bodies(schema, definitions) for name, schema in properties.items() if name in required},
        optional={name: bodies(schema, definitions) for name, schema in properties.items() if name not in required},
    )
    if node.get("additionalProperties", True) is False:
        return known
    unknown = st.dictionaries(st.text(max_size=8).filter(lambda name: name not in properties), ANY_JSON, max_size=2)
    return st.builds(lambda fields, rest: rest | fields, known, unknown)


def official_bodies(model: type[BaseModel]) -> tuple[st.SearchStrategy[Any], Draft202012Validator]:
    schema = official_response_schema(model)
    return bodies(schema, schema["$defs"]), Draft202012Validator(schema)


GET_BODIES, GET_SCHEMA = official_bodies(RecordingGetActiveRecordingsResponse)
START_BODIES, START_SCHEMA = official_bodies(RecordingStartRecordingsResponse)
# The start bodies hold a storage config in few draws (an optional field of an optional field): its four
# members get bodies of their own, in the spec's start example.
_START_DEFINITIONS = official_response_schema(RecordingStartRecordingsResponse)["$defs"]
STORAGE_CONFIGS = bodies(
    {"anyOf": [{"$ref": f"#/$defs/{name}"} for name in _START_DEFINITIONS if name.startswith("DataStorageConfig")]},
    _START_DEFINITIONS,
)


@BODIES
@given(GET_BODIES)
def test_get_bodies_of_the_official_types_are_parsed_alike(body: dict[str, Any]) -> None:
    GET_SCHEMA.validate(body)  # a body the (narrowed) official types allow
    EXCHANGE.reply = body
    assert_agree(
        ours_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING),
        sdk_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING),
    )
    PARSED_BODIES["get_active_recording"] += 1


@BODIES
@given(START_BODIES)
def test_start_bodies_of_the_official_types_are_parsed_alike(body: dict[str, Any]) -> None:
    START_SCHEMA.validate(body)
    EXCHANGE.reply = body
    assert_agree(
        ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_only_required()),
        sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED),
    )
    PARSED_BODIES["start_recording"] += 1


@settings(BODIES, max_examples=80)
@given(STORAGE_CONFIGS)
def test_storage_configs_of_the_official_types_are_parsed_alike(config: dict[str, Any]) -> None:
    body = example("start_recording", "200", "invoked")
    body["data"]["storage_config"] = config
    START_SCHEMA.validate(body)
    EXCHANGE.reply = body
    assert_agree(
        ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_only_required()),
        sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED),
    )
    PARSED_BODIES["start_recording (storage config)"] += 1


def test_every_narrowing_names_a_place_in_the_official_types() -> None:
    """A table entry that no longer names a field (a renamed type in a new SDK) would narrow nothing silently."""
    definitions = RecordingStartRecordingsResponse.model_json_schema()["$defs"]
    for table in (TS_REQUIRED, TS_NOT_NULL, MAYBE_UUID):
        assert len(places(table, definitions)) == sum(len(names) for names in table.values()), table


@pytest.mark.parametrize("name", ["reference", "invoked", "aws_storage", "gcs_storage", "sftp_key_storage"])
def test_spec_start_examples_are_parsed_alike(name: str) -> None:
    EXCHANGE.reply = example("start_recording", "200", name)
    assert_agree(
        ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_only_required()),
        sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED),
    )


def test_absent_stopped_time_and_null_start_data_are_accepted_by_both() -> None:
    """Corrections: stopped_time may be absent (present only once stopped); the start response's data may be
    null (the Python SDK accepts it, and a 200 means the API accepted the start)."""
    body = example("get_active_recording", "200", "recording")
    del body["data"]["stopped_time"]
    EXCHANGE.reply = body
    ours = ours_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING)
    assert ours.data.stopped_time is UNSET
    assert_agree(ours, sdk_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING))
    EXCHANGE.reply = {"success": True, "data": None}
    started = ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_only_required())
    assert started.data is None
    assert_agree(started, sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED))


@pytest.mark.parametrize(
    ("name", "value"), [("access_key", 12345), ("region", {"masked": True}), ("password", [])], ids=lambda v: str(v)
)
def test_storage_region_and_credentials_of_any_json_type_are_read_alike(name: str, value: object) -> None:
    """Both SDKs read a reported storage config's region and credentials as any JSON (Python `object`, TypeScript
    7.3.0 `unknown`, or an unknown field of the write-only ones); so does this client (`Any`)."""
    body = example("start_recording", "200", "aws_storage")
    body["data"]["storage_config"][name] = value
    EXCHANGE.reply = body
    sdk = sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED)
    assert getattr(sdk.data.storage_config, name) == value  # a field, or an unknown one, of the SDK's model
    assert_agree(ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_only_required()), sdk)
