"""Hostile conditions, secrets: careless tokens and headers, pickled exceptions, unbounded server text,
redirects that would carry the body elsewhere, http:// to another machine. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import copy
import json
import logging
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import AccessKeyStorageConfig, AccessKeyStorageType, StartRecordingRequest

from support import spec as spec_helpers
from support.hostile import (
    STORAGE_SECRET,
    TOKEN,
    RawServer,
    assert_clean,
    assert_logs_clean,
    client_with_real_waits,
    raw,
    response,
)
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from support.local_server import free_port

JSON = [("Content-Type", "application/json")]
COOKIE = "session-cookie-the-server-set-0123"


def spec_example(operation_id: str, status: str) -> Any:
    """A fresh copy of the spec's reference example (the spec is cached: never mutate it)."""
    return copy.deepcopy(spec_helpers.example(operation_id, status))


@pytest.fixture(autouse=True)
def _logs_clean(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert_logs_clean(caplog.get_records("setup") + caplog.get_records("call"))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as running:
        yield running


def get(client: AuthenticatedClient) -> Any:
    return get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)


def start(client: AuthenticatedClient, **fields: Any) -> Any:
    body = StartRecordingRequest.from_dict({"meeting_id": MEETING_ID, **fields})
    return start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=body)


def ok_get() -> bytes:
    return response(200, json.dumps(spec_example("get_active_recording", "200")).encode(), JSON)


# ---- the token ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("careless", [f"{TOKEN}\n", f"  {TOKEN} ", f"\t{TOKEN}\r\n", f"\n{TOKEN}"])
def test_surrounding_whitespace_is_stripped_and_the_call_works(server: RawServer, careless: str) -> None:
    server.script(raw(ok_get()))
    client = AuthenticatedClient(base_url=server.url, token=careless, max_retries=0)
    assert client.token == TOKEN
    get(client)
    assert f"Authorization: Bearer {TOKEN}".encode() in server.requests[0][0].split(b"\r\n")


@pytest.mark.parametrize(
    "bad", [f"{TOKEN[:10]}\r\n{TOKEN[10:]}", f"{TOKEN}\x00", f"{TOKEN[:5]}\u00e9{TOKEN[5:]}", f"{TOKEN} x", ""]
)
def test_a_token_a_header_cannot_carry_is_refused_without_quoting_it(bad: str) -> None:
    with pytest.raises(ValueError) as caught:
        AuthenticatedClient(base_url="https://api.example.com", token=bad)
    assert_clean(caught.value)
    assert "token" in str(caught.value)


def test_from_env_strips_a_trailing_newline(server: RawServer) -> None:
    server.script(raw(ok_get()))
    client = AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN + "\n", "CLOUDFLARE_BASE_URL": server.url})
    get(client)
    assert f"Authorization: Bearer {TOKEN}".encode() in server.requests[0][0].split(b"\r\n")


@pytest.mark.parametrize("value", ["a\r\nInjected: yes", "caf\u00e9", "x\x00y"])
def test_headers_and_cookies_a_request_cannot_carry_are_refused(value: str) -> None:
    secret_value = value + STORAGE_SECRET
    with pytest.raises(ValueError) as caught:
        AuthenticatedClient(base_url="https://api.example.com", token=TOKEN, headers={"X-Secret": secret_value})
    assert_clean(caught.value)
    with pytest.raises(ValueError) as caught:
        AuthenticatedClient(base_url="https://api.example.com", token=TOKEN, cookies={"session": secret_value})
    assert_clean(caught.value)


# ---- pickles -------------------------------------------------------------------------------------------------------


def test_status_errors_pickle_without_the_token_and_round_trip(server: RawServer) -> None:
    body = {"success": False, "error": {"code": 404, "message": "No active recording found"}}
    # httpcore logs response headers at DEBUG (its own log, not the package's): the cookie is not a SECRETS entry
    headers = [*JSON, ("cf-ray", "8d3c1a2b3c4d5e6f-SJC"), ("Set-Cookie", f"__cf={COOKIE}")]
    server.script(raw(response(404, json.dumps(body).encode(), headers)))
    with pytest.raises(errors.NotFoundError) as caught:
        get(client_with_real_waits(server.url))
    copy = assert_clean(caught.value)
    assert isinstance(copy, errors.NotFoundError)
    assert (copy.status_code, copy.error_code, copy.error_message, copy.ray_id) == (
        404,
        404,
        "No active recording found",
        "8d3c1a2b3c4d5e6f-SJC",
    )
    assert copy.body == body and copy.response.status_code == 404
    assert "set-cookie" not in copy.headers and copy.headers["cf-ray"] == "8d3c1a2b3c4d5e6f-SJC"
    assert COOKIE.encode() not in pickle.dumps(caught.value)


