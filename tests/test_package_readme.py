"""Every ```python block of the generated package's README runs, top to bottom in one namespace, against the
local mock. The samples are executed as written; only the production base URL is pointed at the mock, and the
environment variables they read are set, so the test follows whatever the README says."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from local_mock import MockRealtimeKit

from support.ids import ACCOUNT_ID, APP_ID
from support.project import ROOT
from support.readme import Sample, python_samples

README = ROOT / "generated" / "realtimekit-client" / "README.md"
PRODUCTION_URL = "https://api.cloudflare.com/client/v4"


def run_samples(samples: list[Sample], base_url: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme"}
    for sample in samples:
        # Blank lines keep the README's line numbers in tracebacks.
        source = "\n" * (sample.line - 1) + sample.code.replace(PRODUCTION_URL, base_url)
        exec(compile(source, str(README), "exec"), namespace)
    return namespace


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Any:
    with MockRealtimeKit(polls_before_outcome=0) as mock:  # RECORDING at once, so every branch runs
        monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "readme-token")
        monkeypatch.setenv("CLOUDFLARE_BASE_URL", mock.url)
        monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID)
        monkeypatch.setenv("REALTIMEKIT_APP_ID", APP_ID)
        yield mock


def test_every_python_sample_in_the_readme_runs(api: MockRealtimeKit, capsys: pytest.CaptureFixture[str]) -> None:
    samples = python_samples(README.read_text(encoding="utf-8"))
    assert len(samples) >= 5, "the README lost its samples"
    run_samples(samples, api.url)

    methods = [method for method, _ in api.requests]
    assert "POST" in methods and "GET" in methods, api.requests
    printed = capsys.readouterr().out
    assert "INVOKED" in printed  # the start sample's print
    assert "404" in printed  # the errors sample met the mock's 404 for a meeting with no recording


def test_the_readme_covers_what_a_reader_of_the_package_needs() -> None:
    headings = re.findall(r"^## (.+)$", README.read_text(encoding="utf-8"), re.MULTILINE)
    for needed in ("Install", "Authenticate", "Start a recording", "Fetch the active recording", "Sync and async",
                   "Errors", "Retries and timeouts", "Unknown API values"):  # fmt: skip
        assert needed in headings


def test_a_failing_sample_fails_the_test_and_names_its_line(tmp_path: Path) -> None:
    broken = [Sample(3, "x = 1\n"), Sample(7, "raise RuntimeError('sample broke')\n")]
    with pytest.raises(RuntimeError, match="sample broke") as caught:
        run_samples(broken, "http://127.0.0.1:9")
    assert caught.traceback[-1].lineno + 1 == 7
