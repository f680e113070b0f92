"""Property-based, for every operation the spec holds: any answer the spec allows reads and writes back unchanged;
any mutation of a documented answer raises nothing but ResponseValidationError; any request body the spec
allows is sent exactly as given. Values are drawn from the OpenAPI document's own schemas (a small translator
below: hypothesis-jsonschema draws about 15 a second from these schemas, too slow for this folder), each checked
against the schema with jsonschema first."""

from __future__ import annotations

import datetime
import json
import typing
from typing import Any

from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from codegen import spec as raw_spec
from realtimekit_client import errors
from tests.support.client import make_client
from tests.support.operation_cases import OPERATIONS, Operation, to_python
from tests.support.spec import load_spec, validator_for
from tools.loopback import LoopbackServer, Reply

# Cheap: a few dozen examples, no example database, and no explain phase (on a failure it replays hundreds of
# variations, minutes where each makes an HTTP call; the shrunk example says enough).
CHEAP = settings(
    max_examples=30,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
WITH_BODIES = [operation for operation in OPERATIONS if operation.body is not None]

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
OFFSETS = st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=5, minutes=30))])
DATE_TIMES = st.datetimes(timezones=OFFSETS).map(lambda d: d.isoformat().replace("+00:00", "Z"))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=5,
)
URIS = st.sampled_from(["https://example.com/r.mp4?X-Amz-Signature=ab", "rtmp://a.rtmp.youtube.com/live2", "http://x"])


def strategy_for(schema: Any) -> st.SearchStrategy[Any]:
    """Values valid against a schema of the document (the keywords it uses: $ref, allOf of objects, anyOf, oneOf,
    const, enum, a type or a list of types, properties, required, formats, bounds); objects get unknown extra keys
    unless additionalProperties is false."""
    schema = raw_spec.shallow(load_spec(), schema)
    if "allOf" in schema:
        return strategy_for(merged(schema))
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        return st.one_of([strategy_for(member) for member in members])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy_for({**schema, "type": each}) for each in kind])
    if kind == "object" or "properties" in schema:
        return objects(schema)
    low, high = schema.get("minimum"), schema.get("maximum")
    if kind == "string":
        formats = {"uuid": st.uuids().map(str), "date-time": DATE_TIMES, "uri": URIS}
        default = st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 20))
        return formats.get(schema.get("format", ""), default)
    if kind == "integer":
        return st.integers(min_value=low, max_value=high)
    if kind == "number":
        return st.integers(min_value=low, max_value=high) | st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind is None and not {"items", "additionalProperties", "not", "if"}.intersection(schema):
        return JSON_VALUES  # a schema without a type takes any JSON value
    raise AssertionError(f"no strategy for {schema!r}: teach strategy_for this keyword")


def merged(schema: dict[str, Any]) -> dict[str, Any]:
    """An allOf of object schemas as one object schema."""
    properties: dict[str, Any] = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for part in schema["allOf"]:
        part = raw_spec.shallow(load_spec(), part)
        part = merged(part) if "allOf" in part else part
        properties |= part.get("properties") or {}
        required |= set(part.get("required") or [])
    return {"type": "object", "properties": properties, "required": sorted(required)}


def objects(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    known = st.fixed_dictionaries(
        {key: strategy_for(sub) for key, sub in properties.items() if key in required},
        optional={key: strategy_for(sub) for key, sub in properties.items() if key not in required},
    )
    if schema.get("additionalProperties") is False:
        return known
    unknown = st.dictionaries(st.text(max_size=8).filter(lambda key: key not in properties), JSON_VALUES, max_size=2)
    return st.builds(lambda more, given: {**more, **given}, unknown, known)


def success_schema(operation: Operation) -> dict[str, Any]:
    response = operation.responses()[str(operation.success_status())]
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


# Strategies and validators are built once: building them is most of what a draw costs.
ANSWERS = {operation.name: strategy_for(success_schema(operation)) for operation in OPERATIONS}
ANSWER_CHECKS = {operation.name: validator_for(success_schema(operation)) for operation in OPERATIONS}
REQUEST_SCHEMAS = {o.name: o.raw["requestBody"]["content"]["application/json"]["schema"] for o in WITH_BODIES}
REQUESTS = {name: strategy_for(schema) for name, schema in REQUEST_SCHEMAS.items()}
REQUEST_CHECKS = {name: validator_for(schema) for name, schema in REQUEST_SCHEMAS.items()}


def same_instants(value: Any) -> Any:
    """Decoded JSON with every ISO 8601 date-time as a datetime: to_dict writes them in Python's spelling."""
    if isinstance(value, dict):
        return {key: same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instants(item) for item in value]
    if isinstance(value, str) and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@given(st.data())
@CHEAP
def test_any_answer_the_spec_allows_reads_and_writes_back(data: st.DataObject) -> None:
    for operation in OPERATIONS:
        body = data.draw(ANSWERS[operation.name], label=str(operation))
        assume(ANSWER_CHECKS[operation.name].is_valid(body))
        returned = typing.get_type_hints(operation.module.sync)["return"]
        parsed = returned.from_dict(body)
        written = parsed.to_dict()
        assert same_instants(written) == same_instants(body)  # nothing lost, added or changed
        assert returned.from_dict(written) == parsed
        assert ANSWER_CHECKS[operation.name].is_valid(written)


def mutations(body: Any) -> st.SearchStrategy[bytes]:
    """The body with one field dropped or replaced at any depth, or its bytes cut short, or other bytes."""
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


MUTATIONS = {
    operation.name: st.one_of([mutations(body) for body in operation.success_examples().values()])
    for operation in OPERATIONS
}


@given(st.data())
@CHEAP
def test_a_mutated_answer_raises_only_response_validation_error(server: LoopbackServer, data: st.DataObject) -> None:
    server.reset()
    with make_client(server.url, max_retries=0) as client:
        for operation in OPERATIONS:
            raw = data.draw(MUTATIONS[operation.name], label=str(operation))
            server.script(Reply(operation.success_status(), raw))
            returned = typing.get_type_hints(operation.module.sync)["return"]
            try:
                parsed = operation.call(client)
            except errors.ResponseValidationError as exc:
                assert exc.response.content == raw
                continue
            assert isinstance(parsed, returned)  # parsed into its model, or a documented error: never None


@given(st.data())
@CHEAP
def test_any_request_body_the_spec_allows_is_sent_as_given(server: LoopbackServer, data: st.DataObject) -> None:
    server.reset()
    with make_client(server.url) as client:
        for operation in WITH_BODIES:
            assert operation.body is not None
            body = data.draw(REQUESTS[operation.name], label=str(operation))
            assume(REQUEST_CHECKS[operation.name].is_valid(body))
            server.script(Reply(operation.success_status(), operation.success_example()))
            operation.call(client, body=to_python(body, operation.body))
            assert json.loads(server.requests[-1].body) == body
