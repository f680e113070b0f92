from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_type

T = TypeVar("T", bound="RealtimeKitErrorBody")


@_attrs_define
class RealtimeKitErrorBody:
    """A RealtimeKit application error.

    Attributes:
        success (bool):
        error (RealtimeKitErrorDetail):
    """

    success: bool
    error: RealtimeKitErrorDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        success = self.success

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            wrong_type("RealtimeKitErrorBody", src_dict, "an object")
        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            wrong_type("success", success, "a boolean")

        error = RealtimeKitErrorDetail.from_dict(d.pop("error"))

        realtime_kit_error_body = cls(
            success=success,
            error=error,
        )

        realtime_kit_error_body.additional_properties = d
        return realtime_kit_error_body

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


from ..models.realtime_kit_error_detail import RealtimeKitErrorDetail  # noqa: E402
