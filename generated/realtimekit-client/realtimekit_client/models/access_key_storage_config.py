from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_key_storage_type import AccessKeyStorageType
from ..models.sftp_auth_method import SftpAuthMethod
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    check_length,
    enum_member,
    is_instance,
    redacted,
    wrong_type,
)


@_attrs_define
class AccessKeyStorageConfig(AdditionalProperties):
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

    access_key: str = _attrs_field(repr=redacted)
    region: str
    type_: AccessKeyStorageType | Unset = UNSET
    secret: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    bucket: str | Unset = UNSET
    path: str | Unset = UNSET
    auth_method: SftpAuthMethod | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    host: str | Unset = UNSET
    port: float | Unset = UNSET
    private_key: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        check_length("access_key", self.access_key, 1, None)

        access_key = self.access_key

        check_length("region", self.region, 1, None)

        region = self.region

        if not isinstance(self.type_, Unset) and not is_instance(self.type_, AccessKeyStorageType):
            raise ValueError(f"type must be one of AccessKeyStorageType (aws, azure, digitalocean), got {self.type_!r}")

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        secret = self.secret

        bucket = self.bucket

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
        field_dict.update(
            {
                "access_key": access_key,
                "region": region,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
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
            wrong_type("AccessKeyStorageConfig", src_dict, "an object")
        d = dict(src_dict)
        access_key = d.pop("access_key")
        if not (isinstance(access_key, str)):
            wrong_type("access_key", access_key, "a string")

        region = d.pop("region")
        if not (isinstance(region, str)):
            wrong_type("region", region, "a string")

        _type_ = d.pop("type", UNSET)
        type_: AccessKeyStorageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(AccessKeyStorageType, _type_)

        secret = d.pop("secret", UNSET)
        if not isinstance(secret, Unset) and not (isinstance(secret, str)):
            wrong_type("secret", secret, "a string")

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, Unset) and not (isinstance(bucket, str)):
            wrong_type("bucket", bucket, "a string")

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

        access_key_storage_config = cls(
            access_key=access_key,
            region=region,
            type_=type_,
            secret=secret,
            bucket=bucket,
            path=path,
            auth_method=auth_method,
            username=username,
            password=password,
            host=host,
            port=port,
            private_key=private_key,
        )

        access_key_storage_config.additional_properties = d
        return access_key_storage_config
