from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

if TYPE_CHECKING:
    from ..models.started_recording import StartedRecording


@_attrs_define
class StartRecordingResponse:
    """Body of a successful start of a recording.

    Attributes:
        success (bool): Success status of the operation.
        data (StartedRecording | Unset): The recording a start returns, with why it started and stopped and where it is
            stored.
    """

    success: bool
    data: StartedRecording | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
    from ..models.started_recording import StartedRecording
