"""The Python stand-in for what Prism cannot serve, used only to record cassettes (scripts/record_cassettes.py).

Prism serves the spec's examples and nothing outside the spec, so two cases come from here, selected like
Prism's with a `Prefer: code=..., example=...` request header:
- `edge_522`: Cloudflare's edge answering 522 with its HTML error page;
- `unknown_status`: a 200 whose recording has a status the spec does not know yet (built from the spec's
  `recording` example, so it follows the spec in everything else).
"""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.support.local_server import LoopbackServer
from tests.support.spec import example

ACTIVE_RECORDING_PATH = re.compile(r"^/accounts/[^/]+/realtime/kit/[^/]+/recordings/active-recording/[^/]+$")
FUTURE_STATUS = "TRANSCODING"

EDGE_522_PAGE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<title>api.cloudflare.com | 522: Connection timed out</title>
<meta charset="UTF-8" />
</head>
<body>
<div id="cf-error-details">
<h1>Connection timed out</h1>
<span>Error code 522</span>
<p>The initial connection between Cloudflare's network and the origin web server timed out.</p>
<p>Cloudflare Ray ID: <strong>8f3a1c2b4d5e6f70</strong></p>
</div>
</body>
</html>
"""


def unknown_status_body() -> dict[str, Any]:
    body: dict[str, Any] = example("get_active_recording", "200", "recording")
    body["data"]["status"] = FUTURE_STATUS
    return body


def answer(method: str, path: str, headers: dict[str, str]) -> tuple[int, str, bytes]:
    """(status, content type, body) for one request."""
    if not headers.get("authorization", "").startswith("Bearer "):
        return 401, "text/plain", b"the stand-in wants a bearer token, like the API"
    scenario = dict(re.findall(r"(\w+)=([\w-]+)", headers.get("prefer", ""))).get("example")
    if method == "GET" and ACTIVE_RECORDING_PATH.match(path):
        if scenario == "edge_522":
            return 522, "text/html; charset=UTF-8", EDGE_522_PAGE.encode()
        if scenario == "unknown_status":
            return 200, "application/json", json.dumps(unknown_status_body()).encode()
    return 404, "text/plain", f"the stand-in has no scenario {scenario!r} for {method} {path}".encode()


class StandinServer(LoopbackServer):
    """Serves `answer` on 127.0.0.1, on a free port, in a background thread."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                lowered = {name.lower(): value for name, value in self.headers.items()}
                status, content_type, body = answer(self.command, self.path, lowered)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(Handler)
