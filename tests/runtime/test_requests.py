"""What a call sends, for every operation the spec holds: the method, the path with each parameter percent-encoded
as one segment, the query, the body exactly as the caller set it and no header beyond the client's own; and what
it refuses before sending: an unsafe path segment, and for every parameter and every body field (nested models
and union members included) a value of the wrong type or out of the bounds its spec node gives, naming its place.
A value on the edge of its bounds is sent."""

from __future__ import annotations

import math
import re
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from codegen import spec as raw_spec
from realtimekit_client import _spec, errors
from tests.support.client import make_client
from tests.support.ids import TOKEN
from tests.support.operation_cases import (
    OPERATIONS,
    VARIANTS,
    Operation,
    Raw,
    model_class,
    sent_query,
    to_python,
    value_for,
)
from tests.support.spec import load_spec
from tools.loopback import LoopbackServer, Reply

# Every header a request carries: httpx's own, the client's, and the body's.
CLIENT_HEADERS = {"host", "accept", "connection", "user-agent", "accept-encoding", "authorization"}
BODY_HEADERS = {"content-length", "content-type"}


def ok(operation: Operation) -> Reply:
    return Reply(operation.success_status(), operation.success_example())


def test_every_operation_in_the_spec_has_its_generated_functions() -> None:
    assert len(OPERATIONS) == len(list(raw_spec.operations(load_spec()))) >= 2
    for operation in OPERATIONS:
        for variant in VARIANTS:
            assert callable(getattr(operation.module, variant)), f"{operation}: no {variant}"


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_sends_what_the_spec_says_and_parses_the_answer(server: LoopbackServer, operation: Operation) -> None:
    returned = typing.get_type_hints(operation.module.sync)["return"]
    async with make_client(server.url) as client:
        for variant in VARIANTS:
            server.script(ok(operation))
            result = await operation.run(client, variant)
            parsed = result.parsed if variant.endswith("_detailed") else result
            assert isinstance(parsed, returned), variant
    for sent in server.requests:
        url = urlsplit(sent.target)
        assert sent.method == operation.method
        assert url.path == operation.expected_path()
        assert parse_qs(url.query, keep_blank_values=True) == sent_query(operation, operation.parameter_values())
        assert (sent.json() if sent.body else None) == operation.request_example()
        assert sent.headers["authorization"] == f"Bearer {TOKEN}"
        assert sent.headers["accept-encoding"] == "gzip, deflate"  # the codings the client decodes itself
        expected_headers = CLIENT_HEADERS | (BODY_HEADERS if operation.body is not None else set())
        assert set(sent.headers) == expected_headers  # nothing of the spec data (retry policy, ...) leaks
        if operation.body is not None:
            assert sent.headers["content-type"] == "application/json"


REQUEST_EXAMPLES = [
    pytest.param(operation, name, id=f"{operation}-{name}")
    for operation in OPERATIONS
    for name in (operation.raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("examples"))
    or {}
]


@pytest.mark.parametrize(("operation", "name"), REQUEST_EXAMPLES)
def test_each_request_example_is_sent_exactly_as_written(
    server: LoopbackServer, operation: Operation, name: str
) -> None:
    """Built from the example's JSON, the body sends that JSON: nothing the caller did not set (no defaults)."""
    assert operation.body is not None
    written = operation.request_example(name)
    server.script(ok(operation))
    with make_client(server.url) as client:
        operation.call(client, body=to_python(written, operation.body))
    (sent,) = server.requests
    assert sent.json() == written


PATH_PARAMETERS = [
    pytest.param(operation, parameter.name, id=f"{operation}-{parameter.name}")
    for operation in OPERATIONS
    for parameter in operation.parameters
    if parameter.where == "path"
]
ENCODED = [
    ("a/b", "a%2Fb"),
    ("with space", "with%20space"),
    ("q?x=1#f", "q%3Fx%3D1%23f"),
    ("...", "..."),  # three dots is a name, not a dot segment
    ("%2e%2e%2f", "%252e%252e%252f"),  # the percent sign itself is encoded
    ("ünï", "%C3%BCn%C3%AF"),
]


