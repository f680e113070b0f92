"""Secrets under hostile conditions: careless tokens and headers, httpx_args that would move the token
elsewhere, redirects to another origin, pickled exceptions, unbounded server text, reprs of responses and the
frame locals an error reporter captures. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import start_recording
from realtimekit_client.models import AccessKeyStorageConfig, AccessKeyStorageType, StartRecordingRequest
from tests.hostile.calls import JSON, TLS, call, client, response_class, success_example
from tests.hostile.scan import (
    FIGURES,
    SECRETS,
    STORAGE_SECRET,
    TOKEN,
    assert_clean,
    leaked,
    reported_frames,
)
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID
from tools.loopback import LoopbackServer, Reply, free_port, raw, response

GET = "get_active_recording"
COOKIE = "session-cookie-the-server-set-0123"
CREDENTIALS = {"type": "aws", "bucket": "b", "region": "r", "access_key": STORAGE_SECRET, "secret": STORAGE_SECRET}


def start(api: AuthenticatedClient, **fields: Any) -> Any:
    body = StartRecordingRequest.from_dict({"meeting_id": MEETING_ID, **fields})
    return start_recording.sync(ACCOUNT_ID, APP_ID, client=api, body=body)


def ok_get() -> Reply:
    return Reply(200, success_example(GET)[1])


# ---- the token --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("careless", [f"{TOKEN}\n", f"  {TOKEN} ", f"\t{TOKEN}\r\n", f"\n{TOKEN}"])
def test_surrounding_whitespace_is_stripped_and_the_call_works(server: LoopbackServer, careless: str) -> None:
    server.script(ok_get())
    api = AuthenticatedClient(base_url=server.url, token=careless, max_retries=0, verify_ssl=TLS)
    assert api.token == TOKEN
    call(GET, api)
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    "bad", [f"{TOKEN[:10]}\r\n{TOKEN[10:]}", f"{TOKEN}\x00", f"{TOKEN[:5]}\u00e9{TOKEN[5:]}", f"{TOKEN} x", ""]
)
def test_a_token_a_header_cannot_carry_is_refused_without_quoting_it(bad: str) -> None:
    with pytest.raises(errors.InvalidValueError) as caught:
        AuthenticatedClient(base_url="https://api.example.com", token=bad)
    assert_clean(caught.value, frames=False)
    assert caught.value.path == "token"


def test_from_env_strips_a_trailing_newline(server: LoopbackServer) -> None:
    server.script(ok_get())
    environ = {"CLOUDFLARE_API_TOKEN": TOKEN + "\n", "CLOUDFLARE_BASE_URL": server.url}
    api = AuthenticatedClient.from_env(environ, verify_ssl=TLS)
    call(GET, api)
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("value", ["a\r\nInjected: yes", "caf\u00e9", "x\x00y"])
def test_headers_and_cookies_a_request_cannot_carry_are_refused(value: str) -> None:
    carried = {"X-Secret": value + STORAGE_SECRET}
    with pytest.raises(errors.InvalidValueError) as caught:
        AuthenticatedClient(base_url="https://api.example.com", token=TOKEN, headers=carried)
    assert_clean(caught.value, frames=False)
    with pytest.raises(errors.InvalidValueError) as caught:
        AuthenticatedClient(base_url="https://api.example.com", token=TOKEN, cookies=carried)
    assert_clean(caught.value, frames=False)


# A value for each httpx_args entry that would send the token elsewhere, replace it, or let anyone read it.
HIJACKS: dict[str, Any] = {
    "base_url": "http://evil.example",  # the token over plain http to another host
    "auth": httpx.BasicAuth("someone", STORAGE_SECRET),  # replaces the token's Authorization header
    "headers": {"Authorization": "Bearer someone-else"},  # replaces the client's headers, the token's among them
    "cookies": {"session": STORAGE_SECRET},  # cookies the client's checks never saw
    "verify": False,  # TLS without verification: anyone on the path reads the token
    "follow_redirects": True,  # redirects on, past the client's own setting
}


@pytest.mark.parametrize("name", sorted(HIJACKS))
def test_httpx_args_cannot_change_credentials_or_destination(server: LoopbackServer, name: str) -> None:
    """httpx_args={"base_url": "http://evil.example"} sent the Bearer token there over plain http. Each entry
    that could move the token or change how it travels is refused, at construction and through attrs.evolve."""
    with pytest.raises(errors.InvalidValueError) as caught:
        client(server.url, httpx_args={name: HIJACKS[name]})
    assert caught.value.path == f"httpx_args.{name}" and "is not accepted" in str(caught.value)
    assert_clean(caught.value, frames=False)
    with pytest.raises(errors.InvalidValueError):
        attrs.evolve(client(server.url), httpx_args={name: HIJACKS[name]})
    assert server.requests == []


def test_other_httpx_args_still_reach_httpx(server: LoopbackServer) -> None:
    seen: list[httpx.Request] = []
    server.script(ok_get())
    api = client(server.url, httpx_args={"event_hooks": {"request": [seen.append]}, "limits": httpx.Limits()})
    call(GET, api)
    assert [str(request.url.copy_with(path="/")) for request in seen] == [f"{server.url}/"]


# ---- redirects and plain http -----------------------------------------------------------------------------------


@pytest.mark.parametrize("auth_header_name", ["Authorization", "X-Auth-Token"])
def test_cross_origin_redirect_drops_custom_headers_and_cookies(auth_header_name: str) -> None:
    """With follow_redirects=True, a GET redirected to another origin carried custom secret headers (X-Auth-Key,
    anything set with with_headers) and cookies; only Authorization was dropped. Now the request that follows
    carries none of the client's headers and no cookie; the answer from the other origin is parsed."""
    with LoopbackServer() as elsewhere, LoopbackServer() as api_server:
        api_server.script(Reply(302, b"", {"Location": f"{elsewhere.url}/moved", "Set-Cookie": f"jar={COOKIE}"}))
        elsewhere.script(ok_get())
        api = client(
            api_server.url,
            follow_redirects=True,
            cookies={"session": STORAGE_SECRET},
            auth_header_name=auth_header_name,
            prefix="Bearer" if auth_header_name == "Authorization" else "",
        ).with_headers({"X-Auth-Key": STORAGE_SECRET})
        assert isinstance(call(GET, api), response_class(GET))
    first, moved = api_server.requests[0].headers, elsewhere.requests[0].headers
    assert leaked(json.dumps(first)) == list(SECRETS)  # the API got them all
    assert elsewhere.requests[0].path == "/moved"
    assert leaked(json.dumps(moved)) == [] and COOKIE not in json.dumps(moved), moved
    assert {"authorization", "x-auth-token", "x-auth-key", "cookie"}.isdisjoint(moved)


