"""Whether a failed attempt is tried again, and after how long.

An operation's retry policy comes from the spec data (codegen reads `x-realtimekit-retry`, defaulting by method:
GET, HEAD and OPTIONS "safe", every other method "unsafe"), and nowhere else:
- "safe": retried after any transient failure: connection errors, timeouts, 408, 429, 500, 502-504, 520-527;
- "unsafe": retried only where the server provably did not act (no connection made, or a 429), never after a
  read timeout or a 5xx: a start is never sent twice once the server may have acted on it.
"""

from __future__ import annotations

import math
import random
import time

import httpx

from .constants import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    NOT_PROCESSED_STATUSES,
    NOT_SENT_ERRORS,
    RETRYABLE_ERRORS,
    RETRYABLE_STATUSES,
)


def retryable(outcome: httpx.Response | Exception, retry_safe: bool) -> bool:
    """Whether this failure may be tried again under the operation's policy (attempts and time aside)."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code in (RETRYABLE_STATUSES if retry_safe else NOT_PROCESSED_STATUSES)
    return isinstance(outcome, RETRYABLE_ERRORS if retry_safe else NOT_SENT_ERRORS)


def wait_before(attempt: int, retry_after: float | None) -> float | None:
    """Seconds to wait before retry `attempt` (0-based): the server's Retry-After when it gave one (None, no
    retry, when that is over MAX_RETRY_AFTER), else backoff."""
    if retry_after is not None:
        return retry_after if retry_after <= MAX_RETRY_AFTER else None
    return backoff_delay(attempt)


def backoff_delay(attempt: int) -> float:
    """min(0.5 * 2**attempt, 8) seconds, less up to 25 % jitter."""
    return min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY) * (1 - 0.25 * random.random())


def retry_after_seconds(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delay-seconds or an HTTP-date; finite, not negative), or None."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            seconds = parsedate_to_datetime(value).timestamp() - (time.time() if now is None else now)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None
