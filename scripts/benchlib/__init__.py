"""The parts of scripts/bench.py, one job each.

- `server`: the loopback HTTP/1.1 server the calls go to (a child process, stdlib only);
- `workload`: the ids, paths and bodies, taken from the spec's examples;
- `contenders`: raw httpx, this client and the official `cloudflare` SDK, set up against the server;
- `measure`: the run settings and the measurements (per call, parse, import, wheel size, profile);
- `targets`: the targets, in one table, with where each comes from;
- `report`: the table and the facts about the machine.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def installed_version(dist: str) -> str | None:
    """The installed version of a distribution, or None."""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None
