from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    is_instance,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.recording import Recording


@_attrs_define
class ActiveRecordingResponse(AdditionalProperties):
    """Body of a successful fetch of the active recording.

    Attributes:
        success (bool): Success status of the operation.
        data (Recording): A recording of a meeting, as both operations return it.
    """

    success: bool
    data: Recording
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

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
            success=success,
            data=data,
        )

        active_recording_response.additional_properties = d
        return active_recording_response


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.recording import Recording
