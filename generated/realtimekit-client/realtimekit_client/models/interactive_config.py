from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interactive_metadata_type import InteractiveMetadataType
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    enum_member,
    is_instance,
    wrong_type,
)


@_attrs_define
class InteractiveConfig(AdditionalProperties):
    """Interactive metadata embedded in the recording.

    Attributes:
        type_ (InteractiveMetadataType | Unset):
    """

    type_: InteractiveMetadataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, InteractiveMetadataType):
            raise ValueError(f"type must be one of InteractiveMetadataType (ID3), got {self.type_!r}")

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("InteractiveConfig", src_dict, "an object")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: InteractiveMetadataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(InteractiveMetadataType, _type_)

        interactive_config = cls(
            type_=type_,
        )

        interactive_config.additional_properties = d
        return interactive_config
