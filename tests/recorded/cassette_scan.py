"""Finds what must never be in a cassette: credentials, tokens, signatures and real account ids."""

from __future__ import annotations

import re

from tests.recorded.cassette_scrub import REDACTED_QUERY_VALUE
from tests.support.ids import ACCOUNT_ID, APP_ID

# Each rule: a name and a pattern whose every match is a finding.
RULES: dict[str, re.Pattern[str]] = {
    "credential header": re.compile(r"^\s*(authorization|cookie|set-cookie|x-auth-[\w-]+):", re.I | re.M),
    "bearer token": re.compile(r"\bBearer\s+\S+", re.I),
    # The repo hook's rule (JSON bodies), and the same in YAML form: a placeholder starts with < or *.
    "credential field (JSON)": re.compile(r'"(password|secret|private_key|access_key)": *"[^"*<]{6,}'),
    "credential field (YAML)": re.compile(r"^\s*(password|secret|private_key|access_key): *['\"]?[^'\"*<\s]", re.M),
    # Cloudflare API tokens are 40 characters of [A-Za-z0-9_-]; insist on mixed case and a digit.
    "token-like string": re.compile(
        r"(?<![\w-])(?=[\w-]{0,39}[a-z])(?=[\w-]{0,39}[A-Z])(?=[\w-]{0,39}[0-9])[\w-]{40}(?![\w-])"
    ),
    "AWS access key id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "signed query value": re.compile(
        rf"[?&](X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|X-Goog-Signature|X-Goog-Credential|sig|Signature)"
        rf"=(?!{REDACTED_QUERY_VALUE}\b)",
        re.I,
    ),
}
# Account and app ids are 32 hex digits; only the placeholders may appear.
HEX_ID = re.compile(r"(?<![0-9a-fA-F])[0-9a-fA-F]{32}(?![0-9a-fA-F])")
ALLOWED_IDS = {ACCOUNT_ID, APP_ID}


def findings(text: str) -> list[str]:
    """What in `text` looks like a secret or a real id, as 'rule: match' lines."""
    found = [f"{name}: {match.group(0)[:60]}" for name, rule in RULES.items() for match in rule.finditer(text)]
    found += [
        f"id other than the placeholders: {m.group(0)}" for m in HEX_ID.finditer(text) if m.group(0) not in ALLOWED_IDS
    ]
    return found
