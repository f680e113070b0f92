"""The regeneration command (scripts/regenerate.py): validate the spec, generate, compare, record.

    uv run scripts/regenerate.py           # validate the spec, regenerate generated/, report what changed
    uv run scripts/regenerate.py --check   # regenerate into a temporary directory; exit 1 if generated/ differs

Both keep the version honest (codegen.version_guard): a changed package needs a new info.version and a
CHANGELOG entry, unless the current version is still `Unreleased`. The generator and ruff are pinned exactly,
so two runs give byte-identical output. Any generator warning fails the run: it means part of the spec was
skipped.
"""

from __future__ import annotations

import argparse
import filecmp
import functools
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from . import spec as raw_spec
from . import spec_diff, spec_examples, template_bases, version_guard
from .generate import CACHE_NAMES, PRIVATE_RUNTIME, GenerationError, generate
from .paths import CONFIG, REPOSITORY, ROOT, RUNTIME, SPEC, TEMPLATES, Layout
from .spec import SpecError


def fail(message: str) -> None:
    print(f"regenerate: {message}", file=sys.stderr)
    raise SystemExit(1)


def validate_spec(spec: Path = SPEC, root: Path = ROOT) -> None:
    problem = _validation_problem(spec.read_text(encoding="utf-8"))
    if problem is not None:
        fail(f"{spec.relative_to(root)} is not a valid OpenAPI document: {problem}")


@functools.lru_cache(maxsize=8)
def _validation_problem(text: str) -> str | None:
    """Why the spec text is not a valid OpenAPI document, or None. Half a regeneration's time, so a process that
    regenerates one spec text several times (the tests) validates it once."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(raw_spec.parse(text))
    except OpenAPIValidationError as exc:
        return str(exc.message)
    return None


def check_examples(spec: Path = SPEC, root: Path = ROOT) -> None:
    """Every example in the spec fits its schema (request examples strictly: no unknown keys)."""
    found = spec_examples.problems(raw_spec.load(spec))
    if found:
        listing = "\n".join(f"  {problem}" for problem in found)
        fail(f"{spec.relative_to(root)} has examples its schemas refuse; fix them first:\n{listing}")


def follow_ups(changes: list[spec_diff.Change]) -> list[str]:
    """What the maintainer still has to do after a spec change: cassettes to record, the CHANGELOG line."""
    steps = []
    added = [c.what for c in changes if c.what.startswith("operation ") and ": added" in c.what]
    responses = [c.what for c in changes if "response" in c.what and "documented" in c.what]
    if added or responses:
        steps.append(
            "record the cassettes of the new operations and responses (Prism serves the spec's examples):\n"
            "      npm ci --prefix tests/prism   # once\n"
            "      uv run python -m tools.record_cassettes tests/recorded/test_every_operation.py"
        )
    elif changes:
        steps.append(
            "re-record the cassettes this change made stale (the contract tests name them; offline, all of them):\n"
            "      uv run python -m tools.record_cassettes"
        )
    models = [c.what.split(":")[0].removeprefix("schema ") for c in changes if c.what.startswith("schema ")]
    models = [m for m, c in zip(models, [c for c in changes if c.what.startswith("schema ")], strict=True)
              if c.what.endswith(": added")]  # fmt: skip
    if models:
        steps.append(f"new models: {', '.join(models)} (exported from realtimekit_client.models)")
    if changes:
        steps.append(
            "CHANGELOG.md: the current version's entry must cover these changes (a new line is checked), e.g.\n"
            + version_guard.changelog_lines(changes)
        )
    return steps


def package_name(config: Path = CONFIG) -> str:
    return str(raw_spec.parse(config.read_text(encoding="utf-8"))["package_name_override"])


def check_templates(templates: Path = TEMPLATES) -> None:
    """Each override's upstream base is what the installed generator ships, and every change to it is marked."""
    problems = template_bases.problems(templates)
    if problems:
        listing = "\n".join(f"  {problem}" for problem in problems)
        fail(f"the custom templates and their recorded upstream bases disagree:\n{listing}")


def check_runtime(package: Path, runtime: Path = RUNTIME) -> None:
    """The runtime's modules must land in the package byte for byte (formatted as the post hooks format)."""
    sources = [
        p for p in sorted(runtime.rglob("*.py")) if "__pycache__" not in p.parts and p != runtime / "__init__.py"
    ]
    for source in sources:
        name = source.relative_to(runtime)
        landed = package / name
        if not landed.is_file() or landed.read_bytes() != source.read_bytes():
            fail(
                f"runtime/{name.as_posix()} did not land as it is in the package: it must be ruff-formatted as the "
                f"generated package formats it, and (client, errors, types) rendered by a one-line template"
            )
    landed_private = {p.relative_to(package).as_posix() for p in (package / PRIVATE_RUNTIME).rglob("*.py")}
    expected = {p.relative_to(runtime).as_posix() for p in sources if p.parts[-2] == PRIVATE_RUNTIME}
    if landed_private != expected:
        fail(f"the package's {PRIVATE_RUNTIME}/ is not runtime/{PRIVATE_RUNTIME}/: {sorted(landed_private ^ expected)}")


