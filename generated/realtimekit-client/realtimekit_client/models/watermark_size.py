from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    check_range,
    is_instance,
    wrong_type,
)


@_attrs_define
class WatermarkSize(AdditionalProperties):
    """Size of the watermark in pixels.

    Attributes:
        height (int | Unset):
        width (int | Unset):
    """

    height: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        if isinstance(self.height, int | float):
            check_range("height", self.height, 1, None)

        height = self.height

        if isinstance(self.width, int | float):
            check_range("width", self.width, 1, None)

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("WatermarkSize", src_dict, "an object")
        d = dict(src_dict)
        height = d.pop("height", UNSET)
        if not isinstance(height, Unset) and not (isinstance(height, int) and not isinstance(height, bool)):
            wrong_type("height", height, "an integer")

        width = d.pop("width", UNSET)
        if not isinstance(width, Unset) and not (isinstance(width, int) and not isinstance(width, bool)):
            wrong_type("width", width, "an integer")

        watermark_size = cls(
            height=height,
            width=width,
        )

        watermark_size.additional_properties = d
        return watermark_size
