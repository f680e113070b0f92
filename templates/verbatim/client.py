"""The client: where requests go, authentication, timeouts, limits and retries."""

from __future__ import annotations

import contextvars
import ipaddress
import logging
import math
import os
import ssl
import sys
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx
from attrs import define, evolve, field, validators

from . import errors

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# The whole call (connect, send, read, retries and their waits) ends with APITimeoutError after this many seconds.
# 120 s: Cloudflare's edge answers 524 when the origin has not answered within 100 s, so one attempt that runs
# into that limit still gets its answer, with 20 s left to connect and for a quick retry; a caller that would
# rather fail sooner passes a smaller total_timeout.
DEFAULT_TOTAL_TIMEOUT = 120.0
# A response body longer than this ends the call with a package error (after reading at most this much).
# The API's bodies are around 1 KB (the largest spec example is 977 bytes); 4 MiB leaves room for any growth
# while keeping what one hostile or broken server can make a call hold in memory small.
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
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
NOT_SENT_ERRORS = errors.NOT_SENT_ERRORS
NOT_PROCESSED_STATUSES = frozenset({429})


# The package's own log: each attempt at DEBUG, each retry at INFO (operation, attempt, status or error class,
# delay, cf-ray); never the token, a header or a body. Off unless the application configures logging, or sets
# REALTIMEKIT_LOG=info|debug, which attaches a stderr handler to this logger alone (like the official SDK's
# CLOUDFLARE_LOG).
logger: logging.Logger = logging.getLogger("realtimekit_client")
LOG_ENVIRONMENT_VARIABLE: str = "REALTIMEKIT_LOG"


