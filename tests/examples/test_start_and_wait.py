"""examples/start_and_wait.py: starts a recording (learning the truth after an ambiguous failure), polls it with
backoff until RECORDING, and fails loudly otherwise; offline against the local mock, or with the live settings
against whatever CLOUDFLARE_BASE_URL names (here the mock, on 127.0.0.1)."""

from __future__ import annotations

import copy
import datetime
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest

from examples.local_mock import ActiveRecording, MockRealtimeKit, spec_example
from examples.start_and_wait import LIVE_VARIABLES, RecordingFailed, main, start, start_or_recover, wait_until_recording
from realtimekit_client.models import RecordingStatus, StartRecordingRequest
from tests.support.client import RecordedSleeps, make_client
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from tests.support.project import ROOT
from tools.loopback import LoopbackServer, Reply

LIVE = dict(zip(LIVE_VARIABLES, ("live-token", "acc1", "app1", MEETING_ID), strict=True))


@pytest.fixture
def api() -> Iterator[MockRealtimeKit]:
    with MockRealtimeKit() as mock:
        yield mock


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch, api: MockRealtimeKit) -> MockRealtimeKit:
    """The live settings, all set, the base URL the mock's."""
    for name, value in {**LIVE, "CLOUDFLARE_BASE_URL": api.url}.items():
        monkeypatch.setenv(name, value)
    return api


def test_the_example_runs_offline_against_the_local_mock() -> None:
    """As a script, with none of the live settings: the mock's recording is INVOKED at the first poll."""
    clean = {k: v for k, v in os.environ.items() if k not in {*LIVE_VARIABLES, "CLOUDFLARE_BASE_URL"}}
    result = subprocess.run([sys.executable, "examples/start_and_wait.py"], capture_output=True, text=True, env=clean,
                            timeout=60, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "not all set: using the local mock at http://127.0.0.1:" in lines[0]
    assert lines[2:4] == ["after 0.5s: INVOKED", "after 1.5s: RECORDING"]
    assert lines[4].endswith("is RECORDING (output file output_file_name)")


def test_the_live_settings_are_used_when_all_are_set(live: MockRealtimeKit, capsys: pytest.CaptureFixture[str]) -> None:
    live.polls_before_outcome = 0
    assert main() == 0
    assert "local mock" not in capsys.readouterr().out
    prefix = "/accounts/acc1/realtime/kit/app1/recordings"
    assert [(r.method, r.path) for r in live.requests] == [
        ("POST", prefix),
        ("GET", f"{prefix}/active-recording/{MEETING_ID}"),
    ]
    assert live.requests[0].headers["authorization"] == "Bearer live-token"


def test_a_refused_start_exits_1(live: MockRealtimeKit, capsys: pytest.CaptureFixture[str]) -> None:
    live.active[MEETING_ID] = ActiveRecording({})  # a recording is already running: the start gets 409
    assert main() == 1
    error = capsys.readouterr().err
    assert re.match(r"failed: start failed: 409 .*: Meeting already has a recording \(code 409\)", error), error


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("CLOUDFLARE_ACCOUNT_ID", "a" * 33, "failed: start failed: account_id "),  # the spec allows 32 characters
        ("REALTIMEKIT_MEETING_ID", "meeting-7", "failed: the meeting id is not a UUID: 'meeting-7'"),
        ("CLOUDFLARE_BASE_URL", "http://api.example.com/v4", "failed: base_url uses http:// to api.example.com"),
    ],
)
def test_a_bad_setting_exits_1_and_sends_nothing(
    live: MockRealtimeKit, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str,
    value: str, says: str,
) -> None:  # fmt: skip
    monkeypatch.setenv(name, value)
    assert main() == 1
    assert capsys.readouterr().err.startswith(says)
    assert live.requests == []


def test_backoff_doubles_to_the_cap_and_gives_up_at_the_deadline() -> None:
    sleeps = RecordedSleeps()
    with MockRealtimeKit(polls_before_outcome=100) as api, make_client(api.url) as client:
        start(client, ACCOUNT_ID, APP_ID, MEETING_ID)
        with pytest.raises(RecordingFailed, match=r"not RECORDING after 23\.5s"):
            wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, deadline=30.0, sleep=sleeps)
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@pytest.mark.parametrize("outcome", ["ERRORED", "UPLOADED"])
def test_a_recording_that_fails_stops_the_polling(outcome: str) -> None:
    sleeps = RecordedSleeps()
    with MockRealtimeKit(outcome=outcome) as api, make_client(api.url) as client:
        start(client, ACCOUNT_ID, APP_ID, MEETING_ID)
        with pytest.raises(RecordingFailed, match=f"went to {outcome} instead of RECORDING"):
            wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, sleep=sleeps)
    assert sleeps == [0.5, 1.0]


