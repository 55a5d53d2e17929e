"""How many sets each movement gets a week, and on which days (TRAINING §2, §6).

The level's weekly working sets (novice 8–12, intermediate 10–20, advanced 14–22) are split
across the movements by the slider-weighted shares, then spread over the training days: heavy
lifts first, deadlifts at most twice a week on days at least 48 h apart, every training day
with some training, and no more than the band's ceiling.
"""

from __future__ import annotations

from fractions import Fraction
from math import ceil, floor

from backfit.core.goals import Goals
from backfit.core.routine.draft import Choices, Day, lowest
from backfit.core.routine.prescription import prescribe
from backfit.core.routine.selection import by_priority, goal_share, make_slot, priority
from backfit.core.rules import (
    MAX_DEADLIFT_DAYS,
    MIN_SETS_PER_EXERCISE,
    MOVEMENTS,
    WEEKLY_SETS_DEFAULT,
)

#: Training days spread over the week for each days-per-week count (0 = Monday).
WEEK_LAYOUT: dict[int, tuple[int, ...]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
}


def deadlift_count(goals: Goals) -> int:
    """Twice a week when strength leads pain and there are 3+ days; else once (TRAINING §2)."""
    if goals.days >= 3 and goals.strength >= goals.pain and goals.strength > 0:
        return MAX_DEADLIFT_DAYS
    return 1


def deadlift_days(layout: tuple[int, ...], count: int) -> tuple[int, ...]:
    """Indexes of the deadlift days: as far apart as the week allows, never under 48 h."""
    if count == 1 or len(layout) == 1:
        return (0,)
    best: tuple[int, int] | None = None
    best_gap = 1
    for i in range(len(layout)):
        for j in range(i + 1, len(layout)):
            gap = min(layout[j] - layout[i], 7 - (layout[j] - layout[i]))
            if gap > best_gap:
                best, best_gap = (i, j), gap
    return best if best is not None else (0,)


def _shares(goals: Goals, movements: list[str]) -> dict[str, Fraction]:
    raw = {m: goal_share(goals, m) for m in movements}
    whole = sum(raw.values())
    return {m: share / whole for m, share in raw.items()}


def split_sets(goals: Goals, choices: Choices) -> dict[str, int]:
    """Weekly sets per movement: level target × slider-weighted shares, at least 2 each."""
    target = WEEKLY_SETS_DEFAULT[goals.level]
    shares = _shares(goals, [m for m in MOVEMENTS if m in choices])
    exact = {m: target * share for m, share in shares.items()}
    sets = {m: floor(v) for m, v in exact.items()}
    leftover = target - sum(sets.values())
    for m in sorted(exact, key=lambda m: (-(exact[m] - sets[m]), MOVEMENTS.index(m)))[:leftover]:
        sets[m] += 1
    for m in sets:
        sets[m] = max(MIN_SETS_PER_EXERCISE, sets[m])
    if goals.dominant("posture") and "horizontal_pull" in sets and "vertical_pull" in sets:
        sets["horizontal_pull"] = max(sets["horizontal_pull"], sets["vertical_pull"])
    return sets


def _split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def place(
    goals: Goals,
    choices: Choices,
    budget: dict[str, int],
    days: list[Day],
    hinge_days: tuple[int, ...],
) -> None:
    """Spread each movement's sets over the days, most important movement first."""
    for movement in sorted(budget, key=lambda m: (-priority(goals, m), MOVEMENTS.index(m))):
        total = budget[movement]
        cap = prescribe(goals, *choices[movement][0][:2], movement).sets_max
        if movement == "hinge":
            allowed = list(hinge_days)
        else:
            allowed = sorted(
                range(len(days)), key=lambda i: (len(days[i].slots), days[i].sets(), i)
            )
        wanted = max(ceil(total / cap), total // MIN_SETS_PER_EXERCISE if len(days) > 2 else 1, 1)
        count = min(len(allowed), wanted)
        chosen = sorted(allowed[:count])
        for n, (index, sets) in enumerate(zip(chosen, _split(total, count), strict=True)):
            options = choices[movement]
            choice = options[n % len(options)]
            days[index].slots.append(
                make_slot(goals, movement, choice, max(sets, MIN_SETS_PER_EXERCISE))
            )


def fill_empty_days(goals: Goals, choices: Choices, days: list[Day]) -> None:
    """A training day needs training: give each empty day 2 sets of a non-hinge movement."""
    movements = by_priority(goals, (m for m in choices if m != "hinge"))
    if goals.dominant("posture") and "horizontal_pull" in movements:
        movements = [m for m in movements if m != "vertical_pull"]
    empty = [day for day in days if not day.slots]
    for n, day in enumerate(empty):
        movement = movements[n % len(movements)]
        day.slots.append(make_slot(goals, movement, choices[movement][0], MIN_SETS_PER_EXERCISE))


def trim_to_band(days: list[Day], band: tuple[int, int]) -> None:
    """Above the band's ceiling, take sets from the fullest days' lowest-priority work."""
    while sum(d.sets() for d in days) > band[1]:
        day = max(days, key=lambda d: (d.sets(), -d.weekday))
        trimmable = [s for s in day.slots if s.sets > MIN_SETS_PER_EXERCISE]
        if trimmable:
            lowest(trimmable).sets -= 1
        elif len(day.slots) > 1:
            day.slots.remove(lowest(day.slots))
        else:
            return
