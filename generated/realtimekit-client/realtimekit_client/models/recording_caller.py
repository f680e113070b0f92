from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caller_type import CallerType
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
class RecordingCaller(AdditionalProperties):
    """Who started or stopped the recording.

    Attributes:
        name (str | Unset): Name of the caller.
        type_ (CallerType | Unset):
        user_id (UUID | Unset): ID of the calling user (the wire name has a capital I).
    """

    name: str | Unset = UNSET
    type_: CallerType | Unset = UNSET
    user_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

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
            name=name,
            type_=type_,
            user_id=user_id,
        )

        recording_caller.additional_properties = d
        return recording_caller
