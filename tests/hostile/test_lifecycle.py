"""A client's life under hostile use: threads and tasks racing on a fresh client, one client in two event loops,
`with` after calls, calls after close, derived clients. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtimekit_client import errors
from tests.hostile.calls import call, call_async, client, response_class, success_example
from tests.hostile.scan import assert_clean
from tools.loopback import LoopbackServer, Reply

GET = "get_active_recording"
START = "start_recording"
THREADS = 50


def ok(operation_id: str = GET, **options: Any) -> Reply:
    return Reply(success_example(operation_id)[0], success_example(operation_id)[1], **options)


def established_to(port: int) -> int:
    """Connections open from this machine to 127.0.0.1:port, counted on the client side (Linux /proc/net/tcp)."""
    rows = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    return sum(1 for row in rows if row[3] == "01" and int(row[2].split(":")[1], 16) == port)


needs_proc = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="counts sockets in /proc/net/tcp")


# ---- racing -----------------------------------------------------------------------------------------------------


def test_threads_racing_on_a_fresh_client_share_one_httpx_client_and_start_once_each(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """50 threads start at once on a client that has no connections yet: one httpx client is made, and each
    start is sent exactly once, though the answers are ones a careless client would retry (a 5xx, a connection
    lost after sending) and retries are allowed."""
    created: list[httpx.Client] = []
    original = httpx.Client.__init__

    def counting_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        time.sleep(0.005)  # widen the window a check-then-create race needs
        original(self, *args, **kwargs)
        created.append(self)

    monkeypatch.setattr(httpx.Client, "__init__", counting_init)
    answers = [ok(START), Reply(502, {"success": False}), Reply(drop=True), Reply(500, b"<html>oops</html>")]
    server.script(*[answers[n % len(answers)] for n in range(THREADS)])
    api = client(server.url, max_retries=2, sleep=lambda seconds: None)
    barrier = threading.Barrier(THREADS)
    results: list[Any] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(call(START, api))
        except errors.RealtimeKitError as exc:
            results.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(created) == 1, f"{len(created)} httpx clients for one Client"
    assert len(results) == THREADS and [r.method for r in server.requests] == ["POST"] * THREADS
    parsed = [result for result in results if isinstance(result, response_class(START))]
    failed = [result for result in results if isinstance(result, errors.RealtimeKitError)]
    assert len(parsed) == THREADS // len(answers) + 1 and len(parsed) + len(failed) == THREADS
    assert all(error.may_have_acted is True and assert_clean(error) for error in failed)
    api.close()
    assert created[0].is_closed


async def test_tasks_racing_on_a_fresh_client_share_one_httpx_client(server: LoopbackServer) -> None:
    server.script(*[ok() for _ in range(THREADS)])
    api = client(server.url)
    results = await asyncio.gather(*[call_async(GET, api) for _ in range(THREADS)])
    assert all(isinstance(result, response_class(GET)) for result in results)
    first = api.get_async_httpx_client()
    assert first is api.get_async_httpx_client()
    await api.aclose()
    assert first.is_closed


# ---- event loops ------------------------------------------------------------------------------------------------


def test_one_client_in_two_consecutive_event_loops_works_without_warnings(own_server: LoopbackServer) -> None:
    server = own_server
    server.script(*[ok() for _ in range(4)])  # kept-alive connections: the second loop must not reuse the first's
    api = client(server.url)

    async def twice() -> None:
        await call_async(GET, api)
        await call_async(GET, api)

    gc.collect()  # what earlier tests left behind is not this test's to report
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(twice())
        asyncio.run(twice())  # a new loop: the old connections are gone with the old loop
        gc.collect()
    assert len(server.requests) == 4
    ours = f"'127.0.0.1', {server.port})"  # a socket to or from this test's server
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert [leak for leak in leaks if ours in leak or "socket" not in leak] == []


def test_a_client_busy_in_another_running_loop_says_what_to_do(server: LoopbackServer) -> None:
    server.script(*[ok() for _ in range(2)])
    api = client(server.url)
    in_use, done = threading.Event(), threading.Event()

    def other_loop() -> None:
        async def hold() -> None:
            await call_async(GET, api)
            in_use.set()
            while not done.is_set():
                await asyncio.sleep(0.01)

        asyncio.run(hold())

    thread = threading.Thread(target=other_loop)
    thread.start()
    try:
        assert in_use.wait(5)
        with pytest.raises(errors.APIConnectionError, match="one Client per event loop") as caught:
            asyncio.run(call_async(GET, api))
        assert caught.value.may_have_acted is False and len(server.requests) == 1
        assert_clean(caught.value)
    finally:
        done.set()
        thread.join(5)


def test_a_start_in_a_second_loop_too(server: LoopbackServer) -> None:
    server.script(ok(START), ok(START))
    api = client(server.url)
    for _ in range(2):
        assert isinstance(asyncio.run(call_async(START, api)), response_class(START))
    assert len(server.requests) == 2


def test_async_with_closes_the_connections_in_its_loop(server: LoopbackServer) -> None:
    server.script(ok())
    api = client(server.url)

    async def once() -> Any:
        async with api:
            return await call_async(GET, api)

    gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(once())
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


# ---- with, close, derived clients -------------------------------------------------------------------------------


def test_with_block_after_a_call_works(server: LoopbackServer) -> None:
    """`with client:` / `async with client:` after the client made a call raised httpx's RuntimeError ("Cannot
    open a client instance more than once"), outside the package's exceptions. Now the block works; its end
    closes the client."""
    server.script(*[ok() for _ in range(4)])
    api = client(server.url)
    call(GET, api)
    with api:
        assert isinstance(call(GET, api), response_class(GET))

    async def in_a_loop() -> Any:
        async_api = client(server.url)
        await call_async(GET, async_api)
        async with async_api:
            return await call_async(GET, async_api)

    assert isinstance(asyncio.run(in_a_loop()), response_class(GET))
    assert len(server.requests) == 4


@needs_proc
def test_call_after_close_sends_nothing_and_leaves_no_socket(own_server: LoopbackServer) -> None:
    """A call after close() silently opened a new pool whose socket stayed open until garbage collection. Now
    closing is final: the call raises ClientClosedError saying nothing was sent, and no connection is open."""
    server = own_server  # connections other tests' clients keep to the shared server are not counted
    server.script(*[ok() for _ in range(3)])
    api = client(server.url)
    derived = api.with_options(max_retries=1)  # shares the connections, so it is closed with them
    call(GET, api)
    assert established_to(server.port) == 1
    api.close()
    assert established_to(server.port) == 0
    for closed in (api, derived):
        with pytest.raises(errors.ClientClosedError, match="nothing was sent") as caught:
            call(GET, closed)
        assert caught.value.may_have_acted is False
        assert_clean(caught.value)
        with pytest.raises(errors.ClientClosedError):
            asyncio.run(call_async(GET, closed))
    assert len(server.requests) == 1 and established_to(server.port) == 0


def test_with_headers_cookies_timeout_leave_the_original_alone(server: LoopbackServer) -> None:
    """with_headers, with_cookies and with_timeout called after the client had made a call also changed the
    original (they updated the httpx client both shared). Now the derived client has connections of its own."""
    api = client(server.url, timeout=2.0)
    server.script(ok())
    call(GET, api)
    derived = api.with_headers({"X-Extra": "1"}).with_cookies({"extra": "1"}).with_timeout(httpx.Timeout(0.05))
    server.script(ok(delay=0.2), ok(delay=0.2))
    with pytest.raises(errors.APITimeoutError):
        call(GET, derived)
    assert isinstance(call(GET, api), response_class(GET))  # the original's 2 s timeout still holds
    to_derived, to_original = server.requests[1].headers, server.requests[2].headers
    assert to_derived["x-extra"] == "1" and to_derived["cookie"] == "extra=1"
    assert "x-extra" not in to_original and "cookie" not in to_original
    derived.close()
    server.script(ok())
    assert isinstance(call(GET, api), response_class(GET))  # closing the derived client left the original open
