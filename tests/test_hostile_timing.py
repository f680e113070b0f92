"""Hostile conditions, time and concurrency: slow and endless servers against total_timeout, Retry-After past
the deadline, threads and tasks racing on one fresh client, one client used from two event loops. Real HTTP on
127.0.0.1, short timeouts (the whole file runs in a few seconds)."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import math
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import ActiveRecordingResponse, StartRecordingRequest

from support import spec as spec_helpers
from support.hostile import (
    RawServer,
    assert_clean,
    assert_logs_clean,
    client_with_real_waits,
    drip,
    endless,
    raw,
    response,
)
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from support.local_server import LocalServer, Scripted

JSON = [("Content-Type", "application/json")]
OK = json.dumps(spec_helpers.example("get_active_recording", "200")).encode()
SLACK = 0.6  # seconds a bounded call may overrun its total_timeout on a loaded 2-core machine


@pytest.fixture(autouse=True)
def _logs_clean(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.INFO)
    yield
    assert_logs_clean(caplog.get_records("setup") + caplog.get_records("call"))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as running:
        yield running


def get(client: AuthenticatedClient) -> Any:
    return get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)


async def get_async(client: AuthenticatedClient) -> Any:
    return await get_active_recording.asyncio(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)


def timed_failure(call: Any, *args: Any) -> tuple[BaseException, float]:
    started = time.monotonic()
    with pytest.raises(errors.RealtimeKitError) as caught:
        call(*args)
    return caught.value, time.monotonic() - started


# ---- total_timeout --------------------------------------------------------------------------------------------------


def test_a_dripping_body_is_bounded_by_total_timeout(server: RawServer) -> None:
    # 2 KB at 40 B/s: each read gets bytes well within the 3 s read timeout, so only a total bound ends it.
    body = b'{"success": true, "data": "' + b"x" * 2000 + b'"}'
    server.script(drip(response(200, body, JSON), every=0.05, size=2))
    client = client_with_real_waits(server.url, timeout=3.0, total_timeout=1.0)
    error, elapsed = timed_failure(get, client)
    assert isinstance(error, errors.APITimeoutError) and "total_timeout" in str(error)
    assert 0.9 < elapsed < 1.0 + SLACK, elapsed
    assert_clean(error)


def test_dripping_headers_are_bounded_by_total_timeout(server: RawServer) -> None:
    server.script(drip(response(200, OK, JSON), every=0.05))  # one byte every 50 ms, headers first
    error, elapsed = timed_failure(get, client_with_real_waits(server.url, timeout=3.0, total_timeout=0.8))
    assert isinstance(error, errors.APITimeoutError)
    assert elapsed < 0.8 + SLACK, elapsed


def test_an_endless_chunked_body_is_bounded_too(server: RawServer) -> None:
    head = response(200, b"", [*JSON, ("Transfer-Encoding", "chunked")], length=False)
    server.script(endless(head, b"x" * 16, every=0.01, chunked=True))
    error, elapsed = timed_failure(get, client_with_real_waits(server.url, total_timeout=0.8))
    assert isinstance(error, errors.APITimeoutError)
    assert elapsed < 0.8 + SLACK, elapsed


async def test_async_calls_are_bounded_the_same_way(server: RawServer) -> None:
    body = b'{"success": true, "data": "' + b"x" * 2000 + b'"}'
    server.script(drip(response(200, body, JSON), every=0.05, size=2))
    client = client_with_real_waits(server.url, timeout=3.0, total_timeout=0.8)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError) as caught:
        await get_async(client)
    assert time.monotonic() - started < 0.8 + SLACK
    assert_clean(caught.value)
    await client.aclose()


def test_retries_and_their_waits_stop_at_the_deadline(server: RawServer) -> None:
    # Real sleeps: the server says come back in 0.3 s, forever; max_retries would allow 20 attempts.
    server.script(*[raw(response(503, b"{}", [*JSON, ("Retry-After", "0.3")])) for _ in range(20)])
    client = AuthenticatedClient(base_url=server.url, token="t", max_retries=20, total_timeout=1.0)
    error, elapsed = timed_failure(get, client)
    # The last 503, or (when the machine is slow and an attempt is under way at the deadline) the deadline itself.
    assert isinstance(error, errors.InternalServerError | errors.APITimeoutError), error
    assert elapsed < 1.0 + SLACK and 2 <= len(server.requests) <= 4, (elapsed, len(server.requests))


def test_a_retry_after_past_the_deadline_is_not_waited_for(server: RawServer) -> None:
    server.script(*[raw(response(429, b"{}", [*JSON, ("Retry-After", "60")])) for _ in range(3)])
    sleeps: list[float] = []
    client = AuthenticatedClient(base_url=server.url, token="t", total_timeout=5.0, sleep=sleeps.append)
    error, elapsed = timed_failure(get, client)
    assert isinstance(error, errors.RateLimitError) and error.retry_after == 60.0
    assert sleeps == [] and len(server.requests) == 1


def test_the_default_total_timeout_is_finite() -> None:
    client = AuthenticatedClient(token="t")
    assert client.total_timeout is not None and math.isfinite(client.total_timeout)
    assert client.total_timeout <= 300
    assert AuthenticatedClient(token="t", total_timeout=None).total_timeout is None
    for bad in (0, -1, math.inf, math.nan):
        with pytest.raises(ValueError):
            AuthenticatedClient(token="t", total_timeout=bad)


# ---- threads and tasks on one client --------------------------------------------------------------------------------

THREADS = 50


def test_threads_racing_on_a_fresh_client_share_one_httpx_client(
    server: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[httpx.Client] = []
    original = httpx.Client.__init__

    def counting_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        time.sleep(0.005)  # widen the window a check-then-create race needs
        original(self, *args, **kwargs)
        created.append(self)

    monkeypatch.setattr(httpx.Client, "__init__", counting_init)
    server.script(*[raw(response(200, OK, JSON)) for _ in range(THREADS)])
    client = client_with_real_waits(server.url)
    barrier = threading.Barrier(THREADS)
    results: list[Any] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(get(client))
        except Exception as exc:  # noqa: BLE001  # collected, asserted below
            results.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(created) == 1, f"{len(created)} httpx clients for one Client"
    assert all(isinstance(result, ActiveRecordingResponse) for result in results) and len(results) == THREADS
    client.close()
    assert all(made.is_closed for made in created)


async def test_tasks_racing_on_a_fresh_client_share_one_httpx_client(server: RawServer) -> None:
    server.script(*[raw(response(200, OK, JSON)) for _ in range(THREADS)])
    client = client_with_real_waits(server.url)
    results = await asyncio.gather(*[get_async(client) for _ in range(THREADS)])
    assert all(isinstance(result, ActiveRecordingResponse) for result in results)
    first = client.get_async_httpx_client()
    assert first is client.get_async_httpx_client()
    await client.aclose()
    assert first.is_closed


# ---- two event loops ------------------------------------------------------------------------------------------------


def test_one_client_in_two_consecutive_event_loops_works_without_warnings() -> None:
    with LocalServer() as keep_alive:  # pooled connections: the second loop must not reuse the first's
        keep_alive.script(*[Scripted(200, OK, {"Content-Type": "application/json"}) for _ in range(4)])
        client = client_with_real_waits(keep_alive.url)
        gc.collect()  # what earlier tests left behind is not this test's to report
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            asyncio.run(twice(client))
            asyncio.run(twice(client))  # a new loop: the old connections are gone with the old loop
            gc.collect()
        assert len(keep_alive.requests) == 4
    ours = f"'127.0.0.1', {httpx.URL(keep_alive.url).port})"  # a socket to or from this test's server
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert [leak for leak in leaks if ours in leak or "socket" not in leak] == []


async def twice(client: AuthenticatedClient) -> None:
    await get_async(client)
    await get_async(client)


def test_a_client_busy_in_another_running_loop_says_what_to_do(server: RawServer) -> None:
    server.script(*[raw(response(200, OK, JSON)) for _ in range(2)])
    client = client_with_real_waits(server.url)
    in_use, done = threading.Event(), threading.Event()

    def other_loop() -> None:
        async def hold() -> None:
            await get_async(client)
            in_use.set()
            while not done.is_set():
                await asyncio.sleep(0.01)

        asyncio.run(hold())

    thread = threading.Thread(target=other_loop)
    thread.start()
    try:
        assert in_use.wait(5)
        with pytest.raises(errors.APIConnectionError, match="one Client per event loop") as caught:
            asyncio.run(get_async(client))
        assert caught.value.may_have_acted is False
        assert_clean(caught.value)
    finally:
        done.set()
        thread.join(5)


def test_async_with_in_each_loop_closes_the_connections(server: RawServer) -> None:
    server.script(*[raw(response(200, OK, JSON)) for _ in range(2)])
    client = client_with_real_waits(server.url)

    async def once() -> Any:
        async with client:
            return await get_async(client)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(once())
        asyncio.run(once())
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_start_in_a_second_loop_too() -> None:
    start_ok = json.dumps(spec_helpers.example("start_recording", "200")).encode()
    with LocalServer() as keep_alive:
        keep_alive.script(*[Scripted(200, start_ok, {"Content-Type": "application/json"}) for _ in range(2)])
        client = client_with_real_waits(keep_alive.url)
        body = StartRecordingRequest.from_dict({"meeting_id": MEETING_ID})
        for _ in range(2):
            asyncio.run(start_recording.asyncio(ACCOUNT_ID, APP_ID, client=client, body=body))
        assert len(keep_alive.requests) == 2