@pytest.mark.parametrize(("operation", "name"), PATH_PARAMETERS)
def test_path_parameters_are_percent_encoded_as_one_segment(
    server: LoopbackServer, operation: Operation, name: str
) -> None:
    server.script(*[ok(operation)] * len(ENCODED))
    with make_client(server.url) as client:
        for value, _ in ENCODED:
            operation.call(client, **{name: Raw(value)})
    sent = [urlsplit(request.target).path for request in server.requests]
    assert sent == [operation.expected_path(**{name: Raw(value)}) for value, _ in ENCODED]
    for path, (_, encoded) in zip(sent, ENCODED, strict=True):
        assert f"/{encoded}/" in f"{path}/"  # as written out above, not only as urllib quotes it


@pytest.mark.parametrize(("operation", "name"), PATH_PARAMETERS)
async def test_empty_and_dot_segments_are_refused_before_sending(
    server: LoopbackServer, operation: Operation, name: str
) -> None:
    async with make_client(server.url) as client:
        for bad in ["", ".", "..", "%2e", "%2E%2e", ".%2e", "%2e."]:
            for variant in VARIANTS:
                with pytest.raises(errors.InvalidValueError) as caught:
                    await operation.run(client, variant, **{name: Raw(bad)})
                assert caught.value.path == name and name in str(caught.value), (bad, variant)
    assert server.requests == []


# --- every parameter and body field against its spec node -------------------------------------------------


@dataclass(frozen=True)
class Step:
    model: str  # the class holding the field
    name: str  # its Python name
    wire: str  # its JSON name
    listed: bool  # the field holds a list of the next model (the path goes through its first item)


@dataclass(frozen=True)
class Place:
    """Where a request holds a value: a parameter, or a body field at any depth."""

    operation: Operation
    parameter: str | None
    steps: tuple[Step, ...]
    node: Mapping[str, Any]

    @property
    def path(self) -> str:
        """The place as InvalidValueError names it."""
        if self.parameter is not None:
            return self.parameter
        text = "body"
        for step in self.steps:
            text += f".{step.wire}" + ("[0]" if step.listed and step is not self.steps[-1] else "")
        return text

    def __str__(self) -> str:
        inside = "".join(f".{step.model}.{step.name}" for step in self.steps)
        return f"{self.operation}-{self.parameter or 'body'}{inside}"

    def overrides(self, value: Any) -> dict[str, Any]:
        """Arguments for Operation.call with `value` at this place and valid values everywhere else."""
        if self.parameter is not None:
            return {self.parameter: Raw(value)}
        assert self.operation.body is not None and self.operation.body["type"] == "model"
        body = parent = minimal(self.operation.body["class"])
        for step, inner in zip(self.steps, self.steps[1:], strict=False):
            child = minimal(inner.model)
            setattr(parent, step.name, [child] if step.listed else child)
            parent = child
        setattr(parent, self.steps[-1].name, value)
        return {"body": body}

    def in_body(self, request_json: Any) -> Any:
        """The value this body field sent."""
        value = request_json
        for step in self.steps:
            value = value[step.wire]
            if step.listed and step is not self.steps[-1]:
                value = value[0]
        return value


def minimal(model: str) -> Any:
    """An instance of a model with only its required fields, each valid."""
    entry = _spec.MODELS[model]
    cls = model_class(model)
    instance = cls(
        **{name: to_python(value_for(node), node) for name, _, required, node in entry["fields"] if required}
    )
    return instance


def model_members(node: Mapping[str, Any]) -> Iterator[tuple[str, bool]]:
    """(model class, listed) for each model a field's node may hold."""
    if node["type"] == "model":
        yield node["class"], False
    elif node["type"] == "union":
        for member in node["of"]:
            yield from model_members(member)
    elif node["type"] == "list":
        for model, _ in model_members(node["items"]):
            yield model, True


