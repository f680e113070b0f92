"""The exceptions this package raises: the one place its hierarchy is written down.

    RealtimeKitError                  base of everything below; never raised itself except by from_env()
    ├── APIStatusError                the API answered with a non-2xx status (UnexpectedStatus is an alias)
    │   ├── BadRequestError               400
    │   ├── AuthenticationError           401
    │   ├── PermissionDeniedError         403
    │   ├── NotFoundError                 404
    │   ├── ConflictError                 409
    │   ├── UnprocessableEntityError      422
    │   ├── RateLimitError                429
    │   └── InternalServerError           >= 500 (Cloudflare's 520-527 included)
    ├── APIConnectionError            no usable response: DNS, refused, reset, protocol error, a client used
    │   │                             from a second running event loop
    │   └── APITimeoutError               a connect/read/write/pool timeout, or the call's total_timeout passed
    └── ResponseValidationError       a 2xx (the API accepted the request) whose body is not JSON, not
        │                             decodable, or does not match the spec
        └── ResponseTooLargeError         a 2xx body longer than the client's max_response_bytes

Invalid arguments raise ValueError before anything is sent: an empty or dot-segment path parameter, a value out
of the spec's bounds, and at construction a token or header an HTTP header cannot carry, or an http:// base URL
to another machine without allow_insecure_http=True. These messages never quote the token.

A non-2xx response whose body is undecodable or longer than max_response_bytes still raises the APIStatusError
subclass of its status (`body` None, a bounded `excerpt` of what was read, the reason in the message). A
cross-origin redirect that would carry the request body or a custom credential header is refused with the
APIStatusError of the redirect status.

Did the server act? Every exception has `may_have_acted`: True (a 5xx, a 2xx that failed validation, a read
timeout or a connection lost after the request was sent), False (refused connection, connect or pool timeout,
a 3xx/4xx/429 answer, nothing sent) or None (unknown). For a request that is not idempotent (the POST that
starts a recording) the message ends with a sentence saying which; when it may have acted, look before
repeating the request (for a start: fetch the meeting's active recording, see the README).

Every message is bounded (excerpts of at most BODY_EXCERPT_CHARS, other server-supplied text clipped to
MESSAGE_PART_CHARS) and never holds the token, request headers or credentials. The exceptions pickle without
their httpx objects: an unpickled APIStatusError has the status, the safe response headers (`headers`), `body`
with credential fields replaced by '<redacted>', `excerpt`, `error_code`, `error_message`, `ray_id`,
`retry_after` and `may_have_acted`; its `response` is a stand-in httpx.Response with status and safe headers
only.
"""

from __future__ import annotations

import json
import math
from typing import Any, cast

import httpx

# How much of a non-JSON error body (an HTML page from Cloudflare's edge, say) goes into a message.
BODY_EXCERPT_CHARS = 200
# How much of any other text the server controls (error message, cf-ray, a parse failure's reason) goes in.
MESSAGE_PART_CHARS = 200
# How many bytes of a body are kept for the excerpt when the body is too large or undecodable.
EXCERPT_BYTES = 4 * BODY_EXCERPT_CHARS
# Fields whose values are credentials, replaced by '<redacted>' in pickles (the spec's storage credentials).
CREDENTIAL_KEYS = frozenset({"access_key", "secret", "password", "private_key", "token", "authorization"})
# Response headers kept in `headers` (and in pickles): none whose name suggests a credential or a cookie.
_UNSAFE_HEADER_WORDS = ("cookie", "auth", "token", "secret", "key", "signature", "credential", "session")
REDACTED = "<redacted>"


class RealtimeKitError(Exception):
    """Base of every exception this package raises on purpose.

    may_have_acted: True when the server may have acted on the request, False when it provably did not,
    None when unknown (see the module docstring).
    """

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
    if "status_code" in state:  # a stand-in response: status and safe headers, no request, no body
        error.__dict__["response"] = httpx.Response(state["status_code"], headers=state.get("headers"))
    return error


