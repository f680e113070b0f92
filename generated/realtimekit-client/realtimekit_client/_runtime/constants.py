"""The runtime's settings in one place: defaults, limits, and what counts as transient."""

from __future__ import annotations

import httpx

# Per connect/read/write, as Cloudflare's own SDK.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# The whole call, retries and their waits included: over the 100 s after which Cloudflare's edge answers 524.
DEFAULT_TOTAL_TIMEOUT = 120.0
# The API's bodies are about 1 KB; this bounds what one broken or hostile server can make a call hold.
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_RETRIES = 2

# Backoff before retry n (0-based): min(INITIAL * 2**n, MAX) seconds, less up to 25 % jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A longer Retry-After is not waited for: the error is raised at once, with its retry_after.
MAX_RETRY_AFTER = 60.0

# Retried for an operation whose retry policy is "safe".
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, *range(520, 528)})
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# After these the server provably did not act: the only failures an "unsafe" operation is retried after.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)
NOT_PROCESSED_STATUSES = frozenset({429})

# The most a message holds of a body, and of any other text the server controls.
BODY_EXCERPT_CHARS = 200
MESSAGE_PART_CHARS = 200
EXCERPT_BYTES = 4 * BODY_EXCERPT_CHARS

# The content codings the client asks for and decodes itself, within max_response_bytes.
ACCEPT_ENCODING = "gzip, deflate"

# Absolute URLs remembered per pool, and requests prepared from plain arguments (an application's calls repeat:
# a poll asks for the same meeting; httpx parses a URL slowly, and quoting path parameters is not free).
URL_CACHE_SIZE = 256
PREPARED_CACHE_SIZE = 256

LOGGER_NAME = "realtimekit_client"
LOG_ENVIRONMENT_VARIABLE = "REALTIMEKIT_LOG"
