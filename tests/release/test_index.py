"""A release through a real package index: docs/release.md's commands, as written, against pypiserver on 127.0.0.1.

Build with the documented command; publish the wheel and sdist with `uv publish` (credentials from the
environment, both forms); publish again (nothing changes) and publish other bytes under the same names (refused,
by uv and by the index); then install into a scratch service configured as the doc says and call the API
through the installed package against a 127.0.0.1 server.

Every registry but the 127.0.0.1 index is unreachable here: uv's proxies point at a closed port (127.0.0.1 is
exempt), so anything uv wanted from elsewhere would fail the test. The service's other dependencies come from
uv's cache (scripts/test.sh and .ci/run fill it): uv resolves offline from it, after one online `uv lock` that
reaches the internal index and stops at the unreachable registry.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.ids import ACCOUNT_ID, ACTIVE_RECORDING_PATH, APP_ID, MEETING_ID
from tests.support.package_index import PackageIndex
from tests.support.project import ROOT
from tests.support.spec import example, load_spec
from tools.loopback import LoopbackServer, Reply, free_port

DOC = ROOT / "docs" / "release.md"
VERSION = str(load_spec()["info"]["version"])
WHEEL = f"realtimekit_client-{VERSION}-py3-none-any.whl"
SDIST = f"realtimekit_client-{VERSION}.tar.gz"
PLACEHOLDER_URL = "https://packages.example.internal/simple/"
UPLOADER, PASSWORD, TOKEN = "release-bot", "uploader-password-0123", "pypi-token-0123456789"
CREDENTIALS = {
    "username and password": {"UV_PUBLISH_USERNAME": UPLOADER, "UV_PUBLISH_PASSWORD": PASSWORD},
    "token": {"UV_PUBLISH_TOKEN": TOKEN},
}
CACHE_HINT = (
    "\n(uv's cache lacks the runtime dependencies' index pages: fill it once, online, with sh scripts/test.sh, "
    "or: uv venv /tmp/v && uv pip install --python /tmp/v -r generated/realtimekit-client/pyproject.toml)"
)


def doc_command(name: str) -> str:
    """The fenced block after `<!-- tested: NAME -->` in docs/release.md."""
    match = re.search(rf"<!-- tested: {name} -->\n```\w*\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert match, f"docs/release.md has no block marked 'tested: {name}'"
    return match.group(1)


def unreachable_registries() -> dict[str, str]:
    """The environment every uv command here runs in: the repository's venv and any publish credentials left
    out, every host but 127.0.0.1 behind a proxy that refuses connections."""
    drop = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_PROJECT_ENVIRONMENT", "UV_OFFLINE", "UV_PUBLISH_URL",
            "UV_PUBLISH_USERNAME", "UV_PUBLISH_PASSWORD", "UV_PUBLISH_TOKEN", "UV_PUBLISH_CHECK_URL"}  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in drop}
    refused = f"http://127.0.0.1:{free_port()}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        env[name] = env[name.lower()] = refused
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env | {"UV_HTTP_RETRIES": "0", "NO_COLOR": "1", "UV_NO_PROGRESS": "1", "UV_PYTHON": sys.executable}


def sh(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", "-c", command], cwd=cwd, env=unreachable_registries() | env, capture_output=True,
                          text=True, timeout=300)  # fmt: skip


def publish(index: PackageIndex, release: Path, credentials: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """docs/release.md's publish command, run where `dist/` is."""
    urls = {"INTERNAL_INDEX_UPLOAD_URL": index.upload_url, "INTERNAL_INDEX_URL": index.url}
    return sh(doc_command("publish"), release, **urls, **credentials)


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A scratch directory removed after the test (pytest's tmp_path keeps the last runs', venvs included)."""
    with tempfile.TemporaryDirectory(prefix="realtimekit-index-test-") as directory:
        yield Path(directory)


@pytest.fixture(scope="module")
def release() -> Iterator[Path]:
    """A directory whose dist/ holds the wheel and sdist, built by the documented command."""
    with tempfile.TemporaryDirectory(prefix="realtimekit-release-") as directory:
        release = Path(directory)
        built = sh(doc_command("build").strip() + ' --out-dir "$OUT"', ROOT, OUT=str(release / "dist"))
        assert built.returncode == 0, built.stderr
        assert sorted(p.name for p in (release / "dist").iterdir()) == sorted([WHEEL, SDIST])
        yield release


@pytest.fixture
def index(scratch: Path) -> Iterator[PackageIndex]:
    with PackageIndex(scratch / "index", {UPLOADER: PASSWORD, "__token__": TOKEN}) as running:
        yield running


def built_files(release: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((release / "dist").iterdir())}


@pytest.mark.parametrize("form", CREDENTIALS)
def test_publish_then_publish_again_changes_nothing(form: str, release: Path, index: PackageIndex) -> None:
    first = publish(index, release, CREDENTIALS[form])
    assert first.returncode == 0, first.stderr
    assert index.files() == built_files(release)
    assert index.served(WHEEL) == built_files(release)[WHEEL]
    again = publish(index, release, CREDENTIALS[form])
    assert again.returncode == 0, again.stderr
    assert f"File {WHEEL} already exists, skipping" in again.stderr
    assert f"File {SDIST} already exists, skipping" in again.stderr
    assert index.files() == built_files(release)


def test_the_token_form_needs_an_index_that_knows_the_token_user(release: Path, scratch: Path) -> None:
    """As on devpi, which has no __token__ user: the token is refused, the user and password are not."""
    with PackageIndex(scratch / "index", {UPLOADER: PASSWORD}) as index:
        refused = publish(index, release, CREDENTIALS["token"])
        assert refused.returncode != 0
        # uv may see the 403 or only the connection closed under its upload: the index's log has the answer.
        assert '"POST / HTTP/1.1" 403' in index.log()
        assert index.files() == {}
        accepted = publish(index, release, CREDENTIALS["username and password"])
        assert accepted.returncode == 0, accepted.stderr


def altered_wheel(release: Path, where: Path) -> Path:
    """The same file name, other bytes: what a rebuild from a changed tree under an unchanged version gives."""
    (where / "dist").mkdir(parents=True)
    with zipfile.ZipFile(release / "dist" / WHEEL) as original, zipfile.ZipFile(where / "dist" / WHEEL, "w") as out:
        for item in original.infolist():
            data = original.read(item)
            out.writestr(item, data + b"# changed\n" if item.filename == "realtimekit_client/__init__.py" else data)
    return where


def test_other_bytes_under_a_published_name_are_refused(release: Path, index: PackageIndex, scratch: Path) -> None:
    published = publish(index, release, CREDENTIALS["username and password"])
    assert published.returncode == 0, published.stderr
    altered = altered_wheel(release, scratch / "altered")

    by_uv = publish(index, altered, CREDENTIALS["username and password"])
    assert by_uv.returncode != 0
    assert f"Local file and index file do not match for `{WHEEL}`" in by_uv.stderr

    # Without --check-url uv uploads, and the index itself refuses: it was started without --overwrite.
    upload = f'uv publish --publish-url "{index.upload_url}" dist/*'
    by_index = sh(upload, altered, **CREDENTIALS["username and password"])
    assert by_index.returncode != 0 and '"POST / HTTP/1.1" 409' in index.log()

    assert index.files() == built_files(release)
    assert index.served(WHEEL) == built_files(release)[WHEEL]


SERVICE_PROJECT = f"""\
[project]
name = "service"
version = "0"
requires-python = ">=3.11"
dependencies = ["realtimekit-client=={VERSION}"]

