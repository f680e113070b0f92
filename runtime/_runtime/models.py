"""What the generated models and enums take from the runtime: attrs.define with the spec's credential fields out
of repr, the encoder and decoder behind every to_dict() and from_dict(), and the enum base that keeps values the
spec does not list."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, Self, TypeVar, dataclass_transform

import attrs

from ..types import Unset
from . import spec

__all__ = ["TolerantStrEnum", "define_model", "from_dict", "to_dict"]

C = TypeVar("C", bound=type)
T = TypeVar("T")


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Every model's from_dict (decode.py, imported on first use: import time is every application's)."""
    return (_coders.get("from_dict") or _load("from_dict"))(cls, data)  # type: ignore[no-any-return]


def to_dict(instance: object) -> dict[str, Any]:
    """Every model's to_dict (encode.py, imported on first use)."""
    return (_coders.get("to_dict") or _load("to_dict"))(instance)  # type: ignore[no-any-return]


_coders: dict[str, Callable[..., Any]] = {}


def _load(name: str) -> Callable[..., Any]:
    from . import decode, encode

    _coders.update(from_dict=decode.from_dict, to_dict=encode.to_dict)
    return _coders[name]


def _redacted(value: object) -> str:
    """The repr of a credential field: whether it is set, never its value."""
    return repr(value) if isinstance(value, Unset) or value is None else "'<redacted>'"


def _hide_credentials(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    credentials = spec.model_entry(cls.__name__)["credentials"]
    return [field.evolve(repr=_redacted) if field.name in credentials else field for field in fields]


@dataclass_transform(field_specifiers=(attrs.field,))
def define_model(cls: C) -> C:
    """attrs.define (slotted, mutable, compared by value), with the spec's credential fields shown as
    '<redacted>' in repr."""
    return attrs.define(cls, field_transformer=_hide_credentials)


class TolerantStrEnum(StrEnum):
    """A StrEnum that keeps a value the spec does not list (yet) as a pseudo-member: of the enum's type, its value
    and str() the wire string, not among the listed members."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
