"""The models: every documented answer read by from_dict and written back by to_dict; tolerant reading of what a
newer API may send (unknown fields and enum values, nulls, absent optional fields, values that miss their
format), and a ResponseValidationError naming the place for what breaks the spec; credentials out of every
repr; what attrs gives (value equality, copies, pickles that keep UNSET the singleton, slots, match patterns).
Parametrised over the operations and the models the spec data holds."""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import pickle
import typing
from collections.abc import Callable
from typing import Any
from uuid import UUID

import attrs
import pytest

from realtimekit_client import _spec, errors
from realtimekit_client.models import (
    ActiveRecordingResponse,
    CallerType,
    GcsStorageConfig,
    Recording,
    RecordingCaller,
    RecordingStatus,
    RecordingStorageConfig,
    StartedRecording,
    StartReasonCode,
    StartRecordingResponse,
    VideoConfig,
)
from realtimekit_client.types import UNSET
from tests.support.client import make_client
from tests.support.ids import TOKEN
from tests.support.operation_cases import OPERATIONS, Operation, model_class, to_python, value_for
from tests.support.spec import example
from tools.loopback import LoopbackServer, Reply

SUCCESS_EXAMPLES = [
    pytest.param(operation, name, value, id=f"{operation}-{name}")
    for operation in OPERATIONS
    for name, value in operation.success_examples().items()
]
MODEL_NAMES = list(_spec.MODELS)


def returned(operation: Operation) -> Any:
    """The class an operation's sync() returns."""
    return typing.get_type_hints(operation.module.sync)["return"]


def same_instants(value: Any) -> Any:
    """Decoded JSON with every ISO 8601 date-time as a datetime: to_dict writes them in Python's spelling."""
    if isinstance(value, dict):
        return {key: same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instants(item) for item in value]
    if isinstance(value, str) and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def reference_get() -> dict[str, Any]:
    return copy.deepcopy(example("get_active_recording", "200"))


# --- from_dict and to_dict ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("operation", "name", "body"), SUCCESS_EXAMPLES)
def test_every_documented_answer_reads_and_writes_back(operation: Operation, name: str, body: Any) -> None:
    parsed = returned(operation).from_dict(body)
    assert same_instants(parsed.to_dict()) == same_instants(body)
    assert type(parsed).from_dict(parsed.to_dict()) == parsed


def test_the_reference_recording_reads_into_typed_values() -> None:
    parsed = ActiveRecordingResponse.from_dict(reference_get())
    recording = parsed.data
    assert isinstance(recording, Recording) and parsed.success is True
    assert recording.id == UUID("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
    assert recording.status is RecordingStatus.INVOKED
    assert recording.invoked_time == datetime.datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=datetime.UTC)
    assert recording.recording_duration == 0
    assert recording.to_dict() == reference_get()["data"] | {
        "invoked_time": "2019-12-27T18:11:19.117000+00:00",
        "started_time": "2019-12-27T18:11:19.117000+00:00",
        "stopped_time": "2019-12-27T18:11:19.117000+00:00",
        "download_url_expiry": "2019-12-27T18:11:19.117000+00:00",
    }


def test_the_reference_start_reads_its_reasons_and_storage() -> None:
    body = example("start_recording", "200")
    data = StartRecordingResponse.from_dict(body).data
    assert isinstance(data, StartedRecording)
    assert data.start_reason and data.start_reason.caller
    assert data.start_reason.reason is StartReasonCode.API_CALL
    assert data.start_reason.caller.type_ is CallerType.ORGANIZATION
    assert data.start_reason.caller.user_id == UUID("d61f6956-e68f-4375-bf10-c38a704d1bec")  # wire name user_Id
    assert isinstance(data.storage_config, RecordingStorageConfig)
    assert data.storage_config.to_dict() == body["data"]["storage_config"]


def test_from_dict_refuses_data_naming_its_json_path() -> None:
    body = copy.deepcopy(example("start_recording", "200"))
    body["data"]["start_reason"] = "API_CALL"
    with pytest.raises(errors.InvalidValueError) as caught:
        StartRecordingResponse.from_dict(body)
    assert caught.value.path == "data.start_reason" and str(caught.value).startswith("data.start_reason must be")
    body["data"]["start_reason"] = {"caller": {"user_Id": 5}}
    with pytest.raises(errors.InvalidValueError) as caught:
        StartRecordingResponse.from_dict(body)
    assert caught.value.path == "data.start_reason.caller.user_Id"


