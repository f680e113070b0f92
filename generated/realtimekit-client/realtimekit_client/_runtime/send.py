"""One call of an operation, from the endpoint's ApiRequest to the Response: Client.send() and send_async().

    check the arguments against the spec (rules) -> build httpx's arguments (the endpoint's _get_kwargs)
    -> per attempt: request -> transport (deadline-bounded) -> body (bounded) -> 2xx: parse, return
                    else: failure -> retry (policy, wait) or raise

Sync and async differ only where they wait. This module is the client's own machinery: it reads the client's
private state (its pool, its test hooks), as a method would.
"""
# pyright: reportPrivateUsage=false

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from .. import errors
from ..types import UNSET, ApiRequest, Received, Response
from . import failures, log, retry, rules, spec
from .body import read_async, read_sync
from .constants import PREPARED_CACHE_SIZE
from .pool import cookie_version
from .redirects import next_hop
from .transport import DEADLINE

if TYPE_CHECKING:
    from ..client import Client

T = TypeVar("T")


class Prepared:
    """A call's request, checked and built once, sent by each attempt. Its repr shows method and path only: the
    body (credentials) and headers stay out of logs and of what error reporters capture from frame locals."""

    __slots__ = ("arguments", "method", "operation", "retry_safe", "template", "url")

    def __init__(self, operation: str, retry_safe: bool, arguments: dict[str, Any]) -> None:
        self.operation = operation
        self.retry_safe = retry_safe
        self.method: str = arguments.pop("method").upper()
        self.url: str = arguments.pop("url")
        self.arguments = arguments
        # For a request without a body, prepared from plain arguments: the httpx request built for an httpx
        # client (weakly held) with its cookies at a version and a timeout, sent again as a copy while all hold.
        self.template: tuple[weakref.ref[Any], int, httpx.Request, Any] | None = None

    def __repr__(self) -> str:
        return f"<Prepared {self.operation}: {self.method} {self.url[:200]}>"


def prepare(request: ApiRequest[Any]) -> Prepared:
    """Checks the arguments (InvalidValueError before anything is sent) and builds the request once. A call whose
    arguments are all plain values (a poll of the same meeting) reuses what an identical call prepared."""
    key = _cache_key(request)
    if key is not None:
        cached = _PREPARED.get(key)
        if cached is not None:
            return cached
    entry = spec.operation_entry(request.operation)
    rules.check_arguments(request.operation, request.arguments)
    try:
        built = request.build(**request.arguments)
    except (TypeError, ValueError, AttributeError) as exc:
        raise errors.InvalidValueError(
            f"{request.operation}: the arguments could not be encoded ({type(exc).__name__}); nothing was sent"
        ) from None
    for name, delimiter in entry["delimiters"].items():  # a query array with explode: false is one value
        params = built.get("params")
        if params and isinstance(params.get(name), list):
            params[name] = delimiter.join(map(str, params[name]))
    headers = built.get("headers")
    if headers and "json" in built and headers.get("Content-Type") == "application/json":
        del headers["Content-Type"]  # httpx sets it for json= (merging a header per call costs more)
        if not headers:
            del built["headers"]
    elif headers and "files" in built and str(headers.get("Content-Type", "")).startswith("multipart/form-data"):
        # Upstream's endpoint names a fixed boundary (+++), which httpx would use: a part holding it could forge
        # other parts. Without the header httpx draws a random boundary and names it.
        del headers["Content-Type"]
        if not headers:
            del built["headers"]
    prepared = Prepared(request.operation, entry["retry"] == "safe", built)
    if key is not None:
        if len(_PREPARED) >= PREPARED_CACHE_SIZE:
            _PREPARED.clear()
        _PREPARED[key] = prepared
    return prepared


# Prepared requests of calls whose arguments are all immutable plain values, by operation and arguments.
_PREPARED: dict[tuple[Any, ...], Prepared] = {}
_PLAIN = (str, int, float, bool, type(None))


def _cache_key(request: ApiRequest[Any]) -> tuple[Any, ...] | None:
    arguments = request.arguments
    for value in arguments.values():
        if value.__class__ not in _PLAIN and value is not UNSET:
            return None
    return (request.operation, request.build, *arguments.items())


