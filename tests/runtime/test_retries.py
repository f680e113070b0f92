"""Retries by each operation's policy in the spec data: a "safe" operation is tried again after any transient
failure, with backoff or the server's Retry-After; an "unsafe" one (the start) only where the server provably did
not act (a refused connection, a 429), so one call never starts two recordings. Sync and async alike; sleeps are
recorded, never slept."""

from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest

from realtimekit_client import errors
from tests.support.client import RecordedSleeps, make_client
from tests.support.operation_cases import OPERATIONS, Operation
from tools.loopback import LoopbackServer, Reply, free_port

SAFE = [operation for operation in OPERATIONS if operation.retry_safe]
ASYNC_TOO = ["sync", "asyncio"]
# Retried for a safe operation (429 is retried for every operation, below).
TRANSIENT = [408, 500, 502, 503, 504, *range(520, 528)]
PERMANENT = [400, 401, 403, 404, 409, 422, 501]


def ok(operation: Operation, **settings: Any) -> Reply:
    return Reply(operation.success_status(), operation.success_example(), **settings)


async def call(
    server_url: str, operation: Operation, sleeps: RecordedSleeps, variant: str = "sync", **settings: Any
) -> Any:
    client = make_client(server_url, sleeps=sleeps, **settings)
    try:
        return await operation.run(client, variant)
    finally:
        await client.aclose()


def test_every_operation_has_a_policy_and_both_kinds_are_covered() -> None:
    """Control: the parametrisations below are not vacuous (the spec holds a safe and an unsafe operation)."""
    assert {operation.retry_safe for operation in OPERATIONS} == {True, False}


@pytest.mark.parametrize("status", TRANSIENT)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_transient_status_is_retried_only_when_the_operation_is_safe(
    server: LoopbackServer, operation: Operation, status: int
) -> None:
    server.script(Reply(status, "<html>busy</html>"), Reply(status, b""), ok(operation))
    sleeps = RecordedSleeps()
    if operation.retry_safe:
        await call(server.url, operation, sleeps)
        assert len(server.requests) == 3
        assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0  # 0.5 * 2**n less up to 25 % jitter
    else:
        with pytest.raises(errors.APIStatusError) as caught:
            await call(server.url, operation, sleeps)
        assert caught.value.status_code == status
        assert len(server.requests) == 1 and sleeps == [], (
            "an unsafe operation was repeated after the server may have acted"
        )


@pytest.mark.parametrize("status", PERMANENT)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_permanent_status_is_never_retried(server: LoopbackServer, operation: Operation, status: int) -> None:
    server.script(Reply(status, {}), ok(operation))
    sleeps = RecordedSleeps()
    with pytest.raises(errors.APIStatusError):
        await call(server.url, operation, sleeps)
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("variant", ASYNC_TOO)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_5xx_is_retried_only_when_the_operation_is_safe(
    server: LoopbackServer, operation: Operation, variant: str
) -> None:
    server.script(Reply(503, {}), ok(operation))
    sleeps = RecordedSleeps()
    if operation.retry_safe:
        await call(server.url, operation, sleeps, variant)
        assert len(server.requests) == 2 and len(sleeps) == 1
    else:
        with pytest.raises(errors.InternalServerError) as caught:
            await call(server.url, operation, sleeps, variant)
        assert caught.value.may_have_acted is True and "may have acted" in str(caught.value)
        assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("variant", ASYNC_TOO)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_read_timeout_is_retried_only_when_the_operation_is_safe(
    server: LoopbackServer, operation: Operation, variant: str
) -> None:
    server.script(ok(operation, delay=0.5), ok(operation))
    sleeps = RecordedSleeps()
    quick = httpx.Timeout(5.0, read=0.2)
    if operation.retry_safe:
        await call(server.url, operation, sleeps, variant, timeout=quick)
        assert len(server.requests) == 2 and len(sleeps) == 1
    else:
        with pytest.raises(errors.APITimeoutError):
            await call(server.url, operation, sleeps, variant, timeout=quick)
        assert len(server.requests) == 1 and sleeps == [], "an unsafe operation was repeated after a read timeout"


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_dropped_connection_is_retried_only_when_the_operation_is_safe(
    server: LoopbackServer, operation: Operation
) -> None:
    server.script(Reply(drop=True), ok(operation))
    sleeps = RecordedSleeps()
    if operation.retry_safe:
        await call(server.url, operation, sleeps)
        assert len(server.requests) == 2
    else:
        with pytest.raises(errors.APIConnectionError) as caught:
            await call(server.url, operation, sleeps)
        assert caught.value.may_have_acted is True  # the request was sent: the server may have acted
        assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("variant", ASYNC_TOO)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_429_is_retried_whatever_the_policy_and_resends_the_same_request(
    server: LoopbackServer, operation: Operation, variant: str
) -> None:
    server.script(Reply(429, {}, headers={"Retry-After": "2"}), ok(operation))
    sleeps = RecordedSleeps()
    await call(server.url, operation, sleeps, variant)
    assert sleeps == [2.0]
    first, second = server.requests
    assert (first.method, first.target, first.body) == (second.method, second.target, second.body)
    assert first.headers.get("authorization") == second.headers.get("authorization")


