from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_type

if TYPE_CHECKING:
    from ..models.realtime_kit_error_detail import RealtimeKitErrorDetail


@_attrs_define
class RealtimeKitErrorBody:
    """A RealtimeKit application error.

    Attributes:
        success (bool):
        error (RealtimeKitErrorDetail):
    """

    success: bool
    error: RealtimeKitErrorDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.realtime_kit_error_detail import RealtimeKitErrorDetail
