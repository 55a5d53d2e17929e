"""Extra trunk work for the directions a trunk test flagged (TRAINING §5), added to a routine.

McGill's ratios name a weak direction (extensor, flexor, left or right side); until the next
test that direction gets one more drill of its McGill big-3 exercise: bird-dog for the
extensors, the McGill curl-up for the flexors, the side bridge on the weak side only. The drill
is the standard descending rounds of 10-s holds (§4: never longer), placed after the main work
on every training day whose minutes still hold it; a day that already has that exercise (the
pain block's side bridge) gets the extra rounds on the same entry. The lifts, their sets and
the working-set band are untouched (holds are not working sets), so every other routine rule
stays true.

The directions come from `Goals.trunk_focus`, which a link carries, so the reasons name the
test and the ratio rule, never the lifter's seconds: the same link gives the same plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from backfit.core import catalog, rules
from backfit.core.goals import TRUNK_DIRECTIONS, Goals
from backfit.core.routine.draft import estimate_minutes
from backfit.core.routine.model import DayPlan, ExercisePlan
from backfit.core.training.endurance import EXTRA_WORK, TEST_NAMES

_LOW, _HIGH = rules.SIDE_BALANCE_BAND
#: The ratio rule that makes each direction the weak one (TRAINING §5).
RATIO_RULE: Mapping[str, str] = {
    "extensor": (
        f"flexor/extensor above {rules.FLEXOR_EXTENSOR_MAX:.1f} or a side bridge/extensor "
        f"above {rules.SIDE_EXTENSOR_MAX:g}"
    ),
    "flexor": f"flexor/extensor well below {rules.FLEXOR_EXTENSOR_MAX:.1f}",
    "side_left": f"side bridge right/left above {_HIGH:g}",
    "side_right": f"side bridge right/left below {_LOW:g}",
}
_SIDE = {"side_left": "left side only", "side_right": "right side only"}


def focus_plan(goals: Goals, direction: str, day: DayPlan) -> ExercisePlan:
    """The extra drill for one direction on one day."""
    exercise = EXTRA_WORK[direction]
    variant = next(
        (e.variant for e in day.exercises if e.exercise == exercise),
        _default_variant(goals, exercise),
    )
    sides = 1 if direction in _SIDE else catalog.exercise(exercise).variant(variant).sides
    side = f", {_SIDE[direction]}" if direction in _SIDE else ""
    rounds = "-".join(str(h) for h in rules.TRUNK_FOCUS_ROUNDS)
    why = (
        f"Extra trunk work{side}: your trunk test ({TEST_NAMES[direction]}) flagged "
        f"{RATIO_RULE[direction]} (McGill): one more drill of {rounds} holds "
        f"of {rules.TRUNK_FOCUS_HOLD_S} s until your next test."
    )
    return ExercisePlan(
        exercise=exercise,
        variant=variant,
        sets=len(rules.TRUNK_FOCUS_ROUNDS),
        reps=None,
        hold_s=min(rules.TRUNK_FOCUS_HOLD_S, rules.MAX_HOLD_S),
        rir=rules.PAIN_SAFE_RIR,
        rest_s=rules.TRUNK_REST_S,
        why=why,
        holds=rules.TRUNK_FOCUS_ROUNDS,
        sides=sides,
    )


def _default_variant(goals: Goals, exercise: str) -> str:
    if exercise == "side_bridge":
        return "knees" if goals.level == "novice" else "feet"
    return catalog.exercise(exercise).variants[0].id


def _with_drill(day: DayPlan, drill: ExercisePlan) -> tuple[ExercisePlan, ...]:
    """The day's exercises with `drill` after the main work, or joined to the day's own drill
    of that exercise: one entry per exercise, so the Log page shows one card and one count."""
    for index, plan in enumerate(day.exercises):
        if plan.exercise == drill.exercise and plan.holds:
            joined = replace(
                plan,
                sets=plan.sets + drill.sets,
                holds=(*plan.holds, *(drill.holds or ())),
                why=f"{plan.why} {drill.why}",
            )
            return (*day.exercises[:index], joined, *day.exercises[index + 1 :])
    return (*day.exercises, drill)


def add_trunk_focus(
    goals: Goals, days: tuple[DayPlan, ...], notes: list[str]
) -> tuple[DayPlan, ...]:
    """`days` with the extra drills of `goals.trunk_focus` (the same days when there is none);
    a note joins `notes` for a direction that fits on no day."""
    directions = tuple(d for d in TRUNK_DIRECTIONS if d in goals.trunk_focus)
    placed: set[str] = set()
    out: list[DayPlan] = []
    for day in days:
        for direction in directions:
            longer = replace(day, exercises=_with_drill(day, focus_plan(goals, direction, day)))
            if estimate_minutes(longer) <= goals.minutes:
                day = replace(longer, minutes=estimate_minutes(longer))
                placed.add(direction)
        out.append(day)
    missing = [TEST_NAMES[d] for d in directions if d not in placed]
    if missing:
        notes.append(
            f"Extra trunk work for {', '.join(missing)} does not fit in {goals.minutes}-minute "
            "sessions; longer sessions would hold it."
        )
    return tuple(out)
