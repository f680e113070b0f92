"""Turning what went wrong into the package's exception: one function per kind of outcome.

Each message is bounded and shows no secret; an exception that carries httpx's own as its cause has had the
locals of that cause's frames cleared first (error reporters capture frame locals, and httpx's hold the
request's headers).
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from typing import Any

import httpx

from .. import errors
from .body import TOO_LONG, json_or_none
from .constants import MESSAGE_PART_CHARS, NOT_SENT_ERRORS
from .redact import clip, safe_url, scrub


def status_failure(
    response: httpx.Response, problem: str | None, retry_after: float | None, retry_safe: bool
) -> errors.APIStatusError:
    """A non-2xx answer; `problem` says why its body (or the redirect it asked for) could not be used."""
    body = None if problem is not None else json_or_none(errors_content(response))
    error_class = errors.status_error_class(response.status_code)
    return error_class(response, body=body, retry_after=retry_after, note=problem, retry_safe=retry_safe)


def unreadable_failure(response: httpx.Response, problem: str) -> errors.ResponseValidationError:
    """A 2xx whose body could not be read (too long, undecodable)."""
    error_class = errors.ResponseTooLargeError if problem.startswith(TOO_LONG) else errors.ResponseValidationError
    return error_class(
        f"{response.request.method}: the API accepted the request ({response.status_code}) but its body could not "
        f"be read: {problem}",
        response,
    )


def invalid_body_failure(response: httpx.Response, operation: str, exc: Exception) -> errors.ResponseValidationError:
    """A 2xx whose body the operation's parser refused; the body's values are never quoted (the API echoes
    credentials), only the place of the refused one."""
    body = json_or_none(errors_content(response))
    path = ""
    if isinstance(exc, errors.InvalidValueError):
        reason, path = str(exc), exc.path
    elif body is None:
        reason = "the body is not JSON"
    else:
        reason = clip(str(exc) or type(exc).__name__, MESSAGE_PART_CHARS)
    _forget_locals(exc)
    return errors.ResponseValidationError(
        f"{operation}: the API accepted the request ({response.status_code}) but the response does not match "
        f"the API spec: {reason}; the decoded body is in .body",
        response,
        body=body,
        path=path,
    )


def connection_failure(
    exc: Exception, *, secrets: tuple[str, ...], total_timeout: float | None, retry_safe: bool
) -> errors.APIConnectionError:
    """A transport failure or httpx refusing to send (total_timeout: the call's, when it passed)."""
    detail = clip(scrub(str(exc), secrets), MESSAGE_PART_CHARS)
    if not isinstance(exc, httpx.HTTPError):
        error = errors.APIConnectionError(
            f"the request could not be sent: {type(exc).__name__}: {detail}", may_have_acted=False
        )
    else:
        timed_out = total_timeout is not None or isinstance(exc, httpx.TimeoutException)
        may_have_acted = not isinstance(exc, NOT_SENT_ERRORS)
        try:
            request = exc.request
            method: str | None = request.method
            where = f" ({method} {safe_url(request.url)})"
        except (AttributeError, RuntimeError):  # RuntimeError: the error carries no request
            method, where = None, ""
        if total_timeout is not None:
            text = f"total_timeout of {total_timeout:g} s passed ({type(exc).__name__}: {detail}){where}"
        else:
            text = f"{type(exc).__name__}: {detail}{where}"
        error_class = errors.APITimeoutError if timed_out else errors.APIConnectionError
        error = error_class(
            text + errors.acted_sentence(method, may_have_acted, retry_safe), may_have_acted=may_have_acted
        )
    _forget_locals(exc)
    if _chain_is_clean(exc, secrets):
        error.__cause__ = exc
    error.__suppress_context__ = True
    return error


def errors_content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def _forget_locals(exc: BaseException) -> None:
    """Clears the locals of every finished frame in exc's traceback and chain (what was sent lives there)."""
    for current in _chain(exc):
        traceback.clear_frames(current.__traceback__)


def _chain_is_clean(exc: BaseException, secrets: tuple[str, ...]) -> bool:
    for current in _chain(exc):
        text: Any = f"{current}{current.args!r}"
        if any(secret and secret in text for secret in secrets):
            return False
    return True


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """exc and every exception it was raised from or during, each once (a chain can loop)."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [current.__cause__, current.__context__]
