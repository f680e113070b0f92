"""One loopback server for the whole folder: `server` here is the shared one, its requests and script forgotten
before each test (starting a server per test is most of a short test's time)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.loopback import LoopbackServer


@pytest.fixture(scope="session")
def shared_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def server(shared_server: LoopbackServer) -> LoopbackServer:
    shared_server.reset()
    return shared_server
