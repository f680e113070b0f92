"""Load the OpenAPI fragment and validate instances against its schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses)."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from codegen import spec as raw_spec
from tests.support.project import ROOT

SPEC_PATH = ROOT / "openapi" / "realtimekit-recordings.yaml"


@cache
def load_spec() -> dict[str, Any]:
    return raw_spec.load(SPEC_PATH)  # as the generation code reads it (libyaml's parser when there is one)


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for `schema` whose `#/components/...` references resolve inside the spec."""
    return Draft202012Validator(
        {**schema, "components": load_spec()["components"]},
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def schema_ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def operation(operation_id: str) -> dict[str, Any]:
    for path_item in load_spec()["paths"].values():
        for method, op in path_item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return {**op, "method": method}
    raise KeyError(operation_id)


def example(operation_id: str, where: str, name: str = "reference") -> Any:
    """An example from the spec: where is 'request' or a response status such as '200' or '404'. A fresh copy:
    the caller may change it (the spec is loaded once per run, and shared)."""
    op = operation(operation_id)
    content = op["requestBody"]["content"] if where == "request" else op["responses"][where]["content"]
    return copy.deepcopy(content["application/json"]["examples"][name]["value"])
