"""What every contender sends and the server answers, read from the spec: the ids (the path parameters'
examples), both operations' paths, the POST body (the "full" request example) and the 200 bodies (the
"reference" examples, the API reference page's)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import yaml

from . import ROOT

SPEC = ROOT / "openapi" / "realtimekit-recordings.yaml"
TOKEN = "bench-token-not-a-secret-0123456789abcdef"


@dataclass(frozen=True)
class Operation:
    operation_id: str  # also the api module's name: <package>.api.<tag>.<operation_id>
    tag: str
    method: str
    path: str  # relative to the base URL, the ids filled in
    response: bytes  # the 200 "reference" example, compact JSON as the API sends it
    response_model: str  # the 200 body's schema name, also the model's class name

    @property
    def module(self) -> str:
        return f"api.{self.tag}.{self.operation_id}"


@dataclass(frozen=True)
class Workload:
    ids: dict[str, str]  # account_id, app_id, meeting_id
    get: Operation  # get_active_recording
    post: Operation  # start_recording
    request_model: str  # the POST body's schema name
    request_body: dict[str, Any]

    def routes(self) -> dict[str, str]:
        """The server's routes: the bytes served are the bytes the parse measurement decodes."""
        return {f"{op.method} {op.path}": op.response.decode() for op in (self.get, self.post)}


def schema_name(content: dict[str, Any]) -> str:
    ref: str = content["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def load() -> Workload:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    ids = {name: str(param["example"]) for name, param in spec["components"]["parameters"].items()}
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for template, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = (template, method, op)

    def operation(operation_id: str) -> Operation:
        template, method, op = found[operation_id]
        content = op["responses"]["200"]["content"]
        example = content["application/json"]["examples"]["reference"]["value"]
        return Operation(
            operation_id=operation_id,
            tag=op["tags"][0],
            method=method.upper(),
            path=template.format(**ids),
            response=json.dumps(example, separators=(",", ":")).encode(),
            response_model=schema_name(content),
        )

    request = found["start_recording"][2]["requestBody"]["content"]
    return Workload(
        ids={name: ids[name] for name in ("account_id", "app_id", "meeting_id")},
        get=operation("get_active_recording"),
        post=operation("start_recording"),
        request_model=schema_name(request),
        request_body=request["application/json"]["examples"]["full"]["value"],
    )
