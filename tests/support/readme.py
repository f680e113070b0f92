"""The ```python blocks of a README, with the line each starts on (tests/test_package_readme.py runs the package
README's; tests/test_readme_types.py type-checks both READMEs')."""

from __future__ import annotations

import re
from dataclasses import dataclass

BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


@dataclass
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