def send(client: Client, request: ApiRequest[T]) -> Response[T]:
    prepared = prepare(request)
    pool = client._pool
    httpx_client = pool.client if pool.client is not None and not pool.closed else client.get_httpx_client()
    deadline = None if client.total_timeout is None else time.monotonic() + client.total_timeout
    reset = DEADLINE.set(deadline)
    try:
        attempt = 0
        while True:
            if log.logger.isEnabledFor(logging.DEBUG):
                log.attempt(prepared.operation, prepared.method, prepared.url, attempt)
            try:
                response, problem = _exchange(client, httpx_client, prepared, deadline)
            except (httpx.HTTPError, RuntimeError) as exc:  # RuntimeError: httpx refusing to send
                outcome: httpx.Response | Exception = exc
                problem = None
            else:
                if response.is_success and problem is None:
                    return _finish(response, request)
                outcome = response
            client._sleep(_delay(client, prepared, outcome, problem, attempt, deadline))
            attempt += 1
    finally:
        DEADLINE.reset(reset)


async def send_async(client: Client, request: ApiRequest[T]) -> Response[T]:
    prepared = prepare(request)
    httpx_client = await client._pool.async_client_here(client._make_async_httpx_client)
    deadline = None if client.total_timeout is None else time.monotonic() + client.total_timeout
    reset = DEADLINE.set(deadline)
    try:
        attempt = 0
        while True:
            if log.logger.isEnabledFor(logging.DEBUG):
                log.attempt(prepared.operation, prepared.method, prepared.url, attempt)
            try:
                response, problem = await _exchange_async(client, httpx_client, prepared, deadline)
            except (httpx.HTTPError, RuntimeError) as exc:
                outcome: httpx.Response | Exception = exc
                problem = None
            else:
                if response.is_success and problem is None:
                    return _finish(response, request)
                outcome = response
            delay = _delay(client, prepared, outcome, problem, attempt, deadline)
            await _async_sleep(client)(delay)
            attempt += 1
    finally:
        DEADLINE.reset(reset)


