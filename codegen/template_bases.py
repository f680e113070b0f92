"""Each custom template that derives from an upstream openapi-python-client template records its base.

templates/upstream/ holds verbatim copies of the upstream templates this project overrides, as shipped by the
generator version named in templates/upstream/VERSION. Two checks run on every regeneration:

- drift: the installed generator's template must equal the recorded base. When an upgrade changes one, the check
  names it, so the upgrade shows exactly which overrides to re-merge (see CONTRIBUTING.md, "Upgrading the
  generator").
- marks: every place where an override differs from its base must carry a `{# ours: why #}` comment (inside the
  changed lines or on the line just before them), or lie between `{# ours: begin, why #}` and `{# ours: end #}`,
  so a re-merge can tell our changes from upstream's. A file whose first line is an `ours:` mark saying
  "wholesale" replaces its upstream template entirely (the base is still recorded, for the drift check).

Templates with no upstream counterpart would be ours entirely; there are none.

figures() measures how far the overrides stray from upstream (how many, and the lines each changes), leaving out
the package README and the runtime's one-line templates (OUTSIDE_FIGURES): a smaller figure is a cheaper upgrade.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import openapi_python_client

BASES_DIRNAME = "upstream"
OURS_ONLY_DIRNAMES = {BASES_DIRNAME}
MARK = "{# ours"
MARK_TRIMMED = "{#- ours"
GENERATOR = "openapi-python-client"
# Overrides that replace upstream's wholesale and are left out of figures(): the package's README (a user guide)
# and the one-line templates of the runtime modules (client, errors, types), which are linted and tested as Python.
OUTSIDE_FIGURES = ("README.md.jinja", "client.py.jinja", "errors.py.jinja", "types.py.jinja")


def installed_templates() -> Path:
    return Path(openapi_python_client.__file__).resolve().parent / "templates"


def installed_version() -> str:
    return f"{GENERATOR}=={metadata.version(GENERATOR)}"


def overrides(templates: Path) -> list[str]:
    """The custom templates (relative paths) that replace an upstream template of the same name."""
    upstream = installed_templates()
    names = []
    for path in sorted(templates.rglob("*.jinja")):
        name = path.relative_to(templates).as_posix()
        if name.split("/", 1)[0] in OURS_ONLY_DIRNAMES:
            continue
        if (upstream / name).is_file() or (templates / BASES_DIRNAME / name).is_file():
            names.append(name)
    return names


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def drift(templates: Path) -> list[str]:
    """Problems: overrides without a recorded base, bases that differ from the installed generator's."""
    bases = templates / BASES_DIRNAME
    upstream = installed_templates()
    recorded_version = (bases / "VERSION").read_text(encoding="utf-8").strip() if (bases / "VERSION").exists() else "?"
    problems = []
    for name in overrides(templates):
        base, installed = bases / name, upstream / name
        if not base.is_file():
            problems.append(
                f"templates/{name} overrides upstream {name} but records no base: copy {installed} "
                f"to templates/{BASES_DIRNAME}/{name} (and mark the override's changes)"
            )
        elif not installed.is_file():
            problems.append(f"templates/{name}: the installed {installed_version()} no longer ships {name}")
        elif base.read_bytes() != installed.read_bytes():
            problems.append(
                f"templates/{name}: upstream {name} changed from the recorded base ({recorded_version}, "
                f"sha256 {_sha(base)}) to {installed_version()} (sha256 {_sha(installed)}); re-merge: "
                f"diff templates/{BASES_DIRNAME}/{name} {installed}"
            )
    for base in sorted(bases.rglob("*.jinja")) if bases.is_dir() else []:
        name = base.relative_to(bases).as_posix()
        if not (templates / name).is_file():
            problems.append(f"templates/{BASES_DIRNAME}/{name} is recorded but nothing overrides it: remove it")
    return problems


def _is_mark(line: str) -> bool:
    return MARK in line or MARK_TRIMMED in line


def _in_regions(lines: list[str]) -> list[bool]:
    """For each line: does it lie between an `ours: begin` mark and the next `ours: end` mark?"""
    inside, flags = False, []
    for line in lines:
        if _is_mark(line) and "ours: begin" in line:
            inside = True
        flags.append(inside)
        if _is_mark(line) and "ours: end" in line:
            inside = False
    return flags


def unmarked_changes(templates: Path) -> list[str]:
    """Problems: changed places in an override that carry no `{# ours ... #}` mark."""
    problems = []
    for name in overrides(templates):
        base = templates / BASES_DIRNAME / name
        installed = installed_templates() / name
        if not base.is_file() or not installed.is_file() or base.read_bytes() != installed.read_bytes():
            continue  # reported by drift(): re-merge first, then mark
        old = base.read_text(encoding="utf-8").splitlines()
        new = (templates / name).read_text(encoding="utf-8").splitlines()
        if new and _is_mark(new[0]) and "wholesale" in new[0]:
            continue
        in_region = _in_regions(new)
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            # A multi-line Jinja comment counts as a mark if it starts with one; so does the line just before.
            if any(_is_mark(line) for line in new[max(j1 - 1, 0) : max(j2, j1 + 1)]):
                continue
            if all(in_region[max(j1 - 1, 0) : max(j2, j1 + 1)]):
                continue
            what = f"lines {j1 + 1}-{j2}" if j2 > j1 else f"after line {j1} (upstream lines {i1 + 1}-{i2} dropped)"
            problems.append(f"templates/{name}: {what} differ from the upstream base without a `{MARK}: why #}}` mark")
    return problems


def problems(templates: Path) -> list[str]:
    return drift(templates) + unmarked_changes(templates)


@dataclass(frozen=True)
class Figures:
    """How far the overrides stray from upstream: per override, the lines a diff against its recorded base adds
    plus the lines it removes (OUTSIDE_FIGURES left out)."""

    changed_lines: dict[str, int]

    @property
    def overridden(self) -> int:
        return len(self.changed_lines)

    @property
    def total(self) -> int:
        return sum(self.changed_lines.values())

    def __str__(self) -> str:
        listing = "".join(f"\n  {name}: {lines}" for name, lines in self.changed_lines.items())
        return f"{self.overridden} upstream templates overridden, {self.total} changed lines:{listing}"


def changed_lines(old: list[str], new: list[str]) -> int:
    """Lines added plus lines removed, from `old` to `new`."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    return sum(i2 - i1 + j2 - j1 for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


def figures(templates: Path) -> Figures:
    """The overrides (OUTSIDE_FIGURES left out) and the lines each changes against its recorded base (an override
    without a base counts whole: drift() reports it)."""
    counted = {}
    for name in overrides(templates):
        if name in OUTSIDE_FIGURES:
            continue
        base = templates / BASES_DIRNAME / name
        old = base.read_text(encoding="utf-8").splitlines() if base.is_file() else []
        counted[name] = changed_lines(old, (templates / name).read_text(encoding="utf-8").splitlines())
    return Figures(counted)
