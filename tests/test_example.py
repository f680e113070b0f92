"""examples/start_and_wait.py: starts, polls with backoff until RECORDING, and fails loudly otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from local_mock import ActiveRecording, MockRealtimeKit
from start_and_wait import LIVE_VARIABLES, RecordingFailed, start, wait_until_recording

from realtimekit_client.models import RecordingStatus

from support.client import make_client
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from support.project import ROOT

EXAMPLE = ROOT / "examples" / "start_and_wait.py"


def run_example(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in LIVE_VARIABLES and k != "CLOUDFLARE_BASE_URL"}
    return subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, env=clean | env, timeout=60, cwd=ROOT
    )


def test_example_runs_offline_against_the_local_mock() -> None:
    result = run_example()
    assert result.returncode == 0, result.stderr
    assert "using the local mock" in result.stdout
    assert "after 0.5s: INVOKED" in result.stdout
    assert "is RECORDING" in result.stdout


def test_example_uses_the_live_settings_when_all_are_set() -> None:
    with MockRealtimeKit() as api:
        live = dict(zip(LIVE_VARIABLES, ("a-token", "acc1", "app1", MEETING_ID), strict=True))
        result = run_example(**live, CLOUDFLARE_BASE_URL=api.url)
    assert result.returncode == 0, result.stderr
    assert "local mock" not in result.stdout
    assert api.requests[0] == ("POST", "/accounts/acc1/realtime/kit/app1/recordings")
    assert api.requests[1] == ("GET", f"/accounts/acc1/realtime/kit/app1/recordings/active-recording/{MEETING_ID}")


def test_a_refused_start_exits_1() -> None:
    with MockRealtimeKit() as api:
        live = dict(zip(LIVE_VARIABLES, ("x", "acc1", "app1", MEETING_ID), strict=True))
        api.active[MEETING_ID] = ActiveRecording({})  # a recording is already running: the start gets 409
        result = run_example(**live, CLOUDFLARE_BASE_URL=api.url)
    assert result.returncode == 1
    assert "start failed: 409 Conflict: Meeting already has a recording (code 409)" in result.stderr


def test_backoff_doubles_to_the_cap_and_gives_up_at_the_deadline() -> None:
    delays: list[float] = []
    with MockRealtimeKit(polls_before_outcome=100) as api, make_client(api.url) as client:
        start(client, ACCOUNT_ID, APP_ID, MEETING_ID)
        with pytest.raises(RecordingFailed, match=r"not RECORDING after 23\.5s"):
            wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, deadline=30.0, sleep=delays.append)
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@pytest.mark.parametrize("outcome", ["ERRORED", "UPLOADED"])
def test_a_recording_that_fails_stops_the_polling(outcome: str) -> None:
    delays: list[float] = []
    with MockRealtimeKit(outcome=outcome) as api, make_client(api.url) as client:
        start(client, ACCOUNT_ID, APP_ID, MEETING_ID)
        with pytest.raises(RecordingFailed, match=f"went to {outcome} instead of RECORDING"):
            wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, sleep=delays.append)
    assert delays == [0.5, 1.0]


def test_no_active_recording_is_a_failure() -> None:
    with MockRealtimeKit() as api, make_client(api.url) as client:
        with pytest.raises(RecordingFailed, match="no active recording"):
            wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, sleep=lambda _: None)


def test_recording_is_returned_once_reached() -> None:
    with MockRealtimeKit(polls_before_outcome=3) as api, make_client(api.url) as client:
        start(client, ACCOUNT_ID, APP_ID, MEETING_ID)
        recording = wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, sleep=lambda _: None)
    assert recording.status is RecordingStatus.RECORDING
    assert [method for method, _ in api.requests] == ["POST", "GET", "GET", "GET", "GET"]
