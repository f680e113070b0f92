"""Where the generation code finds its inputs and writes its output."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Layout:
    """Where a checkout keeps the generation's inputs and output: the repository, or a scratch copy of it (the
    tests regenerate an edited copy in-process)."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / "openapi" / "realtimekit-recordings.yaml"

    @property
    def config(self) -> Path:
        return self.root / "generator-config.yaml"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def runtime(self) -> Path:
        return self.root / "runtime"

    @property
    def output(self) -> Path:
        return self.root / "generated" / "realtimekit-client"


REPOSITORY = Layout(ROOT)
SPEC = REPOSITORY.spec
CONFIG = REPOSITORY.config
TEMPLATES = REPOSITORY.templates
RUNTIME = REPOSITORY.runtime
OUTPUT = REPOSITORY.output
