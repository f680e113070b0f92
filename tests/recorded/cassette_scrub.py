"""What is kept of an HTTP exchange before it is written to a cassette (and before a live request is matched).

VCR runs `scrub_request` on every request it records, on every request it loads from a cassette and on every
request a test makes before matching it, so each step here must be idempotent. `scrub_response` runs on what is
recorded and on what is loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vcr.request import Request

# Every recorded URI starts here, whatever server it was recorded against (live API, Prism, the stand-in).
CANONICAL_BASE_URL = "https://api.cloudflare.com/client/v4"

REDACTED = "<redacted>"  # starts with "<": the repo's cassette hook accepts it as a placeholder
REDACTED_QUERY_VALUE = "REDACTED"  # stays a valid URI, unlike "<redacted>"
CREDENTIAL_FIELDS = frozenset({"password", "secret", "private_key", "access_key"})

# Headers are dropped unless listed: an allowlist cannot leak a header nobody thought of.
# (httpx and the recorders hand over lower-case names; names are compared lower-cased anyway.)
KEPT_REQUEST_HEADERS = frozenset({"accept", "content-type", "prefer"})
KEPT_RESPONSE_HEADERS = frozenset({"content-type", "retry-after", "ratelimit", "ratelimit-policy"})
CREDENTIAL_HEADER = re.compile(r"^(authorization|cookie|x-auth-.*)$", re.IGNORECASE)
# Prism reports a request or response that breaks the spec in this header.
PRISM_VIOLATIONS_HEADER = "sl-violations"


class SpecViolation(AssertionError):
    """The mock server said the exchange does not follow the spec: never record it."""


@dataclass(frozen=True)
class Scrubber:
    """Scrubs exchanges recorded against `base_url`; `real_ids` maps live ids (and the token) to placeholders."""

    base_url: str = CANONICAL_BASE_URL
    real_ids: dict[str, str] = field(default_factory=dict)

    def scrub_request(self, request: Request) -> Request:
        for name in list(request.headers):
            if CREDENTIAL_HEADER.match(name) or name.lower() not in KEPT_REQUEST_HEADERS:
                del request.headers[name]
        request.uri = self._replace_ids(self._canonical_uri(request.uri))
        if request.body:
            request.body = self._scrub_body(request.body)
        return request

    def scrub_response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers = {name.lower(): values for name, values in response["headers"].items()}
        if PRISM_VIOLATIONS_HEADER in headers:
            raise SpecViolation(f"the mock server rejected the exchange: {headers[PRISM_VIOLATIONS_HEADER]}")
        response["headers"] = {name: values for name, values in headers.items() if name in KEPT_RESPONSE_HEADERS}
        body = response["body"]["string"]
        if body:
            response["body"]["string"] = self._scrub_body(body)
        return response

    def _canonical_uri(self, uri: str) -> str:
        base = self.base_url.rstrip("/")
        return CANONICAL_BASE_URL + uri[len(base) :] if uri.startswith(base + "/") else uri

    def _replace_ids(self, text: str) -> str:
        for real, placeholder in self.real_ids.items():
            text = text.replace(real, placeholder)
        return text

    def _scrub_body(self, body: bytes | str) -> bytes:
        raw = body.encode() if isinstance(body, str) else body
        try:
            document = json.loads(raw)
        except ValueError:  # not JSON (an HTML error page): only ids can be in it
            return self._replace_ids(raw.decode("utf-8", "replace")).encode()
        return json.dumps(self._scrub_json(document), ensure_ascii=False).encode()

    def _scrub_json(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: REDACTED if key in CREDENTIAL_FIELDS and item is not None else self._scrub_json(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self._scrub_json(item) for item in value]
        if isinstance(value, str):
            return redact_signed_query(self._replace_ids(value))
        return value


def redact_signed_query(text: str) -> str:
    """A URL's query values (presigned S3/GCS/Azure signatures, credentials, expiry) become REDACTED."""
    if not text.startswith(("http://", "https://")):
        return text
    parts = urlsplit(text)
    if not parts.query:
        return text
    redacted = [(name, REDACTED_QUERY_VALUE) for name, _ in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(redacted, safe="")))
