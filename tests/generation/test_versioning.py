"""The version guard (codegen.version_guard): a released version is frozen, a change since a release needs the
bump its size needs (codegen.spec_diff classifies it), and the CHANGELOG entry is part of the record. Checked on a
scratch root (the spec, CHANGELOG.md, the record) and a copy of the committed package, edited to stand for a
regenerated one: the guard reads no more than that. test_regeneration.py takes one change through the command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen import spec_diff, version_guard
from tests.generation.spec_edits import (
    Edit,
    add_enum_value,
    add_field,
    edit_text,
    edited,
    flip_retry,
    loosen_maximum,
    remove_enum_value,
    rename_operation,
    rename_request_field_everywhere,
    require_response_field,
    reword,
    set_version,
    tighten_minimum,
    write_spec,
)
from tests.support.project import ROOT
from tests.support.spec import load_spec

VERSION = str(load_spec()["info"]["version"])
RELEASED_ON = "2026-11-01"
PACKAGE = ROOT / "generated" / "realtimekit-client"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A scratch root with the repository's spec, record and CHANGELOG (its current version Unreleased)."""
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path)
    return tmp_path


@pytest.fixture
def released(root: Path) -> Path:
    """The scratch root with the current version released."""
    edit_text(root / "CHANGELOG.md", f"## {VERSION} - Unreleased", f"## {VERSION} - {RELEASED_ON}")
    return root


@pytest.fixture
def changed_package(tmp_path: Path) -> Path:
    """A copy of the committed package with one module changed (what a template or runtime edit leaves)."""
    package = shutil.copytree(PACKAGE, tmp_path / "package", ignore=shutil.ignore_patterns("__pycache__"))
    types = package / "realtimekit_client" / "types.py"
    types.write_text(types.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    return package


def add_entry(root: Path, version: str) -> None:
    edit_text(root / "CHANGELOG.md", f"## {VERSION} - ", f"## {version} - Unreleased\n\n- A change.\n\n## {VERSION} - ")


def test_a_released_version_is_frozen(released: Path, changed_package: Path) -> None:
    version_guard.check(released, PACKAGE)  # dating the heading alone changes nothing

    with pytest.raises(version_guard.VersionError, match=f"info.version is still {VERSION}, released {RELEASED_ON}"):
        version_guard.check(released, changed_package)
    with pytest.raises(version_guard.VersionError) as refused:
        version_guard.plan(released, changed_package)
    assert "raise info.version" in str(refused.value)
    assert (
        f"the change is patch: info.version must be at least {version_guard.required_version(VERSION, 'patch')}"
        in str(refused.value)
    )


def test_a_change_since_a_release_needs_the_bump_its_size_needs(released: Path) -> None:
    expected = write_spec(released, rename_request_field_everywhere)  # breaking
    patch_bump = str(version_guard.required_version(VERSION, "patch"))
    minor_bump = str(version_guard.required_version(VERSION, "breaking"))  # a minor bump while 0.x
    set_version(released, patch_bump)
    add_entry(released, patch_bump)

    with pytest.raises(version_guard.VersionError) as refused:
        version_guard.plan(released, PACKAGE)
    assert f"the change since {VERSION} (released) is breaking, which needs a minor bump while 0.x" in str(
        refused.value
    )
    assert f"info.version must be at least {minor_bump}, it is {patch_bump}" in str(refused.value)
    assert expected in str(refused.value)

    set_version(released, minor_bump)
    edit_text(released / "CHANGELOG.md", f"## {patch_bump} - ", f"## {minor_bump} - ")
    plan = version_guard.plan(released, PACKAGE)
    assert plan.record is not None and plan.record["version"] == minor_bump
    assert plan.record["baseline"]["version"] == VERSION  # what the next bump is measured from


@pytest.mark.parametrize(
    ("base", "level", "needed"),
    [
        ("0.1.0", "breaking", "0.2.0"),
        ("1.4.2", "breaking", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("0.1.0", "patch", "0.1.1"),
        ("0.1.0", "none", "0.1.0"),
    ],
)
def test_the_bump_each_size_needs(base: str, level: str, needed: str) -> None:
    assert str(version_guard.required_version(base, level)) == needed


def test_a_spec_edit_that_changes_nothing_shipped_needs_no_new_version(released: Path) -> None:
    spec = released / "openapi" / "realtimekit-recordings.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")

    version_guard.check(released, PACKAGE)
    assert version_guard.plan(released, PACKAGE).record is None


def test_a_lower_version_is_refused(released: Path) -> None:
    set_version(released, "0.0.1")
    add_entry(released, "0.0.1")

    with pytest.raises(
        version_guard.VersionError, match=f"info.version 0.0.1 must be higher than the recorded {VERSION}"
    ):
        version_guard.plan(released, PACKAGE)


def test_a_version_without_a_changelog_entry_is_refused(root: Path) -> None:
    set_version(root, "99.0.0")

    with pytest.raises(version_guard.VersionError, match="CHANGELOG.md has no entry for 99.0.0"):
        version_guard.plan(root, PACKAGE)


def test_check_fails_without_a_record(root: Path) -> None:
    (root / version_guard.RECORD_NAME).unlink()

    with pytest.raises(version_guard.VersionError, match="version-record.json does not describe this package"):
        version_guard.check(root, PACKAGE)


def test_an_entry_edited_after_it_was_recorded_must_be_recorded_again(root: Path) -> None:
    changelog = root / "CHANGELOG.md"
    changelog.write_text(changelog.read_text(encoding="utf-8") + "- an edit after regenerating\n", encoding="utf-8")

    with pytest.raises(version_guard.VersionError, match=f"CHANGELOG.md's {VERSION} entry changed since"):
        version_guard.check(root, PACKAGE)
    version_guard.plan(root, PACKAGE).write()
    version_guard.check(root, PACKAGE)


def test_an_api_change_needs_a_changelog_line_even_while_unreleased(root: Path) -> None:
    expected = write_spec(root, add_field)

    with pytest.raises(version_guard.VersionError) as refused:
        version_guard.plan(root, PACKAGE)
    assert f"the spec's API changed (minor) but CHANGELOG.md's {VERSION} entry did not" in str(refused.value)
    assert f"- {expected}" in str(refused.value)

    edit_text(root / "CHANGELOG.md", f"## {VERSION} - Unreleased\n", f"## {VERSION} - Unreleased\n\n- A field.\n")
    assert version_guard.plan(root, PACKAGE).record is not None


@pytest.mark.parametrize(
    ("edit", "level"),
    [
        (reword, "none"),
        (add_field, "minor"),
        (add_enum_value, "minor"),
        (loosen_maximum, "minor"),
        (flip_retry, "minor"),
        (rename_request_field_everywhere, "breaking"),
        (require_response_field, "breaking"),
        (tighten_minimum, "breaking"),
        (remove_enum_value, "breaking"),
        (rename_operation, "breaking"),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_a_spec_change_is_classified_by_what_it_does_to_callers(edit: Edit, level: str) -> None:
    spec, expected = edited(edit)
    changes = spec_diff.classify(spec_diff.surface(load_spec()), spec_diff.surface(spec))
    assert spec_diff.level(changes) == level, changes
    assert expected in "\n".join(str(c) for c in changes)
