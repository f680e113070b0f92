"""The client's settings: defaults from the spec, settings refused at construction, with_options (sharing the
connections) and with_headers / with_cookies / with_timeout (connections of their own), closing as final, the
token out of repr, from_env, the version, and the package's log (attempts at DEBUG, retries at INFO, never a
secret). Real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import math
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest

import realtimekit_client
from realtimekit_client import AuthenticatedClient, Client, _spec, errors
from tests.support.client import RecordedSleeps, make_client
from tests.support.ids import TOKEN
from tests.support.operation_cases import OPERATIONS, VARIANTS, Operation, to_python
from tests.support.spec import load_spec
from tools.loopback import LoopbackServer, Reply

SECRET_HEADER = "x-custom-secret-header-value-0123"
RAY = "8d3c1a2b3c4d5e6f-SJC"
BODILESS = next(operation for operation in OPERATIONS if operation.body is None)


def ok(operation: Operation, **settings: Any) -> Reply:
    return Reply(operation.success_status(), operation.success_example(), **settings)


# --- defaults and checked settings -------------------------------------------------------------------------


def test_defaults_come_from_the_spec_and_are_finite() -> None:
    client = AuthenticatedClient(token=TOKEN)
    assert client.base_url == load_spec()["servers"][0]["url"]
    assert (client.max_retries, client.total_timeout, client.max_response_bytes) == (2, 120.0, 4 * 1024 * 1024)
    assert client.get_httpx_client().timeout == httpx.Timeout(60.0, connect=5.0)
    client.close()
    assert Client().base_url == client.base_url


def test_the_version_is_the_specs_info_version() -> None:
    assert realtimekit_client.__version__ == str(load_spec()["info"]["version"])
    assert "__version__" in realtimekit_client.__all__


@pytest.mark.parametrize(
    ("settings", "path"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": 1.0}, "max_retries"),
        ({"total_timeout": 0}, "total_timeout"),
        ({"total_timeout": math.nan}, "total_timeout"),
        ({"total_timeout": math.inf}, "total_timeout"),
        ({"max_response_bytes": 0}, "max_response_bytes"),
        ({"max_response_bytes": True}, "max_response_bytes"),
        ({"base_url": "ftp://example.com"}, "base_url"),
        ({"base_url": "http://example.com"}, "base_url"),  # the token would travel unencrypted
        ({"base_url": "https://user:pass@example.com"}, "base_url"),
        ({"token": ""}, "token"),
        ({"token": "  "}, "token"),
        ({"token": "two\nlines"}, "token"),
        ({"headers": {"X-Custom": "two\nlines"}}, "header 'X-Custom'"),
        ({"headers": {"Bad:Name": "x"}}, "header 'Bad:Name'"),
        ({"cookies": {"session": "caf\u00e9"}}, "cookie 'session'"),
        *[
            ({"httpx_args": {name: None}}, f"httpx_args.{name}")
            for name in ("base_url", "auth", "headers", "cookies", "timeout", "verify", "follow_redirects")
        ],  # fmt: skip
    ],
)
def test_a_setting_out_of_bounds_is_refused_at_construction(settings: dict[str, Any], path: str) -> None:
    with pytest.raises(errors.InvalidValueError) as caught:
        AuthenticatedClient(**{"token": TOKEN, **settings})
    assert caught.value.path == path
    assert "two\nlines" not in str(caught.value) and "caf\u00e9" not in str(caught.value)  # values not echoed


def test_http_is_allowed_to_this_machine_or_when_asked() -> None:
    for url in ("http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"):
        assert AuthenticatedClient(token=TOKEN, base_url=url).base_url == url
    assert AuthenticatedClient(token=TOKEN, base_url="http://example.com", allow_insecure_http=True)
    assert AuthenticatedClient(token=f"  {TOKEN}\n").token == TOKEN  # surrounding whitespace stripped


def test_the_client_repr_hides_the_token_and_header_values() -> None:
    client = AuthenticatedClient(token=TOKEN, headers={"X-Auth-Key": "other-secret-value"}, cookies={"s": "cookie-v"})
    for text in (repr(client), str(client)):
        assert TOKEN not in text and "other-secret-value" not in text and "cookie-v" not in text
        assert text.startswith("AuthenticatedClient(") and "https://api.cloudflare.com/client/v4" in text


def test_from_env_reads_the_token_and_base_url() -> None:
    client = AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN, "CLOUDFLARE_BASE_URL": "http://127.0.0.1:9"})
    assert client.token == TOKEN and client.base_url == "http://127.0.0.1:9"
    assert AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN}).base_url == _spec.SERVERS[0]
    assert AuthenticatedClient.from_env({"CLOUDFLARE_API_TOKEN": TOKEN}, max_retries=0).max_retries == 0
    for environ in ({}, {"CLOUDFLARE_API_TOKEN": " "}):
        with pytest.raises(errors.InvalidValueError, match="CLOUDFLARE_API_TOKEN is not set") as caught:
            AuthenticatedClient.from_env(environ)
        assert caught.value.path == "CLOUDFLARE_API_TOKEN"


# --- derived clients ---------------------------------------------------------------------------------------


def test_with_options_changes_only_what_is_given_and_shares_the_connections(server: LoopbackServer) -> None:
    server.script(ok(BODILESS), ok(BODILESS))
    client = make_client(server.url, max_retries=2)
    quick = client.with_options(max_retries=0, total_timeout=5, timeout=3)
    assert (quick.max_retries, quick.total_timeout, quick.max_response_bytes) == (0, 5, client.max_response_bytes)
    assert (client.max_retries, client.total_timeout) == (2, 120.0)  # the original is unchanged
    assert quick.token == client.token and quick.base_url == client.base_url
    BODILESS.call(client)
    BODILESS.call(quick)
    assert quick.get_httpx_client() is client.get_httpx_client()  # one pool
    assert len(server.requests) == 2
    with pytest.raises(errors.InvalidValueError) as caught:
        client.with_options(max_retries=-1)
    assert caught.value.path == "max_retries"


@pytest.mark.parametrize("variant", ["sync", "asyncio"])
async def test_with_options_timeout_applies_to_that_clients_calls_only(server: LoopbackServer, variant: str) -> None:
    client = make_client(server.url, max_retries=0)
    quick = client.with_options(timeout=httpx.Timeout(5.0, read=0.1))
    server.script(ok(BODILESS, delay=0.3))
    with pytest.raises(errors.APITimeoutError):  # the derived client first: it opens the shared connections
        await BODILESS.run(quick, variant)
    server.script(ok(BODILESS, delay=0.3))
    await BODILESS.run(client, variant)  # the original's 60 s: the slow answer arrives
    server.script(ok(BODILESS, delay=0.3))
    with pytest.raises(errors.APITimeoutError):
        await BODILESS.run(quick, variant)
    await client.aclose()


@pytest.mark.parametrize("close", ["derived", "original"])
async def test_closing_a_client_closes_the_ones_sharing_its_connections(server: LoopbackServer, close: str) -> None:
    client = make_client(server.url)
    derived = client.with_options(max_retries=0)
    await (derived if close == "derived" else client).aclose()
    for either in (client, derived):
        for variant in VARIANTS:
            with pytest.raises(errors.ClientClosedError):
                await BODILESS.run(either, variant)
    assert server.requests == []


def test_with_headers_cookies_and_timeout_give_a_client_with_its_own_connections(server: LoopbackServer) -> None:
    client = make_client(server.url, headers={"X-Base": "base"})
    derived = [
        client.with_headers({"X-Extra": "extra"}),
        client.with_cookies({"session": "abc"}),
        client.with_timeout(httpx.Timeout(7.0)),
    ]
    server.script(*[ok(BODILESS)] * 4)
    for each in (client, *derived):
        BODILESS.call(each)
        assert each is client or each.get_httpx_client() is not client.get_httpx_client()
    original, headers, cookies, timeout = server.requests
    assert "x-extra" not in original.headers and "cookie" not in original.headers  # the original is unchanged
    assert (headers.headers["x-extra"], headers.headers["x-base"]) == ("extra", "base")
    assert cookies.headers["cookie"] == "session=abc" and "x-extra" not in cookies.headers
    assert derived[2].get_httpx_client().timeout == httpx.Timeout(7.0)
    for request in server.requests:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
    derived[0].close()
    server.script(ok(BODILESS))
    BODILESS.call(client)  # closing a client with connections of its own leaves the original open


# --- closing is final --------------------------------------------------------------------------------------


async def test_a_call_after_close_raises_client_closed_error_and_sends_nothing(server: LoopbackServer) -> None:
    for close in ("close", "aclose", "with", "async with"):
        client = make_client(server.url)
        server.script(ok(BODILESS))
        BODILESS.call(client)  # a client used before its `with` block still enters it
        if close == "with":
            with client:
                server.script(ok(BODILESS))
                BODILESS.call(client)
        elif close == "async with":
            async with client:
                server.script(ok(BODILESS))
                await BODILESS.run(client, "asyncio")
        elif close == "close":
            client.close()
        else:
            await client.aclose()
        sent = len(server.requests)
        for variant in VARIANTS:
            with pytest.raises(errors.ClientClosedError) as caught:
                await BODILESS.run(client, variant)
            assert isinstance(caught.value, RuntimeError) and caught.value.may_have_acted is False
            assert "nothing was sent" in str(caught.value)
        assert len(server.requests) == sent, close


# --- the package's log -------------------------------------------------------------------------------------


def credentials_in(value: Any) -> list[str]:
    """The values of credential fields (by the spec data's wire names) anywhere in decoded JSON."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _spec.CREDENTIAL_KEYS and isinstance(item, str):
                found.append(item)
            found += credentials_in(item)
    elif isinstance(value, list):
        for item in value:
            found += credentials_in(item)
    return found


def richest_request(operation: Operation) -> Any:
    """The request example with the most credential values in it (None: the operation has no body)."""
    examples = operation.raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("examples")
    values = [example["value"] for example in (examples or {}).values()]
    return max(values, key=lambda value: len(credentials_in(value)), default=None)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_each_attempt_is_logged_at_debug_and_each_retry_at_info_without_secrets(
    server: LoopbackServer, operation: Operation, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(
        Reply(429, {"success": False, "error": {"code": 429, "message": "busy"}}, headers={"cf-ray": RAY}),
        ok(operation),
    )
    request = richest_request(operation)
    body = {} if request is None or operation.body is None else {"body": to_python(request, operation.body)}
    sleeps = RecordedSleeps()
    client = make_client(server.url, sleeps=sleeps, headers={"X-Custom": SECRET_HEADER})
    with caplog.at_level(logging.DEBUG, logger="realtimekit_client"):
        operation.call(client, **body)
    mine = [record for record in caplog.records if record.name == "realtimekit_client"]
    path = operation.expected_path()
    assert [r.getMessage() for r in mine if r.levelno == logging.DEBUG] == [
        f"{operation}: attempt {n}: {operation.method} {path}" for n in (1, 2)
    ]
    assert [r.getMessage() for r in mine if r.levelno == logging.INFO] == [
        f"{operation}: attempt 1 failed (status 429, cf-ray {RAY}); retry 1 of 2 in {sleeps[0]:.2f} s"
    ]
    secrets = [TOKEN, SECRET_HEADER, "busy", *credentials_in(request)]
    for record in mine:
        for secret in secrets:
            assert secret not in record.getMessage()
    if request is not None:
        assert credentials_in(request) and json.loads(server.requests[0].body) == request  # sent, not logged


def test_the_environment_switch_turns_on_the_packages_log(server: LoopbackServer) -> None:
    server.script(ok(BODILESS))
    values = BODILESS.arguments()[0]
    program = (
        "import sys, importlib\n"
        "from realtimekit_client import AuthenticatedClient\n"
        f"endpoint = importlib.import_module({BODILESS.module.__name__!r})\n"
        f"client = AuthenticatedClient(base_url=sys.argv[1], token={TOKEN!r})\n"
        f"endpoint.sync(*{values!r}, client=client)\n"
    )
    environment = {**os.environ, "REALTIMEKIT_LOG": "debug"}
    result = subprocess.run(
        [sys.executable, "-c", program, server.url], env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert f"realtimekit_client DEBUG {BODILESS}: attempt 1: {BODILESS.method} /" in result.stderr
    assert TOKEN not in result.stderr


def test_without_the_switch_the_package_adds_no_handler() -> None:
    """A library's logger: configured by the application, silent unless it is (REALTIMEKIT_LOG is not set here)."""
    assert "REALTIMEKIT_LOG" not in os.environ
    logger = logging.getLogger("realtimekit_client")
    assert logger.handlers == [] and logger.level == logging.NOTSET
