"""A service's use of realtimekit-client, run where consumers run it: from a fresh virtual environment outside the
repository, against the installed wheel, and (its imports pointed at the copy) from a service that vendors the
package. tests/consumers/ runs it there and type-checks it with the consumers' checkers.

    python consumer_app.py BASE_URL

The server at BASE_URL answers, in order: a started recording, the active recording, a 404, an undocumented
status (302), and the active recording again (the async call). Prints one JSON line saying what came back and
where the package was imported from.
"""

from __future__ import annotations

import asyncio
import json
import sys
from uuid import UUID

import realtimekit_client
from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import (
    get_active_recording,
    start_recording,
)
from realtimekit_client.models import (
    RecordingStatus,
    StartRecordingRequest,
    VideoConfig,
)

# Copied alone out of the repository, so it cannot import tests/support: it spells the shared ids
# (tests/support/ids.py) itself, and the tests check the paths it requests.
ACCOUNT, APP = "023e105f4ecef8ad9ca31a8372d0c353", "14a396e7-ca44-4937-bf1f-050a69118543"
MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"


def start(client: AuthenticatedClient, width: int) -> str | None:
    """Start recording the meeting; the new recording's id (a UUID, or the API's string), if the API sent it."""
    request = StartRecordingRequest(meeting_id=UUID(MEETING), video_config=VideoConfig(width=width, height=360))
    started = start_recording.sync(ACCOUNT, APP, client=client, body=request)
    return str(started.data.id) if started.data else None


def missing_recording_code(client: AuthenticatedClient) -> int | None:
    """A meeting with no active recording is a NotFoundError carrying the API's error code."""
    try:
        get_active_recording.sync(ACCOUNT, APP, "no-such-meeting", client=client)
    except errors.NotFoundError as exc:
        return exc.error_code
    raise AssertionError("a 404 did not raise NotFoundError")


def undocumented_status(client: AuthenticatedClient) -> int:
    try:
        get_active_recording.sync(ACCOUNT, APP, MEETING, client=client)
    except errors.APIStatusError as exc:
        return exc.status_code
    raise AssertionError("a status the spec does not document did not raise")


def refused_argument(client: AuthenticatedClient) -> str:
    """A value out of the spec's bounds is refused before anything is sent, naming where it is."""
    try:
        start(client, width=0)
    except errors.InvalidValueError as exc:
        return exc.path
    raise AssertionError("a width of 0 was not refused")


async def status_async(client: AuthenticatedClient) -> RecordingStatus:
    async with client:
        active = await get_active_recording.asyncio(ACCOUNT, APP, MEETING, client=client)
    return active.data.status


def main(base_url: str) -> None:
    with AuthenticatedClient(base_url=base_url, token="consumer-token") as client:
        started = start(client, width=640)
        status = get_active_recording.sync(ACCOUNT, APP, MEETING, client=client).data.status
        report = {
            "imported_from": realtimekit_client.__file__,
            "started": started,
            "status": str(status),
            "missing": missing_recording_code(client),
            "unexpected": undocumented_status(client),
            "refused": refused_argument(client),
        }
    async_client = AuthenticatedClient(base_url=base_url, token="consumer-token")
    report["async_status"] = str(asyncio.run(status_async(async_client)))
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1])
