"""TRAINING §3 across the week: a two-rung pull-up ladder shows both of its rungs.

With 0 strict pull-ups the ladder is assisted sets **and** negatives; with 1–4, negatives **and**
low-rep bodyweight sets. Each pull-up day holds both rungs as options, but the day's minutes and
its share of the band usually leave room for one pull-up exercise, and the fitting gives it to
the same rung every day. So once the week is fitted, and only where it holds one rung:

1. one pull-up day (the second, else another) takes the other rung at the same sets, where the
   rung allows that many sets and it takes no more planned time;
2. else the pull-up day with the most pull-up sets splits them: the assisted or bodyweight rung
   first, then the negatives to finish (a lifter who can no longer pull can still lower slowly),
   half of the sets each, rounded towards the first rung, so a 2-set block is one of each: a
   rung may be a single set, as the block, not the rung, is the day's pull-up exercise. It
   needs one more changeover, so it is made only when the day's minutes hold it as timed.

Either way the day keeps its pull-up sets at the same RIR, and both rungs are the same spinal-load
class, so the week's sets, its spinal-load index, its hard days and the muscle caps are exactly
what the fitting gave them: every TRAINING §2 rule that holds for the fitted week still holds.
"""

from __future__ import annotations

from dataclasses import replace

from backfit.core.goals import Goals
from backfit.core.routine.draft import Day, Slot
from backfit.core.routine.fitting import budget
from backfit.core.routine.scheduling import make_slot
from backfit.core.routine.selection import Choice

#: What the finishing negatives add to their rung's reason when they share a day's block.
FINISHER_WHY = "; last in the pull-up block: you can still lower slowly once you cannot pull."


def share_the_ladder(goals: Goals, choices: dict[str, list[Choice]], days: list[Day]) -> None:
    """Make a two-rung ladder's week hold both rungs: a whole day, else one day's block split."""
    rungs = [c for c in choices.get("vertical_pull", []) if c.exercise == "pull_up"]
    held = [(d, s) for d in days for s in d.working() if s.exercise == "pull_up"]
    if len(rungs) < 2 or not held or len({s.variant for _, s in held}) > 1:
        return
    other = next(c for c in rungs if c.variant != held[0][1].variant)
    if len(held) > 1 and _swap_a_day(goals, other, held):
        return
    day, slot = max(held, key=lambda pair: pair[1].sets)  # the first of the biggest blocks
    _split(goals, day, slot, make_slot(goals, other))


def _swap_a_day(goals: Goals, other: Choice, held: list[tuple[Day, Slot]]) -> bool:
    for day, slot in [*held[1:], held[0]]:  # the second pull-up day first; one day changes
        rung = make_slot(goals, other)
        rung.sets = slot.sets
        if (
            rung.rx.sets_min <= rung.sets <= rung.rx.sets_max
            and rung.rx.rir == slot.rx.rir
            and rung.planned_seconds() <= slot.planned_seconds()
        ):
            day.slots[day.slots.index(slot)] = rung
            return True
    return False


def _split(goals: Goals, day: Day, slot: Slot, rung: Slot) -> None:
    """Split `slot`'s sets between the two rungs, the negatives last (see the module)."""
    if slot.sets < 2 or rung.rx.rir != slot.rx.rir:
        return
    first, finisher = (rung, slot) if slot.variant == "negative" else (slot, rung)
    total = slot.sets
    sets = total - total // 2
    new_first = replace(
        first, sets=sets, rx=replace(first.rx, sets_min=min(first.rx.sets_min, sets))
    )
    new_finisher = replace(
        finisher,
        sets=total // 2,
        rx=replace(finisher.rx, sets_min=min(finisher.rx.sets_min, total // 2)),
        why=finisher.why[:-1] + FINISHER_WHY,
    )
    # The real time, not the planning time: the fitting plans every set at the slowest time any
    # pain could give it (to stay monotone), and the split changes no set, only one changeover.
    real = sum(s.real_seconds() for s in day.slots if not s.trunk)
    extra = new_first.real_seconds() + new_finisher.real_seconds() - slot.real_seconds()
    if real + extra > budget(goals, day):
        return
    at = day.slots.index(slot)
    day.slots[at : at + 1] = [new_first, new_finisher]
