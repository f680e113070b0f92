from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    check_range,
    is_instance,
    parse_uuid,
    wrong_type,
)

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


@_attrs_define
class StartRecordingRequest(AdditionalProperties):
    """What to record and how.

    Attributes:
        meeting_id (UUID): ID of the meeting to record.
        allow_multiple_recordings (bool | Unset): Allow more than one active recording of the meeting. Without it a
            meeting has at most one active recording. Not sent unless set; the API's default: False.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        meeting_id = str(self.meeting_id)

        allow_multiple_recordings = self.allow_multiple_recordings

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        file_name_prefix = self.file_name_prefix

        interactive_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactive_config, Unset):
            interactive_config = self.interactive_config.to_dict()

        if isinstance(self.max_seconds, int | float):
            check_range("max_seconds", self.max_seconds, 60, 86400)

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
            (
                GcsStorageConfig,
                AccessKeyStorageConfig,
                SftpKeyStorageConfig,
                SftpPasswordStorageConfig,
            ),
        ):
            try:
                storage_config = self.storage_config.to_dict()
            except ValueError as exc:
                raise ValueError(
                    f"storage_config: {exc}; storage_config must be one of: GcsStorageConfig (requires nothing; type_: 'gcs' or unset), AccessKeyStorageConfig (requires access_key, region; type_: aws|azure|digitalocean or unset), SftpKeyStorageConfig (requires private_key; auth_method: 'KEY' or unset), SftpPasswordStorageConfig (requires password; auth_method: 'PASSWORD' or unset), or None"
                ) from None
        elif self.storage_config is None:
            storage_config = None
        else:
            raise ValueError(
                f"storage_config must be one of: GcsStorageConfig (requires nothing; type_: 'gcs' or unset), AccessKeyStorageConfig (requires access_key, region; type_: aws|azure|digitalocean or unset), SftpKeyStorageConfig (requires private_key; auth_method: 'KEY' or unset), SftpPasswordStorageConfig (requires password; auth_method: 'PASSWORD' or unset), or None; got {type(self.storage_config).__name__}"
            )

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
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("StartRecordingRequest", src_dict, "an object")
        d = dict(src_dict)
        meeting_id = parse_uuid(d.pop("meeting_id"))

        allow_multiple_recordings = d.pop("allow_multiple_recordings", UNSET)
        if not isinstance(allow_multiple_recordings, Unset) and not (isinstance(allow_multiple_recordings, bool)):
            wrong_type("allow_multiple_recordings", allow_multiple_recordings, "a boolean")

        _audio_config = d.pop("audio_config", UNSET)
        audio_config: AudioConfig | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = AudioConfig.from_dict(_audio_config)

        file_name_prefix = d.pop("file_name_prefix", UNSET)
        if not isinstance(file_name_prefix, Unset) and not (isinstance(file_name_prefix, str)):
            wrong_type("file_name_prefix", file_name_prefix, "a string")

        _interactive_config = d.pop("interactive_config", UNSET)
        interactive_config: InteractiveConfig | Unset
        if isinstance(_interactive_config, Unset):
            interactive_config = UNSET
        else:
            interactive_config = InteractiveConfig.from_dict(_interactive_config)

        max_seconds = d.pop("max_seconds", UNSET)
        if not isinstance(max_seconds, Unset) and not (
            isinstance(max_seconds, int) and not isinstance(max_seconds, bool)
        ):
            wrong_type("max_seconds", max_seconds, "an integer")

        _realtimekit_bucket_config = d.pop("realtimekit_bucket_config", UNSET)
        realtimekit_bucket_config: RealtimeKitBucketConfig | Unset
        if isinstance(_realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = UNSET
        else:
            realtimekit_bucket_config = RealtimeKitBucketConfig.from_dict(_realtimekit_bucket_config)

        _rtmp_out_config = d.pop("rtmp_out_config", UNSET)
        rtmp_out_config: RtmpOutConfig | Unset
        if isinstance(_rtmp_out_config, Unset):
            rtmp_out_config = UNSET
        else:
            rtmp_out_config = RtmpOutConfig.from_dict(_rtmp_out_config)

        def _parse_storage_config(
            data: object,
        ) -> (
            AccessKeyStorageConfig | GcsStorageConfig | None | SftpKeyStorageConfig | SftpPasswordStorageConfig | Unset
        ):
            received = data
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_0 = GcsStorageConfig.from_dict(cast("dict[str, Any]", data))

                return storage_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_1 = AccessKeyStorageConfig.from_dict(cast("dict[str, Any]", data))

                return storage_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_2 = SftpKeyStorageConfig.from_dict(cast("dict[str, Any]", data))

                return storage_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_3 = SftpPasswordStorageConfig.from_dict(cast("dict[str, Any]", data))

                return storage_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            wrong_type(
                "storage_config",
                received,
                "AccessKeyStorageConfig | GcsStorageConfig | None | SftpKeyStorageConfig | SftpPasswordStorageConfig | Unset",
            )
            return cast(
                AccessKeyStorageConfig
                | GcsStorageConfig
                | None
                | SftpKeyStorageConfig
                | SftpPasswordStorageConfig
                | Unset,
                data,
            )

        storage_config = _parse_storage_config(d.pop("storage_config", UNSET))

        url = d.pop("url", UNSET)
        if not isinstance(url, Unset) and not (isinstance(url, str)):
            wrong_type("url", url, "a string")

        _video_config = d.pop("video_config", UNSET)
        video_config: VideoConfig | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = VideoConfig.from_dict(_video_config)

        start_recording_request = cls(
            meeting_id=meeting_id,
            allow_multiple_recordings=allow_multiple_recordings,
            audio_config=audio_config,
            file_name_prefix=file_name_prefix,
            interactive_config=interactive_config,
            max_seconds=max_seconds,
            realtimekit_bucket_config=realtimekit_bucket_config,
            rtmp_out_config=rtmp_out_config,
            storage_config=storage_config,
            url=url,
            video_config=video_config,
        )

        start_recording_request.additional_properties = d
        return start_recording_request


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.access_key_storage_config import AccessKeyStorageConfig
    from ..models.audio_config import AudioConfig
    from ..models.gcs_storage_config import GcsStorageConfig
    from ..models.interactive_config import InteractiveConfig
    from ..models.realtime_kit_bucket_config import RealtimeKitBucketConfig
    from ..models.rtmp_out_config import RtmpOutConfig
    from ..models.sftp_key_storage_config import SftpKeyStorageConfig
    from ..models.sftp_password_storage_config import SftpPasswordStorageConfig
    from ..models.video_config import VideoConfig
