"""Error responses and a recording status the spec does not know yet, replayed from cassettes.

These assert TODAY's behaviour of the generated client: non-2xx bodies come back parsed as error models
from `sync_detailed`, a 52x status is not an http.HTTPStatus (ValueError), an unknown enum value raises ValueError.
Issue 4 changes that (APIStatusError subclasses with status_code/error_code/error_message/ray_id, unknown
statuses kept, max_retries); the lead switches these tests to it when merging. The cassettes stay as they are.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from uuid import UUID

import pytest
from vcr.cassette import Cassette

from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import CloudflareApiError, RealtimeKitError, StartRecordingRequest

from cassette_checks import ACTIVE_RECORDING_PATH, START_PATH, sent_json, the_exchange
from cassette_targets import Target
from standin_server import FUTURE_STATUS


def assert_sent_get(cassette: Cassette) -> None:
    request, _ = the_exchange(cassette)
    assert (request.method, request.path, request.body or None) == ("GET", ACTIVE_RECORDING_PATH, None)


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=404, example="no_active_recording", live=True)
def test_get_without_active_recording_is_404(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client:
        response = get_active_recording.sync_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, RealtimeKitError)
    assert response.parsed.success is False
    assert response.parsed.error.code == 404
    assert response.parsed.error.message == "No active recording found for the given meeting ID"


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=404, example="no_active_recording", live=True)
async def test_get_without_active_recording_is_404_async(
    client: AuthenticatedClient, target: Target, vcr: Cassette
) -> None:
    async with client:
        response = await get_active_recording.asyncio_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, RealtimeKitError) and response.parsed.error.code == 404


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=403, example="gateway_authentication")
def test_get_gateway_403_has_the_v4_envelope(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client:
        response = get_active_recording.sync_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, CloudflareApiError)
    assert [(e.code, e.message) for e in response.parsed.errors] == [(10000, "Authentication error")]


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=429, example="gateway_rate_limited")
def test_get_rate_limited_carries_retry_after(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client:
        response = get_active_recording.sync_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert response.headers["retry-after"] == "60"
    assert isinstance(response.parsed, CloudflareApiError)
    assert [e.code for e in response.parsed.errors] == [971]


@pytest.mark.vcr
@pytest.mark.served_by("standin", code=522, example="edge_522")
def test_get_edge_522_html_page(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    # Today: http.HTTPStatus has no 522, so building the Response fails before the HTML is even parsed.
    with client, pytest.raises(ValueError, match="522 is not a valid HTTPStatus"):
        get_active_recording.sync_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    _, response = the_exchange(vcr)
    assert response["status"]["code"] == 522
    assert response["headers"]["content-type"] == ["text/html; charset=UTF-8"]
    assert "522: Connection timed out" in response["body"]["string"].decode()


@pytest.mark.vcr
@pytest.mark.served_by("standin", code=200, example="unknown_status")
async def test_get_unknown_status_async(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    async with client:
        with pytest.raises(ValueError, match=FUTURE_STATUS):  # today: RecordingStatus(...) refuses it
            await get_active_recording.asyncio_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    _, response = the_exchange(vcr)
    assert response["status"]["code"] == 200
    assert json.loads(response["body"]["string"])["data"]["status"] == FUTURE_STATUS


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=403, example="gateway_authentication")
async def test_start_refused_by_the_gateway_async(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    body = StartRecordingRequest(meeting_id=UUID(target.meeting_id))
    async with client:
        response = await start_recording.asyncio_detailed(*target.app_args, client=client, body=body)

    request, _ = the_exchange(vcr)
    assert (request.method, request.path) == ("POST", START_PATH)
    assert sent_json(request) == {"meeting_id": target.meeting_id, "allow_multiple_recordings": False}
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert isinstance(response.parsed, CloudflareApiError)
    assert [(e.code, e.message) for e in response.parsed.errors] == [(10000, "Authentication error")]
