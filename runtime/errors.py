"""The exceptions this package raises: the one place its hierarchy is written down.

    RealtimeKitError                  base
    ├── InvalidValueError             a value the spec does not allow (also a ValueError and a TypeError):
    │                                 an argument, refused before anything is sent, or data given to from_dict
    ├── ClientClosedError             the client was closed (also a RuntimeError); nothing was sent
    ├── APIStatusError                a non-2xx answer (alias: UnexpectedStatus)
    │   ├── BadRequestError               400
    │   ├── AuthenticationError           401
    │   ├── PermissionDeniedError         403
    │   ├── NotFoundError                 404
    │   ├── ConflictError                 409
    │   ├── UnprocessableEntityError      422
    │   ├── RateLimitError                429
    │   └── InternalServerError           >= 500
    ├── APIConnectionError            no usable response (or a client used from a second running event loop)
    │   └── APITimeoutError               a timeout, or the call's total_timeout passed
    └── ResponseValidationError       a 2xx whose body is not JSON or does not match the spec
        └── ResponseTooLargeError         a 2xx body longer than max_response_bytes

Each has `may_have_acted`: True, False (the server did not act) or None (unknown). Messages are bounded and
never hold the token or credentials; neither do pickles nor the locals of the frames they carry.
"""

from __future__ import annotations

import math
from typing import Any, cast

import httpx

from ._runtime.constants import BODY_EXCERPT_CHARS, MESSAGE_PART_CHARS


class RealtimeKitError(Exception):
    """Base of every exception this package raises on purpose."""

    may_have_acted: bool | None = None

    def __reduce__(self) -> Any:
        from ._runtime.redact import redact_credentials

        state = {key: value for key, value in self.__dict__.items() if key not in _NOT_PICKLED}
        if state.get("body") is not None:
            state["body"] = redact_credentials(state["body"])
        return _restore, (type(self), str(self), state)


_NOT_PICKLED = frozenset({"response", "__notes__"})


def _restore(cls: type[RealtimeKitError], message: str, state: dict[str, Any]) -> RealtimeKitError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    if "status_code" in state:  # a stand-in response: status and safe headers only
        error.__dict__["response"] = httpx.Response(state["status_code"], headers=state.get("headers"))
    return error


class InvalidValueError(RealtimeKitError, ValueError, TypeError):
    """A value the spec does not allow. `path` names it: a parameter (`meeting_id`), a body field
    (`body.video_config.width`) or, for from_dict, a place in the data (`data.start_reason`)."""

    may_have_acted: bool | None = False
    path: str

    def __init__(self, message: str, *, path: str = "") -> None:
        self.path = path
        super().__init__(message)


class ClientClosedError(RealtimeKitError, RuntimeError):
    """The client (or the one it was derived from with with_options) was closed; nothing was sent."""

    may_have_acted: bool | None = False


class APIStatusError(RealtimeKitError):
    """A non-2xx answer. `body` is the JSON body, else None and `excerpt` a bounded part of it; `response`
    is httpx's (don't log it: its request holds the token)."""

    status_code: int
    response: httpx.Response
    headers: dict[str, str]
    body: Any
    excerpt: str | None
    error_code: int | None
    error_message: str | None
    ray_id: str | None
    may_have_acted: bool | None
    retry_after: float | None

    def __init__(
        self,
        response: httpx.Response,
        *,
        body: Any = None,
        retry_after: float | None = None,
        note: str | None = None,
        retry_safe: bool = True,
    ) -> None:
        # Loaded with the first error: import time is every application's.
        from ._runtime.redact import clip, excerpt, safe_headers

        self.response = response
        self.status_code = response.status_code
        self.headers = safe_headers(response.headers)
        ray_id = response.headers.get("cf-ray")
        self.ray_id = None if ray_id is None else clip(ray_id, MESSAGE_PART_CHARS)
        self.retry_after = retry_after
        content = _content(response)
        self.body = body
        self.excerpt = None if body is not None or not content else excerpt(content)
        self.error_code, self.error_message = _error_details(body)
        self.may_have_acted = self.status_code >= 500
        super().__init__(self._describe(_reason(response), note, _method(response), retry_safe))

    @property
    def content(self) -> bytes:
        """The raw body, as far as it was read."""
        return _content(self.response)

    def _describe(self, reason: str, note: str | None, method: str | None, retry_safe: bool) -> str:
        from ._runtime.redact import clip

        parts = [f"{self.status_code} {clip(reason, MESSAGE_PART_CHARS)}".rstrip()]
        if self.error_message is not None or self.error_code is not None:
            message = None if self.error_message is None else clip(self.error_message, MESSAGE_PART_CHARS)
            parts.append(f"{message} (code {self.error_code})")
        elif self.excerpt is not None:
            more = "..." if len(self.excerpt) > BODY_EXCERPT_CHARS else ""
            parts.append(f"body: {self.excerpt[:BODY_EXCERPT_CHARS]!r}{more}")
        if self.ray_id:
            parts.append(f"cf-ray {self.ray_id}")
        text = ": ".join(parts[:2]) + "".join(f" [{part}]" for part in parts[2:])
        if note:
            text += f" ({note})"
        return text + acted_sentence(method, self.may_have_acted, retry_safe)


