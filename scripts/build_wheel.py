"""Build the wheel and sdist of realtimekit-client from generated/realtimekit-client, reproducibly, and vet the wheel.

    uv run scripts/build_wheel.py                # into dist/
    uv run scripts/build_wheel.py --out-dir DIR

Runs `uv build` with SOURCE_DATE_EPOCH fixed, so two builds of the same tree are byte-identical, then fails
unless the wheel holds only the package and its metadata (py.typed included, no caches or tests) and stays
under its size budget: a fixed part plus an allowance per operation (both printed), so adding an operation
raises the budget by what an operation may cost, and a bloated one still fails.
under the size budget that services vendoring or downloading it were promised.

The sdist is vetted as well (sdist_problems): only the package (the same files as the wheel's), README.md,
pyproject.toml and PKG-INFO. uv's build backend (0.12 and later; 0.13.8 has no switch for it) writes the sdist's
pyproject.toml as a TOML 1.0 rewrite and keeps the verbatim file next to it as `pyproject.toml.orig`; that copy
is dropped (without_pyproject_orig), deterministically, after checking that the rewrite means the same.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "generated" / "realtimekit-client"
PACKAGE = "realtimekit_client"
# The size budget scales with the spec: a fixed part (runtime, metadata, shared models) plus an allowance per
# operation (its module and the models it alone brings). Measured: adding a GET by id to a scratch copy of the
# spec added about 1.3 KB (its module; the models are one module, which compresses shared text). The fixed part
# keeps the two-operation wheel within 40 KB (issue 12), about 2 KB above what it measures.
FIXED_BYTES = 35_000
PER_OPERATION_BYTES = 2_500
# 1980-01-01, the earliest time a zip can hold; any fixed value makes builds repeatable.
SOURCE_DATE_EPOCH = "315532800"


@dataclass(frozen=True)
class Built:
    wheel: Path
    sdist: Path


def fail(message: str) -> None:
    print(f"build_wheel: {message}", file=sys.stderr)
    raise SystemExit(1)


def uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")  # `uv run` sets UV to itself
    if not found:
        fail("uv is not on PATH")
    return str(found)


def build(out_dir: Path) -> Built:
    """Build into a scratch directory first, so out_dir never mixes old and new artefacts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_COLOR": "1"}
    with tempfile.TemporaryDirectory(prefix="realtimekit-build-") as scratch:
        command = [uv(), "build", str(PROJECT), "--out-dir", scratch, "--no-progress"]
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        if result.returncode != 0:
            fail(f"uv build failed:\n{result.stdout}{result.stderr}")
        artefacts = {}
        for suffix in (".whl", ".tar.gz"):
            (made,) = Path(scratch).glob(f"*{suffix}")
            artefacts[suffix] = out_dir / made.name
            shutil.move(made, artefacts[suffix])
    return Built(wheel=artefacts[".whl"], sdist=artefacts[".tar.gz"])


def metadata(wheel: Path) -> dict[str, list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        parsed = HeaderParser().parsestr(archive.read(name).decode())
    fields: dict[str, list[str]] = {}
    for key, value in parsed.items():
        fields.setdefault(key, []).append(value)
    return fields


def problems(wheel: Path) -> list[str]:
    """What is wrong with the wheel: stray files, a missing py.typed, too many bytes."""
    found = []
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    dist_info = wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info/"
    stray = [n for n in names if not n.startswith((f"{PACKAGE}/", dist_info))]
    stray += [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".orig")) or "/tests/" in n]
    if stray:
        found.append(f"files that are neither the package nor its metadata: {stray}")
    if f"{PACKAGE}/py.typed" not in names:
        found.append("py.typed is missing: type checkers would ignore the package's annotations")
    budget = size_budget(operations(names))
    if wheel.stat().st_size > budget:
        found.append(
            f"{wheel.name} is {wheel.stat().st_size} bytes, over its budget of {budget} bytes ({FIXED_BYTES} fixed + "
            f"{PER_OPERATION_BYTES} for each of {operations(names)} operations)"
        )
    return found


