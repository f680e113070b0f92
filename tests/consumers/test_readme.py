"""The package README (generated/realtimekit-client/README.md, from templates/README.md.jinja) is the user's guide:
every ```python block runs, top to bottom in one namespace, against the example's mock on 127.0.0.1. The samples
run as written; only the environment variables they read are set (the base URL the mock's). test_typing.py
type-checks them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from examples.local_mock import MockRealtimeKit
from tests.consumers.environments import runtime_requirements
from tests.consumers.readme import PACKAGE_README, Sample, python_samples
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID

TOKEN = "readme-token-0123456789"


def run_samples(samples: list[Sample]) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme"}
    for sample in samples:
        # Blank lines keep the README's line numbers in tracebacks.
        exec(compile("\n" * (sample.line - 1) + sample.code, str(PACKAGE_README), "exec"), namespace)
    return namespace


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockRealtimeKit]:
    with MockRealtimeKit(polls_before_outcome=0) as mock:  # RECORDING at once, so every branch runs
        for name, value in {"CLOUDFLARE_API_TOKEN": TOKEN, "CLOUDFLARE_BASE_URL": mock.url,
                            "CLOUDFLARE_ACCOUNT_ID": ACCOUNT_ID, "REALTIMEKIT_APP_ID": APP_ID}.items():  # fmt: skip
            monkeypatch.setenv(name, value)
        yield mock


def test_every_python_sample_runs(api: MockRealtimeKit, capsys: pytest.CaptureFixture[str]) -> None:
    samples = python_samples(PACKAGE_README.read_text(encoding="utf-8"))
    assert len(samples) >= 8, "the README lost its samples"
    namespace = run_samples(samples)

    printed = capsys.readouterr().out.splitlines()
    started = api.active[MEETING_ID].body["data"]["id"]
    assert printed == [
        f"started {started} INVOKED",
        "recording since 2019-12-27 18:11:19.117000+00:00",
        "invoked 2019-12-27T18:11:19.117000+00:00",
        "RECORDING {}",
        "RECORDING",  # the async sample
        "refused before sending: body.max_seconds",
        "404 No active recording found for the given meeting ID",
        "RECORDING",  # through with_options
        "closed",
    ]
    sent = [(r.method, r.path.rsplit("/", 1)[1]) for r in api.requests]
    assert sent == [("POST", "recordings"), ("GET", MEETING_ID), ("GET", MEETING_ID),
                    ("GET", "00000000-0000-0000-0000-000000000000"), ("GET", MEETING_ID)]  # fmt: skip
    assert {r.headers["authorization"] for r in api.requests} == {f"Bearer {TOKEN}"}
    # The tuned client's settings reached its connections.
    assert namespace["tuned"].total_timeout == 30 and namespace["quick"].max_retries == 0


def test_a_failing_sample_fails_the_test_and_names_its_line() -> None:
    broken = [Sample(3, "x = 1\n"), Sample(7, "raise RuntimeError('sample broke')\n")]
    with pytest.raises(RuntimeError, match="sample broke") as caught:
        run_samples(broken)
    assert caught.traceback[-1].lineno + 1 == 7
    assert Path(caught.traceback[-1].path) == PACKAGE_README


def test_the_readme_covers_what_a_user_needs() -> None:
    readme = PACKAGE_README.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", readme, re.MULTILINE)
    assert headings == ["Install", "Connect", "Start a recording", "Fetch the active recording",
                        "What a response holds", "Models", "Sync and async", "Errors", "Timeouts, retries, limits",
                        "Closing", "Logging"]  # fmt: skip
    for name in ("InvalidValueError", "ClientClosedError", "UUID | str", "with_options", "httpx_args",
                 "may_have_acted", "REALTIMEKIT_LOG"):  # fmt: skip
        assert name in readme


def test_the_readme_names_the_requirements_a_vendoring_service_adds() -> None:
    readme = PACKAGE_README.read_text(encoding="utf-8")
    install = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    assert sorted(re.findall(r"`([a-z]+[<>=][^`]*)`", install)) == sorted(runtime_requirements())