def _finish(response: httpx.Response, request: ApiRequest[T]) -> Response[T]:
    """The one place a 2xx becomes a Response: the endpoint's parser reads the body (decoded once, strictly)."""
    received = Received(response.status_code, response.content, response.headers)
    try:
        parsed = request.parse(received)
    except (errors.InvalidValueError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise failures.invalid_body_failure(response, request.operation, exc) from None
    return Response(status_code=response.status_code, content=received.content, headers=response.headers, parsed=parsed)


def _delay(
    client: Client,
    prepared: Prepared,
    outcome: httpx.Response | Exception,
    problem: str | None,
    attempt: int,
    deadline: float | None,
) -> float:
    """Seconds to wait before the next attempt, or raises the failure."""
    retry_after: float | None = None
    if isinstance(outcome, httpx.Response):
        if outcome.is_success:  # a 2xx whose body could not be read
            assert problem is not None
            raise failures.unreadable_failure(outcome, problem)
        retry_after = retry.retry_after_seconds(outcome.headers, client._clock())
        failure: errors.RealtimeKitError = failures.status_failure(outcome, problem, retry_after, prepared.retry_safe)
        passed = False
    else:
        passed = deadline is not None and time.monotonic() >= deadline
        failure = failures.connection_failure(
            outcome,
            secrets=client._secrets(),
            total_timeout=client.total_timeout if passed else None,
            retry_safe=prepared.retry_safe,
        )
    delay = None
    if attempt < client.max_retries and not passed and retry.retryable(outcome, prepared.retry_safe):
        delay = retry.wait_before(attempt, retry_after)
    if delay is None or (deadline is not None and time.monotonic() + delay >= deadline):
        raise failure
    if log.logger.isEnabledFor(logging.INFO):
        status = getattr(failure, "status_code", None)
        cause = f"status {status}" if isinstance(status, int) else type(failure).__name__
        log.retrying(prepared.operation, attempt, cause, getattr(failure, "ray_id", None), client.max_retries, delay)
    return delay


def _outgoing(
    client: Client, httpx_client: httpx.Client | httpx.AsyncClient, prepared: Prepared, deadline: float | None
) -> httpx.Request:
    timeout = _own_timeout(client, httpx_client)
    outgoing = _from_template(httpx_client, prepared, timeout)
    if outgoing is None:
        url = client._pool.absolute_url(httpx_client, prepared.url)
        if _SIMPLE.issuperset(prepared.arguments) and not httpx_client.params and not httpx_client.cookies.jar:
            # What build_request would make, without merging empty query parameters and an empty cookie jar
            # into it (each costs a URL or a cookie-jar round trip per request).
            own = httpx_client.timeout if timeout is httpx.USE_CLIENT_DEFAULT else httpx.Timeout(timeout)
            outgoing = httpx.Request(prepared.method, url, headers=httpx_client.headers,
                                     extensions={"timeout": own.as_dict()}, **prepared.arguments)  # fmt: skip
        else:
            outgoing = httpx_client.build_request(prepared.method, url, timeout=timeout, **prepared.arguments)
        _keep_template(httpx_client, prepared, outgoing, timeout)
    timeouts: Any = outgoing.extensions.get("timeout")
    if deadline is not None and isinstance(timeouts, dict):  # the wait for a pooled connection, capped too
        pool = dict(cast("dict[str, float | None]", timeouts))
        left = max(deadline - time.monotonic(), 0.0)
        waits = pool.get("pool")
        if waits is None or waits > left:
            pool["pool"] = left
            outgoing.extensions = {**outgoing.extensions, "timeout": pool}
    return outgoing


def _own_timeout(client: Client, httpx_client: httpx.Client | httpx.AsyncClient) -> Any:
    """The timeout a request of this client carries. The httpx clients of a pool are made with the settings of
    the client that first needed them, and with_options() derives clients with other timeouts that share them:
    each request carries its own client's. An httpx client the caller gave (set_httpx_client) keeps its own."""
    pool = client._pool
    owned = pool.owns_client if httpx_client is pool.client else pool.owns_async_client
    return client._timeout if owned else httpx.USE_CLIENT_DEFAULT


def _from_template(
    httpx_client: httpx.Client | httpx.AsyncClient, prepared: Prepared, timeout: Any
) -> httpx.Request | None:
    """A copy of the request built for this httpx client before, if it is still what build_request would give:
    httpx builds a request slowly (its headers merged and validated anew each time), and polls repeat."""
    template = prepared.template
    if (
        template is None
        or template[0]() is not httpx_client
        or template[1] != cookie_version(httpx_client)
        or template[3] is not timeout
    ):
        return None
    copy: httpx.Request = _new_object(httpx.Request)
    copy.__dict__.update(template[2].__dict__)
    return copy


def _keep_template(
    httpx_client: httpx.Client | httpx.AsyncClient, prepared: Prepared, request: httpx.Request, timeout: Any
) -> None:
    version = cookie_version(httpx_client)
    if version is not None and prepared in _PREPARED.values() and not _HAS_BODY.intersection(prepared.arguments):
        copy: httpx.Request = _new_object(httpx.Request)
        copy.__dict__.update(request.__dict__)
        prepared.template = (weakref.ref(httpx_client), version, copy, timeout)


_new_object = object.__new__
# The request arguments a request can be made from without httpx's merging (no query, cookies or own headers).
_SIMPLE = frozenset({"content", "json"})
# httpx's arguments that give a request a body: its stream is read when sent, so it is built anew each time.
_HAS_BODY = frozenset({"content", "data", "files", "json"})


def _exchange(
    client: Client, httpx_client: httpx.Client, prepared: Prepared, deadline: float | None
) -> tuple[httpx.Response, str | None]:
    outgoing = _outgoing(client, httpx_client, prepared, deadline)
    hops = 0
    while True:
        response = httpx_client.send(outgoing, stream=True, follow_redirects=False)
        following, refusal = None, None
        if response.next_request is not None:  # a redirect httpx would follow
            following, refusal = next_hop(httpx_client, outgoing, response, hops, client._own_header_names())
        if following is None:
            problem = read_sync(response, client.max_response_bytes, deadline)
            return response, refusal or problem
        response.close()
        outgoing, hops = following, hops + 1


async def _exchange_async(
    client: Client, httpx_client: httpx.AsyncClient, prepared: Prepared, deadline: float | None
) -> tuple[httpx.Response, str | None]:
    outgoing = _outgoing(client, httpx_client, prepared, deadline)
    hops = 0
    while True:
        response = await httpx_client.send(outgoing, stream=True, follow_redirects=False)
        following, refusal = None, None
        if response.next_request is not None:  # a redirect httpx would follow
            following, refusal = next_hop(httpx_client, outgoing, response, hops, client._own_header_names())
        if following is None:
            problem = await read_async(response, client.max_response_bytes, deadline)
            return response, refusal or problem
        await response.aclose()
        outgoing, hops = following, hops + 1


def _async_sleep(client: Client) -> Callable[[float], Awaitable[None]]:
    sleep = client._async_sleep
    if sleep is not None:
        return sleep
    import asyncio  # only async calls need it; it costs more import time than httpx

    return asyncio.sleep
