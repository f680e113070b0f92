"""Hostile conditions, responses: fuzzed and targeted malformed answers over real HTTP on 127.0.0.1 (structure,
types, encodings, compression, statuses, charsets, nesting, size). Every outcome is a parsed model or one of the
package's exceptions, with a bounded message and no secret; bodies are read at most max_response_bytes."""

from __future__ import annotations

import copy
import json
import logging
import random
import time
import tracemalloc
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import get_active_recording, start_recording
from realtimekit_client.client import retry_after_seconds
from realtimekit_client.models import ActiveRecordingResponse, StartRecordingRequest, StartRecordingResponse

from support import spec as spec_helpers
from support.hostile import (
    RawServer,
    assert_clean,
    assert_logs_clean,
    client_with_real_waits,
    endless,
    gzipped,
    raw,
    response,
)
from support.ids import ACCOUNT_ID, APP_ID, MEETING_ID

JSON = [("Content-Type", "application/json")]
FUZZ_CASES = 240  # per operation; seeded, so every run sends the same responses
OUTCOMES: Counter[str] = Counter()  # filled by the fuzz tests, printed by the last one (-s shows it)


@pytest.fixture(autouse=True)
def _logs_clean(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.INFO)
    yield
    assert_logs_clean(caplog.get_records("setup") + caplog.get_records("call"))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as running:
        yield running


def example(operation_id: str) -> Any:
    return copy.deepcopy(spec_helpers.example(operation_id, "200"))


def get(client: AuthenticatedClient) -> Any:
    return get_active_recording.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=client)


def start(client: AuthenticatedClient) -> Any:
    body = StartRecordingRequest.from_dict({"meeting_id": MEETING_ID})
    return start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=body)


def outcome(call: Any, client: AuthenticatedClient) -> str:
    """Run one call; anything but a parsed model or a package exception fails the test."""
    try:
        result = call(client)
    except errors.RealtimeKitError as exc:
        assert_clean(exc)
        return type(exc).__name__
    assert isinstance(result, ActiveRecordingResponse | StartRecordingResponse)
    return "parsed"


# ---- the fuzzer -----------------------------------------------------------------------------------------------------

STATUSES = [200, 200, 200, 201, 204, 299, 301, 304, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503, 522, 599]
CHARSETS = ["utf-8", "utf-16", "utf-32", "latin-1", "rot13", "base64", "idna", "x-unknown", "utf-8-sig", "hex"]
ENCODINGS = ["gzip", "deflate", "br", "identity", "gzip, gzip", "x-custom"]


def random_json(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 2**70, 1.5, 1e308, -0.0])
    if kind == 3:
        return rng.choice(["", "x" * rng.randrange(3000), "\u202e\x00\n", "2019-12-27T18:11:19.117Z", "not-a-uuid"])
    if kind == 4:
        return rng.choice([[], "", {}, [["success", True]]])
    if kind in (5, 6):
        return {rng.choice(["success", "data", "id", "status", "error", "errors", "k"]): random_json(rng, depth + 1)}
    return [random_json(rng, depth + 1) for _ in range(rng.randrange(3))]


def mutate(rng: random.Random, body: Any) -> Any:
    """The example with one field somewhere replaced by something random."""
    node = body
    for _ in range(rng.randrange(1, 4)):
        if isinstance(node, dict) and node:
            key = rng.choice(sorted(node))
            if rng.random() < 0.5 or not isinstance(node[key], dict | list):
                node[key] = random_json(rng)
                return body
            node = node[key]
    return body


def fuzz_body(rng: random.Random, operation_id: str) -> bytes:
    choice = rng.randrange(12)
    if choice == 0:
        return json.dumps(example(operation_id)).encode()
    if choice in (1, 2, 3):
        return json.dumps(mutate(rng, example(operation_id))).encode()
    if choice == 4:
        return json.dumps(random_json(rng)).encode()
    if choice == 5:  # non-standard numbers
        return json.dumps(example(operation_id)).replace("0", rng.choice(["NaN", "Infinity", "-Infinity"]), 1).encode()
    if choice == 6:  # deep nesting
        depth = rng.choice([1000, 100_000])
        return b'{"success": true, "data": ' + b"[" * depth + b"]" * depth + b"}"
    if choice == 7:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    if choice == 8:
        return b"<html><body>" + b"Bad gateway " * rng.randrange(1, 300) + b"</body></html>"
    if choice == 9:
        return json.dumps(example(operation_id)).encode()[: rng.randrange(1, 200)]  # truncated JSON
    if choice == 10:
        return b""
    return json.dumps(example(operation_id)).encode("utf-16")


