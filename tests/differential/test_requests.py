"""What both clients send: generated start arguments (every field, every member of the official storage union,
valid under the SDK's param types and the spec) and generated path parameters, sent by both through one
MockTransport, give the same paths and JSON bodies, or are refused by both; the official SDK tests' argument
sets are accepted and sent unchanged."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote
from uuid import UUID

import pytest
from cloudflare.types.realtime_kit import recording_start_recordings_params as sdk_params
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import TypeAdapter

from realtimekit_client.models import (
    AccessKeyStorageConfig,
    AudioConfig,
    GcsStorageConfig,
    SftpKeyStorageConfig,
    SftpPasswordStorageConfig,
    StartRecordingRequest,
    VideoCodec,
    VideoConfig,
)
from realtimekit_client.types import UNSET
from tests.differential.oracle import (
    EXCHANGE,
    ours_get,
    ours_start,
    refused,
    sdk_get,
    sdk_start,
    sent,
)
from tests.support.official_args import (
    OFFICIAL_ACCOUNT,
    OFFICIAL_ALL_PARAMS,
    OFFICIAL_APP,
    OFFICIAL_GET_MEETING,
    OFFICIAL_MEETING,
    OFFICIAL_ONLY_REQUIRED,
    official_all_params,
    official_only_required,
)
from tests.support.spec import example, load_spec, schema_ref, validator_for

REQUESTS = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SDK_PARAMS = Draft202012Validator(TypeAdapter(sdk_params.RecordingStartRecordingsParams).json_schema())
SPEC_REQUEST = validator_for(schema_ref("StartRecordingRequest"))


def optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


TEXT = st.text(max_size=12)
URI = st.from_regex(r"(https|http|rtmp)://[a-z]{1,8}\.example\.com(/[a-z0-9_-]{0,8}){0,2}", fullmatch=True)
PORT = st.one_of(st.integers(0, 65535), st.floats(0, 65535, allow_nan=False, allow_infinity=False))
AUTH = st.sampled_from(["KEY", "PASSWORD"])
ALL_TYPES = st.sampled_from(["aws", "azure", "digitalocean", "gcs", "sftp"])
SHARED_STORAGE_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "access_key": TEXT, "secret": TEXT, "bucket": TEXT, "region": TEXT, "path": TEXT, "auth_method": AUTH,
    "username": TEXT, "password": TEXT, "host": TEXT, "port": PORT, "private_key": TEXT,
}  # fmt: skip


def storage_member(
    required: dict[str, st.SearchStrategy[Any]], **overrides: st.SearchStrategy[Any]
) -> st.SearchStrategy[dict[str, Any]]:
    shared = {k: v for k, v in (SHARED_STORAGE_FIELDS | overrides).items() if k not in required}
    return st.fixed_dictionaries(required, optional=shared)


# One strategy per member of the official request union (api-facts, Corrections), and the model built here.
STORAGE_MEMBERS: dict[str, tuple[type[Any], st.SearchStrategy[dict[str, Any]]]] = {
    "gcs": (GcsStorageConfig, storage_member({}, type=st.just("gcs"))),
    "access_key": (
        AccessKeyStorageConfig,
        storage_member(
            {"access_key": st.text(min_size=1, max_size=12), "region": st.text(min_size=1, max_size=12)},
            type=st.sampled_from(["aws", "azure", "digitalocean"]),
        ),
    ),
    "sftp_key": (
        SftpKeyStorageConfig,
        storage_member({"private_key": TEXT}, type=ALL_TYPES, auth_method=st.just("KEY")),
    ),
    "sftp_password": (
        SftpPasswordStorageConfig,
        storage_member({"password": TEXT}, type=ALL_TYPES, auth_method=st.just("PASSWORD")),
    ),
}
START_FIELDS = {
    "allow_multiple_recordings": st.booleans(),
    "audio_config": optional(
        channel=st.sampled_from(["mono", "stereo"]), codec=st.sampled_from(["MP3", "AAC"]), export_file=st.booleans()
    ),
    "file_name_prefix": TEXT,
    "interactive_config": optional(type=st.just("ID3")),
    "max_seconds": st.integers(60, 86400),
    "realtimekit_bucket_config": st.fixed_dictionaries({"enabled": st.booleans()}),
    "rtmp_out_config": optional(rtmp_url=URI),
    "url": URI,
    "video_config": optional(
        codec=st.sampled_from(["H264", "VP8", "VP9"]),
        export_file=st.booleans(),
        height=st.integers(1, 1920),
        width=st.integers(1, 1920),
        watermark=optional(
            position=st.sampled_from(["left top", "right top", "left bottom", "right bottom"]),
            size=optional(height=st.integers(1, 10_000), width=st.integers(1, 10_000)),
            url=URI,
        ),
    ),
}
# Path parameters: the official shapes, dot segments plain and percent-encoded, and any other text.
DOTS = st.sampled_from([".", "..", "%2e", "%2E%2e", ".%2E", "%2e."])
ANY_TEXT = st.one_of(st.text(max_size=12), DOTS)
ACCOUNT_IDS = st.one_of(st.from_regex(r"[0-9a-f]{32}", fullmatch=True), ANY_TEXT)
APP_IDS = st.one_of(st.uuids().map(str), st.from_regex(r"[0-9a-f]{32}", fullmatch=True), ANY_TEXT)


@st.composite
def start_calls(draw: st.DrawFn) -> tuple[dict[str, Any], StartRecordingRequest]:
    """The SDK's keyword arguments (JSON-shaped, as its TypedDicts take them) and the same request built from
    this client's models; the storage config as the member the strategy drew, or null."""
    args: dict[str, Any] = {"meeting_id": str(draw(st.uuids()))} | draw(optional(**START_FIELDS))
    ours = StartRecordingRequest.from_dict(args)
    member = draw(st.sampled_from([None, "null", *STORAGE_MEMBERS]))
    if member == "null":
        args["storage_config"] = ours.storage_config = None
    elif member is not None:
        model, strategy = STORAGE_MEMBERS[member]
        args["storage_config"] = draw(strategy)
        ours.storage_config = model.from_dict(args["storage_config"])
    return args, ours


