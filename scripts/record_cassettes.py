"""Re-record the cassettes offline: Prism and the Python stand-in on 127.0.0.1, then pytest in rewrite mode.

    npm ci --prefix tests/prism                      # once: installs the pinned Prism (needs the npm registry)
    uv run scripts/record_cassettes.py               # re-record every cassette test
    uv run scripts/record_cassettes.py -k uploaded   # extra arguments go to pytest: re-record a selection
    uv run scripts/record_cassettes.py tests/test_cassettes_get.py::test_get_just_invoked

Prism (`prism mock --errors`) serves the spec's examples and answers a request or response that breaks the
spec with an error, which tests/cassette_scrub.py refuses to record. The stand-in (tests/standin_server.py)
serves what Prism cannot. Both listen on free ports; the tests find them in REALTIMEKIT_PRISM_URL and
REALTIMEKIT_STANDIN_URL. Live recording needs no script: see tests/cassettes/README.md.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "realtimekit-recordings.yaml"
PRISM = ROOT / "tests" / "prism" / "node_modules" / ".bin" / "prism"
CASSETTE_TESTS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_cassettes_*.py"))

sys.path.insert(0, str(ROOT / "tests"))
from support.standin_server import StandinServer  # noqa: E402


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_listening(port: int, prism: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if prism.poll() is not None:
            raise SystemExit(f"record_cassettes: Prism exited with {prism.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"record_cassettes: Prism did not listen on 127.0.0.1:{port} within {timeout:.0f}s")


def selection(arguments: list[str]) -> list[str]:
    """pytest's arguments: the cassette test files, unless the arguments name test files or tests themselves."""
    paths = [argument.split("::")[0] for argument in arguments if not argument.startswith("-")]
    names_tests = any((ROOT / path).exists() for path in paths)
    return arguments if names_tests else [*CASSETTE_TESTS, *arguments]


def main() -> int:
    if not PRISM.exists():
        print("record_cassettes: Prism is not installed; run `npm ci --prefix tests/prism`", file=sys.stderr)
        return 2
    port = free_port()
    command = [str(PRISM), "mock", "--errors", "--host", "127.0.0.1", "--port", str(port), str(SPEC)]
    log = (ROOT / "tests" / "prism" / "prism.log").open("wb")
    prism = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        wait_until_listening(port, prism)
        with StandinServer() as standin:
            env = {
                **os.environ,
                "REALTIMEKIT_PRISM_URL": f"http://127.0.0.1:{port}",
                "REALTIMEKIT_STANDIN_URL": standin.url,
            }
            pytest = [sys.executable, "-m", "pytest", "--record-mode=rewrite", *selection(sys.argv[1:])]
            print("record_cassettes:", " ".join(pytest[1:]), flush=True)
            return subprocess.run(pytest, env=env, cwd=ROOT).returncode
    finally:
        prism.terminate()
        try:
            prism.wait(timeout=10)
        except subprocess.TimeoutExpired:
            prism.kill()
        log.close()


if __name__ == "__main__":
    raise SystemExit(main())
