from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.models import from_dict as _from_dict
from .._runtime.models import redact_repr as _redact_repr
from .._runtime.models import to_dict as _to_dict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_key_storage_config import AccessKeyStorageConfig
    from ..models.audio_config import AudioConfig
    from ..models.gcs_storage_config import GcsStorageConfig
    from ..models.interactive_config import InteractiveConfig
    from ..models.realtime_kit_bucket_config import RealtimeKitBucketConfig
    from ..models.rtmp_out_config import RtmpOutConfig
    from ..models.sftp_key_storage_config import SftpKeyStorageConfig
    from ..models.sftp_password_storage_config import SftpPasswordStorageConfig
    from ..models.video_config import VideoConfig


T = TypeVar("T", bound="StartRecordingRequest")


@_attrs_define(repr=False)
class StartRecordingRequest:
    """What to record and how.

    Attributes:
        meeting_id (UUID): ID of the meeting to record.
        allow_multiple_recordings (bool | Unset): Allow more than one active recording of the meeting. When omitted the
            API takes false: a meeting has at most one active recording.
        audio_config (AudioConfig | Unset): Audio settings of the recording.
        file_name_prefix (str | Unset): Prefix of the recording's file name.
        interactive_config (InteractiveConfig | Unset): Interactive metadata embedded in the recording.
        max_seconds (int | Unset): Maximum length of the recording in seconds (86400 when omitted). Recordings also stop
            after 60 s with no participants.
        realtimekit_bucket_config (RealtimeKitBucketConfig | Unset): Whether the recording is also kept in RealtimeKit's
            own bucket (for 7 days).
        rtmp_out_config (RtmpOutConfig | Unset): Stream the recording out over RTMP.
        storage_config (AccessKeyStorageConfig | GcsStorageConfig | None | SftpKeyStorageConfig |
            SftpPasswordStorageConfig | Unset): Upload the recording to your own bucket or SFTP server. Takes precedence
            over the storage configured in the dashboard. One of four shapes: GcsStorageConfig, AccessKeyStorageConfig,
            SftpKeyStorageConfig, SftpPasswordStorageConfig; anything else is refused before sending.
        url (str | Unset): A custom page to record instead of the meeting.
        video_config (VideoConfig | Unset): Video settings of the recording.
    """

    meeting_id: UUID
    allow_multiple_recordings: bool | Unset = UNSET
    audio_config: AudioConfig | Unset = UNSET
    file_name_prefix: str | Unset = UNSET
    interactive_config: InteractiveConfig | Unset = UNSET
    max_seconds: int | Unset = UNSET
    realtimekit_bucket_config: RealtimeKitBucketConfig | Unset = UNSET
    rtmp_out_config: RtmpOutConfig | Unset = UNSET
    storage_config: (
        AccessKeyStorageConfig | GcsStorageConfig | None | SftpKeyStorageConfig | SftpPasswordStorageConfig | Unset
    ) = UNSET
    url: str | Unset = UNSET
    video_config: VideoConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return _from_dict(cls, src_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_redact_repr(StartRecordingRequest)
