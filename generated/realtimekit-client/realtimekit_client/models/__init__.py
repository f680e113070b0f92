"""Contains all the data models used in inputs/outputs (each module is imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_recording_response import ActiveRecordingResponse
    from .audio_channel import AudioChannel
    from .audio_codec import AudioCodec
    from .audio_config import AudioConfig
    from .caller_type import CallerType
    from .gateway_error_body import GatewayErrorBody
    from .gateway_error_item import GatewayErrorItem
    from .interactive_config import InteractiveConfig
    from .interactive_metadata_type import InteractiveMetadataType
    from .realtime_kit_bucket_config import RealtimeKitBucketConfig
    from .realtime_kit_error_body import RealtimeKitErrorBody
    from .realtime_kit_error_detail import RealtimeKitErrorDetail
    from .recording import Recording
    from .recording_caller import RecordingCaller
    from .recording_status import RecordingStatus
    from .rtmp_out_config import RtmpOutConfig
    from .sftp_auth_method import SftpAuthMethod
    from .start_reason import StartReason
    from .start_reason_code import StartReasonCode
    from .start_recording_request import StartRecordingRequest
    from .start_recording_response import StartRecordingResponse
    from .started_recording import StartedRecording
    from .stop_reason import StopReason
    from .stop_reason_code import StopReasonCode
    from .storage_config import StorageConfig
    from .storage_type import StorageType
    from .video_codec import VideoCodec
    from .video_config import VideoConfig
    from .watermark import Watermark
    from .watermark_position import WatermarkPosition
    from .watermark_size import WatermarkSize

# name -> the module (relative to this package) that defines it
_MODULES: dict[str, str] = {
    "ActiveRecordingResponse": ".active_recording_response",
    "AudioChannel": ".audio_channel",
    "AudioCodec": ".audio_codec",
    "AudioConfig": ".audio_config",
    "CallerType": ".caller_type",
    "GatewayErrorBody": ".gateway_error_body",
    "GatewayErrorItem": ".gateway_error_item",
    "InteractiveConfig": ".interactive_config",
    "InteractiveMetadataType": ".interactive_metadata_type",
    "RealtimeKitBucketConfig": ".realtime_kit_bucket_config",
    "RealtimeKitErrorBody": ".realtime_kit_error_body",
    "RealtimeKitErrorDetail": ".realtime_kit_error_detail",
    "Recording": ".recording",
    "RecordingCaller": ".recording_caller",
    "RecordingStatus": ".recording_status",
    "RtmpOutConfig": ".rtmp_out_config",
    "SftpAuthMethod": ".sftp_auth_method",
    "StartReason": ".start_reason",
    "StartReasonCode": ".start_reason_code",
    "StartRecordingRequest": ".start_recording_request",
    "StartRecordingResponse": ".start_recording_response",
    "StartedRecording": ".started_recording",
    "StopReason": ".stop_reason",
    "StopReasonCode": ".stop_reason_code",
    "StorageConfig": ".storage_config",
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
    "ActiveRecordingResponse",
    "AudioChannel",
    "AudioCodec",
    "AudioConfig",
    "CallerType",
    "GatewayErrorBody",
    "GatewayErrorItem",
    "InteractiveConfig",
    "InteractiveMetadataType",
    "RealtimeKitBucketConfig",
    "RealtimeKitErrorBody",
    "RealtimeKitErrorDetail",
    "Recording",
    "RecordingCaller",
    "RecordingStatus",
    "RtmpOutConfig",
    "SftpAuthMethod",
    "StartReason",
    "StartReasonCode",
    "StartRecordingRequest",
    "StartRecordingResponse",
    "StartedRecording",
    "StopReason",
    "StopReasonCode",
    "StorageConfig",
    "StorageType",
    "VideoCodec",
    "VideoConfig",
    "Watermark",
    "WatermarkPosition",
    "WatermarkSize",
)