"""
SERVICE_CODE = """\
import sys

import realtimekit_client
from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.recordings import get_active_recording

base_url, account, app, meeting = sys.argv[1:]
with AuthenticatedClient(base_url=base_url, token="service-token") as client:
    active = get_active_recording.sync(account, app, meeting, client=client)
print(realtimekit_client.__version__, realtimekit_client.__file__, active.data.id, active.data.status.value)
"""


def service_using(index: PackageIndex, where: Path) -> Path:
    """A service project configured as docs/release.md says, the placeholder URL replaced by the index's."""
    block = doc_command("service-pyproject")
    assert PLACEHOLDER_URL in block
    where.mkdir()
    (where / "pyproject.toml").write_text(SERVICE_PROJECT + block.replace(PLACEHOLDER_URL, index.url))
    (where / "service.py").write_text(SERVICE_CODE)
    return where


def asked_for(index: PackageIndex) -> set[str]:
    """The project names whose pages the index was asked for."""
    return set(re.findall(r'"GET /simple/([^/ ]+)/ HTTP', index.log()))


def locked_sources(service: Path) -> dict[str, str]:
    lock = tomllib.loads((service / "uv.lock").read_text(encoding="utf-8"))
    sources: dict[str, str] = {}
    for package in lock["package"]:
        sources[package["name"]] = package["source"].get("registry") or str(package["source"])
    return sources


