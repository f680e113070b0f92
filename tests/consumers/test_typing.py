"""What consumers' checkers say, each run once (conftest.py) on what the consumers hold:

- the vendoring service (the copy, the service's code importing it, the READMEs' samples importing it), the way
  a team checks its service: pyright in strict mode, mypy --strict, and ruff with its default rules (a project
  that never configured ruff). None may report anything; the findings in the copy are split by where the code
  comes from (runtime/, copied as it is, or generated from templates/), so each assertion names its owner;
- the wheel consumer's code, with mypy --strict resolving imports in its venv;
- pyright --verifytypes on the installed wheel: the public API must be completely typed.

Controls show that silence means something: each checker objects to the README samples with the start sample's
check left out, and the checkers do not find the package where it is not installed or vendored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.consumers.environments import (
    CONSUMER_APP,
    CONTROL,
    README_MODULES,
    UNVENDORED,
    VENDORED,
    WRONG,
    Consumer,
)
from tests.support.checkers import Completeness, Finding
from tests.support.project import ROOT

# The runtime's modules, as they land in the package (runtime/__init__.py only makes runtime/ a package).
RUNTIME = {p.relative_to(ROOT / "runtime") for p in (ROOT / "runtime").rglob("*.py")} - {Path("__init__.py")}


def findings_in(findings: list[Finding], *files: Path) -> list[str]:
    return sorted(str(f) for f in findings if f.file in files)


def test_the_runtime_modules_are_clean_for_every_checker(service: Consumer, service_findings: list[Finding]) -> None:
    runtime = [VENDORED / module for module in RUNTIME]
    assert len(runtime) > 10 and all((service.root / module).is_file() for module in runtime)
    assert findings_in(service_findings, *runtime) == []


def test_the_generated_modules_are_clean_for_every_checker(service: Consumer, service_findings: list[Finding]) -> None:
    generated = [p.relative_to(service.root) for p in (service.root / VENDORED).rglob("*.py")]
    generated = [module for module in generated if module.relative_to(VENDORED) not in RUNTIME]
    assert len(generated) > 30  # models, endpoints, the spec data module, __init__ files
    assert findings_in(service_findings, *generated) == []


def test_the_service_s_own_code_is_clean(service: Consumer, service_findings: list[Finding]) -> None:
    """Using the copy needs no casts, ignores or Unknown types (consumer_app.py, importing the copy)."""
    own = [p.relative_to(service.root) for p in (service.root / "src").rglob("*.py")]
    own = [module for module in own if not module.is_relative_to(VENDORED)]
    assert Path("src/myservice/consumer_app.py") in own
    assert findings_in(service_findings, *own) == []


@pytest.mark.parametrize("module", README_MODULES, ids=lambda module: module.stem)
def test_the_readme_samples_type_check(module: Path, service_findings: list[Finding]) -> None:
    """What a reader copies must pass mypy --strict and pyright strict, with no cast or ignore (ruff's defaults
    are not asked: samples import where they need to)."""
    found = findings_in([f for f in service_findings if f.tool != "ruff"], module)
    assert found == [], f"{README_MODULES[module]}: {found}"


def test_every_checker_objects_to_the_control(service_findings: list[Finding]) -> None:
    control = [f for f in service_findings if f.file == CONTROL]
    assert {f.tool for f in control} == {"mypy", "pyright", "ruff"}, control
    # Both type checkers say why: `data` may be UNSET or None.
    absent = {f.tool for f in control if "Unset" in f.message or "None" in f.message}
    assert absent == {"mypy", "pyright"}, control
    assert "F401" in {f.code for f in control if f.tool == "ruff"}


def test_the_checkers_find_the_package_only_where_it_is_vendored(service_findings: list[Finding]) -> None:
    """consumer_app.py as it is, beside the service: the service's venv has no top-level realtimekit_client (not
    even this workspace's editable one), so both checkers report the import."""
    missing = [f for f in service_findings if f.file == UNVENDORED and "realtimekit_client" in f.message]
    assert {f.tool for f in missing} == {"mypy", "pyright"}, missing


def test_the_wheel_consumer_type_checks_strictly(wheel_findings: list[Finding]) -> None:
    assert findings_in(wheel_findings, Path(CONSUMER_APP.name)) == []
    # The types come from the installed wheel: a wrong argument type is caught.
    (wrong,) = findings_in(wheel_findings, Path(WRONG))
    assert 'Argument "width" to "VideoConfig" has incompatible type "str"' in wrong


def test_the_public_api_is_completely_typed(wheel_consumer: Consumer, completeness: Completeness) -> None:
    """The rating covers the installed package's exports (models, operations, errors, the client): 807 symbols
    when the models became attrs classes."""
    assert completeness.root is not None and completeness.root.is_relative_to(wheel_consumer.python.parent.parent)
    assert completeness.symbols > 700
    assert completeness.problems == []
    assert completeness.score == 1.0
