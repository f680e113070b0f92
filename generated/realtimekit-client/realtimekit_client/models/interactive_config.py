from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.models import from_dict as _from_dict
from .._runtime.models import redact_repr as _redact_repr
from .._runtime.models import to_dict as _to_dict
from ..models.interactive_metadata_type import InteractiveMetadataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractiveConfig")


@_attrs_define(repr=False)
class InteractiveConfig:
    """Interactive metadata embedded in the recording.

    Attributes:
        type_ (InteractiveMetadataType | Unset):
    """

    type_: InteractiveMetadataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return _from_dict(cls, src_dict)

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


_redact_repr(InteractiveConfig)
