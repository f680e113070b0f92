"""The spec data the runtime reads: the generated module `_spec` beside this package's models, loaded on first use.

It holds what the generator's own output does not carry (written by codegen from the spec): each model's
fields with their wire names, types and bounds, each operation's parameters, body and retry policy, and the
wire names of credential fields. See codegen/runtime_data.py for its shape."""

from __future__ import annotations

import functools
import importlib
from types import ModuleType
from typing import Any

# This package's name: the runtime lives in <package>._runtime.
PACKAGE = __name__.rsplit(".", 2)[0]


@functools.cache
def data() -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._spec")


@functools.cache
def models_module() -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.models")


def model_entry(name: str) -> dict[str, Any]:
    entry: dict[str, Any] = data().MODELS[name]
    return entry


def operation_entry(operation: str) -> dict[str, Any]:
    entry: dict[str, Any] = data().OPERATIONS[operation]
    return entry


def model_class(name: str) -> type[Any]:
    cls: type[Any] = getattr(models_module(), name)
    return cls


@functools.cache
def credential_keys() -> frozenset[str]:
    """Wire names no message, log line or pickle may show a value of."""
    keys: tuple[str, ...] = data().CREDENTIAL_KEYS
    return frozenset(keys) | {"token", "authorization"}
