"""The start (not idempotent) under hostile conditions: every error says whether the server may have acted on it
(`may_have_acted` and a sentence), the example's start_or_recover learns the truth from the meeting's active
recording, arguments JSON cannot carry are refused before sending, and a 200 the official SDK's types accept is
parsed. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import datetime
import importlib.util
import math
from functools import cache
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.models import (
    GcsStorageConfig,
    StartedRecording,
    StartRecordingRequest,
    VideoConfig,
    Watermark,
    WatermarkSize,
)
from tests.hostile.calls import client, success_example
from tests.hostile.scan import assert_clean
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from tests.support.project import ROOT
from tools.loopback import LoopbackServer, Reply, free_port

MAY = "may have acted on this POST"
DID_NOT = "did not act on this POST"
REQUEST = StartRecordingRequest(meeting_id=UUID(MEETING_ID))


def start(api: AuthenticatedClient, body: StartRecordingRequest = REQUEST) -> Any:
    return start_recording.sync(ACCOUNT_ID, APP_ID, client=api, body=body)


def failure(api: AuthenticatedClient) -> errors.RealtimeKitError:
    with pytest.raises(errors.RealtimeKitError) as caught:
        start(api)
    assert_clean(caught.value)
    return caught.value


# ---- may_have_acted ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 522])
def test_a_5xx_may_have_acted(server: LoopbackServer, status: int) -> None:
    server.script(Reply(status, {"success": False}))
    error = failure(client(server.url))
    assert error.may_have_acted is True and MAY in str(error)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429])
def test_a_4xx_did_not_act(server: LoopbackServer, status: int) -> None:
    server.script(Reply(status, {"success": False, "error": {"code": status, "message": "no"}}))
    error = failure(client(server.url))
    assert error.may_have_acted is False and DID_NOT in str(error)


def test_a_refused_connection_did_not_act() -> None:
    error = failure(client(f"http://127.0.0.1:{free_port()}"))
    assert isinstance(error, errors.APIConnectionError) and error.may_have_acted is False and DID_NOT in str(error)


def test_a_read_timeout_may_have_acted(server: LoopbackServer) -> None:
    server.script(Reply(200, {}, delay=0.4))
    error = failure(client(server.url, timeout=httpx.Timeout(0.1)))
    assert isinstance(error, errors.APITimeoutError) and error.may_have_acted is True and MAY in str(error)


def test_a_connection_lost_after_sending_may_have_acted(server: LoopbackServer) -> None:
    server.script(Reply(drop=True))
    error = failure(client(server.url))
    assert error.may_have_acted is True and MAY in str(error)


def test_the_total_timeout_while_waiting_may_have_acted(server: LoopbackServer) -> None:
    server.script(Reply(200, {}, delay=0.5))
    error = failure(client(server.url, total_timeout=0.2))
    assert isinstance(error, errors.APITimeoutError) and error.may_have_acted is True and "total_timeout" in str(error)


def test_a_2xx_that_fails_validation_acted_and_keeps_the_decoded_body(server: LoopbackServer) -> None:
    body = success_example("start_recording")[1]
    body["data"]["status"] = 7  # not a string
    server.script(Reply(200, body), Reply(201, b"<html>ok</html>", {"Content-Type": "text/html"}))
    error = failure(client(server.url))
    assert isinstance(error, errors.ResponseValidationError) and error.status_code == 200
    assert error.body == body and error.path == "data.status"  # the id of what the API started is in .body
    assert error.may_have_acted is True and "accepted" in str(error)
    error = failure(client(server.url))
    assert isinstance(error, errors.ResponseValidationError) and error.status_code == 201 and error.body is None
    assert error.may_have_acted is True and "accepted" in str(error)


def test_a_get_error_carries_the_flag_without_the_sentence(server: LoopbackServer) -> None:
    server.script(Reply(500, {"success": False}))
    with pytest.raises(errors.InternalServerError) as caught:
        get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client(server.url))
    assert caught.value.may_have_acted is True and "acted" not in str(caught.value)


# ---- the example's reconciliation -------------------------------------------------------------------------------


@cache
def example() -> ModuleType:
    """examples/start_and_wait.py, loaded from its file (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("hostile_start_and_wait", ROOT / "examples" / "start_and_wait.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SENT_AT = datetime.datetime(2026, 11, 21, 10, 0, tzinfo=datetime.UTC)


def active(invoked: datetime.datetime) -> dict[str, Any]:
    body: dict[str, Any] = success_example("get_active_recording")[1]
    body["data"]["invoked_time"] = invoked.isoformat().replace("+00:00", "Z")
    return body


def recover(server: LoopbackServer) -> UUID:
    found: UUID = example().start_or_recover(
        client(server.url), ACCOUNT_ID, APP_ID, MEETING_ID, REQUEST, now=lambda: SENT_AT
    )
    return found


def test_recover_finds_the_recording_an_ambiguous_start_made(server: LoopbackServer) -> None:
    later = SENT_AT + datetime.timedelta(seconds=2)
    server.script(Reply(502, "<html>bad gateway</html>"), Reply(200, active(later)))
    assert recover(server) == UUID(active(SENT_AT)["data"]["id"])
    assert [r.method for r in server.requests] == ["POST", "GET"]  # looked, did not start again


def test_recover_reports_no_effect_when_nothing_is_active(server: LoopbackServer) -> None:
    server.script(Reply(503, {}), Reply(404, {"success": False, "error": {"code": 404, "message": "none"}}))
    with pytest.raises(example().RecordingFailed, match="did not take effect"):
        recover(server)


def test_recover_does_not_claim_an_older_recording(server: LoopbackServer) -> None:
    server.script(Reply(503, {}), Reply(200, active(SENT_AT - datetime.timedelta(hours=1))))
    with pytest.raises(example().RecordingFailed, match="predates"):
        recover(server)


def test_recover_reads_the_id_from_an_accepted_but_invalid_body(server: LoopbackServer) -> None:
    body = success_example("start_recording")[1]
    body["data"]["status"] = 7
    server.script(Reply(200, body))
    assert recover(server) == UUID(body["data"]["id"])
    assert len(server.requests) == 1


def test_recover_does_not_look_after_a_refusal(server: LoopbackServer) -> None:
    server.script(Reply(409, {"success": False, "error": {"code": 409, "message": "already recording"}}))
    with pytest.raises(example().RecordingFailed, match="already recording"):
        recover(server)
    assert len(server.requests) == 1


# ---- numbers JSON cannot carry, and a 200 the official types accept ---------------------------------------------


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"max_seconds": 3600.5}, "body.max_seconds"),
        ({"max_seconds": math.nan}, "body.max_seconds"),
        (  # minimum 1 and no maximum: an infinity passes the bounds
            {"video_config": VideoConfig(watermark=Watermark(size=WatermarkSize(height=math.inf)))},  # type: ignore[arg-type]
            "body.video_config.watermark.size.height",
        ),
        ({"storage_config": GcsStorageConfig(type_="gcs", port=math.nan)}, "body.storage_config.port"),
        ({"storage_config": GcsStorageConfig(type_="gcs", port=-math.inf)}, "body.storage_config.port"),
    ],
    ids=["fractional", "nan", "infinite-integer", "nan-number", "infinite-number"],
)
def test_fractional_and_non_finite_numbers_are_refused_naming_the_field(
    server: LoopbackServer, fields: dict[str, Any], path: str
) -> None:
    """max_seconds=3600.5 was sent as it was; NaN and the infinities passed the bounds and failed in httpx's JSON
    encoder with a ValueError naming no field. Now each is refused before anything is sent, naming the field."""
    with pytest.raises(errors.InvalidValueError) as caught:
        start(client(server.url), StartRecordingRequest(meeting_id=UUID(MEETING_ID), **fields))
    assert caught.value.path == path and str(caught.value).startswith(path)
    assert "nothing was sent" in str(caught.value) and server.requests == []


