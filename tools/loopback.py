"""The one loopback HTTP server of this repository: tests, the example's mock and the release test use it.

A real HTTP/1.1 server on 127.0.0.1 (a free port unless one is given), serving from daemon threads inside a
`with` block. Every request is recorded as it arrived (method, raw target, lower-cased headers, body). What it
answers comes, in this order, from:
- the script: replies and raw actions a test queued (`server.script(Reply(404, {...}), drip(...))`);
- the router: a function of the request (a mock that answers by path);
- the default: 599 "unscripted", so an unexpected request stands out.

A `Reply` is an ordinary response (status, JSON or bytes body, headers, an optional delay, or dropping the
connection); the connection stays open for the next request (keep-alive), as a real API's does. An action is a
function given the socket: it writes whatever bytes it likes (broken framing, a dripping or endless body) and
the connection closes after it. Stdlib only.
"""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

# The longest any one drip or endless answer runs, so a broken test cannot hang the suite.
ACTION_LIMIT_SECONDS = 8.0


@dataclass(frozen=True)
class Received:
    """A request as it arrived."""

    method: str
    target: str  # path and query string, still percent-encoded
    headers: dict[str, str]  # names lower-cased
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    def query_items(self) -> list[tuple[str, str]]:
        query = urlsplit(self.target).query
        return parse_qsl(query, keep_blank_values=True, strict_parsing=True) if query else []

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    """An HTTP response: a body that is not bytes or str is sent as JSON."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # close the connection without answering
    reason: str = "X"  # the status line's reason phrase

    def encoded(self) -> bytes:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            body = self.body
        elif isinstance(self.body, str):
            body = self.body.encode()
        else:
            body = json.dumps(self.body).encode()
            headers.setdefault("Content-Type", "application/json")
        headers.setdefault("Content-Length", str(len(body)))
        return response_head(self.status, headers.items(), self.reason) + body


Action = Callable[[socket.socket, "LoopbackServer"], None]
Answer = Reply | Action
Router = Callable[[Received], Answer]


class LoopbackServer:
    def __init__(self, router: Router | None = None, *, port: int = 0, default: Answer | None = None) -> None:
        self.requests: list[Received] = []
        self.router = router
        self.stopping = threading.Event()
        self._script: deque[Answer] = deque()
        self._default = default or Reply(599, b"unscripted request")
        self._lock = threading.Lock()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                server._serve(self.request)

        self._tcp = socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler, bind_and_activate=False)
        self._tcp.allow_reuse_address = True
        self._tcp.daemon_threads = True
        self._tcp.request_queue_size = 128  # 50 racing connections without SYN retries
        self._tcp.server_bind()
        self._tcp.server_activate()
        self._thread = threading.Thread(target=self._tcp.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def port(self) -> int:
        port: int = self._tcp.server_address[1]
        return port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *answers: Answer) -> None:
        with self._lock:
            self._script.extend(answers)

    def reset(self) -> None:
        """Forget the requests and the unused script (a server shared by several tests)."""
        with self._lock:
            self.requests.clear()
            self._script.clear()

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._tcp.shutdown()
        self._tcp.server_close()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(ACTION_LIMIT_SECONDS)
        pending = b""
        while not self.stopping.is_set():
            try:
                request, pending = read_request(conn, pending)
            except (OSError, ValueError):
                return
            with self._lock:
                self.requests.append(request)
                answer = self._script.popleft() if self._script else None
            if answer is None:
                answer = self.router(request) if self.router is not None else self._default
            try:
                if not isinstance(answer, Reply):
                    answer(conn, self)
                    return
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.drop:
                    return
                conn.sendall(answer.encoded())
            except OSError:  # the client gave up first (a timeout or a size limit): expected
                return
            if request.headers.get("connection", "").lower() == "close":
                return


def read_request(conn: socket.socket, pending: bytes = b"") -> tuple[Received, bytes]:
    """One request from the socket (head and a Content-Length body), and what arrived after it."""
    data = pending
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise ValueError("closed before a request")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Received(method, target, headers, rest[:length]), rest[length:]


def response_head(status: int, headers: Iterable[tuple[str, str]], reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def response(status: int, body: bytes = b"", headers: Iterable[tuple[str, str]] = (), *, length: bool = True) -> bytes:
    """A whole response that closes its connection (for raw actions)."""
    listed = [*headers, *([("Content-Length", str(len(body)))] if length else []), ("Connection", "close")]
    return response_head(status, listed) + body


def raw(data: bytes) -> Action:
    """Send these bytes, then close."""

    def act(conn: socket.socket, server: LoopbackServer) -> None:
        conn.sendall(data)

    return act


def drip(data: bytes, *, every: float, size: int = 1) -> Action:
    """Send `data` `size` bytes at a time, one piece every `every` seconds (until done, or the client leaves)."""

    def act(conn: socket.socket, server: LoopbackServer) -> None:
        start = time.monotonic()
        for offset in range(0, len(data), size):
            if server.stopping.is_set() or time.monotonic() - start > ACTION_LIMIT_SECONDS:
                return
            conn.sendall(data[offset : offset + size])
            time.sleep(every)

    return act


def endless(head: bytes, piece: bytes, *, every: float = 0.0, chunked: bool = False) -> Action:
    """Send `head`, then `piece` over and over (as chunks when `chunked`) until the client leaves."""

    def act(conn: socket.socket, server: LoopbackServer) -> None:
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


def free_port() -> int:
    """A port nothing listens on (for a moment): connections to it are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
