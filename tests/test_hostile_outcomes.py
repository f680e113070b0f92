"""Hostile conditions, ambiguous starts: every error from the (non-idempotent) start says whether the server may
have acted on it (`may_have_acted` and a sentence), and the example's start_or_recover learns the truth from the
meeting's active recording. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import copy
import datetime
import json
import logging
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from start_and_wait import RecordingFailed, start_or_recover

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import StartRecordingRequest

from support import spec as spec_helpers
from support.hostile import (
    RawServer,
    assert_clean,
    assert_logs_clean,
    client_with_real_waits,
    raw,
    response,
)
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from support.local_server import LocalServer, Scripted, free_port

MAY = "may have acted on this POST"
DID_NOT = "did not act on this POST"
REQUEST = StartRecordingRequest(meeting_id=UUID(MEETING_ID))


@pytest.fixture(autouse=True)
def _logs_clean(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert_logs_clean(caplog.get_records("setup") + caplog.get_records("call"))


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def start(client: AuthenticatedClient) -> Any:
    return start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=REQUEST)


def failure(client: AuthenticatedClient) -> errors.RealtimeKitError:
    with pytest.raises(errors.RealtimeKitError) as caught:
        start(client)
    assert_clean(caught.value)
    return caught.value


@pytest.mark.parametrize("status", [500, 502, 503, 522])
def test_a_5xx_may_have_acted(server: LocalServer, status: int) -> None:
    server.script(Scripted(status, {"success": False}))
    error = failure(client_with_real_waits(server.url))
    assert error.may_have_acted is True and MAY in str(error)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429])
def test_a_4xx_did_not_act(server: LocalServer, status: int) -> None:
    server.script(Scripted(status, {"success": False, "error": {"code": status, "message": "no"}}))
    error = failure(client_with_real_waits(server.url))
    assert error.may_have_acted is False and DID_NOT in str(error)


def test_a_refused_connection_did_not_act() -> None:
    error = failure(client_with_real_waits(f"http://127.0.0.1:{free_port()}"))
    assert isinstance(error, errors.APIConnectionError) and error.may_have_acted is False and DID_NOT in str(error)


def test_a_read_timeout_may_have_acted(server: LocalServer) -> None:
    server.script(Scripted(200, {}, delay=0.5))
    error = failure(client_with_real_waits(server.url, timeout=httpx.Timeout(0.1)))
    assert isinstance(error, errors.APITimeoutError) and error.may_have_acted is True and MAY in str(error)


def test_a_connection_lost_after_sending_may_have_acted(server: LocalServer) -> None:
    server.script(Scripted(drop=True))
    error = failure(client_with_real_waits(server.url))
    assert error.may_have_acted is True and MAY in str(error)


def test_the_total_timeout_while_waiting_may_have_acted(server: LocalServer) -> None:
    server.script(Scripted(200, {}, delay=0.6))
    error = failure(client_with_real_waits(server.url, total_timeout=0.2))
    assert isinstance(error, errors.APITimeoutError) and error.may_have_acted is True and "total_timeout" in str(error)


def test_a_2xx_that_fails_validation_acted(server: LocalServer) -> None:
    server.script(Scripted(200, {"success": True, "data": {"id": "not-a-uuid"}}))
    error = failure(client_with_real_waits(server.url))
    assert isinstance(error, errors.ResponseValidationError)
    assert error.may_have_acted is True and "accepted" in str(error) and error.body["data"]["id"] == "not-a-uuid"


def test_a_get_error_carries_the_flag_without_the_sentence(server: LocalServer) -> None:
    server.script(Scripted(500, {"success": False}))
    with pytest.raises(errors.InternalServerError) as caught:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client_with_real_waits(server.url))
    assert caught.value.may_have_acted is True and "acted" not in str(caught.value)


# ---- the example's reconciliation ---------------------------------------------------------------------------------

SENT_AT = datetime.datetime(2026, 11, 21, 10, 0, tzinfo=datetime.UTC)


def active(invoked: datetime.datetime) -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(spec_helpers.example("get_active_recording", "200"))
    body["data"]["invoked_time"] = invoked.isoformat().replace("+00:00", "Z")
    return body


def recover(server: Any) -> UUID:
    client = client_with_real_waits(server.url)
    return start_or_recover(client, ACCOUNT_ID, APP_ID, MEETING_ID, REQUEST, now=lambda: SENT_AT)


def test_recover_finds_the_recording_an_ambiguous_start_made(server: LocalServer) -> None:
    server.script(
        Scripted(502, "<html>bad gateway</html>"), Scripted(200, active(SENT_AT + datetime.timedelta(seconds=2)))
    )
    assert recover(server) == UUID(active(SENT_AT)["data"]["id"])
    assert [r.method for r in server.requests] == ["POST", "GET"]  # looked, did not start again


def test_recover_reports_no_effect_when_nothing_is_active(server: LocalServer) -> None:
    server.script(Scripted(503, {}), Scripted(404, {"success": False, "error": {"code": 404, "message": "none"}}))
    with pytest.raises(RecordingFailed, match="did not take effect"):
        recover(server)


def test_recover_does_not_claim_an_older_recording(server: LocalServer) -> None:
    server.script(Scripted(503, {}), Scripted(200, active(SENT_AT - datetime.timedelta(hours=1))))
    with pytest.raises(RecordingFailed, match="predates"):
        recover(server)


def test_recover_reads_the_id_from_an_accepted_but_invalid_body() -> None:
    body = copy.deepcopy(spec_helpers.example("start_recording", "200"))
    body["data"]["status"] = 7
    with RawServer() as raw_server:
        raw_server.script(raw(response(200, json.dumps(body).encode(), [("Content-Type", "application/json")])))
        assert recover(raw_server) == UUID(body["data"]["id"])
        assert len(raw_server.requests) == 1


def test_recover_does_not_look_after_a_refusal(server: LocalServer) -> None:
    server.script(Scripted(409, {"success": False, "error": {"code": 409, "message": "already recording"}}))
    with pytest.raises(RecordingFailed, match="already recording"):
        recover(server)
    assert len(server.requests) == 1
