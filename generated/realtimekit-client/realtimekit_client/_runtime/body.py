"""Reading a response body within max_response_bytes and the call's deadline, and decoding its JSON strictly.

The client asks only for gzip and deflate and decodes them itself, in steps of at most 64 KiB, counting the
decoded bytes as they are produced: a decompression bomb stops just past the cap, the memory it takes near the
cap (httpx would inflate each chunk whole first: tens of MB for one chunk of a bomb). A Content-Encoding the
client did not ask for (br, zstd, compress, ...) is not decoded: the body is unreadable, and the call fails
saying so.
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from .redact import clip

TOO_LONG = "body longer than max_response_bytes"


class _Unreadable(Exception):
    """The body cannot be read: why, for the error's message."""


# The most decoded bytes one step of decompression produces: besides the body itself, what decoding holds.
_STEP = 64 * 1024


class _Inflater:
    """One content coding, decoded in steps of at most _STEP bytes."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._raw_deflate = False
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)
        self._started = False

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """data decoded, piece by piece (lazily: reading stops as soon as the body is too long)."""
        while True:
            out = self._step(data)
            data = self._inflate.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < _STEP:
                return

    def _step(self, data: bytes) -> bytes:
        try:
            out = self._inflate.decompress(data, _STEP)
        except zlib.error as exc:
            if self._coding == "deflate" and not self._started and not self._raw_deflate:
                # Some servers send a raw deflate stream without the zlib wrapper the RFC asks for.
                self._raw_deflate = True
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                return self._step(data)
            raise _Unreadable(f"the {self._coding} body is corrupt ({exc})") from None
        self._started = True
        return out

    def rest(self) -> bytes:
        """What the stream still holds once all its input was fed (nothing, for a complete stream)."""
        try:
            return self._inflate.flush()
        except zlib.error as exc:
            raise _Unreadable(f"the {self._coding} body is corrupt ({exc})") from None


def _inflaters(response: httpx.Response) -> list[_Inflater]:
    """Decoders for the response's Content-Encoding, innermost coding first."""
    header = response.headers.get("content-encoding", "")
    codings = [c.strip().lower() for c in header.split(",") if c.strip() and c.strip().lower() != "identity"]
    codings = ["gzip" if c == "x-gzip" else c for c in codings]
    unknown = [c for c in codings if c not in ("gzip", "deflate")]
    if unknown:
        raise _Unreadable(f"Content-Encoding {clip(', '.join(unknown), 50)} was not asked for (only gzip, deflate)")
    return [_Inflater(coding) for coding in reversed(codings)]


class _Collector:
    """The decoded body, growing piece by piece up to the cap."""

    def __init__(self, response: httpx.Response, cap: int | None, deadline: float | None) -> None:
        self.body = bytearray()
        self.raw = 0
        self.cap = cap
        self.deadline = deadline
        self.response = response
        self.inflaters = _inflaters(response)

    def take(self, chunk: bytes) -> bool:
        """Adds a raw chunk; True once the body is longer than the cap (reading stops there)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout("total_timeout passed while reading the body", request=self.response.request)
        self.raw += len(chunk)
        return self._add(self._decoded(chunk, 0)) or (self.cap is not None and self.raw > self.cap)

    def finish(self) -> None:
        for index, inflater in enumerate(self.inflaters):
            if self._add(self._decoded(inflater.rest(), index + 1)):
                return

    def _decoded(self, data: bytes, index: int) -> Iterator[bytes]:
        """data decoded by the inflaters from index on."""
        if index == len(self.inflaters):
            if data:
                yield data
            return
        for piece in self.inflaters[index].pieces(data):
            yield from self._decoded(piece, index + 1)

    def _add(self, pieces: Iterator[bytes]) -> bool:
        """Appends the pieces until the body is longer than the cap (True then)."""
        for piece in pieces:
            self.body += piece
            if self.cap is not None and len(self.body) > self.cap:
                return True
        return False


def _read_preloaded(response: httpx.Response, cap: int | None) -> str | None:
    """A body the transport handed over already read (an `httpx.Response(content=...)`, as httpx.MockTransport
    handlers return): httpx decoded it, so only the checks on what was asked for and on the cap remain."""
    try:
        _inflaters(response)
    except _Unreadable as exc:
        return _keep(response, b"", str(exc))
    content = response.content
    if cap is not None and len(content) > cap:
        from .constants import EXCERPT_BYTES

        return _keep(response, content[:EXCERPT_BYTES], f"{TOO_LONG} ({cap} bytes)")
    return _keep(response, content, None)


def read_sync(response: httpx.Response, cap: int | None, deadline: float | None) -> str | None:
    """Reads the body (at most `cap` decoded bytes) into response.content; returns why it is unusable, or None."""
    if response.is_stream_consumed:
        return _read_preloaded(response, cap)
    try:
        collector = _Collector(response, cap, deadline)
        chunks: Iterator[bytes] = response.iter_raw()
        too_long = any(collector.take(chunk) for chunk in chunks)
        if not too_long:
            collector.finish()
    except _Unreadable as exc:
        return _keep(response, b"", str(exc))
    finally:
        response.close()
    return _settle(response, collector, cap, too_long)


async def read_async(response: httpx.Response, cap: int | None, deadline: float | None) -> str | None:
    if response.is_stream_consumed:
        return _read_preloaded(response, cap)
    try:
        collector = _Collector(response, cap, deadline)
        chunks: AsyncIterator[bytes] = response.aiter_raw()
        too_long = False
        async for chunk in chunks:
            if collector.take(chunk):
                too_long = True
                break
        if not too_long:
            collector.finish()
    except _Unreadable as exc:
        return _keep(response, b"", str(exc))
    finally:
        await response.aclose()
    return _settle(response, collector, cap, too_long)


def _settle(response: httpx.Response, collector: _Collector, cap: int | None, too_long: bool) -> str | None:
    body = collector.body
    if too_long or (cap is not None and len(body) > cap):
        from .constants import EXCERPT_BYTES

        return _keep(response, bytes(body[:EXCERPT_BYTES]), f"{TOO_LONG} ({cap} bytes)")
    return _keep(response, bytes(body), None)


def _keep(response: httpx.Response, content: bytes, problem: str | None) -> str | None:
    response._content = content  # pyright: ignore[reportPrivateUsage]  # what response.content returns from now on
    return problem


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# NaN, Infinity and -Infinity are refused (the standard library accepts them).
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def strict_json(content: bytes) -> Any:
    """A JSON body decoded as json.loads would, but strictly (RFC 8259); ValueError for anything else."""
    try:
        return _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except UnicodeDecodeError:
        raise ValueError("the body is not JSON (undecodable text)") from None


def json_or_none(content: bytes) -> Any:
    if not content:
        return None
    try:
        return strict_json(content)
    except ValueError:
        return None