@pytest.mark.parametrize(
    ("config", "member"),
    [
        ({"type": "gcs", "bucket": "b"}, "GcsStorageConfig"),
        ({"type": "aws", "access_key": "a", "region": "r"}, "AccessKeyStorageConfig"),
        ({"type": "sftp", "private_key": "k", "access_key": "a", "region": "r"}, "SftpKeyStorageConfig"),
        ({"type": "aws", "private_key": "k", "access_key": "", "region": ""}, "SftpKeyStorageConfig"),
    ],
)
def test_a_request_union_reads_as_the_member_the_spec_accepts(
    server: LoopbackServer, config: dict[str, Any], member: str
) -> None:
    """Decoding is tolerant, so more than one member may parse: the one the spec accepts is taken, and sent."""
    operation = next(operation for operation in OPERATIONS if operation.body is not None)
    assert operation.body is not None
    body = {"meeting_id": str(UUID(int=7)), "storage_config": config}
    request = to_python(body, operation.body)
    assert type(request.storage_config).__name__ == member
    server.script(Reply(operation.success_status(), operation.success_example()))
    with make_client(server.url) as client:
        operation.call(client, body=request)
    assert json.loads(server.requests[0].body) == body


# --- tolerant reading --------------------------------------------------------------------------------------


def test_an_unknown_enum_value_is_kept_and_written_back() -> None:
    body = reference_get()
    body["data"]["status"] = "TRANSCODING"
    parsed = ActiveRecordingResponse.from_dict(body)
    status = parsed.data.status
    assert isinstance(status, RecordingStatus)
    assert status == "TRANSCODING" and status.value == "TRANSCODING" and str(status) == "TRANSCODING"
    assert status not in list(RecordingStatus)
    assert parsed.to_dict()["data"]["status"] == "TRANSCODING"
    assert RecordingStatus("RECORDING") is RecordingStatus.RECORDING  # listed values are still the members


def test_unknown_fields_are_kept_and_written_back() -> None:
    body = reference_get()
    body["data"]["transcript_url"] = "https://example.com/t.vtt"
    body["request_id"] = "abc"
    parsed = ActiveRecordingResponse.from_dict(body)
    assert parsed.data.additional_properties == {"transcript_url": "https://example.com/t.vtt"}
    assert parsed["request_id"] == "abc" and "request_id" in parsed and parsed.additional_keys == ["request_id"]
    assert parsed.to_dict() == ActiveRecordingResponse.from_dict(reference_get()).to_dict() | {"request_id": "abc"} | {
        "data": parsed.data.to_dict()
    }
    assert parsed.to_dict()["data"]["transcript_url"] == "https://example.com/t.vtt"


@pytest.mark.parametrize("model", MODEL_NAMES)
def test_every_nullable_field_reads_null_as_none(model: str) -> None:
    fields = _spec.MODELS[model]["fields"]
    nullable = [(name, key) for name, key, _, node in fields if any(m["type"] == "none" for m in node.get("of", []))]
    data = value_for({"type": "model", "class": model}) | {key: None for _, key in nullable}
    parsed = model_class(model).from_dict(data)
    assert all(getattr(parsed, name) is None for name, _ in nullable)
    assert all(parsed.to_dict()[key] is None for _, key in nullable)


def test_absent_optional_fields_are_unset_and_not_written() -> None:
    body = reference_get()
    del body["data"]["stopped_time"], body["data"]["recording_duration"]
    recording = ActiveRecordingResponse.from_dict(body).data
    assert recording.stopped_time is UNSET and recording.recording_duration is UNSET
    assert "stopped_time" not in recording.to_dict()
    assert StartRecordingResponse.from_dict({"success": True}).data is UNSET
    assert StartRecordingResponse.from_dict({"success": True, "data": None}).data is None


def test_values_that_miss_their_format_are_kept_as_sent() -> None:
    body = copy.deepcopy(example("start_recording", "200"))
    odd = {"id": "rec_01HQ", "session_id": "", "invoked_time": "Tue, 03 Mar 2026 09:15:04 GMT", "stopped_time": "soon"}
    odd["started_time"] = "2026-03-02"  # a date alone is not a date-time: kept, not read as midnight
    body["data"] |= odd | {"recording_duration": 1.5, "file_size": 48213377.0}
    body["data"]["start_reason"]["caller"]["user_Id"] = "user-7"
    body["data"]["storage_config"] = {key: None for _, key, _, _ in _spec.MODELS["RecordingStorageConfig"]["fields"]}
    parsed = StartRecordingResponse.from_dict(body)
    assert isinstance(parsed.data, StartedRecording)
    assert {key: getattr(parsed.data, key) for key in odd} == odd
    assert parsed.data.recording_duration == 1.5 and parsed.data.start_reason
    assert parsed.data.start_reason.caller and parsed.data.start_reason.caller.user_id == "user-7"
    assert isinstance(parsed.data.storage_config, RecordingStorageConfig)
    assert same_instants(parsed.to_dict()) == same_instants(body)


