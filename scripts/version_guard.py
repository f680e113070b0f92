"""Keep the package version honest: a package that changed must carry a new version and a CHANGELOG entry.

The version of realtimekit-client is the spec's `info.version`. openapi/version-record.json records that version
with a hash of the generated package it belongs to (every file, with the version itself blanked), so the check
needs no git history and works from a fresh clone. What changes the package, a spec edit, a template, the
generator configuration or a generator upgrade, changes the hash; a comment-only edit does not.

- A version whose CHANGELOG heading says `Unreleased` may absorb more changes: regenerating re-records it.
- A released version (its heading carries a date) is frozen: changing the package requires a higher version.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import yaml
from packaging.version import InvalidVersion, Version

RECORD_NAME = "openapi/version-record.json"
CHANGELOG_NAME = "CHANGELOG.md"
SPEC_NAME = "openapi/realtimekit-recordings.yaml"
# "## 0.2.0 - Unreleased" or "## 0.2.0 - 2026-11-21"
HEADING = re.compile(r"^## (?P<version>\S+) - (?P<state>Unreleased|\d{4}-\d{2}-\d{2})[ \t]*$", re.MULTILINE)


class VersionError(Exception):
    """The version, the CHANGELOG and the recorded package hash disagree."""


def spec_version(root: Path) -> str:
    version = str(yaml.safe_load((root / SPEC_NAME).read_text(encoding="utf-8"))["info"]["version"])
    try:
        Version(version)
    except InvalidVersion:
        raise VersionError(f"info.version {version!r} in {SPEC_NAME} is not a PEP 440 version") from None
    return version


def package_digest(package_dir: Path, version: str) -> str:
    """sha256 over the generated package's files, the version line of its pyproject.toml blanked."""
    digest = hashlib.sha256()
    for path in sorted(p for p in package_dir.rglob("*") if p.is_file()):
        name = path.relative_to(package_dir).as_posix()
        content = path.read_bytes().replace(b"\r\n", b"\n")
        if name == "pyproject.toml":
            content = content.replace(f'version = "{version}"\n'.encode(), b'version = ""\n', 1)
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def changelog_state(root: Path, version: str) -> str:
    """'Unreleased' or the release date of `version`'s CHANGELOG entry."""
    path = root / CHANGELOG_NAME
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for match in HEADING.finditer(text):
        if match["version"] == version:
            return match["state"]
    raise VersionError(
        f"{CHANGELOG_NAME} has no entry for {version} (info.version); add a heading `## {version} - Unreleased`"
    )


def read_record(root: Path) -> dict[str, str]:
    path = root / RECORD_NAME
    if not path.exists():
        return {}
    record: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return record


def write_record(root: Path, version: str, digest: str) -> None:
    text = json.dumps({"version": version, "package_sha256": digest}, indent=2) + "\n"
    (root / RECORD_NAME).write_text(text, encoding="utf-8")


def bump_hint(version: str, released: str) -> str:
    return (
        f"the generated package changed but info.version is still {version}, released {released}: "
        f"raise info.version in {SPEC_NAME} and add a `## <new version> - Unreleased` entry to {CHANGELOG_NAME}"
    )


def check(root: Path, package_dir: Path) -> None:
    """For --check: the record must describe exactly this package and version."""
    version = spec_version(root)
    state = changelog_state(root, version)
    record = read_record(root)
    digest = package_digest(package_dir, version)
    if record.get("version") == version and record.get("package_sha256") == digest:
        return
    if record.get("version") == version and state != "Unreleased":
        raise VersionError(bump_hint(version, state))
    raise VersionError(f"{RECORD_NAME} does not describe this package at {version}; run `uv run scripts/regenerate.py`")


def update(root: Path, package_dir: Path) -> str | None:
    """After regenerating: record the package for the current version. Returns what changed, if anything."""
    version = spec_version(root)
    state = changelog_state(root, version)
    record = read_record(root)
    digest = package_digest(package_dir, version)
    recorded = record.get("version")
    if recorded == version:
        if record.get("package_sha256") == digest:
            return None
        if state != "Unreleased":
            raise VersionError(bump_hint(version, state))
    elif recorded is not None and Version(version) <= Version(recorded):
        raise VersionError(f"info.version {version} must be higher than the recorded {recorded}")
    write_record(root, version, digest)
    return f"recorded the package for {version} ({state}) in {RECORD_NAME}"
