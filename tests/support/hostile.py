"""For the hostile-conditions suite (tests/test_hostile_*.py): a raw HTTP server on 127.0.0.1 that answers
with arbitrary bytes (broken framing, bad compression, dripping, endless bodies), and the secret scan every
exception the suite sees goes through."""

from __future__ import annotations

import gzip
import pickle
import socket
import socketserver
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, Self

from realtimekit_client import AuthenticatedClient

TOKEN = "hostile-T0KEN-0123456789abcdefghijkl"  # never in any text the package makes
STORAGE_SECRET = "wJalrXUtnFEMI-hostile-storage-secret"  # a credential the API echoes back in a start body
SECRETS = (TOKEN, STORAGE_SECRET)
# Every bound a message must keep: the longest excerpt and server-text parts plus the fixed wording.
MAX_MESSAGE_CHARS = 1200
# Hard limit for any one drip or endless answer, so a broken test cannot hang the suite.
ACTION_LIMIT_SECONDS = 8.0

Action = Callable[[socket.socket, "RawServer"], None]


def client_with_real_waits(base_url: str, **settings: Any) -> AuthenticatedClient:
    """A client that really sleeps between attempts (the timing tests measure those waits); no retries unless
    given. Everything else goes through support.client.make_client."""
    settings.setdefault("max_retries", 0)
    return AuthenticatedClient(base_url=base_url, token=TOKEN, **settings)


class RawServer:
    """Reads each request (headers and a Content-Length body), records it, and runs the next scripted action
    on the socket (a default action when none is left). One request per connection: it closes afterwards."""

    def __init__(self, default: Action | None = None) -> None:
        self.requests: list[tuple[bytes, bytes]] = []  # (head, body)
        self._actions: deque[Action] = deque()
        self._default = default or raw(response(599, b"unscripted"))
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn: socket.socket = self.request
                conn.settimeout(ACTION_LIMIT_SECONDS)
                try:
                    head, body = read_request(conn)
                except (OSError, ValueError):
                    return
                with server._lock:
                    server.requests.append((head, body))
                    action = server._actions.popleft() if server._actions else server._default
                try:
                    action(conn, server)
                except OSError:  # the client gave up (a timeout or a size limit): expected
                    pass

        self._httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
        self._httpd.allow_reuse_address = True
        self._httpd.daemon_threads = True
        self._httpd.request_queue_size = 128  # 50 racing connections without SYN retries
        self._httpd.server_bind()
        self._httpd.server_activate()
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def script(self, *actions: Action) -> None:
        with self._lock:
            self._actions.extend(actions)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()


def read_request(conn: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise ValueError("closed before a request")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def response(status: int, body: bytes = b"", headers: Iterable[tuple[str, str]] = (), *, length: bool = True) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{name}: {value}" for name, value in headers]
    if length:
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def raw(data: bytes) -> Action:
    def act(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(data)

    return act


def drip(data: bytes, *, every: float, size: int = 1) -> Action:
    """Send `data` `size` bytes at a time, one piece every `every` seconds (until done, or the client leaves)."""

    def act(conn: socket.socket, server: RawServer) -> None:
        start = time.monotonic()
        for offset in range(0, len(data), size):
            if server.stopping.is_set() or time.monotonic() - start > ACTION_LIMIT_SECONDS:
                return
            conn.sendall(data[offset : offset + size])
            time.sleep(every)

    return act


def endless(head: bytes, piece: bytes, *, every: float = 0.0, chunked: bool = False) -> Action:
    """Send `head`, then `piece` over and over (as chunks when `chunked`) until the client leaves."""

    def act(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(head)
        frame = f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece
        start = time.monotonic()
        while not server.stopping.is_set() and time.monotonic() - start < ACTION_LIMIT_SECONDS:
            conn.sendall(frame)
            if every:
                time.sleep(every)

    return act


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


# ---- the secret scan --------------------------------------------------------------------------------------------

SCANNED = {"exceptions": 0, "texts": 0, "pickles": 0, "log_records": 0}


def chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        pending += [current.__cause__, current.__context__]
    return seen


def assert_clean(exc: BaseException, *, bounded: bool = True) -> BaseException:
    """No secret in the exception's str, repr, formatted traceback (its whole chain) or pickle; a bounded
    message; the pickle round-trips into an equivalent exception. Returns the unpickled copy."""
    SCANNED["exceptions"] += 1
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for linked in chain(exc):
        texts += [str(linked), repr(linked), repr(linked.args)]
    for text in texts:
        SCANNED["texts"] += 1
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked in {type(exc).__name__} text"
    if bounded:
        assert len(str(exc)) <= MAX_MESSAGE_CHARS, f"unbounded message ({len(str(exc))} chars)"
    data = pickle.dumps(exc)
    SCANNED["pickles"] += 1
    for secret in SECRETS:
        assert secret.encode() not in data, f"{secret!r} leaked in the pickle of {type(exc).__name__}"
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
        for secret in SECRETS:
            assert secret not in text
