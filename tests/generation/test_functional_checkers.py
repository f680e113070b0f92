"""What the templates generate for the functional spec (query, header and cookie parameters, a multipart body,
lists of models, two 2xx responses, allOf) passes a consumer's own checkers with no configuration of ours:
pyright strict, mypy --strict, ruff's default rules. conftest.py started the checkers in the background."""

from __future__ import annotations

from concurrent.futures import Future

from tests.generation.functional_checkers import CONTROL, in_runtime
from tests.support.checkers import Finding

WAIT_SECONDS = 300


def test_the_generated_modules_are_clean_for_pyright_strict_mypy_strict_and_ruff(
    functional_checked: Future[list[Finding]],
) -> None:
    findings = functional_checked.result(timeout=WAIT_SECONDS)
    assert [str(f) for f in findings if f.file != CONTROL and not in_runtime(f)] == []


def test_each_checker_objects_to_the_control_module(functional_checked: Future[list[Finding]]) -> None:
    findings = functional_checked.result(timeout=WAIT_SECONDS)
    assert {f.tool for f in findings if f.file == CONTROL} == {"pyright", "mypy", "ruff"}