def fuzz_response(rng: random.Random, operation_id: str) -> bytes:
    status = rng.choice(STATUSES)
    body = fuzz_body(rng, operation_id)
    headers = [("Content-Type", f"application/json; charset={rng.choice(CHARSETS)}")]
    if rng.random() < 0.25:
        encoding = rng.choice(ENCODINGS)
        headers.append(("Content-Encoding", encoding))
        if rng.random() < 0.5 and encoding.startswith("gzip"):
            body = gzipped(body)
        elif rng.random() < 0.5 and encoding == "deflate":
            body = zlib.compress(body)
    if rng.random() < 0.2:
        headers.append(("Retry-After", rng.choice(["inf", "1e999", "nan", "-5", "0", "soon", "Wed, 21 Oct 2015"])))
    if rng.random() < 0.1:
        headers.append(("cf-ray", "r" * rng.randrange(1, 3000)))
    if rng.random() < 0.15:  # chunked framing, sometimes with a chunk size that lies
        size = len(body) + (rng.randrange(-5, 5) if rng.random() < 0.3 else 0)
        chunked = f"{max(size, 0):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
        return response(status, chunked, [*headers, ("Transfer-Encoding", "chunked")], length=False)
    return response(status, body, headers)


@pytest.mark.parametrize("operation", ["get_active_recording", "start_recording"])
def test_fuzzed_responses_only_raise_package_errors(server: RawServer, operation: str) -> None:
    rng = random.Random(f"issue-11-{operation}")
    call = get if operation == "get_active_recording" else start
    client = client_with_real_waits(server.url)
    seen: Counter[str] = Counter()
    for _ in range(FUZZ_CASES):
        server.script(raw(fuzz_response(rng, operation)))
        seen[outcome(call, client)] += 1
    OUTCOMES.update({f"{operation}: {name}": count for name, count in seen.items()})
    assert sum(seen.values()) == FUZZ_CASES
    assert seen["parsed"] > 0 and seen["ResponseValidationError"] > 0 and seen["InternalServerError"] > 0


def test_fuzz_outcomes_are_reported() -> None:
    print("\nfuzz outcomes:", dict(sorted(OUTCOMES.items())))


# ---- targeted: each of these raised something outside the hierarchy, or parsed what is not a model -------------


@pytest.mark.parametrize("status", [200, 502])
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_an_undecodable_compressed_body_is_a_package_error(server: RawServer, status: int, encoding: str) -> None:
    page = b"<html>502 Bad Gateway from a proxy</html>"  # plain, whatever the header says
    server.script(raw(response(status, page, [("Content-Type", "text/html"), ("Content-Encoding", encoding)])))
    expected = errors.ResponseValidationError if status == 200 else errors.InternalServerError
    with pytest.raises(expected) as caught:
        get(client_with_real_waits(server.url))
    assert "could not be decoded" in str(caught.value)
    assert_clean(caught.value)


@pytest.mark.parametrize("status", [200, 400])
def test_deeply_nested_json_is_a_package_error(server: RawServer, status: int) -> None:
    depth = 200_000
    body = b'{"success": true, "data": ' + b"[" * depth + b"]" * depth + b"}"
    server.script(raw(response(status, body, JSON)))
    expected = errors.ResponseValidationError if status == 200 else errors.BadRequestError
    with pytest.raises(expected) as caught:
        get(client_with_real_waits(server.url))
    assert_clean(caught.value)


@pytest.mark.parametrize("charset", ["utf-16", "rot13", "base64", "idna", "hex", "zlib"])
def test_an_error_body_in_a_hostile_charset_is_excerpted(server: RawServer, charset: str) -> None:
    server.script(raw(response(503, b"<p>odd-length body</p>", [("Content-Type", f"text/html; charset={charset}")])))
    with pytest.raises(errors.InternalServerError) as caught:
        get(client_with_real_waits(server.url))
    assert "odd-length body" in str(caught.value)
    assert_clean(caught.value)


