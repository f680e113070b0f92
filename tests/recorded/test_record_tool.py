"""tools/record_cassettes.py refuses to start Prism on a Node older than the installed Prism declares (the
"engines" of tests/prism/package.json and of each @stoplight/prism-* package), naming the version it needs; and
it records every cassette test of this folder unless told a selection."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.project import ROOT
from tools import record_cassettes


def prism_dir(where: Path, engines: dict[str, str]) -> Path:
    (where / "package.json").write_text(json.dumps({"engines": {"node": ">=18.20.1"}}), encoding="utf-8")
    for package, node in engines.items():
        manifest = where / "node_modules" / "@stoplight" / package / "package.json"
        manifest.parent.mkdir(parents=True)
        manifest.write_text(json.dumps({"name": f"@stoplight/{package}", "engines": {"node": node}}), encoding="utf-8")
    return where


def test_the_highest_declared_node_is_required(tmp_path: Path) -> None:
    where = prism_dir(tmp_path, {"prism-cli": ">=18.20.1", "prism-http": ">=24.18.0"})
    assert record_cassettes.required_node(where) == ((24, 18, 0), "prism-http")
    assert record_cassettes.node_problem("v24.18.0", where) is None
    problem = record_cassettes.node_problem("v20.20.2", where)
    assert problem is not None and "Node >= 24.18.0 (prism-http), this is v20.20.2" in problem


def test_the_pinned_prism_declares_a_node_the_package_json_states() -> None:
    """tests/prism/package.json states the Node its pinned Prism set needs ("engines")."""
    manifest = json.loads((ROOT / "tests" / "prism" / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "tests" / "prism" / "package-lock.json").read_text(encoding="utf-8"))
    stated = record_cassettes.version_tuple(manifest["engines"]["node"])
    declared = [
        record_cassettes.version_tuple(package["engines"]["node"])
        for path, package in lock["packages"].items()
        if path.startswith("node_modules/@stoplight/prism-") and "node" in package.get("engines", {})
    ]
    assert declared and max(declared) <= stated


def test_the_selection_is_every_cassette_test_unless_tests_are_named() -> None:
    modules = {Path(path).name for path in record_cassettes.CASSETTE_TESTS}
    assert modules == {"test_errors.py", "test_every_operation.py", "test_get.py", "test_start.py"}
    assert record_cassettes.selection(["-k", "uploaded"]) == [*record_cassettes.CASSETTE_TESTS, "-k", "uploaded"]
    one = ["tests/recorded/test_get.py::test_get_just_invoked"]
    assert record_cassettes.selection(one) == one
