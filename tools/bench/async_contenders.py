"""The async contenders, set up inside the running event loop: one GET call (awaitable) and a close.

The same three kinds as `contenders`: an openapi-python-client package's `asyncio` function (this client, the
stock output), careful raw `httpx.AsyncClient`, and the SDK's `AsyncCloudflare` (a reference row).
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from .contenders import expect
from .sampling import busy_wait
from .spec import TOKEN, Workload


@dataclass(frozen=True)
class AsyncCalls:
    get: Callable[[], Awaitable[object]]
    close: Callable[[], Awaitable[None]]


async def generated_client(package: str, url: str, work: Workload, pool: httpx.Limits) -> AsyncCalls:
    """`get_active_recording.asyncio` of `package` on one AuthenticatedClient, entered with `async with`."""
    top: Any = importlib.import_module(package)
    get_module: Any = importlib.import_module(f"{package}.{work.get.module}")
    client = top.AuthenticatedClient(base_url=url, token=TOKEN, httpx_args={"limits": pool})
    await client.__aenter__()
    account, app, meeting = work.ids["account_id"], work.ids["app_id"], work.ids["meeting_id"]

    async def get() -> object:
        return await get_module.asyncio(account, app, meeting, client=client)

    async def close() -> None:
        await client.__aexit__(None, None, None)

    expect(await get(), work.get.response_model, package)
    return AsyncCalls(get, close)


async def careful_httpx(url: str, work: Workload, pool: httpx.Limits) -> AsyncCalls:
    """httpx.AsyncClient with the header set once; per call: send to a prebuilt URL, check the status, decode."""
    client = httpx.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, limits=pool)
    get_url = httpx.URL(url + work.get.path)

    async def get() -> object:
        response = await client.get(get_url)
        if response.status_code != 200:
            raise RuntimeError(f"GET answered {response.status_code}")
        return response.json()

    await get()
    return AsyncCalls(get, client.aclose)


async def cloudflare_sdk(url: str, work: Workload, pool: httpx.Limits) -> AsyncCalls:
    """The SDK's AsyncCloudflare `realtime_kit.recordings.get_active_recordings`, max_retries=0."""
    from cloudflare import AsyncCloudflare, DefaultAsyncHttpxClient

    http_client = DefaultAsyncHttpxClient(limits=pool)
    client = AsyncCloudflare(api_token=TOKEN, base_url=url, max_retries=0, http_client=http_client)
    recordings = client.realtime_kit.recordings
    account, app, meeting = work.ids["account_id"], work.ids["app_id"], work.ids["meeting_id"]

    async def get() -> object:
        return await recordings.get_active_recordings(meeting, account_id=account, app_id=app)

    if getattr(result := await get(), "success", None) is not True:
        raise RuntimeError(f"cloudflare returned {result!r:.200}")
    return AsyncCalls(get, client.close)


def handicapped(calls: AsyncCalls, seconds: float) -> AsyncCalls:
    """The same call, `seconds` of CPU slower (--handicap)."""

    async def get() -> object:
        busy_wait(seconds)
        return await calls.get()

    return AsyncCalls(get, calls.close)
