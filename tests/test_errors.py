"""Every non-2xx raises the matching APIStatusError subclass, from sync, asyncio and the _detailed variants;
transport failures raise APIConnectionError / APITimeoutError. Against a real server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

import httpx
import pytest

from realtimekit_client import errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import StartRecordingRequest

from support.client import make_client
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID, TOKEN
from support.local_server import LocalServer, Scripted, free_port

REALTIMEKIT_404 = {"success": False, "error": {"code": 404, "message": "No active recording found"}}
GATEWAY_403 = {
    "success": False,
    "errors": [{"code": 10000, "message": "Authentication error"}],
    "messages": [],
    "result": None,
}
CLOUDFLARE_522 = "<!DOCTYPE html><html><head><title>Connection timed out | 522</title></head>" + "<p>x</p>" * 200

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (418, errors.APIStatusError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (501, errors.InternalServerError),
    (522, errors.InternalServerError),
    (527, errors.InternalServerError),
]


def call_variants() -> list[tuple[str, Callable[[Any], Any]]]:
    """The four ways to call the GET, each taking a client and returning (maybe awaitable) result."""
    return [
        ("sync", lambda c: get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=c)),
        ("sync_detailed", lambda c: get_active_recording.sync_detailed(ACCOUNT_ID, APP_ID, MEETING_ID, client=c)),
        ("asyncio", lambda c: get_active_recording.asyncio(ACCOUNT_ID, APP_ID, MEETING_ID, client=c)),
        ("asyncio_detailed", lambda c: get_active_recording.asyncio_detailed(ACCOUNT_ID, APP_ID, MEETING_ID, client=c)),
    ]


async def call(server: LocalServer, variant: Callable[[Any], Any], **settings: Any) -> Any:
    client = make_client(server.url, max_retries=0, **settings)
    result = variant(client)
    return await result if isinstance(result, Awaitable) else result


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
@pytest.mark.parametrize(("name", "variant"), call_variants(), ids=[v[0] for v in call_variants()])
async def test_each_status_raises_its_class(
    server: LocalServer, status: int, error_class: type[errors.APIStatusError], name: str, variant: Any
) -> None:
    server.script(Scripted(status, REALTIMEKIT_404 | {"error": {"code": status, "message": "nope"}}))
    with pytest.raises(error_class) as caught:
        await call(server, variant)
    error = caught.value
    assert type(error) is error_class  # the most specific class, not just a base
    assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.RealtimeKitError)
    assert error.status_code == status
    assert (error.error_code, error.error_message) == (status, "nope")
    assert str(status) in str(error) and "nope" in str(error)
    assert error.response.status_code == status


def test_realtimekit_envelope_details(server: LocalServer) -> None:
    server.script(Scripted(404, REALTIMEKIT_404, headers={"cf-ray": "8d3c1a2b3c4d5e6f-SJC"}))
    with make_client(server.url) as client, pytest.raises(errors.NotFoundError) as caught:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
    error = caught.value
    assert error.error_code == 404 and error.error_message == "No active recording found"
    assert error.ray_id == "8d3c1a2b3c4d5e6f-SJC"
    assert error.body == REALTIMEKIT_404
    assert str(error) == "404 Not Found: No active recording found (code 404) [cf-ray 8d3c1a2b3c4d5e6f-SJC]"


def test_gateway_envelope_details(server: LocalServer) -> None:
    server.script(Scripted(403, GATEWAY_403))
    with make_client(server.url) as client, pytest.raises(errors.PermissionDeniedError) as caught:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
    assert (caught.value.error_code, caught.value.error_message) == (10000, "Authentication error")
    assert str(caught.value) == "403 Forbidden: Authentication error (code 10000)"


def test_cloudflare_52x_html_body_is_excerpted(server: LocalServer) -> None:
    server.script(Scripted(522, CLOUDFLARE_522, headers={"Content-Type": "text/html"}))
    with make_client(server.url, max_retries=0) as client, pytest.raises(errors.InternalServerError) as caught:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
    message = str(caught.value)
    assert message.startswith("522: body: '<!DOCTYPE html><html><head><title>Connection timed out | 522")
    assert message.endswith("...")
    assert len(message) < errors.BODY_EXCERPT_CHARS + 40  # bounded, not the whole page
    assert caught.value.body is None and caught.value.error_code is None
    assert caught.value.content == CLOUDFLARE_522.encode()


def test_unexpected_status_name_still_works(server: LocalServer) -> None:
    server.script(Scripted(404, REALTIMEKIT_404))
    with make_client(server.url) as client, pytest.raises(errors.UnexpectedStatus) as caught:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
    assert (
        caught.value.status_code == 404
        and caught.value.content
        == b'{"success": false, "error": {"code": 404, "message": "No active recording found"}}'
    )


@pytest.mark.parametrize(("name", "variant"), call_variants(), ids=[v[0] for v in call_variants()])
async def test_connection_refused_is_api_connection_error(name: str, variant: Any) -> None:
    client = make_client(f"http://127.0.0.1:{free_port()}", max_retries=0)
    with pytest.raises(errors.APIConnectionError) as caught:
        result = variant(client)
        await result if isinstance(result, Awaitable) else result
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "ConnectError" in str(caught.value) and TOKEN not in str(caught.value)


@pytest.mark.parametrize(("name", "variant"), call_variants(), ids=[v[0] for v in call_variants()])
async def test_read_timeout_is_api_timeout_error(server: LocalServer, name: str, variant: Any) -> None:
    server.script(Scripted(200, {}, delay=0.5))
    with pytest.raises(errors.APITimeoutError) as caught:
        await call(server, variant, timeout=httpx.Timeout(0.1))
    assert isinstance(caught.value, errors.APIConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_connection_dropped_without_answer_is_api_connection_error(server: LocalServer) -> None:
    server.script(Scripted(drop=True))
    with make_client(server.url, max_retries=0) as client, pytest.raises(errors.APIConnectionError) as caught:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


async def test_start_recording_errors_too(server: LocalServer) -> None:
    server.script(Scripted(400, {"success": False, "error": {"code": 400, "message": "meeting_id is invalid"}}))
    async with make_client(server.url) as client:
        with pytest.raises(errors.BadRequestError, match="meeting_id is invalid"):
            await start_recording.asyncio(
                ACCOUNT_ID, APP_ID, client=client, body=StartRecordingRequest(meeting_id=UUID(MEETING_ID))
            )
