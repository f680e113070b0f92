from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    is_instance,
    wrong_type,
)


@_attrs_define
class RtmpOutConfig(AdditionalProperties):
    """Stream the recording out over RTMP.

    Attributes:
        rtmp_url (str | Unset): RTMP URL to stream to.
    """

    rtmp_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        rtmp_url = self.rtmp_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtmp_url is not UNSET:
            field_dict["rtmp_url"] = rtmp_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("RtmpOutConfig", src_dict, "an object")
        d = dict(src_dict)
        rtmp_url = d.pop("rtmp_url", UNSET)
        if not isinstance(rtmp_url, Unset) and not (isinstance(rtmp_url, str)):
            wrong_type("rtmp_url", rtmp_url, "a string")

        rtmp_out_config = cls(
            rtmp_url=rtmp_url,
        )

        rtmp_out_config.additional_properties = d
        return rtmp_out_config
