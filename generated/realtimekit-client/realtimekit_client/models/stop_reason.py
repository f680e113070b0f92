from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_reason_code import StopReasonCode
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    enum_member,
    is_instance,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.recording_caller import RecordingCaller


@_attrs_define
class StopReason(AdditionalProperties):
    """Why the recording stopped.

    Attributes:
        caller (RecordingCaller | Unset): Who started or stopped the recording.
        reason (StopReasonCode | Unset):
    """

    caller: RecordingCaller | Unset = UNSET
    reason: StopReasonCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

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
            caller=caller,
            reason=reason,
        )

        stop_reason.additional_properties = d
        return stop_reason


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.recording_caller import RecordingCaller
