"""What every test folder may use: the loopback server (tools/loopback.py), one for the session. And the README's
figures for the suite (how many tests, how long), checked against the run whenever the whole suite runs: a figure
gone stale fails the run, saying what to write instead."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.loopback import LoopbackServer

README = Path(__file__).resolve().parent.parent / "README.md"
# "about 1,050 tests in about 50 s": the figures a newcomer reads before running the second command.
FIGURES = re.compile(r"about ([\d,]+) tests in about (\d+) s")
# How far a run may drift from the README's figures before they count as stale: the count moves with the spec,
# the time with the machine's load (the README states it for an idle 2-core machine).
COUNT_DRIFT = 0.2
TIME_FACTOR = 3.0


@pytest.fixture(scope="session")
def _shared_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def server(_shared_server: LoopbackServer) -> LoopbackServer:
    """The loopback server: script its answers, read what it was sent. One for the session (starting one per test
    costs more than most tests take), its requests and script forgotten before each test; a test that counts
    connections or needs a second origin starts its own LoopbackServer."""
    _shared_server.reset()
    return _shared_server


@pytest.fixture
def own_server() -> Iterator[LoopbackServer]:
    """A loopback server of the test's own (connections to it, or warnings about them, are this test's)."""
    with LoopbackServer() as running:
        yield running


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_STARTED] = time.monotonic()


_STARTED = pytest.StashKey[float]()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    whole_suite = [Path(arg).resolve() for arg in config.args] == [Path(config.rootpath, "tests").resolve()]
    if (
        exitstatus != 0
        or not whole_suite
        or config.option.keyword
        or config.option.markexpr
        or config.option.collectonly
    ):
        return
    found = FIGURES.search(README.read_text(encoding="utf-8"))
    seconds = time.monotonic() - config.stash[_STARTED]
    tests = session.testscollected
    if found is None:
        problem = "README.md no longer states the suite's figures (about N tests in about M s)"
    else:
        stated_tests, stated_seconds = int(found.group(1).replace(",", "")), int(found.group(2))
        problem = ""
        if abs(tests - stated_tests) > COUNT_DRIFT * stated_tests:
            problem = f"README.md says about {stated_tests:,} tests; this run collected {tests:,}"
        elif not stated_seconds / TIME_FACTOR <= seconds <= stated_seconds * TIME_FACTOR:
            problem = f"README.md says about {stated_seconds} s; this run took {seconds:.0f} s"
    if problem:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"stale figure: {problem}: update README.md", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
