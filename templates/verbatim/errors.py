"""Everything this package raises on purpose derives from RealtimeKitError.

    RealtimeKitError
    ├── APIStatusError            any non-2xx response (UnexpectedStatus is an alias)
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500 (Cloudflare's 520-527 included)
    ├── APIConnectionError        the request failed in transport (DNS, refused, reset, ...)
    │   └── APITimeoutError
    └── ResponseValidationError   a 2xx body that is not JSON or does not match the spec

Invalid arguments (an empty or dot-segment path parameter, a value out of the spec's bounds) raise ValueError
before anything is sent.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

# How much of a non-JSON error body (an HTML page from Cloudflare's edge, say) goes into a message.
BODY_EXCERPT_CHARS = 200


class RealtimeKitError(Exception):
    """Base of every exception this package raises on purpose."""


class APIStatusError(RealtimeKitError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        response: the httpx.Response (its request still carries the Authorization header: don't log it).
        body: the decoded JSON body, or None when the body is not JSON.
        error_code, error_message: from the RealtimeKit envelope `{"error": {"code", "message"}}` or the first
            entry of the v4 envelope `{"errors": [{"code", "message"}]}`; None when neither is present.
        ray_id: the `cf-ray` header, to quote to Cloudflare support.
        retry_after: seconds from the `Retry-After` header, when present and readable.
    """

    status_code: int
    response: httpx.Response
    body: Any
    error_code: int | None
    error_message: str | None
    ray_id: str | None
    retry_after: float | None

    def __init__(self, response: httpx.Response, *, retry_after: float | None = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.ray_id = response.headers.get("cf-ray")
        self.retry_after = retry_after
        self.body = _json_or_none(response)
        self.error_code, self.error_message = _error_details(self.body)
        super().__init__(self._describe())

    @property
    def content(self) -> bytes:
        """The raw body (the attribute upstream's UnexpectedStatus has)."""
        return self.response.content

    def _describe(self) -> str:
        parts = [f"{self.status_code} {self.response.reason_phrase}".rstrip()]
        if self.error_message is not None or self.error_code is not None:
            parts.append(f"{self.error_message} (code {self.error_code})")
        elif self.body is None and self.response.content:
            text = " ".join(self.response.text.split())
            more = "..." if len(text) > BODY_EXCERPT_CHARS else ""
            parts.append(f"body: {text[:BODY_EXCERPT_CHARS]!r}{more}")
        if self.ray_id:
            parts.append(f"cf-ray {self.ray_id}")
        return ": ".join(parts[:2]) + "".join(f" [{part}]" for part in parts[2:])


UnexpectedStatus = APIStatusError


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token lacks the Realtime or Realtime Admin permission (the gateway also answers 403 to a bad
    token)."""


class NotFoundError(APIStatusError):
    """404: for the active recording, the meeting has none."""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429: over a rate limit; `retry_after` says how long to wait when the API said so."""


class InternalServerError(APIStatusError):
    """>= 500, including Cloudflare's own 520-527 (often with an HTML body)."""


class APIConnectionError(RealtimeKitError):
    """The request did not get a response: DNS failure, connection refused or reset, protocol error."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or waiting for a pooled connection)."""


class ResponseValidationError(RealtimeKitError):
    """A 2xx response whose body is not JSON or does not match the spec (a required field missing, a value
    of the wrong type). The response is kept for inspection."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        super().__init__(message)


_ERROR_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """The exception for a non-2xx response."""
    if response.status_code >= 500:
        return InternalServerError(response, retry_after=retry_after)
    error_class = _ERROR_BY_STATUS.get(response.status_code, APIStatusError)
    return error_class(response, retry_after=retry_after)


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """The exception for an httpx transport failure. The message never holds request headers."""
    error_class = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    try:
        where = f" ({exc.request.method} {exc.request.url.copy_with(query=None)})"
    except RuntimeError:  # raised by .request when the error carries no request
        where = ""
    return error_class(f"{type(exc).__name__}: {exc}{where}")


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None


def _error_details(body: Any) -> tuple[int | None, str | None]:
    """(code, message) from the RealtimeKit or the v4 envelope; (None, None) when neither fits."""
    if not isinstance(body, dict):
        return None, None
    detail = body.get("error")
    if not isinstance(detail, dict):
        errors = body.get("errors")
        detail = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else None
    if detail is None:
        return None, None
    code, message = detail.get("code"), detail.get("message")
    if isinstance(code, float) and code.is_integer():
        code = int(code)
    return (
        code if isinstance(code, int) and not isinstance(code, bool) else None,
        message if isinstance(message, str) else None,
    )


def invalid_response(response: httpx.Response, exc: Exception, operation: str) -> ResponseValidationError:
    """The exception for a 2xx body the generated parser could not read. Never quotes the body: it may
    hold credentials the API echoes back."""
    if isinstance(exc, KeyError):
        reason = f"required field {exc.args[0]!r} is missing"
    elif isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
        reason = "the body is not JSON"
    else:
        reason = str(exc) or type(exc).__name__
    return ResponseValidationError(
        f"{operation}: the {response.status_code} response does not match the API spec: {reason}", response
    )


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeKitError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
