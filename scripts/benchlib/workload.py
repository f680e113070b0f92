"""What every contender sends and the server answers: fixed ids, the two paths, the spec's example bodies."""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import dataclass
from typing import Any

from . import ROOT

# The tests' helper package (tests/support) holds the ids and reads the spec's examples: one definition of each.
sys.path.insert(0, str(ROOT / "tests"))
_ids = importlib.import_module("support.ids")
ACCOUNT: str = _ids.ACCOUNT_ID
APP: str = _ids.APP_ID
MEETING: str = _ids.MEETING_ID
TOKEN = "bench-token-not-a-secret-0123456789abcdef"
GET_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/recordings/active-recording/{MEETING}"
POST_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/recordings"


@dataclass(frozen=True)
class Workload:
    responses: dict[str, bytes]  # "GET"/"POST": the 200 body, compact JSON as an API sends it
    request_body: dict[str, Any]  # the POST body: the spec's "full" start request example

    def routes(self) -> dict[str, str]:
        """The server's routes: the same bytes are served and parsed."""
        return {f"GET {GET_PATH}": self.responses["GET"].decode(), f"POST {POST_PATH}": self.responses["POST"].decode()}


def from_spec() -> Workload:
    """The bodies from the spec's examples, read with the tests' spec helpers (tests/support/spec.py)."""
    example = importlib.import_module("support.spec").example

    def compact(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()

    return Workload(
        responses={
            "GET": compact(example("get_active_recording", "200")),
            "POST": compact(example("start_recording", "200")),
        },
        request_body=example("start_recording", "request", "full"),
    )