BROKEN: list[tuple[Callable[[dict[str, Any]], Any], str]] = [
    (lambda b: b["data"].pop("id"), "data.id"),
    (lambda b: b.pop("data"), "data"),
    (lambda b: b["data"].pop("invoked_time"), "data.invoked_time"),
    (lambda b: b["data"].update(output_file_name=12), "data.output_file_name"),
    (lambda b: b["data"].update(file_size="big"), "data.file_size"),
    (lambda b: b["data"].update(file_size=True), "data.file_size"),
    (lambda b: b["data"].update(download_url=["x"]), "data.download_url"),
    (lambda b: b["data"].update(status=3), "data.status"),
    (lambda b: b.update(success="yes"), "success"),
    (lambda b: b.update(data=[1, 2]), "data"),
]


@pytest.mark.parametrize(("mutate", "path"), BROKEN, ids=[f"{path}-{n}" for n, (_, path) in enumerate(BROKEN)])
def test_an_answer_that_breaks_the_spec_raises_response_validation_error(
    server: LoopbackServer, mutate: Callable[[dict[str, Any]], Any], path: str
) -> None:
    operation = next(operation for operation in OPERATIONS if returned(operation) is ActiveRecordingResponse)
    body = reference_get()
    mutate(body)
    server.script(Reply(200, body))
    with make_client(server.url) as client, pytest.raises(errors.ResponseValidationError) as caught:
        operation.call(client)
    error = caught.value
    assert (error.path, error.status_code, error.body) == (path, 200, body)
    assert str(error).startswith(f"{operation}: the API accepted the request (200)") and path in str(error)
    assert error.may_have_acted is True


@pytest.mark.parametrize(
    "raw", [b"", b"<html>ok</html>", b'{"success": true, "data": {"id": "182bd5e5', b"\xff\xfe", b"[]", b"null", b"42"]
)
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_an_answer_that_is_not_a_json_object_raises_response_validation_error(
    server: LoopbackServer, operation: Operation, raw: bytes
) -> None:
    server.script(Reply(200, raw))
    with make_client(server.url) as client, pytest.raises(errors.ResponseValidationError) as caught:
        operation.call(client)
    assert caught.value.response.content == raw


def test_a_validation_message_never_quotes_the_answer(server: LoopbackServer) -> None:
    operation = next(operation for operation in OPERATIONS if returned(operation) is StartRecordingResponse)
    body = copy.deepcopy(example("start_recording", "200"))
    body["data"]["storage_config"]["secret"] = "s3cr3t-value-from-the-api"
    body["data"]["file_size"] = "s3cr3t-in-a-wrong-place"
    server.script(Reply(200, body))
    with make_client(server.url) as client, pytest.raises(errors.ResponseValidationError) as caught:
        operation.call(client)
    assert caught.value.path == "data.file_size"
    assert "s3cr3t" not in str(caught.value) and "s3cr3t" not in repr(caught.value)
    assert caught.value.body == body  # the caller still has the answer


# --- credentials out of reprs ------------------------------------------------------------------------------

CREDENTIAL_MODELS = [name for name, entry in _spec.MODELS.items() if entry["credentials"]]


def holds(node: dict[str, Any], model: str) -> bool:
    """Whether a field's node may hold an instance of `model` (directly, in a union or in a list)."""
    if node["type"] == "model":
        return bool(node["class"] == model)
    return any(holds(inner, model) for inner in (*node.get("of", ()), *([node["items"]] if "items" in node else [])))


def holders(model: str, instance: Any) -> list[Any]:
    """The instance, and each model of the spec data with a field that may hold it, holding it."""
    found = [instance]
    for name, entry in _spec.MODELS.items():
        for field, _, _, node in entry["fields"]:
            if holds(node, model):
                holder = model_class(name).from_dict(value_for({"type": "model", "class": name}))
                setattr(holder, field, [instance] if node["type"] == "list" else instance)
                found.append(holder)
    return found


@pytest.mark.parametrize("model", CREDENTIAL_MODELS)
def test_credential_fields_are_redacted_in_repr_but_kept_by_to_dict(model: str) -> None:
    entry = _spec.MODELS[model]
    secrets = {name: f"secret-{name}-0123456789" for name in entry["credentials"]}
    keys = {name: key for name, key, _, _ in entry["fields"]}
    data = value_for({"type": "model", "class": model}) | {keys[name]: secret for name, secret in secrets.items()}
    instance = model_class(model).from_dict(data)
    for holder in holders(model, instance):
        for text in (repr(holder), str(holder)):
            for name, secret in secrets.items():
                assert secret not in text and f"{name}='<redacted>'" in text
    assert {keys[name]: instance.to_dict()[keys[name]] for name in secrets} == {keys[n]: s for n, s in secrets.items()}
    required = {name for name, _, is_required, _ in entry["fields"] if is_required}
    bare = model_class(model)(**{name: getattr(instance, name) for name in required})
    assert all(f"{name}=UNSET" in repr(bare) for name in secrets if name not in required)  # whether it is set shows


