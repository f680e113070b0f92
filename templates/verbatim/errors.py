"""The exceptions this package raises: the one place its hierarchy is written down.

    RealtimeKitError                  base; raised itself only by from_env()
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
never hold the token or credentials; neither do pickles.
"""

from __future__ import annotations

import json
import math
from typing import Any, cast

import httpx

# The most a message holds of a non-JSON body, and of any other text the server controls.
BODY_EXCERPT_CHARS = 200
MESSAGE_PART_CHARS = 200
EXCERPT_BYTES = 4 * BODY_EXCERPT_CHARS
# The spec's storage credentials: redacted in pickles.
CREDENTIAL_KEYS = frozenset({"access_key", "secret", "password", "private_key", "token", "authorization"})
_UNSAFE_HEADER_WORDS = ("cookie", "auth", "token", "secret", "key", "signature", "credential", "session")
REDACTED = "<redacted>"


class RealtimeKitError(Exception):
    """Base of every exception this package raises on purpose."""

    may_have_acted: bool | None = None

    def __reduce__(self) -> Any:
        state = {key: value for key, value in self.__dict__.items() if key not in _NOT_PICKLED}
        if state.get("body") is not None:
            state["body"] = redact_credentials(state["body"])
        return _restore, (type(self), str(self), state)


_NOT_PICKLED = frozenset({"response", "__notes__"})


def _restore(cls: type[RealtimeKitError], message: str, state: dict[str, Any]) -> RealtimeKitError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    if "status_code" in state:  # a stand-in response
        error.__dict__["response"] = httpx.Response(state["status_code"], headers=state.get("headers"))
    return error


class APIStatusError(RealtimeKitError):
    """A non-2xx answer. `body` is the JSON body, else None and `excerpt` a bounded part of it; don't log
    `response`: its request holds the token."""

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
        retry_after: float | None = None,
        note: str | None = None,
        body_unreadable: bool = False,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = safe_headers(response.headers)
        ray_id = response.headers.get("cf-ray")
        self.ray_id = None if ray_id is None else clip(ray_id, MESSAGE_PART_CHARS)
        self.retry_after = retry_after
        content = _content(response)
        self.body = None if body_unreadable else json_or_none(content)
        self.excerpt = None if self.body is not None or not content else excerpt(content)
        self.error_code, self.error_message = _error_details(self.body)
        self.may_have_acted = self.status_code >= 500
        super().__init__(self._describe(_reason(response), note, _method(response)))

    @property
    def content(self) -> bytes:
        """The raw body."""
        return _content(self.response)

    def _describe(self, reason: str, note: str | None, method: str | None) -> str:
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
        return text + acted_sentence(method, self.may_have_acted)


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
    """No usable response: DNS failure, connection refused or reset, protocol error."""

    def __init__(self, message: str, *, may_have_acted: bool | None = None) -> None:
        self.may_have_acted = may_have_acted
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """A connect, write, read or pool timeout, or the call's total_timeout passed."""


