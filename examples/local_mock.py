"""A stand-in for the RealtimeKit recordings API on 127.0.0.1, answering with the spec's own examples.

Stateful enough for the example and the README samples: a started meeting has an active recording that is
INVOKED for a few polls and then reaches `outcome` (RECORDING by default); any other meeting answers 404, as the
real API does. Requests without a bearer token get the gateway's 401 envelope.

    uv run examples/local_mock.py --port 8787     # serve until interrupted
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import threading
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml  # untyped here: see [tool.mypy] in pyproject.toml

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "realtimekit-recordings.yaml"
PREFIX = r"^/accounts/(?P<account>[^/]+)/realtime/kit/(?P<app>[^/]+)/recordings"
START = re.compile(PREFIX + r"$")
ACTIVE = re.compile(PREFIX + r"/active-recording/(?P<meeting>[^/]+)$")
# Fields the API leaves null while a recording runs.
NULL_WHILE_RUNNING = ("audio_download_url", "download_url", "download_url_expiry", "file_size", "stopped_time")


def spec_example(path: str, method: str, where: str, name: str) -> Any:
    operation = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"][path][method]
    content = operation["responses"][where]["content"]["application/json"]
    return content["examples"][name]["value"]


@dataclass
class ActiveRecording:
    body: dict[str, Any]
    polls: int = 0


class MockRealtimeKit:
    """Start with `with MockRealtimeKit() as api:`; point the client at `api.url`."""

    def __init__(self, polls_before_outcome: int = 1, outcome: str = "RECORDING", port: int = 0) -> None:
        self.polls_before_outcome = polls_before_outcome
        self.outcome = outcome
        self.active: dict[str, ActiveRecording] = {}
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        paths = "/accounts/{account_id}/realtime/kit/{app_id}/recordings"
        self._started = spec_example(paths, "post", "200", "reference")
        self._not_found = spec_example(paths + "/active-recording/{meeting_id}", "get", "404", "no_active_recording")
        self._unauthorized = {
            "success": False,
            "errors": [{"code": 10000, "message": "Authentication error"}],
            "messages": [],
            "result": None,
        }
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)  # quick shutdown

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}"

    def __enter__(self) -> MockRealtimeKit:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def answer(self, method: str, path: str, authorized: bool, body: bytes) -> tuple[int, Any]:
        with self._lock:
            self.requests.append((method, path))
            if not authorized:
                return 401, self._unauthorized
            if method == "POST" and START.match(path):
                return self._start(json.loads(body or b"{}"))
            if method == "GET" and (match := ACTIVE.match(path)):
                return self._poll(match["meeting"])
            return 404, {"success": False, "error": {"code": 404, "message": f"No route for {method} {path}"}}

    def _start(self, request: dict[str, Any]) -> tuple[int, Any]:
        meeting = request.get("meeting_id")
        if not meeting:
            return 400, {"success": False, "error": {"code": 400, "message": "meeting_id is required"}}
        if meeting in self.active and not request.get("allow_multiple_recordings"):
            return 409, {"success": False, "error": {"code": 409, "message": "Meeting already has a recording"}}
        body = copy.deepcopy(self._started)
        data = body["data"]
        data.update(dict.fromkeys(NULL_WHILE_RUNNING), id=str(uuid.uuid4()), status="INVOKED")
        data["storage_config"] = request.get("storage_config")
        self.active[meeting] = ActiveRecording(body)
        return 200, body

    def _poll(self, meeting: str) -> tuple[int, Any]:
        active = self.active.get(meeting)
        if active is None:
            return 404, self._not_found
        active.polls += 1
        if active.polls > self.polls_before_outcome:
            active.body["data"]["status"] = self.outcome
        fields = ("start_reason", "stop_reason", "storage_config")  # only the start response has these
        data = {k: v for k, v in active.body["data"].items() if k not in fields}
        return 200, {"success": True, "data": data}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        mock = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                authorized = (self.headers.get("Authorization") or "").startswith("Bearer ")
                status, reply = mock.answer(self.command, self.path, authorized, body)
                payload = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8787)
    args = parser.parse_args()
    with MockRealtimeKit(port=args.port) as api:
        print(f"mock RealtimeKit API on {api.url} (Ctrl-C stops it)")
        threading.Event().wait()


if __name__ == "__main__":
    main()
