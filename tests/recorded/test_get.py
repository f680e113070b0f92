"""Fetching the active recording through its lifecycle, replayed from cassettes (sync and async calls)."""

from __future__ import annotations

from datetime import datetime
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from vcr.cassette import Cassette

from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.recordings import get_active_recording
from realtimekit_client.models import ActiveRecordingResponse, Recording, RecordingStatus
from realtimekit_client.types import Response
from tests.recorded.cassette_checks import (
    RECORDED_ACTIVE_RECORDING_PATH,
    assert_round_trips,
    assert_signed_query_redacted,
    recorded_json,
    the_exchange,
)
from tests.recorded.cassette_targets import Target


def fetched(response: Response[ActiveRecordingResponse], cassette: Cassette) -> Recording:
    """The parsed recording of a 200, after checking the request the cassette pins."""
    request, _ = the_exchange(cassette)
    assert (request.method, request.path, request.body or None) == ("GET", RECORDED_ACTIVE_RECORDING_PATH, None)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, ActiveRecordingResponse)
    assert response.parsed.success is True
    assert_round_trips(response.parsed, response.content)
    return response.parsed.data


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="invoked", live=True)
def test_get_just_invoked(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client:
        response = get_active_recording.sync_detailed(*target.meeting_args, client=client)

    recording = fetched(response, vcr)
    assert recording.status is RecordingStatus.INVOKED
    assert recording.started_time is None and recording.stopped_time is None
    assert (recording.download_url, recording.audio_download_url, recording.download_url_expiry) == (None, None, None)
    assert isinstance(recording.invoked_time, datetime) and recording.invoked_time.tzinfo is not None


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="recording", live=True)
async def test_get_recording_has_null_download_fields_async(
    client: AuthenticatedClient, target: Target, vcr: Cassette
) -> None:
    async with client:
        response = await get_active_recording.asyncio_detailed(*target.meeting_args, client=client)

    recording = fetched(response, vcr)
    assert recording.status is RecordingStatus.RECORDING
    assert isinstance(recording.started_time, datetime) and isinstance(recording.invoked_time, datetime)
    assert recording.started_time >= recording.invoked_time
    assert recording.stopped_time is None
    assert (recording.download_url, recording.audio_download_url, recording.download_url_expiry) == (None, None, None)
    assert recording.file_size is None


@pytest.mark.vcr
@pytest.mark.served_by("prism", code=200, example="uploaded", live=True)
def test_get_uploaded_has_download_urls_and_expiry(client: AuthenticatedClient, target: Target, vcr: Cassette) -> None:
    with client:
        response = get_active_recording.sync_detailed(*target.meeting_args, client=client)

    recording = fetched(response, vcr)
    assert recording.status is RecordingStatus.UPLOADED
    assert recording.download_url is not None and recording.audio_download_url is not None
    assert urlsplit(recording.download_url).query and urlsplit(recording.audio_download_url).query
    # Presigned URLs: the cassette keeps the URL but not the signature, credential or expiry in its query.
    stored = recorded_json(vcr)["data"]
    assert_signed_query_redacted(stored["download_url"])
    assert_signed_query_redacted(stored["audio_download_url"])
    assert isinstance(recording.started_time, datetime) and isinstance(recording.stopped_time, datetime)
    assert isinstance(recording.download_url_expiry, datetime)
    assert recording.download_url_expiry > recording.stopped_time
    assert recording.file_size is not None and recording.file_size > 0
