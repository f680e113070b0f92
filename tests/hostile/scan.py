"""The secret scan every exception, log record and traceback of the hostile suite goes through, and what it
counted (printed at the end of the run, see conftest.py).

Two secrets are planted: the token the client sends and a storage credential the start request carries (and the
API echoes back). Neither may appear in an exception's str, repr, formatted traceback or pickle, in a log record,
or in the frame locals an error reporter captures (`reported_locals`).
"""

from __future__ import annotations

import pickle
import traceback
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Set
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

TOKEN = "hostile-T0KEN-0123456789abcdefghijkl"
STORAGE_SECRET = "wJalrXUtnFEMI-hostile-storage-secret"
SECRETS = (TOKEN, STORAGE_SECRET)
# Every bound a message must keep: the longest excerpt and server-text parts plus the fixed wording.
MAX_MESSAGE_CHARS = 1200

# What the scan looked at in this run (printed by conftest.py).
SCANNED: Counter[str] = Counter()
# Figures the tests measured (peak memory, times), printed with the scan's totals.
FIGURES: dict[str, str] = {}

_TESTS = Path(__file__).resolve().parents[1]


def chain(exc: BaseException) -> list[BaseException]:
    """exc and every exception in its cause/context chain (context included even when suppressed)."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or any(current is known for known in seen):
            continue
        seen.append(current)
        pending += [current.__cause__, current.__context__]
    return seen


def leaked(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def assert_clean(exc: BaseException, *, bounded: bool = True, frames: bool = True) -> BaseException:
    """No secret in the exception's str, repr, formatted traceback (its whole chain) or pickle, nor (unless
    frames=False: a client's construction refused, see test_secrets.py) in the frame locals a reporter captures;
    a bounded message; the pickle round-trips into an equivalent exception. Returns the unpickled copy."""
    SCANNED["exceptions"] += 1
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for linked in chain(exc):
        texts += [str(linked), repr(linked), repr(linked.args)]
    for text in texts:
        SCANNED["texts"] += 1
        assert not leaked(text), f"{leaked(text)} in a text of {type(exc).__name__}"
    if bounded:
        assert len(str(exc)) <= MAX_MESSAGE_CHARS, f"unbounded message ({len(str(exc))} chars)"
    if frames:
        assert_locals_clean(exc)
    data = pickle.dumps(exc)
    SCANNED["pickles"] += 1
    assert not leaked(data.decode("latin-1")), f"a secret in the pickle of {type(exc).__name__}"
    copy: BaseException = pickle.loads(data)
    assert type(copy) is type(exc) and str(copy) == str(exc)
    for name in ("status_code", "headers", "excerpt", "error_code", "error_message", "ray_id", "retry_after"):
        assert getattr(copy, name, None) == getattr(exc, name, None), name
    assert getattr(copy, "may_have_acted", "unset") == getattr(exc, "may_have_acted", "unset")
    return copy


def assert_logs_clean(records: Iterable[Any]) -> None:
    for record in records:
        SCANNED["log_records"] += 1
        text = f"{record.getMessage()} {record.args!r}"
        assert not leaked(text), f"{leaked(text)} in a log record of {record.name}"


# ---- an error reporter's view of the frames ------------------------------------------------------------------------


def serialized(value: Any, seen: frozenset[int] = frozenset()) -> Any:
    """value as Sentry's serializer sends a frame local: mappings, sequences and sets recursively, text and bytes
    as text, numbers as they are, any other object by its repr. No depth, breadth or length limit (Sentry cuts at
    5 levels, 10 items, 1024 characters): what passes here passes there."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    if id(value) in seen:
        return "<cyclic>"
    inner = seen | {id(value)}
    try:
        if isinstance(value, Mapping):
            return {str(serialized(key, inner)): serialized(item, inner) for key, item in value.items()}
        if isinstance(value, Sequence | Set):
            return [serialized(item, inner) for item in value]
    except Exception as exc:  # noqa: BLE001  # a reporter falls back to repr, as Sentry's safe_repr does
        return f"<unserializable {type(exc).__name__}>"
    try:
        return repr(value)
    except Exception as exc:  # noqa: BLE001
        return f"<broken repr {type(exc).__name__}>"


def is_callers(frame: FrameType) -> bool:
    """A frame of the caller's own code (this test suite): its locals hold the secrets on purpose."""
    return Path(frame.f_code.co_filename).resolve().is_relative_to(_TESTS)


def traceback_frames(tb: TracebackType | None) -> list[FrameType]:
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    return frames


def reported_frames(exc: BaseException) -> list[tuple[FrameType, dict[str, Any]]]:
    """Every frame in the tracebacks of exc's chain with its locals serialized, as an error reporter that
    captures frame locals sends them; the caller's own frames left out."""
    reported = []
    for linked in chain(exc):
        for frame in traceback_frames(linked.__traceback__):
            if is_callers(frame):
                continue
            SCANNED["frames"] += 1
            SCANNED["locals"] += len(frame.f_locals)
            reported.append((frame, {name: serialized(value) for name, value in frame.f_locals.items()}))
    return reported


def reported_locals(exc: BaseException) -> list[tuple[str, str, Any]]:
    """(where, name, serialized value) for every local reported_frames() holds."""
    return [
        (f"{frame.f_code.co_filename}:{frame.f_code.co_name}", name, value)
        for frame, values in reported_frames(exc)
        for name, value in values.items()
    ]


def assert_locals_clean(exc: BaseException) -> None:
    found = [(where, name) for where, name, value in reported_locals(exc) if leaked(repr(value))]
    assert found == [], f"secrets in the frame locals a reporter captures: {found}"
