"""The recording stand-in still serves its two cases (it runs only when re-recording, so check it here)."""

from __future__ import annotations

import httpx

from tests.recorded.standin import FUTURE_STATUS, standin
from tests.support.spec import schema_ref, validator_for
from tools.loopback import LoopbackServer

PATH = "/accounts/a/realtime/kit/b/recordings/active-recording/m"


def test_standin_serves_its_cases_on_localhost() -> None:
    with LoopbackServer(standin) as server, httpx.Client(base_url=server.url) as http:
        auth = {"Authorization": "Bearer x"}
        edge = http.get(PATH, headers=auth | {"Prefer": "code=522, example=edge_522"})
        unknown = http.get(PATH, headers=auth | {"Prefer": "code=200, example=unknown_status"})
        unauthenticated = http.get(PATH, headers={"Prefer": "code=200, example=unknown_status"})
        unlisted = http.get(PATH, headers=auth | {"Prefer": "code=200, example=nothing_like_it"})

    # the status lines as the cassettes keep them (message '' and 'OK')
    assert (edge.status_code, edge.reason_phrase, unknown.reason_phrase) == (522, "", "OK")
    assert edge.headers["content-type"] == "text/html; charset=UTF-8"
    assert "Error code 522" in edge.text
    assert unknown.status_code == 200 and unknown.json()["data"]["status"] == FUTURE_STATUS
    problems = [e.validator for e in validator_for(schema_ref("ActiveRecordingResponse")).iter_errors(unknown.json())]
    assert problems == ["enum"]  # off the spec in the status only
    assert unauthenticated.status_code == 401
    assert unlisted.status_code == 404 and "nothing_like_it" in unlisted.text
