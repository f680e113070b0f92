"""The models are plain slotted classes on types.Model (issue 12): what attrs gave them, they must still have.
Parametrised over the operations the spec holds (each one's parsed success example) and over every generated
model class, so a new operation or schema is covered without a new test."""

from __future__ import annotations

import copy
import inspect
import json
import pickle
from typing import Any

import httpx
import pytest

import realtimekit_client.models as models
from realtimekit_client.types import UNSET, Model

from support.operation_cases import OPERATIONS, Operation

MODEL_CLASSES = [
    cls for name in models.__all__ if isinstance(cls := getattr(models, name), type) and issubclass(cls, Model)
]


def parsed_example(operation: Operation) -> Any:
    body = json.dumps(operation.success_example()).encode()
    return operation.module._parse_response(httpx.Response(operation.success_status(), content=body))


def test_every_model_is_covered() -> None:
    """Control: the classes below are the generated models, not an empty list."""
    assert {"Recording", "StartedRecording", "StartRecordingRequest", "RecordingStorageConfig"} <= {
        cls.__name__ for cls in MODEL_CLASSES
    }


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_fields_are_the_init_parameters_in_order(cls: type[Model]) -> None:
    assert list(cls.__match_args__) == list(inspect.signature(cls).parameters)
    assert all("__slots__" in vars(klass) for klass in cls.__mro__[:-1])  # slotted all the way to object


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_parsed_models_compare_copy_pickle_and_match_by_field(operation: Operation) -> None:
    first, second = parsed_example(operation), parsed_example(operation)
    assert first == second and first is not second
    with pytest.raises(TypeError):
        hash(first)  # mutable and compared by value, as under attrs
    assert pickle.loads(pickle.dumps(first)) == first  # UNSET comes back as UNSET (it is tested with `is`)
    assert pickle.loads(pickle.dumps(first)).to_dict() == first.to_dict() == copy.deepcopy(first).to_dict()
    assert copy.deepcopy(first) == first
    changed = copy.copy(first)
    name = type(first).__match_args__[0]
    setattr(changed, name, "something else")
    assert changed != first
    extra = copy.deepcopy(first)
    extra["field_from_a_newer_api"] = 1  # unknown fields count too
    assert extra != first

    cls = type(first)
    match first:
        case cls(value):  # positional patterns follow __match_args__
            assert value == getattr(first, name)
        case _:
            pytest.fail("no positional match")


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_repr_names_every_field_in_order(operation: Operation) -> None:
    parsed = parsed_example(operation)
    text = repr(parsed)
    assert text.startswith(f"{type(parsed).__name__}(")
    positions = [text.index(f"{name}=") for name in type(parsed)._fields]
    assert positions == sorted(positions)


def test_an_unset_field_shows_as_unset_and_a_model_has_no_instance_dict() -> None:
    config = models.VideoConfig()
    assert "codec=UNSET" in repr(config) and config.codec is UNSET
    with pytest.raises(AttributeError):
        config.not_a_field = 1  # type: ignore[attr-defined]  # slotted: a typo is an error, not a new attribute
