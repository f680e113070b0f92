from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="StartRecordingResponse")


@_attrs_define
class StartRecordingResponse(AdditionalProperties):
    """Body of a successful start of a recording.

    Attributes:
        success (bool): Success status of the operation.
        data (StartedRecording | Unset): The recording a start returns, with why it started and stopped and where it is
            stored.
    """

    success: bool
    data: StartedRecording | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            wrong_type("success", success, "a boolean")

        _data = d.pop("data", UNSET)
        data: StartedRecording | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StartedRecording.from_dict(_data)

        start_recording_response = cls(
            success=success,
            data=data,
        )

        start_recording_response.additional_properties = d
        return start_recording_response


from ..models.started_recording import StartedRecording  # noqa: E402