@pytest.mark.parametrize("body", [b"[]", b'""', b'[["success", true], ["data", {}]]', b"0", b"null"])
def test_a_body_that_is_not_an_object_is_not_a_model(server: RawServer, body: bytes) -> None:
    server.script(raw(response(200, body, JSON)))
    with pytest.raises(errors.ResponseValidationError) as caught:
        get(client_with_real_waits(server.url))
    assert_clean(caught.value)


@pytest.mark.parametrize("nested", [[], "", [["id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"]]])
def test_a_nested_model_that_is_not_an_object_is_refused(server: RawServer, nested: Any) -> None:
    body = example("get_active_recording") | {"data": nested}
    server.script(raw(response(200, json.dumps(body).encode(), JSON)))
    with pytest.raises(errors.ResponseValidationError, match="must be an object"):
        get(client_with_real_waits(server.url))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(server: RawServer, constant: str) -> None:
    fields = example("get_active_recording")
    fields["data"]["file_size"] = "PLACEHOLDER"
    body = json.dumps(fields).replace('"PLACEHOLDER"', constant)
    server.script(raw(response(200, body.encode(), JSON)))
    with pytest.raises(errors.ResponseValidationError, match="not JSON"):
        get(client_with_real_waits(server.url))


@pytest.mark.parametrize("value", ["inf", "1e999", "-inf", "nan", "Infinity"])
def test_retry_after_is_always_finite(server: RawServer, value: str) -> None:
    import httpx

    assert retry_after_seconds(httpx.Headers({"Retry-After": value}), 0.0) is None
    server.script(raw(response(429, b"{}", [*JSON, ("Retry-After", value)])))
    with pytest.raises(errors.RateLimitError) as caught:
        get(client_with_real_waits(server.url))
    assert caught.value.retry_after is None
    assert_clean(caught.value)


def test_a_2xx_that_fails_validation_keeps_the_decoded_body_and_says_it_was_accepted(server: RawServer) -> None:
    body = example("start_recording")
    body["data"]["status"] = 7  # not a string
    server.script(raw(response(200, json.dumps(body).encode(), JSON)))
    with pytest.raises(errors.ResponseValidationError) as caught:
        start(client_with_real_waits(server.url))
    error = caught.value
    assert error.status_code == 200 and error.body == body and error.body["data"]["id"] == body["data"]["id"]
    assert "accepted" in str(error) and error.may_have_acted is True
    server.script(raw(response(201, b"<html>ok</html>", [("Content-Type", "text/html")])))
    with pytest.raises(errors.ResponseValidationError) as caught:
        start(client_with_real_waits(server.url))
    assert caught.value.body is None and caught.value.status_code == 201 and "accepted" in str(caught.value)


# ---- big bodies ---------------------------------------------------------------------------------------------------

BIG = 200 * 1024 * 1024


def too_big(status: int, *, chunked: bool) -> Any:
    piece = b"x" * 65536
    if chunked:
        head = response(status, b"", [*JSON, ("Transfer-Encoding", "chunked")], length=False)
    else:
        head = response(status, b"", JSON, length=False)[:-2] + f"Content-Length: {BIG}\r\n\r\n".encode()
    return endless(head, piece, chunked=chunked)


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
@pytest.mark.parametrize("status", [200, 500])
def test_a_200_mib_body_is_not_read_whole(server: RawServer, status: int, chunked: bool) -> None:
    server.script(too_big(status, chunked=chunked))
    client = client_with_real_waits(server.url)
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(errors.RealtimeKitError) as caught:
            get(client)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    expected = errors.ResponseTooLargeError if status == 200 else errors.InternalServerError
    assert type(caught.value) is expected
    assert "max_response_bytes" in str(caught.value)
    assert elapsed < 3.0 and peak < 24 * 1024 * 1024, (elapsed, peak)
    assert_clean(caught.value)
    print(f"\n{status} {'chunked' if chunked else 'content-length'}: {elapsed:.2f} s, peak {peak / 2**20:.1f} MiB")


def test_max_response_bytes_is_a_setting(server: RawServer) -> None:
    body = json.dumps(example("get_active_recording")).encode()
    server.script(raw(response(200, body, JSON)), raw(response(200, body, JSON)))
    assert isinstance(get(client_with_real_waits(server.url, max_response_bytes=len(body))), ActiveRecordingResponse)
    with pytest.raises(errors.ResponseTooLargeError):
        get(client_with_real_waits(server.url, max_response_bytes=len(body) - 1))
    assert AuthenticatedClient(token="t").max_response_bytes == 4 * 1024 * 1024