def test_a_status_this_version_does_not_know_keeps_the_polling_going(capsys: pytest.CaptureFixture[str]) -> None:
    with MockRealtimeKit(outcome="ARCHIVED", polls_before_outcome=0) as api, make_client(api.url) as client:
        start(client, ACCOUNT_ID, APP_ID, MEETING_ID)
        with pytest.raises(RecordingFailed, match="not RECORDING after"):
            wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, deadline=2.0, sleep=RecordedSleeps())
    assert capsys.readouterr().out.splitlines()[1:] == ["after 0.5s: ARCHIVED", "after 1.5s: ARCHIVED"]


def test_no_active_recording_is_a_failure(api: MockRealtimeKit) -> None:
    with make_client(api.url) as client, pytest.raises(RecordingFailed, match="no active recording"):
        wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, sleep=RecordedSleeps())


def test_the_recording_is_returned_once_reached() -> None:
    with MockRealtimeKit(polls_before_outcome=3) as api, make_client(api.url) as client:
        start(client, ACCOUNT_ID, APP_ID, MEETING_ID)
        recording = wait_until_recording(client, ACCOUNT_ID, APP_ID, MEETING_ID, sleep=RecordedSleeps())
    assert recording.status is RecordingStatus.RECORDING
    assert recording.id == UUID(api.active[MEETING_ID].body["data"]["id"])
    assert [r.method for r in api.requests] == ["POST", "GET", "GET", "GET", "GET"]


# ---- start_or_recover: the truth after an ambiguous start -----------------------------------------------------

SENT_AT = datetime.datetime(2026, 11, 21, 10, 0, tzinfo=datetime.UTC)
REQUEST = StartRecordingRequest(meeting_id=UUID(MEETING_ID))


def active(invoked: datetime.datetime | str, **data: Any) -> dict[str, Any]:
    body: dict[str, Any] = spec_example("get_active_recording", "200", "reference")
    invoked_time = invoked if isinstance(invoked, str) else invoked.isoformat().replace("+00:00", "Z")
    body["data"].update(data, invoked_time=invoked_time)
    return body


def recover(server: LoopbackServer) -> UUID | str:
    with make_client(server.url) as client:
        return start_or_recover(client, ACCOUNT_ID, APP_ID, MEETING_ID, REQUEST, now=lambda: SENT_AT)


def test_recover_finds_the_recording_an_ambiguous_start_made(server: LoopbackServer) -> None:
    recorded = active(SENT_AT + datetime.timedelta(seconds=2))
    server.script(Reply(502, "<html>bad gateway</html>"), Reply(200, recorded))
    assert recover(server) == UUID(recorded["data"]["id"])
    assert [r.method for r in server.requests] == ["POST", "GET"]  # looked, did not start again


def test_recover_takes_an_id_that_is_not_a_uuid_as_the_api_sent_it(server: LoopbackServer) -> None:
    server.script(Reply(503, {}), Reply(200, active(SENT_AT, id="rec-7")))
    assert recover(server) == "rec-7"


def test_recover_reports_no_effect_when_nothing_is_active(server: LoopbackServer) -> None:
    server.script(Reply(503, {}), Reply(404, {"success": False, "error": {"code": 404, "message": "none"}}))
    with pytest.raises(RecordingFailed, match="did not take effect"):
        recover(server)


def test_recover_does_not_claim_an_older_recording(server: LoopbackServer) -> None:
    server.script(Reply(503, {}), Reply(200, active(SENT_AT - datetime.timedelta(hours=1))))
    with pytest.raises(RecordingFailed, match="predates"):
        recover(server)


def test_recover_does_not_claim_a_recording_invoked_at_an_unreadable_time(server: LoopbackServer) -> None:
    server.script(Reply(503, {}), Reply(200, active("yesterday")))
    with pytest.raises(RecordingFailed, match="start outcome unknown .*invoked_time 'yesterday'"):
        recover(server)


def test_recover_reads_the_id_from_an_accepted_but_invalid_body(server: LoopbackServer) -> None:
    body = spec_example("start_recording", "200", "reference")
    body["data"]["status"] = 7
    server.script(Reply(200, copy.deepcopy(body)))
    assert recover(server) == UUID(body["data"]["id"])
    assert len(server.requests) == 1


def test_recover_does_not_look_after_a_refusal(server: LoopbackServer) -> None:
    server.script(Reply(409, {"success": False, "error": {"code": 409, "message": "already recording"}}))
    with pytest.raises(RecordingFailed, match="already recording"):
        recover(server)
    assert len(server.requests) == 1
