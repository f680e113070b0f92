"""The runtime lands in the package as it is: runtime/client.py, errors.py, types.py (through their one-line
templates) and runtime/_runtime/ byte for byte, nothing else in the package's _runtime/; the regeneration
refuses a runtime that would not (codegen.cli.check_runtime). Checked on the committed package, which
test_regeneration.py holds equal to what the spec produces."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen import cli
from codegen.paths import OUTPUT, RUNTIME

PACKAGE = OUTPUT / "realtimekit_client"


def runtime_sources() -> list[str]:
    """The runtime's modules, relative to runtime/ (its own __init__.py only makes it a package for the checkers)."""
    return sorted(
        p.relative_to(RUNTIME).as_posix()
        for p in RUNTIME.rglob("*.py")
        if "__pycache__" not in p.parts and p != RUNTIME / "__init__.py"
    )


@pytest.mark.parametrize("name", runtime_sources())
def test_each_runtime_module_lands_byte_for_byte(name: str) -> None:
    assert (PACKAGE / name).read_bytes() == (RUNTIME / name).read_bytes()


def test_the_package_runtime_holds_nothing_else() -> None:
    landed = {p.relative_to(PACKAGE).as_posix() for p in (PACKAGE / "_runtime").rglob("*.py")}
    assert landed == {name for name in runtime_sources() if name.startswith("_runtime/")}
    assert {"client.py", "errors.py", "types.py", "_runtime/rules.py"} <= set(runtime_sources())


def test_a_runtime_module_that_would_not_land_as_it_is_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runtime = Path(shutil.copytree(RUNTIME, tmp_path / "runtime", ignore=shutil.ignore_patterns("__pycache__")))
    rules = runtime / "_runtime" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "x = ( 1 )\n", encoding="utf-8")  # not as ruff formats

    with pytest.raises(SystemExit):
        cli.check_runtime(PACKAGE, runtime)

    assert "runtime/_runtime/rules.py did not land as it is in the package" in capsys.readouterr().err


def test_a_package_runtime_with_another_module_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = Path(
        shutil.copytree(PACKAGE, tmp_path / "realtimekit_client", ignore=shutil.ignore_patterns("__pycache__"))
    )
    (package / "_runtime" / "stale.py").write_text("", encoding="utf-8")

    with pytest.raises(SystemExit):
        cli.check_runtime(package)

    assert "the package's _runtime/ is not runtime/_runtime/: ['_runtime/stale.py']" in capsys.readouterr().err
