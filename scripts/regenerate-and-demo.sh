#!/bin/sh
# The main job, from a fresh clone: set up (the pinned uv, the pinned tools, the generated package), regenerate
# the client from the spec, then start a recording and fetch it back from the local mock on 127.0.0.1.
#   sh scripts/regenerate-and-demo.sh
# Installs nothing outside the repository but the pinned uv, into a cache directory (scripts/get-uv.sh); leaves
# any other uv on PATH alone.
set -eu
cd "$(dirname "$0")/.."

. scripts/setup.sh

all_started=$(now_ms)
pinned_uv 1/4

step 2/4 "the pinned tools and the generated package, editable, exactly as uv.lock says" \
  uv sync --frozen --all-groups
step 3/4 "regenerate generated/realtimekit-client from the spec (openapi/realtimekit-recordings.yaml)" \
  uv run --frozen scripts/regenerate.py
step 4/4 "the client at work: start a recording and fetch the active recording, against the local mock" \
  uv run --frozen examples/start_and_fetch.py
took "$all_started" "all done"
