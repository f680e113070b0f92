"""Decoding JSON into the generated models, by the spec data: every model's from_dict() is this.

Tolerant in what it reads: unknown fields are kept in additional_properties, an enum value the spec does not
list is kept (a pseudo-member of the enum), bounds and patterns are not enforced on what the API sends, and a
value that misses its format is kept as received where the spec allows a plain string too. Strict where the
types would lie: a missing required field, or a value of the wrong JSON type, raises InvalidValueError naming
its place (`data.start_reason.caller.user_Id`).

Each model's decoder is Python source written from its spec data and compiled once, on first use (as attrs
writes each class's __init__), so a field costs about what hand-written code would: one class test for most
values, one parse for a UUID or a date-time.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar, cast

import attrs

from .. import errors
from ..types import UNSET
from . import spec
from .problems import Invalid, a, kind
from .uuids import parse_uuid

Decoder = Callable[[Any], Any]
T = TypeVar("T")

_MISSING: Any = object()
# The JSON value classes a decoded body holds (besides None), in the order their branches are tested.
_VALUE_CLASSES = ("str", "dict", "int", "float", "bool", "list")
# Member types whose value is taken as it is once its class is right.
_AS_IS = frozenset({"str", "int", "float", "bool"})
# Parsers of string formats: a ValueError means "not this format".
_PARSERS = {"uuid": "parse_uuid", "datetime": "parse_datetime", "date": "parse_date"}


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """cls (a generated model) from decoded JSON; InvalidValueError naming the place of what it refuses."""
    try:
        return cast("T", _model_decoder(cast("Hashable", cls))(data))
    except Invalid as exc:
        place = exc.place()
        raise errors.InvalidValueError(f"{place or cls.__name__} {exc.problem}", path=place) from None


class _Source:
    """The source of one compiled decoder and the names it uses."""

    def __init__(self) -> None:
        self.names: dict[str, Any] = {
            "MISSING": _MISSING,
            "UNSET": UNSET,
            "Invalid": Invalid,
            "as_dict": _as_dict,
            "missing": _missing_field,
            "wrong": _wrong,
            "parse_uuid": parse_uuid,
            "parse_datetime": datetime.datetime.fromisoformat,
            "parse_date": datetime.date.fromisoformat,
        }
        self.lines: list[str] = []

    def name(self, value: Any) -> str:
        """A name for a helper the source calls."""
        name = f"h{len(self.names)}"
        self.names[name] = value
        return name

    def compile(self, label: str) -> Decoder:
        code = compile("\n".join(self.lines), f"<realtimekit decoder of {label}>", "exec")
        exec(code, self.names)  # noqa: S102  # source written here, from the spec data
        decoder: Decoder = self.names["decode"]
        return decoder


@functools.cache
def _model_decoder(cls: Any) -> Decoder:
    _COMPILING.add(cls)
    try:
        return _compile_model_decoder(cls)
    finally:
        _COMPILING.discard(cls)


def _compile_model_decoder(cls: Any) -> Decoder:
    name = next(klass.__name__ for klass in cls.__mro__ if klass.__name__ in spec.data().MODELS)
    entry = spec.model_entry(name)
    source = _Source()
    source.names.update(cls=cls, known=frozenset(key for _, key, _, _ in entry["fields"]))
    lines = source.lines
    lines += [
        "def decode(value):",
        "    if value.__class__ is not dict:",
        "        value = as_dict(value)",
        "    get = value.get",
        f"    found = {sum(1 for field in entry['fields'] if field[2])}",
    ]
    items: dict[str, str] = {}
    for index, (python_name, key, required, node) in enumerate(entry["fields"]):
        item = items[python_name] = f"v{index}"
        lines.append(f"    {item} = get({key!r}, MISSING)")
        lines.append(f"    if {item} is MISSING:")
        lines.append(f"        raise missing({key!r})" if required else f"        {item} = UNSET")
        lines.append("    else:" if required else "    else:\n        found += 1")
        lines += [f"        {line}" for line in _conversion(node, item, key, source)]
    # attrs' __init__ takes the fields in its own order: positional arguments are the quickest to pass.
    init_order = [field.name for field in attrs.fields(cls) if field.init]
    lines.append(f"    instance = cls({', '.join(items[name] for name in init_order)})")
    additional = entry["additional"]
    if additional is not None:
        lines += [
            "    if len(value) > found:",
            "        rest = {key: item for key, item in value.items() if key not in known}",
        ]
        if additional["type"] != "any":
            extra = source.name(_value_decoder(additional))
            lines += [
                "        for key, item in rest.items():",
                "            try:",
                f"                rest[key] = {extra}(item)",
                "            except Invalid as exc:",
                "                raise exc.at(key) from None",
            ]
        lines += ["        instance.additional_properties = rest"]
    lines.append("    return instance")
    return source.compile(name)


def _value_decoder(node: Mapping[str, Any]) -> Decoder:
    """A decoder of one value (a list's items, additional properties) by its node."""
    source = _Source()
    source.lines += [
        "def decode(v):",
        *(f"    {line}" for line in _conversion(node, "v", None, source)),
        "    return v",
    ]
    return source.compile(str(node.get("class") or node["type"]))


def _conversion(node: Mapping[str, Any], item: str, key: str | None, source: _Source) -> list[str]:
    """Source lines that check `item` against the node (a union's members in order) and convert it."""
    members = list(node["of"]) if node["type"] == "union" else [node]
    if any(member["type"] == "any" for member in members):
        return ["pass"]
    nullable = any(member["type"] == "none" for member in members)
    members = [member for member in members if member["type"] != "none"]
    expected = " or ".join([*(_describe(member) for member in members), *(["null"] if nullable else [])])
    at = "" if key is None else f".at({key!r})"
    lines: list[str] = []
    if nullable:
        lines += [f"if {item} is None:", "    pass"]
    for value_class in _VALUE_CLASSES:
        accepting = [member for member in members if value_class in _accepts(member)]
        if accepting:
            lines.append(f"{'elif' if lines else 'if'} {item}.__class__ is {value_class}:")
            if len(accepting) > 1 and all(member["type"] in ("model", "enum") for member in accepting):
                pick = source.name(_first_valid(accepting))
                chain = ["try:", f"    {item} = {pick}({item})", "except Invalid:"]
                chain.append(f"    raise wrong({item}, {expected!r}){at} from None")
            else:
                chain = _chain(accepting, item, expected, at, source, alone=len(accepting) == 1)
            lines += [f"    {line}" for line in chain]
    lines += ["else:" if lines else "if True:", f"    raise wrong({item}, {expected!r}){at}"]
    return lines


def _chain(
    members: list[Mapping[str, Any]], item: str, expected: str, at: str, source: _Source, *, alone: bool
) -> list[str]:
    """Try each member in order on a value of a class they all take; the first that converts it wins."""
    member = members[0]
    if member["type"] in _AS_IS:
        return ["pass"]
    call = _PARSERS.get(member["type"]) or source.name(_decoder(member))
    attempt = ["try:", f"    {item} = {call}({item})"]
    if member["type"] == "datetime":  # a date alone is not a date-time (read so, it would be written back changed)
        attempt.insert(1, f"    if len({item}) < 11 or {item}[10] not in 'Tt ': raise ValueError")
    if member["type"] == "enum":  # a listed value is a dict lookup; only another goes through the enum's decoder
        listed = source.name(spec.model_class(str(member["class"]))._value2member_map_)
        attempt = [
            "try:",
            f"    member = {listed}.get({item})",
            f"    {item} = member if member is not None else {call}({item})",
        ]
    if len(members) > 1:
        return [*attempt, "except (ValueError, Invalid):", *(f"    {line}" for line in _chain(
            members[1:], item, expected, at, source, alone=False))]  # fmt: skip
    if alone:  # the only member that takes this value: its own reason is the one
        return [
            *attempt,
            "except ValueError:",
            f"    raise wrong({item}, {_describe(member)!r}){at} from None",
            "except Invalid as exc:",
            f"    raise exc{at} from None",
        ]
    return [*attempt, "except (ValueError, Invalid):", f"    raise wrong({item}, {expected!r}){at} from None"]


def _first_valid(members: list[Mapping[str, Any]]) -> Decoder:
    """Several models or enums that take the same JSON value (a request's storage_config: four models): the
    first member whose result the spec accepts entirely (the rule engine's check), else the first that decodes
    at all. Decoding alone is tolerant (an unlisted enum value, a bound not met), so the first member that
    merely parses would win, and a request read from valid JSON would come out as a member the spec refuses."""
    from . import rules  # imported here: only such unions need it

    candidates = [(_decoder(member), rules.compile_node(member)) for member in members]

    def decode(value: Any) -> Any:
        fallback = _MISSING
        for decoder, check in candidates:
            try:
                result = decoder(value)
            except (ValueError, Invalid):
                continue
            try:
                check(result)
            except Invalid:
                if fallback is _MISSING:
                    fallback = result
                continue
            return result
        if fallback is _MISSING:
            raise Invalid("matches no member")
        return fallback

    return decode


def _accepts(member: Mapping[str, Any]) -> tuple[str, ...]:
    """The JSON value classes a member may take."""
    kind_name = member["type"]
    if kind_name == "const":
        return (type(member["const"]).__name__,)
    return {
        "str": ("str",),
        "uuid": ("str",),
        "datetime": ("str",),
        "date": ("str",),
        "enum": ("str", "int"),
        "int": ("int",),
        "float": ("int", "float"),
        "bool": ("bool",),
        "model": ("dict",),
        "list": ("list",),
    }.get(kind_name, ())


def _decoder(member: Mapping[str, Any]) -> Decoder:
    kind_name = member["type"]
    if kind_name == "model":
        return _nested_model(str(member["class"]))
    if kind_name == "enum":
        return _enum(str(member["class"]))
    if kind_name == "const":
        return _const(member["const"])
    if kind_name == "list":
        return _list(_value_decoder(member["items"]))
    raise ValueError(f"no decoder for node type {kind_name!r} in the spec data")


def _nested_model(name: str) -> Decoder:
    cls = spec.model_class(name)
    if cls not in _COMPILING:  # compiled now, called directly
        return _model_decoder(cast("Hashable", cls))
    found: list[Decoder] = []  # a model that holds itself: its decoder, looked up on first use

    def decode(value: Any) -> Any:
        if not found:
            found.append(_model_decoder(cast("Hashable", cls)))
        return found[0](value)

    return decode


# The model classes whose decoders are being compiled (a model may hold itself, directly or not).
_COMPILING: set[type[Any]] = set()


def _enum(name: str) -> Decoder:
    found: list[Any] = []  # the enum class, looked up on first use

    def decode(value: Any) -> Any:
        if not found:
            found.append(spec.model_class(name))
        cls = found[0]
        member = cls._value2member_map_.get(value)
        if member is not None and member._value_.__class__ is value.__class__:
            return member
        try:
            return cls(value)  # an unlisted value becomes a pseudo-member (the enum's _missing_)
        except ValueError:
            raise Invalid(f"must be {a(name)} value, {_got(value)}") from None

    return decode


def _const(expected: Any) -> Decoder:
    def decode(value: Any) -> Any:
        if value != expected or type(value) is not type(expected):
            raise Invalid(f"must be {expected!r}, {_got(value)}")
        return value

    return decode


def _list(item_decoder: Decoder) -> Decoder:
    def decode(value: Any) -> Any:
        result: list[Any] = []
        for index, item in enumerate(value):
            try:
                result.append(item_decoder(item))
            except Invalid as exc:
                raise exc.at(index) from None
        return result

    return decode


def _as_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise Invalid(f"must be an object, {_got(value)}")
    return dict(cast("Mapping[str, Any]", value))


def _missing_field(key: str) -> Invalid:
    return Invalid("is missing (required)").at(key)


def _wrong(value: Any, expected: str) -> Invalid:
    return Invalid(f"must be {expected}, {_got(value)}")


def _got(value: Any) -> str:
    """What a refused value is, never the value itself: the API's answers may carry credentials, and the message
    ends up in logs and error reports (the caller has the whole body in ResponseValidationError.body)."""
    return f"got {kind(value)}"


def _describe(node: Mapping[str, Any]) -> str:
    kind_name = str(node["type"])
    named = node.get("class")
    if named:
        return a(str(named))
    if kind_name == "const":
        return repr(node.get("const"))
    described = {
        "str": "a string",
        "int": "an integer",
        "float": "a number",
        "bool": "a boolean",
        "none": "null",
        "uuid": "a UUID",
        "datetime": "an ISO 8601 date-time",
        "date": "an ISO 8601 date",
        "list": "an array",
        "file": "a file",
    }.get(kind_name)
    return described or kind_name
