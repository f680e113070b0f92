"""Every example in the spec fits its schema (codegen.spec_examples, which the regeneration runs first): parameter,
request, response and header examples; request examples strictly, refusing keys their schema does not name (a
property renamed in a schema but not in its examples), response examples leniently (a newer API adds fields)."""

from __future__ import annotations

import copy
from typing import Any

from codegen import spec_examples
from tests.support.spec import load_spec


def test_every_example_fits_its_schema() -> None:
    assert spec_examples.problems(load_spec()) == []


def start(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = next(
        op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == "start_recording"
    )
    return operation


def test_an_example_its_schema_refuses_is_named_wherever_it_is() -> None:
    spec = copy.deepcopy(load_spec())
    operation = start(spec)
    operation["requestBody"]["content"]["application/json"]["examples"]["minimal"]["value"]["meeting"] = "renamed"
    response = operation["responses"]["200"]["content"]["application/json"]["examples"]["reference"]["value"]
    response["success"] = "yes"
    spec["components"]["parameters"]["account_id"]["example"] = "x" * 33
    spec["components"]["responses"]["RateLimited"]["headers"]["Retry-After"]["example"] = -1

    found = spec_examples.problems(spec)  # the shared parameter and header: once per operation using them

    assert any(
        p.startswith("start_recording request example minimal (unknown keys refused): at (top): ")
        and "'meeting' was unexpected" in p
        for p in found
    )
    assert any(p.startswith("start_recording 200 example reference: at success: ") for p in found)
    assert any(p.startswith("start_recording parameter account_id example example: ") for p in found)
    assert any(p.startswith("start_recording 429 header Retry-After example example: ") for p in found)


def test_a_response_example_may_hold_fields_its_schema_does_not_name() -> None:
    spec = copy.deepcopy(load_spec())
    start(spec)["responses"]["200"]["content"]["application/json"]["examples"]["reference"]["value"]["data"][
        "new_field"
    ] = 1
    assert spec_examples.problems(spec) == []


def test_strictness_keeps_compositions_working() -> None:
    """unevaluatedProperties goes on the schema that composes allOf parts, not on each part (which would refuse
    the other parts' properties), and on every nested object."""
    schema = {"allOf": [{"properties": {"a": {}}}, {"properties": {"b": {"type": "object", "properties": {}}}}]}
    strict = spec_examples.strict(schema)
    assert strict["unevaluatedProperties"] is False and "unevaluatedProperties" not in strict["allOf"][0]
    assert strict["allOf"][1]["properties"]["b"]["unevaluatedProperties"] is False
