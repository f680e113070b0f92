"""The inline OpenAPI 3.1 spec the functional tests generate a package from.

It reaches what openapi/realtimekit-recordings.yaml does not: query parameters (bounded integers and strings, an
enum array exploded, arrays not exploded in each query style), header and cookie parameters, two 2xx responses
with different bodies, a multipart/form-data body, bounded path parameters, and an allOf of a referenced schema
plus inline fields with bounds in both parts (and exclusive bounds) and a writeOnly credential.

A dict, so a test reads the bounds it checks next to the operation; functional_package.py writes it out as JSON.
"""

from __future__ import annotations

from typing import Any

PROJECT_NAME = "functional-fixture-client"
PACKAGE_NAME = "functional_fixture_client"

_JSON = "application/json"


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {_JSON: {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _not_exploded(name: str, style: str, items: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "style": style, "explode": False, "schema": {"type": "array", "items": items}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Functional fixture", "version": "0.0.1"},
    "servers": [{"url": "https://api.cloudflare.com/client/v4"}],
    "security": [{"bearer": []}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "list_items",
                "tags": ["items"],
                "parameters": [
                    {"name": "page_no", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                    {
                        "name": "status",
                        "in": "query",
                        "style": "form",
                        "explode": True,
                        "schema": {"type": "array", "items": _ref("ItemStatus"), "maxItems": 3},
                    },
                    _not_exploded("tags", "form", {"type": "string"}),
                    _not_exploded("states", "pipeDelimited", _ref("ItemStatus")),
                    _not_exploded("words", "spaceDelimited", {"type": "string"}),
                    {"name": "search", "in": "query", "schema": {"type": "string", "minLength": 2, "maxLength": 20}},
                    {"name": "X-Request-Id", "in": "header", "required": True, "schema": {"type": "string"}},
                    {
                        "name": "X-Trace-Depth",
                        "in": "header",
                        "schema": {"type": "integer", "minimum": 0, "maximum": 5},
                    },
                    {"name": "session", "in": "cookie", "schema": {"type": "string", "maxLength": 12}},
                ],
                "responses": {"200": _json(_ref("ItemList"))},
            },
            "post": {
                "operationId": "create_item",
                "tags": ["items"],
                "parameters": [
                    {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string", "maxLength": 16}},
                ],
                "requestBody": {"required": True, "content": {_JSON: {"schema": _ref("ItemCreate")}}},
                "responses": {
                    "200": _json(_ref("Item"), "The item already existed"),
                    "202": _json(_ref("Job"), "Creation queued"),
                },
            },
        },
        "/items/{item_id}/versions/{version}": {
            "get": {
                "operationId": "get_item_version",
                "tags": ["items"],
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "maxLength": 8, "pattern": "^[a-z0-9-]+$"},
                    },
                    {"name": "version", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}},
                ],
                "responses": {"200": _json(_ref("Item"))},
            },
        },
        "/items/{item_id}/attachments": {
            "post": {
                "operationId": "upload_attachment",
                "tags": ["items"],
                "parameters": [
                    {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"multipart/form-data": {"schema": _ref("AttachmentUpload")}},
                },
                "responses": {"201": _json(_ref("Attachment"), "Uploaded")},
            },
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "ItemStatus": {"type": "string", "enum": ["queued", "running", "done"]},
            "ItemBase": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 10},
                    "priority": {"type": "integer", "minimum": 0, "maximum": 9},
                },
            },
            "ItemCreate": {
                "allOf": [
                    _ref("ItemBase"),
                    {
                        "type": "object",
                        "required": ["quantity"],
                        "properties": {
                            "quantity": {"type": "integer", "minimum": 1, "maximum": 50},
                            "note": {"type": "string", "minLength": 3},
                            "ratio": {"type": "number", "minimum": 0.5, "maximum": 2.5},
                            # Narrows ItemBase's priority (0..9): allOf means a value must satisfy both parts.
                            "priority": {"type": "integer", "maximum": 5},
                            "score": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 100},
                            # A credential by writeOnly alone (the project's spec marks its own with a format too).
                            "api_key": {"type": "string", "writeOnly": True},
                        },
                    },
                ],
            },
            "Item": {
                "type": "object",
                "required": ["id", "name", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "status": _ref("ItemStatus"),
                    "version": {"type": "integer"},
                },
            },
            "ItemList": {
                "type": "object",
                "required": ["items", "page_no"],
                "properties": {
                    "items": {"type": "array", "items": _ref("Item")},
                    "page_no": {"type": "integer"},
                },
            },
            "Job": {
                "type": "object",
                "required": ["job_id"],
                "properties": {"job_id": {"type": "string"}, "eta_seconds": {"type": "integer"}},
            },
            "AttachmentUpload": {
                "type": "object",
                "required": ["file", "caption"],
                "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "caption": {"type": "string", "maxLength": 10},
                    "position": {"type": "integer", "minimum": 0},
                },
            },
            "Attachment": {
                "type": "object",
                "required": ["id", "size"],
                "properties": {"id": {"type": "string"}, "size": {"type": "integer"}, "caption": {"type": "string"}},
            },
        },
    },
}
