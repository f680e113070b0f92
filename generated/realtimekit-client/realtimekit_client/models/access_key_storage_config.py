from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.models import from_dict as _from_dict
from .._runtime.models import redact_repr as _redact_repr
from .._runtime.models import to_dict as _to_dict
from ..models.access_key_storage_type import AccessKeyStorageType
from ..models.sftp_auth_method import SftpAuthMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessKeyStorageConfig")


@_attrs_define(repr=False)
class AccessKeyStorageConfig:
    """A bucket reached with an access key: `access_key` and `region` are required (not empty), `type` is aws, azure or
    digitalocean (or omitted).

        Attributes:
            access_key (str): Access key of the storage provider.
            region (str): Region of the bucket.
            type_ (AccessKeyStorageType | Unset): The providers reached with an access key.
            secret (str | Unset): Secret key of the storage provider.
            bucket (str | Unset): Name of the bucket.
            path (str | Unset): Path inside the bucket or on the server; the root when omitted.
            auth_method (SftpAuthMethod | Unset):
            username (str | Unset): SFTP user name.
            password (str | Unset): SFTP password (auth_method PASSWORD), or the passphrase of the private key (KEY).
            host (str | Unset): SFTP host.
            port (float | Unset): SFTP port.
            private_key (str | Unset): SFTP private key (auth_method KEY).
    """

    access_key: str
    region: str
    type_: AccessKeyStorageType | Unset = UNSET
    secret: str | Unset = UNSET
    bucket: str | Unset = UNSET
    path: str | Unset = UNSET
    auth_method: SftpAuthMethod | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    host: str | Unset = UNSET
    port: float | Unset = UNSET
    private_key: str | Unset = UNSET
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


_redact_repr(AccessKeyStorageConfig)
