"""What the generated models and enums take from the runtime: the encoder and decoder behind every to_dict() and
from_dict(), a repr with the spec's credential fields out of it, and the enum base that keeps values the spec does
not list."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, Self, TypeVar

import attrs

from ..types import Unset

__all__ = ["TolerantStrEnum", "from_dict", "redact_repr", "to_dict"]

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


def _shown(field: str, value: object) -> str:
    if field == "additional_properties" and value:  # fields the spec does not list may be named like credentials
        from .redact import redact_credentials

        return repr(redact_credentials(value))
    return repr(value)


def redact_repr(cls: type) -> None:
    """Gives an attrs model class a repr that shows the spec's credential fields as '<redacted>'. It is made on
    first use: which fields are credentials is in the spec data, which need not be loaded to import the models."""
    cls.__repr__ = _repr  # type: ignore[assignment,method-assign]


def _repr(self: object) -> str:
    cls = type(self)
    shown = _REPRS.get(cls) or _make_repr(cls)
    return shown(self)


_REPRS: dict[type, Callable[[object], str]] = {}


def _make_repr(cls: type) -> Callable[[object], str]:
    from . import spec  # on the first repr: import time is every application's

    name = next(klass.__name__ for klass in cls.__mro__ if klass.__name__ in spec.data().MODELS)
    credentials = frozenset(spec.model_entry(name)["credentials"])
    fields = [(field.name, field.name in credentials) for field in attrs.fields(cls)]
    label = cls.__qualname__

    def shown(instance: object) -> str:
        parts = (
            f"{field}={_redacted(value) if secret else _shown(field, value)}"
            for field, secret in fields
            for value in (getattr(instance, field),)
        )
        return f"{label}({', '.join(parts)})"

    _REPRS[cls] = shown
    return shown


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
