"""Keeping secrets and the server's text in bounds: what messages, logs, reprs and pickles may show."""

from __future__ import annotations

from typing import Any, cast

import httpx

from . import spec
from .constants import BODY_EXCERPT_CHARS, EXCERPT_BYTES, MESSAGE_PART_CHARS

REDACTED = "<redacted>"
# Response headers whose names say they may carry a secret; never copied onto an error.
_UNSAFE_HEADER_WORDS = ("cookie", "auth", "token", "secret", "key", "signature", "credential", "session")


def clip(text: str, limit: int) -> str:
    """text cut to `limit` characters, its unprintable characters (newlines included) made spaces."""
    if len(text) > limit:
        text = text[:limit] + "..."
    if not text.isprintable():
        text = "".join(c if c.isprintable() else " " for c in text)
    return text


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def safe_url(url: httpx.URL) -> str:
    """scheme, host and path: no query (signed URLs) and no userinfo."""
    host = url.host + (f":{url.port}" if url.port is not None else "")
    return clip(f"{url.scheme}://{host}{url.path}", 2 * MESSAGE_PART_CHARS)


def safe_headers(headers: httpx.Headers) -> dict[str, str]:
    safe: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if not any(word in lowered for word in _UNSAFE_HEADER_WORDS):
            safe[clip(lowered, MESSAGE_PART_CHARS)] = clip(value, MESSAGE_PART_CHARS)
    return safe


def redact_credentials(value: Any, depth: int = 0) -> Any:
    """A copy of decoded JSON with the value of every credential field replaced by '<redacted>'."""
    if depth > 64:
        return REDACTED
    if isinstance(value, dict):
        mapping = cast("dict[object, object]", value)
        keys = spec.credential_keys()
        return {
            key: REDACTED
            if isinstance(key, str) and key.lower() in keys and mapping[key] is not None
            else redact_credentials(mapping[key], depth + 1)
            for key in mapping
        }
    if isinstance(value, list):
        return [redact_credentials(item, depth + 1) for item in cast("list[object]", value)]
    return value


def excerpt(content: bytes) -> str:
    """A bounded, single-line excerpt of a body; UTF-8 whatever the charset (some make Python's codecs raise)."""
    text = content[:EXCERPT_BYTES].decode("utf-8", "replace")
    return clip(" ".join(text.split()), BODY_EXCERPT_CHARS)


def shown(value: object) -> str:
    """A bounded repr for a message about a value a caller or a server gave (never a credential's)."""
    text = repr(value)
    return clip(text if len(text) <= 40 else text[:37] + "...", 60)
