from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.models import from_dict as _from_dict
from .._runtime.models import redact_repr as _redact_repr
from .._runtime.models import to_dict as _to_dict
from ..models.sftp_auth_method import SftpAuthMethod
from ..models.storage_type import StorageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStorageConfig")


@_attrs_define(repr=False)
class RecordingStorageConfig:
    """The storage configuration a started recording reports: every field optional and nullable, whatever the provider (the
    official response types require nothing). Credential fields (access_key, secret, password, private_key) are kept as
    sent (masked, null or anything else) but never shown in reprs.

        Attributes:
            type_ (None | StorageType | Unset):
            access_key (Any | Unset): Access key of the storage provider, as the API reports it.
            secret (Any | Unset): Secret key of the storage provider, as the API reports it.
            bucket (None | str | Unset): Name of the bucket.
            region (Any | Unset): Region of the bucket, as the API reports it.
            path (None | str | Unset): Path inside the bucket or on the server.
            auth_method (None | SftpAuthMethod | Unset):
            username (None | str | Unset): SFTP user name.
            password (Any | Unset): SFTP password, or the passphrase of the private key, as reported.
            host (None | str | Unset): SFTP host.
            port (float | None | Unset): SFTP port.
            private_key (Any | Unset): SFTP private key, as the API reports it.
    """

    type_: None | StorageType | Unset = UNSET
    access_key: Any | Unset = UNSET
    secret: Any | Unset = UNSET
    bucket: None | str | Unset = UNSET
    region: Any | Unset = UNSET
    path: None | str | Unset = UNSET
    auth_method: None | SftpAuthMethod | Unset = UNSET
    username: None | str | Unset = UNSET
    password: Any | Unset = UNSET
    host: None | str | Unset = UNSET
    port: float | None | Unset = UNSET
    private_key: Any | Unset = UNSET
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


_redact_repr(RecordingStorageConfig)
