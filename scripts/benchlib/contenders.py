"""The contenders, each set up against the server: raw httpx, this client, the official `cloudflare` SDK."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from . import installed_version
from .workload import ACCOUNT, APP, GET_PATH, MEETING, POST_PATH, TOKEN

# A contender, set up against the server: (one GET call, one POST call, close).
Calls = tuple[Callable[[], Any], Callable[[], Any], Callable[[], None]]
Setup = Callable[[str, dict[str, Any]], Calls]
# An async contender, set up (inside the running event loop) against the server: (one GET call, aclose).
AsyncCalls = tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]
AsyncSetup = Callable[[str], Awaitable[AsyncCalls]]


def raw_httpx(url: str, request_body: dict[str, Any]) -> Calls:
    """httpx.Client request, status check, json.loads: the least a hand-written client does."""
    import httpx

    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})

    def checked(method: str, response: httpx.Response) -> Any:
        if response.status_code != 200:
            raise RuntimeError(f"{method} answered {response.status_code}")
        return json.loads(response.content)

    def get() -> Any:
        return checked("GET", client.get(GET_PATH))

    def post() -> Any:
        return checked("POST", client.post(POST_PATH, json=request_body))

    return get, post, client.close


def this_client(url: str, request_body: dict[str, Any]) -> Calls:
    """realtimekit_client's `sync` for both operations."""
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
    """The SDK's `realtime_kit.recordings` methods, max_retries=0."""
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


async def raw_httpx_async(url: str) -> AsyncCalls:
    """httpx.AsyncClient request, status check, json.loads."""
    import httpx

    client = httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})

    async def get() -> Any:
        response = await client.get(GET_PATH)
        if response.status_code != 200:
            raise RuntimeError(f"GET answered {response.status_code}")
        return json.loads(response.content)

    return get, client.aclose


async def this_client_async(url: str) -> AsyncCalls:
    """realtimekit_client's `asyncio` on one AuthenticatedClient, entered with `async with`."""
    from realtimekit_client import AuthenticatedClient
    from realtimekit_client.api.recordings import get_active_recording
    from realtimekit_client.models import ActiveRecordingResponse

    client = AuthenticatedClient(base_url=url, token=TOKEN)
    await client.__aenter__()

    async def get() -> Any:
        return await get_active_recording.asyncio(account_id=ACCOUNT, app_id=APP, meeting_id=MEETING, client=client)

    if not isinstance(result := await get(), ActiveRecordingResponse):
        raise RuntimeError(f"realtimekit_client returned {result!r}, not ActiveRecordingResponse")

    async def close() -> None:
        await client.__aexit__(None, None, None)

    return get, close


async def official_sdk_async(url: str) -> AsyncCalls:
    """The SDK's AsyncCloudflare `realtime_kit.recordings.get_active_recordings`, max_retries=0."""
    from cloudflare import AsyncCloudflare

    client = AsyncCloudflare(api_token=TOKEN, base_url=url, max_retries=0)
    recordings = client.realtime_kit.recordings

    async def get() -> Any:
        return await recordings.get_active_recordings(MEETING, account_id=ACCOUNT, app_id=APP)

    if getattr(result := await get(), "success", None) is not True:
        raise RuntimeError(f"cloudflare returned {result!r}")
    return get, client.close


def sdk_missing() -> str:
    """Why the SDK columns are empty, or "" when the SDK is installed."""
    return "" if installed_version("cloudflare") else "not installed (uv sync: it is in the dev group)"


def contenders() -> dict[str, Setup]:
    """The contenders this environment has, by the name the measurements use."""
    setups: dict[str, Setup] = {"httpx": raw_httpx, "client": this_client}
    if not sdk_missing():
        setups["sdk"] = official_sdk
    return setups


def async_contenders() -> dict[str, AsyncSetup]:
    """The async contenders this environment has, by the name the measurements use."""
    setups: dict[str, AsyncSetup] = {"httpx": raw_httpx_async, "client": this_client_async}
    if not sdk_missing():
        setups["sdk"] = official_sdk_async
    return setups