def test_validation_errors_pickle_without_storage_credentials(server: RawServer) -> None:
    echoed = spec_example("start_recording", "200")
    echoed["data"]["storage_config"] = {"type": "aws", "secret": STORAGE_SECRET, "access_key": STORAGE_SECRET}
    echoed["data"]["id"] = 12  # not a UUID: the body fails validation
    server.script(raw(response(200, json.dumps(echoed).encode(), JSON)))
    with pytest.raises(errors.ResponseValidationError) as caught:
        start(client_with_real_waits(server.url))
    assert caught.value.body == echoed  # in process: the whole body, to recover what the API did
    copy = assert_clean(caught.value)
    assert isinstance(copy, errors.ResponseValidationError) and copy.status_code == 200
    assert copy.body["data"]["storage_config"]["secret"] == "<redacted>"
    assert copy.body["data"]["session_id"] == echoed["data"]["session_id"]


def test_connection_errors_pickle_and_round_trip() -> None:
    with pytest.raises(errors.APIConnectionError) as caught:
        get(client_with_real_waits(f"http://127.0.0.1:{free_port()}"))
    copy = assert_clean(caught.value)
    assert pickle.loads(pickle.dumps(copy)).may_have_acted is False


# ---- bounded messages ----------------------------------------------------------------------------------------------


def test_a_validation_error_does_not_quote_the_offending_value_in_full(server: RawServer) -> None:
    body = spec_example("get_active_recording", "200")
    body["data"]["started_time"] = "9" * 100_000  # not a date-time
    server.script(raw(response(200, json.dumps(body).encode(), JSON)))
    with pytest.raises(errors.ResponseValidationError) as caught:
        get(client_with_real_waits(server.url))
    assert_clean(caught.value)
    assert len(str(caught.value)) < 700


def test_a_huge_error_message_and_ray_id_are_clipped(server: RawServer) -> None:
    body = {"success": False, "error": {"code": 400, "message": "m\n" * 50_000}}
    server.script(raw(response(400, json.dumps(body).encode(), [*JSON, ("cf-ray", "r" * 5000)])))
    with pytest.raises(errors.BadRequestError) as caught:
        get(client_with_real_waits(server.url))
    assert_clean(caught.value)
    assert "\n" not in str(caught.value)


# ---- redirects and plain http ----------------------------------------------------------------------------------------


def test_a_cross_origin_307_of_a_start_is_refused_and_the_body_not_resent() -> None:
    credentials = {"type": "aws", "bucket": "b", "region": "r", "access_key": "AK", "secret": STORAGE_SECRET}
    with RawServer() as elsewhere, RawServer() as api:
        api.script(raw(response(307, b"", [("Location", f"{elsewhere.url}/steal")])))
        client = client_with_real_waits(api.url, follow_redirects=True)
        with pytest.raises(errors.APIStatusError) as caught:
            start(client, storage_config=credentials)
        assert elsewhere.requests == []  # nothing reached the other origin
    assert caught.value.status_code == 307 and "refused" in str(caught.value)
    assert caught.value.may_have_acted is False
    assert_clean(caught.value)


def test_a_same_origin_redirect_is_still_followed(server: RawServer) -> None:
    server.script(raw(response(308, b"", [("Location", "/moved")])), raw(ok_get()))
    get(client_with_real_waits(server.url, follow_redirects=True))
    assert len(server.requests) == 2 and server.requests[1][0].startswith(b"GET /moved ")


def test_a_custom_credential_header_is_not_carried_to_another_origin() -> None:
    with RawServer() as elsewhere, RawServer() as api:
        api.script(raw(response(302, b"", [("Location", f"{elsewhere.url}/x")])))
        client = AuthenticatedClient(
            base_url=api.url, token=TOKEN, auth_header_name="X-Auth-Token", prefix="", follow_redirects=True
        )
        with pytest.raises(errors.APIStatusError) as caught:
            get(client)
        assert elsewhere.requests == []
    assert_clean(caught.value)


@pytest.mark.parametrize("url", ["http://api.example.com", "http://10.0.0.8:8080/client/v4", "http://[2001:db8::1]"])
def test_plain_http_to_another_machine_is_refused_unless_allowed(url: str) -> None:
    with pytest.raises(ValueError, match="allow_insecure_http") as caught:
        AuthenticatedClient(base_url=url, token=TOKEN)
    assert_clean(caught.value)
    with pytest.raises(ValueError, match="allow_insecure_http"):
        AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN, "CLOUDFLARE_BASE_URL": url})
    assert AuthenticatedClient(base_url=url, token=TOKEN, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9", "https://x.example"])
def test_loopback_http_and_https_are_fine(url: str) -> None:
    assert AuthenticatedClient(base_url=url, token=TOKEN).base_url == url


def test_credentials_in_the_base_url_are_refused() -> None:
    with pytest.raises(ValueError) as caught:
        AuthenticatedClient(base_url=f"https://user:{STORAGE_SECRET}@api.example.com", token=TOKEN)
    assert_clean(caught.value)


def test_models_still_redact_in_reprs() -> None:
    config = AccessKeyStorageConfig(
        type_=AccessKeyStorageType.AWS, access_key="AKIAEXAMPLE", region="us-east-1", secret=STORAGE_SECRET
    )
    assert STORAGE_SECRET not in repr(config)
