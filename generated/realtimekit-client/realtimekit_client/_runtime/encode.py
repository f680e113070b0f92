"""Encoding the generated models as JSON, by the spec data: every model's to_dict() is this.

What the caller set, under its wire name (fields left UNSET are not written), after the fields the spec does not
list (additional_properties). It converts and does not judge: what may be *sent* is the rule engine's to say
(rules.py), before anything is; to_dict() of a response writes an unlisted enum value back unchanged.

Each model's encoder is Python source written from its spec data and compiled once, on first use.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Hashable
from enum import Enum
from typing import Any, cast
from uuid import UUID

from ..types import UNSET, File
from . import spec

Encoder = Callable[[Any], dict[str, Any]]
# Node types whose Python value is its JSON value.
_AS_IS = frozenset({"str", "int", "float", "bool", "none", "any", "const"})


def to_dict(instance: Any) -> dict[str, Any]:
    return _model_encoder(cast("Hashable", type(instance)))(instance)


@functools.cache
def _model_encoder(cls: Any) -> Encoder:
    _COMPILING.add(cls)
    try:
        return _compile_model_encoder(cls)
    finally:
        _COMPILING.discard(cls)


# The model classes whose encoders are being compiled (a model may hold itself, directly or not).
_COMPILING: set[type[Any]] = set()


def _compile_model_encoder(cls: Any) -> Encoder:
    name = next(klass.__name__ for klass in cls.__mro__ if klass.__name__ in spec.data().MODELS)
    entry = spec.model_entry(name)
    names: dict[str, Any] = {"UNSET": UNSET, "plain": plain}
    lines = ["def encode(self):"]
    if entry["additional"] is not None:
        lines.append("    d = dict(self.additional_properties)")
    else:
        lines.append("    d = {}")
    for python_name, key, _, node in entry["fields"]:
        lines.append(f"    v = self.{python_name}")
        lines += ["    if v is not UNSET:", f"        d[{key!r}] = {_conversion(node, names)}"]
    lines.append("    return d")
    code = compile("\n".join(lines), f"<realtimekit encoder of {name}>", "exec")
    exec(code, names)  # noqa: S102  # source written here, from the spec data
    encoder: Encoder = names["encode"]
    return encoder


def _conversion(node: dict[str, Any], names: dict[str, Any]) -> str:
    """The expression that makes `v`, a value of the node, JSON."""
    kind_name = node["type"]
    if kind_name in _AS_IS:
        return "v"
    if kind_name == "uuid":
        return "str(v)"
    if kind_name in ("datetime", "date"):
        return "v.isoformat()"
    if kind_name == "enum":
        return "v._value_"
    if kind_name == "model":
        names["to_dict"] = to_dict
        nested = spec.model_class(str(node["class"]))
        if nested in _COMPILING:
            return "to_dict(v)"
        index = len(names)
        names[f"class{index}"], names[f"encode{index}"] = nested, _model_encoder(cast("Hashable", nested))
        # The declared class's encoder, called directly; a subclass's value encodes by its own class.
        return f"encode{index}(v) if v.__class__ is class{index} else to_dict(v)"
    return "plain(v)"


def plain(value: Any) -> Any:
    """A field's value as JSON: models by their to_dict(), enums by value, UUIDs and dates as strings."""
    if value is None or value.__class__ in (str, int, float, bool):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime.date):  # datetime.datetime included
        return value.isoformat()
    to_json = getattr(value, "to_dict", None)
    if to_json is not None:
        return to_json()
    if isinstance(value, list | tuple):
        return [plain(item) for item in cast("list[Any]", value)]
    if isinstance(value, File):
        return value.to_tuple()
    return value
