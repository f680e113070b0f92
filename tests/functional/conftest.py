"""Functional tests: generate a client from the inline spec in functional_spec.py with the project's templates
and generator config (under another package name), import it in-process and call it over real HTTP.

The package is generated once per session (about 2-3 s); every test shares it and one loopback server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from functional.fixture_server import FixtureServer
from functional.generated_package import TOKEN, Generated, generated_package


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with generated_package(tmp_path_factory.mktemp("functional-generated")) as package:
        yield package


@pytest.fixture(scope="session")
def running_server() -> Iterator[FixtureServer]:
    with FixtureServer() as server:
        yield server


@pytest.fixture
def server(running_server: FixtureServer) -> FixtureServer:
    running_server.reset()
    return running_server


@pytest.fixture
def client(generated: Generated, server: FixtureServer) -> Iterator[Any]:
    """An AuthenticatedClient of the generated package pointed at the server; no retries."""
    client = generated.package.AuthenticatedClient(base_url=server.url, token=TOKEN, max_retries=0)
    with client:
        yield client
