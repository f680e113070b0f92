"""A stand-in for the RealtimeKit recordings API on 127.0.0.1, answering with the spec's own examples.

Stateful enough for the examples and the package README's samples: a started meeting has an active recording
that is INVOKED for a few polls and then reaches `outcome` (RECORDING by default); any other meeting answers
404, as the real API does. A request without a bearer token gets the gateway's 401 envelope.

It is a router on the repository's one loopback server (tools/loopback.py), so it runs in the workspace:

    uv run examples/local_mock.py --port 8787     # serve until interrupted
"""

from __future__ import annotations

import argparse
import copy
import re
import threading
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Self

import yaml

from tools.loopback import LoopbackServer, Received, Reply

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "realtimekit-recordings.yaml"
PREFIX = r"^/accounts/(?P<account>[^/]+)/realtime/kit/(?P<app>[^/]+)/recordings"
START = re.compile(PREFIX + r"$")
ACTIVE = re.compile(PREFIX + r"/active-recording/(?P<meeting>[^/]+)$")
# Fields the API leaves null while a recording runs.
NULL_WHILE_RUNNING = ("audio_download_url", "download_url", "download_url_expiry", "file_size", "stopped_time")
# Only the start's answer has these.
START_ONLY = ("start_reason", "stop_reason", "storage_config")
UNAUTHORIZED = {
    "success": False,
    "errors": [{"code": 10000, "message": "Authentication error"}],
    "messages": [],
    "result": None,
}


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return spec


def spec_example(operation_id: str, status: str, name: str) -> Any:
    """The named example of one of the operation's responses in the spec."""
    for path_item in _spec()["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                content = operation["responses"][status]["content"]["application/json"]
                return copy.deepcopy(content["examples"][name]["value"])
    raise KeyError(operation_id)


def error(status: int, message: str) -> Reply:
    return Reply(status, {"success": False, "error": {"code": status, "message": message}})


@dataclass
class ActiveRecording:
    body: dict[str, Any]
    polls: int = 0


class MockRealtimeKit:
    """Start with `with MockRealtimeKit() as api:`; point the client at `api.url`; `api.requests` is what
    arrived."""

    def __init__(self, polls_before_outcome: int = 1, outcome: str = "RECORDING", port: int = 0) -> None:
        self.polls_before_outcome = polls_before_outcome
        self.outcome = outcome
        self.active: dict[str, ActiveRecording] = {}
        self._started = spec_example("start_recording", "200", "reference")
        self._not_found = spec_example("get_active_recording", "404", "no_active_recording")
        self._lock = threading.Lock()  # the server answers from one thread per connection
        self.server = LoopbackServer(self.answer, port=port)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def requests(self) -> list[Received]:
        return self.server.requests

    def __enter__(self) -> Self:
        self.server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)

    def answer(self, request: Received) -> Reply:
        if not request.headers.get("authorization", "").startswith("Bearer "):
            return Reply(401, UNAUTHORIZED)
        with self._lock:
            if request.method == "POST" and START.match(request.path):
                return self._start(request.json() if request.body else {})
            if request.method == "GET" and (match := ACTIVE.match(request.path)):
                return self._poll(match["meeting"])
        return error(404, f"No route for {request.method} {request.path}")

    def _start(self, body: dict[str, Any]) -> Reply:
        meeting = body.get("meeting_id")
        if not meeting:
            return error(400, "meeting_id is required")
        if meeting in self.active and not body.get("allow_multiple_recordings"):
            return error(409, "Meeting already has a recording")
        started = copy.deepcopy(self._started)
        started["data"].update(dict.fromkeys(NULL_WHILE_RUNNING), id=str(uuid.uuid4()), status="INVOKED")
        started["data"]["storage_config"] = body.get("storage_config")
        self.active[meeting] = ActiveRecording(started)
        return Reply(200, started)

    def _poll(self, meeting: str) -> Reply:
        active = self.active.get(meeting)
        if active is None:
            return Reply(404, self._not_found)
        active.polls += 1
        if active.polls > self.polls_before_outcome:
            active.body["data"]["status"] = self.outcome
        data = {key: value for key, value in active.body["data"].items() if key not in START_ONLY}
        return Reply(200, {"success": True, "data": data})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8787)
    args = parser.parse_args()
    with MockRealtimeKit(port=args.port) as api:
        print(f"mock RealtimeKit API on {api.url} (Ctrl-C stops it)")
        threading.Event().wait()


if __name__ == "__main__":
    main()