def test_a_cross_origin_307_of_a_start_is_refused_and_the_body_not_resent() -> None:
    with LoopbackServer() as elsewhere, LoopbackServer() as api_server:
        api_server.script(Reply(307, b"", {"Location": f"{elsewhere.url}/steal"}))
        with pytest.raises(errors.APIStatusError) as caught:
            start(client(api_server.url, follow_redirects=True), storage_config=CREDENTIALS)
        assert elsewhere.requests == []  # nothing reached the other origin
    assert caught.value.status_code == 307 and "it would re-send the request body" in str(caught.value)
    assert caught.value.may_have_acted is False
    assert_clean(caught.value)


def test_a_same_origin_redirect_is_followed_with_the_token(server: LoopbackServer) -> None:
    server.script(Reply(308, b"", {"Location": "/moved"}), ok_get())
    call(GET, client(server.url, follow_redirects=True))
    assert len(server.requests) == 2 and server.requests[1].path == "/moved"
    assert server.requests[1].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("url", ["http://api.example.com", "http://10.0.0.8:8080/client/v4", "http://[2001:db8::1]"])
def test_plain_http_to_another_machine_is_refused_unless_allowed(url: str) -> None:
    with pytest.raises(errors.InvalidValueError, match="allow_insecure_http") as caught:
        AuthenticatedClient(base_url=url, token=TOKEN)
    assert_clean(caught.value, frames=False)
    with pytest.raises(errors.InvalidValueError, match="allow_insecure_http"):
        AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN, "CLOUDFLARE_BASE_URL": url})
    assert AuthenticatedClient(base_url=url, token=TOKEN, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9", "https://x.example"])
def test_loopback_http_and_https_are_fine(url: str) -> None:
    assert AuthenticatedClient(base_url=url, token=TOKEN).base_url == url


def test_credentials_in_the_base_url_are_refused() -> None:
    with pytest.raises(errors.InvalidValueError) as caught:
        AuthenticatedClient(base_url=f"https://user:{STORAGE_SECRET}@api.example.com", token=TOKEN)
    assert_clean(caught.value, frames=False)


# ---- pickles, reprs and bounded messages ------------------------------------------------------------------------


def test_status_errors_pickle_without_the_token_and_round_trip(server: LoopbackServer) -> None:
    body = {"success": False, "error": {"code": 404, "message": "No active recording found"}}
    headers = {"cf-ray": "8d3c1a2b3c4d5e6f-SJC", "Set-Cookie": f"__cf={COOKIE}"}
    server.script(Reply(404, body, headers))
    with pytest.raises(errors.NotFoundError) as caught:
        call(GET, client(server.url))
    copy = assert_clean(caught.value)
    assert isinstance(copy, errors.NotFoundError)
    assert (copy.status_code, copy.error_code, copy.error_message, copy.ray_id) == (
        404,
        404,
        "No active recording found",
        "8d3c1a2b3c4d5e6f-SJC",
    )
    assert copy.body == body and copy.response.status_code == 404
    assert "set-cookie" not in copy.headers and copy.headers["cf-ray"] == "8d3c1a2b3c4d5e6f-SJC"
    assert COOKIE.encode() not in pickle.dumps(caught.value)


def test_validation_errors_pickle_without_storage_credentials(server: LoopbackServer) -> None:
    echoed = success_example("start_recording")[1]
    echoed["data"]["storage_config"] = {"type": "aws", "secret": STORAGE_SECRET, "access_key": STORAGE_SECRET}
    echoed["data"]["id"] = 12  # not a UUID nor a string: the body fails validation
    server.script(Reply(200, echoed))
    with pytest.raises(errors.ResponseValidationError) as caught:
        start(client(server.url))
    assert caught.value.body == echoed  # in process: the whole body, to recover what the API did
    copy = assert_clean(caught.value)
    assert isinstance(copy, errors.ResponseValidationError) and copy.status_code == 200
    assert copy.body["data"]["storage_config"]["secret"] == "<redacted>"
    assert copy.body["data"]["session_id"] == echoed["data"]["session_id"]


def test_connection_errors_pickle_and_round_trip() -> None:
    with pytest.raises(errors.APIConnectionError) as caught:
        call(GET, client(f"http://127.0.0.1:{free_port()}"))
    copy = assert_clean(caught.value)
    assert pickle.loads(pickle.dumps(copy)).may_have_acted is False


def test_response_repr_hides_the_echoed_credentials(server: LoopbackServer) -> None:
    """repr() of the Response from sync_detailed showed the raw body, with the storage credentials the API
    echoes back. Now it shows the status and the parsed model, whose repr leaves credentials out."""
    echoed = success_example("start_recording")[1]
    echoed["data"]["storage_config"] = CREDENTIALS
    server.script(Reply(200, echoed))
    body = StartRecordingRequest.from_dict({"meeting_id": MEETING_ID, "storage_config": CREDENTIALS})
    detailed = start_recording.sync_detailed(ACCOUNT_ID, APP_ID, client=client(server.url), body=body)
    assert leaked(repr(detailed)) == [] and leaked(str(detailed)) == [], repr(detailed)
    assert "status_code=200" in repr(detailed) and "StartRecordingResponse(" in repr(detailed)
    assert detailed.parsed.data.storage_config.secret == STORAGE_SECRET  # type: ignore[union-attr]  # still there
    assert STORAGE_SECRET.encode() in detailed.content  # the raw body, for whoever asks for it


def test_models_redact_in_reprs() -> None:
    config = AccessKeyStorageConfig(
        type_=AccessKeyStorageType.AWS, access_key="AKIAEXAMPLE", region="us-east-1", secret=STORAGE_SECRET
    )
    assert STORAGE_SECRET not in repr(config)


def test_a_validation_error_does_not_quote_the_offending_value_in_full(server: LoopbackServer) -> None:
    body = success_example(GET)[1]
    body["data"]["started_time"] = ["9" * 100_000]  # neither a date-time nor a string
    server.script(Reply(200, body))
    with pytest.raises(errors.ResponseValidationError) as caught:
        call(GET, client(server.url))
    assert_clean(caught.value)
    assert len(str(caught.value)) < 700 and caught.value.path == "data.started_time"


def test_a_huge_error_message_and_ray_id_are_clipped(server: LoopbackServer) -> None:
    body = {"success": False, "error": {"code": 400, "message": "m\n" * 50_000}}
    server.script(raw(response(400, json.dumps(body).encode(), [*JSON, ("cf-ray", "r" * 5000)])))
    with pytest.raises(errors.BadRequestError) as caught:
        call(GET, client(server.url))
    assert_clean(caught.value)
    assert "\n" not in str(caught.value)


# ---- what an error reporter captures ----------------------------------------------------------------------------

PACKAGE = Path(errors.__file__).parent


def failed_start(server: LoopbackServer, case: str) -> errors.RealtimeKitError:
    api = client(server.url)
    if case == "500":
        server.script(Reply(500, {"success": False, "errors": [{"code": 10000, "message": "internal"}]}))
    elif case == "read timeout":
        server.script(Reply(200, {}, delay=0.4))
        api = client(server.url, timeout=0.1)
    elif case == "connection error":
        api = client(f"http://127.0.0.1:{free_port()}")
    else:  # a 2xx that echoes the credentials and fails validation
        echoed = success_example("start_recording")[1]
        echoed["data"]["storage_config"] = CREDENTIALS
        echoed["data"]["status"] = 7
        server.script(Reply(200, echoed))
    with pytest.raises(errors.RealtimeKitError) as caught:
        start(api, storage_config=CREDENTIALS)
    return caught.value


@pytest.mark.parametrize("case", ["500", "read timeout", "connection error", "2xx validation"])
def test_failed_start_leaves_no_secret_in_frame_locals(server: LoopbackServer, case: str) -> None:
    """Error reporters (Sentry's Python SDK by default) send the locals of every frame in the exception's
    traceback and its cause/context chain. None may hold the token or a credential the start sent or the API
    echoed. Frames of the caller's own code are left out: this test's locals hold the secrets on purpose.

    The runtime clears the locals of the frames that had finished when it made its exception (httpx's, the
    decoder's). Python cannot clear a frame still executing: the package's own frames from the endpoint down to
    where the exception was raised keep theirs, and hold only objects whose repr shows no secret."""
    error = failed_start(server, case)
    frames = reported_frames(error)
    leaks = [
        (frame.f_code.co_name, name)
        for frame, values in frames
        for name, value in values.items()
        if leaked(repr(value))
    ]
    assert leaks == [], leaks
    kept = [(frame, values) for frame, values in frames if values]
    assert all(Path(frame.f_code.co_filename).is_relative_to(PACKAGE) for frame, _ in kept), [
        frame.f_code.co_filename for frame, _ in kept
    ]
    cleared = [frame for frame, values in frames if not values]
    if case in ("read timeout", "connection error", "2xx validation"):
        assert cleared, "the cause's frames (httpx's, the decoder's) were reported with their locals"
    body_repr = next(values["body"] for frame, values in kept if "body" in values)
    assert "storage_config=AccessKeyStorageConfig(" in body_repr  # the model's repr, credentials left out
    assert_clean(error)
    FIGURES[f"frames a reporter gets, failed start ({case})"] = (
        f"{len(frames)} frames, {len(cleared)} cleared; locals kept in "
        + ", ".join(dict.fromkeys(frame.f_code.co_name for frame, _ in kept))
    )


@pytest.mark.parametrize("how", ["constructor", "from_env"])
def test_a_refused_construction_leaves_the_token_only_in_the_constructor_s_own_frames(how: str) -> None:
    """A client refused at construction: every frame of the traceback was still executing when the exception
    was made, so none could be cleared. What a reporter receives beyond the caller's frames: what the caller
    passed, the `token` argument of attrs' __init__ (and from_env's `token` and `environ`), nothing else.
    (Sentry's default scrubber filters a variable named `token`; a reporter without one sends it.)"""
    url = "http://api.example.com"  # plain http to another machine: refused
    with pytest.raises(errors.InvalidValueError) as caught:
        if how == "constructor":
            AuthenticatedClient(base_url=url, token=TOKEN)
        else:
            AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN, "CLOUDFLARE_BASE_URL": url})
    frames = reported_frames(caught.value)
    leaks = {
        (frame.f_code.co_name, name)
        for frame, values in frames
        for name, value in values.items()
        if leaked(repr(value))
    }
    expected = {("__init__", "token")} | (
        {("from_env", "token"), ("from_env", "environ")} if how == "from_env" else set()
    )
    assert leaks == expected
    assert {frame.f_code.co_name for frame, _ in frames} >= {"__init__", "__attrs_post_init__", "check_base_url"}
