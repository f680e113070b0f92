"""The client: settings for calls to the API, the connections that make them, and the one call endpoints use.

Upstream's Client and AuthenticatedClient (attrs classes, `attrs.evolve` works), with production settings: a
finite timeout per operation and per call (total_timeout), a cap on response bodies, retries by each operation's
policy in the spec, checked headers and base URL, the token out of repr, from_env(), and with_options(). Every
endpoint hands its request to `send` / `send_async` (see types.ApiRequest).
"""

from __future__ import annotations

import math
import os
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx
from attrs import define, evolve, field

from ._runtime.constants import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    MESSAGE_PART_CHARS,
)
from .types import ApiRequest, Response

if TYPE_CHECKING:
    from . import errors
    from ._runtime.pool import Pool

T = TypeVar("T")


# httpx_args that would change where requests go or how credentials travel: each has the client's own,
# checked, argument instead.
_REFUSED_HTTPX_ARGS = {
    "base_url": "base_url",
    "auth": "AuthenticatedClient(token=...)",
    "headers": "headers",
    "cookies": "cookies",
    "timeout": "timeout",
    "verify": "verify_ssl",
    "follow_redirects": "follow_redirects",
}


def _invalid(message: str, *, path: str) -> errors.InvalidValueError:
    from . import errors  # on the first refusal: import time is every application's

    return errors.InvalidValueError(message, path=path)


def _default_base_url() -> str:
    """The API's address: the spec's first server (the spec data, loaded by the first client)."""
    from ._runtime import spec

    servers: tuple[str, ...] = spec.data().SERVERS
    return servers[0]


def _new_pool() -> Pool:
    from ._runtime.pool import Pool  # on first use: import time is every application's

    return Pool()


