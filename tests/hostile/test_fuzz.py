"""Fuzzed and malformed responses over real HTTP on 127.0.0.1 (structure, types, charsets, compression, framing,
statuses, nesting), for every operation the spec holds. Every outcome is the parsed model or one of the
package's exceptions, with a bounded message and no secret."""

from __future__ import annotations

import json
import random
import zlib
from collections import Counter
from typing import Any

import pytest

from realtimekit_client import AuthenticatedClient, errors
from tests.hostile.calls import JSON, OPERATION_IDS, call, client, response_class, success_example
from tests.hostile.scan import FIGURES, assert_clean
from tools.loopback import LoopbackServer, gzipped, raw, response

FUZZ_CASES = 120  # per operation; seeded, so every run sends the same responses
STATUSES = [200, 200, 200, 201, 204, 299, 301, 304, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503, 522, 599]
CHARSETS = ["utf-8", "utf-16", "utf-32", "latin-1", "rot13", "base64", "idna", "x-unknown", "utf-8-sig", "hex"]
ENCODINGS = ["gzip", "deflate", "br", "zstd", "identity", "gzip, gzip", "x-custom"]


def outcome(operation_id: str, api: AuthenticatedClient) -> str:
    """One call; anything but the parsed model or a package exception fails the test."""
    try:
        result = call(operation_id, api)
    except errors.RealtimeKitError as exc:
        assert_clean(exc)
        return type(exc).__name__
    assert isinstance(result, response_class(operation_id))
    return "parsed"


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
    example = success_example(operation_id)[1]
    choice = rng.randrange(12)
    if choice == 0:
        return json.dumps(example).encode()
    if choice in (1, 2, 3):
        return json.dumps(mutate(rng, example)).encode()
    if choice == 4:
        return json.dumps(random_json(rng)).encode()
    if choice == 5:  # non-standard numbers
        return json.dumps(example).replace("0", rng.choice(["NaN", "Infinity", "-Infinity"]), 1).encode()
    if choice == 6:  # deep nesting
        depth = rng.choice([1000, 100_000])
        return b'{"success": true, "data": ' + b"[" * depth + b"]" * depth + b"}"
    if choice == 7:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    if choice == 8:
        return b"<html><body>" + b"Bad gateway " * rng.randrange(1, 300) + b"</body></html>"
    if choice == 9:
        return json.dumps(example).encode()[: rng.randrange(1, 200)]  # truncated JSON
    if choice == 10:
        return b""
    return json.dumps(example).encode("utf-16")


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


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_fuzzed_responses_end_only_in_the_package_s_exceptions(server: LoopbackServer, operation_id: str) -> None:
    rng = random.Random(f"hostile-{operation_id}")
    api = client(server.url)
    seen: Counter[str] = Counter()
    for _ in range(FUZZ_CASES):
        server.script(raw(fuzz_response(rng, operation_id)))
        seen[outcome(operation_id, api)] += 1
    FIGURES[f"fuzz outcomes, {operation_id}"] = ", ".join(f"{n} {name}" for name, n in seen.most_common())
    assert sum(seen.values()) == FUZZ_CASES
    assert seen["parsed"] > 0 and seen["ResponseValidationError"] > 0 and seen["InternalServerError"] > 0


# ---- targeted: each of these once raised something outside the hierarchy, or parsed what is not a model ---------

GET = "get_active_recording"


def failure(server: LoopbackServer, expected: type[errors.RealtimeKitError], operation_id: str = GET) -> Any:
    with pytest.raises(expected) as caught:
        call(operation_id, client(server.url))
    assert_clean(caught.value)
    return caught.value


@pytest.mark.parametrize("status", [200, 502])
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_an_undecodable_compressed_body_is_a_package_error(server: LoopbackServer, status: int, encoding: str) -> None:
    page = b"<html>502 Bad Gateway from a proxy</html>"  # plain, whatever the header says
    server.script(raw(response(status, page, [("Content-Type", "text/html"), ("Content-Encoding", encoding)])))
    error = failure(server, errors.ResponseValidationError if status == 200 else errors.InternalServerError)
    assert f"the {encoding} body is corrupt" in str(error)


@pytest.mark.parametrize("status", [200, 400])
def test_deeply_nested_json_is_a_package_error(server: LoopbackServer, status: int) -> None:
    depth = 200_000
    body = b'{"success": true, "data": ' + b"[" * depth + b"]" * depth + b"}"
    server.script(raw(response(status, body, JSON)))
    failure(server, errors.ResponseValidationError if status == 200 else errors.BadRequestError)


@pytest.mark.parametrize("charset", ["utf-16", "rot13", "base64", "idna", "hex", "zlib"])
def test_an_error_body_in_a_hostile_charset_is_excerpted(server: LoopbackServer, charset: str) -> None:
    server.script(raw(response(503, b"<p>odd-length body</p>", [("Content-Type", f"text/html; charset={charset}")])))
    assert "odd-length body" in str(failure(server, errors.InternalServerError))


@pytest.mark.parametrize("body", [b"[]", b'""', b'[["success", true], ["data", {}]]', b"0", b"null"])
def test_a_body_that_is_not_an_object_is_not_a_model(server: LoopbackServer, body: bytes) -> None:
    server.script(raw(response(200, body, JSON)))
    failure(server, errors.ResponseValidationError)


@pytest.mark.parametrize("nested", [[], "", [["id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"]]])
def test_a_nested_model_that_is_not_an_object_is_refused(server: LoopbackServer, nested: Any) -> None:
    server.script(raw(response(200, json.dumps(success_example(GET)[1] | {"data": nested}).encode(), JSON)))
    error = failure(server, errors.ResponseValidationError)
    assert error.path == "data"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(server: LoopbackServer, constant: str) -> None:
    fields = success_example(GET)[1]
    fields["data"]["file_size"] = "PLACEHOLDER"
    server.script(raw(response(200, json.dumps(fields).replace('"PLACEHOLDER"', constant).encode(), JSON)))
    assert "the body is not JSON" in str(failure(server, errors.ResponseValidationError))


@pytest.mark.parametrize("value", ["inf", "1e999", "-inf", "nan", "Infinity"])
def test_retry_after_is_always_finite(server: LoopbackServer, value: str) -> None:
    server.script(raw(response(429, b"{}", [*JSON, ("Retry-After", value)])))
    assert failure(server, errors.RateLimitError).retry_after is None