def body_places(operation: Operation, model: str, steps: tuple[Step, ...] = ()) -> Iterator[Place]:
    for name, wire, _, node in _spec.MODELS[model]["fields"]:
        here = (*steps, Step(model, name, wire, False))
        yield Place(operation, None, here, node)
        for inner, listed in model_members(node):
            if inner not in {step.model for step in here}:  # a model that holds itself: once is enough
                yield from body_places(operation, inner, (*steps, Step(model, name, wire, listed)))


def all_places() -> list[Place]:
    places = []
    for operation in OPERATIONS:
        places += [Place(operation, p.name, (), p.node) for p in operation.parameters]
        if operation.body is not None:
            for model, _ in model_members(operation.body):
                places += body_places(operation, model)
    return places


PLACES = all_places()
NOT_A_LISTED_VALUE = "NOT_A_LISTED_VALUE"


def wrong_type(node: Mapping[str, Any]) -> Any:
    """A value of a type the node does not take (a sharp one: a bool for an int, NaN for a number, the JSON
    form of a model, an enum's plain string)."""
    kind = node["type"]
    if kind == "enum":
        return next(iter(model_class(node["class"]))).value
    return {
        "str": 12345,
        "int": True,
        "float": math.nan,
        "bool": 1,
        "uuid": "not-a-uuid",
        "datetime": "2026-03-02T09:15:04",
        "date": "2026-03-02",
        "model": value_for(node) if kind == "model" else None,
        "list": "x",
        "const": 12345,
        "none": "x",
    }.get(kind, object())  # a union or `any`: a value JSON cannot carry


def violations(node: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(rule, a value that breaks it) for the type and each keyword the node gives."""
    found: list[tuple[str, Any]] = [("type", wrong_type(node))]
    for keywords in (node, *node.get("allOf", ())):
        if keywords.get("minLength", 0) > 0:
            found.append(("minLength", "x" * (keywords["minLength"] - 1)))
        if "maxLength" in keywords:
            found.append(("maxLength", "x" * (keywords["maxLength"] + 1)))
        if "pattern" in keywords:
            candidates = ["", " ", "!", "x" * 300, "\u00e9"]
            found += [("pattern", c) for c in candidates if not re.search(keywords["pattern"], c)][:1]
        for rule, delta in (("minimum", -1), ("maximum", 1), ("exclusiveMinimum", 0), ("exclusiveMaximum", 0)):
            if rule in keywords:
                found.append((rule, keywords[rule] + delta))
        if "multipleOf" in keywords:
            found.append(("multipleOf", keywords["multipleOf"] * 1.5))
        if "enum" in keywords:
            found.append(("enum", NOT_A_LISTED_VALUE))
        if "minItems" in keywords and keywords["minItems"] > 0:
            found.append(("minItems", []))
        if "maxItems" in keywords or keywords.get("uniqueItems"):
            item = to_python(value_for(node["items"]), node["items"])
            if "maxItems" in keywords:
                found.append(("maxItems", [item] * (keywords["maxItems"] + 1)))
            if keywords.get("uniqueItems"):
                found.append(("uniqueItems", [item, item]))
    if node["type"] == "enum":
        found.append(("unlisted member", model_class(node["class"])(NOT_A_LISTED_VALUE)))
    if node["type"] == "const":
        found.append(("const", f"not {node['const']}"))
    if node["type"] == "list":
        found += [(f"items.{rule}", [bad]) for rule, bad in violations(node["items"])]
    return found


def edges(node: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(rule, the value on its edge), which must be accepted and sent."""
    found: list[tuple[str, Any]] = []
    if node.get("minLength", 0) > 0 and "pattern" not in node:
        found.append(("minLength", "x" * node["minLength"]))
    if "maxLength" in node and "pattern" not in node:
        found.append(("maxLength", "x" * node["maxLength"]))
    found += [(rule, node[rule]) for rule in ("minimum", "maximum") if rule in node]
    return found


VIOLATION_CASES = [(place, rule, bad) for place in PLACES for rule, bad in violations(place.node)]
VIOLATIONS = [pytest.param(place, bad, id=f"{place}-{rule}") for place, rule, bad in VIOLATION_CASES]
EDGES = [pytest.param(place, edge, id=f"{place}-{rule}") for place in PLACES for rule, edge in edges(place.node)]


def test_every_rule_in_the_spec_data_has_a_case() -> None:
    """Control: each parameter and body field with a keyword gets a violation case for it, and the walk reaches
    the nested models (a vacuous list would pass silently)."""
    paths = {place.path for place in PLACES}
    assert {"account_id", "body.meeting_id", "body.video_config.watermark.size.width"} <= paths
    assert {"body.storage_config.access_key", "body.storage_config.private_key"} <= paths  # union members
    rules = {(str(place), rule) for place, rule, _ in VIOLATION_CASES}
    for place in PLACES:
        for keyword in ("minLength", "maxLength", "minimum", "maximum"):
            if keyword in place.node:
                assert (str(place), keyword) in rules, (str(place), keyword)


@pytest.mark.parametrize(("place", "bad"), VIOLATIONS)
def test_a_value_the_spec_does_not_allow_is_refused_before_sending(
    server: LoopbackServer, place: Place, bad: Any
) -> None:
    with make_client(server.url) as client, pytest.raises(errors.InvalidValueError) as caught:
        place.operation.call(client, **place.overrides(bad))
    assert caught.value.path == place.path
    assert str(caught.value).startswith(place.path) and "nothing was sent" in str(caught.value)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, TypeError)
    assert server.requests == []


