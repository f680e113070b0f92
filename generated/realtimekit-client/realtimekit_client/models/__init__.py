"""Contains all the data models used in inputs/outputs"""

from .access_key_storage_config import AccessKeyStorageConfig
from .access_key_storage_type import AccessKeyStorageType
from .active_recording_response import ActiveRecordingResponse
from .audio_channel import AudioChannel
from .audio_codec import AudioCodec
from .audio_config import AudioConfig
from .caller_type import CallerType
from .gateway_error_body import GatewayErrorBody
from .gateway_error_item import GatewayErrorItem
from .gcs_storage_config import GcsStorageConfig
from .interactive_config import InteractiveConfig
from .interactive_metadata_type import InteractiveMetadataType
from .realtime_kit_bucket_config import RealtimeKitBucketConfig
from .realtime_kit_error_body import RealtimeKitErrorBody
from .realtime_kit_error_detail import RealtimeKitErrorDetail
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

__all__ = (
    "AccessKeyStorageConfig",
    "AccessKeyStorageType",
    "ActiveRecordingResponse",
    "AudioChannel",
    "AudioCodec",
    "AudioConfig",
    "CallerType",
    "GatewayErrorBody",
    "GatewayErrorItem",
    "GcsStorageConfig",
    "InteractiveConfig",
    "InteractiveMetadataType",
    "RealtimeKitBucketConfig",
    "RealtimeKitErrorBody",
    "RealtimeKitErrorDetail",
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