def test_unlisted_fields_named_like_credentials_are_redacted_in_repr() -> None:
    caller = RecordingCaller.from_dict({"name": "x", "password": "hunter2-secret", "extra": 1})
    assert (
        "hunter2-secret" not in repr(caller)
        and "'password': '<redacted>'" in repr(caller)
        and "'extra': 1" in repr(caller)
    )
    assert caller.to_dict()["password"] == "hunter2-secret"


def test_other_fields_still_show_in_repr() -> None:
    config = GcsStorageConfig(type_="gcs", bucket="team-recordings", secret="s")
    assert "bucket='team-recordings'" in repr(config) and "type_='gcs'" in repr(config)
    echoed = RecordingStorageConfig.from_dict({"bucket": "b", "password": None, "secret": "s"})
    assert "password=None" in repr(echoed) and "secret='<redacted>'" in repr(echoed)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_no_credential_of_an_answer_shows_in_reprs_or_errors(
    server: LoopbackServer, operation: Operation
) -> None:
    examples = list(operation.success_examples().values())
    secrets = {TOKEN}
    for body in examples:
        config = (body.get("data") or {}).get("storage_config") or {}
        secrets |= {str(config[key]) for key in _spec.CREDENTIAL_KEYS if config.get(key) not in (None, key)}
    server.script(*[Reply(operation.success_status(), body) for body in examples])
    server.script(Reply(401, {"success": False, "errors": [{"code": 10000, "message": "no"}]}))
    texts = []
    async with make_client(server.url, max_retries=0) as client:
        for _ in examples:
            detailed = await operation.run(client, "asyncio_detailed")
            texts += [repr(detailed), repr(detailed.parsed), str(detailed.parsed)]
        with pytest.raises(errors.AuthenticationError) as caught:
            await operation.run(client, "asyncio")
    texts += [repr(caught.value), str(caught.value)]
    for text in texts:
        for secret in secrets:
            assert secret not in text
    if operation.body is not None:  # the start's answers echo credentials: the check is not vacuous
        assert len(secrets) > 1


# --- what attrs gives --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("operation", "name", "body"), SUCCESS_EXAMPLES)
def test_parsed_models_compare_copy_pickle_and_match_by_field(operation: Operation, name: str, body: Any) -> None:
    first, second = returned(operation).from_dict(body), returned(operation).from_dict(body)
    assert first == second and first is not second
    with pytest.raises(TypeError):
        hash(first)  # mutable and compared by value
    for again in (pickle.loads(pickle.dumps(first)), copy.deepcopy(first)):
        assert again == first and again.to_dict() == first.to_dict()
    changed = copy.copy(first)
    field = attrs.fields(type(first))[0].name
    setattr(changed, field, "something else")
    assert changed != first
    extra = copy.deepcopy(first)
    extra["field_from_a_newer_api"] = 1  # unknown fields count too
    assert extra != first

    cls = type(first)
    match first:
        case cls(value):  # positional patterns follow the fields' order
            assert value == getattr(first, field)
        case _:
            pytest.fail("no positional match")


def test_unset_stays_the_singleton_through_pickle_and_deepcopy() -> None:
    config = VideoConfig(width=640)
    for again in (pickle.loads(pickle.dumps(config)), copy.deepcopy(config), copy.copy(config)):
        assert again.codec is UNSET and again.width == 640  # generated code tests `is UNSET`
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert "codec=UNSET" in repr(config)


@pytest.mark.parametrize("model", MODEL_NAMES)
def test_every_model_takes_its_fields_shows_them_and_no_other_attribute(model: str) -> None:
    cls = model_class(model)
    names = [name for name, _, _, _ in _spec.MODELS[model]["fields"]]
    parameters = list(inspect.signature(cls).parameters)
    assert sorted(parameters) == sorted(names) and list(cls.__match_args__) == parameters
    instance = cls.from_dict(value_for({"type": "model", "class": model}))
    text = repr(instance)
    assert text.startswith(f"{model}(") and all(f"{field.name}=" in text for field in attrs.fields(cls))
    with pytest.raises(AttributeError):
        instance.not_a_field = 1  # slotted: a typo is an error, not a new attribute