def read(data: StartedRecording, place: str) -> Any:
    """The parsed value at a wire place of a start response's data (wire names: user_Id is user_id)."""
    node: Any = data
    for name in place.split("."):
        node = getattr(node, "user_id" if name == "user_Id" else name)
    return node


def test_start_response_official_types_accept_is_parsed(server: LoopbackServer) -> None:
    """What Cloudflare's official types accept in a 200 start response is parsed (the recording exists by then):
    a null or masked access_key, a caller id that is not a UUID, a fractional recording_duration, an RFC 1123
    date. A body that must still be refused names the JSON path of the refused value."""
    tolerated: list[tuple[str, Any]] = [
        ("storage_config.access_key", None),
        ("storage_config.access_key", "****"),
        ("start_reason.caller.user_Id", "system"),
        ("recording_duration", 12.5),
        ("invoked_time", "Sat, 21 Nov 2026 10:00:00 GMT"),
    ]
    for place, value in [*tolerated, ("start_reason.caller.user_Id", 42)]:
        body = success_example("start_recording")[1]
        *parents, name = place.split(".")
        node = body["data"]
        for parent in parents:
            node = node[parent]
        node[name] = value
        server.script(Reply(200, body))
    api = client(server.url)
    for place, value in tolerated:
        data = start(api).data
        assert isinstance(data, StartedRecording), place
        assert read(data, place) == value, place
    with pytest.raises(errors.ResponseValidationError) as caught:
        start(api)
    assert caught.value.path == "data.start_reason.caller.user_Id"
    assert "data.start_reason.caller.user_Id" in str(caught.value) and "got dict" not in str(caught.value)
    assert_clean(caught.value)
