from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sftp_auth_method import SftpAuthMethod
from ..models.storage_type import StorageType
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    enum_member,
    is_instance,
    redacted,
    wrong_type,
)


@_attrs_define
class RecordingStorageConfig(AdditionalProperties):
    """The storage configuration a started recording reports: every field optional, whatever the provider. Credential
    fields (access_key, secret, password, private_key) are kept but never shown in reprs.

        Attributes:
            type_ (StorageType | Unset):
            access_key (str | Unset): Access key of the storage provider (not needed for gcs).
            secret (str | Unset): Secret key of the storage provider.
            bucket (str | Unset): Name of the bucket.
            region (str | Unset): Region of the bucket.
            path (str | Unset): Path inside the bucket or on the server; the root when omitted.
            auth_method (SftpAuthMethod | Unset):
            username (str | Unset): SFTP user name.
            password (str | Unset): SFTP password (auth_method PASSWORD), or the passphrase of the private key (KEY).
            host (str | Unset): SFTP host.
            port (float | Unset): SFTP port.
            private_key (str | Unset): SFTP private key (auth_method KEY).
    """

    type_: StorageType | Unset = UNSET
    access_key: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    secret: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    bucket: str | Unset = UNSET
    region: str | Unset = UNSET
    path: str | Unset = UNSET
    auth_method: SftpAuthMethod | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    host: str | Unset = UNSET
    port: float | Unset = UNSET
    private_key: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, StorageType):
            raise ValueError(
                f"type must be one of StorageType (aws, azure, digitalocean, gcs, sftp), got {self.type_!r}"
            )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        access_key = self.access_key

        secret = self.secret

        bucket = self.bucket

        region = self.region

        path = self.path

        if not isinstance(self.auth_method, Unset) and not is_instance(self.auth_method, SftpAuthMethod):
            raise ValueError(f"auth_method must be one of SftpAuthMethod (KEY, PASSWORD), got {self.auth_method!r}")

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = self.auth_method.value

        username = self.username

        password = self.password

        host = self.host

        port = self.port

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
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("RecordingStorageConfig", src_dict, "an object")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: StorageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(StorageType, _type_)

        access_key = d.pop("access_key", UNSET)
        if not isinstance(access_key, Unset) and not (isinstance(access_key, str)):
            wrong_type("access_key", access_key, "a string")

        secret = d.pop("secret", UNSET)
        if not isinstance(secret, Unset) and not (isinstance(secret, str)):
            wrong_type("secret", secret, "a string")

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, Unset) and not (isinstance(bucket, str)):
            wrong_type("bucket", bucket, "a string")

        region = d.pop("region", UNSET)
        if not isinstance(region, Unset) and not (isinstance(region, str)):
            wrong_type("region", region, "a string")

        path = d.pop("path", UNSET)
        if not isinstance(path, Unset) and not (isinstance(path, str)):
            wrong_type("path", path, "a string")

        _auth_method = d.pop("auth_method", UNSET)
        auth_method: SftpAuthMethod | Unset
        if isinstance(_auth_method, Unset):
            auth_method = UNSET
        else:
            auth_method = enum_member(SftpAuthMethod, _auth_method)

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            wrong_type("username", username, "a string")

        password = d.pop("password", UNSET)
        if not isinstance(password, Unset) and not (isinstance(password, str)):
            wrong_type("password", password, "a string")

        host = d.pop("host", UNSET)
        if not isinstance(host, Unset) and not (isinstance(host, str)):
            wrong_type("host", host, "a string")

        port = d.pop("port", UNSET)
        if not isinstance(port, Unset) and not (isinstance(port, int | float) and not isinstance(port, bool)):
            wrong_type("port", port, "a number")

        private_key = d.pop("private_key", UNSET)
        if not isinstance(private_key, Unset) and not (isinstance(private_key, str)):
            wrong_type("private_key", private_key, "a string")

        recording_storage_config = cls(
            type_=type_,
            access_key=access_key,
            secret=secret,
            bucket=bucket,
            region=region,
            path=path,
            auth_method=auth_method,
            username=username,
            password=password,
            host=host,
            port=port,
            private_key=private_key,
        )

        recording_storage_config.additional_properties = d
        return recording_storage_config
