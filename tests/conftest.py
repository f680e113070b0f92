"""What every test folder may use: a loopback server per test (tools/loopback.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.loopback import LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A loopback server for this test: script its answers, read what it was sent."""
    with LoopbackServer() as running:
        yield running