class ServerComesUp(RecordedSleeps):
    """Sleeps that start a server on `port` during the first wait: the next attempt connects to it."""

    def __init__(self, port: int, answer: Reply) -> None:
        super().__init__()
        self.port, self.answer = port, answer
        self.started: list[LoopbackServer] = []

    def __call__(self, seconds: float) -> None:
        super().__call__(seconds)
        if not self.started:  # binding the port is what makes the next attempt connect
            self.started.append(LoopbackServer(port=self.port).__enter__())
            self.started[0].script(self.answer)

    async def async_sleep(self, seconds: float) -> None:
        self(seconds)


@pytest.mark.parametrize("variant", ASYNC_TOO)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_refused_connection_is_retried_whatever_the_policy(operation: Operation, variant: str) -> None:
    """Refused: nothing reached a server, so trying again cannot act twice (not even start a second recording)."""
    port = free_port()
    sleeps = ServerComesUp(port, ok(operation))
    try:
        await call(f"http://127.0.0.1:{port}", operation, sleeps, variant)
    finally:
        for started in sleeps.started:
            started.__exit__()
    assert len(sleeps) == 1 and len(sleeps.started[0].requests) == 1


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_connection_that_stays_refused_gives_up_after_max_retries(operation: Operation) -> None:
    sleeps = RecordedSleeps()
    with pytest.raises(errors.APIConnectionError) as caught:
        await call(f"http://127.0.0.1:{free_port()}", operation, sleeps)
    assert len(sleeps) == 2 and caught.value.may_have_acted is False


@pytest.mark.parametrize("operation", SAFE, ids=str)
async def test_the_last_error_is_raised_after_max_retries(server: LoopbackServer, operation: Operation) -> None:
    server.script(Reply(503, {}), Reply(503, {}), Reply(502, {}), ok(operation))
    sleeps = RecordedSleeps()
    with pytest.raises(errors.InternalServerError) as caught:
        await call(server.url, operation, sleeps)
    assert caught.value.status_code == 502
    assert len(server.requests) == 3 and len(sleeps) == 2  # max_retries=2 by default: three attempts


@pytest.mark.parametrize("operation", SAFE, ids=str)
async def test_max_retries_zero_disables_retries(server: LoopbackServer, operation: Operation) -> None:
    server.script(Reply(503, {}), ok(operation))
    sleeps = RecordedSleeps()
    with pytest.raises(errors.InternalServerError):
        await call(server.url, operation, sleeps, max_retries=0)
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("operation", SAFE, ids=str)
async def test_backoff_doubles_with_jitter_up_to_its_cap(server: LoopbackServer, operation: Operation) -> None:
    server.script(*[Reply(500, {})] * 6, ok(operation))
    sleeps = RecordedSleeps()
    await call(server.url, operation, sleeps, max_retries=6)
    assert len(sleeps) == 6
    for attempt, slept in enumerate(sleeps):
        full = min(0.5 * 2**attempt, 8.0)  # capped at 8 s
        assert 0.75 * full <= slept <= full, (attempt, slept)


NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("retry_after", "slept"),
    [
        ("7", 7.0),
        ("1.5", 1.5),
        ("60", 60.0),  # the cap is 60 s, and a wait of exactly 60 s is still waited
        ("-3", 0.0),  # in the past: at once
        (email.utils.formatdate(NOW + 12, usegmt=True), 12.0),  # an HTTP-date, from the client's clock
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        ("soon", None),  # unreadable: ordinary backoff
        ("nan", None),
        (None, None),  # none given
    ],
)
@pytest.mark.parametrize("operation", SAFE, ids=str)
async def test_retry_after_is_honoured(
    server: LoopbackServer, operation: Operation, retry_after: str | None, slept: float | None
) -> None:
    server.script(Reply(429, {}, headers={} if retry_after is None else {"Retry-After": retry_after}), ok(operation))
    sleeps = RecordedSleeps()
    await call(server.url, operation, sleeps, clock=lambda: NOW)
    if slept is None:
        assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5
    else:
        assert sleeps == [slept]


@pytest.mark.parametrize("wait", ["61", "300"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_retry_after_beyond_the_cap_raises_at_once_with_the_wait(
    server: LoopbackServer, operation: Operation, wait: str
) -> None:
    body = {"success": False, "errors": [{"code": 971, "message": "Too many requests"}]}
    server.script(Reply(429, body, headers={"Retry-After": wait}), ok(operation))
    sleeps = RecordedSleeps()
    with pytest.raises(errors.RateLimitError) as caught:
        await call(server.url, operation, sleeps)
    assert caught.value.retry_after == float(wait) and caught.value.error_message == "Too many requests"
    assert len(server.requests) == 1 and sleeps == []
