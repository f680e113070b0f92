"""Samples taken in interleaved rounds, and the figures made of them: medians, spreads, paired ratios."""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass
class Series:
    """One sample per round."""

    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


@dataclass(frozen=True)
class Ratio:
    median: float  # the median of the per-round ratios
    spread: float  # half their interquartile range, relative to the median (nan below 4 rounds)
    rounds: int


def spread(values: list[float]) -> float:
    if len(values) < 4:
        return float("nan")
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return (q3 - q1) / 2 / q2


def paired(a: Series, b: Series) -> Ratio:
    """a / b, round by round: both ran in the same round, under the same load."""
    ratios = [x / y for x, y in zip(a.samples, b.samples, strict=True)]
    return Ratio(statistics.median(ratios), spread(ratios), len(ratios))


def interleave(jobs: dict[K, Callable[[], float]], rounds: int) -> dict[K, Series]:
    """Run every job once to warm up, then `rounds` rounds running each once, in a new shuffled order per round.

    Each job returns one sample. A full collection before each sample, so that no job pays for another's garbage;
    the objects alive before the first round are frozen out of the collector's way.
    """
    for job in jobs.values():
        job()
    gc.collect()
    gc.freeze()
    results = {key: Series() for key in jobs}
    order, rng = list(jobs), random.Random(6)
    try:
        for _ in range(rounds):
            rng.shuffle(order)
            for key in order:
                gc.collect()
                results[key].samples.append(jobs[key]())
    finally:
        gc.unfreeze()
    return results


def busy_wait(seconds: float) -> None:
    """Spin for `seconds` (for --handicap: time.sleep overshoots by tens of microseconds)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass
