"""The httpx clients behind a Client: made on first use, shared with the clients with_options() derives, closed once.

At most one httpx.Client and one httpx.AsyncClient per pool. An AsyncClient's connections belong to the event
loop they were opened in: after that loop has closed (a second asyncio.run()), a new one replaces it; while it
is still open, a call from another loop is refused (nothing sent). An async generator started in the loop
closes the AsyncClient when the loop ends (asyncio's shutdown_asyncgens, as asyncio.run does).

Closing is final: once close() or aclose() ran (or the `with` block ended), every call raises ClientClosedError
rather than opening new connections that nothing would close.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import AsyncGenerator, Callable
from typing import Any, TypeVar

import httpx

from .. import errors
from .constants import URL_CACHE_SIZE

CLOSED = "this client was closed (close(), aclose() or the end of its `with` block): make a new one; nothing was sent"


class Pool:
    """The httpx clients shared by a Client and those with_options() derives from it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.closed = False
        self.client: httpx.Client | None = None
        self.owns_client = True
        self.async_client: httpx.AsyncClient | None = None
        self.owns_async_client = True
        self.async_loop: Any = None  # the event loop async_client's connections belong to
        self.async_closer: Any = None
        self.urls: dict[tuple[int, str], httpx.URL] = {}

    def __repr__(self) -> str:
        return f"<Pool closed={self.closed}>"

    def sync_client(self, make: Callable[[], httpx.Client]) -> httpx.Client:
        client = self.client
        if client is not None and not self.closed:
            return client
        with self.lock:
            if self.closed:
                raise errors.ClientClosedError(CLOSED)
            if self.client is None:
                # On first use: its thread pool for name lookups is not free.
                from .transport import bounded

                self.client, self.owns_client = bounded(_with_tracked_cookies(make())), True
            return self.client

    def set_sync_client(self, client: httpx.Client) -> None:
        from .transport import bounded

        with self.lock:
            self.client, self.owns_client = bounded(client), False
            self.urls.clear()

    def set_async_client(self, client: httpx.AsyncClient) -> None:
        from .transport import bounded

        with self.lock:
            self.async_client, self.owns_async_client = bounded(client), False
            self.async_loop = self.async_closer = None
            self.urls.clear()

    def async_client_for(self, loop: Any, make: Callable[[], httpx.AsyncClient]) -> httpx.AsyncClient:
        with self.lock:
            if self.closed:
                raise errors.ClientClosedError(CLOSED)
            client, bound = self.async_client, self.async_loop
            if client is not None and not client.is_closed:
                if bound is None or loop is None or bound is loop:
                    self.async_loop = loop if loop is not None else bound
                    return client
                if not self.owns_async_client or not bound.is_closed():
                    raise errors.APIConnectionError(
                        "this client's async connections belong to another event loop"
                        + ("" if bound.is_closed() else " that is still open")
                        + ": use one Client per event loop; nothing was sent",
                        may_have_acted=False,
                    )
            elif client is not None and not self.owns_async_client:
                raise errors.APIConnectionError(
                    "the httpx.AsyncClient given to set_async_httpx_client is closed: give an open one; nothing "
                    "was sent",
                    may_have_acted=False,
                )
            from .transport import bounded

            client = bounded(_with_tracked_cookies(make()))
            self.async_client, self.async_loop, self.owns_async_client = client, loop, True
            self.async_closer = None
            return client

    async def async_client_here(self, make: Callable[[], httpx.AsyncClient]) -> httpx.AsyncClient:
        """The AsyncClient for the running loop, closed with the loop when this pool made it."""
        client = self.async_client
        loop = running_loop()
        if client is not None and self.async_loop is loop and not client.is_closed and not self.closed:
            return client
        client = self.async_client_for(loop, make)
        if loop is not None and self.owns_async_client and self.async_closer is None:
            closer = _close_when_loop_ends(client)
            self.async_closer = closer
            await closer.__anext__()
        return client

    def close(self) -> None:
        with self.lock:
            self.closed = True
            client, owned = self.client, self.owns_client
        if client is not None and owned:
            client.close()

    async def aclose(self) -> None:
        with self.lock:
            client, closer, self.async_closer = self.async_client, self.async_closer, None
            owned = self.owns_async_client
        if client is not None and owned and self.async_loop in (None, running_loop()):
            await client.aclose()
            if closer is not None:
                await closer.aclose()
        self.close()

    def absolute_url(self, httpx_client: httpx.Client | httpx.AsyncClient, url: str) -> httpx.URL:
        """The request's URL against the httpx client's base URL, remembered (httpx parses a URL slowly)."""
        key = (id(httpx_client), url)
        absolute = self.urls.get(key)
        if absolute is None:
            relative = httpx.URL(url)
            if not relative.is_relative_url:
                return relative
            base = httpx_client.base_url
            absolute = base.copy_with(raw_path=base.raw_path + relative.raw_path.lstrip(b"/"))
            if len(self.urls) >= URL_CACHE_SIZE:
                self.urls.clear()
            self.urls[key] = absolute
        return absolute


class TrackedCookies(httpx.Cookies):
    """The cookie jar of the httpx clients a pool makes. It reads a response's cookies only when it sets one
    (httpx runs every response through http.cookiejar, tens of microseconds a call), and counts its changes, so a
    request built earlier is known to still carry the right Cookie header."""

    version = 0

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers or "set-cookie2" in response.headers:
            super().extract_cookies(response)
            self.version += 1

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> None:
        super().set(name, value, domain, path)
        self.version += 1

    def delete(self, name: str, domain: str | None = None, path: str | None = None) -> None:
        super().delete(name, domain, path)
        self.version += 1

    def clear(self, domain: str | None = None, path: str | None = None) -> None:
        super().clear(domain, path)
        self.version += 1


C = TypeVar("C", httpx.Client, httpx.AsyncClient)


def _with_tracked_cookies(client: C) -> C:
    client._cookies = TrackedCookies(client.cookies)  # pyright: ignore[reportPrivateUsage]  # httpx's `cookies`
    return client


def cookie_version(client: httpx.Client | httpx.AsyncClient) -> int | None:
    """How often the client's cookies changed, or None when they are not tracked (a client the caller gave)."""
    cookies = client.cookies
    return cookies.version if isinstance(cookies, TrackedCookies) else None


def running_loop() -> Any:
    asyncio = sys.modules.get("asyncio")  # not imported for a sync-only application
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


async def _close_when_loop_ends(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await client.aclose()
