"""The report: one table (this client, its anchor, the ratio, the target, met/MISSED) and the machine's facts."""

from __future__ import annotations

import contextlib
import importlib.metadata
import math
import os
import platform
import subprocess
from collections.abc import Callable

from . import ROOT
from .imports import HTTPX
from .measure import POOL_CONNECTIONS, RAW, SDK, STOCK, THIS
from .run import Results
from .sampling import Ratio, Series, paired
from .targets import ASYNC, GET, IMPORT, PARSE_ACTIVE, PARSE_START, POST, TARGETS, WHEEL, Target

HEADER = ("measurement", THIS, "anchor", "ratio", "target", "verdict", "samples", "also measured (ratio to anchor)")
Row = tuple[str, str, str, str, str, str, str, str]


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def ratio_text(ratio: Ratio) -> str:
    noise = "" if math.isnan(ratio.spread) else f" ±{ratio.spread:.0%}"  # nan: too few rounds to say
    return f"{ratio.median:.3f}x{noise}"


def judged(
    target: Target, own: Series, anchor: Series, fmt: Callable[[float], str], samples: str, others: dict[str, Series]
) -> Row:
    ratio = paired(own, anchor)
    also = "; ".join(
        f"{name} {fmt(series.median)} ({paired(series, anchor).median:.2f}x)" for name, series in others.items()
    )
    return (
        target.row,
        fmt(own.median),
        f"{target.anchor} {fmt(anchor.median)}",
        ratio_text(ratio),
        target.describe(),
        "met" if target.met(ratio.median) else "MISSED",
        samples,
        also or "—",
    )


def rows(r: Results) -> list[Row]:
    s = r.settings
    table = [
        judged(
            IMPORT,
            r.imports[THIS],
            r.imports[STOCK],
            ms,
            f"{s.imports} interpreters",
            {name: r.imports[name] for name in (HTTPX, SDK) if name in r.imports},
        )
    ]
    for target, op in ((PARSE_ACTIVE, r.work.get), (PARSE_START, r.work.post)):
        model = op.response_model
        samples = f"{s.rounds} rounds x {s.parses} parses"
        table.append(judged(target, r.parse[(THIS, model)], r.parse[(STOCK, model)], us, samples, {}))
    for target, method in ((GET, "GET"), (POST, "POST")):
        others = {name: r.calls[(name, method)] for name in (STOCK, SDK) if (name, method) in r.calls}
        samples = f"{s.rounds} rounds x {s.calls} calls"
        table.append(judged(target, r.calls[(THIS, method)], r.calls[(RAW, method)], us, samples, others))
    others = {name: r.async_batches[name] for name in (STOCK, SDK) if name in r.async_batches}
    samples = f"{s.rounds} rounds x {s.batches} batches"
    table.append(judged(ASYNC, r.async_batches[THIS], r.async_batches[RAW], ms, samples, others))
    size, _ = r.wheel
    table.append(
        (
            WHEEL.row,
            f"{size:,} bytes",
            f"{WHEEL.anchor} {WHEEL.limit:,.0f} bytes",
            f"{size / WHEEL.limit:.3f}x",
            WHEEL.describe(),
            "met" if WHEEL.met(size) else "MISSED",
            "1 build",
            "—",
        )
    )
    assert [row[0] for row in table] == [target.row for target in TARGETS], "a target without its row"
    return table


def machine_facts(r: Results) -> list[str]:
    cpu = platform.processor() or "?"
    with contextlib.suppress(OSError):
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for dist in ("realtimekit-client", "openapi-python-client", "httpx", "httpcore", "attrs", "cloudflare"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions.append(f"{dist} {importlib.metadata.version(dist)}")

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT).stdout.strip()

    dirty = " with uncommitted changes" if git("status", "--porcelain") else ""
    return [
        f"machine: {platform.system()} {platform.machine()}, {cpu}, {cores} cores usable;"
        f" load (1, 5, 15 min) {r.load_before} before, {r.load_after} after; the run took {r.seconds:.0f} s",
        f"python: {platform.python_implementation()} {platform.python_version()}; " + ", ".join(versions),
        f"commit: {git('rev-parse', '--short', 'HEAD') or '?'}{dirty}; wheel: {r.wheel[1]}",
    ]


def print_report(r: Results, *, quick: bool) -> None:
    table = rows(r)
    widths = [max(len(row[i]) for row in [HEADER, *table]) for i in range(len(HEADER))]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    s, work = r.settings, r.work
    print(f"## realtimekit-client benchmark{' (--quick: a smoke run, the figures mean nothing)' if quick else ''}")
    if r.handicap:
        print(f"\n--handicap: {r.handicap * 1e6:g} µs of CPU added to each of {THIS}'s calls and parses")
    print()
    print(line(HEADER))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in table:
        print(line(row))
    met = sum(row[5] == "met" for row in table)
    print()
    print(f"- targets met: {met} of {len(table)}")
    print(
        f"- a sample: the mean over {s.calls} sequential calls, {s.parses} parses, or {s.batches} batches of"
        f" {s.batch} concurrent GETs (asyncio.gather) on one client with {POOL_CONNECTIONS} connections;"
        " one import per fresh interpreter. Contenders alternate in a shuffled order each round; a time is the"
        " median over rounds, a ratio the median of the per-round ratios, ± half their interquartile range"
    )
    print(
        f"- bodies: {work.get.response_model} {len(work.get.response)} B, {work.post.response_model}"
        f" {len(work.post.response)} B (the spec's reference examples); server: asyncio HTTP/1.1 keep-alive,"
        " in a child process on 127.0.0.1"
    )
    for fact in machine_facts(r):
        print(f"- {fact}")
