"""The Python stand-in for what Prism cannot serve, used only to record cassettes (tools/record_cassettes.py).

Prism serves the spec's examples and nothing outside the spec, so two cases come from here, selected like
Prism's with a `Prefer: code=..., example=...` request header:
- `edge_522`: Cloudflare's edge answering 522 with its HTML error page;
- `unknown_status`: a 200 whose recording has a status the spec does not know yet (built from the spec's
  `recording` example, so it follows the spec in everything else).

It is a router for the one loopback server: `LoopbackServer(standin)`.
"""

from __future__ import annotations

import re
from typing import Any

from tests.support.spec import example
from tools.loopback import Received, Reply

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


def standin(request: Received) -> Reply:
    """The stand-in's answer to one request (a loopback router)."""
    if not request.headers.get("authorization", "").startswith("Bearer "):
        return Reply(401, b"the stand-in wants a bearer token, like the API", {"Content-Type": "text/plain"})
    scenario = dict(re.findall(r"(\w+)=([\w-]+)", request.headers.get("prefer", ""))).get("example")
    if request.method == "GET" and ACTIVE_RECORDING_PATH.match(request.path):
        if scenario == "edge_522":  # no reason phrase: 522 is Cloudflare's own, unregistered status
            return Reply(522, EDGE_522_PAGE, {"Content-Type": "text/html; charset=UTF-8"}, reason="")
        if scenario == "unknown_status":
            return Reply(200, unknown_status_body(), reason="OK")
    message = f"the stand-in has no scenario {scenario!r} for {request.method} {request.path}"
    return Reply(404, message, {"Content-Type": "text/plain"})
