"""Contains all the data models used in inputs/outputs (each module is imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_key_storage_config import AccessKeyStorageConfig
    from .access_key_storage_type import AccessKeyStorageType
    from .active_recording_response import ActiveRecordingResponse
    from .audio_channel import AudioChannel
    from .audio_codec import AudioCodec
    from .audio_config import AudioConfig
    from .caller_type import CallerType
    from .gcs_storage_config import GcsStorageConfig
    from .interactive_config import InteractiveConfig
    from .interactive_metadata_type import InteractiveMetadataType
    from .realtime_kit_bucket_config import RealtimeKitBucketConfig
    from .recording import Recording
    from .recording_caller import RecordingCaller
    from .recording_status import RecordingStatus
    from .recording_storage_config import RecordingStorageConfig
    from .rtmp_out_config import RtmpOutConfig
    from .sftp_auth_method import SftpAuthMethod
    from .sftp_key_storage_config import SftpKeyStorageConfig
    from .sftp_password_storage_config import SftpPasswordStorageConfig
    from .start_reason import StartReason
    from .start_reason_code import StartReasonCode
    from .start_recording_request import StartRecordingRequest
    from .start_recording_response import StartRecordingResponse
    from .started_recording import StartedRecording
    from .stop_reason import StopReason
    from .stop_reason_code import StopReasonCode
    from .storage_type import StorageType
    from .video_codec import VideoCodec
    from .video_config import VideoConfig
    from .watermark import Watermark
    from .watermark_position import WatermarkPosition
    from .watermark_size import WatermarkSize

# name -> the module (relative to this package) that defines it
_MODULES: dict[str, str] = {
    "AccessKeyStorageConfig": ".access_key_storage_config",
    "AccessKeyStorageType": ".access_key_storage_type",
    "ActiveRecordingResponse": ".active_recording_response",
    "AudioChannel": ".audio_channel",
    "AudioCodec": ".audio_codec",
    "AudioConfig": ".audio_config",
    "CallerType": ".caller_type",
    "GcsStorageConfig": ".gcs_storage_config",
    "InteractiveConfig": ".interactive_config",
    "InteractiveMetadataType": ".interactive_metadata_type",
    "RealtimeKitBucketConfig": ".realtime_kit_bucket_config",
    "Recording": ".recording",
    "RecordingCaller": ".recording_caller",
    "RecordingStatus": ".recording_status",
    "RecordingStorageConfig": ".recording_storage_config",
    "RtmpOutConfig": ".rtmp_out_config",
    "SftpAuthMethod": ".sftp_auth_method",
    "SftpKeyStorageConfig": ".sftp_key_storage_config",
    "SftpPasswordStorageConfig": ".sftp_password_storage_config",
    "StartReason": ".start_reason",
    "StartReasonCode": ".start_reason_code",
    "StartRecordingRequest": ".start_recording_request",
    "StartRecordingResponse": ".start_recording_response",
    "StartedRecording": ".started_recording",
    "StopReason": ".stop_reason",
    "StopReasonCode": ".stop_reason_code",
    "StorageType": ".storage_type",
    "VideoCodec": ".video_codec",
    "VideoConfig": ".video_config",
    "Watermark": ".watermark",
    "WatermarkPosition": ".watermark_position",
    "WatermarkSize": ".watermark_size",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AccessKeyStorageConfig",
    "AccessKeyStorageType",
    "ActiveRecordingResponse",
    "AudioChannel",
    "AudioCodec",
    "AudioConfig",
    "CallerType",
    "GcsStorageConfig",
    "InteractiveConfig",
    "InteractiveMetadataType",
    "RealtimeKitBucketConfig",
    "Recording",
    "RecordingCaller",
    "RecordingStatus",
    "RecordingStorageConfig",
    "RtmpOutConfig",
    "SftpAuthMethod",
    "SftpKeyStorageConfig",
    "SftpPasswordStorageConfig",
    "StartReason",
    "StartReasonCode",
    "StartRecordingRequest",
    "StartRecordingResponse",
    "StartedRecording",
    "StopReason",
    "StopReasonCode",
    "StorageType",
    "VideoCodec",
    "VideoConfig",
    "Watermark",
    "WatermarkPosition",
    "WatermarkSize",
)
