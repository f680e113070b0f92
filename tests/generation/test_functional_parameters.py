"""Parameters the project's spec does not have, generated and sent over HTTP: query parameters (bounded integers
and strings, an enum array exploded, arrays not exploded in each query style), header and cookie parameters, and
bounded path parameters of two types."""

from __future__ import annotations

from typing import Any

import pytest

from tests.generation.functional_package import TOKEN, Functional
from tools.loopback import LoopbackServer, Reply

ITEM = {"id": "abc-1", "name": "widget", "status": "done", "version": 3}
ITEM_LIST = {"items": [{"id": "i-1", "name": "widget", "status": "running", "version": 2}], "page_no": 2}
EMPTY_LIST = {"items": [], "page_no": 1}


def test_query_parameters_are_sent_in_spec_order_and_the_answer_parsed(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    status = functional.models.ItemStatus
    server.script(Reply(200, ITEM_LIST))

    result = functional.list_items.sync(
        client=client,
        page_no=2,
        per_page=100,
        status=[status.QUEUED, status.DONE],
        search="a b&c",
        x_request_id="req-1",
    )

    [received] = server.requests
    # style: form, explode: true (the default): one name=value pair per item; a space and & percent-encoded.
    assert (received.method, received.target) == (
        "GET",
        "/items?page_no=2&per_page=100&status=queued&status=done&search=a+b%26c",
    )
    assert isinstance(result, functional.models.ItemList)
    [item] = result.items
    assert (result.page_no, item.id, item.status, item.version) == (2, "i-1", status.RUNNING, 2)


def test_an_array_not_exploded_is_one_value_joined_by_its_style(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    status = functional.models.ItemStatus
    server.script(Reply(200, EMPTY_LIST))

    functional.list_items.sync(
        client=client, tags=["red", "blue"], states=[status.QUEUED, status.DONE], words=["a", "b"], x_request_id="r"
    )

    [received] = server.requests
    # form: comma, pipeDelimited: |, spaceDelimited: a space (each percent-encoded as a query value is).
    assert received.query_items() == [("tags", "red,blue"), ("states", "queued|done"), ("words", "a b")]


def test_header_and_cookie_parameters_are_sent_and_unset_ones_left_out(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    server.script(Reply(200, EMPTY_LIST), Reply(200, EMPTY_LIST))

    functional.list_items.sync(client=client, x_request_id="req-1", x_trace_depth=3, session="s-1")
    functional.list_items.sync(client=client, x_request_id="req-2")

    first, second = server.requests
    assert (first.headers["x-request-id"], first.headers["x-trace-depth"], first.headers["cookie"]) == (
        "req-1",
        "3",
        "session=s-1",
    )
    assert second.target == "/items"
    assert second.headers["x-request-id"] == "req-2"
    assert "x-trace-depth" not in second.headers and "cookie" not in second.headers
    # Per-call headers do not drop the client's own (the token).
    assert first.headers["authorization"] == second.headers["authorization"] == f"Bearer {TOKEN}"


async def test_the_async_variant_sends_the_same_request(functional: Functional, server: LoopbackServer) -> None:
    status = functional.models.ItemStatus
    server.script(Reply(200, ITEM_LIST))

    async with functional.client(server.url) as client:
        result = await functional.list_items.asyncio(
            client=client, page_no=2, states=[status.RUNNING], x_request_id="req-async", x_trace_depth=0, session="s"
        )

    [received] = server.requests
    assert received.target == "/items?page_no=2&states=running"
    assert (received.headers["x-request-id"], received.headers["x-trace-depth"]) == ("req-async", "0")
    assert received.headers["cookie"] == "session=s"
    assert result.items[0].status is status.RUNNING


def test_path_parameters_are_formatted_into_the_path(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    server.script(Reply(200, ITEM))

    item = functional.get_item_version.sync("abc-1", 3, client=client)

    assert [r.target for r in server.requests] == ["/items/abc-1/versions/3"]
    assert (item.id, item.version) == ("abc-1", 3)


def test_parameters_on_the_edge_of_their_bounds_are_sent(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    server.script(Reply(200, EMPTY_LIST), Reply(200, ITEM))

    functional.list_items.sync(
        client=client, page_no=1, per_page=1, search="ab", x_request_id="r", x_trace_depth=5, session="x" * 12
    )
    functional.get_item_version.sync("abcdefgh", 1, client=client)

    first, second = server.requests
    assert (first.target, first.headers["x-trace-depth"]) == ("/items?page_no=1&per_page=1&search=ab", "5")
    assert second.target == "/items/abcdefgh/versions/1"


# operation, the arguments that break a bound, the InvalidValueError's path
OUT_OF_BOUNDS = [
    pytest.param("list_items", {"page_no": 0}, "page_no", id="query page_no below minimum 1"),
    pytest.param("list_items", {"per_page": 0}, "per_page", id="query per_page below minimum 1"),
    pytest.param("list_items", {"per_page": 101}, "per_page", id="query per_page above maximum 100"),
    pytest.param("list_items", {"search": "a"}, "search", id="query search below minLength 2"),
    pytest.param("list_items", {"search": "x" * 21}, "search", id="query search above maxLength 20"),
    pytest.param("list_items", {"status": ["queued"] * 4}, "status", id="query status above maxItems 3"),
    pytest.param("list_items", {"states": ["paused"]}, "states[0]", id="query states item not an ItemStatus"),
    pytest.param("list_items", {"x_trace_depth": 6}, "x_trace_depth", id="header above maximum 5"),
    pytest.param("list_items", {"x_trace_depth": -1}, "x_trace_depth", id="header below minimum 0"),
    pytest.param("list_items", {"session": "x" * 13}, "session", id="cookie above maxLength 12"),
    pytest.param("get_item_version", {"item_id": "abcdefghi"}, "item_id", id="path item_id above maxLength 8"),
    pytest.param("get_item_version", {"item_id": "ABC"}, "item_id", id="path item_id not matching its pattern"),
    pytest.param("get_item_version", {"version": 0}, "version", id="path version below minimum 1"),
    pytest.param("create_item", {"idempotency_key": "k" * 17}, "idempotency_key", id="header above maxLength 16"),
]


def valid_arguments(functional: Functional, operation: str) -> dict[str, Any]:
    if operation == "list_items":
        return {"x_request_id": "r"}
    if operation == "get_item_version":
        return {"item_id": "abc", "version": 1}
    return {"body": functional.models.ItemCreate(name="widget", quantity=1)}


@pytest.mark.parametrize(("operation", "arguments", "path"), OUT_OF_BOUNDS)
def test_a_parameter_out_of_its_bounds_raises_before_anything_is_sent(
    functional: Functional, client: Any, server: LoopbackServer, operation: str, arguments: dict[str, Any], path: str
) -> None:
    if operation == "list_items" and "status" in arguments:  # enum members, not the strings they hold
        arguments = {"status": [functional.models.ItemStatus(value) for value in arguments["status"]]}
    endpoint = getattr(functional, operation)

    with pytest.raises(functional.errors.InvalidValueError) as caught:
        endpoint.sync(client=client, **(valid_arguments(functional, operation) | arguments))

    assert caught.value.path == path
    assert server.requests == []
