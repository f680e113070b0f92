"""The rule engine: what a caller passes is checked against the spec before anything is sent.

Every parameter and every body field (JSON or multipart alike, nested models included) is checked against the
node the spec data gives it (see codegen/runtime_data.py): its Python type (a model, an enum member, a UUID, an
int that is not a bool, a finite float, ...) and the spec's keywords: minLength, maxLength, pattern, minimum,
maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, enum, const, minItems, maxItems, uniqueItems, items,
and the bounds of every allOf part. A value the spec does not allow raises errors.InvalidValueError naming it.
Checkers are compiled from the data once per model and operation.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
import traceback
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, cast
from urllib.parse import unquote
from uuid import UUID

from .. import errors
from ..types import UNSET, File
from . import spec
from .problems import Invalid, a, got, kind
from .redact import shown

Check = Callable[[Any], None]
# (python name, wire name, required, check)
FieldCheck = tuple[str, str, bool, Check]


def check_arguments(operation: str, arguments: Mapping[str, Any]) -> None:
    """Every argument of one call of `operation`, against the spec: raises InvalidValueError naming the first
    value it refuses (`account_id`, `body.video_config.width`); nothing has been sent then."""
    _arguments_check(operation)(arguments)


@functools.cache
def _arguments_check(operation: str) -> Callable[[Mapping[str, Any]], None]:
    """The checker of one operation's arguments, compiled from its spec data as a model's is."""
    names: dict[str, Any] = {
        "UNSET": UNSET,
        "Invalid": Invalid,
        "refuse": _refuse_argument,
        "model_check": _model_check,
    }
    lines = ["def check(arguments):", "    get = arguments.get"]
    for index, (name, where, required, checker) in enumerate(_operation_checks(operation)):
        names[f"c{index}"] = checker
        node = _argument_node(operation, name)
        fast = _fast_test(node, "v", names, f"f{index}")
        if fast is not None and where == "path" and node["type"] == "str":  # not a segment reaching another URL
            fast += " and v not in ('', '.', '..') and '%' not in v"
        elif where == "path":
            fast = None  # every other value's text goes through the segment check
        lines += [f"    v = get({name!r}, UNSET)", "    if v is UNSET or v is None:"]
        lines.append(f"        refuse(Invalid('is required'), {name!r})" if required else "        pass")
        lines += _checked(index, node, fast, f"refuse(exc, {name!r})")
    lines.append("    return None")
    code = compile("\n".join(lines), f"<realtimekit checker of {operation}'s arguments>", "exec")
    exec(code, names)  # noqa: S102  # source written here, from the spec data
    check: Callable[[Mapping[str, Any]], None] = names["check"]
    return check


def _argument_node(operation: str, name: str) -> Mapping[str, Any]:
    entry = spec.operation_entry(operation)
    if name == "body":
        node: Mapping[str, Any] = entry["body"]["node"]
        return node
    return next(node for python_name, _, _, _, node in entry["parameters"] if python_name == name)


def _refuse_argument(exc: Invalid, name: str) -> None:
    place = exc.place(name)
    problem = exc.problem
    traceback.clear_frames(exc.__traceback__)  # the refused value is in its frames' locals
    raise errors.InvalidValueError(f"{place} {problem}; nothing was sent", path=place) from None


def _with_segment_check(check: Check) -> Check:
    def checked(value: Any) -> None:
        check(value)
        _check_path_segment(value)

    return checked


def _check_path_segment(value: object) -> None:
    # An empty or dot segment would make the request reach another URL.
    text = str(value)
    if not text:
        raise Invalid("must not be empty")
    if unquote(text) in (".", ".."):
        raise Invalid(f"must not be a dot segment, got {text!r}")


@functools.cache
def _operation_checks(operation: str) -> tuple[tuple[str, str, bool, Check], ...]:
    entry = spec.operation_entry(operation)
    checks = [
        (name, where, required, _with_segment_check(compile_node(node)) if where == "path" else compile_node(node))
        for name, _, where, required, node in entry["parameters"]
    ]
    body = entry.get("body")
    if body is not None:
        checks.append(("body", "body", body["required"], compile_node(body["node"])))
    return tuple(checks)


@functools.cache
def _model_check(name: str) -> Check:
    """The checker of one model class: Python source written from its spec data and compiled once. Each field's
    common case is tested inline (its class and its keywords); anything else, and every refusal, goes through
    the field's checker (compile_node), which says what is wrong."""
    entry = spec.model_entry(name)
    cls = spec.model_class(name)
    names: dict[str, Any] = {"cls": cls, "UNSET": UNSET, "Invalid": Invalid, "refuse": _refuse_model}
    names.update(check_json=_check_json, kind=kind, model_check=_model_check)
    lines = [
        "def check(value):",
        "    if value.__class__ is not cls and not isinstance(value, cls):",
        f"        refuse(value, {name!r})",
    ]
    for index, (python_name, key, required, node) in enumerate(entry["fields"]):
        checker = names[f"c{index}"] = compile_node(node, credential=python_name in entry["credentials"])
        fast = _fast_test(node, "v", names, f"f{index}")
        lines += [f"    v = value.{python_name}", "    if v is UNSET:"]
        lines.append(f"        raise Invalid('is required').at({key!r})" if required else "        pass")
        lines += _checked(index, node, fast, f"raise exc.at({key!r}) from None")
        del checker
    if entry["additional"] is not None:
        lines += [
            "    for key, item in value.additional_properties.items():",
            "        if not isinstance(key, str):",
            "            raise Invalid(f'additional_properties keys must be strings, got {kind(key)}')",
            "        try:",
            "            check_json(item, 0)",
            "        except Invalid as exc:",
            "            raise exc.at(key) from None",
        ]
    code = compile("\n".join(lines), f"<realtimekit checker of {name}>", "exec")
    exec(code, names)  # noqa: S102  # source written here, from the spec data
    check: Check = names["check"]
    return check


