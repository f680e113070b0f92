"""What a consuming service expects at the edges: __version__, per-call options that share the connection pool,
and the package's own log lines (never the token, a header or a body). Real HTTP on 127.0.0.1."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import httpx
import pytest

import realtimekit_client
from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.client import LOG_ENVIRONMENT_VARIABLE
from realtimekit_client.models import StartRecordingRequest

from support.client import RecordedSleeps, make_client
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID, TOKEN
from support.local_server import LocalServer, Scripted
from support.spec import example, load_spec

SECRET_HEADER = "x-custom-secret-header-value-0123"
RAY = "8d3c1a2b3c4d5e6f-SJC"


def get(client: AuthenticatedClient) -> object:
    return get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)


def test_version_is_the_specs_info_version() -> None:
    assert realtimekit_client.__version__ == str(load_spec()["info"]["version"])
    assert "__version__" in realtimekit_client.__all__


def test_with_options_changes_only_what_is_given_and_shares_the_connections(server: LocalServer) -> None:
    server.script(
        Scripted(200, example("get_active_recording", "200")), Scripted(200, example("get_active_recording", "200"))
    )
    client = make_client(server.url, max_retries=2)
    quick = client.with_options(max_retries=0, total_timeout=5, timeout=3)
    assert (quick.max_retries, quick.total_timeout, quick.max_response_bytes) == (0, 5, client.max_response_bytes)
    assert (client.max_retries, client.total_timeout) == (2, 120.0)  # the original is unchanged
    get(client)
    get(quick)
    shared = client.get_httpx_client()
    assert quick.get_httpx_client() is shared  # one pool
    assert len(server.requests) == 2
    quick.close()  # closes the shared connections: the original opens new ones on its next call
    assert shared.is_closed and client.get_httpx_client() is not shared


def test_with_options_timeout_applies_to_that_clients_calls_only(server: LocalServer) -> None:
    server.script(Scripted(200, example("get_active_recording", "200"), delay=0.5), Scripted(200, "{}", delay=0.5))
    client = make_client(server.url, max_retries=0)
    get(client)  # the default 60 s read timeout: the slow answer arrives
    with pytest.raises(errors.APITimeoutError):
        get(client.with_options(timeout=httpx.Timeout(0.1)))


def test_with_options_checks_its_settings() -> None:
    client = AuthenticatedClient(token=TOKEN)
    for bad in ({"max_retries": -1}, {"total_timeout": 0}, {"max_response_bytes": 0}):
        with pytest.raises(ValueError):
            client.with_options(**bad)


def test_each_attempt_is_logged_at_debug_and_each_retry_at_info(
    server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(
        Scripted(
            503,
            {"success": False, "error": {"code": 503, "message": "busy"}},
            headers={"cf-ray": "8d3c1a2b3c4d5e6f-SJC"},
        ),
        Scripted(200, example("get_active_recording", "200")),
    )
    sleeps = RecordedSleeps()
    client = make_client(server.url, sleeps=sleeps, headers={"X-Custom": SECRET_HEADER})
    with caplog.at_level(logging.DEBUG, logger="realtimekit_client"):
        get(client)
    mine = [record for record in caplog.records if record.name == "realtimekit_client"]
    debug = [r.getMessage() for r in mine if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in mine if r.levelno == logging.INFO]
    assert debug == [
        f"get_active_recording: attempt {n}: GET /accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/recordings/"
        f"active-recording/{MEETING_ID}"
        for n in (1, 2)
    ]
    assert info == [
        f"get_active_recording: attempt 1 failed (status 503, cf-ray {RAY}); retry 1 of 2 in {sleeps[0]:.2f} s"
    ]
    for record in mine:
        text = record.getMessage()
        assert TOKEN not in text and SECRET_HEADER not in text and "busy" not in text


def test_a_start_is_logged_without_its_body(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    server.script(Scripted(200, example("start_recording", "200")))
    body = StartRecordingRequest.from_dict(example("start_recording", "request", "full"))
    with caplog.at_level(logging.DEBUG, logger="realtimekit_client"):
        start_recording.sync(ACCOUNT_ID, APP_ID, client=make_client(server.url), body=body)
    lines = [r.getMessage() for r in caplog.records if r.name == "realtimekit_client"]
    assert lines == [f"start_recording: attempt 1: POST /accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/recordings"]


def test_the_environment_switch_turns_on_the_packages_log(server: LocalServer) -> None:
    server.script(*[Scripted(200, example("get_active_recording", "200"))] * 2)
    program = (
        "import sys\n"
        "from realtimekit_client import AuthenticatedClient\n"
        "from realtimekit_client.api.recordings import get_active_recording\n"
        f"client = AuthenticatedClient(base_url=sys.argv[1], token={TOKEN!r})\n"
        f"get_active_recording.sync({ACCOUNT_ID!r}, {APP_ID!r}, {MEETING_ID!r}, client=client)\n"
    )
    environment = {**os.environ, LOG_ENVIRONMENT_VARIABLE: "debug"}
    result = subprocess.run(
        [sys.executable, "-c", program, server.url], env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "realtimekit_client DEBUG get_active_recording: attempt 1: GET /accounts/" in result.stderr
    assert TOKEN not in result.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", program, server.url],
        env={k: v for k, v in os.environ.items() if k != LOG_ENVIRONMENT_VARIABLE},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert quiet.returncode == 0 and quiet.stderr == ""
