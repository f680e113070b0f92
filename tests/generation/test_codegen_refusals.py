"""What the generation code refuses in a spec, before anything is written: a request property with a `default:`
(the generated model would send it when the caller did not set it), a query parameter style the runtime cannot
encode, a retry policy it does not know. Each on a small inline spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from codegen.spec import SpecError
from tests.generation.functional_package import generate_inline

PACKAGE = "refusal_client"
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Refusals", "version": "0.0.1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "make_thing",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {"200": {"description": "OK"}},
            },
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["count"],
                "properties": {"count": {"type": "integer"}, "colour": {"$ref": "#/components/schemas/Colour"}},
            },
            "Colour": {"type": "string", "enum": ["red", "blue"]},
        },
    },
}


def refusal(tmp_path: Path, spec: dict[str, Any]) -> str:
    with pytest.raises(SpecError) as refused:
        generate_inline(spec, tmp_path, package=PACKAGE)
    assert not (tmp_path / PACKAGE.replace("_", "-")).exists()  # nothing written
    return str(refused.value)


def test_the_spec_without_the_refused_parts_generates(tmp_path: Path) -> None:
    """The control: each refusal below comes from the one part its test adds."""
    assert (generate_inline(SPEC, tmp_path, package=PACKAGE) / "_spec.py").is_file()


@pytest.mark.parametrize(
    ("where", "schema"),
    [
        ("label", {"type": "string", "default": "hello"}),
        ("count", {"type": "integer", "default": 5}),  # required: the generator made 5 its Python default
    ],
    ids=["optional", "required"],
)
def test_a_request_property_with_a_default_is_refused(tmp_path: Path, where: str, schema: dict[str, Any]) -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Thing"]["properties"][where] = schema

    message = refusal(tmp_path, spec)

    assert message.startswith(f"schema Thing: property {where} has a default (")
    assert "would send it whenever the caller does not set it" in message


def test_an_unsupported_query_style_is_refused(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/things"]["post"]["parameters"] = [
        {
            "name": "filter",
            "in": "query",
            "style": "deepObject",
            "explode": True,
            "schema": {"type": "object", "properties": {"colour": {"type": "string"}}},
        }
    ]

    assert (
        refusal(tmp_path, spec)
        == "make_thing: query parameter filter: style deepObject with explode True is not supported"
    )


def test_an_unknown_retry_policy_is_refused(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/things"]["post"]["x-realtimekit-retry"] = "idempotent"

    assert refusal(tmp_path, spec) == (
        "make_thing: x-realtimekit-retry is 'idempotent'; it must be one of ('safe', 'unsafe')"
    )
