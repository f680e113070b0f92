"""The argument sets of Cloudflare's own SDK tests (TypeScript 7.3.0, generated alike for every language), as the
official SDK takes them and as this client's models build them (../shared/api-facts.md, Corrections).

- start "only required params": the meeting id alone;
- start "required and optional params": every field, with a gcs storage config that also sets the sftp fields;
- get active: meeting id 'meeting_id'; the app id is a 36-character UUID (more than the reference page's
  maxLength 32, which the fragment therefore dropped).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from realtimekit_client.models import (
    AudioChannel,
    AudioCodec,
    AudioConfig,
    GcsStorageConfig,
    InteractiveConfig,
    InteractiveMetadataType,
    RealtimeKitBucketConfig,
    RtmpOutConfig,
    SftpAuthMethod,
    StartRecordingRequest,
    VideoCodec,
    VideoConfig,
    Watermark,
    WatermarkPosition,
    WatermarkSize,
)

OFFICIAL_ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"
OFFICIAL_APP = "14a396e7-ca44-4937-bf1f-050a69118543"
OFFICIAL_MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"
OFFICIAL_GET_MEETING = "meeting_id"

# What the SDK's start_recordings takes besides account_id/app_id (its keyword arguments, JSON-shaped).
OFFICIAL_ONLY_REQUIRED: dict[str, Any] = {"meeting_id": OFFICIAL_MEETING}
OFFICIAL_ALL_PARAMS: dict[str, Any] = {
    "meeting_id": OFFICIAL_MEETING,
    "allow_multiple_recordings": False,
    "audio_config": {"channel": "stereo", "codec": "AAC", "export_file": True},
    "file_name_prefix": "string",
    "interactive_config": {"type": "ID3"},
    "max_seconds": 60,
    "realtimekit_bucket_config": {"enabled": True},
    "rtmp_out_config": {"rtmp_url": "rtmp://a.rtmp.youtube.com/live2"},
    "storage_config": {
        "type": "gcs",
        "access_key": "access_key",
        "auth_method": "KEY",
        "bucket": "bucket",
        "host": "host",
        "password": "password",
        "path": "path",
        "port": 0,
        "private_key": "private_key",
        "region": "us-east-1",
        "secret": "secret",
        "username": "username",
    },
    "url": "https://example.com",
    "video_config": {
        "codec": "H264",
        "export_file": True,
        "height": 720,
        "watermark": {"position": "left top", "size": {"height": 1, "width": 1}, "url": "http://example.com"},
        "width": 1280,
    },
}


def official_only_required() -> StartRecordingRequest:
    return StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING))


def official_all_params(meeting_id: str = OFFICIAL_MEETING) -> StartRecordingRequest:
    """OFFICIAL_ALL_PARAMS built from the generated models, field by field."""
    return StartRecordingRequest(
        meeting_id=UUID(meeting_id),
        allow_multiple_recordings=False,
        audio_config=AudioConfig(channel=AudioChannel.STEREO, codec=AudioCodec.AAC, export_file=True),
        file_name_prefix="string",
        interactive_config=InteractiveConfig(type_=InteractiveMetadataType.ID3),
        max_seconds=60,
        realtimekit_bucket_config=RealtimeKitBucketConfig(enabled=True),
        rtmp_out_config=RtmpOutConfig(rtmp_url="rtmp://a.rtmp.youtube.com/live2"),
        storage_config=GcsStorageConfig(
            type_="gcs",
            access_key="access_key",
            auth_method=SftpAuthMethod.KEY,
            bucket="bucket",
            host="host",
            password="password",
            path="path",
            port=0,
            private_key="private_key",
            region="us-east-1",
            secret="secret",
            username="username",
        ),
        url="https://example.com",
        video_config=VideoConfig(
            codec=VideoCodec.H264,
            export_file=True,
            height=720,
            watermark=Watermark(
                position=WatermarkPosition.LEFT_TOP, size=WatermarkSize(height=1, width=1), url="http://example.com"
            ),
            width=1280,
        ),
    )
