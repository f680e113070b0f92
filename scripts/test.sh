#!/bin/sh
# The whole test suite, from a fresh clone: set up (the pinned uv, the pinned tools, the generated package, uv's
# cache for the offline consumer tests), then `uv run pytest`. Arguments go to pytest:
#   sh scripts/test.sh
#   sh scripts/test.sh tests/release -x
# Installs nothing outside the repository but the pinned uv, into a cache directory (scripts/get-uv.sh); leaves
# any other uv on PATH alone.
set -eu
cd "$(dirname "$0")/.."

. scripts/setup.sh

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM

# The tests install consumers offline, from uv's cache: tests/consumers/ the runtime dependencies as
# uv.lock pins them, tests/release/test_index.py a service resolved from the registry's index pages. A venv
# synced from another cache need not have left them in this one; filled once, this is quick.
fill_uv_cache() {
  UV_PROJECT_ENVIRONMENT="$scratch/locked" uv sync --frozen --quiet --only-group consumer &&
    uv venv --quiet --python .venv/bin/python "$scratch/newest" &&
    uv pip install --quiet --python "$scratch/newest" -r generated/realtimekit-client/pyproject.toml
}

all_started=$(now_ms)
pinned_uv 1/4

step 2/4 "the pinned tools and the generated package, editable, exactly as uv.lock says" \
  uv sync --frozen --all-groups
step 3/4 "uv's cache holds the runtime dependencies, for the consumer tests' offline installs" \
  fill_uv_cache
step 4/4 "the test suite (offline: only 127.0.0.1 is reachable from the tests)" \
  uv run --frozen pytest "$@"
took "$all_started" "all done"