class ResponseValidationError(RealtimeKitError):
    """A 2xx (the API accepted the request) whose body is not JSON or does not match the spec; `body` holds
    the decoded JSON, if any."""

    may_have_acted: bool | None = True
    response: httpx.Response
    status_code: int
    body: Any

    def __init__(self, message: str, response: httpx.Response, *, body: Any = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
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


def status_error(
    response: httpx.Response, *, retry_after: float | None, note: str | None, body_unreadable: bool
) -> APIStatusError:
    status = response.status_code
    error_class = InternalServerError if status >= 500 else _ERROR_BY_STATUS.get(status, APIStatusError)
    return error_class(response, retry_after=retry_after, note=note, body_unreadable=body_unreadable)


def connection_error(
    exc: Exception, *, secrets: tuple[str, ...] = (), deadline_passed: float | None = None
) -> APIConnectionError:
    """For a transport failure or httpx refusing to send; shows no secret."""
    detail = clip(scrub(str(exc), secrets), MESSAGE_PART_CHARS)
    if not isinstance(exc, httpx.HTTPError):
        error = APIConnectionError(f"the request could not be sent: {type(exc).__name__}: {detail}")
    else:
        timed_out = deadline_passed is not None or isinstance(exc, httpx.TimeoutException)
        may_have_acted = not isinstance(exc, NOT_SENT_ERRORS)
        try:
            request = exc.request
            method: str | None = request.method
            where = f" ({method} {safe_url(request.url)})"
        except (AttributeError, RuntimeError):  # RuntimeError: the error carries no request
            method, where = None, ""
        if deadline_passed is not None:
            text = f"total_timeout of {deadline_passed:g} s passed ({type(exc).__name__}: {detail}){where}"
        else:
            text = f"{type(exc).__name__}: {detail}{where}"
        error_class = APITimeoutError if timed_out else APIConnectionError
        error = error_class(text + acted_sentence(method, may_have_acted), may_have_acted=may_have_acted)
    if _chain_is_clean(exc, secrets):
        error.__cause__ = exc
    error.__suppress_context__ = True
    return error


def _chain_is_clean(exc: BaseException, secrets: tuple[str, ...]) -> bool:
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


# After these the request provably did not reach the server.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def acted_sentence(method: str | None, may_have_acted: bool | None) -> str:
    if method is None or method.upper() in IDEMPOTENT_METHODS or may_have_acted is None:
        return ""
    if may_have_acted:
        return (
            f". The server may have acted on this {method.upper()}: check its effect before sending it again "
            "(may_have_acted=True)"
        )
    return f". The server did not act on this {method.upper()}: it may be sent again (may_have_acted=False)"


def invalid_response(response: httpx.Response, exc: Exception, operation: str) -> ResponseValidationError:
    """For a 2xx body the parser could not read; never quoted (the API echoes credentials)."""
    content = _content(response)
    body = json_or_none(content)
    if isinstance(exc, KeyError):
        reason = f"required field {clip(repr(exc.args[0]), MESSAGE_PART_CHARS)} is missing"
    elif body is None:
        reason = "the body is not JSON"
    else:
        reason = clip(str(exc) or type(exc).__name__, MESSAGE_PART_CHARS)
    return ResponseValidationError(
        f"{operation}: the API accepted the request ({response.status_code}) but the response does not match "
        f"the API spec: {reason}; the decoded body is in .body",
        response,
        body=body,
    )


def unreadable_response(response: httpx.Response, reason: str, *, too_large: bool) -> ResponseValidationError:
    error_class = ResponseTooLargeError if too_large else ResponseValidationError
    return error_class(
        f"{_method(response) or 'the request'}: the API accepted the request ({response.status_code}) but its "
        f"body could not be read: {reason}",
        response,
    )


def clip(text: str, limit: int) -> str:
    if len(text) > limit:
        text = text[:limit] + "..."
    if not text.isprintable():
        text = "".join(c if c.isprintable() else " " for c in text)
    return text


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def safe_url(url: httpx.URL) -> str:
    return clip(f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}", 2 * MESSAGE_PART_CHARS)


def safe_headers(headers: httpx.Headers) -> dict[str, str]:
    safe: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if not any(word in lowered for word in _UNSAFE_HEADER_WORDS):
            safe[clip(lowered, MESSAGE_PART_CHARS)] = clip(value, MESSAGE_PART_CHARS)
    return safe


def redact_credentials(value: Any, depth: int = 0) -> Any:
    if depth > 64:
        return REDACTED
    if isinstance(value, dict):
        mapping = cast("dict[object, object]", value)
        return {
            key: REDACTED
            if isinstance(key, str) and key.lower() in CREDENTIAL_KEYS and mapping[key] is not None
            else redact_credentials(mapping[key], depth + 1)
            for key in mapping
        }
    if isinstance(value, list):
        return [redact_credentials(item, depth + 1) for item in cast("list[object]", value)]
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# NaN, Infinity and -Infinity are refused (the standard library accepts them).
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def strict_json(content: bytes) -> Any:
    """A JSON body decoded as json.loads would, but strictly (RFC 8259); ValueError for anything else."""
    try:
        return _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except UnicodeDecodeError:
        raise ValueError("the body is not JSON (undecodable text)") from None


def json_or_none(content: bytes) -> Any:
    if not content:
        return None
    try:
        return strict_json(content)
    except ValueError:
        return None


def excerpt(content: bytes) -> str:
    # UTF-8 whatever the charset: some make Python's codecs raise.
    text = content[:EXCERPT_BYTES].decode("utf-8", "replace")
    return clip(" ".join(text.split()), BODY_EXCERPT_CHARS)


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
    # {"error": {"code", "message"}}, or the first of {"errors": [...]}
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
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeKitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
