from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.watermark_position import WatermarkPosition
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    enum_member,
    is_instance,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.watermark_size import WatermarkSize


@_attrs_define
class Watermark(AdditionalProperties):
    """An image laid over the recorded video.

    Attributes:
        position (WatermarkPosition | Unset):
        size (WatermarkSize | Unset): Size of the watermark in pixels.
        url (str | Unset): URL of the watermark image.
    """

    position: WatermarkPosition | Unset = UNSET
    size: WatermarkSize | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.position, Unset) and not is_instance(self.position, WatermarkPosition):
            raise ValueError(
                f"position must be one of WatermarkPosition (left top, right top, left bottom, right bottom), got {self.position!r}"
            )

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("Watermark", src_dict, "an object")
        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: WatermarkPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = enum_member(WatermarkPosition, _position)

        _size = d.pop("size", UNSET)
        size: WatermarkSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = WatermarkSize.from_dict(_size)

        url = d.pop("url", UNSET)
        if not isinstance(url, Unset) and not (isinstance(url, str)):
            wrong_type("url", url, "a string")

        watermark = cls(
            position=position,
            size=size,
            url=url,
        )

        watermark.additional_properties = d
        return watermark


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.watermark_size import WatermarkSize
