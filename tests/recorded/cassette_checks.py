"""Helpers for the cassette tests: the recorded exchange, and comparing parsed models with the bytes they came from."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from vcr.cassette import Cassette
from vcr.request import Request

from tests.recorded.cassette_scrub import CANONICAL_BASE_URL, CREDENTIAL_FIELDS, REDACTED, REDACTED_QUERY_VALUE
from tests.support.ids import ACTIVE_RECORDING_PATH, START_PATH

# The paths every cassette holds (recorded URIs are rewritten to the canonical base URL and placeholder ids).
RECORDED_START_PATH = urlsplit(CANONICAL_BASE_URL).path + START_PATH
RECORDED_ACTIVE_RECORDING_PATH = urlsplit(CANONICAL_BASE_URL).path + ACTIVE_RECORDING_PATH

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def the_exchange(cassette: Cassette) -> tuple[Request, dict[str, Any]]:
    """The cassette's only request and response. VCR matched the request the test made against this one on
    method, path, query, JSON body, accept and content-type (cassette_format.MATCH_ON), so asserting on those
    asserts on what the client sent."""
    assert len(cassette) == 1, f"expected one exchange, the cassette holds {len(cassette)}"
    return cassette.requests[0], cassette.responses[0]


def recorded_json(cassette: Cassette) -> Any:
    """The JSON body of the cassette's only response, as stored (scrubbed)."""
    _, response = the_exchange(cassette)
    return json.loads(response["body"]["string"])


def sent_json(request: Request) -> Any:
    assert request.body, "the request had no body"
    return json.loads(request.body)


def same_instants(value: Any) -> Any:
    """`value` with every ISO timestamp string normalised, so `to_dict()` output compares with the wire JSON."""
    if isinstance(value, dict):
        return {key: same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instants(item) for item in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return datetime.datetime.fromisoformat(value).isoformat()
    return value


def assert_round_trips(parsed: Any, content: bytes) -> None:
    """Everything in the response body reached the model, unchanged."""
    assert same_instants(parsed.to_dict()) == same_instants(json.loads(content))


def with_credentials_redacted(body: dict[str, Any]) -> dict[str, Any]:
    """A start request as the cassette stores it: the storage config's credentials scrubbed."""
    storage = body.get("storage_config")
    if not storage:
        return body
    scrubbed = {key: REDACTED if key in CREDENTIAL_FIELDS else value for key, value in storage.items()}
    return body | {"storage_config": scrubbed}


def assert_signed_query_redacted(url: str) -> None:
    query = parse_qsl(urlsplit(url).query)
    assert query, f"{url} has no query string"
    assert {value for _, value in query} == {REDACTED_QUERY_VALUE}, url