CLASS_LINE = re.compile(r"^class (\w+)\b", re.MULTILINE)
WORDS = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")


def doubled_names(package: Path) -> list[str]:
    """Model and enum class names that repeat a word (RecordingRecordingType: an inline enum named after its
    model and its property), with how to fix each."""
    problems = []
    for module in sorted((package / "models").glob("*.py")):
        for name in CLASS_LINE.findall(module.read_text(encoding="utf-8")):
            words = WORDS.findall(name)
            repeated = sorted({word for word in words if words.count(word) > 1})
            if repeated:
                problems.append(
                    f"{name} repeats {', '.join(repeated)}: name it in the spec (a `title` on the schema, or a "
                    f"named schema under components), or map it in generator-config.yaml `class_overrides`"
                )
    return problems


def run_generator(destination: Path, layout: Layout = REPOSITORY) -> None:
    try:
        generate(destination, layout.spec, layout.config, templates=layout.templates, runtime=layout.runtime)
    except (GenerationError, SpecError) as exc:
        fail(str(exc))


def files_under(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not CACHE_NAMES.intersection(p.relative_to(root).parts)
    }


def differences(old: Path, new: Path) -> dict[str, str]:
    """Map each path that differs between two trees to 'added', 'removed' or 'changed'."""
    old_files, new_files = files_under(old), files_under(new)
    changes = {name: "added" for name in new_files - old_files}
    changes |= {name: "removed" for name in old_files - new_files}
    for name in old_files & new_files:
        if not filecmp.cmp(old / name, new / name, shallow=False):
            changes[name] = "changed"
    return dict(sorted(changes.items()))


def main(argv: Sequence[str] | None = None, root: Path = ROOT) -> None:
    """The command line (argv: its arguments, sys.argv's by default) on the checkout at `root`."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the spec produces")
    args = parser.parse_args(argv)
    layout = Layout(root)
    output = layout.output

    started = time.perf_counter()
    validate_spec(layout.spec, root)
    check_examples(layout.spec, root)
    check_templates(layout.templates)
    with tempfile.TemporaryDirectory(prefix="realtimekit-regenerate-") as scratch:
        fresh = Path(scratch) / "realtimekit-client"
        run_generator(fresh, layout)
        package = fresh / package_name(layout.config)
        check_runtime(package, layout.runtime)
        if doubled := doubled_names(package):
            fail("class names that read badly:\n" + "\n".join(f"  {problem}" for problem in doubled))
        changes = differences(output, fresh)
        shown = output.relative_to(root)
        if args.check:
            problems = []
            if changes:
                listing = "\n".join(f"  {kind:8} {shown}/{name}" for name, kind in changes.items())
                problems.append(f"{shown} is out of date with the spec; run `uv run scripts/regenerate.py`:\n{listing}")
            try:
                version_guard.check(root, fresh)
            except version_guard.VersionError as exc:
                problems.append(str(exc))
            if problems:
                fail("\n".join(problems))
            print(f"{shown} is up to date ({time.perf_counter() - started:.1f}s)")
            return
        # Everything that can refuse runs before generated/ is touched: a refusal leaves it as it was.
        try:
            # The fresh tree, not generated/: that one may hold caches (__pycache__ from the tests).
            version_plan = version_guard.plan(root, fresh)
        except version_guard.VersionError as exc:
            fail(f"{exc}\n(generated/ was left untouched)")
        for name, kind in changes.items():
            target = output / name
            if kind == "removed":
                target.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(fresh / name, target)
        for directory in sorted((p for p in output.rglob("*") if p.is_dir()), reverse=True):
            if not any(directory.iterdir()):
                directory.rmdir()
        recorded = version_plan.write()
    for name, kind in changes.items():
        print(f"  {kind:8} {shown}/{name}")
    print(f"{len(changes) or 'no'} file(s) changed in {shown} ({time.perf_counter() - started:.1f}s)")
    if recorded:
        print(recorded)
    if steps := follow_ups([c for c in version_plan.changes if c.level != "none"]):
        print("follow-ups:")
        for step in steps:
            print(f"  - {step}")
