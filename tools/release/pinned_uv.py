"""The one uv version releases are built with, and the refusal when another uv would build one.

The pin lives in scripts/get-uv.sh (`UV_VERSION=...`), which installs exactly that uv; this module reads it from
there so the two never disagree. Development accepts any newer uv ([tool.uv] required-version is a lower bound);
a release does not: uv's build backend is part of uv, so another uv version builds different bytes.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GET_UV = ROOT / "scripts" / "get-uv.sh"


def pinned_version(get_uv: Path = GET_UV) -> str:
    match = re.search(r"^UV_VERSION=([0-9][0-9A-Za-z.+-]*)", get_uv.read_text(encoding="utf-8"), re.MULTILINE)
    if match is None:
        raise ValueError(f"{get_uv} has no UV_VERSION=... line")
    return match.group(1)


def version_of(uv: str) -> str:
    """What `uv --version` says, e.g. "0.13.8" from "uv 0.13.8 (x86_64-unknown-linux-gnu)"."""
    out = subprocess.run([uv, "--version"], capture_output=True, text=True, timeout=60, check=True).stdout
    words = out.split()
    return words[1] if len(words) > 1 and words[0] == "uv" else out.strip()


def refusal(uv: str, found: str, pinned: str) -> str | None:
    """Why a release must not be built with this uv, and how to get the pinned one; None when it is the pinned."""
    if found == pinned:
        return None
    return (
        f"{uv} is uv {found}; releases are built with uv {pinned} only. uv's build backend is part of uv, so "
        f"another uv version builds a different wheel and sdist (0.13.8 and 0.13.9 already differ), and the "
        f"published files could not be rebuilt byte for byte. Get the pinned uv (installed into a cache "
        f'directory, your own uv left alone) and build again:\n    export PATH="$(sh scripts/get-uv.sh):$PATH"'
    )
