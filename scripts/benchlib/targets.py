"""The targets, in one place: what each ratio the report judges must stay within, and where that comes from.

The report prints a verdict ("met (<= 1.1x)" / "MISSED ...") next to each ratio named here; the other ratios
in its table are shown without one. The wheel's size budget is not judged here: scripts/build_wheel.py
enforces it (FIXED_BYTES + PER_OPERATION_BYTES per operation) on every build.
"""

from __future__ import annotations

from dataclasses import dataclass

ISSUE_6 = "issue 6 (performance), with the production behaviour (errors, retries, validation) in place"


@dataclass(frozen=True)
class Target:
    ratio: str  # what is divided by what
    bound: float
    at_least: bool  # True: the ratio must be at least `bound`; False: at most
    source: str

    def verdict(self, value: float) -> str:
        ok = value >= self.bound if self.at_least else value <= self.bound
        return f"{'met' if ok else 'MISSED'} ({'>=' if self.at_least else '<='} {self.bound:g}x)"


# measurement -> target
TARGETS: dict[str, Target] = {
    "per call": Target("this client / raw httpx, per GET and per POST call", 1.10, False, ISSUE_6),
    "per call vs SDK": Target("cloudflare SDK / this client, per GET and per POST call", 1.6, True, ISSUE_6),
    "parse": Target("from_dict / json.loads of the same body, for both responses", 2, False, ISSUE_6),
    "import": Target("import the package and its api modules / import httpx, fresh interpreter", 1.3, False, ISSUE_6),
}
