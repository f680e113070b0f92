"""Start recording a meeting, then poll its active recording until it is RECORDING (or fails), with backoff.

    uv run examples/start_and_wait.py

Runs against the live API when CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID, REALTIMEKIT_APP_ID and
REALTIMEKIT_MEETING_ID are all set (CLOUDFLARE_BASE_URL optionally overrides the API's address); otherwise it
starts the local mock in examples/local_mock.py and runs against that, so it works offline.
Exit status 0 when the recording reached RECORDING, 1 when it failed or the deadline passed.
"""

from __future__ import annotations

import datetime
import os
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from uuid import UUID

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import (
    RealtimeKitBucketConfig,
    Recording,
    RecordingStatus,
    StartRecordingRequest,
    VideoConfig,
)

LIVE_VARIABLES = ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "REALTIMEKIT_APP_ID", "REALTIMEKIT_MEETING_ID")
DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
# A recording that reached one of these will never be RECORDING again.
FAILED = {RecordingStatus.ERRORED, RecordingStatus.UPLOADING, RecordingStatus.UPLOADED}


class RecordingFailed(Exception):
    pass


def start(client: AuthenticatedClient, account_id: str, app_id: str, meeting_id: str) -> None:
    try:
        meeting = UUID(meeting_id)
    except ValueError:
        raise RecordingFailed(f"the meeting id is not a UUID: {meeting_id!r}") from None
    request = StartRecordingRequest(
        meeting_id=meeting,
        video_config=VideoConfig(width=1280, height=720),
        realtimekit_bucket_config=RealtimeKitBucketConfig(enabled=True),
        max_seconds=600,
    )
    recording_id = start_or_recover(client, account_id, app_id, meeting_id, request)
    print(f"started recording {recording_id}")


# How far the API's clock may be behind ours when matching a recording to the moment the start was sent.
CLOCK_SKEW = datetime.timedelta(seconds=30)


def start_or_recover(
    client: AuthenticatedClient,
    account_id: str,
    app_id: str,
    meeting_id: str,
    request: StartRecordingRequest,
    *,
    now: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.UTC),
) -> UUID | str:
    """Start recording and return the recording's id, also when the start's outcome was ambiguous.

    A start is not idempotent, so the client never retries it once it may have reached the API. When it fails
    with `may_have_acted=True` (a 5xx, a read timeout, a connection lost after sending, the total_timeout), the
    API may have started the recording: look at the meeting's active recording instead of starting again. One
    invoked at or after the moment the start was sent (less CLOCK_SKEW) is taken to be ours; none means the start
    did not take effect. A 2xx whose body failed validation carries the decoded body: its data.id is the id.

    Ids are `UUID | str`, as the client reads them: a UUID, or the API's string when it is not one.
    """
    sent_at = now()
    try:
        started = start_recording.sync(account_id, app_id, client=client, body=request)
    except errors.ResponseValidationError as exc:  # accepted: the id is in the decoded body, if anywhere
        data = exc.body.get("data") if isinstance(exc.body, dict) else None
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            return as_recording_id(data["id"])
        error: errors.RealtimeKitError = exc
    except errors.RealtimeKitError as exc:
        if not exc.may_have_acted:  # refused (4xx, 429), an argument the spec refuses, or never sent: no effect
            raise RecordingFailed(f"start failed: {exc}") from exc
        error = exc
    else:
        if started.data:
            return started.data.id
        raise RecordingFailed("the API answered the start without a recording")
    # Ambiguous: did the API start it? Ask for the meeting's active recording.
    try:
        active = get_active_recording.sync(account_id, app_id, meeting_id, client=client)
    except errors.NotFoundError:
        raise RecordingFailed(f"start failed and no recording is active, so it did not take effect: {error}") from None
    except errors.RealtimeKitError as exc:
        raise RecordingFailed(f"start outcome unknown ({error}); checking failed too: {exc}") from exc
    invoked = active.data.invoked_time
    if not isinstance(invoked, datetime.datetime):  # the API sent a time the client could not read
        raise RecordingFailed(f"start outcome unknown ({error}): the active recording's invoked_time {invoked!r}")
    if invoked >= sent_at - CLOCK_SKEW:
        return active.data.id
    raise RecordingFailed(f"start failed; the active recording {active.data.id} predates it: {error}")


def as_recording_id(value: str) -> UUID | str:
    """An id from a decoded body, typed as the client types ids."""
    try:
        return UUID(value)
    except ValueError:
        return value


def wait_until_recording(
    client: AuthenticatedClient,
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    first_delay: float = 0.5,
    max_delay: float = 8.0,
    deadline: float = 120.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Recording:
    """Poll with exponential backoff (first_delay, doubling, capped at max_delay) until RECORDING or failure."""
    delay, waited = first_delay, 0.0
    while waited + delay <= deadline:
        sleep(delay)
        waited += delay
        try:
            # The client itself retries transient failures (timeouts, 429, 5xx) before raising.
            active = get_active_recording.sync(account_id, app_id, meeting_id, client=client)
        except errors.NotFoundError as exc:
            raise RecordingFailed("the meeting has no active recording any more: it stopped or errored") from exc
        except errors.RealtimeKitError as exc:
            raise RecordingFailed(f"polling failed: {exc}") from exc
        status = active.data.status
        print(f"after {waited:.1f}s: {status}")
        if status == RecordingStatus.RECORDING:
            return active.data
        if status in FAILED:
            raise RecordingFailed(f"the recording went to {status} instead of RECORDING")
        delay = min(delay * 2, max_delay)
    raise RecordingFailed(f"not RECORDING after {waited:.1f}s")


def main() -> int:
    with ExitStack() as stack:
        if all(os.environ.get(name) for name in LIVE_VARIABLES):
            base_url = os.environ.get("CLOUDFLARE_BASE_URL", DEFAULT_BASE_URL)
            token, account_id, app_id, meeting_id = (os.environ[name] for name in LIVE_VARIABLES)
        else:
            from examples.local_mock import MockRealtimeKit  # only needed offline

            base_url = stack.enter_context(MockRealtimeKit()).url
            token, account_id, app_id = (
                "mock-token",
                "023e105f4ecef8ad9ca31a8372d0c353",
                "14a396e7-ca44-4937-bf1f-050a69118543",
            )
            meeting_id = "97440c6a-140b-40a9-9499-b23fd7a3868a"
            print(f"{', '.join(LIVE_VARIABLES)} not all set: using the local mock at {base_url}")
        try:
            client = stack.enter_context(AuthenticatedClient(base_url=base_url, token=token))
        except errors.InvalidValueError as exc:  # a setting the client refuses (the base URL, the token)
            print(f"failed: {exc}", file=sys.stderr)
            return 1
        try:
            start(client, account_id, app_id, meeting_id)
            recording = wait_until_recording(client, account_id, app_id, meeting_id)
        except RecordingFailed as exc:
            print(f"failed: {exc}", file=sys.stderr)
            return 1
        print(f"recording {recording.id} is RECORDING (output file {recording.output_file_name})")
        return 0


if __name__ == "__main__":
    sys.exit(main())
