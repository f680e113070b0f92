"""Bodies and responses the project's spec does not have, generated and sent over HTTP: a JSON body whose schema
is an allOf of a referenced schema plus inline fields with bounds in both parts, two 2xx responses with
different bodies, and a multipart/form-data body. Every body model is checked by the rule engine before
anything is sent, multipart like JSON."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from io import BytesIO
from typing import Any

import pytest

from tests.generation.functional_package import Functional
from tools.loopback import LoopbackServer, Received, Reply

ITEM = {"id": "i-1", "name": "widget", "status": "queued"}
JOB = {"job_id": "job-7", "eta_seconds": 30}
ATTACHMENT = {"id": "att-1", "size": 5, "caption": "hello"}


def item_create(functional: Functional, **changes: Any) -> Any:
    return functional.models.ItemCreate(**({"name": "widget", "quantity": 5} | changes))


def test_an_all_of_body_holds_both_parts_and_sends_them(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    server.script(Reply(200, ITEM))
    fields = {"name": "x" * 10, "quantity": 50, "priority": 5, "note": "abc", "ratio": 2.5, "score": 99}

    functional.create_item.sync(client=client, body=item_create(functional, **fields), idempotency_key="key-1")

    [received] = server.requests
    assert (received.method, received.target) == ("POST", "/items")
    assert received.headers["content-type"] == "application/json"
    assert received.headers["idempotency-key"] == "key-1"
    assert received.json() == fields


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"name": ""}, id="referenced part: name below minLength 1"),
        pytest.param({"name": "x" * 11}, id="referenced part: name above maxLength 10"),
        pytest.param({"priority": -1}, id="referenced part: priority below minimum 0"),
        pytest.param({"priority": 6}, id="both parts: priority above the inline part's maximum 5"),
        pytest.param({"quantity": 0}, id="inline part: quantity below minimum 1"),
        pytest.param({"quantity": 51}, id="inline part: quantity above maximum 50"),
        pytest.param({"note": "ab"}, id="inline part: note below minLength 3"),
        pytest.param({"ratio": 0.49}, id="inline part: ratio below minimum 0.5"),
        pytest.param({"ratio": 2.51}, id="inline part: ratio above maximum 2.5"),
        pytest.param({"score": 0}, id="inline part: score not above exclusiveMinimum 0"),
        pytest.param({"score": 100}, id="inline part: score not below exclusiveMaximum 100"),
    ],
)
def test_a_bound_of_either_all_of_part_raises_before_anything_is_sent(
    functional: Functional, client: Any, server: LoopbackServer, changes: dict[str, Any]
) -> None:
    [name] = changes
    with pytest.raises(functional.errors.InvalidValueError) as caught:
        functional.create_item.sync(client=client, body=item_create(functional, **changes))

    assert caught.value.path == f"body.{name}"
    assert server.requests == []


@pytest.mark.parametrize(("status", "body", "model"), [(200, ITEM, "Item"), (202, JOB, "Job")])
def test_each_2xx_is_parsed_as_its_own_body(
    functional: Functional, client: Any, server: LoopbackServer, status: int, body: dict[str, Any], model: str
) -> None:
    server.script(Reply(status, body))

    response = functional.create_item.sync_detailed(client=client, body=item_create(functional))

    assert response.status_code == status
    assert isinstance(response.parsed, getattr(functional.models, model))
    assert response.parsed.to_dict() == body


def test_an_undocumented_2xx_is_read_as_the_first_documented_success(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    server.script(Reply(201, ITEM))

    assert isinstance(functional.create_item.sync(client=client, body=item_create(functional)), functional.models.Item)


def test_a_2xx_with_another_2xx_body_is_a_response_validation_error(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    server.script(Reply(202, ITEM))  # the 200 body: no job_id

    with pytest.raises(functional.errors.ResponseValidationError) as caught:
        functional.create_item.sync(client=client, body=item_create(functional))

    assert caught.value.path == "job_id"


def attachment_upload(functional: Functional, **changes: Any) -> Any:
    file = functional.types.File(payload=BytesIO(b"\x00\x01bin"), file_name="a.bin", mime_type="application/pdf")
    return functional.models.AttachmentUpload(**({"file": file, "caption": "hello", "position": 2} | changes))


def form_fields(received: Received) -> dict[str, tuple[str | None, str, bytes]]:
    """name -> (file name, content type, content) of each part, parsed as a server parses the body: by the
    boundary its Content-Type names (stdlib email)."""
    head = f"Content-Type: {received.headers['content-type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + received.body, policy=email.policy.HTTP)
    assert isinstance(message, EmailMessage)
    assert message.get_content_type() == "multipart/form-data"
    assert message.is_multipart() and not message.defects, message.defects
    fields = {}
    for part in message.iter_parts():
        assert isinstance(part, EmailMessage)
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        fields[name] = (part.get_filename(), part.get_content_type(), payload)
    return fields


def test_a_multipart_body_is_sent_as_parts_a_server_can_parse(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    server.script(Reply(201, ATTACHMENT))

    attachment = functional.upload_attachment.sync("abc", client=client, body=attachment_upload(functional))

    assert (attachment.id, attachment.size, attachment.caption) == ("att-1", 5, "hello")
    [received] = server.requests
    assert (received.method, received.target) == ("POST", "/items/abc/attachments")
    assert form_fields(received) == {
        "file": ("a.bin", "application/pdf", b"\x00\x01bin"),
        "caption": (None, "text/plain", b"hello"),
        "position": (None, "text/plain", b"2"),
    }


def test_a_part_cannot_forge_another_by_holding_the_boundary(
    functional: Functional, client: Any, server: LoopbackServer
) -> None:
    """The boundary is drawn per request: content that holds upstream's fixed one (+++) stays content."""
    forged = b'text\r\n--+++\r\nContent-Disposition: form-data; name="caption"\r\n\r\nforged\r\n--+++--\r\n'
    file = functional.types.File(payload=BytesIO(forged), file_name="a.txt", mime_type="text/plain")
    server.script(Reply(201, ATTACHMENT))

    functional.upload_attachment.sync("abc", client=client, body=attachment_upload(functional, file=file))

    [received] = server.requests
    fields = form_fields(received)
    assert (fields["file"][2], fields["caption"][2]) == (forged, b"hello")


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        pytest.param({"caption": "x" * 11}, "body.caption", id="caption above maxLength 10"),
        pytest.param({"position": -1}, "body.position", id="position below minimum 0"),
        pytest.param({"file": b"raw bytes"}, "body.file", id="file not a File"),
    ],
)
def test_a_multipart_field_the_spec_refuses_raises_before_anything_is_sent(
    functional: Functional, client: Any, server: LoopbackServer, changes: dict[str, Any], path: str
) -> None:
    with pytest.raises(functional.errors.InvalidValueError) as caught:
        functional.upload_attachment.sync("abc", client=client, body=attachment_upload(functional, **changes))

    assert caught.value.path == path
    assert server.requests == []
