"""Start a recording, then fetch the meeting's active recording, against the local mock on 127.0.0.1; print both.

    uv run examples/start_and_fetch.py

The shortest working use of the client (scripts/regenerate-and-demo.sh runs it after regenerating). The mock
(examples/local_mock.py) answers with the spec's examples, so this runs offline.
"""

from __future__ import annotations

import json
import sys
from uuid import UUID

from examples.local_mock import MockRealtimeKit
from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import StartRecordingRequest, VideoConfig

ACCOUNT_ID = "023e105f4ecef8ad9ca31a8372d0c353"
APP_ID = "14a396e7-ca44-4937-bf1f-050a69118543"
MEETING_ID = "97440c6a-140b-40a9-9499-b23fd7a3868a"


def main() -> int:
    with MockRealtimeKit() as api, AuthenticatedClient(base_url=api.url, token="mock-token") as client:
        print(f"local mock of the RealtimeKit API at {api.url}")
        request = StartRecordingRequest(meeting_id=UUID(MEETING_ID), video_config=VideoConfig(width=1280, height=720))
        try:
            started = start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=request)
            print("started recording:", json.dumps(started.data.to_dict() if started.data else None, indent=2))
            active = get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)
        except errors.RealtimeKitError as exc:  # every failure the client raises is one of these
            print(f"failed: {exc}", file=sys.stderr)
            return 1
        print("active recording of the meeting:", json.dumps(active.data.to_dict(), indent=2))
        return 0


if __name__ == "__main__":
    sys.exit(main())
