"""Starting a recording, replayed from cassettes: minimal and full bodies, every storage config variant.

Each test builds its request from the generated models and checks that the recorded request is the spec's
example of that request (credentials scrubbed), so the models, the spec and the cassette agree.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from uuid import UUID

import pytest
from vcr.cassette import Cassette

from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.recordings import start_recording
from realtimekit_client.models import (
    AccessKeyStorageConfig,
    AccessKeyStorageType,
    CallerType,
    GcsStorageConfig,
    RecordingCaller,
    RecordingStatus,
    RecordingStorageConfig,
    SftpKeyStorageConfig,
    SftpPasswordStorageConfig,
    StartedRecording,
    StartReason,
    StartReasonCode,
    StartRecordingRequest,
    StartRecordingResponse,
    StopReason,
    StopReasonCode,
    StorageType,
)
from realtimekit_client.types import Response, Unset
from tests.recorded.cassette_checks import (
    RECORDED_START_PATH,
    assert_round_trips,
    recorded_json,
    sent_json,
    the_exchange,
    with_credentials_redacted,
)
from tests.recorded.cassette_scrub import CREDENTIAL_FIELDS, REDACTED
from tests.recorded.cassette_targets import Target
from tests.support.client import full_request
from tests.support.official_args import official_all_params
from tests.support.spec import example

EXAMPLE_PRIVATE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nexample-not-a-real-key\n-----END OPENSSH PRIVATE KEY-----"


def started(response: Response[StartRecordingResponse], cassette: Cassette, request_example: str) -> StartedRecording:
    """The parsed recording of a 200, after checking the recorded request is the spec's `request_example`."""
    request, _ = the_exchange(cassette)
    assert (request.method, request.path) == ("POST", RECORDED_START_PATH)
    # exactly the example: nothing the caller did not set (no defaults), credentials scrubbed
    assert sent_json(request) == with_credentials_redacted(example("start_recording", "request", request_example))
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, StartRecordingResponse) and response.parsed.success is True
    assert_round_trips(response.parsed, response.content)
    data = response.parsed.data
    assert isinstance(data, StartedRecording)
    return data


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="invoked", live=True)
def test_start_with_meeting_id_only(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client:
        response = start_recording.sync_detailed(
            *target.app_args, client=client, body=StartRecordingRequest(meeting_id=UUID(target.meeting_id))
        )

    recording = started(response, vcr, "minimal")
    assert recording.status is RecordingStatus.INVOKED
    assert isinstance(recording.start_reason, StartReason)
    assert recording.start_reason.reason is StartReasonCode.API_CALL
    assert "storage_config" not in recorded_json(vcr)["data"]
    assert isinstance(recording.storage_config, Unset)


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="invoked", live=True)
async def test_start_with_meeting_id_only_async(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    async with client:
        response = await start_recording.asyncio_detailed(
            *target.app_args, client=client, body=StartRecordingRequest(meeting_id=UUID(target.meeting_id))
        )

    recording = started(response, vcr, "minimal")
    assert recording.status is RecordingStatus.INVOKED
    assert recording.stopped_time is None


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="reference", live=True)
def test_start_with_the_reference_body(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client:
        response = start_recording.sync_detailed(*target.app_args, client=client, body=full_request(target.meeting_id))

    recording = started(response, vcr, "full")
    assert_reasons_and_scrubbed_credentials(recording, recorded_json(vcr)["data"])


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="reference", live=True)
async def test_start_with_the_reference_body_async(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    async with client:
        parsed = await start_recording.asyncio(*target.app_args, client=client, body=full_request(target.meeting_id))

    request, _ = the_exchange(vcr)
    assert sent_json(request) == example("start_recording", "request", "full")
    assert isinstance(parsed, StartRecordingResponse) and isinstance(parsed.data, StartedRecording)
    assert_reasons_and_scrubbed_credentials(parsed.data, recorded_json(vcr)["data"])


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="reference", live=True)
def test_start_with_the_official_all_params(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    """The "required and optional params" set of Cloudflare's own SDK tests, through Prism (which validates the
    request against the spec when recording): sent exactly as given."""
    with client:
        response = start_recording.sync_detailed(
            *target.app_args, client=client, body=official_all_params(target.meeting_id)
        )

    recording = started(response, vcr, "official_all_params")
    assert_reasons_and_scrubbed_credentials(recording, recorded_json(vcr)["data"])


def assert_reasons_and_scrubbed_credentials(recording: StartedRecording, stored: dict[str, Any]) -> None:
    """The reference response: why it started and stopped, and an echoed storage config whose credentials
    the cassette holds only as placeholders."""
    start, stop = recording.start_reason, recording.stop_reason
    assert isinstance(start, StartReason) and isinstance(start.caller, RecordingCaller)
    assert start.reason is StartReasonCode.API_CALL
    assert start.caller.type_ is CallerType.ORGANIZATION
    assert isinstance(start.caller.user_id, UUID)  # wire name user_Id
    assert isinstance(stop, StopReason)
    assert stop.reason is StopReasonCode.API_CALL
    assert isinstance(recording.storage_config, RecordingStorageConfig)
    for name in ("password", "private_key", "secret"):
        assert stored["storage_config"][name] == REDACTED
        assert isinstance(getattr(recording.storage_config, name), str)  # the real value only while recording


# One case per member of the request's storage union: (spec example, the request's config). The echoed config
# parses to RecordingStorageConfig, the response's tolerant model, whatever the member.
STORAGE_VARIANTS: dict[str, Any] = {
    "aws_storage": AccessKeyStorageConfig(
        type_=AccessKeyStorageType.AWS,
        access_key="AKIAIOSFODNN7EXAMPLE",
        secret="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        bucket="team-recordings",
        region="us-east-1",
        path="realtimekit/2026",
    ),
    "gcs_storage": GcsStorageConfig(type_="gcs", bucket="team-recordings", path="realtimekit"),
    "sftp_key_storage": SftpKeyStorageConfig(
        type_=StorageType.SFTP,
        auth_method="KEY",
        host="sftp.example.com",
        port=22,
        username="recorder",
        private_key=EXAMPLE_PRIVATE_KEY,
        path="uploads",
    ),
    "sftp_password_storage": SftpPasswordStorageConfig(
        type_=StorageType.SFTP,
        auth_method="PASSWORD",
        host="sftp.example.com",
        port=22,
        username="recorder",
        password="example-sftp-password",
    ),
}


@pytest.mark.vcr
@pytest.mark.parametrize(
    "variant",
    [pytest.param(name, marks=pytest.mark.served_by("prism", code=200, example=name)) for name in STORAGE_VARIANTS],
)
def test_start_with_storage_config(variant: str, client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    storage_config = STORAGE_VARIANTS[variant]
    body = StartRecordingRequest(meeting_id=UUID(target.meeting_id), storage_config=storage_config)
    with client:
        response = start_recording.sync_detailed(*target.app_args, client=client, body=body)

    # `started` checks the recorded request is the spec's example with its credentials scrubbed.
    recording = started(response, vcr, variant)
    assert type(recording.storage_config) is RecordingStorageConfig
    echoed = recorded_json(vcr)["data"]["storage_config"]
    sent = storage_config.to_dict()
    assert {key for key in echoed} == {key for key in sent}
    for key, value in echoed.items():
        assert value == (REDACTED if key in CREDENTIAL_FIELDS else sent[key]), key
