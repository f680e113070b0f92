"""Time under hostile conditions: slow, endless and silent servers and resolvers against total_timeout, and
Retry-After past the deadline. Real HTTP on 127.0.0.1, real waits, short timeouts."""

from __future__ import annotations

import json
import math
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from realtimekit_client import AuthenticatedClient, errors
from tests.hostile.calls import JSON, call, call_async, client, success_example
from tests.hostile.scan import FIGURES, assert_clean
from tools.loopback import Action, LoopbackServer, drip, endless, raw, response

GET = "get_active_recording"
OK = json.dumps(success_example(GET)[1]).encode()
SLACK = 0.6  # seconds a bounded call may overrun its total_timeout on a loaded 2-core machine


def slow_body() -> Action:
    """The head at once, then a 2 KB body at 40 B/s: each read gets bytes well within the 3 s read timeout, so
    only a bound on the whole call ends it."""
    head, _, body = response(200, b'{"success": true, "data": "' + b"x" * 2000 + b'"}', JSON).partition(b"\r\n\r\n")
    dripping = drip(body, every=0.05, size=2)

    def act(conn: socket.socket, server: LoopbackServer) -> None:
        conn.sendall(head + b"\r\n\r\n")
        dripping(conn, server)

    return act


def timed_failure(run: Any) -> tuple[errors.RealtimeKitError, float]:
    started = time.monotonic()
    with pytest.raises(errors.RealtimeKitError) as caught:
        run()
    return caught.value, time.monotonic() - started


def test_a_dripping_body_is_cut_at_total_timeout(server: LoopbackServer) -> None:
    server.script(slow_body())
    api = client(server.url, timeout=3.0, total_timeout=0.3)
    error, elapsed = timed_failure(lambda: call(GET, api))
    assert isinstance(error, errors.APITimeoutError) and "total_timeout" in str(error)
    assert 0.28 < elapsed < 0.3 + SLACK, elapsed
    assert_clean(error)


def test_dripping_headers_are_cut_at_total_timeout(server: LoopbackServer) -> None:
    server.script(drip(response(200, OK, JSON), every=0.05))  # one byte every 50 ms, headers first
    api = client(server.url, timeout=3.0, total_timeout=0.3)
    error, elapsed = timed_failure(lambda: call(GET, api))
    assert isinstance(error, errors.APITimeoutError)
    assert 0.28 < elapsed < 0.3 + SLACK, elapsed


def test_an_endless_chunked_body_is_cut_too(server: LoopbackServer) -> None:
    head = response(200, b"", [*JSON, ("Transfer-Encoding", "chunked")], length=False)
    server.script(endless(head, b"x" * 16, every=0.01, chunked=True))
    error, elapsed = timed_failure(lambda: call(GET, client(server.url, total_timeout=0.3)))
    assert isinstance(error, errors.APITimeoutError)
    assert 0.28 < elapsed < 0.3 + SLACK, elapsed


async def test_async_calls_are_cut_the_same_way(server: LoopbackServer) -> None:
    server.script(slow_body())
    api = client(server.url, timeout=3.0, total_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError) as caught:
        await call_async(GET, api)
    assert 0.28 < time.monotonic() - started < 0.3 + SLACK
    assert_clean(caught.value)
    await api.aclose()


def test_retries_and_their_waits_stop_at_the_deadline(server: LoopbackServer) -> None:
    # Real sleeps: the server says come back in 0.2 s, forever; max_retries would allow 20 attempts.
    server.script(*[raw(response(503, b"{}", [*JSON, ("Retry-After", "0.2")])) for _ in range(20)])
    error, elapsed = timed_failure(lambda: call(GET, client(server.url, max_retries=20, total_timeout=0.6)))
    # The last 503, or (when the machine is slow and an attempt is under way at the deadline) the deadline itself.
    assert isinstance(error, errors.InternalServerError | errors.APITimeoutError), error
    assert elapsed < 0.6 + SLACK and 2 <= len(server.requests) <= 3, (elapsed, len(server.requests))


def test_a_retry_after_past_the_deadline_is_not_waited_for(server: LoopbackServer) -> None:
    server.script(*[raw(response(429, b"{}", [*JSON, ("Retry-After", "60")])) for _ in range(3)])
    sleeps: list[float] = []
    api = client(server.url, max_retries=2, total_timeout=5.0, sleep=sleeps.append)
    error, _ = timed_failure(lambda: call(GET, api))
    assert isinstance(error, errors.RateLimitError) and error.retry_after == 60.0
    assert sleeps == [] and len(server.requests) == 1


def test_the_default_total_timeout_is_finite() -> None:
    api = AuthenticatedClient(token="t")
    assert api.total_timeout is not None and math.isfinite(api.total_timeout) and api.total_timeout <= 300
    assert AuthenticatedClient(token="t", total_timeout=None).total_timeout is None
    for bad in (0, -1, math.inf, math.nan):
        with pytest.raises(errors.InvalidValueError):
            AuthenticatedClient(token="t", total_timeout=bad)


# ---- name lookups -----------------------------------------------------------------------------------------------

HANGING_HOST = "hangs.localhost"  # a name (not an address), and loopback by name: plain http is allowed to it


@pytest.fixture
def hanging_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """socket.getaddrinfo never answers for HANGING_HOST (until the test ends); other names resolve as usual."""
    release = threading.Event()
    resolve = socket.getaddrinfo

    def hanging(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == HANGING_HOST:
            release.wait(10)
            raise socket.gaierror(socket.EAI_AGAIN, "the resolver gave up")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    yield release
    release.set()  # the lookup still waiting in the runtime's worker thread ends now


def test_hanging_dns_lookup_ends_at_total_timeout(hanging_resolver: threading.Event) -> None:
    """Sync calls resolved names inside socket.create_connection, outside any timeout: a resolver that never
    answers held the call forever. Now the lookup runs in a worker thread the call stops waiting for at its
    deadline."""
    api = client(f"http://{HANGING_HOST}:9", total_timeout=1.0)
    error, elapsed = timed_failure(lambda: call(GET, api))
    FIGURES["hanging DNS lookup, total_timeout=1"] = f"{elapsed:.2f} s, {type(error).__name__}"
    assert 0.95 < elapsed < 1.0 + SLACK, elapsed
    assert isinstance(error, errors.APITimeoutError) and "name lookup" in str(error), error
    assert error.may_have_acted is False
    assert_clean(error)
