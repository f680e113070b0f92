from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    is_instance,
    wrong_type,
)


@_attrs_define
class RealtimeKitBucketConfig(AdditionalProperties):
    """Whether the recording is also kept in RealtimeKit's own bucket (for 7 days).

    Attributes:
        enabled (bool): Keep the recording in RealtimeKit's bucket; without it the download URLs are null.
    """

    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("RealtimeKitBucketConfig", src_dict, "an object")
        d = dict(src_dict)
        enabled = d.pop("enabled")
        if not (isinstance(enabled, bool)):
            wrong_type("enabled", enabled, "a boolean")

        realtime_kit_bucket_config = cls(
            enabled=enabled,
        )

        realtime_kit_bucket_config.additional_properties = d
        return realtime_kit_bucket_config
