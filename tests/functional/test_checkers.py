"""The inline spec's package under a consumer's checkers (pyright strict, ruff's default rules): the template
branches the real spec does not reach (query and header parameters, a multipart body, lists of models, two 2xx
responses, allOf) must generate code those checkers accept too. The runtime modules (templates/verbatim/, the same
files as in the real package) are tests/test_consumer_checkers.py's business and are left out here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from functional.generated_package import Generated

from support.checkers import Finding, pyright_strict, ruff_defaults

RUNTIME = {"client.py", "errors.py", "types.py"}
# Control: a module both checkers must object to (an unused import for ruff, an unknown list type for pyright).
CONTROL = "_control.py"
CONTROL_CODE = "import os\n\n\ndef items(data: object) -> int:\n    return len(data) if isinstance(data, list) else 0\n"


@pytest.fixture(scope="module")
def findings(generated: Generated, tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    where = tmp_path_factory.mktemp("functional-checked")
    shutil.copytree(generated.root, where / generated.root.name, ignore=shutil.ignore_patterns("__pycache__"))
    (where / generated.root.name / CONTROL).write_text(CONTROL_CODE, encoding="utf-8")
    return [*pyright_strict(where, generated.root.name), *ruff_defaults(where)]


def test_the_generated_modules_are_clean_for_pyright_strict_and_ruff(
    generated: Generated, findings: list[Finding]
) -> None:
    not_generated = {Path(generated.root.name, name) for name in (*RUNTIME, CONTROL)}
    assert [str(f) for f in findings if f.file not in not_generated] == []


def test_the_checkers_object_to_the_control_module(generated: Generated, findings: list[Finding]) -> None:
    assert {f.tool for f in findings if f.file == Path(generated.root.name, CONTROL)} == {"pyright", "ruff"}