def _refuse_model(value: Any, name: str) -> None:
    raise Invalid(f"must be {a(name)}, {got(value)}")


def _checked(index: int, node: Mapping[str, Any], fast: str | None, on_invalid: str) -> list[str]:
    """The checker source's lines for a value that is set: the inline fast test where there is one, else (or when
    it fails) the full checker c{index}, whose refusal `on_invalid` turns into the caller's form."""
    if fast is None:
        call = [f"c{index}(v)"]
    elif node["type"] == "model":
        call = [f"if {fast}:", f"    model_check({node['class']!r})(v)", "else:", f"    c{index}(v)"]
    else:
        call = [f"if not ({fast}):", f"    c{index}(v)"]
    return [
        "    else:",
        "        try:",
        *(f"            {line}" for line in call),
        "        except Invalid as exc:",
        f"            {on_invalid}",
    ]


def _fast_test(node: Mapping[str, Any], item: str, names: dict[str, Any], prefix: str) -> str | None:
    """A Python expression true for the common valid value of a node (its class and keywords), or None."""
    kind_name = node["type"]
    if node.get("allOf") or "multipleOf" in node or node.get("uniqueItems"):
        return None
    tests: list[str]
    if kind_name == "str":
        tests = [f"{item}.__class__ is str"]
        if "minLength" in node:
            tests.append(f"len({item}) >= {int(node['minLength'])}")
        if "maxLength" in node:
            tests.append(f"len({item}) <= {int(node['maxLength'])}")
        if "pattern" in node:
            names[f"{prefix}_pattern"] = re.compile(node["pattern"])
            tests.append(f"{prefix}_pattern.search({item}) is not None")
    elif kind_name in ("int", "float"):
        classes = "int" if kind_name == "int" else "float"
        tests = [f"{item}.__class__ is {classes}"]
        if kind_name == "float":
            names["isfinite"] = math.isfinite
            tests.append(f"isfinite({item})")
        for keyword, operator in (("minimum", ">="), ("maximum", "<="), ("exclusiveMinimum", ">"),
                                  ("exclusiveMaximum", "<")):  # fmt: skip
            if keyword in node:
                tests.append(f"{item} {operator} {node[keyword]!r}")
    elif kind_name == "bool":
        tests = [f"{item}.__class__ is bool"]
    elif kind_name in ("model", "enum"):
        cls = names[f"{prefix}_class"] = spec.model_class(str(node["class"]))
        tests = [f"{item}.__class__ is {prefix}_class"]
        if kind_name == "enum":
            names[f"{prefix}_members"] = cls._value2member_map_
            tests.append(f"{prefix}_members.get({item}._value_) is {item}")
    elif kind_name == "uuid":
        names["UUID"] = UUID
        tests = [f"{item}.__class__ is UUID"]
    else:
        return None
    if "enum" in node:
        names[f"{prefix}_allowed"] = frozenset(node["enum"])
        tests.append(f"{item} in {prefix}_allowed")
    return " and ".join(tests)


