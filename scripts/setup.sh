# Sourced by the two commands (scripts/regenerate-and-demo.sh, scripts/test.sh): say each step and how long it
# took, get the pinned uv, and set the environment both run in. POSIX sh.

now_ms() {  # milliseconds since the epoch; whole seconds where date has no %N
  t=$(date +%s%N)
  case $t in *N) echo $((${t%N} * 1000)) ;; *) echo $((t / 1000000)) ;; esac
}
took() {  # took START WORD: "WORD in 1.2 s"
  ms=$(($(now_ms) - $1))
  echo "    $2 in $((ms / 1000)).$((ms % 1000 / 100)) s"
}
step() {  # step N/M WHAT COMMAND...: say what runs and why, run it, say how long it took
  echo "==> [$1] $2"
  shift 2
  echo "    \$ $*"
  started=$(now_ms)
  if "$@"; then took "$started" done; else status=$?; took "$started" "FAILED (exit $status)"; exit "$status"; fi
}

# The pinned uv: scripts/get-uv.sh installs it into a cache directory unless it is on PATH; another uv on PATH is
# left alone. $1 is the step's number, as "1/4".
pinned_uv() {
  echo "==> [$1] the pinned uv (scripts/get-uv.sh installs it into a cache directory unless it is on PATH)"
  started=$(now_ms)
  uv_dir=$(sh scripts/get-uv.sh) || { took "$started" FAILED; exit 1; }
  PATH="$uv_dir:$PATH"
  export PATH
  echo "    $(uv --version) at $uv_dir"
  took "$started" done
}

# Trust the machine's certificate store too, not only uv's built-in roots: behind a TLS-inspecting proxy its root
# is only there (otherwise: "invalid peer certificate: UnknownIssuer").
UV_SYSTEM_CERTS="${UV_SYSTEM_CERTS:-1}"
# Installed packages get their bytecode compiled once, and Python may cache the project's own: every process the
# tests start would otherwise compile httpx, attrs and the rest from source again.
UV_COMPILE_BYTECODE=1
PYTHONDONTWRITEBYTECODE=
export UV_SYSTEM_CERTS UV_COMPILE_BYTECODE PYTHONDONTWRITEBYTECODE
