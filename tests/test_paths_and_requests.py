"""Bad arguments are refused before anything is sent: unsafe path parameters and values out of the spec's
bounds. Enum values the spec does not list are sent as they are."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import (
    AudioCodec,
    AudioConfig,
    StartRecordingRequest,
    VideoConfig,
    Watermark,
    WatermarkSize,
)

from support.client import make_client
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID, START_PATH
from support.local_server import LocalServer, Scripted
from support.spec import example


@pytest.mark.parametrize(
    ("meeting_id", "sent_as"),
    [
        ("a/b", "a%2Fb"),
        ("with space", "with%20space"),
        ("q?x=1#f", "q%3Fx%3D1%23f"),
        ("...", "..."),  # three dots is a name, not a dot segment
        ("%2e%2e%2f", "%252e%252e%252f"),  # the percent sign itself is encoded
        ("ünï", "%C3%BCn%C3%AF"),
    ],
)
def test_path_parameters_are_percent_encoded(server: LocalServer, meeting_id: str, sent_as: str) -> None:
    server.script(Scripted(200, example("get_active_recording", "200")))
    with make_client(server.url) as client:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, meeting_id, client=client)
    assert server.requests[0].path.endswith(f"/active-recording/{sent_as}")


@pytest.mark.parametrize("bad", ["", ".", "..", "%2e", "%2E%2e", ".%2e", "%2e."])
@pytest.mark.parametrize("where", ["account_id", "app_id", "meeting_id"])
async def test_empty_and_dot_segments_are_refused_before_sending(server: LocalServer, bad: str, where: str) -> None:
    args: dict[str, Any] = {"account_id": ACCOUNT_ID, "app_id": APP_ID, "meeting_id": MEETING_ID, where: bad}
    async with make_client(server.url) as client:
        with pytest.raises(ValueError, match=where):
            get_active_recording.sync(**args, client=client)
        with pytest.raises(ValueError, match=where):
            await get_active_recording.asyncio(**args, client=client)
        if where != "meeting_id":
            del args["meeting_id"]
            with pytest.raises(ValueError, match=where):
                start_recording.sync(**args, client=client, body=StartRecordingRequest(meeting_id=UUID(MEETING_ID)))
    assert server.requests == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (StartRecordingRequest(meeting_id=UUID(MEETING_ID), max_seconds=59), "max_seconds must be >= 60, got 59"),
        (
            StartRecordingRequest(meeting_id=UUID(MEETING_ID), max_seconds=86401),
            "max_seconds must be <= 86400, got 86401",
        ),
        (
            StartRecordingRequest(meeting_id=UUID(MEETING_ID), video_config=VideoConfig(width=0)),
            "width must be >= 1, got 0",
        ),
        (
            StartRecordingRequest(meeting_id=UUID(MEETING_ID), video_config=VideoConfig(height=1921)),
            "height must be <= 1920",
        ),
        (
            StartRecordingRequest(
                meeting_id=UUID(MEETING_ID), video_config=VideoConfig(watermark=Watermark(size=WatermarkSize(width=0)))
            ),
            "width must be >= 1, got 0",
        ),
    ],
)
async def test_out_of_bounds_values_are_refused_before_sending(
    server: LocalServer, body: StartRecordingRequest, message: str
) -> None:
    async with make_client(server.url) as client:
        with pytest.raises(ValueError, match=message):
            start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=body)
        with pytest.raises(ValueError, match=message):
            await start_recording.asyncio(ACCOUNT_ID, APP_ID, client=client, body=body)
    assert server.requests == []


def test_bounds_themselves_are_allowed(server: LocalServer) -> None:
    server.script(*[Scripted(200, example("start_recording", "200"))] * 2)
    with make_client(server.url) as client:
        for seconds, side in ((60, 1), (86400, 1920)):
            body = StartRecordingRequest(
                meeting_id=UUID(MEETING_ID), max_seconds=seconds, video_config=VideoConfig(width=side, height=side)
            )
            start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=body)
    assert [r.json()["max_seconds"] for r in server.requests] == [60, 86400]


def test_enum_values_the_spec_does_not_list_are_sent_unchanged(server: LocalServer) -> None:
    server.script(Scripted(200, example("start_recording", "200")))
    body = StartRecordingRequest(meeting_id=UUID(MEETING_ID), audio_config=AudioConfig(codec=AudioCodec("OPUS")))
    with make_client(server.url) as client:
        start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=body)
    (sent,) = server.requests
    assert sent.path == START_PATH and sent.json()["audio_config"] == {"codec": "OPUS"}
