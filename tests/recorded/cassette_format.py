"""How cassettes are stored and matched: readable YAML with pretty JSON bodies, requests matched on their JSON.

Registered on every VCR instance by `pytest_recording_configure` in tests/recorded/conftest.py. A replayed
request must match the recorded one in method, path, query, the JSON of its body (not its bytes) and the
headers a cassette keeps that say what the request is (`accept`, `content-type`). Nothing else of the headers
is matched: the scrubber drops the rest before matching (Accept-Encoding, User-Agent, the token), and `prefer`
only selected the mock's example while recording.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml
from vcr.request import Request

from tests.support.project import ROOT

SERIALIZER_NAME = "yaml"  # replaces VCR's own YAML serializer, so cassettes keep the .yaml suffix
JSON_BODY_MATCHER = "json_body"
HEADERS_MATCHER = "kept_headers"
MATCH_ON = ("method", "path", "query", JSON_BODY_MATCHER, HEADERS_MATCHER)
MATCHED_HEADERS = ("accept", "content-type")
# pytest-recording's default place: one directory per test module, one file per test.
CASSETTE_DIR = ROOT / "tests" / "recorded" / "cassettes"


def cassette_files() -> list[Path]:
    return sorted(CASSETTE_DIR.rglob("*.yaml"))


def cassette_id(path: Path) -> str:
    """A cassette's name under tests/recorded/cassettes, e.g. 'test_get/test_get_just_invoked.yaml'."""
    return path.relative_to(CASSETTE_DIR).as_posix()


class _ReadableDumper(yaml.SafeDumper):
    """Multi-line strings (pretty JSON, HTML) as literal blocks, so a diff shows changed lines, not one long line."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_ReadableDumper.add_representer(str, _represent_str)


def readable_body(body: str | bytes | None) -> str | None:
    """JSON bodies pretty-printed (same data, stable layout); anything else decoded as it is."""
    if body is None:
        return None
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    except ValueError:
        return text


class ReadableYamlSerializer:
    """A VCR serializer (a module-like object with serialize/deserialize)."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        cassette = copy.deepcopy(cassette)
        for interaction in cassette["interactions"]:
            interaction["request"]["body"] = readable_body(interaction["request"]["body"])
            response_body = interaction["response"]["body"]
            response_body["string"] = readable_body(response_body["string"])
        text: str = yaml.dump(cassette, Dumper=_ReadableDumper, sort_keys=False, allow_unicode=True, width=120)
        return text

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        cassette: dict[str, Any] = yaml.safe_load(text)
        return cassette


def _json_or_bytes(body: bytes | str | None) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body.encode() if isinstance(body, str) else body


def json_body(recorded: Request, made: Request) -> None:
    """Bodies match when they hold the same JSON, whatever the whitespace and key order (VCR matcher protocol)."""
    assert _json_or_bytes(recorded.body) == _json_or_bytes(made.body), "request bodies differ"


def kept_headers(recorded: Request, made: Request) -> None:
    """The request says the same of itself as the recorded one did: what it accepts, what its body is."""
    for name in MATCHED_HEADERS:
        assert recorded.headers.get(name) == made.headers.get(name), f"{name} differs"
