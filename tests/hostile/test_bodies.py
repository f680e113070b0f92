"""Bodies a broken or hostile server sends: endless, huge, compressed far beyond the cap, in a coding the client
did not ask for. A body is read at most max_response_bytes (decoded), in bounded memory. Real HTTP on
127.0.0.1."""

from __future__ import annotations

import json
import struct
import time
import tracemalloc
import zlib
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

from realtimekit_client import AuthenticatedClient, errors
from tests.hostile.calls import JSON, call, client, response_class, success_example
from tests.hostile.scan import FIGURES, assert_clean
from tools.loopback import LoopbackServer, Reply, endless, raw, response

GET = "get_active_recording"
MiB = 1024 * 1024
CAP = 4 * MiB  # the default max_response_bytes (test_max_response_bytes_is_a_setting checks it)


def warmed(server: LoopbackServer) -> AuthenticatedClient:
    """A client that made one call already: the modules a first call loads are not the body's memory."""
    server.script(Reply(200, success_example(GET)[1]))
    api = client(server.url)
    call(GET, api)
    return api


def peak_during(run: Callable[[], Any]) -> tuple[Any, int, float]:
    """(what run() returned or raised, the peak of memory allocated meanwhile, seconds it took)."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        try:
            result: Any = run()
        except errors.RealtimeKitError as exc:
            result = exc
        return result, tracemalloc.get_traced_memory()[1], time.monotonic() - started
    finally:
        tracemalloc.stop()


# ---- endless bodies ---------------------------------------------------------------------------------------------

BIG = 200 * MiB


def too_big(status: int, *, chunked: bool) -> Any:
    piece = b"x" * 65536
    if chunked:
        head = response(status, b"", [*JSON, ("Transfer-Encoding", "chunked")], length=False)
    else:
        head = response(status, b"", JSON, length=False)[:-2] + f"Content-Length: {BIG}\r\n\r\n".encode()
    return endless(head, piece, chunked=chunked)


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
@pytest.mark.parametrize("status", [200, 500])
def test_a_200_mib_body_is_not_read_whole(server: LoopbackServer, status: int, chunked: bool) -> None:
    api = warmed(server)
    server.script(too_big(status, chunked=chunked))
    error, peak, elapsed = peak_during(lambda: call(GET, api))
    assert type(error) is (errors.ResponseTooLargeError if status == 200 else errors.InternalServerError)
    assert "max_response_bytes" in str(error)
    assert elapsed < 2.0 and peak < CAP + MiB, (elapsed, peak)
    assert_clean(error)


def test_max_response_bytes_is_a_setting(server: LoopbackServer) -> None:
    body = json.dumps(success_example(GET)[1]).encode()
    server.script(raw(response(200, body, JSON)), raw(response(200, body, JSON)))
    assert isinstance(call(GET, client(server.url, max_response_bytes=len(body))), response_class(GET))
    with pytest.raises(errors.ResponseTooLargeError):
        call(GET, client(server.url, max_response_bytes=len(body) - 1))
    assert AuthenticatedClient(token="t").max_response_bytes == CAP


# ---- compression ------------------------------------------------------------------------------------------------

SEGMENT = 4 * MiB  # zeros per repeated piece of the bomb


def crc32_of_zeros(length: int) -> int:
    """zlib.crc32(bytes(length)), without hashing the bytes: one zero byte moves the CRC register by an affine map
    over GF(2) (a 32-column matrix and a constant); composing that map with itself log2(length) times gives it
    for all of them."""

    def apply(columns: list[int], value: int) -> int:
        result = 0
        for column in columns:
            if value & 1:
                result ^= column
            value >>= 1
        return result

    constant = zlib.crc32(b"\0", 0)
    columns = [zlib.crc32(b"\0", 1 << bit) ^ constant for bit in range(32)]
    crc = 0
    while length:
        if length & 1:
            crc = apply(columns, crc) ^ constant
        columns, constant = [apply(columns, column) for column in columns], apply(columns, constant) ^ constant
        length >>= 1
    return crc


@cache
def bomb(coding: str, pieces: int = 256) -> bytes:
    """A body in `coding` (gzip, or deflate: the zlib format) that decodes to `pieces` * 4 MiB of zeros: by
    default 1 MiB that decodes to 1 GiB.

    Built without compressing 1 GiB: a full flush ends each 4 MiB of zeros byte-aligned with the compressor's
    history reset, so every such piece compresses to the same bytes; the body repeats one piece, then an empty
    final block and the trailer (the CRC-32 of the zeros for gzip, their Adler-32 for zlib)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, 9, zlib.Z_RLE)
    piece = compressor.compress(bytes(SEGMENT)) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = piece * pieces + b"\x03\x00"  # the final block: fixed Huffman, end of block only
    total = pieces * SEGMENT
    if coding == "gzip":
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
        return header + stream + struct.pack("<II", crc32_of_zeros(total), total % 2**32)
    adler = (total % 65521) << 16 | 1  # of zeros: the byte sum stays 1, the second sum grows by 1 per byte
    return b"\x78\xda" + stream + struct.pack(">I", adler)


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_the_bombs_are_what_they_claim(coding: str) -> None:
    """The construction, checked whole on a small bomb (zlib verifies the trailer at the end of the stream); the
    real one is the same construction with more pieces."""
    small = bomb(coding, 3)
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)
    decoded = decoder.decompress(small) + decoder.flush()
    assert decoded == bytes(3 * SEGMENT) and decoder.eof and decoder.unused_data == b""
    assert MiB - 8192 < len(bomb(coding)) <= MiB
    assert [crc32_of_zeros(n) for n in (0, 1, 5, 4096, 3 * SEGMENT + 7)] == [
        zlib.crc32(bytes(n)) for n in (0, 1, 5, 4096, 3 * SEGMENT + 7)
    ]


@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_gzip_bomb_stops_at_the_cap(server: LoopbackServer, coding: str, status: int) -> None:
    """A 1 MiB gzip or deflate body that decodes to 1 GiB: decoding stops just past max_response_bytes, and
    the memory the call takes stays near the cap (httpx inflated each read whole: tens of MB a chunk)."""
    api = warmed(server)
    server.script(raw(response(status, bomb(coding), [*JSON, ("Content-Encoding", coding)])))
    error, peak, elapsed = peak_during(lambda: call(GET, api))
    FIGURES[f"peak memory, 1 MiB {coding} bomb, {status}"] = f"{peak / MiB:.1f} MiB ({elapsed:.2f} s)"
    assert type(error) is (errors.ResponseTooLargeError if status == 200 else errors.InternalServerError)
    assert f"max_response_bytes ({CAP} bytes)" in str(error)
    assert peak < CAP + MiB, f"peak {peak / MiB:.1f} MiB for a cap of {CAP / MiB:.0f} MiB"
    assert_clean(error)


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "x-unknown"])
def test_a_content_encoding_not_asked_for_is_refused_clearly(server: LoopbackServer, coding: str) -> None:
    body = json.dumps(success_example(GET)[1]).encode()  # plain JSON: a client that ignored the header would parse
    server.script(raw(response(200, body, [*JSON, ("Content-Encoding", coding)])))
    with pytest.raises(errors.ResponseValidationError) as caught:
        call(GET, client(server.url))
    assert f"Content-Encoding {coding} was not asked for (only gzip, deflate)" in str(caught.value)
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"
    assert_clean(caught.value)
