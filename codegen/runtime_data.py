"""The spec data module (`<package>/_spec.py`): what the runtime needs to know of the spec, as plain data.

Names and types come from the generator's parsed model (GeneratorData: its models, properties and endpoints),
so they are the generated code's own; the raw spec (codegen.spec) adds only what that model does not keep:
schema keywords, credential fields, parameter styles and each operation's retry policy.

    SERVERS          the spec's server URLs (the first is the client's default base_url)
    MODELS           class name -> {"fields": ((python name, wire name, required, node), ...),
                                    "additional": node or None, "credentials": (python names, ...)}
    OPERATIONS       endpoint name -> {"method", "retry": "safe" | "unsafe",
                                       "parameters": ((python name, wire name, in, required, node), ...),
                                       "body": {"required", "node"} or None, "delimiters": {wire name: sep}}
    CREDENTIAL_KEYS  the wire names of credential fields (`format: password` or `writeOnly`)

A node is a dict: "type" (str, int, float, bool, none, any, uuid, datetime, date, file, enum, const, model,
list, union), what the type needs ("class": the enum or model class, "const", "items", "of"), the schema's checked
keywords, and "allOf": the keywords of further allOf parts that bound the same value.
"""

from __future__ import annotations

import pprint
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

from . import spec as raw_spec
from .spec import SpecError

# The JSON Schema keywords the runtime's rule engine checks.
CHECKED_KEYWORDS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "enum",
    "minItems",
    "maxItems",
    "uniqueItems",
)
SCALARS = {
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "NoneProperty": "none",
    "AnyProperty": "any",
    "UuidProperty": "uuid",
    "DateTimeProperty": "datetime",
    "DateProperty": "date",
    "FileProperty": "file",
}
# The JSON type each kind of node is written as, to pair a union's members with the spec's.
JSON_TYPES = {
    "str": "string",
    "uuid": "string",
    "datetime": "string",
    "date": "string",
    "file": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "none": "null",
    "list": "array",
    "model": "object",
    "any": "",
}
FORMATS = {"uuid": "uuid", "datetime": "date-time", "date": "date", "file": "binary"}
# Query parameter style -> the separator of an array sent with explode: false.
DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def build(openapi: GeneratorData, document: dict[str, Any]) -> dict[str, Any]:
    models = {model.class_info.name: _model(model, document) for model in openapi.models}
    operations = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            operations[str(endpoint.name)] = _operation(endpoint, document)
    credential_keys = sorted(
        {key for entry in models.values() for name, key, _, _ in entry["fields"] if name in entry["credentials"]}
    )
    return {
        "SERVERS": tuple(server["url"] for server in document.get("servers") or [{"url": "/"}]),
        "MODELS": models,
        "OPERATIONS": operations,
        "CREDENTIAL_KEYS": tuple(credential_keys),
    }


def render(data: dict[str, Any], source: str) -> str:
    """The module's source (ruff formats it with the rest of the package)."""
    lines = [
        f'"""What the runtime reads of the spec ({source}): see codegen/runtime_data.py. Generated; not edited."""',
        "",
        "from typing import Any",
        "",
    ]
    for name, value in data.items():
        annotation = "tuple[str, ...]" if isinstance(value, tuple) else "dict[str, Any]"
        lines.append(f"{name}: {annotation} = {pprint.pformat(value, width=110, sort_dicts=False)}")
        lines.append("")
    return "\n".join(lines)


def _model(model: ModelProperty, document: dict[str, Any]) -> dict[str, Any]:
    name = model.class_info.name
    schema = _dump(model.data)
    fields = []
    credentials = []
    for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
        key = prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else str(prop.name)
        if prop.default is not None:  # required or not: the generator makes it the Python default
            raise SpecError(
                f"schema {name}: property {key} has a default ({prop.default.raw_value!r}): the generated model "
                "would send it whenever the caller does not set it. Say what the API does when it is omitted in "
                "the description instead (the client never sends what the caller did not set)"
            )
        raws = _property_schemas(document, schema, key)
        fields.append((str(prop.python_name), key, bool(prop.required), _node(prop, raws, document)))
        if any(_is_credential(document, raw) for raw in raws):
            credentials.append(str(prop.python_name))
    additional: dict[str, Any] | None = None
    if model.additional_properties is not None:
        extra = schema.get("additionalProperties")
        additional = _node(model.additional_properties, [extra] if isinstance(extra, dict) else [], document)
    return {"fields": tuple(fields), "additional": additional, "credentials": tuple(credentials)}


def _operation(endpoint: Any, document: dict[str, Any]) -> dict[str, Any]:
    path_item = document["paths"][endpoint.path]
    operation = path_item[endpoint.method]
    operation_id = operation.get("operationId") or f"{endpoint.method.upper()} {endpoint.path}"
    raw_parameters = {(p["in"], p["name"]): p for p in raw_spec.parameters(document, operation, path_item)}
    parameters = []
    delimiters = {}
    for where, listed in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    ):
        for prop in listed:
            key = prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else str(prop.name)
            raw = raw_parameters[(where, key)]
            schema = raw_spec.resolve(document, raw.get("schema") or {})
            parameters.append((str(prop.python_name), key, where, bool(prop.required), _node(prop, [schema], document)))
            delimiter = _delimiter(operation_id, where, raw, schema)
            if delimiter is not None:
                delimiters[key] = delimiter
    body = None
    if endpoint.bodies:
        request_body = raw_spec.shallow(document, operation.get("requestBody", {}))
        nodes = []
        for endpoint_body in endpoint.bodies:
            media = request_body.get("content", {}).get(endpoint_body.content_type, {})
            nodes.append(_node(endpoint_body.prop, [raw_spec.shallow(document, media.get("schema", {}))], document))
        node = nodes[0] if len(nodes) == 1 else {"type": "union", "of": nodes}
        body = {"required": all(b.prop.required for b in endpoint.bodies), "node": node}
    return {
        "method": endpoint.method.upper(),
        "retry": raw_spec.retry_policy(endpoint.method, operation),
        "parameters": tuple(parameters),
        "body": body,
        "delimiters": delimiters,
    }