class _Keep:
    """The type of KEEP: with_options() leaves a setting as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


@define(eq=False)  # a client is itself: two with the same settings still hold different connections
class Client:
    """A class for keeping track of data related to the API, and the httpx clients that call it.

    The following are accepted as keyword arguments and are used to construct httpx Clients internally:

        ``base_url``: The API's address (default: the spec's server); https://, or http:// to this machine
        (another machine needs ``allow_insecure_http=True``)

        ``cookies``, ``headers``: Sent with every request (checked: a value a header cannot carry is refused)

        ``timeout``: Per connect, read and write (default 60 s, 5 s to connect)

        ``total_timeout``: Per call, retries and their waits included (default 120 s); None: no limit

        ``max_response_bytes``: The most of a response body that is read (default 4 MiB); None: no limit

        ``max_retries``: Retries after a transient failure, by the operation's retry policy (default 2)

        ``verify_ssl``, ``follow_redirects``: As httpx's ``verify`` and ``follow_redirects``

        ``httpx_args``: Other arguments for ``httpx.Client`` and ``httpx.AsyncClient`` (``transport``,
        ``limits``, ``proxy``, ``event_hooks``, ...); those the arguments above cover are refused.

    Closing (close(), aclose(), the end of a ``with`` block) is final: later calls raise ClientClosedError.
    """

    _base_url: str = field(factory=_default_base_url, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict[str, str], kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict[str, str], kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    total_timeout: float | None = field(default=DEFAULT_TOTAL_TIMEOUT, kw_only=True)
    max_response_bytes: int | None = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl", repr=False)
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects", repr=False)
    allow_insecure_http: bool = field(default=False, kw_only=True, repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict[str, Any], kw_only=True, alias="httpx_args", repr=False)
    # For tests: how the client waits before a retry (async: None is asyncio.sleep), and the time a
    # Retry-After date is measured from.
    _sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True, alias="sleep", repr=False)
    _async_sleep: Callable[[float], Awaitable[None]] | None = field(
        default=None, kw_only=True, alias="async_sleep", repr=False
    )
    _clock: Callable[[], float] = field(default=time.time, kw_only=True, alias="clock", repr=False)
    _pool: Pool = field(factory=_new_pool, init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Loaded with the first client: import time is every application's.
        from ._runtime import log

        log.configure_from_env()  # REALTIMEKIT_LOG
        _check_settings(self.total_timeout, self.max_response_bytes, self.max_retries)
        check_base_url(self._base_url, self.allow_insecure_http)
        _check_headers("header", self._headers)
        _check_headers("cookie", self._cookies)
        for name, instead in _REFUSED_HTTPX_ARGS.items():
            if name in self._httpx_args:
                raise _invalid(
                    f"httpx_args[{name!r}] is not accepted: pass {instead} to the client, where it is checked",
                    path=f"httpx_args.{name}",
                )

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers (and connections of its own)"""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies (and connections of its own)"""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration (and connections of its own)"""
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None | _Keep = KEEP,
        max_retries: int | _Keep = KEEP,
        total_timeout: float | None | _Keep = KEEP,
        max_response_bytes: int | None | _Keep = KEEP,
    ) -> Self:
        """A client with other settings sharing this one's connections, headers and token (closing either closes
        both)."""
        given: dict[str, Any] = {"timeout": timeout, "max_retries": max_retries, "total_timeout": total_timeout}
        given["max_response_bytes"] = max_response_bytes
        derived = evolve(self, **{name: value for name, value in given.items() if value is not KEEP})
        derived._pool = self._pool
        return derived

    def send(self, request: ApiRequest[T]) -> Response[T]:
        """Make one call of an operation: what every generated endpoint's sync/sync_detailed does. Checks the
        arguments against the spec, sends with retries by the operation's policy, and parses a 2xx."""
        from ._runtime import send

        return send.send(self, request)

    async def send_async(self, request: ApiRequest[T]) -> Response[T]:
        """The async send()."""
        from ._runtime import send

        return await send.send_async(self, request)

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {"Accept-Encoding": ACCEPT_ENCODING, **self._default_headers()},
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def _default_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def _own_header_names(self) -> tuple[str, ...]:
        """Headers this client adds to every request (dropped on a redirect to another origin)."""
        return tuple(self._headers)

    def _secrets(self) -> tuple[str, ...]:
        """What no message may show."""
        return tuple(value for value in (*self._headers.values(), *self._cookies.values()) if len(value) >= 4)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._pool.set_sync_client(client)
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        return self._pool.sync_client(lambda: httpx.Client(**self._httpx_settings()))

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.close()

    def close(self) -> None:
        """Close the connections (sync; aclose() closes the async ones too). Final: later calls raise
        ClientClosedError."""
        self._pool.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._pool.set_async_client(async_client)
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        from ._runtime.pool import running_loop

        return self._pool.async_client_for(running_loop(), self._make_async_httpx_client)

    def _make_async_httpx_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(**self._httpx_settings())

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self._pool.async_client_here(self._make_async_httpx_client)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.aclose()

    async def aclose(self) -> None:
        """Close the async and the sync connections. Final: later calls raise ClientClosedError."""
        await self._pool.aclose()


def _clean_token(value: object) -> str:
    if not isinstance(value, str):
        raise _invalid(f"token must be a str, got {type(value).__name__}", path="token")
    token = value.strip()
    if not token:
        raise _invalid("token is empty", path="token")
    if not (token.isascii() and token.isprintable()) or " " in token:
        position = next(i for i, c in enumerate(token) if not (c.isascii() and c.isprintable()) or c == " ")
        raise _invalid(
            f"token holds a character an HTTP header cannot carry (at position {position} of {len(token)}: a "
            "control character, a space or a non-ASCII character); the token is not shown",
            path="token",
        )
    return token