class APIStatusError(RealtimeKitError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        response: the httpx.Response (its request still carries the Authorization header: don't log it).
        headers: the response headers, without cookies or anything named like a credential.
        body: the decoded JSON body, or None when the body is not (strict) JSON, undecodable or too large.
        excerpt: a bounded excerpt of a body that is not JSON (None otherwise).
        error_code, error_message: from the RealtimeKit envelope `{"error": {"code", "message"}}` or the first
            entry of the v4 envelope `{"errors": [{"code", "message"}]}`; None when neither is present.
        ray_id: the `cf-ray` header, to quote to Cloudflare support.
        retry_after: seconds from the `Retry-After` header, when present and readable (always finite).
        may_have_acted: True for a 5xx, False otherwise (the request was refused).
    """

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
        """The raw body (the attribute upstream's UnexpectedStatus has)."""
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
    """The request did not get a usable response: DNS failure, connection refused or reset, protocol error.
    `may_have_acted` says whether the request may have reached the server."""

    def __init__(self, message: str, *, may_have_acted: bool | None = None) -> None:
        self.may_have_acted = may_have_acted
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or waiting for a pooled connection), or the call's
    total_timeout passed."""


class ResponseValidationError(RealtimeKitError):
    """A 2xx response: the API accepted the request, but the body is not JSON or does not match the spec (a
    required field missing, a value of the wrong type).

    Attributes:
        status_code: the 2xx status.
        body: the decoded JSON body (for a start: look for the recording's id in it), None when not JSON.
        response: the httpx.Response.
        may_have_acted: True: the API accepted the request.
    """

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
    """A 2xx body longer than the client's max_response_bytes; reading stopped there (`body` is None)."""


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
    response: httpx.Response,
    *,
    retry_after: float | None = None,
    note: str | None = None,
    body_unreadable: bool = False,
) -> APIStatusError:
    """The exception for a non-2xx response."""
    if response.status_code >= 500:
        error_class: type[APIStatusError] = InternalServerError
    else:
        error_class = _ERROR_BY_STATUS.get(response.status_code, APIStatusError)
    return error_class(response, retry_after=retry_after, note=note, body_unreadable=body_unreadable)


def connection_error(
    exc: Exception, *, secrets: tuple[str, ...] = (), deadline_passed: float | None = None
) -> APIConnectionError:
    """The exception for an httpx transport failure. The message never holds request headers, and any of
    `secrets` found in httpx's text is replaced by '<redacted>'. `deadline_passed`: the total_timeout (seconds)
    when it is what ended the call."""
    timed_out = deadline_passed is not None or isinstance(exc, httpx.TimeoutException)
    error_class = APITimeoutError if timed_out else APIConnectionError
    may_have_acted = not isinstance(exc, NOT_SENT_ERRORS)
    try:
        request = cast("httpx.Request", exc.request)  # type: ignore[attr-defined]
        method: str | None = request.method
        where = f" ({method} {safe_url(request.url)})"
    except (AttributeError, RuntimeError):  # RuntimeError: raised by .request when the error carries none
        method, where = None, ""
    detail = clip(scrub(str(exc), secrets), MESSAGE_PART_CHARS)
    if deadline_passed is not None:
        text = f"total_timeout of {deadline_passed:g} s passed ({type(exc).__name__}: {detail}){where}"
    else:
        text = f"{type(exc).__name__}: {detail}{where}"
    return error_class(text + acted_sentence(method, may_have_acted), may_have_acted=may_have_acted)


# Transport failures after which the request provably did not reach the server.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
# Methods the message explains the outcome for (the others may be repeated safely anyway).
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def acted_sentence(method: str | None, may_have_acted: bool | None) -> str:
    """For a request that is not idempotent, a sentence saying whether the server may have acted on it."""
    if method is None or method.upper() in _IDEMPOTENT or may_have_acted is None:
        return ""
    if may_have_acted:
        return (
            f". The server may have acted on this {method.upper()}: check its effect before sending it again "
            "(may_have_acted=True)"
        )
    return f". The server did not act on this {method.upper()}: it may be sent again (may_have_acted=False)"


def invalid_response(response: httpx.Response, exc: Exception, operation: str) -> ResponseValidationError:
    """The exception for a 2xx body the generated parser could not read. The message says the API accepted
    the request and names the reason, clipped; it never quotes the body (it may hold credentials the API
    echoes back), which is in `.body`."""
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
    """The exception for a 2xx body that could not be read whole: too large, or undecodable."""
    error_class = ResponseTooLargeError if too_large else ResponseValidationError
    return error_class(
        f"{_method(response) or 'the request'}: the API accepted the request ({response.status_code}) but its "
        f"body could not be read: {reason}",
        response,
    )


# ---- helpers (also used by the client) ----------------------------------------------------------------------


def clip(text: str, limit: int) -> str:
    """`text` on one line, control characters replaced, at most `limit` characters (plus '...')."""
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
    """scheme://host[:port]/path: no user info, no query."""
    return clip(f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}", 2 * MESSAGE_PART_CHARS)


def safe_headers(headers: httpx.Headers) -> dict[str, str]:
    """The headers whose names do not suggest a cookie or a credential, values clipped."""
    safe: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if not any(word in lowered for word in _UNSAFE_HEADER_WORDS):
            safe[clip(lowered, MESSAGE_PART_CHARS)] = clip(value, MESSAGE_PART_CHARS)
    return safe


def redact_credentials(value: Any, depth: int = 0) -> Any:
    """A copy of decoded JSON with the values of credential fields replaced by '<redacted>'."""
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


# Strict JSON: NaN, Infinity and -Infinity are refused (the standard library accepts them).
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def strict_json(content: bytes) -> Any:
    """Decode a JSON body strictly (RFC 8259: no NaN/Infinity), as json.loads would read the bytes. Raises
    ValueError for anything else, nesting too deep for the interpreter included."""
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
    """A bounded, printable excerpt of a body that is not JSON. Decoded as UTF-8 whatever the declared
    charset: a charset is the server's to choose, and some (utf-16 with an odd length, rot13, base64, idna)
    make Python's codecs raise rather than replace."""
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
    except (AttributeError, TypeError, ValueError):  # a reason phrase httpx cannot decode (UnicodeError included)
        return ""


def _method(response: httpx.Response) -> str | None:
    try:
        return response.request.method
    except RuntimeError:  # a response built without a request (a stand-in)
        return None


def _error_details(body: Any) -> tuple[int | None, str | None]:
    """(code, message) from the RealtimeKit or the v4 envelope; (None, None) when neither fits."""
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
