"""Retries: GET on transient failures with backoff and Retry-After; the start POST only where the server
provably did not act, so one call never starts two recordings. Sleeps are recorded, never slept."""

from __future__ import annotations

import email.utils
from typing import Any
from uuid import UUID

import httpx
import pytest

from realtimekit_client import errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.client import backoff_delay, retry_after_seconds
from realtimekit_client.models import StartRecordingRequest

from support.client import RecordedSleeps, make_client
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from support.local_server import LocalServer, Scripted, free_port
from support.spec import example

OK_GET = Scripted(200, example("get_active_recording", "200"))
OK_START = Scripted(200, example("start_recording", "200"))
BODY = StartRecordingRequest(meeting_id=UUID(MEETING_ID))


def get(server: LocalServer, sleeps: RecordedSleeps, **settings: Any) -> Any:
    with make_client(server.url, sleeps=sleeps, **settings) as client:
        return get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)


def start(server: LocalServer, sleeps: RecordedSleeps, **settings: Any) -> Any:
    with make_client(server.url, sleeps=sleeps, **settings) as client:
        return start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=BODY)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520, 522, 524, 527])
def test_get_retries_transient_statuses_then_succeeds(server: LocalServer, status: int) -> None:
    server.script(Scripted(status, "<html>busy</html>"), Scripted(status, b""), OK_GET)
    sleeps = RecordedSleeps()
    assert get(server, sleeps).success is True
    assert len(server.requests) == 3
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0  # 0.5 * 2**n less up to 25 % jitter


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_get_does_not_retry_permanent_statuses(server: LocalServer, status: int) -> None:
    server.script(Scripted(status, {}), OK_GET)
    sleeps = RecordedSleeps()
    with pytest.raises(errors.APIStatusError):
        get(server, sleeps)
    assert len(server.requests) == 1 and sleeps == []


def test_get_gives_up_after_max_retries_with_the_last_error(server: LocalServer) -> None:
    server.script(Scripted(503, {}), Scripted(503, {}), Scripted(502, {}), OK_GET)
    sleeps = RecordedSleeps()
    with pytest.raises(errors.InternalServerError) as caught:
        get(server, sleeps)
    assert caught.value.status_code == 502
    assert len(server.requests) == 3 and len(sleeps) == 2  # max_retries=2: three attempts


def test_max_retries_zero_disables_retries(server: LocalServer) -> None:
    server.script(Scripted(503, {}), OK_GET)
    sleeps = RecordedSleeps()
    with pytest.raises(errors.InternalServerError):
        get(server, sleeps, max_retries=0)
    assert len(server.requests) == 1 and sleeps == []


def test_more_retries_when_asked(server: LocalServer) -> None:
    server.script(*[Scripted(500, {})] * 4, OK_GET)
    sleeps = RecordedSleeps()
    assert get(server, sleeps, max_retries=4).success
    assert len(sleeps) == 4 and 3.0 <= sleeps[3] <= 4.0


def test_retry_after_seconds_is_honoured(server: LocalServer) -> None:
    server.script(Scripted(429, {}, headers={"Retry-After": "7"}), OK_GET)
    sleeps = RecordedSleeps()
    assert get(server, sleeps).success
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(server: LocalServer) -> None:
    now = 1_800_000_000.0
    server.script(Scripted(503, {}, headers={"Retry-After": email.utils.formatdate(now + 12, usegmt=True)}), OK_GET)
    sleeps = RecordedSleeps()
    assert get(server, sleeps, clock=lambda: now).success
    assert sleeps == [12.0]


def test_retry_after_up_to_the_cap_is_waited(server: LocalServer) -> None:
    """The cap is 60 s (README: "capped at 60 s"), and a wait of exactly 60 s is still waited."""
    server.script(Scripted(429, {}, headers={"Retry-After": "60"}), OK_GET)
    sleeps = RecordedSleeps()
    assert get(server, sleeps).success
    assert sleeps == [60.0]


@pytest.mark.parametrize("wait", ["61", "300"])
def test_retry_after_beyond_the_cap_raises_at_once_with_the_wait(server: LocalServer, wait: str) -> None:
    server.script(Scripted(429, {"success": False, "errors": [{"code": 971, "message": "Too many requests"}]},
                           headers={"Retry-After": wait}), OK_GET)  # fmt: skip
    sleeps = RecordedSleeps()
    with pytest.raises(errors.RateLimitError) as caught:
        get(server, sleeps)
    assert caught.value.retry_after == float(wait) and caught.value.error_message == "Too many requests"
    assert len(server.requests) == 1 and sleeps == []


