"""Where this client and the official SDK differ on purpose: one test each (the README's table "Checked against
the official SDK" lists them). Any other disagreement fails test_requests.py or test_responses.py."""

from __future__ import annotations

import typing
from functools import partial
from typing import Any
from uuid import UUID

import httpx
import pytest
from cloudflare.types.realtime_kit import recording_start_recordings_params as sdk_params

from realtimekit_client import AuthenticatedClient, errors
from realtimekit_client.api.recordings import start_recording
from realtimekit_client.models import (
    AccessKeyStorageConfig,
    AccessKeyStorageType,
    GcsStorageConfig,
    RecordingStatus,
    SftpKeyStorageConfig,
    StartRecordingRequest,
    StorageType,
    VideoConfig,
    Watermark,
    WatermarkSize,
)
from tests.differential.oracle import (
    BASE_URL,
    EXCHANGE,
    SDK,
    TOKEN,
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
    OFFICIAL_MEETING,
    OFFICIAL_ONLY_REQUIRED,
    official_all_params,
    official_only_required,
)
from tests.support.spec import example, schema_ref, validator_for


def get_by_both(body: Any) -> tuple[Any, Any]:
    EXCHANGE.reply = body
    return ours_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING), sdk_get(
        OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING
    )


def last_segments_sent_by_both(meeting: str) -> tuple[str, str]:
    EXCHANGE.reply = example("get_active_recording", "200")
    ours_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, meeting)
    sdk_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, meeting)
    ours_sent, sdk_sent = EXCHANGE.take()
    return ours_sent.url.raw_path.decode().rsplit("/", 1)[1], sdk_sent.url.raw_path.decode().rsplit("/", 1)[1]


def test_difference_path_parameters_are_fully_encoded() -> None:
    """This client percent-encodes everything but RFC 3986's unreserved characters; the SDK leaves the
    sub-delims, ':' and '@' as they are. The same segment once decoded."""
    assert last_segments_sent_by_both("a*b'c:d@e,f") == ("a%2Ab%27c%3Ad%40e%2Cf", "a*b'c:d@e,f")
    assert last_segments_sent_by_both("a b/c?d#%") == ("a%20b%2Fc%3Fd%23%25",) * 2


def test_difference_percent_encoded_dot_segments_are_refused() -> None:
    """Both refuse '.' and '..'; this client also refuses a value that percent-decodes to one ('%2e'), which
    the SDK sends as '%252e'."""
    EXCHANGE.reply = example("get_active_recording", "200")
    for dots in (".", ".."):
        assert refused(partial(ours_get, OFFICIAL_ACCOUNT, OFFICIAL_APP, dots))
        assert refused(partial(sdk_get, OFFICIAL_ACCOUNT, OFFICIAL_APP, dots))
    with pytest.raises(errors.InvalidValueError) as caught:
        ours_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, "%2e")
    assert caught.value.path == "meeting_id"
    assert EXCHANGE.take() == []
    sdk_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, "%2e")
    assert EXCHANGE.take()[0].url.raw_path.endswith(b"/%252e")


def test_difference_uuid_fields_are_uuids_when_they_are_and_strings_otherwise() -> None:
    """`id`, `session_id` and `user_Id` (format uuid in the API reference) are `UUID` here when they parse as
    one, and kept as the string they are when not (tolerant, like the SDK); the SDK has `str` either way."""
    body = example("start_recording", "200", "reference")
    EXCHANGE.reply = body
    ours = ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_only_required())
    sdk = sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED)
    assert ours.data and ours.data.start_reason and ours.data.start_reason.caller
    assert isinstance(ours.data.id, UUID) and isinstance(ours.data.session_id, UUID)
    assert isinstance(ours.data.start_reason.caller.user_id, UUID)
    assert (sdk.data.id, sdk.data.session_id, sdk.data.start_reason.caller.user_id) == (
        str(ours.data.id),
        str(ours.data.session_id),
        str(ours.data.start_reason.caller.user_id),
    )
    data = body["data"] | {"id": "rec-1", "session_id": "not-a-uuid"}
    data["start_reason"]["caller"]["user_Id"] = "user 7"
    EXCHANGE.reply = body | {"data": data}
    ours = ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_only_required())
    sdk = sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED)
    assert ours.data and ours.data.start_reason and ours.data.start_reason.caller
    kept = (ours.data.id, ours.data.session_id, ours.data.start_reason.caller.user_id)
    assert (
        kept
        == (sdk.data.id, sdk.data.session_id, sdk.data.start_reason.caller.user_id)
        == ("rec-1", "not-a-uuid", "user 7")
    )