UnexpectedStatus = APIStatusError


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token lacks the Realtime (Admin) permission, or is invalid."""


class NotFoundError(APIStatusError):
    """404: for the active recording: the meeting has none."""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429: over a rate limit; see `retry_after`."""


class InternalServerError(APIStatusError):
    """>= 500, Cloudflare's 520-527 included."""


class APIConnectionError(RealtimeKitError):
    """No usable response: DNS failure, connection refused or reset, protocol error, an undecodable body."""

    def __init__(self, message: str, *, may_have_acted: bool | None = None) -> None:
        self.may_have_acted = may_have_acted
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """A connect, write, read or pool timeout, or the call's total_timeout passed."""


class ResponseValidationError(RealtimeKitError):
    """A 2xx (the API accepted the request) whose body is not JSON or does not match the spec. `body` holds the
    decoded JSON, if any; `path` where in it the problem is (`data.start_reason.caller.user_Id`)."""

    may_have_acted: bool | None = True
    response: httpx.Response
    status_code: int
    body: Any
    path: str

    def __init__(self, message: str, response: httpx.Response, *, body: Any = None, path: str = "") -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.path = path
        super().__init__(message)


class ResponseTooLargeError(ResponseValidationError):
    """A 2xx body longer than the client's max_response_bytes."""


_ERROR_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    return InternalServerError if status >= 500 else _ERROR_BY_STATUS.get(status, APIStatusError)


def acted_sentence(method: str | None, may_have_acted: bool | None, retry_safe: bool) -> str:
    """For an operation that is not safe to repeat: whether the server may have acted, so the caller knows."""
    if method is None or retry_safe or may_have_acted is None:
        return ""
    if may_have_acted:
        return (
            f". The server may have acted on this {method.upper()}: check its effect before sending it again "
            "(may_have_acted=True)"
        )
    return f". The server did not act on this {method.upper()}: it may be sent again (may_have_acted=False)"


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def _reason(response: httpx.Response) -> str:
    try:
        return response.reason_phrase
    except (AttributeError, TypeError, ValueError):  # one httpx cannot decode
        return ""


def _method(response: httpx.Response) -> str | None:
    try:
        return response.request.method
    except RuntimeError:  # a stand-in response
        return None


def _error_details(body: Any) -> tuple[int | None, str | None]:
    # {"error": {"code", "message"}} (RealtimeKit), or the first of {"errors": [...]} (the v4 gateway)
    if not isinstance(body, dict):
        return None, None
    envelope = cast("dict[str, object]", body)
    detail: object = envelope.get("error")
    if not isinstance(detail, dict):
        errors: object = envelope.get("errors")
        first: object = cast("list[object]", errors)[0] if isinstance(errors, list) and errors else None
        detail = cast("dict[str, object]", first) if isinstance(first, dict) else None
    if detail is None:
        return None, None
    fields = cast("dict[str, object]", detail)
    code, message = fields.get("code"), fields.get("message")
    if isinstance(code, float) and math.isfinite(code) and code.is_integer():
        code = int(code)
    return (
        code if isinstance(code, int) and not isinstance(code, bool) else None,
        message if isinstance(message, str) else None,
    )


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "InvalidValueError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeKitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
