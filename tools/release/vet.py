"""What may be in the wheel and the sdist of realtimekit-client, and the one rewrite the sdist needs.

Standard library only, so tests can load it on its own.
"""

from __future__ import annotations

import gzip
import io
import tarfile
import tomllib
import zipfile
from email.parser import HeaderParser
from pathlib import Path

PACKAGE = "realtimekit_client"


def metadata(wheel: Path) -> dict[str, list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        parsed = HeaderParser().parsestr(archive.read(name).decode())
    fields: dict[str, list[str]] = {}
    for key, value in parsed.items():
        fields.setdefault(key, []).append(value)
    return fields


def wheel_problems(wheel: Path) -> list[str]:
    """What is wrong with the wheel: stray files, a missing py.typed."""
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
    return found


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
        raise ValueError("the sdist's pyproject.toml does not mean what pyproject.toml.orig (the source's) means")
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
