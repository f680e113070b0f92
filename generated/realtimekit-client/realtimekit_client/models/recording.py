from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_status import RecordingStatus
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    enum_member,
    is_instance,
    parse_uuid,
    wrong_type,
)


@_attrs_define
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
    stopped_time: datetime.datetime | None | Unset = UNSET
    recording_duration: int | Unset = UNSET
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
        )

        recording.additional_properties = d
        return recording
