from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_status import RecordingStatus
from ..types import UNSET, Unset, enum_member, parse_uuid, wrong_type

if TYPE_CHECKING:
    from ..models.start_reason import StartReason
    from ..models.stop_reason import StopReason
    from ..models.storage_config import StorageConfig


@_attrs_define
class StartedRecording:
    """The recording a start returns, with why it started and stopped and where it is stored.

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
        stopped_time (datetime.datetime | None): Timestamp when this recording was stopped; null until it stops.
        recording_duration (int | Unset): Total recording time in seconds.
        start_reason (StartReason | Unset): Why the recording started.
        stop_reason (StopReason | Unset): Why the recording stopped.
        storage_config (None | StorageConfig | Unset): The storage configuration the recording is uploaded with, when
            one was given.
    """

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

    stopped_time: datetime.datetime | None

    recording_duration: int | Unset = UNSET

    start_reason: StartReason | Unset = UNSET

    stop_reason: StopReason | Unset = UNSET

    storage_config: None | StorageConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

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

        status = self.status.value

        stopped_time: None | str
        if isinstance(self.stopped_time, datetime.datetime):
            stopped_time = self.stopped_time.isoformat()
        else:
            stopped_time = self.stopped_time

        recording_duration = self.recording_duration

        start_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_reason, Unset):
            start_reason = self.start_reason.to_dict()

        stop_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_reason, Unset):
            stop_reason = self.stop_reason.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfig):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

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
                "stopped_time": stopped_time,
            }
        )
        if recording_duration is not UNSET:
            field_dict["recording_duration"] = recording_duration
        if start_reason is not UNSET:
            field_dict["start_reason"] = start_reason
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        _stopped_time = d.pop("stopped_time")
        stopped_time: datetime.datetime | None
        if _stopped_time is None:
            stopped_time = _stopped_time
        else:
            try:
                if not isinstance(_stopped_time, str):
                    raise TypeError()
                stopped_time_type_0 = datetime.datetime.fromisoformat(_stopped_time)

                stopped_time = stopped_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("stopped_time", _stopped_time, "datetime.datetime | None")

        recording_duration = d.pop("recording_duration", UNSET)
        if not isinstance(recording_duration, Unset) and not (
            isinstance(recording_duration, int) and not isinstance(recording_duration, bool)
        ):
            wrong_type("recording_duration", recording_duration, "an integer")

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
        storage_config: None | StorageConfig | Unset
        if _storage_config is None or isinstance(_storage_config, Unset):
            storage_config = _storage_config
        else:
            try:
                if not isinstance(_storage_config, dict):
                    raise TypeError()
                storage_config_type_0 = StorageConfig.from_dict(cast("dict[str, Any]", _storage_config))

                storage_config = storage_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wrong_type("storage_config", cast(object, _storage_config), "None | StorageConfig | Unset")

        started_recording = cls(
            id=id,
            audio_download_url=audio_download_url,
            download_url=download_url,
            download_url_expiry=download_url_expiry,
            file_size=file_size,
            invoked_time=invoked_time,
            output_file_name=output_file_name,
            session_id=session_id,
            started_time=started_time,
            status=status,
            stopped_time=stopped_time,
            recording_duration=recording_duration,
            start_reason=start_reason,
            stop_reason=stop_reason,
            storage_config=storage_config,
        )

        started_recording.additional_properties = d
        return started_recording

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


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.start_reason import StartReason
    from ..models.stop_reason import StopReason
    from ..models.storage_config import StorageConfig