@define(eq=False)
class AuthenticatedClient(Client):
    """A Client that sends a Cloudflare API token (`Authorization: Bearer <token>`), never showing it.

    Attributes:
        token: The token to use for authentication (surrounding whitespace stripped)
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    token: str = field(kw_only=True, converter=_clean_token, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def __attrs_post_init__(self) -> None:
        check_header("auth_header_name", self.auth_header_name, "x")
        if self.prefix:
            check_header("prefix", "x", self.prefix)
        super().__attrs_post_init__()

    def _default_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    def _own_header_names(self) -> tuple[str, ...]:
        return (*self._headers, self.auth_header_name)

    def _secrets(self) -> tuple[str, ...]:
        return (self.token, *super()._secrets())

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client from CLOUDFLARE_API_TOKEN and, if set, CLOUDFLARE_BASE_URL (the names Cloudflare's own
        Python SDK reads)."""
        environ = os.environ if environ is None else environ
        token = environ.get("CLOUDFLARE_API_TOKEN")
        if not token or not token.strip():
            raise _invalid("CLOUDFLARE_API_TOKEN is not set", path="CLOUDFLARE_API_TOKEN")
        if environ.get("CLOUDFLARE_BASE_URL"):
            kwargs.setdefault("base_url", environ["CLOUDFLARE_BASE_URL"])
        return cls(token=token, **kwargs)


def _check_settings(total_timeout: object, max_response_bytes: object, max_retries: object) -> None:
    if total_timeout is not None and not (
        isinstance(total_timeout, int | float) and math.isfinite(total_timeout) and total_timeout > 0
    ):
        raise _invalid(
            f"total_timeout must be a finite number of seconds > 0 or None, got {total_timeout!r}",
            path="total_timeout",
        )
    if max_response_bytes is not None and not (
        isinstance(max_response_bytes, int) and not isinstance(max_response_bytes, bool) and max_response_bytes > 0
    ):
        raise _invalid(
            f"max_response_bytes must be an int > 0 or None, got {max_response_bytes!r}", path="max_response_bytes"
        )
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise _invalid(f"max_retries must be an int >= 0, got {max_retries!r}", path="max_retries")


def check_header(what: str, name: object, value: object) -> None:
    if not isinstance(name, str) or not name or not (name.isascii() and name.isprintable()) or ":" in name:
        raise _invalid(f"{what}: not a valid header name", path=what)
    if not isinstance(value, str):
        raise _invalid(f"{what}: the value must be a str, got {type(value).__name__}", path=what)
    if not (value.isascii() and value.isprintable()):
        raise _invalid(
            f"{what}: the value holds a character an HTTP header cannot carry (a control character or a "
            "non-ASCII character); the value is not shown",
            path=what,
        )


def _check_headers(kind: str, headers: object) -> None:
    # Loaded with the first client: import time is every application's.
    from ._runtime.redact import clip

    if not isinstance(headers, dict):
        raise _invalid(f"{kind}s must be a dict of str to str", path=f"{kind}s")
    for name, value in cast("dict[object, object]", headers).items():
        check_header(f"{kind} {clip(repr(name), 60)}", name, value)


def check_base_url(base_url: object, allow_insecure_http: bool) -> None:
    try:
        url = httpx.URL(base_url)  # type: ignore[arg-type]  # checked: a non-str fails here
    except (httpx.InvalidURL, TypeError, ValueError):
        raise _invalid("base_url is not a valid URL", path="base_url") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise _invalid("base_url must be an http:// or https:// URL with a host", path="base_url")
    if url.userinfo:
        raise _invalid("base_url must not hold credentials (user:password@); the token authenticates", path="base_url")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        from ._runtime.redact import clip

        raise _invalid(
            f"base_url uses http:// to {clip(url.host, MESSAGE_PART_CHARS)}, another machine: the token and request "
            "bodies would travel unencrypted. Use https://, or pass allow_insecure_http=True if that is intended",
            path="base_url",
        )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    import ipaddress  # costs import time every application would pay; only a client's construction needs it

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


__all__ = ["AuthenticatedClient", "Client"]
