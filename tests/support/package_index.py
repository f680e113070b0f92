"""A real package index on 127.0.0.1: pypiserver in a process of its own, as docs/release.md sets one up.

Uploads need an account from its htpasswd file; a file it already holds is never overwritten (no
`--overwrite`); names it lacks are not redirected to another index (`--disable-fallback`). Each request is
logged, so a test can tell what was fetched from it.
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Self

from tools.loopback import free_port

PYPI_SERVER = [sys.executable, "-m", "pypiserver"]  # the dev group's


def htpasswd_line(user: str, password: str) -> str:
    """Apache's {SHA} scheme, which pypiserver's htpasswd support (passlib) accepts."""
    digest = base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()
    return f"{user}:{{SHA}}{digest}"


class PackageIndex:
    """`with PackageIndex(directory, {"user": "password"}) as index:` serves index.url, uploads at upload_url."""

    def __init__(self, directory: Path, accounts: dict[str, str]) -> None:
        self.packages = directory / "packages"
        self._htpasswd = directory / "htpasswd"
        self._log = directory / "pypiserver.log"
        self._accounts = accounts
        self._process: subprocess.Popen[bytes] | None = None
        self._port = 0

    @property
    def url(self) -> str:
        """The simple index: what installers read and `uv publish --check-url` checks."""
        return f"http://127.0.0.1:{self._port}/simple/"

    @property
    def upload_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/"

    def __enter__(self) -> Self:
        self.packages.mkdir(parents=True)
        self._htpasswd.write_text("".join(htpasswd_line(u, p) + "\n" for u, p in self._accounts.items()))
        for _ in range(3):  # the free port may be taken before pypiserver binds it
            if self._start():
                return self
        raise RuntimeError(f"pypiserver did not start:\n{self.log()}")

    def _start(self) -> bool:
        self._port = free_port()
        command = [*PYPI_SERVER, "run", "--host", "127.0.0.1", "--port", str(self._port),
                   "--passwords", str(self._htpasswd), "--authenticate", "update", "--disable-fallback",
                   "--backend", "simple-dir", "-v", "--log-file", str(self._log), str(self.packages)]  # fmt: skip
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and self._process.poll() is None:
            try:
                with urllib.request.urlopen(f"{self.upload_url}health", timeout=1):
                    return True
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        return False

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def files(self) -> dict[str, bytes]:
        """What the index holds, by file name."""
        return {path.name: path.read_bytes() for path in sorted(self.packages.iterdir())}

    def served(self, filename: str) -> bytes:
        """The file as an installer downloads it."""
        try:
            with urllib.request.urlopen(f"{self.upload_url}packages/{filename}", timeout=10) as response:
                body: bytes = response.read()
                return body
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"the index does not serve {filename}: {exc}") from exc

    def log(self) -> str:
        return self._log.read_text(errors="replace") if self._log.exists() else ""
