"""The token and credential fields stay out of reprs, logs and exception messages; to_dict keeps them."""

from __future__ import annotations

import logging
from uuid import UUID

import pytest

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import (
    AccessKeyStorageConfig,
    AccessKeyStorageType,
    GcsStorageConfig,
    RecordingStorageConfig,
    SftpKeyStorageConfig,
    SftpPasswordStorageConfig,
    StartRecordingRequest,
    StorageType,
)

from support.client import make_client
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID, TOKEN
from support.local_server import LocalServer, Scripted, free_port

ACCESS_KEY, SECRET = "AKIAEXAMPLEACCESSKEY", "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY"
PASSWORD, PRIVATE_KEY = "correct-horse-battery-staple", "-----BEGIN OPENSSH PRIVATE KEY-----abc"
SECRETS = {"access_key": ACCESS_KEY, "secret": SECRET, "password": PASSWORD, "private_key": PRIVATE_KEY}


def test_client_repr_hides_the_token() -> None:
    client = AuthenticatedClient(token=TOKEN, headers={"X-Auth-Key": "other-secret-value"})
    for text in (repr(client), str(client)):
        assert TOKEN not in text and "other-secret-value" not in text
        assert "AuthenticatedClient(" in text and "https://api.cloudflare.com/client/v4" in text


def test_from_env_reads_token_and_base_url() -> None:
    client = AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN, "CLOUDFLARE_BASE_URL": "http://127.0.0.1:9"})
    assert client.token == TOKEN and client.base_url == "http://127.0.0.1:9"
    assert AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN}).base_url.startswith("https://api.cloudflare")
    with pytest.raises(errors.RealtimeKitError, match="CLOUDFLARE_API_TOKEN is not set"):
        AuthenticatedClient.from_env({})


StorageConfigs = AccessKeyStorageConfig | GcsStorageConfig | SftpKeyStorageConfig | SftpPasswordStorageConfig


@pytest.mark.parametrize(
    "config",
    [
        AccessKeyStorageConfig(
            type_=AccessKeyStorageType.AWS,
            region="us-east-1",
            access_key=ACCESS_KEY,
            secret=SECRET,
            password=PASSWORD,
            private_key=PRIVATE_KEY,
        ),
        GcsStorageConfig(type_="gcs", access_key=ACCESS_KEY, secret=SECRET, password=PASSWORD, private_key=PRIVATE_KEY),
        SftpKeyStorageConfig(
            type_=StorageType.SFTP,
            auth_method="KEY",
            access_key=ACCESS_KEY,
            secret=SECRET,
            password=PASSWORD,
            private_key=PRIVATE_KEY,
        ),
        SftpPasswordStorageConfig(
            type_=StorageType.SFTP,
            auth_method="PASSWORD",
            access_key=ACCESS_KEY,
            secret=SECRET,
            password=PASSWORD,
            private_key=PRIVATE_KEY,
        ),
    ],
    ids=["access-key", "gcs", "sftp-key", "sftp-password"],
)
def test_models_hide_credentials_but_send_them(config: StorageConfigs) -> None:
    request = StartRecordingRequest(meeting_id=UUID(MEETING_ID), storage_config=config)
    for text in (repr(config), str(config), repr(request)):
        for name, value in SECRETS.items():
            assert value not in text
            assert f"{name}='<redacted>'" in text
    assert "type_=UNSET" not in repr(config) and "type_='<redacted>'" not in repr(config)  # other fields still show
    assert request.to_dict()["storage_config"] | SECRETS == request.to_dict()["storage_config"]


def test_response_storage_config_hides_echoed_credentials() -> None:
    echoed = RecordingStorageConfig.from_dict({"type": "aws", "region": "us-east-1", **SECRETS})
    for name, value in SECRETS.items():
        assert value not in repr(echoed) and f"{name}='<redacted>'" in repr(echoed)
    assert echoed.to_dict() == {"type": "aws", "region": "us-east-1", **SECRETS}


def test_unset_credentials_say_so() -> None:
    assert "password=UNSET" in repr(GcsStorageConfig(type_="gcs"))


def test_errors_and_logs_never_show_the_token(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore log every request at DEBUG/INFO
    server.script(Scripted(401, {"success": False, "errors": [{"code": 10000, "message": "Authentication error"}]}))
    with make_client(server.url) as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
        with pytest.raises(errors.APIConnectionError) as refused:
            start_recording.sync(
                ACCOUNT_ID, APP_ID, client=make_client(f"http://127.0.0.1:{free_port()}", max_retries=0),
                body=StartRecordingRequest(meeting_id=UUID(MEETING_ID)),
            )  # fmt: skip
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"  # it was sent...
    for text in (str(caught.value), repr(caught.value), str(refused.value), caplog.text):
        assert TOKEN not in text  # ...and shown nowhere
    assert caplog.records  # the log was really captured
