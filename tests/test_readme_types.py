"""Every ```python sample in both READMEs (the package's user guide and the repository's) type-checks under mypy
--strict and pyright in strict mode, as a user's code calling the installed package: what a reader copies must
not need a cast or an ignore to pass their checkers. Each README's samples are one module (they build on each
other, as tests/test_package_readme.py runs them), at their README line numbers.

A control module holds the package README's samples with the start sample's check for an absent `data` removed:
both checkers must object to it, so their silence on the real samples means something."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.checkers import Finding, mypy_strict, pyright_strict
from support.project import ROOT
from support.readme import as_module, python_samples

READMES = {
    "readme_package.py": ROOT / "generated" / "realtimekit-client" / "README.md",
    "readme_root.py": ROOT / "README.md",
}
CONTROL = "readme_control.py"
CHECKED_START = "if started.data:  # the API may leave"


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    where = tmp_path_factory.mktemp("readme-samples")
    for module, readme in READMES.items():
        samples = python_samples(readme.read_text(encoding="utf-8"))
        assert samples, f"{readme} lost its samples"
        (where / module).write_text(as_module(samples), encoding="utf-8")
    package_samples = (where / "readme_package.py").read_text(encoding="utf-8")
    assert package_samples.count(CHECKED_START) == 1, "the start sample changed: update the control"
    control = package_samples.replace(CHECKED_START, "if True:  # the API may leave")
    (where / CONTROL).write_text(control, encoding="utf-8")
    modules = [*READMES, CONTROL]
    return [*mypy_strict(where, *modules), *pyright_strict(where, *modules)]


@pytest.mark.parametrize("module", READMES)
def test_the_samples_type_check(findings: list[Finding], module: str) -> None:
    assert [str(f) for f in findings if f.file == Path(module)] == []


def test_the_checkers_object_to_an_unchecked_optional_field(findings: list[Finding]) -> None:
    control = [f for f in findings if f.file == Path(CONTROL)]
    assert {f.tool for f in control} == {"mypy", "pyright"}, control
    assert all(any(word in f.message for word in ("Unset", "None", "Unknown")) for f in control), control
