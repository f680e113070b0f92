"""Shared types, and the checks generated endpoints and models call."""

from collections.abc import Mapping, MutableMapping
from enum import Enum, StrEnum
from typing import (
    IO,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    NoReturn,
    Self,
    TypeVar,
    cast,
)
from urllib.parse import quote, unquote
from uuid import UUID, SafeUUID


class Unset:
    """The type of UNSET: a field the body does not contain (as opposed to null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle and deepcopy give back the singleton: generated code tests `is UNSET`


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


class Model:
    """The base of every generated model, and of File and Response: like a dataclass, == compares the fields,
    repr() shows them (a credential as '<redacted>') and `match` takes them positionally. The fields are the
    annotated attributes in declaration order (a base's first: __init__'s order), additional_properties last."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _redacted: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)  # Generic's, for Response[T]
        names = [name for klass in reversed(cls.__mro__) for name in getattr(klass, "__annotations__", ())]
        fields = tuple(name for name in names if not name.startswith("_") and name != "additional_properties")
        type.__setattr__(cls, "__match_args__", fields)  # mypy refuses a plain assignment to it
        cls._fields = fields + ("additional_properties",) * ("additional_properties" in names)

    def __repr__(self) -> str:
        shown = (
            f"{name}={redacted(value) if name in self._redacted else repr(value)}"
            for name in self._fields
            for value in (getattr(self, name),)
        )
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)


class File(Model):
    """Contains information for file uploads"""

    __slots__ = ("file_name", "mime_type", "payload")
    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(Model, Generic[T]):
    """A successful (2xx) response: status, raw body, headers and the body parsed into the spec's model."""

    __slots__ = ("content", "headers", "parsed", "status_code")
    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T

    def __init__(self, status_code: int, content: bytes, headers: MutableMapping[str, str], parsed: T) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed


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


class AdditionalProperties(Model):
    """The base of every generated model that keeps the fields the spec does not list (yet), in
    `additional_properties`: read and written like a dict (`model["new_field"]`)."""

    __slots__ = ("additional_properties",)
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
    """UUID(value), faster: for 32 hex digits and hyphens (the form APIs send) it sets UUID's two slots itself;
    other spellings (braces, "urn:uuid:") get UUID(), which accepts the same hyphen placements."""
    digits = value.replace("-", "")
    if len(digits) == 32 and digits.isalnum() and digits.isascii():
        parsed = _new_object(UUID)
        _set_uuid_int(parsed, int(digits, 16))  # ValueError for a non-hex letter
        _set_uuid_safety(parsed, _UNKNOWN_SAFETY)
        return parsed
    return UUID(value)


# UUID's slot descriptors, set directly (UUID.__setattr__ refuses; object.__setattr__ is slower), and the
# member looked up once (an Enum member attribute costs a lookup through the metaclass each time)
_new_object = object.__new__
_set_uuid_int = UUID.__dict__["int"].__set__
_set_uuid_safety = UUID.__dict__["is_safe"].__set__
_UNKNOWN_SAFETY = SafeUUID.unknown


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
