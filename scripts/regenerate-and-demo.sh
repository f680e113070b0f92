#!/bin/sh
# The main job, from a fresh clone: set up (the pinned uv, the pinned tools, the generated package), regenerate
# the client from the spec, then start a recording and fetch it back from the local mock on 127.0.0.1.
#   sh scripts/regenerate-and-demo.sh
# Installs nothing outside the repository but the pinned uv, into a cache directory (scripts/get-uv.sh); leaves
# any other uv on PATH alone.
set -eu
cd "$(dirname "$0")/.."

now_ms() {  # milliseconds since the epoch; whole seconds where date has no %N
  t=$(date +%s%N)
  case $t in *N) echo $((${t%N} * 1000)) ;; *) echo $((t / 1000000)) ;; esac
}
took() {  # took START WORD: "WORD in 1.2 s"
  ms=$(($(now_ms) - $1))
  echo "    $2 in $((ms / 1000)).$((ms % 1000 / 100)) s"
}
step() {  # step N WHAT COMMAND...: say what runs and why, run it, say how long it took
  echo "==> [$1/4] $2"
  shift 2
  echo "    \$ $*"
  started=$(now_ms)
  if "$@"; then took "$started" done; else status=$?; took "$started" "FAILED (exit $status)"; exit "$status"; fi
}

all_started=$(now_ms)
echo "==> [1/4] the pinned uv (scripts/get-uv.sh installs it into a cache directory unless it is on PATH)"
started=$(now_ms)
uv_dir=$(sh scripts/get-uv.sh) || { took "$started" FAILED; exit 1; }
PATH="$uv_dir:$PATH"
export PATH
# Trust the machine's certificate store too, not only uv's built-in roots: behind a TLS-inspecting proxy its
# root is only there (otherwise: "invalid peer certificate: UnknownIssuer").
UV_SYSTEM_CERTS="${UV_SYSTEM_CERTS:-1}"
export UV_SYSTEM_CERTS
echo "    $(uv --version) at $uv_dir"
took "$started" done

step 2 "the pinned tools and the generated package, editable, exactly as uv.lock says" \
  uv sync --frozen --all-groups
step 3 "regenerate generated/realtimekit-client from the spec (openapi/realtimekit-recordings.yaml)" \
  uv run --frozen scripts/regenerate.py
step 4 "the client at work: start a recording and fetch the active recording, against the local mock" \
  uv run --frozen examples/start_and_fetch.py
took "$all_started" "all done"
