"""Benchmark realtimekit-client against raw httpx and the official `cloudflare` SDK.

    uv run --group bench scripts/bench.py            # the full run (about two minutes)
    uv run --group bench scripts/bench.py --quick    # a smoke run of a few seconds (the test suite runs this)
    uv run --group bench scripts/bench.py --profile  # also profile this client's calls (pyinstrument or cProfile)

One run starts a keep-alive HTTP/1.1 server (asyncio, in a child process, on 127.0.0.1) that answers both
operations with the spec's example bodies, then measures, interleaving the contenders over several rounds:

- per call: N sequential calls of GET active-recording and POST start through (a) raw httpx (request, status
  check, json.loads), (b) this client's `sync`, (c) the SDK's `realtime_kit.recordings` methods (max_retries=0);
- async: rounds of concurrent GETs (asyncio.gather, 50 per round) on ONE client each: raw httpx.AsyncClient,
  this client's `asyncio` (AuthenticatedClient entered with `async with`), the SDK's AsyncCloudflare;
- parse: `from_dict` of both response bodies vs `json.loads` of the same bytes;
- import: in a fresh interpreter, this package and its api modules vs `import httpx` vs `import cloudflare`;
- size: the wheel `uv build` makes of generated/realtimekit-client vs the SDK's wheel from the registry.

It prints one table (medians over rounds, ratios) plus the machine and versions. Without the `bench`
dependency group the SDK columns say "not installed". Figures are for comparing within one run only: the
ratios matter, the absolute times depend on the machine and its load. Nothing here asserts a speed.

The parts live in scripts/benchlib/ (server, workload, contenders, measure, targets, report); the targets
in benchlib/targets.py. The method and the latest figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses

from benchlib import measure, report, workload


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke run with a small N (seconds, not minutes)")
    parser.add_argument("--calls", type=int, help="sequential calls per contender per round")
    parser.add_argument("--rounds", type=int, help="interleaved rounds")
    parser.add_argument("--profile", action="store_true", help="also profile this client's GET and POST calls")
    args = parser.parse_args()

    settings = measure.QUICK if args.quick else measure.FULL
    if args.calls or args.rounds:
        settings = dataclasses.replace(
            settings, calls=args.calls or settings.calls, rounds=args.rounds or settings.rounds
        )
    results = measure.run(settings, workload.from_spec(), profile=args.profile)
    report.print_report(results, quick=args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
