"""The call's deadline (total_timeout) carried down to the sockets.

The deadline of the call running in this thread or task is in a context variable. httpx's own transports get
their httpcore network backend wrapped, so every DNS lookup, connect, TLS handshake, read and write ends by the
deadline: a server dripping its headers or body, or a resolver that never answers, cannot hold a call past
total_timeout. (httpcore's sync backend resolves names inside socket.create_connection, which no timeout
bounds; the wrapper resolves them first, in a worker thread it stops waiting for at the deadline.) A custom
transport given by the caller is left alone: then only the body reads check the deadline.
"""

from __future__ import annotations

import concurrent.futures
import contextvars
import ipaddress
import socket
import time
from typing import Any, TypeVar

import httpx

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("realtimekit_deadline", default=None)

# Name lookups run here; a lookup that outlives its call's deadline finishes in the background.
_RESOLVERS = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="realtimekit-dns")


def remaining(timeout: float | None, kind: str) -> float | None:
    """The smaller of an operation's own timeout and what is left of the call; raises when nothing is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        raise getattr(httpcore, kind)("total_timeout passed")
    return left if timeout is None or timeout > left else timeout


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _resolve(host: str, port: int, timeout: float | None) -> list[str]:
    """The addresses of host, looked up within timeout (httpcore.ConnectTimeout/ConnectError otherwise)."""
    import httpcore

    lookup = _RESOLVERS.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        found = lookup.result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        raise httpcore.ConnectTimeout(f"the name lookup of {host[:100]} took longer than the timeout") from None
    except OSError as exc:
        raise httpcore.ConnectError(str(exc)) from None
    addresses: list[str] = []
    for _, _, _, _, address in found:
        if str(address[0]) not in addresses:
            addresses.append(str(address[0]))
    return addresses


class Bounded:
    """An httpcore network backend or stream whose timeouts end by the deadline (async: returns awaitables)."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def _wrap(self, stream: Any) -> Any:
        return Bounded(stream)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, **kwargs: Any) -> Any:
        timeout = remaining(timeout, "ConnectTimeout")
        if timeout is None or _is_address(host):
            return self._wrap(self._inner.connect_tcp(host, port, timeout=timeout, **kwargs))
        import httpcore

        started = time.monotonic()
        failure: Exception | None = None
        for address in _resolve(host, port, timeout):
            left = remaining(max(timeout - (time.monotonic() - started), 0.0), "ConnectTimeout")
            try:
                return self._wrap(self._inner.connect_tcp(address, port, timeout=left, **kwargs))
            except httpcore.ConnectError as exc:  # the next address may answer (as socket.create_connection does)
                failure = exc
        raise httpcore.ConnectError(str(failure) if failure else f"no address for {host[:100]}")

    def connect_unix_socket(self, path: str, timeout: float | None = None, **kwargs: Any) -> Any:
        return self._wrap(self._inner.connect_unix_socket(path, timeout=remaining(timeout, "ConnectTimeout"), **kwargs))

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return self._wrap(self._inner.start_tls(ssl_context, server_hostname, remaining(timeout, "ConnectTimeout")))

    def read(self, max_bytes: int, timeout: float | None = None) -> Any:
        return self._inner.read(max_bytes, remaining(timeout, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> Any:
        return self._inner.write(buffer, remaining(timeout, "WriteTimeout"))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def __getattr__(self, name: str) -> Any:  # close, aclose, sleep
        return getattr(self._inner, name)


class AsyncBounded(Bounded):
    """The async twin: anyio bounds name lookups itself (they are cancelled with the connect's timeout)."""

    __slots__ = ()

    async def _wrap(self, stream: Any) -> Any:
        return AsyncBounded(await stream)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, **kwargs: Any) -> Any:
        return self._wrap(self._inner.connect_tcp(host, port, timeout=remaining(timeout, "ConnectTimeout"), **kwargs))


C = TypeVar("C", httpx.Client, httpx.AsyncClient)


def bounded(client: C) -> C:
    """client, with the network backend of httpx's own transports wrapped (a custom transport is left alone)."""
    mounts: dict[Any, Any] = getattr(client, "_mounts", {})
    for transport in [getattr(client, "_transport", None), *mounts.values()]:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, Bounded):
            wrapper = AsyncBounded if isinstance(client, httpx.AsyncClient) else Bounded
            pool._network_backend = wrapper(backend)  # type: ignore[union-attr]
    return client
