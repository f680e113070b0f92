"""Both consumers call both operations against 127.0.0.1, from their own venvs outside the repository: the
installed wheel, and the service's installed vendored copy (so the copy is what the packaged service ships).
consumer_app.py reports what came back; the server records what was sent."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from examples.local_mock import spec_example
from tests.consumers.environments import CONSUMER_APP, Consumer, run
from tests.support.ids import ACTIVE_RECORDING_PATH, MEETING_ID, START_PATH
from tools.loopback import LoopbackServer, Reply

STARTED = spec_example("start_recording", "200", "reference")
ACTIVE = spec_example("get_active_recording", "200", "reference")


def call(command: list[str | Path], cwd: Path, server: LoopbackServer) -> dict[str, Any]:
    """Run the consumer against a server answering as consumer_app.py expects; what it reported."""
    server.script(
        Reply(200, STARTED),
        Reply(200, ACTIVE),
        Reply(404, spec_example("get_active_recording", "404", "no_active_recording")),
        Reply(302, b"", {"Location": "/elsewhere"}),  # not followed, not documented: an APIStatusError
        Reply(200, ACTIVE),  # the async call
    )
    result = run(*command, server.url, cwd=cwd)
    assert result.returncode == 0, result.stderr
    # consumer_app.py spells the ids itself: they must be the shared ones. The refused start sent nothing.
    sent = [(r.method, r.path) for r in server.requests]
    missing = f"{START_PATH}/active-recording/no-such-meeting"
    assert sent == [("POST", START_PATH), ("GET", ACTIVE_RECORDING_PATH), ("GET", missing),
                    ("GET", ACTIVE_RECORDING_PATH), ("GET", ACTIVE_RECORDING_PATH)]  # fmt: skip
    assert server.requests[0].json() == {"meeting_id": MEETING_ID, "video_config": {"width": 640, "height": 360}}
    assert {r.headers["authorization"] for r in server.requests} == {"Bearer consumer-token"}
    report: dict[str, Any] = json.loads(result.stdout)
    assert report | {"imported_from": None} == {
        "imported_from": None, "started": STARTED["data"]["id"], "status": "INVOKED", "missing": 404,
        "unexpected": 302, "refused": "body.video_config.width", "async_status": "INVOKED",
    }  # fmt: skip
    return report


def test_the_installed_wheel_calls_both_operations(wheel_consumer: Consumer, server: LoopbackServer) -> None:
    python, project = wheel_consumer.python, wheel_consumer.root
    report = call([python, CONSUMER_APP.name], project, server)
    assert Path(report["imported_from"]).is_relative_to(python.parent.parent / "lib")


def test_the_service_s_vendored_copy_calls_both_operations(
    service: Consumer, server: LoopbackServer, tmp_path: Path
) -> None:
    """The installed service run from an empty directory: the copy is what the packaged service ships."""
    report = call([service.python, "-m", "myservice.consumer_app"], tmp_path, server)
    lib = service.python.parent.parent / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    vendored = lib / "site-packages" / "myservice" / "_vendor" / "realtimekit_client"
    assert Path(report["imported_from"]) == vendored / "__init__.py"
