"""The targets, in one table: each row of the report that is judged, what it is divided by, and its bound.

The anchors: the stock openapi-python-client output of the same spec (import, parse) and raw httpx as a careful
user writes it (per call, async). A ratio is this client's figure over the anchor's, in the same run; the wheel
is judged in bytes against a ceiling set against accidental bloat only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    row: str  # the report's row
    anchor: str  # what this client's figure is divided by
    limit: float  # at most: a ratio, or bytes for the wheel
    unit: str = "x"

    def met(self, value: float) -> bool:
        return value <= self.limit

    def describe(self) -> str:
        return f"<= {self.limit:g}x" if self.unit == "x" else f"<= {self.limit:,.0f} {self.unit}"


IMPORT = Target("import (fresh interpreter)", "stock output", 1.0)
PARSE_ACTIVE = Target("parse ActiveRecordingResponse", "stock output's from_dict", 0.6)
PARSE_START = Target("parse StartRecordingResponse", "stock output's from_dict", 0.6)
GET = Target("GET per call", "careful raw httpx", 1.05)
POST = Target("POST per call", "careful raw httpx", 1.05)
ASYNC = Target("async GET, concurrent batch", "careful raw httpx.AsyncClient", 1.05)
WHEEL = Target("wheel size", "ceiling", 150_000, "bytes")

TARGETS = (IMPORT, PARSE_ACTIVE, PARSE_START, GET, POST, ASYNC, WHEEL)
