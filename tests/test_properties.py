"""Property-based: any response the spec allows parses and round-trips through to_dict; any mutation of it
raises only the package's own exceptions. Bodies are generated from the spec's own schemas."""

from __future__ import annotations

import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from realtimekit_client import errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import ActiveRecordingResponse, StartRecordingResponse

from support.spec import example, load_spec

FORMATS = {"password": st.text(max_size=20), "uuid": st.uuids().map(str)}
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def schema_for(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}", "components": load_spec()["components"]}


def respond(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "http://127.0.0.1/"))


@SETTINGS
@given(from_schema(schema_for("ActiveRecordingResponse"), custom_formats=FORMATS))
def test_any_valid_active_recording_parses_and_round_trips(body: dict[str, Any]) -> None:
    parsed = get_active_recording._parse_response(respond(json.dumps(body).encode()))
    assert isinstance(parsed, ActiveRecordingResponse)
    again = ActiveRecordingResponse.from_dict(parsed.to_dict())
    assert again == parsed  # nothing lost or changed on the way back
    assert set(parsed.to_dict()["data"]) == set(body["data"])  # unknown fields kept too


@SETTINGS
@given(from_schema(schema_for("StartRecordingResponse"), custom_formats=FORMATS))
def test_any_valid_start_response_parses_and_round_trips(body: dict[str, Any]) -> None:
    parsed = start_recording._parse_response(respond(json.dumps(body).encode()))
    assert isinstance(parsed, StartRecordingResponse)
    assert StartRecordingResponse.from_dict(parsed.to_dict()) == parsed
    assert set(parsed.to_dict()) == set(body)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def mutations(body: Any) -> st.SearchStrategy[bytes]:
    """The reference body with one field dropped or replaced at any depth, or its bytes cut short."""
    paths: list[tuple[str, ...]] = []

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                paths.append((*path, key))
                walk(value, (*path, key))

    walk(body, ())

    def apply(path: tuple[str, ...], drop: bool, value: Any) -> bytes:
        mutated = json.loads(json.dumps(body))
        parent = mutated
        for key in path[:-1]:
            parent = parent[key]
        if drop:
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
        return json.dumps(mutated).encode()

    raw = json.dumps(body).encode()
    return st.one_of(
        st.builds(apply, st.sampled_from(paths), st.booleans(), JSON_VALUES),
        st.integers(0, len(raw) - 1).map(lambda n: raw[:n]),
        st.binary(max_size=40),
    )


@SETTINGS
@given(st.data())
def test_mutated_bodies_only_raise_the_packages_exceptions(data: st.DataObject) -> None:
    cases = (
        (get_active_recording, "get_active_recording", ActiveRecordingResponse),
        (start_recording, "start_recording", StartRecordingResponse),
    )
    for operation, name, model in cases:
        raw = data.draw(mutations(example(name, "200")), label=name)
        try:
            parsed = operation._parse_response(respond(raw))
        except errors.ResponseValidationError:
            continue
        assert isinstance(parsed, model)  # parsed into its model, or a documented error: never None or UNSET
