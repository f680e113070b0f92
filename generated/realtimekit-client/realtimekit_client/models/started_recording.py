from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    is_instance,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.recording_storage_config import RecordingStorageConfig
    from ..models.start_reason import StartReason
    from ..models.stop_reason import StopReason


from .recording import Recording


@_attrs_define
class StartedRecording(Recording):
    """The recording a start returns, with why it started and stopped and where it is stored.

    Attributes:
        start_reason (StartReason | Unset): Why the recording started.
        stop_reason (StopReason | Unset): Why the recording stopped.
        storage_config (None | RecordingStorageConfig | Unset): The storage configuration the recording is uploaded
            with, when one was given.
    """

    start_reason: StartReason | Unset = UNSET

    stop_reason: StopReason | Unset = UNSET

    storage_config: None | RecordingStorageConfig | Unset = UNSET

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


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.recording_storage_config import RecordingStorageConfig
    from ..models.start_reason import StartReason
    from ..models.stop_reason import StopReason
