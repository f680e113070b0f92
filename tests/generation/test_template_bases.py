"""The template overlays (codegen.template_bases): each override records the upstream template it derives from,
unchanged from what the installed generator ships, and marks every change to it; the regeneration refuses
otherwise. The overlays stay thin: at most 8 upstream templates overridden and 150 changed lines in all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen import template_bases
from codegen.paths import TEMPLATES
from tests.generation.spec_edits import edit_text
from tests.support.project import copy_project, run_regenerate

MAX_OVERRIDDEN = 8
MAX_CHANGED_LINES = 150
# The one-line templates of the runtime modules that replace upstream's wholesale, left out of the figures.
RUNTIME_TEMPLATES = ("client.py.jinja", "errors.py.jinja", "types.py.jinja")


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    """A scratch copy of templates/ the test may edit."""
    return Path(shutil.copytree(TEMPLATES, tmp_path / "templates"))


def marked_override(templates: Path) -> str:
    """An override that changes its base in places (not wholesale)."""
    for name in template_bases.overrides(templates):
        text = (templates / name).read_text(encoding="utf-8")
        if template_bases.MARK in text and "wholesale" not in text.splitlines()[0]:
            return name
    raise AssertionError("no override with marked changes")


def test_every_override_records_its_base_unchanged_and_marks_its_changes() -> None:
    assert template_bases.overrides(TEMPLATES), "no overrides found: the check would pass vacuously"
    assert template_bases.problems(TEMPLATES) == []
    recorded = (TEMPLATES / template_bases.BASES_DIRNAME / "VERSION").read_text(encoding="utf-8").strip()
    assert recorded == template_bases.installed_version()


def test_a_base_that_differs_from_the_installed_generator_is_named(templates: Path) -> None:
    name = marked_override(templates)
    base = templates / template_bases.BASES_DIRNAME / name
    base.write_text(base.read_text(encoding="utf-8") + "{# an upstream change #}\n", encoding="utf-8")

    [problem] = template_bases.problems(templates)

    assert problem.startswith(f"templates/{name}: upstream {name} changed from the recorded base")
    assert f"re-merge: diff templates/upstream/{name} " in problem


def test_an_override_without_a_recorded_base_is_named(templates: Path) -> None:
    name = marked_override(templates)
    (templates / template_bases.BASES_DIRNAME / name).unlink()

    assert template_bases.problems(templates) == [
        f"templates/{name} overrides upstream {name} but records no base: copy "
        f"{template_bases.installed_templates() / name} to templates/upstream/{name} (and mark the override's changes)"
    ]


def test_an_unmarked_change_is_named_with_its_lines(templates: Path) -> None:
    name = marked_override(templates)
    override = templates / name
    lines = override.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append("{# an unmarked comment #}\n")  # after the last line: not next to a mark
    override.write_text("".join(lines), encoding="utf-8")

    assert template_bases.problems(templates) == [
        f"templates/{name}: lines {len(lines)}-{len(lines)} differ from the upstream base without a "
        "`{# ours: why #}` mark"
    ]


def test_an_unmarked_deletion_is_named(templates: Path) -> None:
    name = marked_override(templates)
    override = templates / name
    lines = override.read_text(encoding="utf-8").splitlines(keepends=True)
    override.write_text("".join(lines[:-1]), encoding="utf-8")  # upstream's last line dropped, no mark

    [problem] = template_bases.problems(templates)

    assert problem.startswith(f"templates/{name}: after line ") and "dropped" in problem


def test_regeneration_refuses_a_drifted_base_naming_the_template(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    edit_text(project / "templates" / "upstream" / "model.py.jinja", "to_dict", "to_json")

    result = run_regenerate(project, "--check")

    assert result.returncode == 1
    assert "templates/model.py.jinja: upstream model.py.jinja changed from the recorded base" in result.stderr


def test_the_overlays_stay_within_their_targets() -> None:
    figures = template_bases.figures(TEMPLATES)
    print(figures)  # quoted in reviews: `pytest -s` shows it

    assert set(template_bases.OUTSIDE_FIGURES) == {"README.md.jinja", *RUNTIME_TEMPLATES}
    assert figures.overridden <= MAX_OVERRIDDEN, figures
    assert figures.total <= MAX_CHANGED_LINES, figures


@pytest.mark.parametrize("name", RUNTIME_TEMPLATES)
def test_a_runtime_template_left_out_of_the_figures_is_one_line(name: str) -> None:
    """What the figures leave out must stay what it is: the mark and the runtime module, nothing of upstream's."""
    mark, *body = (TEMPLATES / name).read_text(encoding="utf-8").splitlines()
    assert mark.startswith("{#- ours: replaces upstream") and "wholesale" in mark
    assert body == [f'{{{{ runtime_source("{name.removesuffix(".jinja")}") }}}}']


def test_the_figures_count_lines_added_and_removed(templates: Path) -> None:
    name = marked_override(templates)
    before = template_bases.figures(templates).changed_lines[name]
    override = templates / name
    lines = override.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip() and template_bases.MARK not in line)
    lines[index] = "{# ours: replaced #}\n"  # one upstream line out, one line in
    override.write_text("".join(lines), encoding="utf-8")

    assert template_bases.figures(templates).changed_lines[name] == before + 2
