"""Where the generation code finds its inputs and writes its output."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "realtimekit-recordings.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"
OUTPUT = ROOT / "generated" / "realtimekit-client"
