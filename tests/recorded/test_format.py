"""How cassettes are stored and matched (cassette_format.py): every stored cassette is byte for byte what the
serializer writes for its content, and a replayed request matches only on the same JSON body and the same
accept and content-type headers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vcr.request import Request

from tests.recorded.cassette_format import (
    ReadableYamlSerializer,
    cassette_files,
    cassette_id,
    json_body,
    kept_headers,
)

URI = "https://api.cloudflare.com/client/v4/accounts/a/realtime/kit/b/recordings"
JSON_HEADERS = {"accept": "*/*", "content-type": "application/json"}


@pytest.mark.parametrize("path", cassette_files(), ids=cassette_id)
def test_cassette_is_as_the_serializer_writes_it(path: Path) -> None:
    """Written by the recorder, not edited by hand (a hand edit rarely keeps this exact layout)."""
    text = path.read_text(encoding="utf-8")
    assert ReadableYamlSerializer.serialize(ReadableYamlSerializer.deserialize(text)) == text


def test_bodies_are_stored_readable() -> None:
    cassette = {
        "version": 1,
        "interactions": [
            {
                "request": {"method": "POST", "uri": URI, "body": b'{"b":1,"a":[2]}', "headers": {}},
                "response": {"status": {"code": 522}, "headers": {}, "body": {"string": b"<html>\n</html>\n"}},
            }
        ],
    }
    text = ReadableYamlSerializer.serialize(cassette)
    assert '    body: |\n      {\n        "b": 1,\n        "a": [\n          2\n        ]\n      }\n' in text
    assert "      string: |\n        <html>\n        </html>\n" in text
    stored = ReadableYamlSerializer.deserialize(text)["interactions"][0]
    assert json.loads(stored["request"]["body"]) == {"b": 1, "a": [2]}


def request(body: bytes, headers: dict[str, str]) -> Request:
    return Request("POST", URI, body, headers)


def test_json_bodies_match_whatever_their_layout() -> None:
    json_body(request(b'{"a": 1, "b": [1, 2]}', {}), request(b'{"b":[1,2],"a":1}', {}))
    json_body(request(b"", {}), request(b"", {}))
    for other in (b'{"a": 1, "b": [2, 1]}', b'{"a": 1}', b""):
        with pytest.raises(AssertionError, match="request bodies differ"):
            json_body(request(b'{"a": 1, "b": [1, 2]}', {}), request(other, {}))


def test_accept_and_content_type_must_match_and_nothing_else() -> None:
    kept_headers(request(b"", JSON_HEADERS), request(b"", JSON_HEADERS | {"prefer": "code=200, example=x"}))
    for changed in ({"accept": "application/json"}, {"content-type": "text/plain"}):
        with pytest.raises(AssertionError, match="differs"):
            kept_headers(request(b"", JSON_HEADERS), request(b"", JSON_HEADERS | changed))
    with pytest.raises(AssertionError, match="content-type differs"):
        kept_headers(request(b"", JSON_HEADERS), request(b"", {"accept": "*/*"}))
