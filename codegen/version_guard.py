"""Keep the package version honest: a change carries the version bump its size needs and a CHANGELOG line.

The version of realtimekit-client is the spec's `info.version`. openapi/version-record.json records that version
with a hash of the generated package it belongs to (every file, the version itself blanked), a hash of the
version's CHANGELOG entry, the spec's API surface (scripts/spec_diff.py) and, once a version was released, the
released version's surface as the baseline. So the check needs no git history and works from a fresh clone.

- A released version (its CHANGELOG heading carries a date) is frozen: any change to the package needs a higher
  version, at least the bump the change since that release needs (spec_diff.classify: breaking -> a minor bump
  while 0.x, else major; minor -> minor; only the package changed -> patch).
- Any API change, even while the version is Unreleased, needs a new line in the version's CHANGELOG entry.
- plan() decides (or raises VersionError saying what was classified and why) before generated/ is touched;
  Plan.write() records.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from . import spec as raw_spec
from . import spec_diff
from .generate import CACHE_NAMES

RECORD_NAME = "openapi/version-record.json"
CHANGELOG_NAME = "CHANGELOG.md"
SPEC_NAME = "openapi/realtimekit-recordings.yaml"
# "## 0.2.0 - Unreleased" or "## 0.2.0 - 2026-11-21"
HEADING = re.compile(r"^## (?P<version>\S+) - (?P<state>Unreleased|\d{4}-\d{2}-\d{2})[ \t]*$", re.MULTILINE)


class VersionError(Exception):
    """The version, the CHANGELOG and the recorded package hash disagree."""


def spec_version(root: Path) -> str:
    version = str(raw_spec.load(root / SPEC_NAME)["info"]["version"])
    try:
        Version(version)
    except InvalidVersion:
        raise VersionError(f"info.version {version!r} in {SPEC_NAME} is not a PEP 440 version") from None
    return version


def package_digest(package_dir: Path, version: str) -> str:
    """sha256 over the generated package's files, the version blanked where it is written (pyproject.toml and the
    package's __version__), so the hash says whether anything but the version changed; caches (bytecode) aside."""
    digest = hashlib.sha256()
    files = (p for p in package_dir.rglob("*") if p.is_file())
    for path in sorted(p for p in files if not CACHE_NAMES.intersection(p.relative_to(package_dir).parts)):
        name = path.relative_to(package_dir).as_posix()
        content = path.read_bytes().replace(b"\r\n", b"\n")
        if name == "pyproject.toml":
            content = content.replace(f'version = "{version}"\n'.encode(), b'version = ""\n', 1)
        elif name.endswith("/__init__.py") and name.count("/") == 1:
            content = content.replace(f'__version__ = "{version}"\n'.encode(), b'__version__ = ""\n', 1)
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


def read_record(root: Path) -> dict[str, Any]:
    path = root / RECORD_NAME
    if not path.exists():
        return {}
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return record


def changelog_entry(root: Path, version: str) -> str:
    """The lines of `version`'s CHANGELOG entry, without its heading (dating the heading changes nothing)."""
    path = root / CHANGELOG_NAME
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    headings = list(HEADING.finditer(text))
    for index, match in enumerate(headings):
        if match["version"] == version:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            return text[match.end() : end].strip()
    return ""


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def api_surface(root: Path) -> dict[str, Any]:
    return spec_diff.surface(raw_spec.load(root / SPEC_NAME))


def bump_hint(version: str, released: str) -> str:
    return (
        f"the generated package changed but info.version is still {version}, released {released}: "
        f"raise info.version in {SPEC_NAME} and add a `## <new version> - Unreleased` entry to {CHANGELOG_NAME}"
    )


def required_version(base: str, level: str) -> Version:
    """The lowest version a change of `level` since `base` allows: breaking is a minor bump while 0.x, else a
    major one; minor (something added) a minor bump; patch (the package changed, its API did not) a patch bump."""
    major, minor, micro = (Version(base).release + (0, 0))[:3]
    if level == "breaking":
        return Version(f"{major + 1}.0.0" if major >= 1 else f"0.{minor + 1}.0")
    if level == "minor":
        return Version(f"{major}.{minor + 1}.0")
    if level == "patch":
        return Version(f"{major}.{minor}.{micro + 1}")
    return Version(base)


def explain(changes: list[spec_diff.Change], limit: int = 12) -> str:
    shown = [f"    {change}" for change in changes[:limit]]
    if len(changes) > limit:
        shown.append(f"    ... and {len(changes) - limit} more")
    return "\n".join(shown)


def changelog_lines(changes: list[spec_diff.Change]) -> str:
    """Suggested CHANGELOG lines for the changes a caller sees."""
    return "\n".join(f"    - {c.what}" + (" (breaking)" if c.level == "breaking" else "") for c in changes)


