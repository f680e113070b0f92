"""What the generated models and enums take from the runtime: attrs.define with the spec's credential fields out
of repr, the encoder and decoder behind every to_dict() and from_dict(), and the enum base that keeps values the
spec does not list."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self, TypeVar, dataclass_transform

import attrs

from ..types import Unset
from . import spec
from .decode import from_dict
from .encode import to_dict

__all__ = ["TolerantStrEnum", "define_model", "from_dict", "to_dict"]

C = TypeVar("C", bound=type)


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
