"""Each custom template records the upstream template it derives from, and every change to it is marked."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from support.project import ROOT, copy_project, run_regenerate

TEMPLATES = ROOT / "templates"


def load_template_bases() -> ModuleType:
    spec = importlib.util.spec_from_file_location("template_bases", ROOT / "scripts" / "template_bases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


template_bases = load_template_bases()


def scratch_templates(tmp_path: Path) -> Path:
    return Path(shutil.copytree(TEMPLATES, tmp_path / "templates"))


def test_every_override_has_its_base_recorded_unchanged_and_its_changes_marked() -> None:
    assert template_bases.overrides(TEMPLATES), "no overrides found: the check would pass vacuously"
    assert template_bases.problems(TEMPLATES) == []


def test_the_recorded_version_is_the_installed_generator() -> None:
    recorded = (TEMPLATES / "upstream" / "VERSION").read_text(encoding="utf-8").strip()
    assert recorded == template_bases.installed_version()


def test_a_base_that_differs_from_the_installed_generator_is_named(tmp_path: Path) -> None:
    templates = scratch_templates(tmp_path)
    base = templates / "upstream" / "property_templates" / "uuid_property.py.jinja"
    base.write_text(base.read_text(encoding="utf-8") + "{# an upstream change #}\n", encoding="utf-8")
    problems = template_bases.problems(templates)
    assert len(problems) == 1, problems
    assert problems[0].startswith("templates/property_templates/uuid_property.py.jinja: upstream ")
    assert "re-merge: diff templates/upstream/property_templates/uuid_property.py.jinja" in problems[0]


def test_an_override_without_a_recorded_base_is_named(tmp_path: Path) -> None:
    templates = scratch_templates(tmp_path)
    (templates / "upstream" / "str_enum.py.jinja").unlink()
    problems = template_bases.problems(templates)
    assert problems == [
        f"templates/str_enum.py.jinja overrides upstream str_enum.py.jinja but records no base: copy "
        f"{template_bases.installed_templates() / 'str_enum.py.jinja'} to templates/upstream/str_enum.py.jinja "
        "(and mark the override's changes)"
    ]


def test_an_unmarked_change_is_named_with_its_lines(tmp_path: Path) -> None:
    templates = scratch_templates(tmp_path)
    # An unchanged upstream region (str_enum's class line is ours since issue 12, so a line next to it is marked).
    override = templates / "property_templates" / "uuid_property.py.jinja"
    lines = override.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("{% macro check_type_for_construct"))
    lines.insert(at + 1, "{# an unmarked comment #}\n")
    override.write_text("".join(lines), encoding="utf-8")
    problems = template_bases.problems(templates)
    assert problems == [
        f"templates/property_templates/uuid_property.py.jinja: lines {at + 2}-{at + 2} differ from the upstream "
        "base without a `{# ours: why #}` mark"
    ]


def test_an_unmarked_deletion_is_named(tmp_path: Path) -> None:
    templates = scratch_templates(tmp_path)
    override = templates / "property_templates" / "enum_property.py.jinja"
    lines = override.read_text(encoding="utf-8").splitlines(keepends=True)
    last_endmacro = max(i for i, line in enumerate(lines) if line.startswith("{% endmacro %}"))
    del lines[last_endmacro - 1 : last_endmacro + 1]  # a whole upstream macro's tail, no mark
    override.write_text("".join(lines), encoding="utf-8")
    problems = template_bases.problems(templates)
    assert len(problems) == 1 and problems[0].startswith("templates/property_templates/enum_property.py.jinja: ")
    assert "dropped" in problems[0] or "lines" in problems[0]


def test_regeneration_refuses_a_drifted_base_naming_the_template(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    base = project / "templates" / "upstream" / "model.py.jinja"
    base.write_text(base.read_text(encoding="utf-8").replace("to_dict", "to_json", 1), encoding="utf-8")
    result = run_regenerate(project, "--check")
    assert result.returncode == 1
    assert "templates/model.py.jinja: upstream model.py.jinja changed from the recorded base" in result.stderr


def test_a_runtime_source_that_does_not_land_verbatim_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    source = project / "templates" / "verbatim" / "types.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# {{ 'rendered by Jinja' }}\n", encoding="utf-8")
    result = run_regenerate(project, "--check")
    assert result.returncode == 1
    assert "templates/verbatim/types.py did not land verbatim as types.py" in result.stderr
