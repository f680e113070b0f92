#!/bin/sh
# Print the directory holding the pinned uv, installing it there first if needed. Never installs into the
# system Python (PEP 668: Debian's and Ubuntu's refuse `pip install`): uv goes into a cache directory of its own.
#   export PATH="$(sh scripts/get-uv.sh):$PATH"
set -eu
UV_VERSION=0.13.8  # the one pin: release builds use exactly this (tools/release/pinned_uv.py reads it here)
if command -v uv >/dev/null 2>&1 && [ "$(uv --version | cut -d' ' -f2)" = "$UV_VERSION" ]; then
  dirname "$(command -v uv)"
  exit 0
fi
tools="${XDG_CACHE_HOME:-$HOME/.cache}/realtimekit-client/uv-$UV_VERSION"
if [ ! -x "$tools/bin/uv" ]; then
  python=$(command -v python3 || command -v python) || { echo "get-uv: no python3 on PATH" >&2; exit 1; }
  if "$python" -m pip --version >/dev/null 2>&1; then
    # --target installs into a directory of its own, which PEP 668 allows.
    PIP_ROOT_USER_ACTION=ignore "$python" -m pip install --quiet --disable-pip-version-check --target "$tools" "uv==$UV_VERSION" >&2
  elif "$python" -m venv "$tools/venv" >/dev/null 2>&1; then
    PIP_ROOT_USER_ACTION=ignore "$tools/venv/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION" >&2
    mkdir -p "$tools/bin" && ln -sf "$tools/venv/bin/uv" "$tools/bin/uv"
  else
    echo "get-uv: $python has neither pip nor venv; install python3-pip (or python3-venv), or uv $UV_VERSION itself" >&2
    exit 1
  fi
fi
echo "$tools/bin"
