from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    is_instance,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.started_recording import StartedRecording


@_attrs_define
class StartRecordingResponse(AdditionalProperties):
    """Body of a successful start of a recording.

    Attributes:
        success (bool): Success status of the operation.
        data (None | StartedRecording | Unset): The recording that was started; absent or null when the API does not
            return it.
    """

    success: bool
    data: None | StartedRecording | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

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
            success=success,
            data=data,
        )

        start_recording_response.additional_properties = d
        return start_recording_response


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.started_recording import StartedRecording