def test_difference_a_missing_required_or_mistyped_field_is_refused() -> None:
    """TypeScript requires download_url (nullable); the Python SDK fills in None. A mistyped field: the SDK keeps
    the value unchecked. Here both are a ResponseValidationError naming the field, with the decoded body."""
    body = example("get_active_recording", "200")
    without_download_url = {k: v for k, v in body["data"].items() if k != "download_url"}
    mistyped = body["data"] | {"file_size": "large"}
    for broken, path in ((without_download_url, "data.download_url"), (mistyped, "data.file_size")):
        EXCHANGE.reply = {"success": True, "data": broken}
        with pytest.raises(errors.ResponseValidationError) as caught:
            ours_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING)
        assert (caught.value.status_code, caught.value.path, caught.value.body) == (200, path, EXCHANGE.reply)
        sdk = sdk_get(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_MEETING)
        assert sdk.data.download_url == broken.get("download_url") and sdk.data.file_size == broken["file_size"]


def test_difference_unknown_enum_value_is_a_pseudo_member() -> None:
    body = example("get_active_recording", "200")
    ours, sdk = get_by_both(body | {"data": body["data"] | {"status": "ARCHIVED"}})
    assert isinstance(ours.data.status, RecordingStatus) and ours.data.status == "ARCHIVED"
    assert ours.data.status not in list(RecordingStatus)
    assert type(sdk.data.status) is str and sdk.data.status == "ARCHIVED"


def test_difference_numbers_keep_their_json_type() -> None:
    body = example("get_active_recording", "200", "uploaded")
    ours, sdk = get_by_both(body)
    assert type(body["data"]["file_size"]) is int
    assert type(ours.data.file_size) is int and type(sdk.data.file_size) is float
    assert ours.data.file_size == sdk.data.file_size


OUT_OF_BOUNDS: list[tuple[str, StartRecordingRequest, dict[str, Any]]] = [
    ("body.max_seconds", StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING), max_seconds=59), {"max_seconds": 59}),
    ("body.video_config.height", StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING),
     video_config=VideoConfig(height=1921)), {"video_config": {"height": 1921}}),
    ("body.video_config.watermark.size.width", StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING),
     video_config=VideoConfig(watermark=Watermark(size=WatermarkSize(width=0)))),
     {"video_config": {"watermark": {"size": {"width": 0}}}}),
]  # fmt: skip


@pytest.mark.parametrize(("path", "ours", "args"), OUT_OF_BOUNDS, ids=[case[0] for case in OUT_OF_BOUNDS])
def test_difference_bounds_are_checked_before_sending(
    path: str, ours: StartRecordingRequest, args: dict[str, Any]
) -> None:
    with pytest.raises(errors.InvalidValueError) as caught:
        ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, ours)
    assert caught.value.path == path
    assert EXCHANGE.take() == []
    sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ONLY_REQUIRED | args)
    assert sent(EXCHANGE.take()[0])[2] == OFFICIAL_ONLY_REQUIRED | args  # the SDK sends it


# What no member of the official request union accepts, as a caller could try to build it here.
INVALID_STORAGE: list[tuple[str, Any, dict[str, Any]]] = [
    ("sftp-type-alone", GcsStorageConfig(type_="sftp"), {"type": "sftp"}),  # type: ignore[arg-type]
    ("aws-without-key", GcsStorageConfig(type_="aws", bucket="b"), {"type": "aws", "bucket": "b"}),  # type: ignore[arg-type]
    ("aws-as-dict", {"type": "aws", "bucket": "b"}, {"type": "aws", "bucket": "b"}),
    ("key-without-private-key", GcsStorageConfig(type_="sftp", auth_method="KEY"),  # type: ignore[arg-type]
     {"type": "sftp", "auth_method": "KEY"}),
    ("password-auth-on-key-member", SftpKeyStorageConfig(private_key="k", auth_method="PASSWORD",  # type: ignore[arg-type]
     type_=StorageType.SFTP), {"private_key": "k", "auth_method": "PASSWORD", "type": "sftp"}),
    ("empty-access-key", AccessKeyStorageConfig(access_key="", region="r", type_=AccessKeyStorageType.AWS),
     {"access_key": "", "region": "r", "type": "aws"}),
    ("empty-region", AccessKeyStorageConfig(access_key="k", region="", type_=AccessKeyStorageType.AZURE),
     {"access_key": "k", "region": "", "type": "azure"}),
    ("sftp-on-access-key-member", AccessKeyStorageConfig(access_key="k", region="r", type_="sftp"),  # type: ignore[arg-type]
     {"access_key": "k", "region": "r", "type": "sftp"}),
]  # fmt: skip


