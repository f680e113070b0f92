"""Decoding JSON into the generated models, by the spec data: every model's from_dict() is this.

Tolerant in what it reads: unknown fields are kept in additional_properties, an enum value the spec does not
list is kept (a pseudo-member of the enum), bounds and patterns are not enforced on what the API sends, and a
value that misses its format is kept as received where the spec allows a plain string too. Strict where the
types would lie: a missing required field, or a value of the wrong JSON type, raises InvalidValueError naming
its place (`data.start_reason.caller.user_Id`). Decoders are compiled from the data once per model.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar, cast

from .. import errors
from . import spec
from .problems import Invalid, got
from .uuids import parse_uuid

Decoder = Callable[[Any], Any]
T = TypeVar("T")

_MISSING: Any = object()


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """cls (a generated model) from decoded JSON; InvalidValueError naming the place of what it refuses."""
    try:
        return cast("T", _model_decoder(cast("Hashable", cls))(data))
    except Invalid as exc:
        place = exc.place()
        raise errors.InvalidValueError(f"{place or cls.__name__} {exc.problem}", path=place) from None


@functools.cache
def _model_decoder(cls: Any) -> Decoder:
    name = next(klass.__name__ for klass in cls.__mro__ if klass.__name__ in spec.data().MODELS)
    entry = spec.model_entry(name)
    steps = tuple((key, python_name, required, *_compile(node)) for python_name, key, required, node in entry["fields"])
    additional = None if entry["additional"] is None else _compile(entry["additional"])

    def decode(value: Any) -> Any:
        if value.__class__ is not dict:
            if not isinstance(value, Mapping):
                raise Invalid(f"must be an object, {got(value)}")
            value = dict(cast("Mapping[str, Any]", value))
        remaining = dict(value)
        pop = remaining.pop
        values: dict[str, Any] = {}
        for key, python_name, required, exact, decoder in steps:
            item = pop(key, _MISSING)
            if item is _MISSING:
                if required:
                    raise Invalid("is missing (required)").at(key)
                continue
            if item.__class__ is not exact:
                try:
                    item = decoder(item)
                except Invalid as exc:
                    raise exc.at(key) from None
            values[python_name] = item
        instance = cls(**values)
        if additional is not None:
            exact, decoder = additional
            if exact is not _ANY:
                for key, item in remaining.items():
                    if item.__class__ is not exact:
                        try:
                            remaining[key] = decoder(item)
                        except Invalid as exc:
                            raise exc.at(key) from None
            instance.additional_properties = remaining
        return instance

    return decode


class _Any:
    """The `exact` of a node whose every value passes as it is."""


_ANY: Any = _Any


def _compile(node: Mapping[str, Any]) -> tuple[type[Any], Decoder]:
    """(exact, decoder): a value whose class is `exact` is taken as it is (the fast path); any other goes
    through `decoder`, which converts it or raises Invalid."""
    kind_name = node["type"]
    if kind_name in _SIMPLE:
        return _SIMPLE[kind_name]
    if kind_name == "model":
        return _Never, _nested_model(str(node["model"]))
    if kind_name == "enum":
        return _Never, _enum(str(node["enum"]))
    if kind_name == "const":
        return _Never, _const(node["const"])
    if kind_name == "list":
        return _Never, _list(*_compile(node["items"]))
    if kind_name == "union":
        return _Never, _union([_compile(member) for member in node["of"]], node["of"])
    raise ValueError(f"unknown node type {kind_name!r} in the spec data")


class _Never:
    """The `exact` of a node whose values always go through the decoder."""


def _refuse(expected: str) -> Decoder:
    def decode(value: Any) -> Any:
        raise Invalid(f"must be {expected}, {got(value)}")

    return decode


def _decode_float(value: Any) -> Any:
    if value.__class__ is int:
        return value  # the JSON's number as it came: an int stays an int
    raise Invalid(f"must be a number, {got(value)}")


def _decode_uuid(value: Any) -> Any:
    if value.__class__ is not str:
        raise Invalid(f"must be a UUID string, {got(value)}")
    try:
        return parse_uuid(value)
    except ValueError:
        raise Invalid(f"must be a UUID, {got(value)}") from None


def _decode_datetime(value: Any) -> Any:
    if value.__class__ is not str:
        raise Invalid(f"must be a date-time string, {got(value)}")
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(f"must be an ISO 8601 date-time, {got(value)}") from None


def _decode_date(value: Any) -> Any:
    if value.__class__ is not str:
        raise Invalid(f"must be a date string, {got(value)}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"must be an ISO 8601 date, {got(value)}") from None


def _decode_none(value: Any) -> Any:
    raise Invalid(f"must be null, {got(value)}")


_SIMPLE: dict[str, tuple[type[Any], Decoder]] = {
    "str": (str, _refuse("a string")),
    "int": (int, _refuse("an integer")),
    "float": (float, _decode_float),
    "bool": (bool, _refuse("a boolean")),
    "none": (type(None), _decode_none),
    "any": (_ANY, lambda value: value),
    "uuid": (_Never, _decode_uuid),
    "datetime": (_Never, _decode_datetime),
    "date": (_Never, _decode_date),
    "file": (_Never, _refuse("a file (not JSON)")),
}


def _nested_model(name: str) -> Decoder:
    found: list[Decoder] = []  # the class's decoder, looked up on first use (models may refer to each other)

    def decode(value: Any) -> Any:
        if not found:
            found.append(_model_decoder(cast("Hashable", spec.model_class(name))))
        return found[0](value)

    return decode


def _enum(name: str) -> Decoder:
    def decode(value: Any) -> Any:
        cls: Any = spec.model_class(name)
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise Invalid(f"must be a {name} value, {got(value)}")
        member = cls._value2member_map_.get(value)
        if member is not None and type(member.value) is type(value):
            return member
        try:
            return cls(value)  # an unlisted value becomes a pseudo-member (the enum's _missing_)
        except ValueError:
            raise Invalid(f"must be a {name} value, {got(value)}") from None

    return decode


def _const(expected: Any) -> Decoder:
    def decode(value: Any) -> Any:
        if value != expected or type(value) is not type(expected):
            raise Invalid(f"must be {expected!r}, {got(value)}")
        return value

    return decode


def _list(exact: type[Any], decoder: Decoder) -> Decoder:
    def decode(value: Any) -> Any:
        if value.__class__ is not list:
            raise Invalid(f"must be an array, {got(value)}")
        result: list[Any] = []
        for index, item in enumerate(value):
            if item.__class__ is not exact:
                try:
                    item = decoder(item)
                except Invalid as exc:
                    raise exc.at(index) from None
            result.append(item)
        return result

    return decode


def _union(members: list[tuple[type[Any], Decoder]], nodes: list[Mapping[str, Any]]) -> Decoder:
    nullable = any(node["type"] == "none" for node in nodes)
    others = [(*member, _JSON_KINDS.get(node["type"], "")) for member, node in zip(members, nodes, strict=True)]
    others = [member for member, node in zip(others, nodes, strict=True) if node["type"] != "none"]
    expected = " or ".join(_describe(node) for node in nodes)

    def decode(value: Any) -> Any:
        if value is None and nullable:
            return None
        refusals: list[Invalid] = []
        for exact, decoder, _ in others:
            if value.__class__ is exact:
                return value
            try:
                return decoder(value)
            except Invalid as exc:
                refusals.append(exc)
        # When one member alone takes this JSON kind (an object for the one model), its reason is the one.
        json_kind = _JSON_KIND_OF.get(type(value).__name__, "")
        own = [exc for (_, _, member_kind), exc in zip(others, refusals, strict=True) if member_kind == json_kind]
        if len(own) == 1 and own[0].parts:
            raise own[0]
        raise Invalid(f"must be {expected}, {got(value)}")

    return decode


_JSON_KINDS = {"model": "object", "list": "array", "str": "string", "uuid": "string", "datetime": "string",
               "date": "string", "enum": "string", "int": "number", "float": "number", "bool": "boolean"}  # fmt: skip
_JSON_KIND_OF = {"dict": "object", "list": "array", "str": "string", "int": "number", "float": "number",
                 "bool": "boolean"}  # fmt: skip


def _describe(node: Mapping[str, Any]) -> str:
    kind_name = node["type"]
    named = node.get("model") or node.get("enum")
    if named:
        return f"a {named}"
    described = {
        "str": "a string",
        "int": "an integer",
        "float": "a number",
        "bool": "a boolean",
        "none": "null",
        "uuid": "a UUID",
        "datetime": "a date-time",
        "date": "a date",
        "list": "an array",
        "const": repr(node.get("const")),
    }.get(str(kind_name))
    return described or str(kind_name)
