from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # helpers next to the tests: spec_helpers, local_server
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))  # local_mock, start_and_wait

from local_server import LocalServer  # noqa: E402


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running