@pytest.mark.parametrize(("case", "ours", "wire"), INVALID_STORAGE, ids=[case[0] for case in INVALID_STORAGE])
def test_difference_invalid_storage_configs_are_refused_before_sending(
    case: str, ours: Any, wire: dict[str, Any]
) -> None:
    request = {"meeting_id": OFFICIAL_MEETING, "storage_config": wire}
    assert not validator_for(schema_ref("StartRecordingRequest")).is_valid(request)  # the spec refuses it too
    with pytest.raises(errors.InvalidValueError) as caught:
        ours_start(
            OFFICIAL_ACCOUNT,
            OFFICIAL_APP,
            StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING), storage_config=ours),
        )
    assert caught.value.path.startswith("body.storage_config"), caught.value.path
    assert EXCHANGE.take() == []
    sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, request)
    assert sent(EXCHANGE.take()[0])[2]["storage_config"] == wire  # the SDK sends it


def test_difference_a_dict_storage_config_is_refused_naming_every_member() -> None:
    """The one case where no member's own check applies: the message says which types would do."""
    request = StartRecordingRequest(meeting_id=UUID(OFFICIAL_MEETING), storage_config={"type": "gcs"})  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidValueError) as caught:
        ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, request)
    for member in ("GcsStorageConfig", "AccessKeyStorageConfig", "SftpKeyStorageConfig", "SftpPasswordStorageConfig"):
        assert member in str(caught.value)


def test_difference_credentials_are_redacted_in_reprs() -> None:
    EXCHANGE.reply = example("start_recording", "200", "reference")
    ours = ours_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, official_all_params())
    sdk = sdk_start(OFFICIAL_ACCOUNT, OFFICIAL_APP, OFFICIAL_ALL_PARAMS)
    echoed = example("start_recording", "200", "reference")["data"]["storage_config"]
    for name in ("password", "private_key", "secret"):
        assert f"{name}='<redacted>'" in repr(ours) and f"{name}={echoed[name]!r}" not in repr(ours)
        assert f"{name}={echoed[name]!r}" in repr(sdk)
    sent_config = OFFICIAL_ALL_PARAMS["storage_config"]
    for name in ("access_key", "password", "private_key", "secret"):
        assert f"{name}='<redacted>'" in repr(official_all_params())
        assert f"{name}={sent_config[name]!r}" not in repr(official_all_params())


def test_difference_start_is_not_retried_after_a_5xx() -> None:
    """The SDK retries the start POST after a 5xx with no idempotency key (a second recording); this client
    retries it only when it was provably not processed."""
    retrying_ours = AuthenticatedClient(base_url=BASE_URL, token=TOKEN, max_retries=2, sleep=lambda _: None,
                                        httpx_args={"transport": httpx.MockTransport(EXCHANGE)})  # fmt: skip
    EXCHANGE.reply, EXCHANGE.status = {"success": False, "error": {"code": 500, "message": "boom"}}, 500
    EXCHANGE.headers = {"retry-after-ms": "1"}  # the SDK's own header: its retries wait 1 ms, not its backoff
    with pytest.raises(errors.InternalServerError):
        start_recording.sync(OFFICIAL_ACCOUNT, OFFICIAL_APP, client=retrying_ours, body=official_only_required())
    assert len(EXCHANGE.take()) == 1
    with pytest.raises(Exception, match="boom"):
        SDK.with_options(max_retries=2, timeout=5).realtime_kit.recordings.start_recordings(
            OFFICIAL_APP, account_id=OFFICIAL_ACCOUNT, **OFFICIAL_ONLY_REQUIRED
        )
    assert len(EXCHANGE.take()) == 3


def test_access_key_member_types_are_the_official_ones() -> None:
    """Not a difference: the access-key member's `type` takes what the SDK's params type lists."""
    official = typing.get_type_hints(sdk_params.StorageConfigUnionMember1)["type"]
    assert typing.get_origin(official) is typing.Literal
    assert [member.value for member in AccessKeyStorageType] == list(typing.get_args(official))
