"""The recording stand-in still serves its two cases (it is only run when re-recording, so check it here)."""

from __future__ import annotations

import httpx

from support.spec import schema_ref, validator_for
from support.standin_server import FUTURE_STATUS, StandinServer

PATH = "/accounts/a/realtime/kit/b/recordings/active-recording/m"


def test_standin_serves_its_cases_on_localhost() -> None:
    with StandinServer() as standin, httpx.Client(base_url=standin.url) as http:
        auth = {"Authorization": "Bearer x"}
        edge = http.get(PATH, headers=auth | {"Prefer": "code=522, example=edge_522"})
        unknown = http.get(PATH, headers=auth | {"Prefer": "code=200, example=unknown_status"})
        unauthenticated = http.get(PATH, headers={"Prefer": "code=200, example=unknown_status"})

    assert (edge.status_code, edge.headers["content-type"]) == (522, "text/html; charset=UTF-8")
    assert "Error code 522" in edge.text
    assert unknown.status_code == 200 and unknown.json()["data"]["status"] == FUTURE_STATUS
    errors = [e.validator for e in validator_for(schema_ref("ActiveRecordingResponse"))
              .iter_errors(unknown.json())]  # fmt: skip
    assert errors == ["enum"]  # off the spec in the status only
    assert unauthenticated.status_code == 401
