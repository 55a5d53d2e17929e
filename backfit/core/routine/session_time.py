"""The session's frame in minutes (TRAINING §1): the warm-up, the stretches, and what is left
for the working sets. None of it depends on the sliders, so the days' minutes for work are fixed
before any set is placed."""

from __future__ import annotations

from math import floor

from backfit.core import rules
from backfit.core.goals import Goals


def warmup_minutes(goals: Goals) -> int:
    lo, hi = rules.WARMUP_MINUTES
    return max(lo, min(hi, floor(goals.minutes * rules.WARMUP_SHARE + 0.5)))


def stretch_count(goals: Goals) -> int:
    return max(n for since, n in rules.STRETCHES_BY_MINUTES if goals.minutes >= since)


def stretch_plan(goals: Goals) -> tuple[int, int]:
    """(hold s, sets) of every stretch: 2 × 30 s, or 2 × 20 s in a short session (TRAINING §1)."""
    hold, sets = rules.STRETCH_PLAN
    if goals.minutes < rules.SHORT_SESSION_MINUTES:
        hold = rules.SHORT_STRETCH_HOLD_S
    return hold, sets


def session_work_seconds(minutes: int) -> int:
    """A session's seconds for work: its minutes less the warm-up and the stretches (§1)."""
    goals = Goals(minutes=minutes)
    hold, sets = stretch_plan(goals)
    return minutes * 60 - warmup_minutes(goals) * 60 - stretch_count(goals) * hold * sets
