"""Shared types, and the checks generated endpoints and models call."""

from collections.abc import Mapping, MutableMapping
from enum import Enum, StrEnum
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, Self, TypeVar, cast
from urllib.parse import quote, unquote
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    """The type of UNSET: a field the body does not contain (as opposed to null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful (2xx) response: status, raw body, headers and the body parsed into the spec's model."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


def path_segment(name: str, value: object) -> str:
    """`value` percent-encoded as one path segment. An empty value or a dot segment ("." or "..", also
    percent-encoded) would make the request reach another URL, so it is refused before anything is sent."""
    text = str(value)
    if not text:
        raise ValueError(f"{name} must not be empty")
    if unquote(text) in (".", ".."):
        raise ValueError(f"{name} must not be a dot segment, got {text!r}")
    return quote(text, safe="")


def check_range(name: str, value: float, minimum: float | None, maximum: float | None) -> None:
    """The spec's `minimum`/`maximum` for a request value; raises ValueError naming the field and the bound."""
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value!r}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be <= {maximum}, got {value!r}")


def check_length(name: str, value: str, min_length: int | None, max_length: int | None) -> None:
    """The spec's `minLength`/`maxLength` for a request value."""
    if min_length is not None and len(value) < min_length:
        raise ValueError(f"{name} must be at least {min_length} characters long, got {len(value)}")
    if max_length is not None and len(value) > max_length:
        raise ValueError(f"{name} must be at most {max_length} characters long, got {len(value)}")


# ---- issue 12: parameter checks (path, query, header and cookie parameters get the body fields' bounds) ----


def check_parameter(name: str, value: object, rules: Mapping[str, Any]) -> None:
    """The spec's schema keywords for a parameter, checked before anything is sent: `rules` holds the ones the
    spec gives (minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, enum,
    minItems, maxItems, uniqueItems, items). Raises ValueError naming the parameter and the rule."""
    if isinstance(value, Unset) or value is None:
        return
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, list | tuple):
        items = cast("list[object] | tuple[object, ...]", value)
        count = len(items)
        if count < rules.get("minItems", 0):
            raise ValueError(f"{name} must have at least {rules['minItems']} items, got {count}")
        if "maxItems" in rules and count > rules["maxItems"]:
            raise ValueError(f"{name} must have at most {rules['maxItems']} items, got {count}")
        if rules.get("uniqueItems") and len({repr(item) for item in items}) < count:
            raise ValueError(f"{name} must not repeat an item")
        for index, item in enumerate(items):
            check_parameter(f"{name}[{index}]", item, rules.get("items", {}))
        return
    if isinstance(value, str):
        check_length(name, value, rules.get("minLength"), rules.get("maxLength"))
        if "pattern" in rules:
            import re

            if re.search(rules["pattern"], value) is None:
                raise ValueError(f"{name} must match {rules['pattern']!r}, got {_shown(value)}")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        check_range(name, value, rules.get("minimum"), rules.get("maximum"))
        if "exclusiveMinimum" in rules and value <= rules["exclusiveMinimum"]:
            raise ValueError(f"{name} must be > {rules['exclusiveMinimum']}, got {_shown(value)}")
        if "exclusiveMaximum" in rules and value >= rules["exclusiveMaximum"]:
            raise ValueError(f"{name} must be < {rules['exclusiveMaximum']}, got {_shown(value)}")
    if "enum" in rules and value not in rules["enum"]:
        raise ValueError(f"{name} must be one of {rules['enum']!r}, got {_shown(value)}")


def _shown(value: object) -> str:
    """A bounded repr for an error message (a 10,000-character argument is not repeated in full)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# ---- end of issue 12's parameter checks ----


# ---- issue 12: shared bases of generated classes (written once here, not in every module) ----


class TolerantStrEnum(StrEnum):
    """The base of every generated enum: str() is the value, and a value the spec does not list (yet) is kept as a
    pseudo-member (same class, value and str() the wire string; not among the listed members), not refused."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class AdditionalProperties:
    """The base of every generated model that keeps the fields the spec does not list (yet), in
    `additional_properties`: read and written like a dict (`model["new_field"]`)."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# ---- end of issue 12's shared bases ----


E = TypeVar("E", bound=Enum)


def enum_member(enum: type[E], value: object) -> E:
    """The member of `enum` for `value`: a dict lookup when the spec lists the value, else the enum's own
    constructor (which keeps values the spec does not list yet, see _missing_)."""
    member = enum._value2member_map_.get(value)
    if member is None:
        return enum(value)
    return member  # type: ignore[return-value]  # the map holds members of `enum`


def parse_uuid(value: str) -> UUID:
    """UUID(value), faster for the canonical form (8-4-4-4-12 ASCII hex digits): it sets the two slots UUID()
    would set, skipping UUID()'s handling of other spellings, which get UUID() itself."""
    if len(value) == 36 and value[8] == value[13] == value[18] == value[23] == "-":
        digits = value.replace("-", "")
        if len(digits) == 32 and digits.isascii() and digits.isalnum():
            parsed = object.__new__(UUID)
            object.__setattr__(parsed, "int", int(digits, 16))  # ValueError for a non-hex letter
            object.__setattr__(parsed, "is_safe", SafeUUID.unknown)
            return parsed
    return UUID(value)


def is_instance(value: object, kind: Any) -> bool:
    """isinstance, for the generated checks of what a caller passed or a server sent: the static type there is
    what was asked for, not what arrived, so a type checker would call a plain isinstance unnecessary."""
    return isinstance(value, kind)


def wrong_type(name: str, value: object, expected: str) -> NoReturn:
    """A response field of the wrong type."""
    raise TypeError(f"{name} must be {expected}, got {type(value).__name__}")


def redacted(value: object) -> str:
    """The repr of a credential field: whether it is set, never its value."""
    return repr(value) if isinstance(value, Unset) or value is None else "'<redacted>'"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