def assert_refused_alike(ours: str | None, sdk: str | None, *ids: str) -> None:
    """Both refuse, or both send; except that this client also refuses a value that percent-decodes to a dot
    segment, which the SDK sends encoded (test_difference_percent_encoded_dot_segments_are_refused)."""
    if ours is not None and sdk is None:
        assert any(unquote(value) in (".", "..") and value not in (".", "..") for value in ids), ours
    else:
        assert (ours is None) == (sdk is None), (ours, sdk)


@REQUESTS
@given(start_calls(), ACCOUNT_IDS, APP_IDS)
def test_generated_start_requests_are_sent_alike(
    call: tuple[dict[str, Any], StartRecordingRequest], account: str, app: str
) -> None:
    args, ours = call
    # The arguments are valid under the official definitions (the SDK's params type) and under the spec.
    SDK_PARAMS.validate({"account_id": account, **args})
    SPEC_REQUEST.validate(args)

    EXCHANGE.take()  # a fresh example: nothing left from the last one
    ours_refusal = refused(lambda: ours_start(account, app, ours))
    sdk_refusal = refused(lambda: sdk_start(account, app, args))
    assert_refused_alike(ours_refusal, sdk_refusal, account, app)
    if ours_refusal is None and sdk_refusal is None:
        ours_sent, sdk_sent = EXCHANGE.take()
        assert sent(ours_sent) == sent(sdk_sent)
        assert sent(ours_sent)[2] == args  # exactly what was set: no defaults, nothing dropped


