"""The data models of the API's requests and responses, generated from the spec's schemas."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, cast
from uuid import UUID

from ..types import (
    UNSET,
    AdditionalProperties,
    TolerantStrEnum,
    Unset,
    check_length,
    check_range,
    enum_member,
    is_instance,
    parse_uuid,
    wrong_type,
)


class RecordingStatus(TolerantStrEnum):
    ERRORED = "ERRORED"
    INVOKED = "INVOKED"
    PAUSED = "PAUSED"
    RECORDING = "RECORDING"
    UPLOADED = "UPLOADED"
    UPLOADING = "UPLOADING"


class StartReasonCode(TolerantStrEnum):
    API_CALL = "API_CALL"
    RECORD_ON_START = "RECORD_ON_START"


class StopReasonCode(TolerantStrEnum):
    ALL_PEERS_LEFT = "ALL_PEERS_LEFT"
    API_CALL = "API_CALL"
    INTERNAL_ERROR = "INTERNAL_ERROR"


class CallerType(TolerantStrEnum):
    ORGANIZATION = "ORGANIZATION"
    USER = "USER"


class AudioChannel(TolerantStrEnum):
    MONO = "mono"
    STEREO = "stereo"


class AudioCodec(TolerantStrEnum):
    AAC = "AAC"
    MP3 = "MP3"


class InteractiveMetadataType(TolerantStrEnum):
    ID3 = "ID3"


class VideoCodec(TolerantStrEnum):
    H264 = "H264"
    VP8 = "VP8"
    VP9 = "VP9"


class WatermarkPosition(TolerantStrEnum):
    LEFT_BOTTOM = "left bottom"
    LEFT_TOP = "left top"
    RIGHT_BOTTOM = "right bottom"
    RIGHT_TOP = "right top"


class AccessKeyStorageType(TolerantStrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"


class StorageType(TolerantStrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"
    GCS = "gcs"
    SFTP = "sftp"


class SftpAuthMethod(TolerantStrEnum):
    KEY = "KEY"
    PASSWORD = "PASSWORD"


class ActiveRecordingResponse(AdditionalProperties):
    """Body of a successful fetch of the active recording.

    Attributes:
        success (bool): Success status of the operation.
        data (Recording): A recording of a meeting, as both operations return it.
    """

    __slots__ = ("data", "success")

    success: bool
    data: Recording

    def __init__(
        self,
        success: bool,
        data: Recording,
    ) -> None:
        self.success = success
        self.data = data
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        success = self.success

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("ActiveRecordingResponse", src_dict, "an object")
        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            wrong_type("success", success, "a boolean")

        data = Recording.from_dict(d.pop("data"))

        active_recording_response = cls(
            success,
            data,
        )

        active_recording_response.additional_properties = d
        return active_recording_response


class StartRecordingResponse(AdditionalProperties):
    """Body of a successful start of a recording.

    Attributes:
        success (bool): Success status of the operation.
        data (None | StartedRecording | Unset): The recording that was started; absent or null when the API does not
            return it.
    """

    __slots__ = ("data", "success")

    success: bool
    data: None | StartedRecording | Unset

    def __init__(
        self,
        success: bool,
        data: None | StartedRecording | Unset = UNSET,
    ) -> None:
        self.success = success
        self.data = data
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        success = self.success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, StartedRecording):
            try:
                data = self.data.to_dict()
            except ValueError as exc:
                raise ValueError(f"data: {exc}; data must be a StartedRecording or None") from None
        elif self.data is None:
            data = None
        else:
            raise ValueError(f"data must be a StartedRecording or None; got {type(self.data).__name__}")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("StartRecordingResponse", src_dict, "an object")
        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            wrong_type("success", success, "a boolean")

        _data = d.pop("data", UNSET)
        data: None | StartedRecording | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            try:
                if not isinstance(_data, dict):
                    raise TypeError()
                data_type_0 = StartedRecording.from_dict(cast("dict[str, Any]", _data))

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("data", cast(object, _data), "None | StartedRecording | Unset")

        start_recording_response = cls(
            success,
            data,
        )

        start_recording_response.additional_properties = d
        return start_recording_response


class Recording(AdditionalProperties):
    """A recording of a meeting, as both operations return it.

    Attributes:
        id (UUID): ID of the recording.
        audio_download_url (None | str): URL for downloading the audio recording, when `audio_config` was passed. Null
            while the recording runs and when the RealtimeKit bucket is disabled.
        download_url (None | str): URL where the recording can be downloaded. Null while the recording runs and when the
            RealtimeKit bucket is disabled.
        download_url_expiry (datetime.datetime | None): Timestamp when the download URL expires.
        file_size (float | None): File size of the recording, in bytes.
        invoked_time (datetime.datetime): Timestamp when this recording was invoked.
        output_file_name (str): File name of the recording.
        session_id (None | UUID): ID of the meeting session this recording is for.
        started_time (datetime.datetime | None): Timestamp when this recording actually started after being invoked.
            Usually a few seconds after `invoked_time`.
        status (RecordingStatus): Current status of the recording. INVOKED (waiting for a worker) -> RECORDING <->
            PAUSED -> UPLOADING -> UPLOADED; ERRORED from INVOKED or RECORDING.
        stopped_time (datetime.datetime | None | Unset): Timestamp when this recording was stopped; null or absent until
            it stops (UNSET when absent).
        recording_duration (int | Unset): Total recording time in seconds.
    """

    __slots__ = (
        "audio_download_url",
        "download_url",
        "download_url_expiry",
        "file_size",
        "id",
        "invoked_time",
        "output_file_name",
        "recording_duration",
        "session_id",
        "started_time",
        "status",
        "stopped_time",
    )

    id: UUID
    audio_download_url: None | str
    download_url: None | str
    download_url_expiry: datetime.datetime | None
    file_size: float | None
    invoked_time: datetime.datetime
    output_file_name: str
    session_id: None | UUID
    started_time: datetime.datetime | None
    status: RecordingStatus
    stopped_time: datetime.datetime | None | Unset
    recording_duration: int | Unset

    def __init__(
        self,
        id: UUID,
        audio_download_url: None | str,
        download_url: None | str,
        download_url_expiry: datetime.datetime | None,
        file_size: float | None,
        invoked_time: datetime.datetime,
        output_file_name: str,
        session_id: None | UUID,
        started_time: datetime.datetime | None,
        status: RecordingStatus,
        stopped_time: datetime.datetime | None | Unset = UNSET,
        recording_duration: int | Unset = UNSET,
    ) -> None:
        self.id = id
        self.audio_download_url = audio_download_url
        self.download_url = download_url
        self.download_url_expiry = download_url_expiry
        self.file_size = file_size
        self.invoked_time = invoked_time
        self.output_file_name = output_file_name
        self.session_id = session_id
        self.started_time = started_time
        self.status = status
        self.stopped_time = stopped_time
        self.recording_duration = recording_duration
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        id = str(self.id)

        audio_download_url: None | str
        audio_download_url = self.audio_download_url

        download_url: None | str
        download_url = self.download_url

        download_url_expiry: None | str
        if isinstance(self.download_url_expiry, datetime.datetime):
            download_url_expiry = self.download_url_expiry.isoformat()
        else:
            download_url_expiry = self.download_url_expiry

        file_size: float | None
        file_size = self.file_size

        invoked_time = self.invoked_time.isoformat()

        output_file_name = self.output_file_name

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        started_time: None | str
        if isinstance(self.started_time, datetime.datetime):
            started_time = self.started_time.isoformat()
        else:
            started_time = self.started_time

        if not is_instance(self.status, RecordingStatus):
            raise ValueError(
                f"status must be one of RecordingStatus (INVOKED, RECORDING, UPLOADING, UPLOADED, ERRORED, PAUSED), got {self.status!r}"
            )

        status = self.status.value

        stopped_time: None | str | Unset
        if isinstance(self.stopped_time, Unset):
            stopped_time = UNSET
        elif isinstance(self.stopped_time, datetime.datetime):
            stopped_time = self.stopped_time.isoformat()
        else:
            stopped_time = self.stopped_time

        recording_duration = self.recording_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "audio_download_url": audio_download_url,
                "download_url": download_url,
                "download_url_expiry": download_url_expiry,
                "file_size": file_size,
                "invoked_time": invoked_time,
                "output_file_name": output_file_name,
                "session_id": session_id,
                "started_time": started_time,
                "status": status,
            }
        )
        if stopped_time is not UNSET:
            field_dict["stopped_time"] = stopped_time
        if recording_duration is not UNSET:
            field_dict["recording_duration"] = recording_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("Recording", src_dict, "an object")
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        audio_download_url = d.pop("audio_download_url")
        if audio_download_url is not None and not (isinstance(audio_download_url, str)):
            wrong_type("audio_download_url", audio_download_url, "a string or null")

        download_url = d.pop("download_url")
        if download_url is not None and not (isinstance(download_url, str)):
            wrong_type("download_url", download_url, "a string or null")

        _download_url_expiry = d.pop("download_url_expiry")
        download_url_expiry: datetime.datetime | None
        if _download_url_expiry is None:
            download_url_expiry = _download_url_expiry
        else:
            try:
                if not isinstance(_download_url_expiry, str):
                    raise TypeError()
                download_url_expiry_type_0 = datetime.datetime.fromisoformat(_download_url_expiry)

                download_url_expiry = download_url_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("download_url_expiry", _download_url_expiry, "datetime.datetime | None")

        file_size = d.pop("file_size")
        if file_size is not None and not (isinstance(file_size, int | float) and not isinstance(file_size, bool)):
            wrong_type("file_size", file_size, "a number or null")

        invoked_time = datetime.datetime.fromisoformat(d.pop("invoked_time"))

        output_file_name = d.pop("output_file_name")
        if not (isinstance(output_file_name, str)):
            wrong_type("output_file_name", output_file_name, "a string")

        _session_id = d.pop("session_id")
        session_id: None | UUID
        if _session_id is None:
            session_id = _session_id
        else:
            try:
                if not isinstance(_session_id, str):
                    raise TypeError()
                session_id_type_0 = parse_uuid(_session_id)

                session_id = session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("session_id", _session_id, "None | UUID")

        _started_time = d.pop("started_time")
        started_time: datetime.datetime | None
        if _started_time is None:
            started_time = _started_time
        else:
            try:
                if not isinstance(_started_time, str):
                    raise TypeError()
                started_time_type_0 = datetime.datetime.fromisoformat(_started_time)

                started_time = started_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("started_time", _started_time, "datetime.datetime | None")

        status = enum_member(RecordingStatus, d.pop("status"))

        _stopped_time = d.pop("stopped_time", UNSET)
        stopped_time: datetime.datetime | None | Unset
        if _stopped_time is None or isinstance(_stopped_time, Unset):
            stopped_time = _stopped_time
        else:
            try:
                if not isinstance(_stopped_time, str):
                    raise TypeError()
                stopped_time_type_0 = datetime.datetime.fromisoformat(_stopped_time)

                stopped_time = stopped_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("stopped_time", _stopped_time, "datetime.datetime | None | Unset")

        recording_duration = d.pop("recording_duration", UNSET)
        if not isinstance(recording_duration, Unset) and not (
            isinstance(recording_duration, int) and not isinstance(recording_duration, bool)
        ):
            wrong_type("recording_duration", recording_duration, "an integer")

        recording = cls(
            id,
            audio_download_url,
            download_url,
            download_url_expiry,
            file_size,
            invoked_time,
            output_file_name,
            session_id,
            started_time,
            status,
            stopped_time,
            recording_duration,
        )

        recording.additional_properties = d
        return recording


class StartReason(AdditionalProperties):
    """Why the recording started.

    Attributes:
        caller (RecordingCaller | Unset): Who started or stopped the recording.
        reason (StartReasonCode | Unset):
    """

    __slots__ = (
        "caller",
        "reason",
    )

    caller: RecordingCaller | Unset
    reason: StartReasonCode | Unset

    def __init__(
        self,
        caller: RecordingCaller | Unset = UNSET,
        reason: StartReasonCode | Unset = UNSET,
    ) -> None:
        self.caller = caller
        self.reason = reason
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        caller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caller, Unset):
            caller = self.caller.to_dict()

        if not isinstance(self.reason, Unset) and not is_instance(self.reason, StartReasonCode):
            raise ValueError(f"reason must be one of StartReasonCode (API_CALL, RECORD_ON_START), got {self.reason!r}")

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller is not UNSET:
            field_dict["caller"] = caller
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("StartReason", src_dict, "an object")
        d = dict(src_dict)
        _caller = d.pop("caller", UNSET)
        caller: RecordingCaller | Unset
        if isinstance(_caller, Unset):
            caller = UNSET
        else:
            caller = RecordingCaller.from_dict(_caller)

        _reason = d.pop("reason", UNSET)
        reason: StartReasonCode | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = enum_member(StartReasonCode, _reason)

        start_reason = cls(
            caller,
            reason,
        )

        start_reason.additional_properties = d
        return start_reason


class StopReason(AdditionalProperties):
    """Why the recording stopped.

    Attributes:
        caller (RecordingCaller | Unset): Who started or stopped the recording.
        reason (StopReasonCode | Unset):
    """

    __slots__ = (
        "caller",
        "reason",
    )

    caller: RecordingCaller | Unset
    reason: StopReasonCode | Unset

    def __init__(
        self,
        caller: RecordingCaller | Unset = UNSET,
        reason: StopReasonCode | Unset = UNSET,
    ) -> None:
        self.caller = caller
        self.reason = reason
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        caller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caller, Unset):
            caller = self.caller.to_dict()

        if not isinstance(self.reason, Unset) and not is_instance(self.reason, StopReasonCode):
            raise ValueError(
                f"reason must be one of StopReasonCode (API_CALL, INTERNAL_ERROR, ALL_PEERS_LEFT), got {self.reason!r}"
            )

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller is not UNSET:
            field_dict["caller"] = caller
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("StopReason", src_dict, "an object")
        d = dict(src_dict)
        _caller = d.pop("caller", UNSET)
        caller: RecordingCaller | Unset
        if isinstance(_caller, Unset):
            caller = UNSET
        else:
            caller = RecordingCaller.from_dict(_caller)

        _reason = d.pop("reason", UNSET)
        reason: StopReasonCode | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = enum_member(StopReasonCode, _reason)

        stop_reason = cls(
            caller,
            reason,
        )

        stop_reason.additional_properties = d
        return stop_reason


class RecordingCaller(AdditionalProperties):
    """Who started or stopped the recording.

    Attributes:
        name (str | Unset): Name of the caller.
        type_ (CallerType | Unset):
        user_id (UUID | Unset): ID of the calling user (the wire name has a capital I).
    """

    __slots__ = (
        "name",
        "type_",
        "user_id",
    )

    name: str | Unset
    type_: CallerType | Unset
    user_id: UUID | Unset

    def __init__(
        self,
        name: str | Unset = UNSET,
        type_: CallerType | Unset = UNSET,
        user_id: UUID | Unset = UNSET,
    ) -> None:
        self.name = name
        self.type_ = type_
        self.user_id = user_id
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        name = self.name

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, CallerType):
            raise ValueError(f"type must be one of CallerType (ORGANIZATION, USER), got {self.type_!r}")

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_Id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("RecordingCaller", src_dict, "an object")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            wrong_type("name", name, "a string")

        _type_ = d.pop("type", UNSET)
        type_: CallerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(CallerType, _type_)

        _user_id = d.pop("user_Id", UNSET)
        user_id: UUID | Unset
        if isinstance(_user_id, Unset):
            user_id = UNSET
        else:
            user_id = parse_uuid(_user_id)

        recording_caller = cls(
            name,
            type_,
            user_id,
        )

        recording_caller.additional_properties = d
        return recording_caller


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

    __slots__ = (
        "allow_multiple_recordings",
        "audio_config",
        "file_name_prefix",
        "interactive_config",
        "max_seconds",
        "meeting_id",
        "realtimekit_bucket_config",
        "rtmp_out_config",
        "storage_config",
        "url",
        "video_config",
    )

    meeting_id: UUID
    allow_multiple_recordings: bool | Unset
    audio_config: AudioConfig | Unset
    file_name_prefix: str | Unset
    interactive_config: InteractiveConfig | Unset
    max_seconds: int | Unset
    realtimekit_bucket_config: RealtimeKitBucketConfig | Unset
    rtmp_out_config: RtmpOutConfig | Unset
    storage_config: (
        AccessKeyStorageConfig | GcsStorageConfig | None | SftpKeyStorageConfig | SftpPasswordStorageConfig | Unset
    )
    url: str | Unset
    video_config: VideoConfig | Unset

    def __init__(
        self,
        meeting_id: UUID,
        allow_multiple_recordings: bool | Unset = UNSET,
        audio_config: AudioConfig | Unset = UNSET,
        file_name_prefix: str | Unset = UNSET,
        interactive_config: InteractiveConfig | Unset = UNSET,
        max_seconds: int | Unset = UNSET,
        realtimekit_bucket_config: RealtimeKitBucketConfig | Unset = UNSET,
        rtmp_out_config: RtmpOutConfig | Unset = UNSET,
        storage_config: AccessKeyStorageConfig
        | GcsStorageConfig
        | None
        | SftpKeyStorageConfig
        | SftpPasswordStorageConfig
        | Unset = UNSET,
        url: str | Unset = UNSET,
        video_config: VideoConfig | Unset = UNSET,
    ) -> None:
        self.meeting_id = meeting_id
        self.allow_multiple_recordings = allow_multiple_recordings
        self.audio_config = audio_config
        self.file_name_prefix = file_name_prefix
        self.interactive_config = interactive_config
        self.max_seconds = max_seconds
        self.realtimekit_bucket_config = realtimekit_bucket_config
        self.rtmp_out_config = rtmp_out_config
        self.storage_config = storage_config
        self.url = url
        self.video_config = video_config
        self.additional_properties: dict[str, Any] = {}

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
            meeting_id,
            allow_multiple_recordings,
            audio_config,
            file_name_prefix,
            interactive_config,
            max_seconds,
            realtimekit_bucket_config,
            rtmp_out_config,
            storage_config,
            url,
            video_config,
        )

        start_recording_request.additional_properties = d
        return start_recording_request


class AudioConfig(AdditionalProperties):
    """Audio settings of the recording.

    Attributes:
        channel (AudioChannel | Unset):
        codec (AudioCodec | Unset):
        export_file (bool | Unset): Whether to export the audio as a separate file. Not sent unless set; the API's
            default: True.
    """

    __slots__ = (
        "channel",
        "codec",
        "export_file",
    )

    channel: AudioChannel | Unset
    codec: AudioCodec | Unset
    export_file: bool | Unset

    def __init__(
        self,
        channel: AudioChannel | Unset = UNSET,
        codec: AudioCodec | Unset = UNSET,
        export_file: bool | Unset = UNSET,
    ) -> None:
        self.channel = channel
        self.codec = codec
        self.export_file = export_file
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.channel, Unset) and not is_instance(self.channel, AudioChannel):
            raise ValueError(f"channel must be one of AudioChannel (mono, stereo), got {self.channel!r}")

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        if not isinstance(self.codec, Unset) and not is_instance(self.codec, AudioCodec):
            raise ValueError(f"codec must be one of AudioCodec (MP3, AAC), got {self.codec!r}")

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.value

        export_file = self.export_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("AudioConfig", src_dict, "an object")
        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: AudioChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = enum_member(AudioChannel, _channel)

        _codec = d.pop("codec", UNSET)
        codec: AudioCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = enum_member(AudioCodec, _codec)

        export_file = d.pop("export_file", UNSET)
        if not isinstance(export_file, Unset) and not (isinstance(export_file, bool)):
            wrong_type("export_file", export_file, "a boolean")

        audio_config = cls(
            channel,
            codec,
            export_file,
        )

        audio_config.additional_properties = d
        return audio_config


class InteractiveConfig(AdditionalProperties):
    """Interactive metadata embedded in the recording.

    Attributes:
        type_ (InteractiveMetadataType | Unset):
    """

    __slots__ = ("type_",)

    type_: InteractiveMetadataType | Unset

    def __init__(
        self,
        type_: InteractiveMetadataType | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, InteractiveMetadataType):
            raise ValueError(f"type must be one of InteractiveMetadataType (ID3), got {self.type_!r}")

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("InteractiveConfig", src_dict, "an object")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: InteractiveMetadataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(InteractiveMetadataType, _type_)

        interactive_config = cls(
            type_,
        )

        interactive_config.additional_properties = d
        return interactive_config


class RealtimeKitBucketConfig(AdditionalProperties):
    """Whether the recording is also kept in RealtimeKit's own bucket (for 7 days).

    Attributes:
        enabled (bool): Keep the recording in RealtimeKit's bucket; without it the download URLs are null.
    """

    __slots__ = ("enabled",)

    enabled: bool

    def __init__(
        self,
        enabled: bool,
    ) -> None:
        self.enabled = enabled
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("RealtimeKitBucketConfig", src_dict, "an object")
        d = dict(src_dict)
        enabled = d.pop("enabled")
        if not (isinstance(enabled, bool)):
            wrong_type("enabled", enabled, "a boolean")

        realtime_kit_bucket_config = cls(
            enabled,
        )

        realtime_kit_bucket_config.additional_properties = d
        return realtime_kit_bucket_config


class RtmpOutConfig(AdditionalProperties):
    """Stream the recording out over RTMP.

    Attributes:
        rtmp_url (str | Unset): RTMP URL to stream to.
    """

    __slots__ = ("rtmp_url",)

    rtmp_url: str | Unset

    def __init__(
        self,
        rtmp_url: str | Unset = UNSET,
    ) -> None:
        self.rtmp_url = rtmp_url
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        rtmp_url = self.rtmp_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtmp_url is not UNSET:
            field_dict["rtmp_url"] = rtmp_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("RtmpOutConfig", src_dict, "an object")
        d = dict(src_dict)
        rtmp_url = d.pop("rtmp_url", UNSET)
        if not isinstance(rtmp_url, Unset) and not (isinstance(rtmp_url, str)):
            wrong_type("rtmp_url", rtmp_url, "a string")

        rtmp_out_config = cls(
            rtmp_url,
        )

        rtmp_out_config.additional_properties = d
        return rtmp_out_config


class VideoConfig(AdditionalProperties):
    """Video settings of the recording.

    Attributes:
        codec (VideoCodec | Unset):
        export_file (bool | Unset): Whether to export the video file. Not sent unless set; the API's default: True.
        height (int | Unset): Height of the video in pixels. Not sent unless set; the API's default: 720.
        width (int | Unset): Width of the video in pixels. Not sent unless set; the API's default: 1280.
        watermark (Watermark | Unset): An image laid over the recorded video.
    """

    __slots__ = ("codec", "export_file", "height", "watermark", "width")

    codec: VideoCodec | Unset
    export_file: bool | Unset
    height: int | Unset
    width: int | Unset
    watermark: Watermark | Unset

    def __init__(
        self,
        codec: VideoCodec | Unset = UNSET,
        export_file: bool | Unset = UNSET,
        height: int | Unset = UNSET,
        width: int | Unset = UNSET,
        watermark: Watermark | Unset = UNSET,
    ) -> None:
        self.codec = codec
        self.export_file = export_file
        self.height = height
        self.width = width
        self.watermark = watermark
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.codec, Unset) and not is_instance(self.codec, VideoCodec):
            raise ValueError(f"codec must be one of VideoCodec (H264, VP8, VP9), got {self.codec!r}")

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.value

        export_file = self.export_file

        if isinstance(self.height, int | float):
            check_range("height", self.height, 1, 1920)

        height = self.height

        if isinstance(self.width, int | float):
            check_range("width", self.width, 1, 1920)

        width = self.width

        watermark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark, Unset):
            watermark = self.watermark.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("VideoConfig", src_dict, "an object")
        d = dict(src_dict)
        _codec = d.pop("codec", UNSET)
        codec: VideoCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = enum_member(VideoCodec, _codec)

        export_file = d.pop("export_file", UNSET)
        if not isinstance(export_file, Unset) and not (isinstance(export_file, bool)):
            wrong_type("export_file", export_file, "a boolean")

        height = d.pop("height", UNSET)
        if not isinstance(height, Unset) and not (isinstance(height, int) and not isinstance(height, bool)):
            wrong_type("height", height, "an integer")

        width = d.pop("width", UNSET)
        if not isinstance(width, Unset) and not (isinstance(width, int) and not isinstance(width, bool)):
            wrong_type("width", width, "an integer")

        _watermark = d.pop("watermark", UNSET)
        watermark: Watermark | Unset
        if isinstance(_watermark, Unset):
            watermark = UNSET
        else:
            watermark = Watermark.from_dict(_watermark)

        video_config = cls(
            codec,
            export_file,
            height,
            width,
            watermark,
        )

        video_config.additional_properties = d
        return video_config


class Watermark(AdditionalProperties):
    """An image laid over the recorded video.

    Attributes:
        position (WatermarkPosition | Unset):
        size (WatermarkSize | Unset): Size of the watermark in pixels.
        url (str | Unset): URL of the watermark image.
    """

    __slots__ = (
        "position",
        "size",
        "url",
    )

    position: WatermarkPosition | Unset
    size: WatermarkSize | Unset
    url: str | Unset

    def __init__(
        self,
        position: WatermarkPosition | Unset = UNSET,
        size: WatermarkSize | Unset = UNSET,
        url: str | Unset = UNSET,
    ) -> None:
        self.position = position
        self.size = size
        self.url = url
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.position, Unset) and not is_instance(self.position, WatermarkPosition):
            raise ValueError(
                f"position must be one of WatermarkPosition (left top, right top, left bottom, right bottom), got {self.position!r}"
            )

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("Watermark", src_dict, "an object")
        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: WatermarkPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = enum_member(WatermarkPosition, _position)

        _size = d.pop("size", UNSET)
        size: WatermarkSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = WatermarkSize.from_dict(_size)

        url = d.pop("url", UNSET)
        if not isinstance(url, Unset) and not (isinstance(url, str)):
            wrong_type("url", url, "a string")

        watermark = cls(
            position,
            size,
            url,
        )

        watermark.additional_properties = d
        return watermark


class WatermarkSize(AdditionalProperties):
    """Size of the watermark in pixels.

    Attributes:
        height (int | Unset):
        width (int | Unset):
    """

    __slots__ = (
        "height",
        "width",
    )

    height: int | Unset
    width: int | Unset

    def __init__(
        self,
        height: int | Unset = UNSET,
        width: int | Unset = UNSET,
    ) -> None:
        self.height = height
        self.width = width
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        if isinstance(self.height, int | float):
            check_range("height", self.height, 1, None)

        height = self.height

        if isinstance(self.width, int | float):
            check_range("width", self.width, 1, None)

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("WatermarkSize", src_dict, "an object")
        d = dict(src_dict)
        height = d.pop("height", UNSET)
        if not isinstance(height, Unset) and not (isinstance(height, int) and not isinstance(height, bool)):
            wrong_type("height", height, "an integer")

        width = d.pop("width", UNSET)
        if not isinstance(width, Unset) and not (isinstance(width, int) and not isinstance(width, bool)):
            wrong_type("width", width, "an integer")

        watermark_size = cls(
            height,
            width,
        )

        watermark_size.additional_properties = d
        return watermark_size


class GcsStorageConfig(AdditionalProperties):
    """Google Cloud Storage: `type` is gcs or omitted, and every field is optional.

    Attributes:
        type_ (Literal['gcs'] | Unset): The storage provider; only gcs.
        access_key (str | Unset): Access key of the storage provider (not needed for gcs).
        secret (str | Unset): Secret key of the storage provider.
        bucket (str | Unset): Name of the bucket.
        region (str | Unset): Region of the bucket.
        path (str | Unset): Path inside the bucket or on the server; the root when omitted.
        auth_method (SftpAuthMethod | Unset):
        username (str | Unset): SFTP user name.
        password (str | Unset): SFTP password (auth_method PASSWORD), or the passphrase of the private key (KEY).
        host (str | Unset): SFTP host.
        port (float | Unset): SFTP port.
        private_key (str | Unset): SFTP private key (auth_method KEY).
    """

    __slots__ = (
        "access_key",
        "auth_method",
        "bucket",
        "host",
        "password",
        "path",
        "port",
        "private_key",
        "region",
        "secret",
        "type_",
        "username",
    )
    _redacted = frozenset(["access_key", "password", "private_key", "secret"])

    type_: Literal["gcs"] | Unset
    access_key: str | Unset
    secret: str | Unset
    bucket: str | Unset
    region: str | Unset
    path: str | Unset
    auth_method: SftpAuthMethod | Unset
    username: str | Unset
    password: str | Unset
    host: str | Unset
    port: float | Unset
    private_key: str | Unset

    def __init__(
        self,
        type_: Literal["gcs"] | Unset = UNSET,
        access_key: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        path: str | Unset = UNSET,
        auth_method: SftpAuthMethod | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        host: str | Unset = UNSET,
        port: float | Unset = UNSET,
        private_key: str | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.access_key = access_key
        self.secret = secret
        self.bucket = bucket
        self.region = region
        self.path = path
        self.auth_method = auth_method
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.private_key = private_key
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        if not is_instance(self.type_, Unset) and self.type_ != "gcs":
            raise ValueError(f"type must be 'gcs', got {self.type_!r}")

        type_ = self.type_

        access_key = self.access_key

        secret = self.secret

        bucket = self.bucket

        region = self.region

        path = self.path

        if not isinstance(self.auth_method, Unset) and not is_instance(self.auth_method, SftpAuthMethod):
            raise ValueError(f"auth_method must be one of SftpAuthMethod (KEY, PASSWORD), got {self.auth_method!r}")

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = self.auth_method.value

        username = self.username

        password = self.password

        host = self.host

        port = self.port

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if region is not UNSET:
            field_dict["region"] = region
        if path is not UNSET:
            field_dict["path"] = path
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("GcsStorageConfig", src_dict, "an object")
        d = dict(src_dict)
        type_ = cast(Literal["gcs"] | Unset, d.pop("type", UNSET))
        if type_ != "gcs" and type_ is not UNSET:
            raise ValueError(f"type must match const 'gcs', got '{type_}'")

        access_key = d.pop("access_key", UNSET)
        if not isinstance(access_key, Unset) and not (isinstance(access_key, str)):
            wrong_type("access_key", access_key, "a string")

        secret = d.pop("secret", UNSET)
        if not isinstance(secret, Unset) and not (isinstance(secret, str)):
            wrong_type("secret", secret, "a string")

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, Unset) and not (isinstance(bucket, str)):
            wrong_type("bucket", bucket, "a string")

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            wrong_type("region", region, "a string")

        path = d.pop("path", UNSET)
        if not isinstance(path, Unset) and not (isinstance(path, str)):
            wrong_type("path", path, "a string")

        _auth_method = d.pop("auth_method", UNSET)
        auth_method: SftpAuthMethod | Unset
        if isinstance(_auth_method, Unset):
            auth_method = UNSET
        else:
            auth_method = enum_member(SftpAuthMethod, _auth_method)

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            wrong_type("username", username, "a string")

        password = d.pop("password", UNSET)
        if not isinstance(password, Unset) and not (isinstance(password, str)):
            wrong_type("password", password, "a string")

        host = d.pop("host", UNSET)
        if not isinstance(host, Unset) and not (isinstance(host, str)):
            wrong_type("host", host, "a string")

        port = d.pop("port", UNSET)
        if not isinstance(port, Unset) and not (isinstance(port, int | float) and not isinstance(port, bool)):
            wrong_type("port", port, "a number")

        private_key = d.pop("private_key", UNSET)
        if not isinstance(private_key, Unset) and not (isinstance(private_key, str)):
            wrong_type("private_key", private_key, "a string")

        gcs_storage_config = cls(
            type_,
            access_key,
            secret,
            bucket,
            region,
            path,
            auth_method,
            username,
            password,
            host,
            port,
            private_key,
        )

        gcs_storage_config.additional_properties = d
        return gcs_storage_config


class AccessKeyStorageConfig(AdditionalProperties):
    """A bucket reached with an access key: `access_key` and `region` are required (not empty), `type` is aws, azure or
    digitalocean (or omitted).

        Attributes:
            access_key (str): Access key of the storage provider.
            region (str): Region of the bucket.
            type_ (AccessKeyStorageType | Unset): The providers reached with an access key.
            secret (str | Unset): Secret key of the storage provider.
            bucket (str | Unset): Name of the bucket.
            path (str | Unset): Path inside the bucket or on the server; the root when omitted.
            auth_method (SftpAuthMethod | Unset):
            username (str | Unset): SFTP user name.
            password (str | Unset): SFTP password (auth_method PASSWORD), or the passphrase of the private key (KEY).
            host (str | Unset): SFTP host.
            port (float | Unset): SFTP port.
            private_key (str | Unset): SFTP private key (auth_method KEY).
    """

    __slots__ = (
        "access_key",
        "auth_method",
        "bucket",
        "host",
        "password",
        "path",
        "port",
        "private_key",
        "region",
        "secret",
        "type_",
        "username",
    )
    _redacted = frozenset(["access_key", "password", "private_key", "secret"])

    access_key: str
    region: str
    type_: AccessKeyStorageType | Unset
    secret: str | Unset
    bucket: str | Unset
    path: str | Unset
    auth_method: SftpAuthMethod | Unset
    username: str | Unset
    password: str | Unset
    host: str | Unset
    port: float | Unset
    private_key: str | Unset

    def __init__(
        self,
        access_key: str,
        region: str,
        type_: AccessKeyStorageType | Unset = UNSET,
        secret: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        path: str | Unset = UNSET,
        auth_method: SftpAuthMethod | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        host: str | Unset = UNSET,
        port: float | Unset = UNSET,
        private_key: str | Unset = UNSET,
    ) -> None:
        self.access_key = access_key
        self.region = region
        self.type_ = type_
        self.secret = secret
        self.bucket = bucket
        self.path = path
        self.auth_method = auth_method
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.private_key = private_key
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        check_length("access_key", self.access_key, 1, None)

        access_key = self.access_key

        check_length("region", self.region, 1, None)

        region = self.region

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, AccessKeyStorageType):
            raise ValueError(f"type must be one of AccessKeyStorageType (aws, azure, digitalocean), got {self.type_!r}")

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        secret = self.secret

        bucket = self.bucket

        path = self.path

        if not isinstance(self.auth_method, Unset) and not is_instance(self.auth_method, SftpAuthMethod):
            raise ValueError(f"auth_method must be one of SftpAuthMethod (KEY, PASSWORD), got {self.auth_method!r}")

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = self.auth_method.value

        username = self.username

        password = self.password

        host = self.host

        port = self.port

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_key": access_key,
                "region": region,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if path is not UNSET:
            field_dict["path"] = path
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("AccessKeyStorageConfig", src_dict, "an object")
        d = dict(src_dict)
        access_key = d.pop("access_key")
        if not (isinstance(access_key, str)):
            wrong_type("access_key", access_key, "a string")

        region = d.pop("region")
        if not (isinstance(region, str)):
            wrong_type("region", region, "a string")

        _type_ = d.pop("type", UNSET)
        type_: AccessKeyStorageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(AccessKeyStorageType, _type_)

        secret = d.pop("secret", UNSET)
        if not isinstance(secret, Unset) and not (isinstance(secret, str)):
            wrong_type("secret", secret, "a string")

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, Unset) and not (isinstance(bucket, str)):
            wrong_type("bucket", bucket, "a string")

        path = d.pop("path", UNSET)
        if not isinstance(path, Unset) and not (isinstance(path, str)):
            wrong_type("path", path, "a string")

        _auth_method = d.pop("auth_method", UNSET)
        auth_method: SftpAuthMethod | Unset
        if isinstance(_auth_method, Unset):
            auth_method = UNSET
        else:
            auth_method = enum_member(SftpAuthMethod, _auth_method)

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            wrong_type("username", username, "a string")

        password = d.pop("password", UNSET)
        if not isinstance(password, Unset) and not (isinstance(password, str)):
            wrong_type("password", password, "a string")

        host = d.pop("host", UNSET)
        if not isinstance(host, Unset) and not (isinstance(host, str)):
            wrong_type("host", host, "a string")

        port = d.pop("port", UNSET)
        if not isinstance(port, Unset) and not (isinstance(port, int | float) and not isinstance(port, bool)):
            wrong_type("port", port, "a number")

        private_key = d.pop("private_key", UNSET)
        if not isinstance(private_key, Unset) and not (isinstance(private_key, str)):
            wrong_type("private_key", private_key, "a string")

        access_key_storage_config = cls(
            access_key,
            region,
            type_,
            secret,
            bucket,
            path,
            auth_method,
            username,
            password,
            host,
            port,
            private_key,
        )

        access_key_storage_config.additional_properties = d
        return access_key_storage_config


class SftpKeyStorageConfig(AdditionalProperties):
    """An SFTP server reached with a private key: `private_key` is required, `auth_method` is KEY (or omitted).

    Attributes:
        private_key (str): SFTP private key (auth_method KEY).
        type_ (StorageType | Unset):
        access_key (str | Unset): Access key of the storage provider (not needed for gcs).
        secret (str | Unset): Secret key of the storage provider.
        bucket (str | Unset): Name of the bucket.
        region (str | Unset): Region of the bucket.
        path (str | Unset): Path inside the bucket or on the server; the root when omitted.
        auth_method (Literal['KEY'] | Unset): Authentication method; only KEY.
        username (str | Unset): SFTP user name.
        password (str | Unset): SFTP password (auth_method PASSWORD), or the passphrase of the private key (KEY).
        host (str | Unset): SFTP host.
        port (float | Unset): SFTP port.
    """

    __slots__ = (
        "access_key",
        "auth_method",
        "bucket",
        "host",
        "password",
        "path",
        "port",
        "private_key",
        "region",
        "secret",
        "type_",
        "username",
    )
    _redacted = frozenset(["access_key", "password", "private_key", "secret"])

    private_key: str
    type_: StorageType | Unset
    access_key: str | Unset
    secret: str | Unset
    bucket: str | Unset
    region: str | Unset
    path: str | Unset
    auth_method: Literal["KEY"] | Unset
    username: str | Unset
    password: str | Unset
    host: str | Unset
    port: float | Unset

    def __init__(
        self,
        private_key: str,
        type_: StorageType | Unset = UNSET,
        access_key: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        path: str | Unset = UNSET,
        auth_method: Literal["KEY"] | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        host: str | Unset = UNSET,
        port: float | Unset = UNSET,
    ) -> None:
        self.private_key = private_key
        self.type_ = type_
        self.access_key = access_key
        self.secret = secret
        self.bucket = bucket
        self.region = region
        self.path = path
        self.auth_method = auth_method
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        private_key = self.private_key

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, StorageType):
            raise ValueError(
                f"type must be one of StorageType (aws, azure, digitalocean, gcs, sftp), got {self.type_!r}"
            )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        access_key = self.access_key

        secret = self.secret

        bucket = self.bucket

        region = self.region

        path = self.path

        if not is_instance(self.auth_method, Unset) and self.auth_method != "KEY":
            raise ValueError(f"auth_method must be 'KEY', got {self.auth_method!r}")

        auth_method = self.auth_method

        username = self.username

        password = self.password

        host = self.host

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "private_key": private_key,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if region is not UNSET:
            field_dict["region"] = region
        if path is not UNSET:
            field_dict["path"] = path
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("SftpKeyStorageConfig", src_dict, "an object")
        d = dict(src_dict)
        private_key = d.pop("private_key")
        if not (isinstance(private_key, str)):
            wrong_type("private_key", private_key, "a string")

        _type_ = d.pop("type", UNSET)
        type_: StorageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(StorageType, _type_)

        access_key = d.pop("access_key", UNSET)
        if not isinstance(access_key, Unset) and not (isinstance(access_key, str)):
            wrong_type("access_key", access_key, "a string")

        secret = d.pop("secret", UNSET)
        if not isinstance(secret, Unset) and not (isinstance(secret, str)):
            wrong_type("secret", secret, "a string")

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, Unset) and not (isinstance(bucket, str)):
            wrong_type("bucket", bucket, "a string")

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            wrong_type("region", region, "a string")

        path = d.pop("path", UNSET)
        if not isinstance(path, Unset) and not (isinstance(path, str)):
            wrong_type("path", path, "a string")

        auth_method = cast(Literal["KEY"] | Unset, d.pop("auth_method", UNSET))
        if auth_method != "KEY" and auth_method is not UNSET:
            raise ValueError(f"auth_method must match const 'KEY', got '{auth_method}'")

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            wrong_type("username", username, "a string")

        password = d.pop("password", UNSET)
        if not isinstance(password, Unset) and not (isinstance(password, str)):
            wrong_type("password", password, "a string")

        host = d.pop("host", UNSET)
        if not isinstance(host, Unset) and not (isinstance(host, str)):
            wrong_type("host", host, "a string")

        port = d.pop("port", UNSET)
        if not isinstance(port, Unset) and not (isinstance(port, int | float) and not isinstance(port, bool)):
            wrong_type("port", port, "a number")

        sftp_key_storage_config = cls(
            private_key,
            type_,
            access_key,
            secret,
            bucket,
            region,
            path,
            auth_method,
            username,
            password,
            host,
            port,
        )

        sftp_key_storage_config.additional_properties = d
        return sftp_key_storage_config


class SftpPasswordStorageConfig(AdditionalProperties):
    """An SFTP server reached with a password: `password` is required, `auth_method` is PASSWORD (or omitted).

    Attributes:
        password (str): SFTP password (auth_method PASSWORD), or the passphrase of the private key (KEY).
        type_ (StorageType | Unset):
        access_key (str | Unset): Access key of the storage provider (not needed for gcs).
        secret (str | Unset): Secret key of the storage provider.
        bucket (str | Unset): Name of the bucket.
        region (str | Unset): Region of the bucket.
        path (str | Unset): Path inside the bucket or on the server; the root when omitted.
        auth_method (Literal['PASSWORD'] | Unset): Authentication method; only PASSWORD.
        username (str | Unset): SFTP user name.
        host (str | Unset): SFTP host.
        port (float | Unset): SFTP port.
        private_key (str | Unset): SFTP private key (auth_method KEY).
    """

    __slots__ = (
        "access_key",
        "auth_method",
        "bucket",
        "host",
        "password",
        "path",
        "port",
        "private_key",
        "region",
        "secret",
        "type_",
        "username",
    )
    _redacted = frozenset(["access_key", "password", "private_key", "secret"])

    password: str
    type_: StorageType | Unset
    access_key: str | Unset
    secret: str | Unset
    bucket: str | Unset
    region: str | Unset
    path: str | Unset
    auth_method: Literal["PASSWORD"] | Unset
    username: str | Unset
    host: str | Unset
    port: float | Unset
    private_key: str | Unset

    def __init__(
        self,
        password: str,
        type_: StorageType | Unset = UNSET,
        access_key: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        path: str | Unset = UNSET,
        auth_method: Literal["PASSWORD"] | Unset = UNSET,
        username: str | Unset = UNSET,
        host: str | Unset = UNSET,
        port: float | Unset = UNSET,
        private_key: str | Unset = UNSET,
    ) -> None:
        self.password = password
        self.type_ = type_
        self.access_key = access_key
        self.secret = secret
        self.bucket = bucket
        self.region = region
        self.path = path
        self.auth_method = auth_method
        self.username = username
        self.host = host
        self.port = port
        self.private_key = private_key
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        password = self.password

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, StorageType):
            raise ValueError(
                f"type must be one of StorageType (aws, azure, digitalocean, gcs, sftp), got {self.type_!r}"
            )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        access_key = self.access_key

        secret = self.secret

        bucket = self.bucket

        region = self.region

        path = self.path

        if not is_instance(self.auth_method, Unset) and self.auth_method != "PASSWORD":
            raise ValueError(f"auth_method must be 'PASSWORD', got {self.auth_method!r}")

        auth_method = self.auth_method

        username = self.username

        host = self.host

        port = self.port

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if region is not UNSET:
            field_dict["region"] = region
        if path is not UNSET:
            field_dict["path"] = path
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if username is not UNSET:
            field_dict["username"] = username
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("SftpPasswordStorageConfig", src_dict, "an object")
        d = dict(src_dict)
        password = d.pop("password")
        if not (isinstance(password, str)):
            wrong_type("password", password, "a string")

        _type_ = d.pop("type", UNSET)
        type_: StorageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(StorageType, _type_)

        access_key = d.pop("access_key", UNSET)
        if not isinstance(access_key, Unset) and not (isinstance(access_key, str)):
            wrong_type("access_key", access_key, "a string")

        secret = d.pop("secret", UNSET)
        if not isinstance(secret, Unset) and not (isinstance(secret, str)):
            wrong_type("secret", secret, "a string")

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, Unset) and not (isinstance(bucket, str)):
            wrong_type("bucket", bucket, "a string")

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            wrong_type("region", region, "a string")

        path = d.pop("path", UNSET)
        if not isinstance(path, Unset) and not (isinstance(path, str)):
            wrong_type("path", path, "a string")

        auth_method = cast(Literal["PASSWORD"] | Unset, d.pop("auth_method", UNSET))
        if auth_method != "PASSWORD" and auth_method is not UNSET:
            raise ValueError(f"auth_method must match const 'PASSWORD', got '{auth_method}'")

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            wrong_type("username", username, "a string")

        host = d.pop("host", UNSET)
        if not isinstance(host, Unset) and not (isinstance(host, str)):
            wrong_type("host", host, "a string")

        port = d.pop("port", UNSET)
        if not isinstance(port, Unset) and not (isinstance(port, int | float) and not isinstance(port, bool)):
            wrong_type("port", port, "a number")

        private_key = d.pop("private_key", UNSET)
        if not isinstance(private_key, Unset) and not (isinstance(private_key, str)):
            wrong_type("private_key", private_key, "a string")

        sftp_password_storage_config = cls(
            password,
            type_,
            access_key,
            secret,
            bucket,
            region,
            path,
            auth_method,
            username,
            host,
            port,
            private_key,
        )

        sftp_password_storage_config.additional_properties = d
        return sftp_password_storage_config


class RecordingStorageConfig(AdditionalProperties):
    """The storage configuration a started recording reports: every field optional, whatever the provider. Credential
    fields (access_key, secret, password, private_key) are kept but never shown in reprs.

        Attributes:
            type_ (StorageType | Unset):
            access_key (str | Unset): Access key of the storage provider (not needed for gcs).
            secret (str | Unset): Secret key of the storage provider.
            bucket (str | Unset): Name of the bucket.
            region (str | Unset): Region of the bucket.
            path (str | Unset): Path inside the bucket or on the server; the root when omitted.
            auth_method (SftpAuthMethod | Unset):
            username (str | Unset): SFTP user name.
            password (str | Unset): SFTP password (auth_method PASSWORD), or the passphrase of the private key (KEY).
            host (str | Unset): SFTP host.
            port (float | Unset): SFTP port.
            private_key (str | Unset): SFTP private key (auth_method KEY).
    """

    __slots__ = (
        "access_key",
        "auth_method",
        "bucket",
        "host",
        "password",
        "path",
        "port",
        "private_key",
        "region",
        "secret",
        "type_",
        "username",
    )
    _redacted = frozenset(["access_key", "password", "private_key", "secret"])

    type_: StorageType | Unset
    access_key: str | Unset
    secret: str | Unset
    bucket: str | Unset
    region: str | Unset
    path: str | Unset
    auth_method: SftpAuthMethod | Unset
    username: str | Unset
    password: str | Unset
    host: str | Unset
    port: float | Unset
    private_key: str | Unset

    def __init__(
        self,
        type_: StorageType | Unset = UNSET,
        access_key: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        path: str | Unset = UNSET,
        auth_method: SftpAuthMethod | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        host: str | Unset = UNSET,
        port: float | Unset = UNSET,
        private_key: str | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.access_key = access_key
        self.secret = secret
        self.bucket = bucket
        self.region = region
        self.path = path
        self.auth_method = auth_method
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.private_key = private_key
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, StorageType):
            raise ValueError(
                f"type must be one of StorageType (aws, azure, digitalocean, gcs, sftp), got {self.type_!r}"
            )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        access_key = self.access_key

        secret = self.secret

        bucket = self.bucket

        region = self.region

        path = self.path

        if not isinstance(self.auth_method, Unset) and not is_instance(self.auth_method, SftpAuthMethod):
            raise ValueError(f"auth_method must be one of SftpAuthMethod (KEY, PASSWORD), got {self.auth_method!r}")

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = self.auth_method.value

        username = self.username

        password = self.password

        host = self.host

        port = self.port

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if region is not UNSET:
            field_dict["region"] = region
        if path is not UNSET:
            field_dict["path"] = path
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("RecordingStorageConfig", src_dict, "an object")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: StorageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(StorageType, _type_)

        access_key = d.pop("access_key", UNSET)
        if not isinstance(access_key, Unset) and not (isinstance(access_key, str)):
            wrong_type("access_key", access_key, "a string")

        secret = d.pop("secret", UNSET)
        if not isinstance(secret, Unset) and not (isinstance(secret, str)):
            wrong_type("secret", secret, "a string")

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, Unset) and not (isinstance(bucket, str)):
            wrong_type("bucket", bucket, "a string")

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            wrong_type("region", region, "a string")

        path = d.pop("path", UNSET)
        if not isinstance(path, Unset) and not (isinstance(path, str)):
            wrong_type("path", path, "a string")

        _auth_method = d.pop("auth_method", UNSET)
        auth_method: SftpAuthMethod | Unset
        if isinstance(_auth_method, Unset):
            auth_method = UNSET
        else:
            auth_method = enum_member(SftpAuthMethod, _auth_method)

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            wrong_type("username", username, "a string")

        password = d.pop("password", UNSET)
        if not isinstance(password, Unset) and not (isinstance(password, str)):
            wrong_type("password", password, "a string")

        host = d.pop("host", UNSET)
        if not isinstance(host, Unset) and not (isinstance(host, str)):
            wrong_type("host", host, "a string")

        port = d.pop("port", UNSET)
        if not isinstance(port, Unset) and not (isinstance(port, int | float) and not isinstance(port, bool)):
            wrong_type("port", port, "a number")

        private_key = d.pop("private_key", UNSET)
        if not isinstance(private_key, Unset) and not (isinstance(private_key, str)):
            wrong_type("private_key", private_key, "a string")

        recording_storage_config = cls(
            type_,
            access_key,
            secret,
            bucket,
            region,
            path,
            auth_method,
            username,
            password,
            host,
            port,
            private_key,
        )

        recording_storage_config.additional_properties = d
        return recording_storage_config


class StartedRecording(Recording):
    """The recording a start returns, with why it started and stopped and where it is stored.

    Attributes:
        start_reason (StartReason | Unset): Why the recording started.
        stop_reason (StopReason | Unset): Why the recording stopped.
        storage_config (None | RecordingStorageConfig | Unset): The storage configuration the recording is uploaded
            with, when one was given.
    """

    __slots__ = (
        "start_reason",
        "stop_reason",
        "storage_config",
    )

    start_reason: StartReason | Unset
    stop_reason: StopReason | Unset
    storage_config: None | RecordingStorageConfig | Unset

    def __init__(
        self,
        id: UUID,
        audio_download_url: None | str,
        download_url: None | str,
        download_url_expiry: datetime.datetime | None,
        file_size: float | None,
        invoked_time: datetime.datetime,
        output_file_name: str,
        session_id: None | UUID,
        started_time: datetime.datetime | None,
        status: RecordingStatus,
        stopped_time: datetime.datetime | None | Unset = UNSET,
        recording_duration: int | Unset = UNSET,
        start_reason: StartReason | Unset = UNSET,
        stop_reason: StopReason | Unset = UNSET,
        storage_config: None | RecordingStorageConfig | Unset = UNSET,
    ) -> None:
        self.id = id
        self.audio_download_url = audio_download_url
        self.download_url = download_url
        self.download_url_expiry = download_url_expiry
        self.file_size = file_size
        self.invoked_time = invoked_time
        self.output_file_name = output_file_name
        self.session_id = session_id
        self.started_time = started_time
        self.status = status
        self.stopped_time = stopped_time
        self.recording_duration = recording_duration
        self.start_reason = start_reason
        self.stop_reason = stop_reason
        self.storage_config = storage_config
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:

        start_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_reason, Unset):
            start_reason = self.start_reason.to_dict()

        stop_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_reason, Unset):
            stop_reason = self.stop_reason.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, RecordingStorageConfig):
            try:
                storage_config = self.storage_config.to_dict()
            except ValueError as exc:
                raise ValueError(
                    f"storage_config: {exc}; storage_config must be a RecordingStorageConfig or None"
                ) from None
        elif self.storage_config is None:
            storage_config = None
        else:
            raise ValueError(
                f"storage_config must be a RecordingStorageConfig or None; got {type(self.storage_config).__name__}"
            )

        field_dict = super().to_dict()
        if start_reason is not UNSET:
            field_dict["start_reason"] = start_reason
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("StartedRecording", src_dict, "an object")
        d = dict(src_dict)
        _start_reason = d.pop("start_reason", UNSET)
        start_reason: StartReason | Unset
        if isinstance(_start_reason, Unset):
            start_reason = UNSET
        else:
            start_reason = StartReason.from_dict(_start_reason)

        _stop_reason = d.pop("stop_reason", UNSET)
        stop_reason: StopReason | Unset
        if isinstance(_stop_reason, Unset):
            stop_reason = UNSET
        else:
            stop_reason = StopReason.from_dict(_stop_reason)

        _storage_config = d.pop("storage_config", UNSET)
        storage_config: None | RecordingStorageConfig | Unset
        if _storage_config is None or isinstance(_storage_config, Unset):
            storage_config = _storage_config
        else:
            try:
                if not isinstance(_storage_config, dict):
                    raise TypeError()
                storage_config_type_0 = RecordingStorageConfig.from_dict(cast("dict[str, Any]", _storage_config))

                storage_config = storage_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("storage_config", cast(object, _storage_config), "None | RecordingStorageConfig | Unset")

        started_recording = super().from_dict(d)
        started_recording.start_reason = start_reason
        started_recording.stop_reason = stop_reason
        started_recording.storage_config = storage_config

        return started_recording


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
