"""GET /items (list_items): query parameters (bounded integers, a bounded string, an enum array with
style: form + explode: true, a string array with explode: false) and header parameters (a required string, an
optional bounded integer). Branches: upstream's query_params/header_params macros as endpoint_module.py.jinja
uses them, and the `sends_headers` condition of that template."""

from __future__ import annotations

from typing import Any

import pytest

from functional.fixture_server import FixtureServer
from functional.generated_package import TOKEN, Generated

ITEM_LIST = {"items": [{"id": "i-1", "name": "widget", "status": "running", "version": 2}], "page_no": 2}


def test_query_parameters_are_encoded_in_spec_order_and_the_body_parsed(
    generated: Generated, client: Any, server: FixtureServer
) -> None:
    status = generated.models.ItemStatus
    server.reply(200, ITEM_LIST)

    result = generated.list_items.sync(
        client=client,
        page_no=2,
        per_page=100,
        status=[status.QUEUED, status.DONE],
        search="a b&c",
        x_request_id="req-1",
    )

    received = server.only_request()
    assert received.method == "GET"
    assert received.path == "/items"
    # style: form, explode: true (the default): one name=value pair per item; spaces and & percent-encoded.
    assert received.query == "page_no=2&per_page=100&status=queued&status=done&search=a+b%26c"
    assert received.headers["authorization"] == f"Bearer {TOKEN}"
    assert isinstance(result, generated.models.ItemList)
    assert result.page_no == 2
    [item] = result.items
    assert (item.id, item.name, item.status, item.version) == ("i-1", "widget", status.RUNNING, 2)


def test_unset_query_parameters_are_left_out(generated: Generated, client: Any, server: FixtureServer) -> None:
    server.reply(200, {"items": [], "page_no": 1})

    generated.list_items.sync(client=client, x_request_id="req-1")

    assert server.only_request().target == "/items"


def test_bounds_are_inclusive(generated: Generated, client: Any, server: FixtureServer) -> None:
    server.reply(200, {"items": [], "page_no": 1})

    generated.list_items.sync(client=client, page_no=1, per_page=1, search="ab", x_request_id="r", x_trace_depth=5)

    assert server.only_request().query == "page_no=1&per_page=1&search=ab"


def test_an_array_with_explode_false_is_sent_comma_separated(
    generated: Generated, client: Any, server: FixtureServer
) -> None:
    server.reply(200, {"items": [], "page_no": 1})

    generated.list_items.sync(client=client, tags=["red", "blue"], x_request_id="req-1")

    assert server.only_request().query_items() == [("tags", "red,blue")]


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param({"page_no": 0}, id="page_no below minimum 1"),
        pytest.param({"per_page": 0}, id="per_page below minimum 1"),
        pytest.param({"per_page": 101}, id="per_page above maximum 100"),
        pytest.param({"search": "a"}, id="search shorter than minLength 2"),
        pytest.param({"search": "x" * 21}, id="search longer than maxLength 20"),
        pytest.param({"status": ["queued"] * 4}, id="status longer than maxItems 3"),
        pytest.param({"x_trace_depth": 6}, id="header X-Trace-Depth above maximum 5"),
        pytest.param({"x_trace_depth": -1}, id="header X-Trace-Depth below minimum 0"),
    ],
)
def test_an_out_of_bounds_parameter_raises_before_anything_is_sent(
    generated: Generated, client: Any, server: FixtureServer, arguments: dict[str, Any]
) -> None:
    if "status" in arguments:
        arguments = {"status": [generated.models.ItemStatus(value) for value in arguments["status"]]}
    server.reply(200, {"items": [], "page_no": 1})

    with pytest.raises(ValueError):
        generated.list_items.sync(client=client, x_request_id="req-1", **arguments)

    assert server.requests == []


def test_header_parameters_are_sent_and_unset_ones_left_out(
    generated: Generated, client: Any, server: FixtureServer
) -> None:
    server.reply(200, {"items": [], "page_no": 1})
    server.reply(200, {"items": [], "page_no": 1})

    generated.list_items.sync(client=client, x_request_id="req-1", x_trace_depth=3)
    generated.list_items.sync(client=client, x_request_id="req-2")

    first, second = server.requests
    assert (first.headers["x-request-id"], first.headers["x-trace-depth"]) == ("req-1", "3")
    assert second.headers["x-request-id"] == "req-2"
    assert "x-trace-depth" not in second.headers
    # A per-call header does not drop the client's own (the token).
    assert first.headers["authorization"] == second.headers["authorization"] == f"Bearer {TOKEN}"


async def test_the_async_variant_sends_the_same_request(
    generated: Generated, client: Any, server: FixtureServer
) -> None:
    status = generated.models.ItemStatus
    server.reply(200, ITEM_LIST)

    async with client:
        result = await generated.list_items.asyncio(
            client=client, page_no=2, status=[status.RUNNING], x_request_id="req-async", x_trace_depth=0
        )

    received = server.only_request()
    assert received.target == "/items?page_no=2&status=running"
    assert (received.headers["x-request-id"], received.headers["x-trace-depth"]) == ("req-async", "0")
    assert result.items[0].status is status.RUNNING
