"""One naming scheme for environment variables (CONTRIBUTING.md, "Environment variables"): the client's from_env(), the
example and live cassette recording read the same names, the guide's table lists exactly those, and no file
still uses the names cassette recording had before (the token, account id and base URL with a REALTIMEKIT_
prefix)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

import pytest

from examples import start_and_wait
from realtimekit_client import AuthenticatedClient
from tests.recorded import cassette_targets
from tests.support.project import ROOT

TOKEN, BASE_URL = "CLOUDFLARE_API_TOKEN", "CLOUDFLARE_BASE_URL"
SCHEME = ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "REALTIMEKIT_APP_ID", "REALTIMEKIT_MEETING_ID")
# Spelled in pieces, so this file does not find itself.
RETIRED = [f"REALTIMEKIT_{suffix}" for suffix in ("API_TOKEN", "ACCOUNT_ID", "BASE_URL")]
TEXT = {".py", ".md", ".jinja", ".yaml", ".json", ".toml", ".sh"}
SCANNED = ("README.md", "CONTRIBUTING.md", "docs", "examples", "scripts", "templates", "tests", "generated")


def test_the_example_and_live_recording_read_the_same_variables() -> None:
    assert start_and_wait.LIVE_VARIABLES == cassette_targets.LIVE_VARIABLES == SCHEME
    assert cassette_targets.BASE_URL_VARIABLE == BASE_URL
    assert f'os.environ.get("{BASE_URL}"' in (ROOT / "examples" / "start_and_wait.py").read_text(encoding="utf-8")


def test_the_client_reads_the_token_and_base_url_variables() -> None:
    client = AuthenticatedClient.from_env({TOKEN: "t", BASE_URL: "http://127.0.0.1:9"})
    assert (client.token, client.base_url) == ("t", "http://127.0.0.1:9")


@dataclass(frozen=True)
class _Mark:
    """What resolve_target reads of a `served_by` mark (registered by the cassette tests, not here)."""

    args: tuple[str, ...] = ("prism",)
    kwargs: dict[str, object] = field(default_factory=lambda: {"code": 200, "example": "recording", "live": True})


class _Node:
    """The part of a pytest item resolve_target reads: a live-recordable cassette test."""

    def get_closest_marker(self, name: str) -> pytest.Mark | None:
        return cast(pytest.Mark, _Mark()) if name == "served_by" else None


def test_live_recording_takes_the_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    values = dict(zip(SCHEME, ("live-token", "live-account", "live-app", "live-meeting"), strict=True))
    for name, value in {**values, BASE_URL: "http://127.0.0.1:9/v4"}.items():
        monkeypatch.setenv(name, value)
    for name in cassette_targets.MOCK_VARIABLES.values():
        monkeypatch.delenv(name, raising=False)
    target = cassette_targets.resolve_target(cast(pytest.Item, _Node()), "rewrite")
    assert (target.mode, target.base_url, target.token) == ("live", "http://127.0.0.1:9/v4", "live-token")
    assert target.meeting_args == ("live-account", "live-app", "live-meeting")


def test_the_contributing_guide_documents_exactly_the_scheme() -> None:
    readme = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = readme.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `([A-Z_]+)` \|", section, re.MULTILINE)
    assert sorted(documented) == sorted({*SCHEME, BASE_URL})


def test_no_file_uses_a_retired_name() -> None:
    files = [ROOT / name for name in SCANNED if (ROOT / name).is_file()]
    for directory in (ROOT / name for name in SCANNED if (ROOT / name).is_dir()):
        files += [path for path in directory.rglob("*") if path.suffix in TEXT and "node_modules" not in path.parts]
    assert len(files) > 50
    found = [f"{path.relative_to(ROOT)}: {name}" for path in files for name in RETIRED
             if name in path.read_text(encoding="utf-8", errors="replace")]  # fmt: skip
    assert found == []
