"""The stock anchor: what openapi-python-client itself makes of the same spec, with none of our templates.

Generated into a temporary directory by the pinned generator (the workspace's), with the project's generator
configuration but the package renamed, so that it imports next to realtimekit_client in one process. It needs
only httpx and attrs, both in the workspace venv.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml

from tools.package_loader import load_package, unload_package

from . import ROOT
from .spec import SPEC

PACKAGE = "stock_realtimekit_client"
PROJECT_CONFIG = ROOT / "generator-config.yaml"


def config() -> dict[str, object]:
    """The project's generator configuration, renamed; its post hooks dropped for the generator's defaults (ruff)."""
    settings: dict[str, object] = yaml.safe_load(PROJECT_CONFIG.read_text(encoding="utf-8")) or {}
    settings.pop("post_hooks", None)
    settings["project_name_override"] = PACKAGE.replace("_", "-")
    settings["package_name_override"] = PACKAGE
    return settings


@contextlib.contextmanager
def generated() -> Iterator[Path]:
    """Generate the stock package, loaded under its own name; yield the directory that holds it."""
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as tmp:
        parent = Path(tmp)
        config_file = parent / "config.yaml"
        config_file.write_text(yaml.safe_dump(config()), encoding="utf-8")
        # The default post hooks call `ruff` from PATH: the workspace's pinned one, next to this interpreter.
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(SPEC), "--meta", "none"]
        command += ["--config", str(config_file), "--output-path", str(parent / PACKAGE)]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        if result.returncode != 0 or not (parent / PACKAGE / "__init__.py").exists():
            raise RuntimeError(f"the stock generation failed:\n{result.stdout}\n{result.stderr}")
        if "Warning" in result.stdout or "Error" in result.stdout:  # e.g. ruff missing: unformatted output
            print(f"stock generation: {result.stdout.strip()}", file=sys.stderr)
        load_package(parent, PACKAGE)
        try:
            yield parent
        finally:
            unload_package(PACKAGE)
