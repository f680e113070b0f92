"""Following a redirect (only with follow_redirects=True) without carrying secrets to another origin.

Within the origin (scheme, host, port) the request follows as httpx builds it. To another origin, a redirect
that would re-send the request body (307/308) is refused, and the request that follows loses every header the
client or its caller set (the token's, any with_headers() one) and every cookie: httpx itself drops only
Authorization, and would send the client's cookies and custom secret headers on.
"""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from .constants import MESSAGE_PART_CHARS
from .redact import clip

# Dropped on any cross-origin hop, whatever the client's settings.
_ALWAYS_DROPPED = ("authorization", "cookie", "proxy-authorization")


def next_hop(
    httpx_client: httpx.Client | httpx.AsyncClient,
    current: httpx.Request,
    response: httpx.Response,
    hops: int,
    own_headers: Iterable[str],
) -> tuple[httpx.Request | None, str | None]:
    """(the request to send next, or None to stop here; why a redirect was refused, or None)."""
    following = response.next_request
    if following is None or not httpx_client.follow_redirects:
        return None, None
    if hops >= httpx_client.max_redirects:
        return None, f"more than {httpx_client.max_redirects} redirects"
    old, new = current.url, following.url
    if (old.scheme, old.host, old.port) == (new.scheme, new.host, new.port):
        return following, None
    target = f"{new.scheme}://{clip(new.host, MESSAGE_PART_CHARS)}"
    if following.headers.get("content-length", "0") != "0" or "transfer-encoding" in following.headers:
        return None, f"redirect to another origin ({target}) refused: it would re-send the request body"
    for name in (*_ALWAYS_DROPPED, *own_headers):
        if name in following.headers:
            del following.headers[name]
    return following, None