def test_retry_after_parsing() -> None:
    headers = httpx.Headers
    assert retry_after_seconds(headers({"retry-after": "1.5"}), 0) == 1.5
    assert retry_after_seconds(headers({"retry-after": "-3"}), 0) == 0.0
    assert retry_after_seconds(headers({"retry-after": "soon"}), 0) is None
    assert retry_after_seconds(headers({"retry-after": "nan"}), 0) is None
    assert retry_after_seconds(headers({}), 0) is None
    assert retry_after_seconds(headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}), 1445412470.0) == 10.0
    assert all(0.375 * 2**n <= backoff_delay(n) <= 0.5 * 2**n for n in range(4))
    assert 6.0 <= backoff_delay(10) <= 8.0  # capped


def test_get_retries_read_timeouts(server: LocalServer) -> None:
    server.script(Scripted(200, {}, delay=0.5), OK_GET)
    sleeps = RecordedSleeps()
    assert get(server, sleeps, timeout=httpx.Timeout(0.2)).success
    assert len(server.requests) == 2 and len(sleeps) == 1


def test_get_retries_dropped_connections(server: LocalServer) -> None:
    server.script(Scripted(drop=True), OK_GET)
    assert get(server, RecordedSleeps()).success
    assert len(server.requests) == 2


# --- the start POST -------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504, 522, 408])
def test_start_is_not_retried_after_a_server_error(server: LocalServer, status: int) -> None:
    server.script(Scripted(status, {}), OK_START)
    sleeps = RecordedSleeps()
    with pytest.raises(errors.APIStatusError) as caught:
        start(server, sleeps)
    assert caught.value.status_code == status
    assert len(server.requests) == 1 and sleeps == []  # one call, at most one recording


def test_start_is_not_retried_after_a_read_timeout(server: LocalServer) -> None:
    server.script(Scripted(200, example("start_recording", "200"), delay=0.5), OK_START)
    sleeps = RecordedSleeps()
    with pytest.raises(errors.APITimeoutError):
        start(server, sleeps, timeout=httpx.Timeout(0.2))
    assert len(server.requests) == 1 and sleeps == []


def test_start_is_not_retried_after_a_dropped_connection(server: LocalServer) -> None:
    server.script(Scripted(drop=True), OK_START)
    with pytest.raises(errors.APIConnectionError):
        start(server, RecordedSleeps())
    assert len(server.requests) == 1


def test_start_is_retried_after_429(server: LocalServer) -> None:
    server.script(Scripted(429, {}, headers={"Retry-After": "2"}), OK_START)
    sleeps = RecordedSleeps()
    assert start(server, sleeps).success
    assert sleeps == [2.0] and [r.method for r in server.requests] == ["POST", "POST"]
    assert server.requests[0].body == server.requests[1].body


def test_start_is_retried_when_the_connection_was_refused() -> None:
    """Refused: nothing reached a server, so trying again cannot start a second recording. The server comes
    up during the (recorded) backoff, and the retry reaches it."""
    port = free_port()
    started: list[LocalServer] = []

    class StartServerWhileWaiting(RecordedSleeps):
        def __call__(self, seconds: float) -> None:
            super().__call__(seconds)
            if not started:  # binding the port is what makes the next attempt connect
                started.append(LocalServer(port).__enter__())
                started[0].script(OK_START)

    sleeps = StartServerWhileWaiting()
    try:
        with make_client(f"http://127.0.0.1:{port}", sleeps=sleeps) as client:
            assert start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=BODY).success
    finally:
        for server in started:
            server.__exit__()
    assert len(sleeps) == 1 and len(started[0].requests) == 1


def test_start_gives_up_when_the_connection_stays_refused() -> None:
    sleeps = RecordedSleeps()
    with (
        make_client(f"http://127.0.0.1:{free_port()}", sleeps=sleeps) as client,
        pytest.raises(errors.APIConnectionError),
    ):
        start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=BODY)
    assert len(sleeps) == 2


async def test_async_retries_follow_the_same_rules(server: LocalServer) -> None:
    server.script(Scripted(503, {}), OK_GET, Scripted(503, {}), OK_START)
    sleeps = RecordedSleeps()
    async with make_client(server.url, sleeps=sleeps) as client:
        assert (await get_active_recording.asyncio(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)).success
        with pytest.raises(errors.InternalServerError):
            await start_recording.asyncio(ACCOUNT_ID, APP_ID, client=client, body=BODY)
    assert [r.method for r in server.requests] == ["GET", "GET", "POST"]
    assert len(sleeps) == 1
