"""The one way tests build a client (sleeps recorded instead of slept), and the reference start request."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from functools import cache
from typing import Any
from uuid import UUID

import httpx

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
from tests.support.ids import MEETING_ID, TOKEN


class RecordedSleeps(list[float]):
    """Stands in for time.sleep / asyncio.sleep: remembers each delay, waits for none."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)


@cache
def shared_tls_context() -> ssl.SSLContext:
    """httpx's default TLS context, made once: making one per client (reading the CA bundle) costs ~40 ms, most
    of a short test's time, and the tests' servers speak plain HTTP on 127.0.0.1."""
    return httpx.create_ssl_context()


def make_client(
    base_url: str,
    *,
    token: str = TOKEN,
    headers: dict[str, str] | None = None,
    sleeps: RecordedSleeps | None = None,
    max_retries: int | None = None,
    timeout: httpx.Timeout | None = None,
    clock: Callable[[], float] | None = None,
) -> AuthenticatedClient:
    """A client for `base_url` with `token`. Its sleeps between retries go to `sleeps` (a fresh RecordedSleeps
    unless given) instead of being slept; max_retries, timeout and clock are the client's defaults unless given."""
    sleeps = RecordedSleeps() if sleeps is None else sleeps
    given = {"max_retries": max_retries, "timeout": timeout, "clock": clock}
    options: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    return AuthenticatedClient(
        base_url=base_url,
        token=token,
        headers=headers or {},
        sleep=sleeps,
        async_sleep=sleeps.async_sleep,
        verify_ssl=shared_tls_context(),
        **options,
    )


def full_request(meeting_id: str = MEETING_ID) -> StartRecordingRequest:
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
