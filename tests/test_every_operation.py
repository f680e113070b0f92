"""The production behaviour, for every operation the spec holds (tests/operation_cases.py reads them from the spec,
imports each generated module by operationId and builds valid arguments from the spec's examples): what is sent
(path, query by style/explode, body), errors, retries by the operation's retry policy, path safety, every
parameter's bounds, no leaks; sync and async. Adding an operation to the spec adds its cases here."""

from __future__ import annotations

import re
import typing
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from realtimekit_client import errors

from support.client import RecordedSleeps, make_client
from support.ids import TOKEN
from support.local_server import LocalServer, Scripted
from support.operation_cases import OPERATIONS, Operation, Raw, sent_query, spec_facts

VARIANTS = ["sync", "asyncio"]


async def call(operation: Operation, variant: str, server: LocalServer, *, overrides: dict[str, Any] | None = None,
               sleeps: RecordedSleeps | None = None, **settings: Any) -> Any:  # fmt: skip
    positional, keyword = operation.arguments(**(overrides or {}))
    function = getattr(operation.module, variant)
    if variant.startswith("asyncio"):
        async with make_client(server.url, sleeps=sleeps, **settings) as client:
            return await function(*positional, client=client, **keyword)
    with make_client(server.url, sleeps=sleeps, **settings) as client:
        return function(*positional, client=client, **keyword)


def ok(operation: Operation) -> Scripted:
    return Scripted(operation.success_status(), operation.success_example())


def test_the_spec_has_operations_and_each_has_a_generated_module() -> None:
    assert len(OPERATIONS) >= 2
    for operation in OPERATIONS:
        for variant in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(operation.module, variant)), f"{operation}: no {variant}"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_sends_what_the_spec_says_and_parses_the_answer(
    server: LocalServer, operation: Operation, variant: str
) -> None:
    server.script(ok(operation))
    result = await call(operation, variant, server)

    returned = typing.get_type_hints(operation.module.sync)["return"]
    assert isinstance(result, returned)
    (sent,) = server.requests
    url = urlsplit(sent.path)
    assert sent.method == operation.method
    assert url.path == operation.expected_path()
    assert parse_qs(url.query, keep_blank_values=True) == sent_query(operation, operation.parameter_values())
    body = operation.request_example()
    assert (sent.json() if sent.body else None) == body
    assert "retry_safe" not in sent.headers and b"retry_safe" not in sent.body


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 500, 503, 522])
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_every_non_2xx_raises_its_status_error(server: LocalServer, operation: Operation, status: int) -> None:
    body = {"success": False, "errors": [{"code": 1000 + status, "message": f"refused with {status}"}]}
    for variant in VARIANTS:
        server.script(Scripted(status, body))
        with pytest.raises(errors.APIStatusError) as caught:
            await call(operation, variant, server, max_retries=0)
        assert caught.value.status_code == status
        assert caught.value.error_message == f"refused with {status}"
    assert len(server.requests) == 2


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_5xx_is_retried_only_when_the_operation_is_safe(
    server: LocalServer, operation: Operation, variant: str
) -> None:
    server.script(Scripted(503, {}), ok(operation))
    if operation.retry_safe:
        await call(operation, variant, server)
        assert len(server.requests) == 2
    else:
        with pytest.raises(errors.InternalServerError):
            await call(operation, variant, server)
        assert len(server.requests) == 1, "an unsafe operation was repeated after the server may have acted"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_read_timeout_is_retried_only_when_the_operation_is_safe(
    server: LocalServer, operation: Operation, variant: str
) -> None:
    slow = Scripted(operation.success_status(), operation.success_example(), delay=0.4)
    server.script(slow, ok(operation))
    if operation.retry_safe:
        await call(operation, variant, server, timeout=httpx.Timeout(0.15))
        assert len(server.requests) == 2
    else:
        with pytest.raises(errors.APITimeoutError):
            await call(operation, variant, server, timeout=httpx.Timeout(0.15))
        assert len(server.requests) == 1, "an unsafe operation was repeated after a read timeout"


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_429_is_retried_whatever_the_policy(server: LocalServer, operation: Operation) -> None:
    server.script(Scripted(429, {}, headers={"Retry-After": "3"}), ok(operation))
    sleeps = RecordedSleeps()
    await call(operation, "sync", server, sleeps=sleeps)
    assert len(server.requests) == 2 and sleeps == [3.0]


PATH_PARAMETERS = [(o, p["name"]) for o in OPERATIONS for p in o.parameters if p["in"] == "path"]


@pytest.mark.parametrize(("operation", "name"), PATH_PARAMETERS, ids=lambda v: str(v))
@pytest.mark.parametrize("bad", ["..", ".", "%2e%2E"])
async def test_dot_segment_path_parameters_are_refused(
    server: LocalServer, operation: Operation, name: str, bad: str
) -> None:
    for variant in VARIANTS:
        with pytest.raises(ValueError, match=name):
            await call(operation, variant, server, overrides={name: Raw(bad)})  # Raw: also where a UUID is typed
    assert server.requests == []


