"""A fresh exchange for every test, and the count of official-SDK-shaped bodies parsed alike, printed at the end
of the run (the summary says how much the tolerant-reading check actually read)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.differential.oracle import EXCHANGE, PARSED_BODIES


@pytest.fixture(autouse=True)
def fresh_exchange() -> Iterator[None]:
    EXCHANGE.reset()
    yield


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if PARSED_BODIES:
        counts = ", ".join(f"{count} {kind}" for kind, count in sorted(PARSED_BODIES.items()))
        total = sum(PARSED_BODIES.values())
        terminalreporter.write_line(
            f"differential: {total} official-SDK-shaped response bodies parsed alike ({counts})"
        )
