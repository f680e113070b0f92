"""The four corrections against the official definitions (../shared/api-facts.md, "Corrections"), in the spec
and in the generated models: app_id length, the storage union, defaults documented not sent, stopped_time and
the start response's data may be absent or null. tests/test_differential_sdk.py compares with the official SDK."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID

import pytest

import realtimekit_client.models as models
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
from realtimekit_client.types import UNSET, Model

from support.official_args import OFFICIAL_ALL_PARAMS, OFFICIAL_APP, OFFICIAL_MEETING
from support.project import ROOT
from support.spec import load_spec, validator_for

MEETING = UUID(OFFICIAL_MEETING)


def parameter_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = load_spec()["components"]["parameters"][name]["schema"]
    return schema


def test_app_id_takes_the_official_uuid_and_account_id_keeps_its_32() -> None:
    assert "maxLength" not in parameter_schema("app_id")
    assert validator_for(parameter_schema("app_id")).is_valid(OFFICIAL_APP) and len(OFFICIAL_APP) == 36
    assert not validator_for(parameter_schema("app_id")).is_valid("")
    assert parameter_schema("account_id")["maxLength"] == 32


STORAGE_REQUEST = validator_for({"$ref": "#/components/schemas/StartRecordingRequest"})


@pytest.mark.parametrize(
    "config",
    [
        {"type": "sftp"},
        {"type": "aws", "bucket": "b"},
        {"type": "sftp", "auth_method": "KEY"},
        {"type": "sftp", "auth_method": "PASSWORD"},
        {"type": "aws", "access_key": "", "region": "us-east-1"},
        {"type": "aws", "access_key": "k", "region": ""},
        {"type": "sftp", "auth_method": "PASSWORD", "private_key": "k"},
    ],
)
def test_the_fragment_refuses_what_no_union_member_accepts(config: dict[str, Any]) -> None:
    assert not STORAGE_REQUEST.is_valid({"meeting_id": OFFICIAL_MEETING, "storage_config": config})


@pytest.mark.parametrize(
    "config",
    [
        {},
        {"type": "gcs", "bucket": "b"},
        {"type": "aws", "access_key": "k", "region": "r"},
        {"access_key": "k", "region": "r"},
        {"type": "sftp", "auth_method": "KEY", "private_key": "k"},
        {"type": "sftp", "auth_method": "PASSWORD", "password": "p"},
        OFFICIAL_ALL_PARAMS["storage_config"],
    ],
)
def test_the_fragment_accepts_each_union_member(config: dict[str, Any]) -> None:
    assert STORAGE_REQUEST.is_valid({"meeting_id": OFFICIAL_MEETING, "storage_config": config})


@pytest.mark.parametrize(
    ("config", "wire"),
    [
        (GcsStorageConfig(), {}),
        (GcsStorageConfig(type_="gcs", bucket="b"), {"type": "gcs", "bucket": "b"}),
        (AccessKeyStorageConfig(access_key="k", region="r"), {"access_key": "k", "region": "r"}),
        (SftpKeyStorageConfig(private_key="k", auth_method="KEY"), {"private_key": "k", "auth_method": "KEY"}),
        (SftpPasswordStorageConfig(password="p"), {"password": "p"}),
    ],
    ids=["gcs-empty", "gcs", "access-key", "sftp-key", "sftp-password"],
)
def test_each_member_is_a_model_a_caller_builds(config: Any, wire: dict[str, Any]) -> None:
    assert StartRecordingRequest(meeting_id=MEETING, storage_config=config).to_dict()["storage_config"] == wire


def test_a_member_missing_what_it_requires_does_not_build() -> None:
    with pytest.raises(TypeError):
        AccessKeyStorageConfig(access_key="k")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        SftpKeyStorageConfig()  # type: ignore[call-arg]


def test_defaults_are_not_sent() -> None:
    assert StartRecordingRequest(meeting_id=MEETING).to_dict() == {"meeting_id": OFFICIAL_MEETING}
    assert VideoConfig(codec=VideoCodec.VP8).to_dict() == {"codec": "VP8"}
    assert AudioConfig().to_dict() == {}
    assert "Not sent unless set; the API's default: 1280." in (VideoConfig.__doc__ or "")


def model_classes() -> list[type[Any]]:
    return [cls for name in models.__all__ if issubclass(cls := getattr(models, name), Model)]


def init_defaults(cls: type[Any]) -> dict[str, Any]:
    """Each __init__ parameter's default (inspect.Parameter.empty for a required one)."""
    return {name: parameter.default for name, parameter in inspect.signature(cls).parameters.items()}


def test_no_model_has_a_python_default_other_than_unset() -> None:
    """Every model, whatever defaults the spec documents: a field is required (no default) or UNSET."""
    classes = model_classes()
    # not vacuous: the models whose spec schemas document defaults are among them
    assert {"StartRecordingRequest", "VideoConfig", "AudioConfig"} <= {cls.__name__ for cls in classes}
    for cls in classes:
        assert set(init_defaults(cls)) == set(cls.__match_args__), cls.__name__  # every field is a parameter
        for name, default in init_defaults(cls).items():
            assert default is inspect.Parameter.empty or default is UNSET, f"{cls.__name__}.{name}"


def test_stopped_time_may_be_absent_and_start_data_null() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert "stopped_time" not in schemas["Recording"]["required"]
    assert {"type": "null"} in schemas["StartRecordingResponse"]["properties"]["data"]["anyOf"]


FUTURE_SPEC = """
openapi: 3.1.0
info: {title: defaults, version: 0.0.1}
paths:
  /things:
    post:
      operationId: make_thing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "200": {description: ok}
components:
  schemas:
    Thing:
      type: object
      required: [count]
      properties:
        count: {type: integer, default: 5}
        label: {type: string, default: hello}
        ratio: {type: number, default: 0.5}
        enabled: {type: boolean, default: true}
        colour: {$ref: "#/components/schemas/Colour"}
        shade: {type: string, enum: [light, dark], default: dark}
    Colour:
      type: string
      enum: [red, blue]
      default: blue
"""


def load_module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_package(directory: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        name, directory / "__init__.py", submodule_search_locations=[str(directory)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_future_spec_default_is_documented_not_sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The template rule, on a spec with defaults of every kind: none is sent, each is in the docstring."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # regenerate.py imports its siblings
    spec = tmp_path / "defaults.yaml"
    spec.write_text(textwrap.dedent(FUTURE_SPEC), encoding="utf-8")
    regenerate = load_module(ROOT / "scripts" / "regenerate.py", "regenerate_for_defaults")
    regenerate.generate(tmp_path / "out", spec)  # the pinned generator with this project's templates
    package = tmp_path / "out" / "realtimekit_client"
    load_package(package, "future_defaults_client")
    try:
        thing = importlib.import_module("future_defaults_client.models").Thing
        with pytest.raises(TypeError):
            thing()  # a required property has no Python default, even with a spec default
        assert thing(count=1).to_dict() == {"count": 1}
        for name, default in init_defaults(thing).items():
            if name != "count":
                assert repr(default) == "UNSET", name
        doc = " ".join((thing.__doc__ or "").split())
        assert "count (int): The API's default: 5." in doc
        for name, default in (("label (str", "'hello'"), ("ratio (float", "0.5"), ("enabled (bool", "True"),
                              ("shade (ThingShade", "ThingShade.DARK")):  # fmt: skip
            assert f"{name} | Unset): Not sent unless set; the API's default: {default}." in doc, name
    finally:
        for name in [n for n in sys.modules if n.startswith("future_defaults_client")]:
            del sys.modules[name]
