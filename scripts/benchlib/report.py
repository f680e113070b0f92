"""The report: one table (medians over rounds, paired ratios, verdicts against the targets) and the machine."""

from __future__ import annotations

import contextlib
import math
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from . import ROOT, installed_version
from .measure import Results, Series
from .targets import TARGETS

Row = tuple[str, str, str, str, str, str]
HEADER: Row = ("measurement", "realtimekit-client", "baseline", "cloudflare SDK", "client / baseline", "SDK / client")
MODELS = {"GET": "ActiveRecordingResponse", "POST": "StartRecordingResponse"}


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
    for dist in ("realtimekit-client", "httpx", "httpcore", "cloudflare", "pydantic"):
        version = installed_version(dist)
        versions.append(f"{dist} {version if version else 'not installed'}")
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
    return fmt(series.median) + ("" if math.isnan(spread) else f" ±{spread:.0%}")  # nan: too few rounds


def rows(r: Results) -> list[Row]:
    na = r.sdk_missing or "—"
    table: list[Row] = []
    for op in ("GET", "POST"):
        client, base = r.calls[("client", op)], r.calls[("httpx", op)]
        sdk = r.calls.get(("sdk", op))
        ratio = paired(client, base)
        sdk_ratio = paired(sdk, client) if sdk else None
        table.append(
            (
                f"{op} per call",
                noisy(client, us),
                f"raw httpx {noisy(base, us)}",
                noisy(sdk, us) if sdk else na,
                f"{ratio:.3f}x {TARGETS['per call'].verdict(ratio)}",
                f"{sdk_ratio:.2f}x {TARGETS['per call vs SDK'].verdict(sdk_ratio)}" if sdk_ratio else na,
            )
        )
    client, base = r.async_batches["client"], r.async_batches["httpx"]
    sdk = r.async_batches.get("sdk")
    table.append(
        (
            f"async: {r.settings.batch} concurrent GETs, one client",
            noisy(client, ms),
            f"raw httpx.AsyncClient {noisy(base, ms)}",
            noisy(sdk, ms) if sdk else na,
            f"{paired(client, base):.3f}x",
            f"{paired(sdk, client):.2f}x" if sdk else na,
        )
    )
    for op, model in MODELS.items():
        own, base = r.parse[("from_dict", op)], r.parse[("json.loads", op)]
        ratio = paired(own, base)
        table.append(
            (
                f"parse {model} ({r.body_sizes[op]} B)",
                f"from_dict {noisy(own, us)}",
                f"json.loads {noisy(base, us)}",
                "—",
                f"{ratio:.2f}x {TARGETS['parse'].verdict(ratio)}",
                "—",
            )
        )
    own_import, httpx_import = r.imports["client"], r.imports["httpx"]
    own_ready, sdk_import, sdk_ready = r.imports["client_ready"], r.imports.get("sdk"), r.imports.get("sdk_ready")
    ratio = paired(own_import, httpx_import)
    table.append(
        (
            "import (fresh interpreter)",
            noisy(own_import, ms),
            f"import httpx {noisy(httpx_import, ms)}",
            f"import cloudflare {noisy(sdk_import, ms)}" if sdk_import else na,
            f"{ratio:.2f}x {TARGETS['import'].verdict(ratio)}",
            f"{paired(sdk_import, own_import):.2f}x" if sdk_import else na,
        )
    )
    table.append(
        (
            "import, every model loaded",
            f"+ all models {noisy(own_ready, ms)}",
            "—",
            f"+ realtime_kit.recordings {noisy(sdk_ready, ms)}" if sdk_ready else na,
            f"{paired(own_ready, httpx_import):.2f}x",
            f"{paired(sdk_ready, own_ready):.2f}x" if sdk_ready else na,
        )
    )
    (own_size, own_note), (sdk_size, sdk_note) = r.own_wheel, r.sdk_wheel
    table.append(
        (
            "wheel size",
            kb(own_size) if own_size else own_note,
            "—",
            kb(sdk_size) if sdk_size else sdk_note,
            "—",
            f"{sdk_size / own_size:.0f}x" if own_size and sdk_size else "—",
        )
    )
    return table


def print_report(r: Results, *, quick: bool) -> None:
    table = rows(r)
    widths = [max(len(row[i]) for row in [HEADER, *table]) for i in range(len(HEADER))]

    def line(cells: Row) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    s = r.settings
    print(f"## realtimekit-client benchmark{' (--quick: smoke run, figures meaningless)' if quick else ''}")
    print()
    print(line(HEADER))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in table:
        print(line(row))
    print()
    print(
        f"{s.rounds} interleaved rounds of {s.calls} sequential calls;"
        f" {s.async_rounds} of {s.batch} concurrent GETs (asyncio.gather) per async client"
        f" ({s.parse_loops} parses; {s.import_runs} fresh interpreters per import);"
        " times: median over rounds, ±: half the interquartile range relative to the median;"
        " ratios: median of the per-round ratios"
    )
    for fact in machine_facts():
        print(fact)
    print(
        f"load average (1 min) {r.load_before:.2f} before, {r.load_after:.2f} after;"
        f" {time.monotonic() - r.started:.0f} s; server: asyncio HTTP/1.1 keep-alive in a child process on 127.0.0.1"
    )
    (own_size, own_note), (sdk_size, sdk_note) = r.own_wheel, r.sdk_wheel
    print(f"wheels: {own_note if own_size else '—'}; {sdk_note if sdk_size else '—'}")
