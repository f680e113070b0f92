"""One cassette per documented response example of every operation the spec holds, replayed: the request built
from the spec's examples, the answer parsed whole (2xx) or raised as its errors.APIStatusError with the body
(any other status). A new operation or example in the spec is a new case here; record its cassette with
`uv run python -m tools.record_cassettes tests/recorded/test_every_operation.py` (Prism serves each example)."""

from __future__ import annotations

import json
import typing
from typing import Any

import pytest
from vcr.cassette import Cassette

from realtimekit_client import AuthenticatedClient, errors
from tests.recorded.cassette_checks import assert_round_trips, the_exchange
from tests.recorded.cassette_targets import Target
from tests.recorded.spec_operations import OPERATIONS, Operation

# A documented status range is recorded with this status.
RANGE_STATUS = {"1XX": 100, "2XX": 200, "3XX": 300, "4XX": 400, "5XX": 500}


def documented_examples() -> list[Any]:
    cases = []
    for operation in OPERATIONS:
        for status_key, response in operation.responses().items():
            examples = response.get("content", {}).get("application/json", {}).get("examples") or {}
            status = int(status_key) if status_key.isdigit() else RANGE_STATUS[status_key.upper()]
            for name in examples:
                cases.append(
                    pytest.param(
                        operation,
                        status,
                        name,
                        id=f"{operation}-{status_key}-{name}",
                        marks=pytest.mark.served_by("prism", code=status, example=name),
                    )
                )
    return cases


def target_ids(operation: Operation, target: Target) -> dict[str, str]:
    """The target's real ids for the path parameters it knows (the placeholders when replaying)."""
    known = {"account_id": target.account_id, "app_id": target.app_id, "meeting_id": target.meeting_id}
    return {p["name"]: known[p["name"]] for p in operation.parameters if p["name"] in known}


@pytest.mark.vcr
@pytest.mark.parametrize(("operation", "status", "example"), documented_examples())
def test_every_documented_response(
    client: AuthenticatedClient, target: Target, vcr: Cassette, operation: Operation, status: int, example: str
) -> None:
    positional, keyword = operation.arguments(**target_ids(operation, target))
    with client:
        if 200 <= status <= 299:
            answer = operation.module.sync_detailed(*positional, client=client, **keyword)
            assert answer.status_code == status
            assert isinstance(answer.parsed, typing.get_type_hints(operation.module.sync)["return"])
            assert_round_trips(answer.parsed, answer.content)
        else:
            with pytest.raises(errors.APIStatusError) as caught:
                operation.module.sync_detailed(*positional, client=client, **keyword)
            assert type(caught.value) is errors.status_error_class(status)
            assert caught.value.status_code == status
            _, response = the_exchange(vcr)
            assert caught.value.body == json.loads(response["body"]["string"])