def compile_node(node: Mapping[str, Any], *, credential: bool = False) -> Check:
    """A checker for Python values of one spec node: its type, then its keywords."""
    check_type = _TYPE_CHECKS.get(node["type"])
    if check_type is None:
        check_type = _COMPOSITE[node["type"]](node, credential)
    keywords = [_keywords(node, credential), *(_keywords(part, credential) for part in node.get("allOf", ()))]
    keyword_checks = [k for k in keywords if k is not None]
    if not keyword_checks:
        return check_type

    def check(value: Any) -> None:
        check_type(value)
        for keyword_check in keyword_checks:
            keyword_check(value)

    return check


def _scalar(test: Callable[[Any], bool], expected: str) -> Check:
    def check(value: Any) -> None:
        if not test(value):
            raise Invalid(f"must be {expected}, {got(value)}")

    return check


def _is_uuid(value: Any) -> bool:
    if isinstance(value, UUID):
        return True
    if not isinstance(value, str):
        return False
    try:
        UUID(value)
    except ValueError:
        return False
    return True


def _check_json(value: Any, depth: int) -> None:
    """A value JSON can carry: what an `any` field or an additional property may hold."""
    if depth > 64:
        raise Invalid("is nested too deeply")
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid(f"must be a finite number (JSON has no NaN or infinity), got {value!r}")
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(cast("list[Any]", value)):
            try:
                _check_json(item, depth + 1)
            except Invalid as exc:
                raise exc.at(index) from None
        return
    if isinstance(value, dict):
        mapping = cast("dict[object, object]", value)
        for key, item in mapping.items():
            if not isinstance(key, str):
                raise Invalid(f"must have string keys, got {kind(key)}")
            try:
                _check_json(item, depth + 1)
            except Invalid as exc:
                raise exc.at(key) from None
        return
    raise Invalid(f"must be a JSON value, {got(value)}")


