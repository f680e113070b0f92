from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.models import from_dict as _from_dict
from .._runtime.models import redact_repr as _redact_repr
from .._runtime.models import to_dict as _to_dict
from ..models.recording_status import RecordingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_storage_config import RecordingStorageConfig
    from ..models.start_reason import StartReason
    from ..models.stop_reason import StopReason


T = TypeVar("T", bound="StartedRecording")


@_attrs_define(repr=False)
class StartedRecording:
    """The recording a start returns, with why it started and stopped and where it is stored.

    Attributes:
        id (str | UUID): ID of the recording.
        audio_download_url (None | str): URL for downloading the audio recording, when `audio_config` was passed. Null
            while the recording runs and when the RealtimeKit bucket is disabled.
        download_url (None | str): URL where the recording can be downloaded. Null while the recording runs and when the
            RealtimeKit bucket is disabled.
        download_url_expiry (datetime.datetime | None | str): Timestamp when the download URL expires.
        file_size (float | None): File size of the recording, in bytes.
        invoked_time (datetime.datetime | str): Timestamp when this recording was invoked.
        output_file_name (str): File name of the recording.
        session_id (None | str | UUID): ID of the meeting session this recording is for.
        started_time (datetime.datetime | None | str): Timestamp when this recording actually started after being
            invoked. Usually a few seconds after `invoked_time`.
        status (RecordingStatus): Current status of the recording. INVOKED (waiting for a worker) -> RECORDING <->
            PAUSED -> UPLOADING -> UPLOADED; ERRORED from INVOKED or RECORDING.
        stopped_time (datetime.datetime | None | str | Unset): Timestamp when this recording was stopped; null or absent
            until it stops (UNSET when absent).
        recording_duration (float | Unset): Total recording time in seconds.
        start_reason (StartReason | Unset): Why the recording started.
        stop_reason (StopReason | Unset): Why the recording stopped.
        storage_config (None | RecordingStorageConfig | Unset): The storage configuration the recording is uploaded
            with, when one was given.
    """

    id: str | UUID
    audio_download_url: None | str
    download_url: None | str
    download_url_expiry: datetime.datetime | None | str
    file_size: float | None
    invoked_time: datetime.datetime | str
    output_file_name: str
    session_id: None | str | UUID
    started_time: datetime.datetime | None | str
    status: RecordingStatus
    stopped_time: datetime.datetime | None | str | Unset = UNSET
    recording_duration: float | Unset = UNSET
    start_reason: StartReason | Unset = UNSET
    stop_reason: StopReason | Unset = UNSET
    storage_config: None | RecordingStorageConfig | Unset = UNSET
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


_redact_repr(StartedRecording)
