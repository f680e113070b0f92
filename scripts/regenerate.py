"""Regenerate the typed client in generated/ from the OpenAPI fragment in openapi/.

    uv run scripts/regenerate.py           # validate the spec, regenerate, report what changed
    uv run scripts/regenerate.py --check   # regenerate into a temporary directory; exit 1 if generated/ differs

Both also keep the version honest (scripts/version_guard.py): a changed package needs a new info.version and a
CHANGELOG entry, unless the current version is still `Unreleased`.

The generator (openapi-python-client) and ruff are pinned exactly in pyproject.toml, so two runs give
byte-identical output. Any generator warning fails the run: a warning means part of the spec was skipped.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spec_diff
import spec_examples
import spec_facts
import template_bases
import version_guard

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "realtimekit-recordings.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
VERBATIM = TEMPLATES / "verbatim"  # the runtime: plain Python, copied into the package as it is
OUTPUT = ROOT / "generated" / "realtimekit-client"
# Left behind by ruff, Python or builds; never part of the output.
CACHE_NAMES = {".ruff_cache", "__pycache__", ".mypy_cache", ".pytest_cache", "dist", "build"}


def fail(message: str) -> None:
    print(f"regenerate: {message}", file=sys.stderr)
    raise SystemExit(1)


def validate_spec() -> None:
    import yaml
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    except OpenAPIValidationError as exc:
        fail(f"{SPEC.relative_to(ROOT)} is not a valid OpenAPI document: {exc.message}")


def check_examples() -> None:
    """Every example in the spec fits its schema (request examples strictly: no unknown keys)."""
    import yaml

    found = spec_examples.problems(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    if found:
        listing = "\n".join(f"  {problem}" for problem in found)
        fail(f"{SPEC.relative_to(ROOT)} has examples its schemas refuse; fix them first:\n{listing}")


def follow_ups(changes: list[spec_diff.Change]) -> list[str]:
    """What the maintainer still has to do after a spec change: cassettes to record, the CHANGELOG line."""
    steps = []
    added = [c.what for c in changes if c.what.startswith("operation ") and ": added" in c.what]
    responses = [c.what for c in changes if "response" in c.what and "documented" in c.what]
    if added or responses:
        steps.append(
            "record the cassettes of the new operations and responses (Prism serves the spec's examples):\n"
            "      npm ci --prefix tests/prism   # once\n"
            "      uv run scripts/record_cassettes.py tests/test_cassettes_every_operation.py"
        )
    elif changes:
        steps.append(
            "re-record the cassettes this change made stale (the contract tests name them; offline, all of them):\n"
            "      uv run scripts/record_cassettes.py"
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
    import yaml

    return str(yaml.safe_load(config.read_text(encoding="utf-8"))["package_name_override"])


def check_templates() -> None:
    """Each override's upstream base is what the installed generator ships, and every change to it is marked."""
    problems = template_bases.problems(TEMPLATES)
    if problems:
        listing = "\n".join(f"  {problem}" for problem in problems)
        fail(f"the custom templates and their recorded upstream bases disagree:\n{listing}")


def check_verbatim(package: Path) -> None:
    """The runtime sources in templates/verbatim/ must land in the package byte for byte (no Jinja, formatted)."""
    for source in sorted(VERBATIM.glob("*.py")):
        if source.name == "__init__.py":
            continue  # makes verbatim/ a package for mypy; not copied
        landed = package / source.name
        if not landed.is_file() or landed.read_bytes() != source.read_bytes():
            fail(
                f"{source.relative_to(ROOT)} did not land verbatim as {landed.name}: it must be ruff-formatted, "
                f"hold no Jinja syntax, and be included by a one-line templates/{source.name}.jinja"
            )


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


def generate(destination: Path, spec: Path = SPEC, config: Path = CONFIG) -> None:
    """Run the pinned generator on spec into destination (which must not exist yet), then drop caches.

    spec and config default to the project's; tests/functional passes inline specs and a config naming
    another package."""
    import yaml

    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="realtimekit-templates-") as scratch:
        # The templates, plus what they need from the spec that the generator does not keep (spec_facts.py).
        templates = Path(scratch) / "templates"
        shutil.copytree(TEMPLATES, templates, ignore=shutil.ignore_patterns("upstream", "__pycache__"))
        try:
            facts = spec_facts.render(yaml.safe_load(spec.read_text(encoding="utf-8")))
        except spec_facts.SpecError as exc:
            fail(f"{spec.name}: {exc}")
        (templates / "spec_facts.jinja").write_text(facts, encoding="utf-8")
        command = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path", str(spec),
            "--config", str(config),
            "--meta", "uv",
            "--output-path", str(destination),
            "--custom-template-path", str(templates),
        ]  # fmt: skip
        # The post hooks call `ruff`: make it the one pinned in this environment.
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        fail(f"openapi-python-client did not generate cleanly (exit {result.returncode}):\n{output.strip()}")
    for cache in sorted(p for p in destination.rglob("*") if p.name in CACHE_NAMES):
        shutil.rmtree(cache, ignore_errors=True)
    remove_model_placeholders(destination / package_name(config))


PLACEHOLDER = "# Placeholder: every model is in models/__init__.py; scripts/regenerate.py deletes this file.\n"


def remove_model_placeholders(package: Path) -> None:
    """Delete the per-class modules the generator writes: every model and enum is in models/__init__.py
    (templates/models_init.py.jinja), and model.py.jinja and str_enum.py.jinja render this placeholder on their
    own. Anything else there means a template changed without this step knowing: refuse rather than lose it."""
    for module in sorted((package / "models").glob("*.py")):
        if module.name == "__init__.py":
            continue
        if module.read_text(encoding="utf-8") != PLACEHOLDER:
            fail(f"{module.name} is not the bundle's placeholder: see templates/models_init.py.jinja")
        module.unlink()


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the spec produces")
    args = parser.parse_args()

    started = time.perf_counter()
    validate_spec()
    check_examples()
    check_templates()
    with tempfile.TemporaryDirectory(prefix="realtimekit-regenerate-") as scratch:
        fresh = Path(scratch) / "realtimekit-client"
        generate(fresh)
        check_verbatim(fresh / package_name())
        if doubled := doubled_names(fresh / package_name()):
            fail("class names that read badly:\n" + "\n".join(f"  {problem}" for problem in doubled))
        changes = differences(OUTPUT, fresh)
        shown = OUTPUT.relative_to(ROOT)
        if args.check:
            problems = []
            if changes:
                listing = "\n".join(f"  {kind:8} {shown}/{name}" for name, kind in changes.items())
                problems.append(f"{shown} is out of date with the spec; run `uv run scripts/regenerate.py`:\n{listing}")
            try:
                version_guard.check(ROOT, fresh)
            except version_guard.VersionError as exc:
                problems.append(str(exc))
            if problems:
                fail("\n".join(problems))
            print(f"{shown} is up to date ({time.perf_counter() - started:.1f}s)")
            return
        # Everything that can refuse runs before generated/ is touched: a refusal leaves it as it was.
        try:
            # The fresh tree, not generated/: that one may hold caches (__pycache__ from the tests).
            version_plan = version_guard.plan(ROOT, fresh)
        except version_guard.VersionError as exc:
            fail(f"{exc}\n(generated/ was left untouched)")
        for name, kind in changes.items():
            target = OUTPUT / name
            if kind == "removed":
                target.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(fresh / name, target)
        for directory in sorted((p for p in OUTPUT.rglob("*") if p.is_dir()), reverse=True):
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


if __name__ == "__main__":
    main()
