"""One run of the pinned generator, in-process: the spec and the config in, the package out.

openapi-python-client parses the spec and renders its templates, with ours (templates/) in front of its own.
Three things are added to what it does, each through its own extension points:
- template globals, so an overlay calls Python instead of computing in Jinja (`runtime_source`,
  `success_responses`, `success_type`);
- the spec data module `_spec.py` (codegen.runtime_data) written beside the modules it renders;
- the config's post hooks, run with this environment's ruff first on PATH;
- then the runtime's private modules (runtime/_runtime/) copied in as they are.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.responses import Response
from openapi_python_client.strings import PythonCode

from . import runtime_data
from . import spec as raw_spec
from .paths import CONFIG, RUNTIME, SPEC, TEMPLATES

# Left behind by ruff, Python or builds; never part of the output.
CACHE_NAMES = {".ruff_cache", "__pycache__", ".mypy_cache", ".pytest_cache", "dist", "build"}
PRIVATE_RUNTIME = "_runtime"
DATA_MODULE = "_spec.py"


class GenerationError(Exception):
    """The generator did not generate cleanly: a warning means part of the spec was skipped."""


def generate(
    destination: Path,
    spec: Path = SPEC,
    config: Path = CONFIG,
    *,
    templates: Path = TEMPLATES,
    runtime: Path = RUNTIME,
) -> Path:
    """Generates the project into destination (which must not exist yet); returns the package directory.
    `templates` and `runtime` are the repository's unless a scratch copy of the project is regenerated."""
    settings = Config.from_sources(
        ConfigFile.load_from_path(config),
        MetaType.UV,
        spec,
        "utf-8",
        overwrite=False,
        output_path=destination,
    )
    hooks, settings.post_hooks = settings.post_hooks, []
    document = raw_spec.load(spec)
    openapi = GeneratorData.from_dict(document, config=settings)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail}")
    data = runtime_data.build(openapi, document)
    project = Project(openapi=openapi, config=settings, custom_template_path=templates)
    project.env.globals.update(
        runtime_source=functools.partial(runtime_source, runtime=runtime),
        success_responses=success_responses,
        success_type=success_type,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # its "Generating <path>" line
        built = project.build()
    problems = [error for error in built if error is not None]
    if problems:
        listing = "\n".join(f"  {error.level.value}: {error.header}: {error.detail}" for error in problems)
        raise GenerationError(f"openapi-python-client did not generate cleanly:\n{listing}")
    package = project.package_dir
    (package / DATA_MODULE).write_text(runtime_data.render(data, spec.name), encoding="utf-8")
    _run_hooks(hooks, project.project_dir)
    # After the hooks: the runtime lands as it is (its `noqa` comments are for a consumer's ruff, not the hooks').
    shutil.copytree(runtime / PRIVATE_RUNTIME, package / PRIVATE_RUNTIME, ignore=shutil.ignore_patterns(*CACHE_NAMES))
    for cache in sorted(p for p in destination.rglob("*") if p.name in CACHE_NAMES):
        shutil.rmtree(cache, ignore_errors=True)
    return package


def runtime_source(name: str, runtime: Path = RUNTIME) -> str:
    """A runtime module's text, for the one-line templates of the modules it replaces (client, errors, types)."""
    return (runtime / name).read_text(encoding="utf-8")


def success_responses(endpoint: Any) -> list[Response]:
    """The endpoint's 2xx responses: the only ones parsed (every other status raises in the runtime)."""
    return [r for r in endpoint.responses.patterns if r.status_code.range[0] >= 200 and r.status_code.range[1] <= 299]


def success_type(endpoint: Any) -> PythonCode:
    """What the endpoint's sync() returns: its 2xx responses' types (None when it documents none)."""
    types = sorted({r.prop.get_type_string().as_unembedded_code() for r in success_responses(endpoint)})
    return PythonCode(" | ".join(types) if types else "None")


def _run_hooks(hooks: list[str], cwd: Path) -> None:
    # The post hooks name `ruff`: make it the one pinned in this environment.
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    for hook in hooks:
        result = subprocess.run(hook, shell=True, cwd=cwd, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise GenerationError(f"post hook `{hook}` failed:\n{(result.stdout + result.stderr).strip()}")