def test_a_refusal_says_what_is_wrong(server: LoopbackServer) -> None:
    cases = {
        "body.max_seconds": (59, "body.max_seconds must be >= 60, got 59; nothing was sent"),
        "body.video_config.watermark.size.width": (0, "body.video_config.watermark.size.width must be >= 1, got 0"),
        "account_id": ("x" * 33, "account_id must be at most 32 characters long, got 33"),
        "body.audio_config.codec": ("MP3", "AudioCodec member ('AAC', 'MP3'), got a string 'MP3'"),
    }
    with make_client(server.url) as client:
        for path, (bad, message) in cases.items():
            place = next(place for place in PLACES if place.path == path)
            with pytest.raises(errors.InvalidValueError) as caught:
                place.operation.call(client, **place.overrides(bad))
            assert str(caught.value).startswith(path) and message in str(caught.value)
    assert server.requests == []


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_refusal_comes_from_every_variant(server: LoopbackServer, operation: Operation) -> None:
    (place, *_) = [place for place in PLACES if place.operation is operation]
    async with make_client(server.url) as client:
        for variant in VARIANTS:
            with pytest.raises(errors.InvalidValueError) as caught:
                await operation.run(client, variant, **place.overrides(wrong_type(place.node)))
            assert caught.value.path == place.path
    assert server.requests == []


@pytest.mark.parametrize("operation", [o for o in OPERATIONS if o.body is not None], ids=str)
def test_a_required_body_that_is_missing_or_not_a_model_is_refused(
    server: LoopbackServer, operation: Operation
) -> None:
    with make_client(server.url) as client:
        for body in (None, operation.request_example()):  # None, or the JSON where the model is expected
            with pytest.raises(errors.InvalidValueError) as caught:
                operation.call(client, body=body)
            assert caught.value.path == "body"
    assert server.requests == []


@pytest.mark.parametrize(("place", "edge"), EDGES)
def test_a_value_on_the_edge_of_its_bounds_is_sent(server: LoopbackServer, place: Place, edge: Any) -> None:
    server.script(ok(place.operation))
    with make_client(server.url) as client:
        place.operation.call(client, **place.overrides(edge))
    (sent,) = server.requests
    url = urlsplit(sent.target)
    if place.parameter is not None:
        assert url.path == place.operation.expected_path(**{place.parameter: edge})
        assert parse_qs(url.query) == sent_query(
            place.operation, {**place.operation.parameter_values(), place.parameter: edge}
        )
    else:
        assert place.in_body(sent.json()) == edge