@REQUESTS
@given(ACCOUNT_IDS, APP_IDS, ANY_TEXT)
def test_generated_get_paths_are_alike(account: str, app: str, meeting: str) -> None:
    EXCHANGE.take()
    EXCHANGE.reply = example("get_active_recording", "200")
    ours_refusal = refused(lambda: ours_get(account, app, meeting))
    sdk_refusal = refused(lambda: sdk_get(account, app, meeting))
    assert_refused_alike(ours_refusal, sdk_refusal, account, app, meeting)
    if ours_refusal is None and sdk_refusal is None:
        ours_sent, sdk_sent = EXCHANGE.take()
        assert sent(ours_sent) == sent(sdk_sent)


@pytest.mark.parametrize(
    ("ours", "args", "spec_example"),
    [
        (official_only_required(), OFFICIAL_ONLY_REQUIRED, "minimal"),
        (official_all_params(), OFFICIAL_ALL_PARAMS, "official_all_params"),
    ],
    ids=["only-required", "all-params"],
)
def test_official_argument_sets_are_accepted_and_sent_unchanged(
    ours: StartRecordingRequest, args: dict[str, Any], spec_example: str
) -> None:
    ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, ours)
    sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, args)
    ours_sent, sdk_sent = EXCHANGE.take()
    assert ours_sent.url.raw_path == sdk_sent.url.raw_path  # the official ids need no encoding
    path = ["", "client", "v4", "accounts", OFFICIAL_ACCOUNT, "realtime", "kit", OFFICIAL_APP, "recordings"]
    assert sent(ours_sent) == sent(sdk_sent) == ("POST", path, args)
    # Valid under the spec: the body, and the 36-character app id as a path parameter.
    SPEC_REQUEST.validate(args)
    Draft202012Validator(load_spec()["components"]["parameters"]["app_id"]["schema"]).validate(OFFICIAL_APP)
    # The spec's example of the same set (recorded through Prism in tests/recorded/cassettes) is this set.
    assert example("start_recording", "request", spec_example) == args


def test_official_get_active_arguments_are_sent_alike() -> None:
    EXCHANGE.reply = example("get_active_recording", "200")
    ours_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_GET_MEETING)
    sdk_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_GET_MEETING)
    ours_sent, sdk_sent = EXCHANGE.take()
    assert ours_sent.url.raw_path == sdk_sent.url.raw_path
    assert ours_sent.url.path.endswith(f"/{OFFICIAL_APP}/recordings/active-recording/{OFFICIAL_GET_MEETING}")


@pytest.mark.parametrize("empty", ["account_id", "app_id", "meeting_id"])
def test_official_path_parameter_tests_empty_values_are_refused_by_both(empty: str) -> None:
    ids = {"account_id": OFFICIAL_ACCOUNT, "app_id": OFFICIAL_APP, "meeting_id": OFFICIAL_GET_MEETING} | {empty: ""}
    with pytest.raises(ValueError):
        ours_get(ids["account_id"], ids["app_id"], ids["meeting_id"])
    with pytest.raises(ValueError):
        sdk_get(ids["account_id"], ids["app_id"], ids["meeting_id"])
    assert EXCHANGE.take() == []  # nothing sent by either


def test_defaults_are_sent_by_neither() -> None:
    """Not a difference: neither client sends a default the caller did not set (Corrections)."""
    body = StartRecordingRequest(
        meeting_id=UUID(OFFICIAL_MEETING), audio_config=AudioConfig(), video_config=VideoConfig(codec=VideoCodec.VP8)
    )
    assert body.storage_config is UNSET
    ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, body)
    sdk_start(
        OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED | {"audio_config": {}, "video_config": {"codec": "VP8"}}
    )
    ours_sent, sdk_sent = EXCHANGE.take()
    assert sent(ours_sent) == sent(sdk_sent)
    assert sent(ours_sent)[2] == OFFICIAL_ONLY_REQUIRED | {"audio_config": {}, "video_config": {"codec": "VP8"}}
