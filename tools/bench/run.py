"""A whole run: the measurements in order, the wheel's size and the load, into one Results."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import ROOT, profiling, spec, stock
from .imports import measure_imports
from .measure import Settings, measure_async, measure_calls, measure_parse
from .sampling import Series
from .server import running_server
from .spec import Workload

PACKAGE_DIR = ROOT / "generated" / "realtimekit-client"


def wheel_size() -> tuple[int, str]:
    """The size and name of the wheel `uv build` makes of the generated package."""
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        raise RuntimeError("uv not found: run the benchmark with `uv run`")
    with tempfile.TemporaryDirectory(prefix="bench-wheel-") as out:
        command = [uv, "build", "--wheel", "--no-progress", "--quiet", str(PACKAGE_DIR), "-o", out]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
        wheels = list(Path(out).glob("*.whl"))
        if result.returncode != 0 or len(wheels) != 1:
            raise RuntimeError(f"uv build failed: {result.stderr.strip()[-500:]}")
        return wheels[0].stat().st_size, wheels[0].name


def load_average() -> str:
    """The three load averages, as /proc/loadavg has them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return " ".join(f"{load:.2f}" for load in os.getloadavg())


@dataclass(frozen=True)
class Results:
    settings: Settings
    work: Workload
    handicap: float  # seconds added to each of this client's calls and parses (0: none)
    calls: dict[tuple[str, str], Series]
    async_batches: dict[str, Series]
    parse: dict[tuple[str, str], Series]
    imports: dict[str, Series]
    wheel: tuple[int, str]  # bytes, file name
    load_before: str
    load_after: str
    seconds: float  # the whole run's


def run(settings: Settings, *, handicap: float = 0.0, profile: bool = False) -> Results:
    """Every measurement: calls and async against the server, then parse and import; then the wheel."""
    work = spec.load()
    load_before, started = load_average(), time.monotonic()
    with stock.generated() as stock_dir:
        with running_server(work.routes()) as url:
            calls = measure_calls(url, work, settings, handicap)
            async_batches = measure_async(url, work, settings, handicap)
            if profile:
                profiling.profile(url, work, settings.calls * 5)
        parse = measure_parse(work, settings, handicap)
        imports = measure_imports(work, settings, stock_dir)
    return Results(
        settings=settings,
        work=work,
        handicap=handicap,
        calls=calls,
        async_batches=async_batches,
        parse=parse,
        imports=imports,
        wheel=wheel_size(),
        load_before=load_before,
        load_after=load_average(),
        seconds=time.monotonic() - started,
    )