def operations(names: list[str]) -> int:
    """The operation modules in the wheel: one per operation (realtimekit_client/api/<tag>/<operation>.py)."""
    return sum(
        1
        for n in names
        if n.startswith(f"{PACKAGE}/api/") and n.count("/") == 3 and n.endswith(".py") and not n.endswith("__.py")
    )


def size_budget(operation_count: int) -> int:
    return FIXED_BYTES + PER_OPERATION_BYTES * operation_count


def without_pyproject_orig(sdist: Path) -> None:
    """Rewrite the sdist without uv_build's `pyproject.toml.orig`, once the rewritten pyproject.toml it kept next
    to it is known to parse to the same TOML. Byte for byte repeatable: members, their headers and order are
    kept; gzip gets the mtime uv's own sdist has (0) and no file name."""
    with tarfile.open(sdist) as archive:
        members = [(member, archive.extractfile(member)) for member in archive.getmembers()]
        contents = {member.name: reader.read() if reader else b"" for member, reader in members}
    top = sdist.name.removesuffix(".tar.gz")
    original, rewritten = contents.get(f"{top}/pyproject.toml.orig"), contents.get(f"{top}/pyproject.toml")
    if original is None:
        return
    if rewritten is None or tomllib.loads(original.decode()) != tomllib.loads(rewritten.decode()):
        fail("the sdist's pyproject.toml does not mean what pyproject.toml.orig (the source's) means")
    tar_bytes = io.BytesIO()
    with tarfile.open(fileobj=tar_bytes, mode="w", format=tarfile.PAX_FORMAT) as out:
        for member, _ in members:
            if member.name != f"{top}/pyproject.toml.orig":
                out.addfile(member, io.BytesIO(contents[member.name]) if member.isfile() else None)
    with sdist.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as compressed:
        compressed.write(tar_bytes.getvalue())


def sdist_problems(sdist: Path, wheel: Path) -> list[str]:
    """What is wrong with the sdist: anything but the package (the wheel's files), README.md, pyproject.toml and
    PKG-INFO under its one top directory."""
    top = sdist.name.removesuffix(".tar.gz") + "/"
    with tarfile.open(sdist) as archive:
        files = [m.name for m in archive.getmembers() if not m.isdir()]
    with zipfile.ZipFile(wheel) as archive:
        package = {n for n in archive.namelist() if n.startswith(f"{PACKAGE}/") and not n.endswith("/")}
    outside = [n for n in files if not n.startswith(top)]
    inside = {n.removeprefix(top) for n in files if n.startswith(top)}
    expected = package | {"PKG-INFO", "pyproject.toml", "README.md"}
    found = []
    if outside:
        found.append(f"sdist files outside {top}: {outside}")
    if stray := sorted(inside - expected):
        found.append(f"sdist files that are neither the package, README.md, pyproject.toml nor PKG-INFO: {stray}")
    if missing := sorted(expected - inside):
        found.append(f"sdist lacks: {missing}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out-dir", type=Path, default=ROOT / "dist")
    args = parser.parse_args()

    built = build(args.out_dir.resolve())
    without_pyproject_orig(built.sdist)
    if found := sdist_problems(built.sdist, built.wheel):
        fail("\n".join(found))
    if found := problems(built.wheel):
        fail("\n".join(found))
    fields = metadata(built.wheel)
    with zipfile.ZipFile(built.wheel) as archive:
        count = operations(archive.namelist())
    print(
        f"size budget: {size_budget(count)} bytes = {FIXED_BYTES} fixed + {PER_OPERATION_BYTES} per operation "
        f"x {count}; wheel {built.wheel.stat().st_size} bytes"
    )
    for path in (built.wheel, built.sdist):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"{path}  {path.stat().st_size} bytes  sha256 {digest}")
    print(f"Requires-Python: {fields['Requires-Python'][0]}")
    print(f"Requires-Dist: {', '.join(fields.get('Requires-Dist', []))}")


if __name__ == "__main__":
    main()
