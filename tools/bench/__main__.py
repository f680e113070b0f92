"""python -m tools.bench [--quick] [--rounds N] [--handicap MICROSECONDS] [--profile]: see __init__.py."""

from __future__ import annotations

import argparse
import dataclasses

from . import run
from .measure import FULL, QUICK
from .report import print_report


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smoke run of seconds; the figures mean nothing")
    parser.add_argument("--rounds", type=int, help="interleaved rounds (samples per contender)")
    parser.add_argument(
        "--handicap", type=float, default=0.0, metavar="MICROSECONDS",
        help="add this much CPU to each of this client's calls and parses: a check that the harness sees it",
    )  # fmt: skip
    parser.add_argument("--profile", action="store_true", help="also profile this client's calls (pyinstrument)")
    args = parser.parse_args()
    settings = QUICK if args.quick else FULL
    if args.rounds:
        settings = dataclasses.replace(settings, rounds=args.rounds)
    results = run.run(settings, handicap=args.handicap / 1e6, profile=args.profile)
    print_report(results, quick=args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