def violations(schema_rules: dict[str, Any], valid: Any) -> list[tuple[str, Any]]:
    """(rule, a value breaking it) for each rule the spec gives a parameter."""
    found: list[tuple[str, Any]] = []
    if "minLength" in schema_rules:
        found.append(("minLength", "x" * (schema_rules["minLength"] - 1)))
    if "maxLength" in schema_rules:
        found.append(("maxLength", "x" * (schema_rules["maxLength"] + 1)))
    if "pattern" in schema_rules:
        candidates = ["", " ", "!", "x" * 300, "\u00e9"]
        found += [("pattern", c) for c in candidates if not re.search(schema_rules["pattern"], c)][:1]
    for rule, delta in (("minimum", -1), ("maximum", 1), ("exclusiveMinimum", 0), ("exclusiveMaximum", 0)):
        if rule in schema_rules:
            found.append((rule, schema_rules[rule] + delta))
    if "enum" in schema_rules:
        found.append(("enum", "NOT_A_LISTED_VALUE"))
    item = valid[0] if isinstance(valid, list) and valid else None
    if "minItems" in schema_rules and schema_rules["minItems"] > 0:
        found.append(("minItems", []))
    if "maxItems" in schema_rules:
        found.append(("maxItems", [item] * (schema_rules["maxItems"] + 1)))
    if schema_rules.get("uniqueItems"):
        found.append(("uniqueItems", [item, item]))
    if "items" in schema_rules:
        found += [(f"items.{rule}", [bad]) for rule, bad in violations(schema_rules["items"], item)]
    return found


def boundaries(schema_rules: dict[str, Any]) -> list[tuple[str, Any]]:
    """(rule, the value on its edge), which must be accepted and sent."""
    found: list[tuple[str, Any]] = []
    if "minLength" in schema_rules and "pattern" not in schema_rules and schema_rules["minLength"] > 0:
        found.append(("minLength", "x" * schema_rules["minLength"]))
    if "maxLength" in schema_rules and "pattern" not in schema_rules:
        found.append(("maxLength", "x" * schema_rules["maxLength"]))
    found += [(rule, schema_rules[rule]) for rule in ("minimum", "maximum") if rule in schema_rules]
    return found


BOUNDED = [(o, p, spec_facts.rules(p.get("schema") or {})) for o in OPERATIONS for p in o.parameters]
VIOLATIONS = [
    pytest.param(o, p["name"], bad, id=f"{o}-{p['name']}-{rule}")
    for o, p, r in BOUNDED
    for rule, bad in violations(r, o.parameter_values()[p["name"]])
]
BOUNDARIES = [
    pytest.param(o, p["name"], edge, id=f"{o}-{p['name']}-{rule}")
    for o, p, r in BOUNDED
    for rule, edge in boundaries(r)
]


def test_every_bounded_parameter_has_cases() -> None:
    """A parameter with rules in the spec gets a violation case for each rule (a vacuous list would pass silently)."""
    named = {(str(case.values[0]), case.values[1]) for case in VIOLATIONS}
    assert named == {(str(o), p["name"]) for o, p, r in BOUNDED if r}


@pytest.mark.parametrize(("operation", "name", "bad"), VIOLATIONS)
async def test_a_parameter_out_of_the_spec_bounds_is_refused_before_sending(
    server: LocalServer, operation: Operation, name: str, bad: Any
) -> None:
    for variant in VARIANTS:
        with pytest.raises(ValueError, match=re.escape(name)):
            await call(operation, variant, server, overrides={name: bad})
    assert server.requests == []


@pytest.mark.parametrize(("operation", "name", "edge"), BOUNDARIES)
async def test_a_parameter_on_the_edge_of_its_bounds_is_sent(
    server: LocalServer, operation: Operation, name: str, edge: Any
) -> None:
    server.script(ok(operation))
    await call(operation, "sync", server, overrides={name: edge})
    (sent,) = server.requests
    values = {**operation.parameter_values(), name: edge}
    url = urlsplit(sent.path)
    assert url.path == operation.expected_path(**values)
    assert parse_qs(url.query, keep_blank_values=True) == sent_query(operation, values)


def credential_values(schema: Any, instance: Any) -> list[str]:
    """The values of credential fields (`format: password` or `writeOnly`) in an instance of a resolved schema."""
    found: list[str] = []
    if not isinstance(schema, dict):
        return found
    for part in [schema, *schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]:
        if isinstance(instance, dict):
            for key, sub in (part.get("properties") or {}).items():
                if key in instance:
                    credential = isinstance(sub, dict) and (sub.get("format") == "password" or sub.get("writeOnly"))
                    if credential and instance[key] != key:  # the reference example's placeholders are the names
                        found.append(str(instance[key]))
                    found += credential_values(sub, instance[key])
        if isinstance(instance, list) and isinstance(part.get("items"), dict):
            for item in instance:
                found += credential_values(part["items"], item)
    return found


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_no_token_or_credential_in_reprs_or_errors(server: LocalServer, operation: Operation) -> None:
    success = next(r for s, r in operation.responses().items() if s.startswith("2"))
    schema = success["content"]["application/json"]["schema"]
    secrets = [TOKEN, *credential_values(schema, operation.success_example())]
    server.script(ok(operation), Scripted(401, {"success": False, "errors": [{"code": 10000, "message": "no"}]}))

    detailed = await call(operation, "sync_detailed", server)
    with pytest.raises(errors.AuthenticationError) as caught:
        await call(operation, "asyncio", server, max_retries=0)
    # Not repr(detailed): Response's repr shows the raw body (content), credentials included (reported, issue 11's).
    for text in (repr(detailed.parsed), str(detailed.parsed), repr(caught.value), str(caught.value)):
        for secret in secrets:
            assert secret not in text
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
