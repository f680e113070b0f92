"""The measurements in one process, each interleaving its contenders over rounds: per call, async, parse."""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx

from . import async_contenders, contenders, stock
from .sampling import Series, busy_wait, interleave
from .spec import Workload

THIS, STOCK, RAW, SDK = "realtimekit_client", "stock output", "careful httpx", "cloudflare SDK"
PACKAGES = {THIS: "realtimekit_client", STOCK: stock.PACKAGE}
HAS_SDK = importlib.util.find_spec("cloudflare") is not None
# One pool setting for every contender. The connections stay open for the whole run: with httpx's defaults the
# async pool's size wanders (idle connections expire after 5 s; httpcore closes idle ones while more than 20 are
# open), and a batch's time follows the pool's size more than the client's code (docs/benchmarks.md).
POOL_CONNECTIONS = 10
POOL = httpx.Limits(max_connections=POOL_CONNECTIONS, max_keepalive_connections=POOL_CONNECTIONS, keepalive_expiry=None)


@dataclass(frozen=True)
class Settings:
    rounds: int  # interleaved rounds of the call, async and parse measurements: samples per contender
    calls: int  # sequential calls per call sample
    batch: int  # concurrent GETs (asyncio.gather) per async batch
    batches: int  # batches per async sample
    parses: int  # from_dict calls per parse sample
    imports: int  # fresh interpreters per contender: the import measurement's rounds


FULL = Settings(rounds=40, calls=100, batch=50, batches=2, parses=1000, imports=21)
QUICK = Settings(rounds=3, calls=10, batch=10, batches=1, parses=50, imports=2)


def per_call(call: Callable[[], object], calls: int) -> float:
    """Mean seconds per call over `calls` sequential calls."""
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


def measure_calls(url: str, work: Workload, settings: Settings, handicap: float) -> dict[tuple[str, str], Series]:
    """{(contender, "GET"|"POST"): seconds per call, one sample per round}."""
    setups: dict[str, Callable[[str, Workload, httpx.Limits], contenders.SyncCalls]] = {
        THIS: partial(contenders.generated_client, PACKAGES[THIS]),
        STOCK: partial(contenders.generated_client, PACKAGES[STOCK]),
        RAW: contenders.careful_httpx,
    }
    if HAS_SDK:
        setups[SDK] = contenders.cloudflare_sdk
    opened: dict[str, contenders.SyncCalls] = {}
    try:
        for name, setup in setups.items():
            opened[name] = setup(url, work, POOL)
        if handicap:
            opened[THIS] = contenders.handicapped(opened[THIS], handicap)
        jobs: dict[tuple[str, str], Callable[[], float]] = {}
        for name, calls in opened.items():
            jobs[(name, "GET")] = partial(per_call, calls.get, settings.calls)
            jobs[(name, "POST")] = partial(per_call, calls.post, settings.calls)
        return interleave(jobs, settings.rounds)
    finally:
        for calls in opened.values():
            calls.close()


def measure_async(url: str, work: Workload, settings: Settings, handicap: float) -> dict[str, Series]:
    """{contender: seconds per batch of `batch` concurrent GETs on one client, one sample per round}."""
    setups: dict[str, Callable[[str, Workload, httpx.Limits], Awaitable[async_contenders.AsyncCalls]]] = {
        THIS: partial(async_contenders.generated_client, PACKAGES[THIS]),
        STOCK: partial(async_contenders.generated_client, PACKAGES[STOCK]),
        RAW: async_contenders.careful_httpx,
    }
    if HAS_SDK:
        setups[SDK] = async_contenders.cloudflare_sdk

    async def per_batch(get: Callable[[], Awaitable[object]]) -> float:
        start = time.perf_counter()
        for _ in range(settings.batches):
            await asyncio.gather(*(get() for _ in range(settings.batch)))
        return (time.perf_counter() - start) / settings.batches

    # One loop for every contender; each sample runs to completion in it, so interleave() can drive them.
    loop = asyncio.new_event_loop()

    def sample(get: Callable[[], Awaitable[object]]) -> float:
        return loop.run_until_complete(per_batch(get))

    opened: dict[str, async_contenders.AsyncCalls] = {}
    try:
        for name, setup in setups.items():
            opened[name] = loop.run_until_complete(setup(url, work, POOL))
        if handicap:
            opened[THIS] = async_contenders.handicapped(opened[THIS], handicap)
        return interleave({name: partial(sample, calls.get) for name, calls in opened.items()}, settings.rounds)
    finally:
        for calls in opened.values():
            loop.run_until_complete(calls.close())
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


def per_parse(from_dict: Callable[[Any], object], data: object, parses: int) -> float:
    """Mean seconds per `from_dict(data)` over `parses` calls."""
    start = time.perf_counter()
    for _ in range(parses):
        from_dict(data)
    return (time.perf_counter() - start) / parses


def measure_parse(work: Workload, settings: Settings, handicap: float) -> dict[tuple[str, str], Series]:
    """{(contender, model): seconds per from_dict of the decoded 200 body}: this client and the stock output."""
    jobs: dict[tuple[str, str], Callable[[], float]] = {}
    for op in (work.get, work.post):
        decoded = json.loads(op.response)
        parsed: dict[str, Any] = {}
        for name, package in PACKAGES.items():
            from_dict = getattr(importlib.import_module(f"{package}.models"), op.response_model).from_dict
            if handicap and name == THIS:
                from_dict = partial(_slowed, from_dict, handicap)
            parsed[name] = from_dict(decoded)
            jobs[(name, op.response_model)] = partial(per_parse, from_dict, decoded, settings.parses)
        # Both must do the whole job, on an input left as it was: the same values back, the body unchanged.
        if parsed[THIS].to_dict() != parsed[STOCK].to_dict() or decoded != json.loads(op.response):
            raise RuntimeError(f"{op.response_model}: the two packages parse the body differently, or change it")
    return interleave(jobs, settings.rounds)


def _slowed(from_dict: Callable[[Any], object], seconds: float, data: object) -> object:
    busy_wait(seconds)
    return from_dict(data)