def _delimiter(operation_id: str, where: str, raw: dict[str, Any], schema: dict[str, Any]) -> str | None:
    if where != "query":
        return None
    style = raw.get("style", "form")
    explode = raw.get("explode", style == "form")
    name = raw["name"]
    if style == "deepObject" or (schema.get("type") == "object" and not explode):
        raise SpecError(
            f"{operation_id}: query parameter {name}: style {style} with explode {explode} is not supported"
        )
    if schema.get("type") != "array" or explode:
        return None
    if style not in DELIMITERS:
        raise SpecError(f"{operation_id}: query parameter {name}: style {style} is not supported")
    return DELIMITERS[style]


def _dump(schema: Any) -> dict[str, Any]:
    """The generator's parsed schema (a pydantic model) back as the spec wrote it."""
    dumped: dict[str, Any] = schema.model_dump(by_alias=True, exclude_none=True, mode="json")
    return dumped


def _property_schemas(document: dict[str, Any], schema: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The schemas one property has in a model: its own, and those of every allOf part that names it."""
    found = []
    schema = raw_spec.shallow(document, schema)
    own = (schema.get("properties") or {}).get(key)
    if isinstance(own, dict):
        found.append(raw_spec.shallow(document, own))
    for part in schema.get("allOf") or []:
        found += _property_schemas(document, part, key)
    return found


def _keywords(schema: dict[str, Any]) -> dict[str, Any]:
    found = {key: _number(schema[key]) for key in CHECKED_KEYWORDS if key in schema}
    if "const" in schema:
        found["enum"] = [schema["const"]]
    return found


def _number(value: Any) -> Any:
    """A bound as the spec wrote it: the generator's parsed schema holds every number as a float."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _node(prop: Any, raws: list[dict[str, Any]], document: dict[str, Any]) -> dict[str, Any]:
    """The node of one parsed property; `raws` are its schemas in the spec (several with allOf)."""
    kind = type(prop).__name__
    node: dict[str, Any]
    if kind in SCALARS:
        node = {"type": SCALARS[kind]}
    elif isinstance(prop, LiteralEnumProperty):
        node = {"type": "str", "enum": sorted(prop.values, key=str)}
    elif isinstance(prop, EnumProperty):
        return {"type": "enum", "class": prop.class_info.name}
    elif isinstance(prop, ConstProperty):
        return {"type": "const", "const": prop.value.raw_value}
    elif isinstance(prop, ModelProperty):
        return {"type": "model", "class": prop.class_info.name}
    elif isinstance(prop, ListProperty):
        items = [raw_spec.shallow(document, raw["items"]) for raw in raws if isinstance(raw.get("items"), dict)]
        node = {"type": "list", "items": _node(prop.inner_property, items, document)}
    elif isinstance(prop, UnionProperty):
        members = [_members(document, raw) for raw in raws]
        node = {
            "type": "union",
            "of": [_node(inner, _paired(inner, members), document) for inner in prop.inner_properties],
        }
        return node
    else:
        raise SpecError(f"property {prop.name}: the runtime has no node for {kind}")
    keyword_sets = [found for found in (_keywords(raw) for raw in raws) if found]
    if keyword_sets:
        node.update(keyword_sets[0])
        if len(keyword_sets) > 1:
            node["allOf"] = keyword_sets[1:]
    return node


def _members(document: dict[str, Any], raw: dict[str, Any]) -> list[dict[str, Any]]:
    """A union schema's members, flattened as the generator flattens them (anyOf, oneOf, a list of types)."""
    members: list[dict[str, Any]] = []
    for member in [*raw.get("anyOf", []), *raw.get("oneOf", [])]:
        member = raw_spec.shallow(document, member)
        members += _members(document, member) if ("anyOf" in member or "oneOf" in member) else [member]
    if isinstance(raw.get("type"), list):
        members += [{**raw, "type": json_type} for json_type in raw["type"]]
    return members


def _paired(inner: Any, members: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The spec's schemas for one member of a parsed union: those of its JSON type (and format, if it has one)."""
    kind = "model" if isinstance(inner, ModelProperty) else SCALARS.get(type(inner).__name__, "")
    if isinstance(inner, ListProperty):
        kind = "list"
    json_type = JSON_TYPES.get(kind)
    paired = []
    for schemas in members:
        candidates = [m for m in schemas if json_type and m.get("type") == json_type]
        if kind in FORMATS:
            candidates = [m for m in candidates if m.get("format") == FORMATS[kind]] or candidates
        elif kind == "str":
            candidates = [m for m in candidates if "format" not in m or m["format"] not in FORMATS.values()]
        paired += candidates[:1]
    return paired


def _is_credential(document: dict[str, Any], raw: dict[str, Any]) -> bool:
    if raw.get("format") == "password" or raw.get("writeOnly") is True:
        return True
    return any(_is_credential(document, raw_spec.shallow(document, member)) for member in raw.get("anyOf", []))
