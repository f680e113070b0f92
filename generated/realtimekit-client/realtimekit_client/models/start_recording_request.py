from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import field as _attrs_field

from .._runtime.models import define_model as _attrs_define
from .._runtime.models import from_dict as _from_dict
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


@_attrs_define
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
        from ..models.access_key_storage_config import AccessKeyStorageConfig
        from ..models.gcs_storage_config import GcsStorageConfig
        from ..models.sftp_key_storage_config import SftpKeyStorageConfig
        from ..models.sftp_password_storage_config import SftpPasswordStorageConfig

        meeting_id = str(self.meeting_id)

        allow_multiple_recordings = self.allow_multiple_recordings

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        file_name_prefix = self.file_name_prefix

        interactive_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactive_config, Unset):
            interactive_config = self.interactive_config.to_dict()

        max_seconds = self.max_seconds

        realtimekit_bucket_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = self.realtimekit_bucket_config.to_dict()

        rtmp_out_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtmp_out_config, Unset):
            rtmp_out_config = self.rtmp_out_config.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(
            self.storage_config,
            (GcsStorageConfig, AccessKeyStorageConfig, SftpKeyStorageConfig, SftpPasswordStorageConfig),
        ):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

        url = self.url

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
            }
        )
        if allow_multiple_recordings is not UNSET:
            field_dict["allow_multiple_recordings"] = allow_multiple_recordings
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config
        if file_name_prefix is not UNSET:
            field_dict["file_name_prefix"] = file_name_prefix
        if interactive_config is not UNSET:
            field_dict["interactive_config"] = interactive_config
        if max_seconds is not UNSET:
            field_dict["max_seconds"] = max_seconds
        if realtimekit_bucket_config is not UNSET:
            field_dict["realtimekit_bucket_config"] = realtimekit_bucket_config
        if rtmp_out_config is not UNSET:
            field_dict["rtmp_out_config"] = rtmp_out_config
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config
        if url is not UNSET:
            field_dict["url"] = url
        if video_config is not UNSET:
            field_dict["video_config"] = video_config

        return field_dict

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
