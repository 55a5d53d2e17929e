"""Side-by-side timing: ours and a baseline, interleaved in one process, compared by medians.

Running the two alternately (and swapping which goes first every round) means a noisy neighbour
on a shared machine slows both about equally, so the ratio stays honest even when the absolute
times drift. Each side is a callable that returns the seconds it spent on the measured part,
so per-call setup (a fresh database file, say) stays outside the measurement.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """One row of the results table (and one object of `--json`).

    `key` is the figure's stable id (the issue's targets table and `--only` use it); `target`
    says what "good" means, e.g. "≤ 3×" or "≤ 50 ms, ≥ 3× faster"; `met` is None when
    the figure could not be measured (`note` then says why) and `note` says what would fix a
    missed target.
    """

    key: str
    name: str
    ours: float | None
    baseline: float | None
    unit: str
    ratio: float | None
    target: str
    met: bool | None
    note: str = ""

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def not_available(key: str, name: str, unit: str, target: str, why: str) -> Figure:
    """A row for a figure that could not be measured here."""
    return Figure(key, name, None, None, unit, None, target, None, f"not available: {why}")


def clock(fn: Callable[[], object]) -> Callable[[], float]:
    """Wrap a plain callable so it returns its own wall-clock duration in seconds."""

    def timed() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return timed


def interleave(
    ours: Callable[[], float], baseline: Callable[[], float], *, rounds: int, warmup: int = 1
) -> tuple[float, float]:
    """Median seconds of `ours` and of `baseline` over `rounds` alternating rounds."""
    for _ in range(warmup):
        ours()
        baseline()
    ours_s: list[float] = []
    base_s: list[float] = []
    for round_no in range(rounds):
        if round_no % 2:
            base_s.append(baseline())
            ours_s.append(ours())
        else:
            ours_s.append(ours())
            base_s.append(baseline())
    return statistics.median(ours_s), statistics.median(base_s)


def ratio(ours: float, baseline: float) -> float:
    return ours / baseline if baseline else float("inf")
