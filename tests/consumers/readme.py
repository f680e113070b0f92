"""The ```python blocks of a README, with the line each starts on: the package README's are run in order against
the example's mock (test_readme.py), both READMEs' are type-checked as one module each (test_typing.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.support.project import ROOT

PACKAGE_README = ROOT / "generated" / "realtimekit-client" / "README.md"
ROOT_README = ROOT / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
# The start sample's check for an absent `data`: the control module leaves it out, and the checkers must object.
CHECKED_START = "if started.data:"


@dataclass(frozen=True)
class Sample:
    line: int
    code: str


def python_samples(text: str) -> list[Sample]:
    return [Sample(text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in BLOCK.finditer(text)]


def as_module(samples: list[Sample]) -> str:
    """The samples as one module, each at its README line (blank lines before it), as a reader runs them in turn."""
    lines: list[str] = []
    for sample in samples:
        lines += [""] * (sample.line - 1 - len(lines))
        lines += sample.code.splitlines()
    return "\n".join(lines) + "\n"


def unchecked(module: str) -> str:
    """The control: the package README's samples without the start sample's check for an absent `data` (mypy and
    pyright must object), and with an unused import (ruff must object)."""
    assert module.count(CHECKED_START) == 1, "the start sample changed: update the control"
    return module.replace(CHECKED_START, "if True:") + "import json\n"
