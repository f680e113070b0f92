"""The client: authentication, timeouts, limits and retries."""

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

from . import errors

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# Over the 100 s after which Cloudflare's edge answers 524.
DEFAULT_TOTAL_TIMEOUT = 120.0
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A longer Retry-After is not waited for: the error is raised at once.
MAX_RETRY_AFTER = 60.0

IDEMPOTENT_METHODS = errors.IDEMPOTENT_METHODS
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, *range(520, 528)})
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# What a request that is not retry-safe is retried after: the server provably did not act.
NOT_SENT_ERRORS = errors.NOT_SENT_ERRORS
NOT_PROCESSED_STATUSES = frozenset({429})

logger: logging.Logger = logging.getLogger("realtimekit_client")
LOG_ENVIRONMENT_VARIABLE: str = "REALTIMEKIT_LOG"


def configure_logging_from_env(environ: Mapping[str, str] | None = None) -> None:
    level = (os.environ if environ is None else environ).get(LOG_ENVIRONMENT_VARIABLE, "").strip().lower()
    if level not in ("debug", "info") or any(getattr(h, "_realtimekit", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._realtimekit = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


configure_logging_from_env()


def _log_attempt(operation: str, request: dict[str, Any], attempt: int) -> None:
    logger.debug("%s: attempt %d: %s %s", operation, attempt + 1, request["method"].upper(), request["url"])


class _Keep:
    """The type of KEEP: with_options() leaves a setting as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()

# The monotonic deadline of the call running in this thread or task.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("realtimekit_deadline", default=None)


def _check_total_timeout(value: object) -> None:
    if value is not None and not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
        raise ValueError(f"total_timeout must be a finite number of seconds > 0 or None, got {value!r}")


def _check_max_bytes(value: object) -> None:
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
    """The httpx clients shared by a Client and those with_options() derives from it."""

    client: httpx.Client | None = None
    async_client: httpx.AsyncClient | None = None
    async_loop: Any = None  # the event loop async_client's connections belong to
    async_closer: Any = None
    owns_client = owns_async_client = True

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.urls: dict[tuple[int, str], httpx.URL] = {}


class Client:
    """Settings for calls to the API, and the httpx clients that make them (closed by close(), aclose() or
    `with`). timeout: per connect/read/write (default 60 s, 5 to connect); total_timeout: per call, retries
    included (120 s); max_response_bytes (4 MiB); max_retries (2); None: no limit. An http:// base_url to
    another machine needs allow_insecure_http=True. httpx_args go to the httpx client."""

    __slots__ = ("__weakref__", "_async_sleep", "_base_url", "_clock", "_cookies", "_follow_redirects", "_headers",
                 "_httpx_args", "_httpx_timeout", "_pool", "_sleep", "_timeout", "_verify_ssl", "allow_insecure_http",
                 "max_response_bytes", "max_retries", "total_timeout")  # fmt: skip

    total_timeout: float | None
    max_response_bytes: int | None
    max_retries: int
    allow_insecure_http: bool

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        allow_insecure_http: bool = False,
        httpx_args: dict[str, Any] | None = None,
        sleep: Callable[[float], None] = time.sleep,  # for tests: waits (async: None is asyncio.sleep), and
        async_sleep: Callable[[float], Awaitable[None]] | None = None,  # the time for a Retry-After date
        clock: Callable[[], float] = time.time,
    ) -> None:
        _check_total_timeout(total_timeout)
        _check_max_bytes(max_response_bytes)
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries!r}")
        self._base_url = base_url
        self._timeout = timeout
        self.total_timeout = total_timeout
        self.max_response_bytes = max_response_bytes
        self.max_retries = max_retries
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self.allow_insecure_http = allow_insecure_http
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._clock = clock
        self._pool = _Pool()
        self._httpx_timeout = httpx.Timeout(timeout)
        check_base_url(base_url, allow_insecure_http)
        _check_headers("header", self._headers)
        _check_headers("cookie", self._cookies)

    def _settings(self) -> dict[str, Any]:
        """The constructor's arguments that made this client (what a derived client starts from)."""
        return {
            "base_url": self._base_url,
            "timeout": self._timeout,
            "total_timeout": self.total_timeout,
            "max_response_bytes": self.max_response_bytes,
            "max_retries": self.max_retries,
            "cookies": self._cookies,
            "headers": self._headers,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "allow_insecure_http": self.allow_insecure_http,
            "httpx_args": self._httpx_args,
            "sleep": self._sleep,
            "async_sleep": self._async_sleep,
            "clock": self._clock,
        }

    def _evolve(self, **changes: Any) -> Self:
        return type(self)(**{**self._settings(), **changes})

    def __repr__(self) -> str:
        shown = (
            "base_url",
            "timeout",
            "total_timeout",
            "max_response_bytes",
            "max_retries",
            "prefix",
            "auth_header_name",
        )
        settings = self._settings()
        return f"{type(self).__name__}({', '.join(f'{k}={settings[k]!r}' for k in shown if k in settings)})"

    @property
    def base_url(self) -> str:
        return self._base_url

    def _default_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def _secrets(self) -> tuple[str, ...]:  # what no message may show
        return tuple(value for value in (*self._headers.values(), *self._cookies.values()) if len(value) >= 4)

    def _credential_header(self) -> str | None:  # one httpx keeps on a cross-origin redirect
        return None

    def _httpx_clients(self) -> list[httpx.Client | httpx.AsyncClient]:
        return [client for client in (self._pool.client, self._pool.async_client) if client is not None]

    def _with(self, kind: str, values: dict[str, str]) -> Self:
        _check_headers(kind[:-1], values)
        for client in self._httpx_clients():
            getattr(client, kind).update(values)
        return self._evolve(**{kind: {**getattr(self, f"_{kind}"), **values}})

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client matching this one with additional headers"""
        return self._with("headers", headers)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies"""
        return self._with("cookies", cookies)

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client matching this one with a new timeout configuration"""
        for client in self._httpx_clients():
            client.timeout = timeout
        return self._evolve(timeout=timeout)

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None | _Keep = KEEP,
        max_retries: int | _Keep = KEEP,
        total_timeout: float | None | _Keep = KEEP,
        max_response_bytes: int | None | _Keep = KEEP,
    ) -> Self:
        """A client with other settings sharing this one's connections, headers and token."""
        given: dict[str, Any] = {"timeout": timeout, "max_retries": max_retries, "total_timeout": total_timeout}
        given["max_response_bytes"] = max_response_bytes
        derived = self._evolve(**{name: value for name, value in given.items() if value is not KEEP})
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

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for requests."""
        with self._pool.lock:
            self._pool.client, self._pool.owns_client = _bounded(client), False
            self._pool.urls.clear()
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, constructed on first use."""
        client = self._pool.client
        if client is None or client.is_closed:
            with self._pool.lock:
                client = self._pool.client
                if client is None or (client.is_closed and self._pool.owns_client):
                    client = self._pool.client = _bounded(httpx.Client(**self._httpx_settings()))
                    self._pool.owns_client = True
        return client

    def close(self) -> None:
        """Close the sync connections (aclose() closes both kinds); a later call opens new ones."""
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
            # asyncio closes this generator, and so the client, when the loop ends (shutdown_asyncgens).
            closer = _close_when_loop_ends(client)
            self._pool.async_closer = closer
            await closer.__anext__()
        return client

    async def aclose(self) -> None:
        """Close the async and the sync connections."""
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

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        httpx_client = self._pool.client
        if httpx_client is None or httpx_client.is_closed:
            httpx_client = self.get_httpx_client()
        idempotent, operation, deadline = self._start(request)
        reset = _DEADLINE.set(deadline)
        outcome: httpx.Response | Exception
        try:
            attempt = 0
            while True:
                if logger.isEnabledFor(logging.DEBUG):
                    _log_attempt(operation, request, attempt)
                try:
                    response, problem = self._exchange(httpx_client, request, deadline)
                except (httpx.HTTPError, RuntimeError) as exc:  # RuntimeError: httpx refusing to send
                    outcome, problem = exc, None
                else:
                    if response.is_success and problem is None:
                        response.__class__ = StrictJSONResponse
                        return response
                    outcome = response
                self._sleep(self._delay(outcome, problem, operation, attempt, idempotent, deadline))
                attempt += 1
        finally:
            _DEADLINE.reset(reset)

    async def _send_async(self, request: dict[str, Any]) -> httpx.Response:
        httpx_client = await self._async_httpx_client()
        idempotent, operation, deadline = self._start(request)
        reset = _DEADLINE.set(deadline)
        outcome: httpx.Response | Exception
        try:
            attempt = 0
            while True:
                if logger.isEnabledFor(logging.DEBUG):
                    _log_attempt(operation, request, attempt)
                try:
                    response, problem = await self._exchange_async(httpx_client, request, deadline)
                except (httpx.HTTPError, RuntimeError) as exc:
                    outcome, problem = exc, None
                else:
                    if response.is_success and problem is None:
                        response.__class__ = StrictJSONResponse
                        return response
                    outcome = response
                delay = self._delay(outcome, problem, operation, attempt, idempotent, deadline)
                await (self._async_sleep or _asyncio_sleep())(delay)
                attempt += 1
        finally:
            _DEADLINE.reset(reset)

    def _start(self, request: dict[str, Any]) -> tuple[bool, str, float | None]:
        idempotent = retry_safe(request)
        operation = request.pop("operation", None) or request["method"].upper()
        deadline = None if self.total_timeout is None else time.monotonic() + self.total_timeout
        return idempotent, operation, deadline

    def _delay(
        self,
        outcome: httpx.Response | Exception,
        problem: str | None,
        operation: str,
        attempt: int,
        idempotent: bool,
        deadline: float | None,
    ) -> float:
        """Seconds to wait before the next attempt, or raises the failure."""
        delay: float | None = None
        retrying = attempt < self.max_retries
        if isinstance(outcome, httpx.Response):
            if outcome.is_success:  # a 2xx whose body could not be read
                assert problem is not None
                too_large = problem.startswith(_TOO_LONG)
                failure: errors.RealtimeKitError = errors.unreadable_response(outcome, problem, too_large=too_large)
            else:
                retry_after = retry_after_seconds(outcome.headers, self._clock())
                failure = errors.status_error(
                    outcome, retry_after=retry_after, note=problem, body_unreadable=problem is not None
                )
                if retrying and outcome.status_code in (RETRYABLE_STATUSES if idempotent else NOT_PROCESSED_STATUSES):
                    if retry_after is None:
                        delay = backoff_delay(attempt)
                    elif retry_after <= MAX_RETRY_AFTER:
                        delay = retry_after
        else:
            passed = deadline is not None and time.monotonic() >= deadline
            failure = errors.connection_error(
                outcome, secrets=self._secrets(), deadline_passed=self.total_timeout if passed else None
            )
            if retrying and not passed and isinstance(outcome, RETRYABLE_ERRORS if idempotent else NOT_SENT_ERRORS):
                delay = backoff_delay(attempt)
        if delay is None or (deadline is not None and time.monotonic() + delay >= deadline):
            raise failure
        if logger.isEnabledFor(logging.INFO):
            status = getattr(failure, "status_code", None)
            cause = f"status {status}" if isinstance(status, int) else type(failure).__name__
            logger.info(
                "%s: attempt %d failed (%s, cf-ray %s); retry %d of %d in %.2f s",
                operation, attempt + 1, cause, getattr(failure, "ray_id", None) or "-", attempt + 1,
                self.max_retries, delay,
            )  # fmt: skip
        return delay

    def _exchange(
        self, httpx_client: httpx.Client, request: dict[str, Any], deadline: float | None
    ) -> tuple[httpx.Response, str | None]:
        outgoing = self._outgoing(httpx_client, request, deadline)
        hops = 0
        while True:
            response = httpx_client.send(outgoing, stream=True, follow_redirects=False)
            following, refusal = self._redirect(httpx_client, outgoing, response, hops)
            if following is None:
                problem = _read_sync(response, self.max_response_bytes, deadline)
                return response, refusal or problem
            response.close()
            outgoing, hops = following, hops + 1

    async def _exchange_async(
        self, httpx_client: httpx.AsyncClient, request: dict[str, Any], deadline: float | None
    ) -> tuple[httpx.Response, str | None]:
        outgoing = self._outgoing(httpx_client, request, deadline)
        hops = 0
        while True:
            response = await httpx_client.send(outgoing, stream=True, follow_redirects=False)
            following, refusal = self._redirect(httpx_client, outgoing, response, hops)
            if following is None:
                problem = await _read_async(response, self.max_response_bytes, deadline)
                return response, refusal or problem
            await response.aclose()
            outgoing, hops = following, hops + 1

    def _outgoing(
        self, httpx_client: httpx.Client | httpx.AsyncClient, request: dict[str, Any], deadline: float | None
    ) -> httpx.Request:
        arguments = {**request, "url": self._absolute_url(httpx_client, request["url"])}
        if httpx_client.timeout != self._httpx_timeout:
            arguments["timeout"] = self._httpx_timeout
        outgoing = httpx_client.build_request(**arguments)
        timeouts = outgoing.extensions.get("timeout")
        if deadline is not None and isinstance(timeouts, dict):  # the wait for a pooled connection, capped
            pool = cast("dict[str, float | None]", timeouts)
            remaining = max(deadline - time.monotonic(), 0.0)
            waits = pool.get("pool")
            if waits is None or waits > remaining:
                pool["pool"] = remaining
        return outgoing

    def _absolute_url(self, httpx_client: httpx.Client | httpx.AsyncClient, url: Any) -> Any:
        # Cached: httpx parses a URL slowly, and an application's URLs repeat.
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

    def _redirect(
        self,
        httpx_client: httpx.Client | httpx.AsyncClient,
        current: httpx.Request,
        response: httpx.Response,
        hops: int,
    ) -> tuple[httpx.Request | None, str | None]:
        following = response.next_request
        if following is None or not httpx_client.follow_redirects:
            return None, None
        if hops >= httpx_client.max_redirects:
            return None, f"more than {httpx_client.max_redirects} redirects"
        old, new = current.url, following.url
        if (old.scheme, old.host, old.port) == (new.scheme, new.host, new.port):
            return following, None
        target = f"{new.scheme}://{errors.clip(new.host, errors.MESSAGE_PART_CHARS)}"
        has_body = following.headers.get("content-length", "0") != "0" or "transfer-encoding" in following.headers
        if has_body:
            return None, f"redirect to another origin ({target}) refused: it would re-send the request body"
        credential = self._credential_header()
        if credential is not None and credential in following.headers:
            return None, f"redirect to another origin ({target}) refused: it would carry the {credential} header"
        return following, None


class AuthenticatedClient(Client):
    """A Client that sends a Cloudflare API token (`Authorization: Bearer <token>`), never showing it."""

    __slots__ = ("auth_header_name", "prefix", "token")

    token: str
    prefix: str
    auth_header_name: str

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        allow_insecure_http: bool = False,
        httpx_args: dict[str, Any] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.token = _clean_token(token)
        check_header("auth_header_name", auth_header_name, "x")
        if prefix:
            check_header("prefix", "x", prefix)
        self.prefix = prefix
        self.auth_header_name = auth_header_name
        super().__init__(
            base_url, timeout=timeout, total_timeout=total_timeout, max_response_bytes=max_response_bytes,
            max_retries=max_retries, cookies=cookies, headers=headers, verify_ssl=verify_ssl,
            follow_redirects=follow_redirects, allow_insecure_http=allow_insecure_http, httpx_args=httpx_args,
            sleep=sleep, async_sleep=async_sleep, clock=clock,
        )  # fmt: skip

    def _settings(self) -> dict[str, Any]:
        return {
            **super()._settings(),
            "token": self.token,
            "prefix": self.prefix,
            "auth_header_name": self.auth_header_name,
        }

    def _default_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    def _secrets(self) -> tuple[str, ...]:
        return (self.token, *super()._secrets())

    def _credential_header(self) -> str | None:
        return None if self.auth_header_name.lower() == "authorization" else self.auth_header_name.lower()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client from CLOUDFLARE_API_TOKEN and, if set, CLOUDFLARE_BASE_URL."""
        environ = os.environ if environ is None else environ
        token = environ.get("CLOUDFLARE_API_TOKEN")
        if not token or not token.strip():
            raise errors.RealtimeKitError("CLOUDFLARE_API_TOKEN is not set")
        if environ.get("CLOUDFLARE_BASE_URL"):
            kwargs.setdefault("base_url", environ["CLOUDFLARE_BASE_URL"])
        return cls(token=token, **kwargs)


class StrictJSONResponse(httpx.Response):
    """A successful call's response: json() is strict (no NaN)."""

    def json(self, **kwargs: Any) -> Any:
        if kwargs:
            return super().json(**kwargs)
        return errors.strict_json(self.content)


def check_header(what: str, name: object, value: object) -> None:
    if not isinstance(name, str) or not name or not (name.isascii() and name.isprintable()) or ":" in name:
        raise ValueError(f"{what}: not a valid header name")
    if not isinstance(value, str):
        raise TypeError(f"{what}: the value must be a str, got {type(value).__name__}")
    if not (value.isascii() and value.isprintable()):
        raise ValueError(
            f"{what}: the value holds a character an HTTP header cannot carry (a control character or a "
            "non-ASCII character); the value is not shown"
        )


def _check_headers(kind: str, headers: dict[str, str]) -> None:
    for name, value in headers.items():
        check_header(f"{kind} {name!r}", name, value)


def check_base_url(base_url: str, allow_insecure_http: bool) -> None:
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


def _read_sync(response: httpx.Response, cap: int | None, deadline: float | None) -> str | None:
    """Reads at most `cap` bytes into `response.content`; returns why the body is unusable, or None."""
    body, undecodable = bytearray(), False
    try:
        for chunk in response.iter_bytes():
            if _take(body, chunk, cap, deadline, response):
                break
    except httpx.DecodingError:
        undecodable = True
    finally:
        response.close()
    return _keep(response, None if undecodable else body, cap)


async def _read_async(response: httpx.Response, cap: int | None, deadline: float | None) -> str | None:
    body, undecodable = bytearray(), False
    try:
        async for chunk in response.aiter_bytes():
            if _take(body, chunk, cap, deadline, response):
                break
    except httpx.DecodingError:
        undecodable = True
    finally:
        await response.aclose()
    return _keep(response, None if undecodable else body, cap)


def _take(body: bytearray, chunk: bytes, cap: int | None, deadline: float | None, response: httpx.Response) -> bool:
    body += chunk
    if cap is not None and len(body) > cap:
        return True
    if deadline is not None and time.monotonic() > deadline:
        raise httpx.ReadTimeout("total_timeout passed while reading the body", request=response.request)
    return False


_TOO_LONG = "body longer than max_response_bytes"


def _keep(response: httpx.Response, body: bytearray | None, cap: int | None) -> str | None:
    content, problem = b"", None
    if body is None:
        encoding = errors.clip(response.headers.get("content-encoding", ""), 50)
        problem = f"the body could not be decoded (Content-Encoding: {encoding})"
    elif cap is not None and len(body) > cap:
        content, problem = bytes(body[: errors.EXCERPT_BYTES]), f"{_TOO_LONG} ({cap} bytes)"
    else:
        content = bytes(body)
    response._content = content  # pyright: ignore[reportPrivateUsage]
    return problem


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


def _remaining(timeout: float | None, kind: str) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        import httpcore

        raise getattr(httpcore, kind)("total_timeout passed")
    return remaining if timeout is None or timeout > remaining else timeout


class _Bounded:
    """An httpcore network backend or stream whose timeouts end by the deadline (async: returns awaitables)."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def _wrap(self, stream: Any) -> Any:
        return _Bounded(stream)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, **kwargs: Any) -> Any:
        return self._wrap(self._inner.connect_tcp(host, port, timeout=_remaining(timeout, "ConnectTimeout"), **kwargs))

    def connect_unix_socket(self, path: str, timeout: float | None = None, **kwargs: Any) -> Any:
        return self._wrap(
            self._inner.connect_unix_socket(path, timeout=_remaining(timeout, "ConnectTimeout"), **kwargs)
        )

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return self._wrap(self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout, "ConnectTimeout")))

    def read(self, max_bytes: int, timeout: float | None = None) -> Any:
        return self._inner.read(max_bytes, _remaining(timeout, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> Any:
        return self._inner.write(buffer, _remaining(timeout, "WriteTimeout"))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def __getattr__(self, name: str) -> Any:  # close, aclose, sleep
        return getattr(self._inner, name)


class _AsyncBounded(_Bounded):
    __slots__ = ()

    async def _wrap(self, stream: Any) -> Any:
        return _AsyncBounded(await stream)


_C = TypeVar("_C", httpx.Client, httpx.AsyncClient)


def _bounded(client: _C) -> _C:
    # Wraps the network backend of httpx's own transports (a custom one is left alone).
    mounts: dict[Any, Any] = getattr(client, "_mounts", {})
    for transport in [getattr(client, "_transport", None), *mounts.values()]:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _Bounded):
            asynchronous = isinstance(client, httpx.AsyncClient)
            pool._network_backend = (_AsyncBounded if asynchronous else _Bounded)(backend)  # type: ignore[union-attr]
    return client


def retry_safe(request: dict[str, Any]) -> bool:
    """Pops request["retry_safe"] (the spec's x-realtimekit-retry); without it, whether the method is idempotent."""
    safe = request.pop("retry_safe", None)
    return request["method"].upper() in IDEMPOTENT_METHODS if safe is None else bool(safe)


# asyncio, random and email.utils are imported when needed: together they cost more import time than httpx.


def _asyncio_sleep() -> Callable[[float], Awaitable[None]]:
    import asyncio

    return asyncio.sleep


def backoff_delay(attempt: int) -> float:
    """min(0.5 * 2**attempt, 8) seconds, less up to 25 % jitter."""
    import random

    return min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY) * (1 - 0.25 * random.random())


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """Seconds from a Retry-After header (finite), or None."""
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
