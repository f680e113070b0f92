"""The package generated from the inline spec in functional_spec.py with the project's templates and generator
config (under another package name), imported in-process."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from functional.functional_spec import PACKAGE_NAME, PROJECT_NAME, SPEC

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
TOKEN = "functional-test-token"


def load_regenerate() -> ModuleType:
    """scripts/regenerate.py as a module (it imports version_guard from its own directory)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location("regenerate", SCRIPTS / "regenerate.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCRIPTS))


def fixture_config() -> dict[str, Any]:
    """The project's generator config with another project and package name."""
    config: dict[str, Any] = yaml.safe_load((ROOT / "generator-config.yaml").read_text(encoding="utf-8"))
    assert config["package_name_override"] == "realtimekit_client", "the project's config changed shape"
    config["project_name_override"] = PROJECT_NAME
    config["package_name_override"] = PACKAGE_NAME
    return config


@dataclass(frozen=True)
class Generated:
    """The generated package's modules the tests use (typed as modules: their contents are Any to mypy)."""

    root: Path
    package: ModuleType
    errors: ModuleType
    types: ModuleType
    models: ModuleType
    list_items: ModuleType
    create_item: ModuleType
    get_item_version: ModuleType
    upload_attachment: ModuleType


@contextmanager
def generated_package(scratch: Path) -> Iterator[Generated]:
    """Generate the inline spec's package into scratch and import it; unload it afterwards."""
    spec_path = scratch / "spec.json"
    spec_path.write_text(json.dumps(SPEC, indent=2), encoding="utf-8")
    config_path = scratch / "config.yaml"
    config_path.write_text(yaml.safe_dump(fixture_config()), encoding="utf-8")
    project = scratch / PROJECT_NAME
    load_regenerate().generate(project, spec=spec_path, config=config_path)

    assert PACKAGE_NAME not in sys.modules
    sys.path.insert(0, str(project))
    try:

        def load(name: str) -> ModuleType:
            return importlib.import_module(f"{PACKAGE_NAME}.{name}")

        yield Generated(
            root=project / PACKAGE_NAME,
            package=importlib.import_module(PACKAGE_NAME),
            errors=load("errors"),
            types=load("types"),
            models=load("models"),
            list_items=load("api.items.list_items"),
            create_item=load("api.items.create_item"),
            get_item_version=load("api.items.get_item_version"),
            upload_attachment=load("api.items.upload_attachment"),
        )
    finally:
        sys.path.remove(str(project))
        for name in [name for name in sys.modules if name == PACKAGE_NAME or name.startswith(f"{PACKAGE_NAME}.")]:
            del sys.modules[name]