def configure_logging_from_env(environ: Mapping[str, str] | None = None) -> None:
    level = (os.environ if environ is None else environ).get(LOG_ENVIRONMENT_VARIABLE, "").strip().lower()
    if level not in ("debug", "info") or any(getattr(h, "_realtimekit", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._realtimekit = True  # type: ignore[attr-defined]  # marks the handler this function added
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


configure_logging_from_env()


def _log_attempt(operation: str, request: dict[str, Any], attempt: int) -> None:
    logger.debug("%s: attempt %d: %s %s", operation, attempt + 1, request["method"].upper(), request["url"])


def _log_retry(operation: str, attempt: int, max_retries: int, failure: errors.RealtimeKitError, delay: float) -> None:
    status = getattr(failure, "status_code", None)
    cause = f"status {status}" if isinstance(status, int) else type(failure).__name__
    ray = getattr(failure, "ray_id", None) or "-"
    logger.info(
        "%s: attempt %d failed (%s, cf-ray %s); retry %d of %d in %.2f s",
        operation, attempt + 1, cause, ray, attempt + 1, max_retries, delay,
    )  # fmt: skip


class _Keep:
    """The type of KEEP: with_options() leaves a setting as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()

# The monotonic deadline of the call running in this thread or task (None: no total_timeout). The network
# backend wrapper below caps every connect, read and write with it, so a server dripping its headers or body
# cannot hold a call past it.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("realtimekit_deadline", default=None)


def _check_total_timeout(instance: Any, attribute: Any, value: object) -> None:
    if value is not None and not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
        raise ValueError(f"total_timeout must be a finite number of seconds > 0 or None, got {value!r}")


def _check_max_bytes(instance: Any, attribute: Any, value: object) -> None:
    if value is not None and not (isinstance(value, int) and not isinstance(value, bool) and value > 0):
        raise ValueError(f"max_response_bytes must be an int > 0 or None, got {value!r}")


def _clean_token(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"token must be a str, got {type(value).__name__}")
    token = value.strip()
    if not token:
        raise ValueError("token is empty")
    if not (token.isascii() and token.isprintable()) or " " in token:
        position = next(i for i, c in enumerate(token) if not (c.isascii() and c.isprintable()) or c == " ")
        raise ValueError(
            f"token holds a character an HTTP header cannot carry (at position {position} of {len(token)}: "
            "a control character, a space or a non-ASCII character); the token is not shown"
        )
    return token


class _Pool:
    """The httpx clients a Client sends through (one of each kind at most, created on first use), and what goes
    with them; one _Pool is shared by a Client and every client with_options() derives from it."""

    __slots__ = ("async_client", "async_closer", "async_loop", "client", "lock", "owns_async_client", "owns_client",
                 "urls")  # fmt: skip

    def __init__(self) -> None:
        self.client: httpx.Client | None = None
        self.async_client: httpx.AsyncClient | None = None
        # The event loop the async client's connections belong to, and what closes them when that loop ends.
        self.async_loop: Any = None
        self.async_closer: Any = None
        self.owns_client = True
        self.owns_async_client = True
        self.lock = threading.Lock()
        # (id of the httpx client, relative URL) -> the absolute httpx.URL: see Client._absolute_url.
        self.urls: dict[tuple[int, str], httpx.URL] = {}


@define
class Client:
    """Settings for calls to the API, and the httpx clients that make them.

    Keyword arguments:
        base_url: where the API is; default the spec's server, https://api.cloudflare.com/client/v4. An http://
            URL to a host other than this machine is refused unless allow_insecure_http=True.
        timeout: per connect/read/write, an httpx.Timeout, seconds, or None for none; default 60 s, 5 s to connect.
        total_timeout: seconds for the whole call, retries and their waits included (APITimeoutError past it);
            default 120 s; None: no limit beyond `timeout`.
        max_response_bytes: the longest body read (2xx and errors); default 4 MiB; None: no limit.
        max_retries: retries after the first attempt (0 disables them); default 2.
        headers, cookies: sent with every request (values must be printable ASCII).
        verify_ssl: True, False (testing only) or an ssl.SSLContext.
        follow_redirects: default False. When True, a redirect to another origin is refused if it would re-send
            the request body (307/308) or a custom credential header.
        allow_insecure_http: allow an http:// base_url to another machine (the token would travel in clear).
        httpx_args: more arguments for the httpx.Client / httpx.AsyncClient constructors.

    One httpx.Client and one httpx.AsyncClient at most per Client object, created on first use (thread-safe).
    Use it as a (sync or async) context manager, or call close() / aclose(), to close its connections.
    """

    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    total_timeout: float | None = field(default=DEFAULT_TOTAL_TIMEOUT, kw_only=True, validator=_check_total_timeout)
    max_response_bytes: int | None = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True, validator=_check_max_bytes)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True, validator=validators.ge(0))
    _cookies: dict[str, str] = field(factory=dict[str, str], kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict[str, str], kw_only=True, alias="headers", repr=False)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl", repr=False)
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects", repr=False)
    allow_insecure_http: bool = field(default=False, kw_only=True, repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict[str, Any], kw_only=True, alias="httpx_args", repr=False)
    # Injectable for tests: how to wait between attempts, and the current time (for an HTTP-date Retry-After).
    _sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True, alias="sleep", repr=False)
    _async_sleep: Callable[[float], Awaitable[None]] | None = field(
        default=None, kw_only=True, alias="async_sleep", repr=False
    )  # None: asyncio.sleep
    _clock: Callable[[], float] = field(default=time.time, kw_only=True, alias="clock", repr=False)
    # The httpx clients and their state: shared with the clients with_options() derives from this one.
    _pool: _Pool = field(factory=lambda: _Pool(), init=False, repr=False, eq=False)
    # The timeout as httpx holds it: a request through a shared pool whose clients hold another passes its own.
    _httpx_timeout: httpx.Timeout = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        self._httpx_timeout = httpx.Timeout(self._timeout)
        check_base_url(self._base_url, self.allow_insecure_http)
        for name, value in self._headers.items():
            check_header(f"header {name!r}", name, value)
        for name, value in self._cookies.items():
            check_header(f"cookie {name!r}", name, value)

    @property
    def base_url(self) -> str:
        return self._base_url

    def _default_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def _secrets(self) -> tuple[str, ...]:
        """Values no message may show: every header and cookie value the client sends."""
        return tuple(value for value in (*self._headers.values(), *self._cookies.values()) if len(value) >= 4)

    def _credential_header(self) -> str | None:
        """The name of a credential header httpx does not strip on a cross-origin redirect, if any."""
        return None

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client matching this one with additional headers"""
        for name, value in headers.items():
            check_header(f"header {name!r}", name, value)
        if self._pool.client is not None:
            self._pool.client.headers.update(headers)
        if self._pool.async_client is not None:
            self._pool.async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies"""
        for name, value in cookies.items():
            check_header(f"cookie {name!r}", name, value)
        if self._pool.client is not None:
            self._pool.client.cookies.update(cookies)
        if self._pool.async_client is not None:
            self._pool.async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client matching this one with a new timeout configuration"""
        if self._pool.client is not None:
            self._pool.client.timeout = timeout
        if self._pool.async_client is not None:
            self._pool.async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None | _Keep = KEEP,
        max_retries: int | _Keep = KEEP,
        total_timeout: float | None | _Keep = KEEP,
        max_response_bytes: int | None | _Keep = KEEP,
    ) -> Self:
        """A client with other settings for some calls, sharing this one's connections, headers and token:

            start_recording.sync(..., client=client.with_options(max_retries=0, total_timeout=10))

        Only the settings given change; they are checked as the constructor checks them. Closing either client
        closes the shared connections."""
        given: dict[str, Any] = {"timeout": timeout, "max_retries": max_retries, "total_timeout": total_timeout}
        given["max_response_bytes"] = max_response_bytes
        derived = evolve(self, **{name: value for name, value in given.items() if value is not KEEP})
        derived._pool = self._pool
        return derived

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

    # ---- the httpx clients: one of each kind per Client, created on first use ----------------------------

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for requests (it overrides the other settings but retries and timeouts
        passed to it)."""
        with self._pool.lock:
            self._pool.client, self._pool.owns_client = _bounded(client), False
            self._pool.urls.clear()
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, constructed on first use (and again after close())."""
        client = self._pool.client
        if client is None or client.is_closed:
            with self._pool.lock:
                client = self._pool.client
                if client is None or (client.is_closed and self._pool.owns_client):
                    client = self._pool.client = _bounded(httpx.Client(**self._httpx_settings()))
                    self._pool.owns_client = True
        return client

    def close(self) -> None:
        """Close the sync httpx client's connections (a later call opens new ones). aclose() closes both."""
        with self._pool.lock:
            client = self._pool.client
        if client is not None:
            client.close()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        with self._pool.lock:
            client = self._pool.client
        if client is not None:
            client.__exit__(exc_type, exc, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async requests."""
        with self._pool.lock:
            self._pool.async_client, self._pool.owns_async_client = _bounded(async_client), False
            self._pool.urls.clear()
            self._pool.async_loop = self._pool.async_closer = None
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, constructed on first use."""
        return self._async_client_for_loop(_running_loop())

    def _async_client_for_loop(self, loop: Any) -> httpx.AsyncClient:
        """The async client for the running `loop`. The connections of an httpx.AsyncClient belong to the loop
        they were opened in: after that loop has closed, a new httpx.AsyncClient replaces the old one; while it
        is still open, using this Client from another loop is refused."""
        with self._pool.lock:
            client, bound = self._pool.async_client, self._pool.async_loop
            if client is not None and not client.is_closed:
                if bound is None or loop is None or bound is loop:
                    self._pool.async_loop = loop if loop is not None else bound
                    return client
                if not self._pool.owns_async_client or not bound.is_closed():
                    raise errors.APIConnectionError(
                        "this client's async connections belong to another event loop"
                        + ("" if bound.is_closed() else " that is still open")
                        + ": use one Client per event loop (or `async with client:` inside each loop, which "
                        "closes them at its end); nothing was sent",
                        may_have_acted=False,
                    )
            elif client is not None and not self._pool.owns_async_client:
                raise errors.APIConnectionError(
                    "the httpx.AsyncClient given to set_async_httpx_client is closed: give an open one; nothing "
                    "was sent",
                    may_have_acted=False,
                )
            client = _bounded(httpx.AsyncClient(**self._httpx_settings()))
            self._pool.async_client, self._pool.async_loop, self._pool.owns_async_client = client, loop, True
            self._pool.async_closer = None
            return client

    async def _async_httpx_client(self) -> httpx.AsyncClient:
        client = self._pool.async_client
        loop = _running_loop()
        if client is not None and self._pool.async_loop is loop and not client.is_closed:
            return client
        client = self._async_client_for_loop(loop)
        if loop is not None and self._pool.owns_async_client and self._pool.async_closer is None:
            # An async generator started in the loop: asyncio closes it when the loop ends (shutdown_asyncgens,
            # as asyncio.run does), and closing it closes the client's connections inside their own loop.
            closer = _close_when_loop_ends(client)
            self._pool.async_closer = closer
            await closer.__anext__()
        return client

    async def aclose(self) -> None:
        """Close the async and the sync httpx clients' connections (a later call opens new ones)."""
        with self._pool.lock:
            client, closer, self._pool.async_closer = self._pool.async_client, self._pool.async_closer, None
        if client is not None and self._pool.async_loop in (None, _running_loop()):
            await client.aclose()
            if closer is not None:
                await closer.aclose()
        self.close()

    async def __aenter__(self) -> Self:
        await (await self._async_httpx_client()).__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    # ---- sending -----------------------------------------------------------------------------------------

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        """Send with retries within total_timeout; return a 2xx response, its body read (at most
        max_response_bytes), or raise errors.RealtimeKitError."""
        httpx_client = self._pool.client
        if httpx_client is None or httpx_client.is_closed:
            httpx_client = self.get_httpx_client()
        idempotent = retry_safe(request)
        operation = request.pop("operation", None) or request["method"].upper()
        deadline = None if self.total_timeout is None else time.monotonic() + self.total_timeout
        reset = _DEADLINE.set(deadline)
        try:
            attempt = 0
            while True:
                if logger.isEnabledFor(logging.DEBUG):
                    _log_attempt(operation, request, attempt)
                try:
                    response, problem = self._exchange(httpx_client, request, deadline)
                except httpx.HTTPError as exc:
                    failure, delay = self._after_error(exc, attempt, idempotent, deadline)
                except RuntimeError as exc:  # httpx refusing to send (a closed client, say)
                    failure, delay = self._unsendable(exc), None
                else:
                    if response.is_success and problem is None:
                        response.__class__ = StrictJSONResponse
                        return response
                    failure, delay = self._after_status(response, problem, attempt, idempotent)
                if delay is None or not _fits(delay, deadline):
                    raise failure
                if logger.isEnabledFor(logging.INFO):
                    _log_retry(operation, attempt, self.max_retries, failure, delay)
                self._sleep(delay)
                attempt += 1
        finally:
            _DEADLINE.reset(reset)

    async def _send_async(self, request: dict[str, Any]) -> httpx.Response:
        """The async twin of _send."""
        httpx_client = await self._async_httpx_client()
        idempotent = retry_safe(request)
        operation = request.pop("operation", None) or request["method"].upper()
        deadline = None if self.total_timeout is None else time.monotonic() + self.total_timeout
        reset = _DEADLINE.set(deadline)
        try:
            attempt = 0
            while True:
                if logger.isEnabledFor(logging.DEBUG):
                    _log_attempt(operation, request, attempt)
                try:
                    response, problem = await self._exchange_async(httpx_client, request, deadline)
                except httpx.HTTPError as exc:
                    failure, delay = self._after_error(exc, attempt, idempotent, deadline)
                except RuntimeError as exc:  # httpx refusing to send (a closed client, say)
                    failure, delay = self._unsendable(exc), None
                else:
                    if response.is_success and problem is None:
                        response.__class__ = StrictJSONResponse
                        return response
                    failure, delay = self._after_status(response, problem, attempt, idempotent)
                if delay is None or not _fits(delay, deadline):
                    raise failure
                if logger.isEnabledFor(logging.INFO):
                    _log_retry(operation, attempt, self.max_retries, failure, delay)
                await (self._async_sleep or _asyncio_sleep())(delay)
                attempt += 1
        finally:
            _DEADLINE.reset(reset)

    def _exchange(
        self, httpx_client: httpx.Client, request: dict[str, Any], deadline: float | None
    ) -> tuple[httpx.Response, str | None]:
        """One attempt: send (following redirects when the client does, refusing unsafe ones) and read the body.
        Returns the response and None, or the response and why its body or redirect is unusable."""
        outgoing = httpx_client.build_request(**self._outgoing(httpx_client, request))
        if deadline is not None:
            _cap_pool_timeout(outgoing, deadline)
        hops = 0
        while True:
            response = httpx_client.send(outgoing, stream=True, follow_redirects=False)
            following = response.next_request
            if following is None or not httpx_client.follow_redirects:
                break
            refusal = self._redirect_refusal(outgoing, following, hops, httpx_client.max_redirects)
            if refusal is not None:
                _read_sync(response, self.max_response_bytes, deadline)
                return response, refusal
            response.close()
            outgoing, hops = following, hops + 1
        return response, _read_sync(response, self.max_response_bytes, deadline)

    async def _exchange_async(
        self, httpx_client: httpx.AsyncClient, request: dict[str, Any], deadline: float | None
    ) -> tuple[httpx.Response, str | None]:
        outgoing = httpx_client.build_request(**self._outgoing(httpx_client, request))
        if deadline is not None:
            _cap_pool_timeout(outgoing, deadline)
        hops = 0
        while True:
            response = await httpx_client.send(outgoing, stream=True, follow_redirects=False)
            following = response.next_request
            if following is None or not httpx_client.follow_redirects:
                break
            refusal = self._redirect_refusal(outgoing, following, hops, httpx_client.max_redirects)
            if refusal is not None:
                await _read_async(response, self.max_response_bytes, deadline)
                return response, refusal
            await response.aclose()
            outgoing, hops = following, hops + 1
        return response, await _read_async(response, self.max_response_bytes, deadline)

    def _outgoing(self, httpx_client: httpx.Client | httpx.AsyncClient, request: dict[str, Any]) -> dict[str, Any]:
        """httpx's arguments for the request: the URL made absolute, and this client's timeout when the (shared)
        httpx client holds another one."""
        outgoing = {**request, "url": self._absolute_url(httpx_client, request["url"])}
        if httpx_client.timeout != self._httpx_timeout:
            outgoing["timeout"] = self._httpx_timeout
        return outgoing

    def _absolute_url(self, httpx_client: httpx.Client | httpx.AsyncClient, url: Any) -> Any:
        """The request URL joined to the client's base_url, as httpx would join it, remembered: httpx parses and
        validates a URL character by character (tens of microseconds per request), and the URLs an application
        calls repeat (the start URL holds only the account and app; polling repeats the meeting's URL)."""
        if not isinstance(url, str):
            return url
        key = (id(httpx_client), url)
        absolute = self._pool.urls.get(key)
        if absolute is None:
            relative = httpx.URL(url)
            if not relative.is_relative_url:
                return relative
            base = httpx_client.base_url
            absolute = base.copy_with(raw_path=base.raw_path + relative.raw_path.lstrip(b"/"))
            if len(self._pool.urls) >= 256:
                self._pool.urls.clear()
            self._pool.urls[key] = absolute
        return absolute

    def _redirect_refusal(
        self, current: httpx.Request, following: httpx.Request, hops: int, max_redirects: int
    ) -> str | None:
        """Why the redirect to `following` is not followed, or None to follow it."""
        if hops >= max_redirects:
            return f"more than {max_redirects} redirects"
        old, new = current.url, following.url
        if (old.scheme, old.host, old.port) == (new.scheme, new.host, new.port):
            return None
        target = f"{new.scheme}://{errors.clip(new.host, errors.MESSAGE_PART_CHARS)}"
        has_body = following.headers.get("content-length", "0") != "0" or "transfer-encoding" in following.headers
        if has_body:
            return f"redirect to another origin ({target}) refused: it would re-send the request body"
        credential = self._credential_header()
        if credential is not None and credential in following.headers:
            return f"redirect to another origin ({target}) refused: it would carry the {credential} header"
        return None

    def _after_error(
        self, exc: httpx.HTTPError, attempt: int, idempotent: bool, deadline: float | None
    ) -> tuple[errors.RealtimeKitError, float | None]:
        """The error to raise for a failed exchange, and seconds to wait before retrying it (None: don't)."""
        passed = deadline is not None and time.monotonic() >= deadline
        secrets = self._secrets()
        failure = errors.connection_error(exc, secrets=secrets, deadline_passed=self.total_timeout if passed else None)
        if _chain_is_clean(exc, secrets):
            failure.__cause__ = exc
        failure.__suppress_context__ = True
        retryable = RETRYABLE_ERRORS if idempotent else NOT_SENT_ERRORS
        if passed or attempt >= self.max_retries or not isinstance(exc, retryable):
            return failure, None
        return failure, backoff_delay(attempt)

    def _unsendable(self, exc: RuntimeError) -> errors.RealtimeKitError:
        secrets = self._secrets()
        detail = errors.clip(errors.scrub(str(exc), secrets), errors.MESSAGE_PART_CHARS)
        failure = errors.APIConnectionError(f"the request could not be sent: {type(exc).__name__}: {detail}")
        if _chain_is_clean(exc, secrets):
            failure.__cause__ = exc
        failure.__suppress_context__ = True
        return failure

    def _after_status(
        self, response: httpx.Response, problem: str | None, attempt: int, idempotent: bool
    ) -> tuple[errors.RealtimeKitError, float | None]:
        """The error for an unusable response, and seconds to wait before retrying (None: don't)."""
        if response.is_success:  # a 2xx whose body could not be read
            assert problem is not None
            too_large = problem.startswith(_TOO_LONG)
            return errors.unreadable_response(response, problem, too_large=too_large), None
        status = response.status_code
        retry_after = retry_after_seconds(response.headers, self._clock())
        failure = errors.status_error(
            response, retry_after=retry_after, note=problem, body_unreadable=problem is not None
        )
        retryable = status in (RETRYABLE_STATUSES if idempotent else NOT_PROCESSED_STATUSES)
        too_long = retry_after is not None and retry_after > MAX_RETRY_AFTER
        if attempt >= self.max_retries or not retryable or too_long or 300 <= status < 400:
            return failure, None
        return failure, (backoff_delay(attempt) if retry_after is None else retry_after)


@define
class AuthenticatedClient(Client):
    """A Client that authenticates with a Cloudflare API token (`Authorization: Bearer <token>`).

    The token is stripped of surrounding whitespace; a token an HTTP header cannot carry (control characters,
    non-ASCII, inner spaces) raises ValueError at construction, without quoting it. The token never appears in
    repr(), exception messages, their chains or pickles. AuthenticatedClient.from_env() reads it from
    CLOUDFLARE_API_TOKEN (and the base URL from CLOUDFLARE_BASE_URL when set).
    """

    token: str = field(kw_only=True, repr=False, converter=_clean_token)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        check_header("auth_header_name", self.auth_header_name, "x")
        if self.prefix:
            check_header("prefix", "x", self.prefix)

    def _default_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    def _secrets(self) -> tuple[str, ...]:
        return (self.token, *super()._secrets())

    def _credential_header(self) -> str | None:
        # httpx strips Authorization on a cross-origin redirect; any other header name would go along.
        return None if self.auth_header_name.lower() == "authorization" else self.auth_header_name.lower()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client configured from CLOUDFLARE_API_TOKEN and, if set, CLOUDFLARE_BASE_URL; other settings as
        keyword arguments."""
        environ = os.environ if environ is None else environ
        token = environ.get("CLOUDFLARE_API_TOKEN")
        if not token or not token.strip():
            raise errors.RealtimeKitError("CLOUDFLARE_API_TOKEN is not set")
        if environ.get("CLOUDFLARE_BASE_URL"):
            kwargs.setdefault("base_url", environ["CLOUDFLARE_BASE_URL"])
        return cls(token=token, **kwargs)


class StrictJSONResponse(httpx.Response):
    """The httpx.Response of a successful call: json() is strict (no NaN/Infinity, bounded nesting) and raises
    ValueError for anything that is not JSON."""

    def json(self, **kwargs: Any) -> Any:
        if kwargs:
            return super().json(**kwargs)
        return errors.strict_json(self.content)


# ---- checks at construction ---------------------------------------------------------------------------------


def check_header(what: str, name: object, value: object) -> None:
    """A header (or cookie) name and value httpx can send: printable ASCII, no CR/LF/NUL. The message names
    the header, never its value."""
    if not isinstance(name, str) or not name or not (name.isascii() and name.isprintable()) or ":" in name:
        raise ValueError(f"{what}: not a valid header name")
    if not isinstance(value, str):
        raise TypeError(f"{what}: the value must be a str, got {type(value).__name__}")
    if not (value.isascii() and value.isprintable()):
        raise ValueError(
            f"{what}: the value holds a character an HTTP header cannot carry (a control character or a "
            "non-ASCII character); the value is not shown"
        )


def check_base_url(base_url: str, allow_insecure_http: bool) -> None:
    """https:// anywhere, http:// only to this machine unless allowed; no credentials in the URL."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ValueError("base_url is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an http:// or https:// URL with a host")
    if url.userinfo:
        raise ValueError("base_url must not hold credentials (user:password@); the token authenticates")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ValueError(
            f"base_url uses http:// to {errors.clip(url.host, 100)}, another machine: the token and request "
            "bodies would travel unencrypted. Use https://, or pass allow_insecure_http=True if that is intended"
        )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# ---- reading bodies, deadlines --------------------------------------------------------------------------------


def _read_sync(response: httpx.Response, cap: int | None, deadline: float | None) -> str | None:
    """Read the body incrementally, at most `cap` bytes (decoded). None when read whole, else the reason it was
    not (too long, undecodable); then `content` holds at most an excerpt's worth."""
    chunks: list[bytes] = []
    size, problem = 0, None
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if cap is not None and size > cap:
                chunks.append(chunk)
                problem = f"{_TOO_LONG} ({cap} bytes)"
                break
            chunks.append(chunk)
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout("total_timeout passed while reading the body", request=response.request)
    except httpx.DecodingError:
        problem = _undecodable(response)
    finally:
        response.close()
    _keep(response, chunks, problem)
    return problem


async def _read_async(response: httpx.Response, cap: int | None, deadline: float | None) -> str | None:
    chunks: list[bytes] = []
    size, problem = 0, None
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if cap is not None and size > cap:
                chunks.append(chunk)
                problem = f"{_TOO_LONG} ({cap} bytes)"
                break
            chunks.append(chunk)
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout("total_timeout passed while reading the body", request=response.request)
    except httpx.DecodingError:
        problem = _undecodable(response)
    finally:
        await response.aclose()
    _keep(response, chunks, problem)
    return problem


_TOO_LONG = "body longer than max_response_bytes"


def _keep(response: httpx.Response, chunks: list[bytes], problem: str | None) -> None:
    # What httpx's own read() does: the body becomes `response.content`.
    if problem is None:
        response._content = chunks[0] if len(chunks) == 1 else b"".join(chunks)  # pyright: ignore[reportPrivateUsage]
    else:
        excerpt = b"".join(chunks)[: errors.EXCERPT_BYTES] if problem.startswith(_TOO_LONG) else b""
        response._content = excerpt  # pyright: ignore[reportPrivateUsage]


def _undecodable(response: httpx.Response) -> str:
    encoding = errors.clip(response.headers.get("content-encoding", ""), 50)
    return f"the body could not be decoded (Content-Encoding: {encoding})"


def _cap_pool_timeout(request: httpx.Request, deadline: float) -> None:
    found = request.extensions.get("timeout")
    if isinstance(found, dict):
        timeouts = cast("dict[str, float | None]", found)
        remaining = max(deadline - time.monotonic(), 0.0)
        pool = timeouts.get("pool")
        if pool is None or pool > remaining:
            timeouts["pool"] = remaining


def _fits(delay: float, deadline: float | None) -> bool:
    """Whether waiting `delay` seconds still leaves time before the deadline for another attempt."""
    return deadline is None or time.monotonic() + delay < deadline


def _chain_is_clean(exc: BaseException, secrets: tuple[str, ...]) -> bool:
    """Whether no exception in exc's __cause__/__context__ chain shows one of the secrets."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        text = f"{current}{current.args!r}"
        if any(secret and secret in text for secret in secrets):
            return False
        pending += [current.__cause__, current.__context__]
    return True


def _running_loop() -> Any:
    asyncio = sys.modules.get("asyncio")
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


# ---- the network backend wrapper: total_timeout for every connect, read and write ------------------------------


def _remaining(timeout: float | None, kind: str) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        import httpcore

        raise getattr(httpcore, kind)("total_timeout passed")
    return remaining if timeout is None or timeout > remaining else timeout


class _BoundedStream:
    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, _remaining(timeout, "ReadTimeout"))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _remaining(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        timeout = _remaining(timeout, "ConnectTimeout")
        return _BoundedStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _BoundedBackend:
    __slots__ = ("_backend",)

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, **kwargs: Any) -> Any:
        timeout = _remaining(timeout, "ConnectTimeout")
        return _BoundedStream(self._backend.connect_tcp(host, port, timeout=timeout, **kwargs))

    def connect_unix_socket(self, path: str, timeout: float | None = None, **kwargs: Any) -> Any:
        timeout = _remaining(timeout, "ConnectTimeout")
        return _BoundedStream(self._backend.connect_unix_socket(path, timeout=timeout, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncBoundedStream:
    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, _remaining(timeout, "ReadTimeout"))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _remaining(timeout, "WriteTimeout"))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        timeout = _remaining(timeout, "ConnectTimeout")
        return _AsyncBoundedStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBoundedBackend:
    __slots__ = ("_backend",)

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, **kwargs: Any) -> Any:
        timeout = _remaining(timeout, "ConnectTimeout")
        return _AsyncBoundedStream(await self._backend.connect_tcp(host, port, timeout=timeout, **kwargs))

    async def connect_unix_socket(self, path: str, timeout: float | None = None, **kwargs: Any) -> Any:
        timeout = _remaining(timeout, "ConnectTimeout")
        return _AsyncBoundedStream(await self._backend.connect_unix_socket(path, timeout=timeout, **kwargs))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


_WRAPPERS = (_BoundedBackend, _AsyncBoundedBackend)


_C = TypeVar("_C", httpx.Client, httpx.AsyncClient)


def _bounded(client: _C) -> _C:
    """`client` (an httpx.Client or AsyncClient) with total_timeout applied to its connections' network I/O:
    the network backend of each of its connection pools is wrapped (httpx's own HTTPTransport; a custom
    transport is left alone, and then only the body reads check the deadline)."""
    mounts: dict[Any, Any] = getattr(client, "_mounts", {})
    transports: list[Any] = [getattr(client, "_transport", None), *mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _WRAPPERS):
            asynchronous = isinstance(client, httpx.AsyncClient)
            pool._network_backend = (_AsyncBoundedBackend if asynchronous else _BoundedBackend)(backend)  # type: ignore[union-attr]
    return client


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
    """Seconds from a Retry-After header (delay-seconds or HTTP-date), or None when absent or unreadable.
    Always finite (`inf`, `1e999` and NaN are unreadable)."""
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
    return max(seconds, 0.0) if math.isfinite(seconds) else None
