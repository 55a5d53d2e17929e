"""TRAINING §3 across the week: a two-rung pull-up ladder shows both of its rungs.

With 0 strict pull-ups the ladder is assisted sets **and** negatives; with 1–4, negatives **and**
low-rep bodyweight sets. Each pull-up day holds both rungs as options, but the day's minutes and
its share of the band often leave room for one pull-up exercise, and the fitting gives it to the
same rung every day. So once the week is fitted, one pull-up day (the second, else another)
takes the other rung at the same sets, when that changes nothing else the rules look at: the
same RIR (so the same spinal-load index and hard days), sets within the rung's range and no
more planned time. A week with one pull-up day keeps
what its fitting gave it.
"""

from __future__ import annotations

from backfit.core.goals import Goals
from backfit.core.routine.draft import Day
from backfit.core.routine.scheduling import make_slot
from backfit.core.routine.selection import Choice


def share_the_ladder(goals: Goals, choices: dict[str, list[Choice]], days: list[Day]) -> None:
    """Give the week's second pull-up day the ladder's other rung, where it fits as it is."""
    rungs = [c for c in choices.get("vertical_pull", []) if c.exercise == "pull_up"]
    held = [(d, s) for d in days for s in d.working() if s.exercise == "pull_up"]
    if len(rungs) < 2 or len(held) < 2 or len({s.variant for _, s in held}) > 1:
        return
    other = next(c for c in rungs if c.variant != held[0][1].variant)
    for day, slot in [*held[1:], held[0]]:  # the second pull-up day first; one day changes
        rung = make_slot(goals, other)
        rung.sets = slot.sets
        if (
            rung.rx.sets_min <= rung.sets <= rung.rx.sets_max
            and rung.rx.rir == slot.rx.rir
            and rung.planned_seconds() <= slot.planned_seconds()
        ):
            day.slots[day.slots.index(slot)] = rung
            return
