"""Where a cassette test sends its requests: nowhere (replay), a local mock, or the live API.

Replay (the default, `--record-mode` none): the canonical base URL and the placeholder ids; VCR answers
every request from the cassette, and `--block-network` stops anything that slips past it.

Recording (any other `--record-mode`):
- against the local mocks, when tools/record_cassettes.py has set REALTIMEKIT_PRISM_URL and
  REALTIMEKIT_STANDIN_URL: each test says which of the two serves its case, and which example, with
  `@pytest.mark.served_by(...)`; the selection travels in a `Prefer` header, as Prism expects it;
- against the live API, when CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID, REALTIMEKIT_APP_ID and
  REALTIMEKIT_MEETING_ID are set (CLOUDFLARE_BASE_URL optional): the same variables as the client's from_env()
  and examples/start_and_wait.py (README, "Environment variables"). Cases the live API cannot be made to
  produce (`live=False`) are skipped, and the real ids and token are scrubbed to the placeholders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Literal

import pytest

from tests.recorded.cassette_scrub import CANONICAL_BASE_URL, Scrubber
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID

REPLAY_TOKEN = "replay-token-not-a-secret"  # never leaves the process: VCR answers, and the header is filtered
LIVE_VARIABLES = ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "REALTIMEKIT_APP_ID", "REALTIMEKIT_MEETING_ID")
BASE_URL_VARIABLE = "CLOUDFLARE_BASE_URL"
MOCK_VARIABLES = {"prism": "REALTIMEKIT_PRISM_URL", "standin": "REALTIMEKIT_STANDIN_URL"}

Source = Literal["prism", "standin"]


@dataclass(frozen=True)
class Target:
    mode: Literal["replay", "mock", "live"]
    base_url: str = CANONICAL_BASE_URL
    token: str = REPLAY_TOKEN
    account_id: str = ACCOUNT_ID
    app_id: str = APP_ID
    meeting_id: str = MEETING_ID
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def app_args(self) -> tuple[str, str]:
        """The path arguments of start_recording."""
        return self.account_id, self.app_id

    @property
    def meeting_args(self) -> tuple[str, str, str]:
        """The path arguments of get_active_recording."""
        return self.account_id, self.app_id, self.meeting_id

    def scrubber(self) -> Scrubber:
        real_ids = {
            self.token: "<redacted-token>",
            self.account_id: ACCOUNT_ID,
            self.app_id: APP_ID,
            self.meeting_id: MEETING_ID,
        }
        return Scrubber(base_url=self.base_url, real_ids={k: v for k, v in real_ids.items() if k != v})


def prefer_header(code: int, example: str) -> str:
    return f"code={code}, example={example}"


def resolve_target(node: pytest.Item, record_mode: str) -> Target:
    """The target of one test, from the record mode, the environment and the test's `served_by` mark."""
    if record_mode == "none":
        return Target("replay")
    mark = node.get_closest_marker("served_by")
    if mark is None:  # not a cassette test: it never reaches a target
        return Target("replay")
    source: Source = mark.args[0]
    if any(os.environ.get(name) for name in MOCK_VARIABLES.values()):
        base_url = os.environ.get(MOCK_VARIABLES[source])
        if not base_url:
            pytest.fail(f"{MOCK_VARIABLES[source]} is not set; record with `uv run python -m tools.record_cassettes`")
        headers = {"Prefer": prefer_header(mark.kwargs["code"], mark.kwargs["example"])}
        return Target("mock", base_url=base_url, headers=headers)
    if all(os.environ.get(name) for name in LIVE_VARIABLES):
        if not mark.kwargs.get("live", False):
            pytest.skip("the live API cannot be made to produce this case: record it with tools/record_cassettes.py")
        return Target(
            "live",
            base_url=os.environ.get(BASE_URL_VARIABLE) or CANONICAL_BASE_URL,
            token=os.environ["CLOUDFLARE_API_TOKEN"],
            account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"],
            app_id=os.environ["REALTIMEKIT_APP_ID"],
            meeting_id=os.environ["REALTIMEKIT_MEETING_ID"],
        )
    pytest.fail(
        "recording needs a server: run `uv run python -m tools.record_cassettes` (local mocks) or set "
        + ", ".join(LIVE_VARIABLES)
        + " (live API); see tests/recorded/cassettes/README.md"
    )
