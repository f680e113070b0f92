"""The folder's shared scratch work, each done once a session: the functional spec's package (generated,
imported, and handed to a consumer's checkers in the background)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.generation.functional_checkers import copy_for_checkers, run_checkers
from tests.generation.functional_package import Functional, generate_functional, load_functional
from tests.generation.functional_spec import PACKAGE_NAME
from tests.support.checkers import Finding
from tools.loopback import LoopbackServer
from tools.package_loader import unload_package

CHECKED = "functional_checked"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The checkers' tests go last, so the checkers run in the background while the other tests do."""
    items.sort(key=lambda item: CHECKED in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def functional_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The functional spec's package, generated (not imported yet)."""
    return generate_functional(tmp_path_factory.mktemp("functional"))


@pytest.fixture(scope="session")
def functional_checked(
    functional_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Future[list[Finding]]]:
    """The checkers' findings on a copy of the functional package: they take seconds, so they run in the background
    from the first functional test on, and their tests (last) wait for them."""
    copy = copy_for_checkers(functional_root, tmp_path_factory.mktemp("functional-checked"))
    with ThreadPoolExecutor(1) as background:
        yield background.submit(run_checkers, copy)


@pytest.fixture(scope="session")
def functional(functional_root: Path, request: pytest.FixtureRequest) -> Iterator[Functional]:
    """The functional spec's package, imported; the checkers start first when the session runs their tests."""
    if any(CHECKED in getattr(item, "fixturenames", ()) for item in request.session.items):
        request.getfixturevalue(CHECKED)
    loaded = load_functional(functional_root)
    yield loaded
    unload_package(PACKAGE_NAME)


@pytest.fixture(scope="session")
def client(functional: Functional, _shared_server: LoopbackServer) -> Iterator[Any]:
    """A client of the functional package for the server, without retries, shared by the session's sync calls
    (a client costs a tenth of a second: its TLS context)."""
    with functional.client(_shared_server.url) as running:
        yield running
