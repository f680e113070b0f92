"""The client: where requests go, authentication, timeouts and retries."""

from __future__ import annotations

import os
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field, validators

from . import errors

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# Backoff before retry n (0-based): min(0.5 * 2**n, 8) seconds, less up to 25 % jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A Retry-After longer than this is not waited for: the error is raised with its retry_after at once.
MAX_RETRY_AFTER = 60.0

# Methods that may be repeated: retried on any transient failure below.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, *range(520, 528)})
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Other methods (a POST that starts a recording) are retried only where the server provably did not act:
# no connection was made, or it answered 429. Never after a 5xx or a read timeout.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
NOT_PROCESSED_STATUSES = frozenset({429})


@define
class Client:
    """Settings for calls to the API, and the httpx clients that make them.

    Keyword arguments:
        base_url: where the API is; default the spec's server, https://api.cloudflare.com/client/v4.
        timeout: an httpx.Timeout, seconds, or None for none; default 60 s, 5 s to connect.
        max_retries: retries after the first attempt (0 disables them); default 2.
        headers, cookies: sent with every request.
        verify_ssl: True, False (testing only) or an ssl.SSLContext.
        follow_redirects: default False.
        httpx_args: more arguments for the httpx.Client / httpx.AsyncClient constructors.

    Use it as a (sync or async) context manager to close its connections when done.
    """

    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True, validator=validators.ge(0))
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl", repr=False)
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects", repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    # Injectable for tests: how to wait between attempts, and the current time (for an HTTP-date Retry-After).
    _sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True, alias="sleep", repr=False)
    _async_sleep: Callable[[float], Awaitable[None]] | None = field(
        default=None, kw_only=True, alias="async_sleep", repr=False
    )  # None: asyncio.sleep
    _clock: Callable[[], float] = field(default=time.time, kw_only=True, alias="clock", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    def _default_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._default_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for requests (it overrides the other settings but retries and timeouts
        passed to it)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, constructed on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_settings())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async requests."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, constructed on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        """Send with retries; return a 2xx response or raise errors.RealtimeKitError."""
        httpx_client = self.get_httpx_client()
        idempotent = retry_safe(request)
        attempt = 0
        while True:
            try:
                response = httpx_client.request(**request)
            except httpx.TransportError as exc:
                delay = self._delay_after_error(exc, attempt, idempotent)
                if delay is None:
                    raise errors.connection_error(exc) from exc
            else:
                if response.is_success:
                    return response
                delay, failure = self._delay_after_status(response, attempt, idempotent)
                if failure is not None:
                    raise failure
            self._sleep(delay)
            attempt += 1

    async def _send_async(self, request: dict[str, Any]) -> httpx.Response:
        """The async twin of _send."""
        httpx_client = self.get_async_httpx_client()
        idempotent = retry_safe(request)
        attempt = 0
        while True:
            try:
                response = await httpx_client.request(**request)
            except httpx.TransportError as exc:
                delay = self._delay_after_error(exc, attempt, idempotent)
                if delay is None:
                    raise errors.connection_error(exc) from exc
            else:
                if response.is_success:
                    return response
                delay, failure = self._delay_after_status(response, attempt, idempotent)
                if failure is not None:
                    raise failure
            await (self._async_sleep or _asyncio_sleep())(delay)
            attempt += 1

    def _delay_after_error(self, exc: httpx.TransportError, attempt: int, idempotent: bool) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        retryable = RETRYABLE_ERRORS if idempotent else NOT_SENT_ERRORS
        if attempt >= self.max_retries or not isinstance(exc, retryable):
            return None
        return backoff_delay(attempt)

    def _delay_after_status(
        self, response: httpx.Response, attempt: int, idempotent: bool
    ) -> tuple[float, errors.APIStatusError | None]:
        """(seconds to wait, None) to retry a non-2xx response, or (0, the error to raise) to give up."""
        status = response.status_code
        retry_after = retry_after_seconds(response.headers, self._clock())
        retryable = status in (RETRYABLE_STATUSES if idempotent else NOT_PROCESSED_STATUSES)
        too_long = retry_after is not None and retry_after > MAX_RETRY_AFTER
        if attempt >= self.max_retries or not retryable or too_long:
            return 0.0, errors.status_error(response, retry_after=retry_after)
        return (backoff_delay(attempt) if retry_after is None else retry_after), None


@define
class AuthenticatedClient(Client):
    """A Client that authenticates with a Cloudflare API token (`Authorization: Bearer <token>`).

    The token never appears in repr() or in exception messages. AuthenticatedClient.from_env() reads it from
    CLOUDFLARE_API_TOKEN (and the base URL from CLOUDFLARE_BASE_URL when set).
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _default_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client configured from CLOUDFLARE_API_TOKEN and, if set, CLOUDFLARE_BASE_URL; other settings as
        keyword arguments."""
        environ = os.environ if environ is None else environ
        token = environ.get("CLOUDFLARE_API_TOKEN")
        if not token:
            raise errors.RealtimeKitError("CLOUDFLARE_API_TOKEN is not set")
        if environ.get("CLOUDFLARE_BASE_URL"):
            kwargs.setdefault("base_url", environ["CLOUDFLARE_BASE_URL"])
        return cls(token=token, **kwargs)


# ---- issue 12: the retry policy of an operation comes from the spec ----


def retry_safe(request: dict[str, Any]) -> bool:
    """Whether a request may be repeated after the server may have acted on it (any transient failure is then
    retried), or only where it provably did not (no connection made, or 429). A generated endpoint says so in
    request["retry_safe"], from the spec's `x-realtimekit-retry` (the default follows the method: only GET, HEAD
    and OPTIONS are safe); the key is removed here, before the request reaches httpx. A request without the key
    falls back to IDEMPOTENT_METHODS."""
    safe = request.pop("retry_safe", None)
    return request["method"].upper() in IDEMPOTENT_METHODS if safe is None else bool(safe)


# ---- end of issue 12's retry policy ----


# asyncio, random and email.utils are imported where they are used, not at module level: together they cost
# more import time than httpx itself, and only retries and async calls need them.


def _asyncio_sleep() -> Callable[[float], Awaitable[None]]:
    import asyncio

    return asyncio.sleep


def backoff_delay(attempt: int) -> float:
    """Exponential backoff with jitter, for retry number `attempt` (0-based)."""
    import random

    return min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY) * (1 - 0.25 * random.random())


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """Seconds from a Retry-After header (delay-seconds or HTTP-date), or None when absent or unreadable."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            seconds = parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return max(seconds, 0.0) if seconds == seconds else None  # NaN is unreadable