def locked_marker(service: Path, package: str, dependency: str) -> str | None:
    lock = tomllib.loads((service / "uv.lock").read_text(encoding="utf-8"))
    (entry,) = [p for p in lock["package"] if p["name"] == package]
    (needed,) = [d for d in entry.get("dependencies", []) if d["name"] == dependency]
    marker: str | None = needed.get("marker")
    return marker


def test_a_service_installs_the_published_package_pinned_to_the_index(
    release: Path, index: PackageIndex, scratch: Path
) -> None:
    published = publish(index, release, CREDENTIALS["token"])
    assert published.returncode == 0, published.stderr
    service = service_using(index, scratch / "service")

    # Online, uv gets realtimekit-client from the internal index, then stops at the usual registry (unreachable
    # here) for httpx; offline, it finishes from uv's cache, the internal index's answers included.
    online = sh(doc_command("service-lock"), service)
    assert online.returncode != 0 and "Connection refused" in online.stderr
    assert index.url not in online.stderr  # the internal index answered
    assert asked_for(index) == {"realtimekit-client"}  # and was asked for nothing else: explicit = true
    locked = sh(doc_command("service-lock"), service, UV_OFFLINE="1")
    assert locked.returncode == 0, locked.stderr + CACHE_HINT

    sources = locked_sources(service)
    assert sources.pop("realtimekit-client") == index.url
    assert sources.pop("service") != index.url
    assert index.url not in sources.values()  # everything else from the usual registry
    documented = {line.split()[0]: line for line in doc_command("runtime-dependencies").splitlines()}
    assert set(sources) == set(documented)
    marker = re.search(r"\(Python < ([0-9.]+)", documented["typing-extensions"])
    assert marker and locked_marker(service, "anyio", "typing-extensions") == f"python_full_version < '{marker[1]}'"

    synced = sh(doc_command("service-sync"), service)
    assert synced.returncode == 0, synced.stderr + CACHE_HINT
    assert f"GET /packages/{WHEEL}" in index.log()  # installed from the index, over HTTP

    python = service / ".venv" / "bin" / "python"
    with LoopbackServer() as api:
        api.script(Reply(200, example("get_active_recording", "200")))
        ran = subprocess.run([python, "service.py", api.url, ACCOUNT_ID, APP_ID, MEETING_ID], cwd=service,
                             env=unreachable_registries(), capture_output=True, text=True, timeout=60)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    version, imported_from, recording_id, status = ran.stdout.split()
    expected = example("get_active_recording", "200")["data"]
    assert (version, recording_id, status) == (VERSION, expected["id"], expected["status"])
    assert Path(imported_from).is_relative_to(service / ".venv")
    assert [(r.method, r.path) for r in api.requests] == [("GET", ACTIVE_RECORDING_PATH)]
    installed = Path(imported_from).read_bytes()
    with zipfile.ZipFile(release / "dist" / WHEEL) as wheel:
        assert installed == wheel.read("realtimekit_client/__init__.py")


def test_the_doc_names_the_package_s_own_requirements() -> None:
    """What the doc says the package declares (and a vendoring service must add) is what it declares."""
    generated = ROOT / "generated" / "realtimekit-client" / "pyproject.toml"
    declared: list[str] = tomllib.loads(generated.read_text(encoding="utf-8"))["project"]["dependencies"]
    text = DOC.read_text(encoding="utf-8")
    for requirement in declared:
        assert f"`{requirement}`" in text
    named = set(re.findall(r"`([a-z][a-z0-9-]*[<>=~!][^`]*)`", text)) - {f"realtimekit-client=={VERSION}"}
    assert named <= set(declared)


def test_the_documented_commands_are_the_ones_run_here() -> None:
    """Guards the markers: a command renamed or dropped from the doc must fail here, not be skipped."""
    text = DOC.read_text(encoding="utf-8")
    marked = re.findall(r"<!-- tested: ([\w-]+) -->", text)
    assert sorted(marked) == sorted(
        ["build", "publish", "service-pyproject", "service-lock", "service-sync", "runtime-dependencies"]
    )
