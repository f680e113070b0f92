"""The cassette tests' fixtures: where a test sends (replay, a local mock, the live API), how VCR stores and
matches its exchanges, and the check that a replay used its whole cassette."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from vcr import VCR
from vcr.cassette import Cassette

from realtimekit_client import AuthenticatedClient
from tests.recorded.cassette_format import (
    HEADERS_MATCHER,
    JSON_BODY_MATCHER,
    MATCH_ON,
    SERIALIZER_NAME,
    ReadableYamlSerializer,
    json_body,
    kept_headers,
)
from tests.recorded.cassette_targets import Target, resolve_target
from tests.support.client import make_client


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "served_by(source, code, example, live=False): which local mock ('prism' or 'standin') serves a cassette "
        "test's case when it is recorded, the status and example to ask for, and whether the live API can produce it",
    )


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    vcr.register_serializer(SERIALIZER_NAME, ReadableYamlSerializer)
    vcr.register_matcher(JSON_BODY_MATCHER, json_body)
    vcr.register_matcher(HEADERS_MATCHER, kept_headers)


@pytest.fixture
def target(request: pytest.FixtureRequest, record_mode: str) -> Target:
    return resolve_target(request.node, record_mode)


@pytest.fixture
def vcr_config(target: Target) -> dict[str, Any]:
    # No record_mode here: it would override `--record-mode` on the command line.
    scrubber = target.scrubber()
    return {
        "serializer": SERIALIZER_NAME,
        "match_on": MATCH_ON,
        "decode_compressed_response": True,
        "before_record_request": scrubber.scrub_request,
        "before_record_response": scrubber.scrub_response,
    }


@pytest.fixture
def client(target: Target) -> AuthenticatedClient:
    """The cassette tests' client, for their target."""
    # No retries: a cassette holds exactly the exchanges of one attempt (retries are the runtime tests' concern).
    return make_client(target.base_url, token=target.token, headers=target.headers, max_retries=0)


@pytest.fixture(autouse=True)
def _replay_uses_the_whole_cassette(request: pytest.FixtureRequest, record_mode: str) -> Iterator[None]:
    """In replay, a cassette test must have found its cassette and played every exchange in it exactly once."""
    if request.node.get_closest_marker("vcr") is None or record_mode != "none":
        yield
        return
    cassette: Cassette = request.getfixturevalue("vcr")
    yield
    assert len(cassette) > 0, f"no cassette at {cassette._path}"
    assert cassette.all_played, f"{cassette._path}: {len(cassette) - cassette.play_count} exchange(s) not replayed"
