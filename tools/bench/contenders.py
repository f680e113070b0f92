"""The sync contenders, each set up against the server: one GET call, one POST call, and a close.

- `generated_client`: an openapi-python-client package's `sync` functions; the same code drives this client
  (realtimekit_client) and the stock output, through the public API only;
- `careful_httpx`: what a careful user writes with httpx alone (one client, the Authorization header set once,
  each operation's absolute URL built once, status check, `response.json()`);
- `cloudflare_sdk`: Cloudflare's official SDK (`realtime_kit.recordings`), a reference row, not a target.

Every contender gets the same connection pool settings (`measure.POOL`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from .sampling import busy_wait
from .spec import TOKEN, Workload


@dataclass(frozen=True)
class SyncCalls:
    get: Callable[[], object]
    post: Callable[[], object]
    close: Callable[[], None]


def expect(result: object, model: str, who: str) -> None:
    """A contender that does not get the documented 200 body back would be measured doing something else."""
    if type(result).__name__ != model:
        raise RuntimeError(f"{who} returned {result!r:.200}, not a {model}")


def generated_client(package: str, url: str, work: Workload, pool: httpx.Limits) -> SyncCalls:
    """`get_active_recording.sync` and `start_recording.sync` of `package`, on one AuthenticatedClient."""
    top: Any = importlib.import_module(package)
    get_module: Any = importlib.import_module(f"{package}.{work.get.module}")
    post_module: Any = importlib.import_module(f"{package}.{work.post.module}")
    models: Any = importlib.import_module(f"{package}.models")
    client = top.AuthenticatedClient(base_url=url, token=TOKEN, httpx_args={"limits": pool})
    client.__enter__()
    body = getattr(models, work.request_model).from_dict(work.request_body)
    account, app, meeting = work.ids["account_id"], work.ids["app_id"], work.ids["meeting_id"]

    def get() -> object:
        return get_module.sync(account, app, meeting, client=client)

    def post() -> object:
        return post_module.sync(account, app, client=client, body=body)

    expect(get(), work.get.response_model, package)
    expect(post(), work.post.response_model, package)
    return SyncCalls(get, post, lambda: client.__exit__(None, None, None))


def careful_httpx(url: str, work: Workload, pool: httpx.Limits) -> SyncCalls:
    """httpx.Client with the header set once; per call: send to a prebuilt URL, check the status, decode."""
    client = httpx.Client(headers={"Authorization": f"Bearer {TOKEN}"}, limits=pool)
    get_url, post_url = httpx.URL(url + work.get.path), httpx.URL(url + work.post.path)
    body = work.request_body

    def get() -> object:
        response = client.get(get_url)
        if response.status_code != 200:
            raise RuntimeError(f"GET answered {response.status_code}")
        return response.json()

    def post() -> object:
        response = client.post(post_url, json=body)
        if response.status_code != 200:
            raise RuntimeError(f"POST answered {response.status_code}")
        return response.json()

    get(), post()
    return SyncCalls(get, post, client.close)


def cloudflare_sdk(url: str, work: Workload, pool: httpx.Limits) -> SyncCalls:
    """The SDK's `realtime_kit.recordings` methods, max_retries=0."""
    from cloudflare import Cloudflare, DefaultHttpxClient

    client = Cloudflare(api_token=TOKEN, base_url=url, max_retries=0, http_client=DefaultHttpxClient(limits=pool))
    recordings = client.realtime_kit.recordings
    account, app, meeting = work.ids["account_id"], work.ids["app_id"], work.ids["meeting_id"]
    arguments = dict(work.request_body)
    meeting_to_record = arguments.pop("meeting_id")

    def get() -> object:
        return recordings.get_active_recordings(meeting, account_id=account, app_id=app)

    def post() -> object:
        return recordings.start_recordings(app, account_id=account, meeting_id=meeting_to_record, **arguments)

    for result in (get(), post()):
        if getattr(result, "success", None) is not True:
            raise RuntimeError(f"cloudflare returned {result!r:.200}")
    return SyncCalls(get, post, client.close)


def handicapped(calls: SyncCalls, seconds: float) -> SyncCalls:
    """The same calls, each `seconds` slower (--handicap: the harness must see it)."""

    def get() -> object:
        busy_wait(seconds)
        return calls.get()

    def post() -> object:
        busy_wait(seconds)
        return calls.post()

    return SyncCalls(get, post, calls.close)