@dataclass
class Plan:
    """What update() would record; write() records it. Computed before generated/ is touched."""

    root: Path
    record: dict[str, Any] | None  # None: nothing to record
    message: str | None
    changes: list[spec_diff.Change]  # since the previous record: what the follow-ups are about

    def write(self) -> str | None:
        if self.record is not None:
            text = json.dumps(self.record, indent=1, sort_keys=True) + "\n"
            (self.root / RECORD_NAME).write_text(text, encoding="utf-8")
        return self.message


def check(root: Path, package_dir: Path) -> None:
    """For --check: the record must describe exactly this package, version and API."""
    version = spec_version(root)
    state = changelog_state(root, version)
    record = read_record(root)
    digest = package_digest(package_dir, version)
    same_api = record.get("surface") == api_surface(root)
    if record.get("version") == version and record.get("package_sha256") == digest and same_api:
        if record.get("changelog_sha256") != _sha(changelog_entry(root, version)):
            # Otherwise the edited entry would count as the line for the next API change.
            raise VersionError(
                f"{CHANGELOG_NAME}'s {version} entry changed since {RECORD_NAME} was written; "
                "run `uv run scripts/regenerate.py` to record it"
            )
        return
    if record.get("version") == version and state != "Unreleased":
        raise VersionError(bump_hint(version, state))
    raise VersionError(f"{RECORD_NAME} does not describe this package at {version}; run `uv run scripts/regenerate.py`")


def plan(root: Path, package_dir: Path) -> Plan:
    """Decide what to record for the freshly generated package, or raise VersionError saying what is missing."""
    version = spec_version(root)
    state = changelog_state(root, version)
    record = read_record(root)
    digest = package_digest(package_dir, version)
    api = api_surface(root)
    entry = changelog_entry(root, version)
    recorded = record.get("version")
    since_record = spec_diff.classify(record["surface"], api) if "surface" in record else []
    changed = record.get("package_sha256") != digest or record.get("surface") != api
    if recorded == version and not changed and record.get("changelog_sha256") == _sha(entry):
        return Plan(root, None, None, [])

    if recorded == version:
        baseline = record.get("baseline")
        if changed and state != "Unreleased":
            level = spec_diff.level(since_record)
            level = "patch" if level == "none" else level
            why = f"\n  the change is {level}: info.version must be at least {required_version(version, level)}"
            if since_record:
                why += f"\n  classified:\n{explain(since_record)}"
            raise VersionError(bump_hint(version, state) + why)
    elif recorded is not None:
        if Version(version) <= Version(recorded):
            raise VersionError(f"info.version {version} must be higher than the recorded {recorded}")
        try:
            recorded_state = changelog_state(root, recorded)
        except VersionError:
            recorded_state = "released"  # its entry is gone: treat it as published
        if recorded_state != "Unreleased" and "surface" in record:
            baseline = {"version": recorded, "surface": record["surface"], "package_sha256": record["package_sha256"]}
        else:
            baseline = record.get("baseline")
    else:
        baseline = None

    if baseline is not None:
        changes = spec_diff.classify(baseline["surface"], api)
        level = spec_diff.level(changes)
        if level == "none" and baseline.get("package_sha256") != digest:
            level = "patch"
        needed = required_version(baseline["version"], level)
        if Version(version) < needed:
            kind = {
                "breaking": "a major bump" if Version(baseline["version"]).major >= 1 else "a minor bump while 0.x",
                "minor": "a minor bump",
                "patch": "a patch bump (the package changed, its API did not)",
            }[level]
            raise VersionError(
                f"the change since {baseline['version']} (released) is {level}, which needs {kind}: info.version must "
                f"be at least {needed}, it is {version}.\n  classified:\n{explain(changes) or '    (no API change)'}"
            )

    api_changes = [c for c in since_record if c.level != "none"]
    if api_changes:
        entry_unchanged = recorded == version and record.get("changelog_sha256") == _sha(entry)
        if entry_unchanged or not entry:
            raise VersionError(
                f"the spec's API changed ({spec_diff.level(api_changes)}) but {CHANGELOG_NAME}'s {version} entry "
                f"did not: add a line for it, for example\n{changelog_lines(api_changes)}"
            )

    new_record: dict[str, Any] = {
        "version": version,
        "package_sha256": digest,
        "changelog_sha256": _sha(entry),
        "surface": api,
    }
    if baseline is not None:
        new_record["baseline"] = baseline
    return Plan(root, new_record, f"recorded the package for {version} ({state}) in {RECORD_NAME}", since_record)


def update(root: Path, package_dir: Path) -> str | None:
    """After regenerating: record the package for the current version. Returns what changed, if anything."""
    return plan(root, package_dir).write()
