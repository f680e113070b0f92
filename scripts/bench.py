"""Benchmark realtimekit-client against raw httpx and the official `cloudflare` SDK.

    uv run --group bench scripts/bench.py            # the full run (about two minutes)
    uv run --group bench scripts/bench.py --quick    # a smoke run of a few seconds (the test suite runs this)
    uv run --group bench scripts/bench.py --profile  # also profile this client's calls (pyinstrument or cProfile)

One run starts a keep-alive HTTP/1.1 server (asyncio, in a child process, on 127.0.0.1) that answers both
operations with the spec's example bodies, then measures, interleaving the contenders over several rounds:

- per call: N sequential calls of GET active-recording and POST start through (a) raw httpx (request, status
  check, json.loads), (b) this client's `sync`, (c) the SDK's `realtime_kit.recordings` methods (max_retries=0);
- parse: `from_dict` of both response bodies vs `json.loads` of the same bytes;
- import: in a fresh interpreter, this package and its api modules vs `import httpx` vs `import cloudflare`;
- size: the wheel `uv build` makes of generated/realtimekit-client vs the SDK's wheel from the registry.

It prints one table (medians over rounds, ratios) plus the machine and versions. Without the `bench`
dependency group the SDK columns say "not installed". Figures are for comparing within one run only: the
ratios matter, the absolute times depend on the machine and its load. Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import hashlib
import importlib.metadata
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "generated" / "realtimekit-client"
sys.path.insert(0, str(ROOT / "tests"))  # spec_helpers: the spec's example bodies

ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"
APP = "2a95132c15732412d22c1476fa83f27a"
MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"
TOKEN = "bench-token-not-a-secret-0123456789abcdef"
GET_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/recordings/active-recording/{MEETING}"
POST_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/recordings"
SDK_WHEEL_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "realtimekit-client-bench"


@dataclass(frozen=True)
class Settings:
    calls: int  # sequential calls per contender per round
    rounds: int  # interleaved rounds; the reported figure is the median over rounds
    parse_loops: int  # parses per contender per round
    import_runs: int  # fresh interpreters per contender
    download: bool  # may fetch the SDK wheel from the registry


FULL = Settings(calls=200, rounds=60, parse_loops=2000, import_runs=21, download=True)
QUICK = Settings(calls=20, rounds=2, parse_loops=200, import_runs=1, download=False)


# ---- the server ---------------------------------------------------------------------------------------------


def serve() -> None:
    """Child process: read {"get": body, "post": body} on stdin, print the port, answer until the parent goes."""
    bodies = json.loads(sys.stdin.readline())

    def reply(status: str, body: bytes) -> bytes:
        head = (
            f"HTTP/1.1 {status}\r\n"
            "Date: Sat, 21 Nov 2026 10:00:00 GMT\r\n"
            "Content-Type: application/json; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Connection: keep-alive\r\n"
            "Server: cloudflare\r\n"
            "CF-RAY: 8e0f0f0f0f0f0f0f-LHR\r\n"
            "\r\n"
        )
        return head.encode("ascii") + body

    get_reply = reply("200 OK", bodies["get"].encode())
    post_reply = reply("200 OK", bodies["post"].encode())
    not_found = reply("404 Not Found", b'{"success":false,"error":{"code":404,"message":"not found"}}')
    get_target = GET_PATH.encode()
    post_target = POST_PATH.encode()

    class Http11(asyncio.Protocol):
        """Just enough HTTP/1.1: request line, Content-Length bodies, keep-alive, pipelining."""

        def __init__(self) -> None:
            self.buffer = b""
            self.transport: asyncio.Transport | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport = transport

        def data_received(self, data: bytes) -> None:
            assert self.transport is not None
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                lines = self.buffer[:end].split(b"\r\n")
                length, close = 0, False
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value)
                    elif name == b"connection":
                        close = value.strip().lower() == b"close"
                if len(self.buffer) < end + 4 + length:
                    return  # the body is still coming
                self.buffer = self.buffer[end + 4 + length :]
                method, target = (lines[0].split(b" ") + [b"", b""])[:2]
                if method == b"GET" and target == get_target:
                    self.transport.write(get_reply)
                elif method == b"POST" and target == post_target:
                    self.transport.write(post_reply)
                else:
                    self.transport.write(not_found)
                if close:
                    self.transport.close()
                    return

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Http11, "127.0.0.1", 0)
        print(server.sockets[0].getsockname()[1], flush=True)
        parent, deadline = os.getppid(), time.monotonic() + 3600
        while os.getppid() == parent and time.monotonic() < deadline:  # bounded; ends with the parent
            await asyncio.sleep(0.5)
        server.close()

    asyncio.run(main())


@contextlib.contextmanager
def running_server(bodies: dict[str, str]) -> Iterator[str]:
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(json.dumps(bodies) + "\n")
        child.stdin.flush()
        port = child.stdout.readline().strip()
        if not port.isdigit():
            raise RuntimeError(f"the benchmark server did not start (exit {child.poll()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=5)


# ---- the contenders -----------------------------------------------------------------------------------------


# A contender, set up against the server: (one GET call, one POST call, close).
Calls = tuple[Callable[[], Any], Callable[[], Any], Callable[[], None]]


def raw_httpx(url: str, request_body: dict[str, Any]) -> Calls:
    import httpx

    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})

    def get() -> Any:
        response = client.get(GET_PATH)
        if response.status_code != 200:
            raise RuntimeError(f"GET answered {response.status_code}")
        return json.loads(response.content)

    def post() -> Any:
        response = client.post(POST_PATH, json=request_body)
        if response.status_code != 200:
            raise RuntimeError(f"POST answered {response.status_code}")
        return json.loads(response.content)

    return get, post, client.close


def this_client(url: str, request_body: dict[str, Any]) -> Calls:
    from realtimekit_client import AuthenticatedClient
    from realtimekit_client.api.recordings import get_active_recording, start_recording
    from realtimekit_client.models import ActiveRecordingResponse, StartRecordingRequest, StartRecordingResponse

    client = AuthenticatedClient(base_url=url, token=TOKEN)
    client.__enter__()
    body = StartRecordingRequest.from_dict(request_body)

    def get() -> Any:
        return get_active_recording.sync(account_id=ACCOUNT, app_id=APP, meeting_id=MEETING, client=client)

    def post() -> Any:
        return start_recording.sync(account_id=ACCOUNT, app_id=APP, client=client, body=body)

    for call, expected in ((get, ActiveRecordingResponse), (post, StartRecordingResponse)):
        if not isinstance(result := call(), expected):
            raise RuntimeError(f"realtimekit_client returned {result!r}, not {expected.__name__}")
    return get, post, lambda: client.__exit__(None, None, None)


def official_sdk(url: str, request_body: dict[str, Any]) -> Calls:
    from cloudflare import Cloudflare

    client = Cloudflare(api_token=TOKEN, base_url=url, max_retries=0)
    recordings = client.realtime_kit.recordings
    kwargs = dict(request_body)
    meeting_id = kwargs.pop("meeting_id")

    def get() -> Any:
        return recordings.get_active_recordings(MEETING, account_id=ACCOUNT, app_id=APP)

    def post() -> Any:
        return recordings.start_recordings(APP, account_id=ACCOUNT, meeting_id=meeting_id, **kwargs)

    for call in (get, post):
        if getattr(result := call(), "success", None) is not True:
            raise RuntimeError(f"cloudflare returned {result!r}")
    return get, post, client.close


def sdk_missing() -> str:
    try:
        importlib.metadata.version("cloudflare")
    except importlib.metadata.PackageNotFoundError:
        return "not installed (uv sync --group bench)"
    return ""


# ---- measuring ----------------------------------------------------------------------------------------------


def per_call(fn: Callable[[], Any], calls: int) -> float:
    """Mean seconds per call over `calls` sequential calls (GC on, as in production)."""
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


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


def measure_calls(url: str, settings: Settings, request_body: dict[str, Any]) -> dict[tuple[str, str], Series]:
    """{(contender, "GET"|"POST"): per-call seconds per round}; contenders run in a shuffled order each round."""
    setups = {"httpx": raw_httpx, "client": this_client}
    if not sdk_missing():
        setups["sdk"] = official_sdk
    calls: dict[tuple[str, str], Callable[[], Any]] = {}
    closers = []
    try:
        for name, setup in setups.items():
            get, post, close = setup(url, request_body)
            closers.append(close)
            calls[(name, "GET")], calls[(name, "POST")] = get, post
        for fn in calls.values():  # warm up: connections, caches, lazy imports
            per_call(fn, max(10, settings.calls // 10))
        results = {key: Series() for key in calls}
        order = list(calls)
        rng = random.Random(6)
        for _ in range(settings.rounds):
            rng.shuffle(order)
            for key in order:
                results[key].samples.append(per_call(calls[key], settings.calls))
        return results
    finally:
        for close in closers:
            close()


def measure_parse(settings: Settings, bodies: dict[str, bytes]) -> dict[tuple[str, str], Series]:
    """{("from_dict"|"json.loads", "GET"|"POST"): seconds per parse per round}."""
    from realtimekit_client.models import ActiveRecordingResponse, StartRecordingResponse

    models: dict[str, type[ActiveRecordingResponse] | type[StartRecordingResponse]]
    models = {"GET": ActiveRecordingResponse, "POST": StartRecordingResponse}
    loops = settings.parse_loops
    jobs: dict[tuple[str, str], Callable[[], float]] = {}
    for op, raw in bodies.items():
        data, from_dict = json.loads(raw), models[op].from_dict

        def run_from_dict(data: Any = data, from_dict: Any = from_dict) -> float:
            start = time.perf_counter()
            for _ in range(loops):
                from_dict(data)
            return (time.perf_counter() - start) / loops

        def run_loads(raw: bytes = raw) -> float:
            loads = json.loads
            start = time.perf_counter()
            for _ in range(loops):
                loads(raw)
            return (time.perf_counter() - start) / loops

        jobs[("from_dict", op)], jobs[("json.loads", op)] = run_from_dict, run_loads
    for job in jobs.values():
        job()
    results = {key: Series() for key in jobs}
    order, rng = list(jobs), random.Random(6)
    for _ in range(settings.rounds):
        rng.shuffle(order)
        for key in order:
            results[key].samples.append(jobs[key]())
    return results


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
    """Seconds to import, each in a fresh interpreter (bytecode already cached: the first run is discarded)."""
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

    for name in names:
        once(name)
    results = {name: Series() for name in names}
    rng = random.Random(6)
    for _ in range(settings.import_runs):
        rng.shuffle(names)
        for name in names:
            results[name].samples.append(once(name))
    return results


def uv_executable() -> str | None:
    return os.environ.get("UV") or shutil.which("uv")


def own_wheel_size() -> tuple[int | None, str]:
    uv = uv_executable()
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
    try:
        version = importlib.metadata.version("cloudflare")
    except importlib.metadata.PackageNotFoundError:
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


# ---- reporting ----------------------------------------------------------------------------------------------


def machine_facts() -> list[str]:
    cpu = platform.processor() or "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    cores = os.cpu_count()
    with contextlib.suppress(AttributeError):
        cores = len(os.sched_getaffinity(0))
    versions = []
    for dist in ("realtimekit-client", "httpx", "httpcore", "attrs", "cloudflare", "pydantic"):
        try:
            versions.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{dist} not installed")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    dirty = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True, cwd=ROOT).stdout
    return [
        f"machine: {platform.system()} {platform.release()} {platform.machine()}, {cpu}, {cores} cores usable",
        f"python: {platform.python_implementation()} {platform.python_version()}; " + ", ".join(versions),
        f"commit: {commit.stdout.strip() or '?'}{' with uncommitted changes' if dirty.strip() else ''}",
    ]


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def kb(size: int) -> str:
    return f"{size / 1024:,.0f} KiB"


def paired(a: Series, b: Series) -> float:
    """a / b: the median of the per-round ratios (both ran in the same round, so under the same load)."""
    return statistics.median(x / y for x, y in zip(a.samples, b.samples, strict=True))


def noisy(series: Series, fmt: Callable[[float], str]) -> str:
    spread = series.spread
    return fmt(series.median) + ("" if spread != spread else f" ±{spread:.0%}")  # nan: too few rounds


def verdict(value: float, limit: float, *, at_least: bool = False) -> str:
    ok = value >= limit if at_least else value <= limit
    return f"{'met' if ok else 'MISSED'} ({'>=' if at_least else '<='} {limit:g}x)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke run with a small N (seconds, not minutes)")
    parser.add_argument("--calls", type=int, help="sequential calls per contender per round")
    parser.add_argument("--rounds", type=int, help="interleaved rounds")
    parser.add_argument("--profile", action="store_true", help="also profile this client's GET and POST calls")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.serve:
        serve()
        return 0

    settings = QUICK if args.quick else FULL
    if args.calls or args.rounds:
        settings = Settings(
            calls=args.calls or settings.calls,
            rounds=args.rounds or settings.rounds,
            parse_loops=settings.parse_loops,
            import_runs=settings.import_runs,
            download=settings.download,
        )
    from support.spec import example

    # Compact JSON, as an API sends it; the same bytes are served and parsed.
    raw = {
        "GET": json.dumps(example("get_active_recording", "200"), separators=(",", ":")).encode(),
        "POST": json.dumps(example("start_recording", "200"), separators=(",", ":")).encode(),
    }
    request_body = example("start_recording", "request", "full")
    missing = sdk_missing()
    load_before = os.getloadavg()
    started = time.monotonic()

    with running_server({"get": raw["GET"].decode(), "post": raw["POST"].decode()}) as url:
        calls = measure_calls(url, settings, request_body)
        if args.profile:
            profile_client(url, request_body, settings)
    parse = measure_parse(settings, raw)
    imports = measure_imports(settings)
    own_size, own_note = own_wheel_size()
    sdk_size, sdk_note = sdk_wheel_size(settings) if not missing else (None, missing)
    load_after = os.getloadavg()

    na = missing or "—"
    rows: list[tuple[str, str, str, str, str, str]] = []
    for op in ("GET", "POST"):
        client, base = calls[("client", op)], calls[("httpx", op)]
        sdk = calls.get(("sdk", op))
        ratio = paired(client, base)
        sdk_ratio = paired(sdk, client) if sdk else None
        rows.append(
            (
                f"{op} per call",
                noisy(client, us),
                f"raw httpx {noisy(base, us)}",
                noisy(sdk, us) if sdk else na,
                f"{ratio:.3f}x {verdict(ratio, 1.10)}",
                f"{sdk_ratio:.2f}x {verdict(sdk_ratio, 1.6, at_least=True)}" if sdk_ratio else na,
            )
        )
    for op, model in (("GET", "ActiveRecordingResponse"), ("POST", "StartRecordingResponse")):
        own, base = parse[("from_dict", op)], parse[("json.loads", op)]
        ratio = paired(own, base)
        rows.append(
            (
                f"parse {model} ({len(raw[op])} B)",
                f"from_dict {noisy(own, us)}",
                f"json.loads {noisy(base, us)}",
                "—",
                f"{ratio:.2f}x {verdict(ratio, 2)}",
                "—",
            )
        )
    own_import, httpx_import = imports["client"], imports["httpx"]
    own_ready, sdk_import, sdk_ready = imports["client_ready"], imports.get("sdk"), imports.get("sdk_ready")
    ratio = paired(own_import, httpx_import)
    rows.append(
        (
            "import (fresh interpreter)",
            noisy(own_import, ms),
            f"import httpx {noisy(httpx_import, ms)}",
            f"import cloudflare {noisy(sdk_import, ms)}" if sdk_import else na,
            f"{ratio:.2f}x {verdict(ratio, 1.3)}",
            f"{paired(sdk_import, own_import):.2f}x" if sdk_import else na,
        )
    )
    rows.append(
        (
            "import, every model loaded",
            f"+ all models {noisy(own_ready, ms)}",
            "—",
            f"+ realtime_kit.recordings {noisy(sdk_ready, ms)}" if sdk_ready else na,
            f"{paired(own_ready, httpx_import):.2f}x",
            f"{paired(sdk_ready, own_ready):.2f}x" if sdk_ready else na,
        )
    )
    rows.append(
        (
            "wheel size",
            kb(own_size) if own_size else own_note,
            "—",
            kb(sdk_size) if sdk_size else sdk_note,
            "—",
            f"{sdk_size / own_size:.0f}x" if own_size and sdk_size else "—",
        )
    )

    header = ("measurement", "realtimekit-client", "baseline", "cloudflare SDK", "client / baseline", "SDK / client")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    print(f"## realtimekit-client benchmark{' (--quick: smoke run, figures meaningless)' if args.quick else ''}")
    print()
    print(line(header))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in rows:
        print(line(row))
    print()
    print(
        f"{settings.rounds} interleaved rounds of {settings.calls} sequential calls"
        f" ({settings.parse_loops} parses; {settings.import_runs} fresh interpreters per import);"
        " times: median over rounds, ±: half the interquartile range relative to the median;"
        " ratios: median of the per-round ratios"
    )
    for fact in machine_facts():
        print(fact)
    print(
        f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after;"
        f" {time.monotonic() - started:.0f} s; server: asyncio HTTP/1.1 keep-alive in a child process on 127.0.0.1"
    )
    print(f"wheels: {own_note if own_size else '—'}; {sdk_note if sdk_size else '—'}")
    return 0


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
                fallback = cProfile.Profile()
                fallback.runcall(per_call, fn, calls)
                print(f"\n## cProfile: this client, {calls} {name} calls (cumulative, top 25)")
                pstats.Stats(fallback).sort_stats("cumulative").print_stats(25)
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


if __name__ == "__main__":
    raise SystemExit(main())
