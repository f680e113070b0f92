"""Importing a package generated into a scratch directory (the benchmark's stock output, the functional tests'
inline specs) without putting that directory on sys.path."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_package(directory: Path, name: str) -> ModuleType:
    """The package `name` found in `directory`; its submodules import as usual afterwards."""
    spec = importlib.machinery.PathFinder.find_spec(name, [str(directory)])
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no package {name} in {directory}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def unload_package(name: str) -> None:
    """Forget the package and its submodules (a test that generates it again gets the new one)."""
    for loaded in [module for module in sys.modules if module == name or module.startswith(f"{name}.")]:
        del sys.modules[loaded]
