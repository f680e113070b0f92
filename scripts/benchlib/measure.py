"""The measurements: per call, parse, import and wheel size, each interleaving its contenders over rounds."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from . import ROOT, installed_version
from .contenders import async_contenders, contenders, sdk_missing, this_client
from .server import running_server
from .workload import Workload

PACKAGE_DIR = ROOT / "generated" / "realtimekit-client"
SDK_WHEEL_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "realtimekit-client-bench"

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Settings:
    calls: int  # sequential calls per contender per round
    rounds: int  # interleaved rounds; the reported figure is the median over rounds
    parse_loops: int  # parses per contender per round
    import_runs: int  # fresh interpreters per contender
    download: bool  # may fetch the SDK wheel from the registry
    batch: int  # concurrent GETs on one async client per round
    async_rounds: int  # interleaved rounds of one batch each


FULL = Settings(calls=200, rounds=60, parse_loops=2000, import_runs=21, download=True, batch=50, async_rounds=60)
QUICK = Settings(calls=20, rounds=2, parse_loops=200, import_runs=1, download=False, batch=10, async_rounds=2)


@dataclass
class Series:
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        """Half the interquartile range, relative to the median: how noisy the rounds were."""
        if len(self.samples) < 4:
            return float("nan")
        q1, _, q3 = statistics.quantiles(self.samples, n=4)
        return (q3 - q1) / 2 / self.median


def interleave(
    jobs: dict[K, Callable[[], float]], rounds: int, warm_ups: dict[K, Callable[[], object]] | None = None
) -> dict[K, Series]:
    """Warm up (each job once, unless given), then `rounds` rounds running every job once in a shuffled order.

    Each job returns one sample; jobs of one round ran under the same load, so their ratios can be paired.
    """
    for job in (warm_ups or jobs).values():
        job()
    results = {key: Series() for key in jobs}
    order, rng = list(jobs), random.Random(6)
    for _ in range(rounds):
        rng.shuffle(order)
        for key in order:
            results[key].samples.append(jobs[key]())
    return results


def per_call(fn: Callable[[], Any], calls: int) -> float:
    """Mean seconds per call over `calls` sequential calls (GC on, as in production)."""
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def per_parse(parse: Callable[[Any], Any], value: Any, loops: int) -> float:
    """Mean seconds per `parse(value)` over `loops` parses."""
    start = time.perf_counter()
    for _ in range(loops):
        parse(value)
    return (time.perf_counter() - start) / loops


def measure_calls(url: str, settings: Settings, request_body: dict[str, Any]) -> dict[tuple[str, str], Series]:
    """{(contender, "GET"|"POST"): per-call seconds per round}."""
    calls: dict[tuple[str, str], Callable[[], Any]] = {}
    closers = []
    try:
        for name, setup in contenders().items():
            get, post, close = setup(url, request_body)
            closers.append(close)
            calls[(name, "GET")], calls[(name, "POST")] = get, post
        warm_up = max(10, settings.calls // 10)  # connections, caches, lazy imports
        return interleave(
            {key: partial(per_call, fn, settings.calls) for key, fn in calls.items()},
            settings.rounds,
            {key: partial(per_call, fn, warm_up) for key, fn in calls.items()},
        )
    finally:
        for close in closers:
            close()


def measure_async(url: str, settings: Settings) -> dict[str, Series]:
    """{contender: seconds per round for `batch` concurrent GETs (asyncio.gather) on one async client}."""

    async def main() -> dict[str, Series]:
        gets: dict[str, Callable[[], Any]] = {}
        closers = []
        try:
            for name, setup in async_contenders().items():
                get, close = await setup(url)
                closers.append(close)
                gets[name] = get

            async def batch(get: Callable[[], Any]) -> float:
                start = time.perf_counter()
                await asyncio.gather(*(get() for _ in range(settings.batch)))
                return time.perf_counter() - start

            for get in gets.values():  # warm-up: opens the connections of the pool
                await batch(get)
            results = {name: Series() for name in gets}
            order, rng = list(gets), random.Random(6)
            for _ in range(settings.async_rounds):
                rng.shuffle(order)
                for name in order:
                    results[name].samples.append(await batch(gets[name]))
            return results
        finally:
            for close in closers:
                await close()

    return asyncio.run(main())


def measure_parse(settings: Settings, bodies: dict[str, bytes]) -> dict[tuple[str, str], Series]:
    """{("from_dict"|"json.loads", "GET"|"POST"): seconds per parse per round}."""
    from realtimekit_client.models import ActiveRecordingResponse, StartRecordingResponse

    from_dicts: dict[str, Callable[[Any], Any]] = {
        "GET": ActiveRecordingResponse.from_dict,
        "POST": StartRecordingResponse.from_dict,
    }
    loops = settings.parse_loops
    jobs: dict[tuple[str, str], Callable[[], float]] = {}
    for op, raw in bodies.items():
        data, from_dict = json.loads(raw), from_dicts[op]
        jobs[("from_dict", op)] = partial(per_parse, from_dict, data, loops)
        jobs[("json.loads", op)] = partial(per_parse, json.loads, raw, loops)
    return interleave(jobs, settings.rounds)


IMPORTS = {
    "client": "import realtimekit_client, realtimekit_client.api.recordings.get_active_recording,"
    " realtimekit_client.api.recordings.start_recording",
    # ... and with every model loaded (models/__init__.py loads them on first use).
    "client_ready": "import realtimekit_client.api.recordings.get_active_recording,"
    " realtimekit_client.api.recordings.start_recording; from realtimekit_client.models import *",
    "httpx": "import httpx",
    "sdk": "import cloudflare",
    # The SDK loads its resources lazily: what it takes before the first realtime_kit call can be made.
    "sdk_ready": "import cloudflare; cloudflare.Cloudflare(api_token='x').realtime_kit.recordings",
}


def measure_imports(settings: Settings) -> dict[str, Series]:
    """Seconds to import, each in a fresh interpreter (bytecode already cached: the warm-up run is discarded)."""
    names = [n for n in IMPORTS if not n.startswith("sdk") or not sdk_missing()]
    template = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

    def once(name: str) -> float:
        out = subprocess.run(
            [sys.executable, "-c", template.format(stmt=IMPORTS[name])],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=120,
        )
        return float(out.stdout.strip().splitlines()[-1])

    return interleave({name: partial(once, name) for name in names}, settings.import_runs)


def own_wheel_size() -> tuple[int | None, str]:
    """The size and name of the wheel `uv build` makes of the generated package, or (None, why not)."""
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        return None, "uv not found"
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run(
            [uv, "build", "--wheel", "--no-progress", "--quiet", "--out-dir", out, str(PACKAGE_DIR)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        wheels = list(Path(out).glob("*.whl"))
        if result.returncode != 0 or not wheels:
            return None, f"uv build failed: {result.stderr.strip()[-200:]}"
        return wheels[0].stat().st_size, wheels[0].name


def locked_sha256(filename: str) -> str | None:
    """The sha256 uv.lock records for a wheel, to check a downloaded one against."""
    lock = (ROOT / "uv.lock").read_text(encoding="utf-8")
    match = re.search(re.escape(filename) + r'", hash = "sha256:([0-9a-f]{64})"', lock)
    return match.group(1) if match else None


def sdk_wheel_size(settings: Settings) -> tuple[int | None, str]:
    """The SDK's wheel from a local cache, else downloaded from the registry with pip (not in --quick)."""
    version = installed_version("cloudflare")
    if version is None:
        return None, "not installed"
    filename = f"cloudflare-{version}-py3-none-any.whl"
    cached = SDK_WHEEL_CACHE / filename
    if not cached.exists():
        if not settings.download:
            return None, "not in the local cache (the full run downloads it)"
        pip = [sys.executable, "-m", "pip"]
        if subprocess.run([*pip, "--version"], capture_output=True).returncode != 0:
            found = shutil.which("pip3") or shutil.which("pip")
            if found is None:
                return None, "no pip to download it with"
            pip = [found]
        with tempfile.TemporaryDirectory() as out:
            result = subprocess.run(
                [*pip, "download", "--quiet", "--no-deps", "--only-binary=:all:", "-d", out, f"cloudflare=={version}"],
                capture_output=True,
                text=True,
                timeout=300,
            )
            downloaded = Path(out) / filename
            if result.returncode != 0 or not downloaded.exists():
                return None, f"download failed: {(result.stderr.strip() or 'no wheel')[-200:]}"
            SDK_WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
            shutil.move(downloaded, cached)
    expected = locked_sha256(filename)
    if expected and hashlib.sha256(cached.read_bytes()).hexdigest() != expected:
        return None, f"{cached} does not match uv.lock's sha256"
    return cached.stat().st_size, filename


