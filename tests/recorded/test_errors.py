"""Error responses and a recording status the spec does not know yet, replayed from cassettes: each non-2xx
raises its errors.APIStatusError subclass with the details of either error envelope, and an unknown status is
kept. Cassette clients have max_retries=0, so each cassette holds one attempt."""

from __future__ import annotations

import json
from uuid import UUID

import pytest
from vcr.cassette import Cassette

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client._runtime.constants import BODY_EXCERPT_CHARS
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import RecordingStatus, StartRecordingRequest
from tests.recorded.cassette_checks import RECORDED_ACTIVE_RECORDING_PATH, RECORDED_START_PATH, sent_json, the_exchange
from tests.recorded.cassette_targets import Target
from tests.recorded.standin import FUTURE_STATUS


def assert_sent_get(cassette: Cassette) -> None:
    request, _ = the_exchange(cassette)
    assert (request.method, request.path, request.body or None) == ("GET", RECORDED_ACTIVE_RECORDING_PATH, None)


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=404, example="no_active_recording", live=True)
def test_get_without_active_recording_is_404(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client, pytest.raises(errors.NotFoundError) as caught:
        get_active_recording.sync(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    error = caught.value
    assert error.status_code == 404
    assert (error.error_code, error.error_message) == (404, "No active recording found for the given meeting ID")
    assert str(error) == "404 Not Found: No active recording found for the given meeting ID (code 404)"


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=404, example="no_active_recording", live=True)
async def test_get_without_active_recording_is_404_async(
    client: AuthenticatedClient, target: Target, vcr: Cassette
) -> None:
    async with client:
        with pytest.raises(errors.NotFoundError) as caught:
            await get_active_recording.asyncio_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert caught.value.status_code == 404 and caught.value.error_code == 404


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=403, example="gateway_authentication")
def test_get_gateway_403_has_the_v4_envelope(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client, pytest.raises(errors.PermissionDeniedError) as caught:
        get_active_recording.sync_detailed(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert caught.value.status_code == 403
    assert (caught.value.error_code, caught.value.error_message) == (10000, "Authentication error")


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=429, example="gateway_rate_limited")
def test_get_rate_limited_carries_retry_after(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client, pytest.raises(errors.RateLimitError) as caught:
        get_active_recording.sync(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert caught.value.status_code == 429 and caught.value.retry_after == 60.0
    assert caught.value.error_code == 971


@pytest.mark.vcr
@pytest.mark.served_by("standin", code=522, example="edge_522")
def test_get_edge_522_html_page(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client, pytest.raises(errors.InternalServerError) as caught:
        get_active_recording.sync_detailed(*target.meeting_args, client=client)

    assert caught.value.status_code == 522 and caught.value.error_code is None
    assert str(caught.value).startswith("522: body: '<!DOCTYPE html>")  # a bounded excerpt of the page
    assert len(str(caught.value)) <= BODY_EXCERPT_CHARS + 40

    assert_sent_get(vcr)
    _, response = the_exchange(vcr)
    assert response["status"]["code"] == 522
    assert response["headers"]["content-type"] == ["text/html; charset=UTF-8"]
    assert "522: Connection timed out" in response["body"]["string"].decode()


@pytest.mark.vcr
@pytest.mark.served_by("standin", code=200, example="unknown_status")
async def test_get_unknown_status_async(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    async with client:
        parsed = await get_active_recording.asyncio(*target.meeting_args, client=client)

    assert_sent_get(vcr)
    assert isinstance(parsed.data.status, RecordingStatus) and parsed.data.status == FUTURE_STATUS
    assert parsed.data.status not in list(RecordingStatus)
    assert parsed.to_dict()["data"]["status"] == FUTURE_STATUS
    _, response = the_exchange(vcr)
    assert response["status"]["code"] == 200
    assert json.loads(response["body"]["string"])["data"]["status"] == FUTURE_STATUS


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=403, example="gateway_authentication")
async def test_start_refused_by_the_gateway_async(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    body = StartRecordingRequest(meeting_id=UUID(target.meeting_id))
    async with client:
        with pytest.raises(errors.PermissionDeniedError) as caught:
            await start_recording.asyncio_detailed(*target.app_args, client=client, body=body)

    request, _ = the_exchange(vcr)
    assert (request.method, request.path) == ("POST", RECORDED_START_PATH)
    assert sent_json(request) == {"meeting_id": target.meeting_id}  # nothing the caller did not set
    assert (caught.value.error_code, caught.value.error_message) == (10000, "Authentication error")
