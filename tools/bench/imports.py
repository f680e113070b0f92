"""The import measurement: fresh interpreters, this client vs the stock output (httpx and the SDK for reference)."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path

from .measure import HAS_SDK, PACKAGES, SDK, Settings
from .sampling import Series, interleave
from .spec import Workload

HTTPX = "import httpx"


def import_statements(work: Workload) -> dict[str, str]:
    """What each contender imports: the package, both api modules and every model; httpx alone for reference."""
    statements = {HTTPX: "import httpx"}
    for name, package in PACKAGES.items():
        modules = ", ".join(f"{package}.{op.module}" for op in (work.get, work.post))
        statements[name] = f"import {package}, {modules}; from {package}.models import *"
    if HAS_SDK:  # the SDK loads its resources lazily: what it takes before a realtime_kit call can be made
        statements[SDK] = "import cloudflare; cloudflare.Cloudflare(api_token='x').realtime_kit.recordings"
    return statements


def measure_imports(work: Workload, settings: Settings, stock_dir: Path) -> dict[str, Series]:
    """{contender: seconds to import, in a fresh interpreter}; the warm-up run writes the bytecode."""
    # The stock package's directory is on every interpreter's path (PYTHONPATH), so each searches the same entries.
    template = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONPATH"] = str(stock_dir)

    def once(statement: str) -> float:
        code = template.format(stmt=statement)
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, timeout=120
        )
        return float(result.stdout.split()[-1])

    statements = import_statements(work)
    return interleave({name: partial(once, statement) for name, statement in statements.items()}, settings.imports)
