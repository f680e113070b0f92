"""The hostile suite's fixtures: every log record of every test goes
through the secret scan; the run ends with what the scan looked at and the figures the tests measured."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from tests.hostile.scan import FIGURES, SCANNED, assert_logs_clean


@pytest.fixture(autouse=True)
def _logs_clean(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert_logs_clean(caplog.get_records("setup") + caplog.get_records("call"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not SCANNED and not FIGURES:
        return
    terminalreporter.section("hostile conditions: figures")
    if SCANNED:
        totals = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in sorted(SCANNED.items()))
        terminalreporter.write_line(f"secret scan: {totals}")
    for name, value in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name}: {value}")
