"""Packages generated from inline specs with the project's templates and generator config (under another
package name), in-process, and imported with tools.package_loader (never through sys.path)."""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from codegen.generate import generate
from codegen.paths import CONFIG
from tests.generation.functional_spec import PACKAGE_NAME, PROJECT_NAME, SPEC
from tools.package_loader import load_package

TOKEN = "functional-test-token"


def generate_inline(spec: dict[str, Any], scratch: Path, package: str = PACKAGE_NAME) -> Path:
    """Generates `spec` into scratch/<project> with the project's config renamed; returns the package directory."""
    config: dict[str, Any] = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert config["package_name_override"] == "realtimekit_client", "the project's config changed shape"
    config["project_name_override"] = package.replace("_", "-")
    config["package_name_override"] = package
    scratch.mkdir(parents=True, exist_ok=True)
    (scratch / "spec.json").write_text(json.dumps(spec, indent=2), encoding="utf-8")
    (scratch / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return generate(scratch / package.replace("_", "-"), spec=scratch / "spec.json", config=scratch / "config.yaml")


@dataclass(frozen=True)
class Functional:
    """The functional spec's package and the modules the tests use (modules: their contents are Any to mypy)."""

    root: Path  # the package directory
    package: ModuleType
    errors: ModuleType
    types: ModuleType
    models: ModuleType
    spec_data: ModuleType
    list_items: ModuleType
    create_item: ModuleType
    get_item_version: ModuleType
    upload_attachment: ModuleType

    def client(self, base_url: str) -> Any:
        """An AuthenticatedClient of the package for base_url, without retries."""
        return self.package.AuthenticatedClient(base_url=base_url, token=TOKEN, max_retries=0)


def generate_functional(scratch: Path) -> Path:
    """The functional spec (functional_spec.py) generated into scratch; returns the package directory."""
    root = generate_inline(SPEC, scratch)
    assert root.parent.name == PROJECT_NAME
    return root


def load_functional(root: Path) -> Functional:
    """The functional package generated at root, imported."""
    package = load_package(root.parent, PACKAGE_NAME)

    def load(name: str) -> ModuleType:
        return importlib.import_module(f"{PACKAGE_NAME}.{name}")

    return Functional(
        root=root,
        package=package,
        errors=load("errors"),
        types=load("types"),
        models=load("models"),
        spec_data=load("_spec"),
        list_items=load("api.items.list_items"),
        create_item=load("api.items.create_item"),
        get_item_version=load("api.items.get_item_version"),
        upload_attachment=load("api.items.upload_attachment"),
    )