def _check_float(value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Invalid(f"must be a number, {got(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise Invalid(f"must be a finite number (JSON has no NaN or infinity), got {value!r}")


_TYPE_CHECKS: dict[str, Check] = {
    "str": _scalar(lambda v: isinstance(v, str), "a string"),
    "int": _scalar(lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer"),
    "float": _check_float,
    "bool": _scalar(lambda v: isinstance(v, bool), "a boolean"),
    "none": _scalar(lambda v: v is None, "null"),
    "uuid": _scalar(_is_uuid, "a UUID"),
    "datetime": _scalar(lambda v: isinstance(v, datetime.datetime), "a datetime.datetime"),
    "date": _scalar(lambda v: isinstance(v, datetime.date) and not isinstance(v, datetime.datetime), "a date"),
    "file": _scalar(lambda v: isinstance(v, File), "a File"),
    "any": lambda v: _check_json(v, 0),
}


def _model(node: Mapping[str, Any], credential: bool) -> Check:
    name = str(node["class"])
    return lambda value: _model_check(name)(value)


def _enum(node: Mapping[str, Any], credential: bool) -> Check:
    name = str(node["class"])

    def check(value: Any) -> None:
        cls: type[Enum] = spec.model_class(name)
        listed: Any = cls._value2member_map_.get(value.value) if isinstance(value, cls) else None
        if listed is not value:
            values = ", ".join(repr(member.value) for member in cls)
            raise Invalid(f"must be {a(name)} member ({values}), {got(value, credential)}")

    return check


def _const(node: Mapping[str, Any], credential: bool) -> Check:
    expected = node["const"]

    def check(value: Any) -> None:
        # Equal and of the const's kind: an enum member whose value it is passes (a str enum is a str), a bool
        # does not pass for 1.
        if (
            value != expected
            or not isinstance(value, type(expected))
            or isinstance(value, bool) != isinstance(expected, bool)
        ):
            raise Invalid(f"must be {expected!r}, {got(value, credential)}")

    return check


def _list(node: Mapping[str, Any], credential: bool) -> Check:
    item_check = compile_node(node["items"], credential=credential)

    def check(value: Any) -> None:
        if not isinstance(value, list | tuple):
            raise Invalid(f"must be a list, {got(value)}")
        for index, item in enumerate(cast("list[Any]", value)):
            try:
                item_check(item)
            except Invalid as exc:
                raise exc.at(index) from None

    return check


def _union(node: Mapping[str, Any], credential: bool) -> Check:
    members = [(_describe(m), _type_matcher(m), compile_node(m, credential=credential)) for m in node["of"]]

    def check(value: Any) -> None:
        refusals: list[Invalid] = []
        for _, _, member_check in members:
            try:
                member_check(value)
                return
            except Invalid as exc:
                refusals.append(exc)
        # The member of the value's own type says best what is wrong; else say which types would do.
        own = [exc for (_, matches, _), exc in zip(members, refusals, strict=True) if matches(value)]
        if len(own) == 1:
            raise own[0]
        raise Invalid(f"must be {' or '.join(description for description, _, _ in members)}, {got(value, credential)}")

    return check


def _type_matcher(node: Mapping[str, Any]) -> Callable[[Any], bool]:
    """Whether a value is of the node's Python type, bounds aside."""
    kind_name = node["type"]
    if kind_name in ("model", "enum"):
        name = str(node.get("class"))
        return lambda value: isinstance(value, spec.model_class(name))
    if kind_name in ("union", "const", "any"):
        return lambda value: False
    type_check = _TYPE_CHECKS[kind_name] if kind_name != "list" else _scalar(lambda v: isinstance(v, list | tuple), "")

    def matches(value: Any) -> bool:
        try:
            type_check(value)
        except Invalid:
            return False
        return True

    return matches


def _describe(node: Mapping[str, Any]) -> str:
    kind_name = node["type"]
    return str(node.get("class") or {"none": "None"}.get(kind_name, kind_name))


_COMPOSITE: dict[str, Callable[[Mapping[str, Any], bool], Check]] = {
    "model": _model,
    "enum": _enum,
    "const": _const,
    "list": _list,
    "union": _union,
}


def _keywords(node: Mapping[str, Any], credential: bool) -> Check | None:
    """The spec's keywords of one node (or allOf part), or None when it has none."""
    checks: list[Check] = []
    value_shown: Callable[[Any], str] = (lambda v: "") if credential else (lambda v: f", got {shown(v)}")
    if "minLength" in node or "maxLength" in node:
        low, high = node.get("minLength"), node.get("maxLength")

        def lengths(value: Any) -> None:
            if isinstance(value, str):
                if low is not None and len(value) < low:
                    raise Invalid(f"must be at least {low} character{_plural(low)} long, got {len(value)}")
                if high is not None and len(value) > high:
                    raise Invalid(f"must be at most {high} character{_plural(high)} long, got {len(value)}")

        checks.append(lengths)
    if "pattern" in node:
        pattern = re.compile(node["pattern"])

        def matches(value: Any) -> None:
            if isinstance(value, str) and pattern.search(value) is None:
                raise Invalid(f"must match {pattern.pattern!r}{value_shown(value)}")

        checks.append(matches)
    for keyword, test, relation in _BOUNDS:
        if keyword in node:
            checks.append(_bound(node[keyword], test, relation, value_shown))
    if "multipleOf" in node:
        factor = node["multipleOf"]

        def multiple(value: Any) -> None:
            if _is_number(value) and (value / factor) != int(value / factor):
                raise Invalid(f"must be a multiple of {factor}{value_shown(value)}")

        checks.append(multiple)
    if "enum" in node:
        allowed = list(node["enum"])

        def listed(value: Any) -> None:
            plain = value.value if isinstance(value, Enum) else value
            if plain not in allowed:
                raise Invalid(f"must be one of {allowed!r}{value_shown(plain)}")

        checks.append(listed)
    if "minItems" in node or "maxItems" in node or node.get("uniqueItems"):
        checks.append(_items_rules(node.get("minItems"), node.get("maxItems"), bool(node.get("uniqueItems"))))
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]

    def all_keywords(value: Any) -> None:
        for keyword_check in checks:
            keyword_check(value)

    return all_keywords


def _plural(count: int) -> str:
    return "" if count == 1 else "s"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_BOUNDS: tuple[tuple[str, Callable[[Any, Any], bool], str], ...] = (
    ("minimum", lambda value, bound: value >= bound, ">="),
    ("maximum", lambda value, bound: value <= bound, "<="),
    ("exclusiveMinimum", lambda value, bound: value > bound, ">"),
    ("exclusiveMaximum", lambda value, bound: value < bound, "<"),
)


def _bound(bound: Any, test: Callable[[Any, Any], bool], relation: str, shown: Callable[[Any], str]) -> Check:
    def check(value: Any) -> None:
        if _is_number(value) and not test(value, bound):
            raise Invalid(f"must be {relation} {bound}{shown(value)}")

    return check


def _items_rules(low: int | None, high: int | None, unique: bool) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, list | tuple):
            return
        items = cast("list[Any]", value)
        if low is not None and len(items) < low:
            raise Invalid(f"must have at least {low} items, got {len(items)}")
        if high is not None and len(items) > high:
            raise Invalid(f"must have at most {high} items, got {len(items)}")
        if unique and len({repr(item) for item in items}) < len(items):
            raise Invalid("must not repeat an item")

    return check
