"""Responses from a newer API are kept, not fatal; responses that break the spec raise
ResponseValidationError, never a bare KeyError/TypeError/ValueError/JSONDecodeError, and never None."""

from __future__ import annotations

import copy
import json
from typing import Any
from uuid import UUID

import pytest

from realtimekit_client import errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import ActiveRecordingResponse, RecordingStatus, StartRecordingRequest

from support.client import make_client
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from support.local_server import LocalServer, Scripted
from support.spec import example


def reference_get() -> dict[str, Any]:
    return copy.deepcopy(example("get_active_recording", "200"))


def fetch(server: LocalServer, body: Any) -> ActiveRecordingResponse:
    server.script(Scripted(200, body))
    with make_client(server.url) as client:
        return get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)


def test_unknown_status_is_kept_and_written_back(server: LocalServer) -> None:
    body = reference_get()
    body["data"]["status"] = "TRANSCODING"
    parsed = fetch(server, body)
    status = parsed.data.status
    assert isinstance(status, RecordingStatus)
    assert status == "TRANSCODING" and status.value == "TRANSCODING" and str(status) == "TRANSCODING"
    assert status not in list(RecordingStatus)
    assert parsed.to_dict()["data"]["status"] == "TRANSCODING"
    assert RecordingStatus("RECORDING") is RecordingStatus.RECORDING  # known values are still the members


def test_unknown_fields_are_kept(server: LocalServer) -> None:
    body = reference_get()
    body["data"]["transcript_url"] = "https://example.com/t.vtt"
    body["request_id"] = "abc"
    parsed = fetch(server, body)
    assert parsed.data.additional_properties == {"transcript_url": "https://example.com/t.vtt"}
    assert parsed["request_id"] == "abc"
    assert parsed.to_dict()["data"]["transcript_url"] == "https://example.com/t.vtt"


def test_nulls_the_spec_allows_become_none(server: LocalServer) -> None:
    body = reference_get()
    nullable = ["audio_download_url", "download_url", "download_url_expiry", "file_size", "session_id",
                "started_time", "stopped_time"]  # fmt: skip
    body["data"] |= dict.fromkeys(nullable, None)
    data = fetch(server, body).data
    assert all(getattr(data, name) is None for name in nullable)


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda b: b["data"].pop("id"), "required field 'id' is missing"),
        (lambda b: b.pop("data"), "required field 'data' is missing"),
        (lambda b: b["data"].pop("invoked_time"), "required field 'invoked_time' is missing"),
        (lambda b: b["data"].update(output_file_name=12), "output_file_name must be a string, got int"),
        (lambda b: b["data"].update(file_size="big"), "file_size must be a number or null, got str"),
        (lambda b: b["data"].update(file_size=True), "file_size must be a number or null, got bool"),
        (lambda b: b["data"].update(recording_duration=1.5), "recording_duration must be an integer, got float"),
        (lambda b: b["data"].update(download_url=["x"]), "download_url must be a string or null, got list"),
        (lambda b: b["data"].update(stopped_time="yesterday"), "stopped_time must be"),
        (lambda b: b["data"].update(id="not-a-uuid"), "badly formed hexadecimal UUID string"),
        (lambda b: b["data"].update(status=3), "3 is not a valid RecordingStatus"),
        (lambda b: b.update(success="yes"), "success must be a boolean, got str"),
        (lambda b: b.update(data=[1, 2]), "does not match"),
    ],
)
def test_bodies_that_break_the_spec_raise_response_validation_error(
    server: LocalServer, mutate: Any, reason: str
) -> None:
    body = reference_get()
    mutate(body)
    with pytest.raises(errors.ResponseValidationError, match=reason) as caught:
        fetch(server, body)
    assert caught.value.status_code == 200 and caught.value.response.json() == body
    assert "get_active_recording" in str(caught.value)


@pytest.mark.parametrize(
    "raw",
    [b"", b"<html>ok</html>", b'{"success": true, "data": {"id": "182bd5e5', b"\xff\xfe", b"[]", b"null", b"42"],
)
async def test_non_json_or_non_object_bodies_raise_response_validation_error(server: LocalServer, raw: bytes) -> None:
    server.script(Scripted(200, raw), Scripted(200, raw))
    async with make_client(server.url) as client:
        with pytest.raises(errors.ResponseValidationError):
            await get_active_recording.asyncio(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
        with pytest.raises(errors.ResponseValidationError):
            start_recording.sync(
                ACCOUNT_ID, APP_ID, client=client, body=StartRecordingRequest(meeting_id=UUID(MEETING_ID))
            )


def test_validation_message_never_quotes_the_body(server: LocalServer) -> None:
    body = copy.deepcopy(example("start_recording", "200"))
    body["data"]["storage_config"]["secret"] = "s3cr3t-value-from-the-api"
    body["data"].pop("id")
    server.script(Scripted(200, body))
    with make_client(server.url) as client, pytest.raises(errors.ResponseValidationError) as caught:
        start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=StartRecordingRequest(meeting_id=UUID(MEETING_ID)))
    assert "s3cr3t" not in str(caught.value) and "s3cr3t" in json.dumps(caught.value.response.json())