def profile_client(url: str, request_body: dict[str, Any], settings: Settings) -> None:
    """Where this client's time goes: pyinstrument when installed (the bench group), else cProfile."""
    get, post, close = this_client(url, request_body)
    calls = settings.calls * 5
    try:
        try:
            from pyinstrument import Profiler
        except ImportError:
            import cProfile
            import pstats

            for name, fn in (("GET", get), ("POST", post)):
                c_profiler = cProfile.Profile()
                c_profiler.runcall(per_call, fn, calls)
                print(f"\n## cProfile: this client, {calls} {name} calls (cumulative, top 25)")
                pstats.Stats(c_profiler).sort_stats("cumulative").print_stats(25)
            return
        for name, fn in (("GET", get), ("POST", post)):
            gc.collect()
            profiler = Profiler(interval=0.0001)
            profiler.start()
            per_call(fn, calls)
            profiler.stop()
            print(f"\n## pyinstrument: this client, {calls} {name} calls")
            print(profiler.output_text(unicode=True, color=False, show_all=False))
    finally:
        close()


@dataclass(frozen=True)
class Results:
    settings: Settings
    body_sizes: dict[str, int]  # "GET"/"POST": bytes of the response body
    calls: dict[tuple[str, str], Series]
    async_batches: dict[str, Series]  # contender: seconds per batch of concurrent GETs
    parse: dict[tuple[str, str], Series]
    imports: dict[str, Series]
    own_wheel: tuple[int | None, str]  # (size, file name) or (None, why not)
    sdk_wheel: tuple[int | None, str]
    sdk_missing: str  # why the SDK columns are empty, or ""
    load_before: float  # load average (1 min)
    load_after: float
    started: float  # time.monotonic() at the start


def run(settings: Settings, workload: Workload, *, profile: bool = False) -> Results:
    """Every measurement, in order: calls (and the profile) against the server, then parse, import, wheels."""
    missing = sdk_missing()
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    with running_server(workload.routes()) as url:
        calls = measure_calls(url, settings, workload.request_body)
        async_batches = measure_async(url, settings)
        if profile:
            profile_client(url, workload.request_body, settings)
    parse = measure_parse(settings, workload.responses)
    imports = measure_imports(settings)
    own_wheel = own_wheel_size()
    sdk_wheel = sdk_wheel_size(settings) if not missing else (None, missing)
    return Results(
        settings=settings,
        body_sizes={op: len(body) for op, body in workload.responses.items()},
        calls=calls,
        async_batches=async_batches,
        parse=parse,
        imports=imports,
        own_wheel=own_wheel,
        sdk_wheel=sdk_wheel,
        sdk_missing=missing,
        load_before=load_before,
        load_after=os.getloadavg()[0],
        started=started,
    )
