"""Re-record the cassettes offline: Prism and the Python stand-in on 127.0.0.1, then pytest in rewrite mode.

    npm ci --prefix tests/prism                                # once: installs the pinned Prism (needs the npm
                                                               # registry) and Node >= 18.20.1 ("engines")
    uv run python -m tools.record_cassettes                    # re-record every cassette test
    uv run python -m tools.record_cassettes -k uploaded        # extra arguments go to pytest: a selection
    uv run python -m tools.record_cassettes tests/recorded/test_get.py::test_get_just_invoked

Prism (`prism mock --errors`) serves the spec's examples and answers a request or response that breaks the
spec with an error, which tests/recorded/cassette_scrub.py refuses to record. The stand-in
(tests/recorded/standin.py, a router for tools/loopback.py) serves what Prism cannot. Both listen on free ports;
the tests find them in REALTIMEKIT_PRISM_URL and REALTIMEKIT_STANDIN_URL. Live recording needs no tool: see
tests/recorded/cassettes/README.md.

Before starting Prism the tool checks that `node` is at least the version every installed Prism package
declares in its "engines" (Prism 5.15 and later need Node 24; the pinned set runs on Node 18.20.1 and later).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.recorded.standin import standin
from tools.loopback import LoopbackServer, free_port

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "realtimekit-recordings.yaml"
PRISM_DIR = ROOT / "tests" / "prism"
PRISM = PRISM_DIR / "node_modules" / ".bin" / "prism"
RECORDED = ROOT / "tests" / "recorded"
# The cassette tests: the modules with a cassette directory.
CASSETTE_TESTS = sorted(
    str(p.relative_to(ROOT)) for p in RECORDED.glob("test_*.py") if (RECORDED / "cassettes" / p.stem).is_dir()
)


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def required_node(prism_dir: Path = PRISM_DIR) -> tuple[tuple[int, ...], str]:
    """The highest `>=` Node version package.json and the installed Prism packages declare, and which declares it."""
    manifests = [prism_dir / "package.json", *sorted(prism_dir.glob("node_modules/@stoplight/prism-*/package.json"))]
    required: tuple[tuple[int, ...], str] = ((0,), "nothing")
    for manifest in manifests:
        engines = json.loads(manifest.read_text(encoding="utf-8")).get("engines", {}).get("node", "")
        if match := re.fullmatch(r"\s*>=\s*v?([\d.]+)\s*", engines):
            required = max(required, (version_tuple(match[1]), manifest.parent.name))
    return required


def node_problem(node_version: str, prism_dir: Path = PRISM_DIR) -> str | None:
    """Why the installed Prism cannot run on Node `node_version` (as `node --version` prints it), or None."""
    needed, declared_by = required_node(prism_dir)
    if version_tuple(node_version) < needed:
        wanted = ".".join(map(str, needed))
        return f"Prism needs Node >= {wanted} ({declared_by}), this is {node_version}: install it or pin an older Prism"
    return None


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
    node = shutil.which("node")
    if node is None:
        print("record_cassettes: node is not on PATH; Prism needs Node.js (tests/prism/package.json)", file=sys.stderr)
        return 2
    if problem := node_problem(subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()):
        print(f"record_cassettes: {problem}", file=sys.stderr)
        return 2
    port = free_port()
    command = [str(PRISM), "mock", "--errors", "--host", "127.0.0.1", "--port", str(port), str(SPEC)]
    log = (ROOT / "tests" / "prism" / "prism.log").open("wb")
    prism = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        wait_until_listening(port, prism)
        with LoopbackServer(standin) as standin_server:
            env = {
                **os.environ,
                "REALTIMEKIT_PRISM_URL": f"http://127.0.0.1:{port}",
                "REALTIMEKIT_STANDIN_URL": standin_server.url,
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
