"""The planted-bug list stays plantable: each bug's text still occurs in today's code, as often as it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.plant_bugs import BUGS, ROOT, Bug, apply


@pytest.mark.parametrize("bug", BUGS, ids=[bug.name for bug in BUGS])
def test_each_planted_bug_still_applies_to_the_current_code(bug: Bug, tmp_path: Path) -> None:
    for edit in bug.edits:
        copy = tmp_path / edit.path
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes((ROOT / edit.path).read_bytes())
    apply(tmp_path, bug.edits)  # refuses (SystemExit) when a text no longer occurs as often as the bug says
    for edit in bug.edits:
        assert (tmp_path / edit.path).read_bytes() != (ROOT / edit.path).read_bytes(), edit.path


def test_the_bugs_are_at_least_ten_and_named_once() -> None:
    names = [bug.name for bug in BUGS]
    assert len(names) >= 10
    assert len(set(names)) == len(names)
