"""What a failed call raises, for every operation the spec holds: each non-2xx status its APIStatusError subclass
(from all four generated functions), with the details of either error envelope or an excerpt of an HTML page;
transport failures APIConnectionError / APITimeoutError. Never the token, in a message or in the log."""

from __future__ import annotations

import logging

import httpx
import pytest

from realtimekit_client import errors
from realtimekit_client._runtime.constants import BODY_EXCERPT_CHARS
from tests.support.client import make_client
from tests.support.ids import TOKEN
from tests.support.operation_cases import OPERATIONS, VARIANTS, Operation
from tools.loopback import LoopbackServer, Reply, free_port

RAY = "8d3c1a2b3c4d5e6f-SJC"
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


def realtimekit_error(status: int, message: str) -> dict[str, object]:
    return {"success": False, "error": {"code": status, "message": message}}


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
async def test_each_status_raises_its_class_from_every_variant(
    server: LoopbackServer, operation: Operation, status: int, error_class: type[errors.APIStatusError]
) -> None:
    client = make_client(server.url, max_retries=0)
    for variant in VARIANTS:
        server.script(Reply(status, realtimekit_error(status, f"refused by {variant}"), reason="Phrase"))
        with pytest.raises(error_class) as caught:
            await operation.run(client, variant)
        error = caught.value
        assert type(error) is error_class, variant  # the most specific class, not just a base
        assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.RealtimeKitError)
        assert error.status_code == error.response.status_code == status
        assert (error.error_code, error.error_message) == (status, f"refused by {variant}")
        assert str(error).startswith(f"{status} Phrase: refused by {variant} (code {status})")
        assert error.may_have_acted is (status >= 500)
        # An operation that is not safe to repeat says whether the server may have acted on it.
        assert ("may have acted on this" in str(error)) is (not operation.retry_safe and status >= 500)
    assert len(server.requests) == len(VARIANTS)
    await client.aclose()


def test_the_realtimekit_envelope_gives_code_message_and_ray(server: LoopbackServer) -> None:
    (operation, *_) = OPERATIONS
    body = realtimekit_error(404, "No active recording found")
    server.script(Reply(404, body, headers={"cf-ray": RAY}, reason="Not Found"))
    with make_client(server.url) as client, pytest.raises(errors.UnexpectedStatus) as caught:
        operation.call(client)
    error = caught.value
    assert isinstance(error, errors.NotFoundError)  # UnexpectedStatus: the generator's name for the base
    assert (error.error_code, error.error_message, error.ray_id) == (404, "No active recording found", RAY)
    assert error.body == body and error.headers["cf-ray"] == RAY
    assert error.content == b'{"success": false, "error": {"code": 404, "message": "No active recording found"}}'
    assert str(error).startswith(f"404 Not Found: No active recording found (code 404) [cf-ray {RAY}]")


def test_the_gateway_envelope_gives_its_first_error(server: LoopbackServer) -> None:
    (operation, *_) = OPERATIONS
    server.script(Reply(403, GATEWAY_403, reason="Forbidden"))
    with make_client(server.url) as client, pytest.raises(errors.PermissionDeniedError) as caught:
        operation.call(client)
    assert (caught.value.error_code, caught.value.error_message) == (10000, "Authentication error")
    assert str(caught.value).startswith("403 Forbidden: Authentication error (code 10000)")
    assert caught.value.ray_id is None and "cf-ray" not in str(caught.value)


def test_a_cloudflare_html_page_is_excerpted(server: LoopbackServer) -> None:
    (operation, *_) = OPERATIONS
    server.script(
        Reply(522, CLOUDFLARE_522, headers={"Content-Type": "text/html"}, reason="Origin Connection Time-out")
    )
    with make_client(server.url, max_retries=0) as client, pytest.raises(errors.InternalServerError) as caught:
        operation.call(client)
    error = caught.value
    message = str(error).split("...", 1)[0] + "..."  # the excerpt, before any sentence about acting
    assert message.startswith("522 Origin Connection Time-out: body: '<!DOCTYPE html><html><head><title>Connection")
    assert len(message) < BODY_EXCERPT_CHARS + 50  # bounded, not the whole page
    assert error.body is None and error.error_code is None and error.error_message is None
    assert error.excerpt is not None and CLOUDFLARE_522.startswith(error.excerpt.removesuffix("..."))
    assert error.content == CLOUDFLARE_522.encode()  # the whole page is still at hand


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_refused_connection_is_an_api_connection_error(operation: Operation) -> None:
    client = make_client(f"http://127.0.0.1:{free_port()}", max_retries=0)
    for variant in VARIANTS:
        with pytest.raises(errors.APIConnectionError) as caught:
            await operation.run(client, variant)
        error = caught.value
        assert not isinstance(error, errors.APITimeoutError), variant
        assert isinstance(error.__cause__, httpx.ConnectError)
        assert "ConnectError" in str(error) and TOKEN not in str(error)
        assert error.may_have_acted is False  # nothing reached a server


@pytest.mark.parametrize("variant", ["sync", "asyncio"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_a_read_timeout_is_an_api_timeout_error(
    server: LoopbackServer, operation: Operation, variant: str
) -> None:
    server.script(Reply(operation.success_status(), operation.success_example(), delay=0.5))
    client = make_client(server.url, max_retries=0, timeout=httpx.Timeout(5.0, read=0.1))
    with pytest.raises(errors.APITimeoutError) as caught:
        await operation.run(client, variant)
    assert isinstance(caught.value, errors.APIConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert caught.value.may_have_acted is True  # the request was sent


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_a_connection_dropped_without_an_answer_is_an_api_connection_error(
    server: LoopbackServer, operation: Operation
) -> None:
    server.script(Reply(drop=True))
    with make_client(server.url, max_retries=0) as client, pytest.raises(errors.APIConnectionError) as caught:
        operation.call(client)
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_errors_and_logs_never_show_the_token(
    server: LoopbackServer, operation: Operation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore log every request at DEBUG/INFO
    server.script(Reply(401, {"success": False, "errors": [{"code": 10000, "message": "Authentication error"}]}))
    with make_client(server.url) as client, pytest.raises(errors.AuthenticationError) as rejected:
        operation.call(client)
    with make_client(f"http://127.0.0.1:{free_port()}", max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as refused:
            operation.call(client)
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"  # it was sent...
    for text in (str(rejected.value), repr(rejected.value), str(refused.value), repr(refused.value), caplog.text):
        assert TOKEN not in text  # ...and shown nowhere
    assert any(record.name.startswith("httpx") for record in caplog.records)  # the log was really captured
