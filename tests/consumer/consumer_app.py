"""A service using realtimekit-client the way a consumer does, run from a fresh virtual environment outside the
repository by tests/test_consumer.py (and type-checked there with mypy --strict).

    python consumer_app.py BASE_URL

The server at BASE_URL answers, in order: a started recording, the active recording, a 404 and a 302.
Prints one JSON line saying what was parsed and where the package was imported from.
"""

from __future__ import annotations

import json
import sys
from uuid import UUID

import realtimekit_client
from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import (
    ActiveRecordingResponse,
    RecordingStatus,
    StartRecordingRequest,
    StartRecordingResponse,
    VideoConfig,
)

# This file is copied alone into a fresh project, so it cannot import tests/support: it spells the shared ids
# (support.ids) itself, and tests/test_consumer.py checks the paths it requests.
ACCOUNT, APP = "023e105f4ecef8ad9ca31a8372d0c353", "14a396e7-ca44-4937-bf1f-050a69118543"
MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"


def missing_recording_code(client: AuthenticatedClient) -> int:
    """A meeting with no active recording is a NotFoundError carrying the API's error code."""
    try:
        get_active_recording.sync(ACCOUNT, APP, "no-such-meeting", client=client)
    except errors.NotFoundError as exc:
        assert exc.error_code is not None, exc
        return exc.error_code
    raise AssertionError("a 404 did not raise NotFoundError")


def main(base_url: str) -> None:
    client = AuthenticatedClient(base_url=base_url, token="consumer-token")
    request = StartRecordingRequest(meeting_id=UUID(MEETING), video_config=VideoConfig(width=640, height=360))
    with client:
        started = start_recording.sync(ACCOUNT, APP, client=client, body=request)
        assert isinstance(started, StartRecordingResponse), started
        active = get_active_recording.sync(ACCOUNT, APP, MEETING, client=client)
        assert isinstance(active, ActiveRecordingResponse), active
        status: RecordingStatus = active.data.status
        missing = missing_recording_code(client)
        try:
            get_active_recording.sync(ACCOUNT, APP, MEETING, client=client)
            unexpected = 0
        except errors.UnexpectedStatus as exc:  # a status the spec does not document
            unexpected = exc.status_code
    report = {"imported_from": realtimekit_client.__file__, "status": str(status), "missing": missing}
    print(json.dumps(report | {"unexpected": unexpected}))


if __name__ == "__main__":
    main(sys.argv[1])
