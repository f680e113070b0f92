"""Both operations, called through the generated package against a real HTTP server on 127.0.0.1,
send what the spec describes and parse the API reference examples."""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import (
    ActiveRecordingResponse,
    CallerType,
    RecordingCaller,
    RecordingStatus,
    RecordingStorageConfig,
    StartedRecording,
    StartReason,
    StartReasonCode,
    StartRecordingRequest,
    StartRecordingResponse,
)

from support.client import full_request, make_client
from support.ids import ACCOUNT_ID, ACTIVE_RECORDING_PATH, APP_ID, MEETING_ID, START_PATH, TOKEN
from support.local_server import LocalServer, Scripted
from support.spec import example


def test_get_active_recording_parses_reference_example(server: LocalServer) -> None:
    server.script(Scripted(200, example("get_active_recording", "200")))
    with make_client(server.url) as client:
        parsed = get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)

    assert isinstance(parsed, ActiveRecordingResponse)
    assert parsed.success is True
    recording = parsed.data
    assert recording.id == UUID("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
    assert recording.status is RecordingStatus.INVOKED
    assert recording.invoked_time == datetime.datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=datetime.UTC)
    assert recording.recording_duration == 0
    assert recording.to_dict() == example("get_active_recording", "200")["data"] | {
        "invoked_time": "2019-12-27T18:11:19.117000+00:00",
        "started_time": "2019-12-27T18:11:19.117000+00:00",
        "stopped_time": "2019-12-27T18:11:19.117000+00:00",
        "download_url_expiry": "2019-12-27T18:11:19.117000+00:00",
    }

    (sent,) = server.requests
    assert sent.method == "GET"
    assert sent.path == ACTIVE_RECORDING_PATH
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"


def test_get_active_recording_with_null_download_fields(server: LocalServer) -> None:
    body = example("get_active_recording", "200")
    body["data"] |= {"audio_download_url": None, "download_url": None, "download_url_expiry": None,
                     "file_size": None, "started_time": None, "stopped_time": None, "session_id": None,
                     "status": "RECORDING"}  # fmt: skip
    server.script(Scripted(200, body))
    with make_client(server.url) as client:
        parsed = get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
    assert isinstance(parsed, ActiveRecordingResponse)
    assert parsed.data.download_url is None and parsed.data.stopped_time is None
    assert parsed.data.status is RecordingStatus.RECORDING


def test_start_recording_sends_full_body_and_parses_reference_example(server: LocalServer) -> None:
    server.script(Scripted(200, example("start_recording", "200")))
    with make_client(server.url) as client:
        parsed = start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=full_request())

    (sent,) = server.requests
    assert sent.method == "POST"
    assert sent.path == START_PATH
    assert sent.headers["content-type"] == "application/json"
    expected = example("start_recording", "request", "full")
    assert sent.json() == expected  # exactly what was set: no defaults added

    assert isinstance(parsed, StartRecordingResponse)
    data = parsed.data
    assert isinstance(data, StartedRecording)
    start_reason = data.start_reason
    assert isinstance(start_reason, StartReason) and isinstance(start_reason.caller, RecordingCaller)
    assert start_reason.reason is StartReasonCode.API_CALL
    assert start_reason.caller.type_ is CallerType.ORGANIZATION
    assert start_reason.caller.user_id == UUID("d61f6956-e68f-4375-bf10-c38a704d1bec")  # wire name user_Id
    assert isinstance(data.storage_config, RecordingStorageConfig)
    assert data.storage_config.to_dict() == example("start_recording", "200")["data"]["storage_config"]


async def test_both_operations_async(server: LocalServer) -> None:
    server.script(
        Scripted(200, example("start_recording", "200")),
        Scripted(200, example("get_active_recording", "200")),
    )
    async with make_client(server.url) as client:
        started = await start_recording.asyncio(ACCOUNT_ID, APP_ID, client=client,
                                                body=StartRecordingRequest(meeting_id=UUID(MEETING_ID)))  # fmt: skip
        active = await get_active_recording.asyncio(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)

    assert isinstance(started, StartRecordingResponse) and started.success
    assert isinstance(active, ActiveRecordingResponse) and active.data.output_file_name == "output_file_name"
    assert [r.method for r in server.requests] == ["POST", "GET"]
    assert server.requests[0].json() == {"meeting_id": MEETING_ID}


def test_client_defaults_come_from_the_spec_and_are_finite() -> None:
    import httpx

    from support.spec import load_spec

    client = AuthenticatedClient(token=TOKEN)
    assert client.base_url == load_spec()["servers"][0]["url"]  # templates/client.py.jinja keeps it in step
    assert client.max_retries == 2
    assert client.get_httpx_client().timeout == httpx.Timeout(60.0, connect=5.0)
    assert AuthenticatedClient(token=TOKEN, max_retries=0).max_retries == 0
    with pytest.raises(ValueError):
        AuthenticatedClient(token=TOKEN, max_retries=-1)
