"""Build the wheel and sdist of realtimekit-client from generated/realtimekit-client, reproducibly, and vet them.

    uv run python -m tools.release.build                 # into dist/
    uv run python -m tools.release.build --out-dir DIR

Refuses unless the uv building it is the pinned one (scripts/get-uv.sh): uv's build backend is part of uv. Runs
`uv build` with SOURCE_DATE_EPOCH fixed, so two builds of the same tree are byte-identical, into a scratch
directory; vets the wheel (only the package and its metadata, py.typed included) and the sdist (only the
package, README.md, pyproject.toml and PKG-INFO); only then replaces the package's files in the output
directory, so it holds the current vetted build and nothing older (a failed build leaves none). Prints each
file's size and sha256.

uv's build backend (0.12 and later; 0.13.8 has no switch for it) writes the sdist's pyproject.toml as a TOML
1.0 rewrite and keeps the verbatim file next to it as `pyproject.toml.orig`; that copy is dropped
(vet.without_pyproject_orig), deterministically, after checking that the rewrite means the same.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.release import pinned_uv, vet

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "generated" / "realtimekit-client"
# 1980-01-01, the earliest time a zip can hold; any fixed value makes builds repeatable.
SOURCE_DATE_EPOCH = "315532800"
OURS = (f"{vet.PACKAGE}-*.whl", f"{vet.PACKAGE}-*.tar.gz")  # the files this tool puts in the output directory
LEFT_ALONE = {".gitignore"}  # `uv build` writes one into its output directory


class BuildFailed(Exception):
    pass


def uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")  # `uv run` sets UV to itself
    if not found:
        raise BuildFailed('uv is not on PATH: export PATH="$(sh scripts/get-uv.sh):$PATH"')
    return found


def ours(out_dir: Path) -> list[Path]:
    return sorted(path for pattern in OURS for path in out_dir.glob(pattern))


def check_out_dir(out_dir: Path) -> None:
    """The output directory may hold only what this tool made: it is published as a whole (`dist/*`)."""
    if not out_dir.exists():
        return
    strays = sorted(p.name for p in out_dir.iterdir() if p not in ours(out_dir) and p.name not in LEFT_ALONE)
    if strays:
        raise BuildFailed(f"{out_dir} holds files this build does not make, which `uv publish` would upload "
                          f"too: {strays}; move them elsewhere")  # fmt: skip


def build_into(scratch: Path, uv_path: str) -> tuple[Path, Path]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_COLOR": "1"}
    command = [uv_path, "build", str(PROJECT), "--out-dir", str(scratch), "--no-progress"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise BuildFailed(f"uv build failed:\n{result.stdout}{result.stderr}")
    (wheel,) = scratch.glob("*.whl")
    (sdist,) = scratch.glob("*.tar.gz")
    return wheel, sdist


def vetted(wheel: Path, sdist: Path) -> None:
    try:
        vet.without_pyproject_orig(sdist)
    except ValueError as exc:
        raise BuildFailed(str(exc)) from None
    if found := vet.sdist_problems(sdist, wheel) + vet.wheel_problems(wheel):
        raise BuildFailed("\n".join(found))


def build(out_dir: Path) -> list[Path]:
    """Build, vet, then make the package's files in out_dir exactly the new wheel and sdist."""
    uv_path = uv()
    if why := pinned_uv.refusal(uv_path, pinned_uv.version_of(uv_path), pinned_uv.pinned_version()):
        raise BuildFailed(why)
    check_out_dir(out_dir)
    with tempfile.TemporaryDirectory(prefix="realtimekit-build-") as scratch:
        try:
            wheel, sdist = build_into(Path(scratch), uv_path)
            vetted(wheel, sdist)
        finally:
            for old in ours(out_dir):  # older versions, or this version unvetted: never published by accident
                old.unlink()
        out_dir.mkdir(parents=True, exist_ok=True)
        return [Path(shutil.move(made, out_dir / made.name)) for made in (wheel, sdist)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out-dir", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    try:
        wheel, sdist = build(args.out_dir.resolve())
    except BuildFailed as exc:
        print(f"tools.release.build: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    for path in (wheel, sdist):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"{path}  {path.stat().st_size} bytes  sha256 {digest}")
    fields = vet.metadata(wheel)
    print(f"Requires-Python: {fields['Requires-Python'][0]}")
    print(f"Requires-Dist: {', '.join(fields.get('Requires-Dist', []))}")


if __name__ == "__main__":
    main()
