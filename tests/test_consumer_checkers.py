"""What a service team's own checkers say about the client. The package is vendored into a scratch service outside
the repository (myservice/_vendor/realtimekit_client, as README's "Vendor" says) next to a small module using it,
and the whole service is checked the way the team would check it: pyright in strict mode, mypy --strict, and ruff
with its default rules (a project that never configured ruff). None may report anything, in the vendored copy or
in the service's code. pyright --verifytypes rates the public API's type completeness: it must be 100 %.

The findings are split by where they come from: the generated modules (templates/*.jinja, fixed there) and the
runtime copied verbatim (templates/verbatim/{client,errors,types}.py), so each assertion names its owner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support.checkers import Completeness, Finding, mypy_strict, pyright_strict, ruff_defaults, verifytypes
from support.project import ROOT

PACKAGE = ROOT / "generated" / "realtimekit-client" / "realtimekit_client"
VENDORED = Path("myservice", "_vendor", "realtimekit_client")
RUNTIME = {VENDORED / name for name in ("client.py", "errors.py", "types.py")}
SERVICE_MODULE = Path("myservice", "recordings.py")

# A service module as a team would write it against the vendored copy: typed, no casts, no ignores.
SERVICE_CODE = '''\
"""Recording control for the service's meetings."""

from __future__ import annotations

import asyncio
import os
from uuid import UUID

from myservice._vendor.realtimekit_client import AuthenticatedClient, errors
from myservice._vendor.realtimekit_client.api.recordings import (
    get_active_recording,
    start_recording,
)
from myservice._vendor.realtimekit_client.models import (
    RecordingStatus,
    StartRecordingRequest,
    VideoConfig,
)

ACCOUNT_ID = os.environ["CLOUDFLARE_ACCOUNT_ID"]
APP_ID = os.environ["REALTIMEKIT_APP_ID"]


def start(client: AuthenticatedClient, meeting_id: UUID) -> UUID | None:
    """Start recording the meeting; the new recording's id, if the API returned it."""
    request = StartRecordingRequest(meeting_id=meeting_id, video_config=VideoConfig(width=1280, height=720))
    started = start_recording.sync(ACCOUNT_ID, APP_ID, client=client, body=request)
    return started.data.id if started.data else None


def is_recording(client: AuthenticatedClient, meeting_id: UUID) -> bool:
    try:
        active = get_active_recording.sync(ACCOUNT_ID, APP_ID, str(meeting_id), client=client)
    except errors.NotFoundError:
        return False
    return active.data.status == RecordingStatus.RECORDING


async def recording_statuses(client: AuthenticatedClient, meeting_ids: list[UUID]) -> dict[UUID, str | None]:
    """The status of each meeting's active recording, None where there is none."""

    async def status(meeting_id: UUID) -> str | None:
        try:
            response = await get_active_recording.asyncio(ACCOUNT_ID, APP_ID, str(meeting_id), client=client)
        except errors.NotFoundError:
            return None
        return response.data.status.value

    statuses = await asyncio.gather(*(status(meeting_id) for meeting_id in meeting_ids))
    return dict(zip(meeting_ids, statuses, strict=True))


def main() -> None:
    with AuthenticatedClient.from_env() as client:
        print(is_recording(client, UUID("97440c6a-140b-40a9-9499-b23fd7a3868a")))
'''


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("checked-service")
    assert ROOT not in root.parents, "the service must live outside the repository (no config of ours applies)"
    shutil.copytree(PACKAGE, root / VENDORED, ignore=shutil.ignore_patterns("__pycache__"))
    for package in (VENDORED.parent.parent, VENDORED.parent):
        (root / package / "__init__.py").write_text("", encoding="utf-8")
    (root / SERVICE_MODULE).write_text(SERVICE_CODE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def findings(service: Path) -> list[Finding]:
    """Every checker's findings on the whole service, run once for the module's tests."""
    return [*pyright_strict(service, "myservice"), *mypy_strict(service, "myservice"), *ruff_defaults(service)]


def by_origin(findings: list[Finding], runtime: bool) -> list[str]:
    return sorted(str(f) for f in findings if f.file.is_relative_to(VENDORED) and (f.file in RUNTIME) == runtime)


def test_the_checkers_really_check_the_service(service: Path, tmp_path: Path) -> None:
    """Control: each checker reports a mistake in a copy of the service, so silence above means something."""
    broken = tmp_path / "service"
    shutil.copytree(service, broken)
    module = broken / SERVICE_MODULE
    # a missing None check (mypy, pyright) and an unused import (ruff F401)
    module.write_text(
        module.read_text(encoding="utf-8").replace("return started.data.id if started.data else None",
                                                   "return started.data.id")
        + "import json\n",
        encoding="utf-8",
    )  # fmt: skip
    found = [*pyright_strict(broken, str(SERVICE_MODULE)), *mypy_strict(broken, str(SERVICE_MODULE)),
             *ruff_defaults(broken, str(SERVICE_MODULE))]  # fmt: skip
    assert {f.tool for f in found} == {"pyright", "mypy", "ruff"}, found
    assert all(f.file == SERVICE_MODULE for f in found)


def test_the_service_code_is_clean(findings: list[Finding]) -> None:
    """The service's own module: using the client needs no casts, ignores or Unknown types."""
    assert [str(f) for f in findings if not f.file.is_relative_to(VENDORED)] == []


def test_the_generated_modules_are_clean_for_every_checker(findings: list[Finding]) -> None:
    assert by_origin(findings, runtime=False) == []


def test_the_runtime_modules_are_clean_for_every_checker(findings: list[Finding]) -> None:
    assert by_origin(findings, runtime=True) == []


@pytest.fixture(scope="module")
def completeness() -> Completeness:
    return verifytypes("realtimekit_client", ROOT)


def test_verifytypes_rates_the_whole_public_api(completeness: Completeness) -> None:
    """Control for the next test: the rating covers the package's exports (models, operations, errors): 447
    symbols when the models became plain classes (more under attrs, which adds its own)."""
    assert completeness.symbols > 400 and completeness.score > 0.9


def test_the_public_api_is_completely_typed(completeness: Completeness) -> None:
    assert completeness.problems == []
    assert completeness.score == 1.0
