"""The benchmark: this client against fair anchors, every contender in the same run (docs/benchmarks.md).

    uv run python -m tools.bench            # the full run (about two minutes)
    uv run python -m tools.bench --quick    # a smoke run of seconds (tests/tools/test_bench.py runs it)

One job per module:
- `spec`: the ids, paths and bodies, read from the spec's examples;
- `server`: the loopback HTTP/1.1 server the calls go to (a child process, stdlib only);
- `stock`: the stock openapi-python-client output of the same spec, generated into a temporary directory;
- `contenders`, `async_contenders`: this client, the stock output, careful raw httpx and the `cloudflare` SDK;
- `sampling`: interleaved rounds, medians and paired ratios;
- `measure`: the run settings and the measurements (import, parse, per call, async, wheel size);
- `targets`: the targets, in one table;
- `report`: the table and the facts about the machine;
- `profiling`: `--profile`, where this client's time goes (pyinstrument, in the bench group).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
