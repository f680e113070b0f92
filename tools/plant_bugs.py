"""Plant bugs a careless change could make, one at a time, in scratch checkouts, and see the suite catch each.

    uv run python -m tools.plant_bugs                      # every bug, in checkouts of HEAD, the whole suite
    uv run python -m tools.plant_bugs --only token-in-repr # one bug
    uv run python -m tools.plant_bugs --old 83df66e        # the same bugs as they read in the code of 83df66e

Each bug is a text replacement in one or more files of the product (the runtime, the generation code); the
checkout is regenerated when the product changed, so generated/ carries the bug as a regeneration would, then the
checkout's own suite runs (`pytest -x`: it stops at the first failure). A bug is caught when regeneration refuses
it or a test fails. The results and the list are in docs/planted-bugs.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Edit:
    path: str
    old: str
    new: str
    count: int = 1  # how many times `old` must occur (every one is replaced)


@dataclass(frozen=True)
class Bug:
    name: str
    what: str
    edits: tuple[Edit, ...]  # in the current layout
    old_edits: tuple[Edit, ...]  # in the layout of the old commit (before the return to the generator)


BUGS: tuple[Bug, ...] = (
    Bug(
        "start-retried-after-5xx",
        "an unsafe operation (the start) retried after a 5xx, as a safe one is: a second recording",
        (
            Edit(
                "runtime/_runtime/retry.py",
                "return outcome.status_code in (RETRYABLE_STATUSES if retry_safe else NOT_PROCESSED_STATUSES)",
                "return outcome.status_code in RETRYABLE_STATUSES",
            ),
        ),
        (
            Edit(
                "templates/verbatim/client.py",
                "NOT_PROCESSED_STATUSES = frozenset({429})",
                "NOT_PROCESSED_STATUSES = frozenset({429, 500, 502, 503})",
            ),
        ),
    ),
    Bug(
        "token-in-repr",
        "the token shown in the client's repr",
        (
            Edit(
                "runtime/client.py",
                "field(kw_only=True, converter=_clean_token, repr=False)",
                "field(kw_only=True, converter=_clean_token, repr=True)",
            ),
        ),
        (
            Edit(
                "templates/verbatim/client.py",
                '            "base_url",\n',
                '            "base_url",\n            "token",\n',
            ),
        ),
    ),
    Bug(
        "unchecked-maximum",
        "a `maximum` not checked before sending (max_seconds, width, height)",
        (Edit("codegen/runtime_data.py", '    "maximum",\n', ""),),
        (Edit("templates/verbatim/types.py", "if maximum is not None and value > maximum:", "if False:"),),
    ),
    Bug(
        "unknown-enum-refused",
        "an enum value the spec does not list refused instead of kept",
        (
            Edit(
                "runtime/_runtime/models.py",
                "        if not isinstance(value, str):\n            return None",
                "        return None",
            ),
        ),
        (
            Edit(
                "templates/verbatim/types.py",
                "        if not isinstance(value, str):\n            return None",
                "        return None",
            ),
        ),
    ),
    Bug(
        "missed-drift",
        "`regenerate.py --check` passing while generated/ differs from what the spec produces",
        (
            Edit(
                "codegen/cli.py",
                "            if changes:\n                listing",
                "            if False:\n                listing",
            ),
        ),
        (
            Edit(
                "scripts/regenerate.py",
                "            if changes:\n                listing",
                "            if False:\n                listing",
            ),
        ),
    ),
    Bug(
        "credential-in-model-repr",
        "a credential field (password, secret, ...) shown in a model's repr",
        (
            Edit(
                "runtime/_runtime/models.py",
                "{_redacted(value) if secret else _shown(field, value)}",
                "{_shown(field, value)}",
            ),
        ),
        (
            Edit(
                "templates/verbatim/types.py",
                "return repr(value) if isinstance(value, Unset) or value is None else \"'<redacted>'\"",
                "return repr(value)",
            ),
        ),
    ),
    Bug(
        "dot-segment-sent",
        "a path parameter `..` sent (httpx drops the segment: another endpoint is called)",
        (
            Edit("runtime/_runtime/rules.py", 'if unquote(text) in (".", ".."):', "if False:"),
            Edit("runtime/_runtime/rules.py", "v not in ('', '.', '..') and", "v != '' and"),
        ),
        # unquote stays in use: an unused import would make regeneration refuse the file, not the suite catch it
        (Edit("templates/verbatim/types.py", 'if unquote(text) in (".", ".."):', 'if unquote(text) in ("",):'),),
    ),
    Bug(
        "no-total-timeout-on-sockets",
        "total_timeout not carried down to connects, reads and writes (a dripping server holds the call)",
        (
            Edit(
                "runtime/_runtime/transport.py",
                "    deadline = DEADLINE.get()\n    if deadline is None:",
                "    deadline = DEADLINE.get()\n    if True:",
            ),
        ),
        (
            Edit(
                "templates/verbatim/client.py",
                "    deadline = _DEADLINE.get()\n    if deadline is None:",
                "    deadline = _DEADLINE.get()\n    if True:",
            ),
        ),
    ),
    Bug(
        "response-cap-ignored",
        "max_response_bytes not enforced: a body read whole however long",
        (
            Edit(
                "runtime/_runtime/body.py",
                "            if self.cap is not None and len(self.body) > self.cap:",
                "            if False:",
            ),
            Edit("runtime/_runtime/body.py", "or (self.cap is not None and self.raw > self.cap)", "or False"),
            Edit("runtime/_runtime/body.py", "if too_long or (cap is not None and len(body) > cap):", "if False:"),
            Edit("runtime/_runtime/body.py", "    if cap is not None and len(content) > cap:", "    if False:"),
        ),
        (
            Edit(
                "templates/verbatim/client.py",
                "    if cap is not None and len(body) > cap:\n        return True",
                "    if False:\n        return True",
            ),
            Edit("templates/verbatim/client.py", "elif cap is not None and len(body) > cap:", "elif False:"),
        ),
    ),
    Bug(
        "non-2xx-parsed-as-success",
        "a non-2xx answer parsed as the operation's success instead of raising its APIStatusError",
        (Edit("runtime/_runtime/send.py", "if response.is_success and problem is None:", "if problem is None:", 2),),
        (
            Edit(
                "templates/verbatim/client.py", "if response.is_success and problem is None:", "if problem is None:", 2
            ),
        ),
    ),
    Bug(
        "unknown-fields-dropped",
        "fields the spec does not list dropped when reading (additional_properties left empty)",
        (
            Edit(
                "runtime/_runtime/decode.py",
                'lines += ["        instance.additional_properties = rest"]',
                'lines += ["        pass"]',
            ),
        ),
        (
            Edit(
                "templates/model.py.jinja",
                "        {{ module_name }}.additional_properties = d\n",
                # marked, as a real change is (the template check refuses an unmarked one), on a line of its own
                "{# ours: planted #}\n        {{ module_name }}.additional_properties = {}\n",
            ),
        ),
    ),
    Bug(
        "every-method-retry-safe",
        "the retry policy's default safe for every method (a PUT or POST without the extension retried after a 5xx)",
        (Edit("codegen/spec.py", 'return "safe" if method.lower() in SAFE_METHODS else "unsafe"', 'return "safe"'),),
        (Edit("scripts/spec_facts.py", 'return "safe" if method in SAFE_METHODS else "unsafe"', 'return "safe"'),),
    ),
)


def apply(checkout: Path, edits: tuple[Edit, ...]) -> None:
    for edit in edits:
        path = checkout / edit.path
        text = path.read_text(encoding="utf-8")
        found = text.count(edit.old)
        if found != edit.count:
            raise SystemExit(
                f"{edit.path}: {edit.old!r} occurs {found} times, not {edit.count}: the bug no longer applies"
            )
        path.write_text(text.replace(edit.old, edit.new), encoding="utf-8")


def run(command: list[str], checkout: Path, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True, timeout=timeout)


def python_command(checkout: Path, old: bool, venv: Path) -> tuple[list[str], dict[str, str]]:
    """How to run Python in a checkout: HEAD shares this workspace's environment (the same lock); an older
    revision gets its own locked environment (its dependencies may differ), shared by its checkouts."""
    if not old:
        # The checkout's own code, ahead of the workspace's editable install of this one.
        package = checkout / "generated" / "realtimekit-client"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(checkout), str(package)])}
        return [sys.executable], {**env, "PYTHONDONTWRITEBYTECODE": "1"}
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(venv), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("VIRTUAL_ENV", None)
    return ["uv", "run", "--frozen", "--all-groups", "--quiet", "python"], env


def plant(bug: Bug | None, revision: str, old: bool, venv: Path, pytest_args: list[str]) -> tuple[str, str, float]:
    """(caught | MISSED, by what, seconds) for one bug in a fresh checkout of `revision`; with no bug, the
    baseline: (passes | FAILS, ...)."""
    started = time.monotonic()
    name = bug.name if bug else "baseline"
    with tempfile.TemporaryDirectory(prefix=f"plant-{name}-") as scratch:
        checkout = Path(scratch) / "repo"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(checkout), revision], cwd=ROOT, check=True)
        try:
            if bug:
                apply(checkout, bug.old_edits if old else bug.edits)
            python, env = python_command(checkout, old, venv)
            regenerated = run([*python, "scripts/regenerate.py"], checkout, env, 600)
            if regenerated.returncode != 0:
                first = (regenerated.stderr.strip().splitlines() or ["(no message)"])[0][:150]
                verdict = "caught" if bug else "FAILS"
                return verdict, "regeneration refused it: " + first, time.monotonic() - started
            tests = run(
                [*python, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *pytest_args],
                checkout,
                env,
                1800,
            )
            failed = [line for line in tests.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
            last = (tests.stdout.strip().splitlines() or ["(no output)"])[-1]
            if tests.returncode == 0:
                return ("MISSED" if bug else "passes"), last[:160], time.monotonic() - started
            return ("caught" if bug else "FAILS"), (failed[0] if failed else last)[:160], time.monotonic() - started
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(checkout)], cwd=ROOT, check=False)


def row(name: str, what: str, verdict: str, by: str, seconds: float) -> None:
    print(f"| {name} | {what} | {verdict} | {by.replace('|', '/')} | {seconds:.0f} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", help="plant only this bug (repeatable)")
    parser.add_argument("--old", metavar="REVISION", help="plant the bugs as they read in this older commit")
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")
    args = parser.parse_args()
    bugs = [bug for bug in BUGS if not args.only or bug.name in args.only]
    revision = args.old or "HEAD"
    print(f"| bug | what | in {revision} | by | seconds |\n|---|---|---|---|---|", flush=True)
    with tempfile.TemporaryDirectory(prefix="plant-venv-") as venvs:
        venv = Path(venvs) / "venv"
        # The unplanted suite first: a bug counts as caught only if the same suite passes without it.
        verdict, by, seconds = plant(None, revision, bool(args.old), venv, args.pytest_args)
        row("(none)", "the baseline: nothing planted", verdict, by, seconds)
        if verdict != "passes":
            return 2
        missed = 0
        for bug in bugs:
            verdict, by, seconds = plant(bug, revision, bool(args.old), venv, args.pytest_args)
            missed += verdict == "MISSED"
            row(bug.name, bug.what, verdict, by, seconds)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
