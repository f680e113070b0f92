from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import field as _attrs_field

from .._runtime.models import define_model as _attrs_define
from .._runtime.models import from_dict as _from_dict
from ..models.sftp_auth_method import SftpAuthMethod
from ..models.storage_type import StorageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStorageConfig")


@_attrs_define
class RecordingStorageConfig:
    """The storage configuration a started recording reports: every field optional and nullable, whatever the provider (the
    official response types require nothing). Credential fields (access_key, secret, password, private_key) are kept as
    sent (null or masked, as may be) but never shown in reprs.

        Attributes:
            type_ (None | StorageType | Unset):
            access_key (None | str | Unset): Access key of the storage provider.
            secret (None | str | Unset): Secret key of the storage provider.
            bucket (None | str | Unset): Name of the bucket.
            region (None | str | Unset): Region of the bucket.
            path (None | str | Unset): Path inside the bucket or on the server.
            auth_method (None | SftpAuthMethod | Unset):
            username (None | str | Unset): SFTP user name.
            password (None | str | Unset): SFTP password
            host (None | str | Unset): SFTP host.
            port (float | None | Unset): SFTP port.
            private_key (None | str | Unset): SFTP private key.
    """

    type_: None | StorageType | Unset = UNSET
    access_key: None | str | Unset = UNSET
    secret: None | str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    auth_method: None | SftpAuthMethod | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    host: None | str | Unset = UNSET
    port: float | None | Unset = UNSET
    private_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StorageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        access_key: None | str | Unset
        if isinstance(self.access_key, Unset):
            access_key = UNSET
        else:
            access_key = self.access_key

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        auth_method: None | str | Unset
        if isinstance(self.auth_method, Unset):
            auth_method = UNSET
        elif isinstance(self.auth_method, SftpAuthMethod):
            auth_method = self.auth_method.value
        else:
            auth_method = self.auth_method

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        port: float | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        private_key: None | str | Unset
        if isinstance(self.private_key, Unset):
            private_key = UNSET
        else:
            private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if region is not UNSET:
            field_dict["region"] = region
        if path is not UNSET:
            field_dict["path"] = path
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

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
