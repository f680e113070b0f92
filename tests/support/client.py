"""Shared test data and a client wired for tests: real HTTP to 127.0.0.1, sleeps recorded instead of slept."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from realtimekit_client import AuthenticatedClient
from realtimekit_client.models import (
    AudioChannel,
    AudioCodec,
    AudioConfig,
    InteractiveConfig,
    InteractiveMetadataType,
    RealtimeKitBucketConfig,
    StartRecordingRequest,
    VideoCodec,
    VideoConfig,
    Watermark,
    WatermarkPosition,
    WatermarkSize,
)

ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"
APP = "2a95132c15732412d22c1476fa83f27a"
MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"
TOKEN = "test-token-0123456789abcdefghij"  # long enough to look like a real token in a leak check
GET_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/recordings/active-recording/{MEETING}"
START_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/recordings"


class RecordedSleeps(list[float]):
    """Stands in for time.sleep / asyncio.sleep: remembers each delay, waits for none."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)


def make_client(base_url: str, sleeps: RecordedSleeps | None = None, **settings: Any) -> AuthenticatedClient:
    sleeps = RecordedSleeps() if sleeps is None else sleeps
    return AuthenticatedClient(base_url=base_url, token=TOKEN, sleep=sleeps, async_sleep=sleeps.async_sleep, **settings)


def full_request(meeting_id: str = MEETING) -> StartRecordingRequest:
    """The request from the API reference page, built from the generated models (the spec's "full" example)."""
    return StartRecordingRequest(
        meeting_id=UUID(meeting_id),
        audio_config=AudioConfig(channel=AudioChannel.STEREO, codec=AudioCodec.AAC, export_file=True),
        file_name_prefix="string",
        interactive_config=InteractiveConfig(type_=InteractiveMetadataType.ID3),
        max_seconds=60,
        realtimekit_bucket_config=RealtimeKitBucketConfig(enabled=True),
        video_config=VideoConfig(
            codec=VideoCodec.H264,
            export_file=True,
            height=720,
            width=1280,
            watermark=Watermark(
                position=WatermarkPosition.LEFT_TOP, size=WatermarkSize(height=1, width=1), url="http://example.com"
            ),
        ),
    )
