"""The loopback server: keep-alive HTTP/1.1 on 127.0.0.1, in a child process, answering fixed routes.

The parent runs this file as a script (stdlib only, nothing imported from the package), writes one JSON line
{"METHOD /target": body, ...} to its stdin and reads the port from its stdout. Each route answers 200 with its
body and the headers the API sends; anything else answers 404. The child ends with its parent (or after an hour).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path


def reply(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Date: Sat, 21 Nov 2026 10:00:00 GMT\r\n"
        "Content-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "Server: cloudflare\r\n"
        "CF-RAY: 8e0f0f0f0f0f0f0f-LHR\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def serve() -> None:
    """Child process: read the routes on stdin, print the port, answer until the parent goes."""
    routes: dict[str, str] = json.loads(sys.stdin.readline())
    replies = {tuple(route.encode().split(b" ", 1)): reply("200 OK", body.encode()) for route, body in routes.items()}
    not_found = reply("404 Not Found", b'{"success":false,"error":{"code":404,"message":"not found"}}')

    class Http11(asyncio.Protocol):
        """Just enough HTTP/1.1: request line, Content-Length bodies, keep-alive, pipelining."""

        def __init__(self) -> None:
            self.buffer = b""
            self.transport: asyncio.Transport | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport = transport

        def data_received(self, data: bytes) -> None:
            assert self.transport is not None
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                lines = self.buffer[:end].split(b"\r\n")
                length, close = 0, False
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value)
                    elif name == b"connection":
                        close = value.strip().lower() == b"close"
                if len(self.buffer) < end + 4 + length:
                    return  # the body is still coming
                self.buffer = self.buffer[end + 4 + length :]
                method, target = (lines[0].split(b" ") + [b"", b""])[:2]
                self.transport.write(replies.get((method, target), not_found))
                if close:
                    self.transport.close()
                    return

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Http11, "127.0.0.1", 0)
        print(server.sockets[0].getsockname()[1], flush=True)
        parent, deadline = os.getppid(), time.monotonic() + 3600
        while os.getppid() == parent and time.monotonic() < deadline:  # bounded; ends with the parent
            await asyncio.sleep(0.5)
        server.close()

    asyncio.run(main())


@contextlib.contextmanager
def running_server(routes: dict[str, str]) -> Iterator[str]:
    """Start the child with {"METHOD /target": body}; yield its base URL; stop it."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve())],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(json.dumps(routes) + "\n")
        child.stdin.flush()
        port = child.stdout.readline().strip()
        if not port.isdigit():
            raise RuntimeError(f"the benchmark server did not start (exit {child.poll()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=5)


if __name__ == "__main__":
    serve()
