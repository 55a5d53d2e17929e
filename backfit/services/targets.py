"""Today's targets: the routine's (or the catalog's) prescription through the progression engine.

The Log page and `backfit next` both ask this module, so a target reads the same on screen and
in a terminal (TRAINING §4): the history is every session before today, and today's pain
check-in can freeze increases.
"""

from __future__ import annotations

from datetime import datetime

from backfit.core import catalog
from backfit.core.routine.model import DayPlan
from backfit.core.training import Prescription, Target, default_prescription, next_target
from backfit.core.units import Unit
from backfit.data.profiles import get_profile
from backfit.data.routines import active_routine
from backfit.data.sets import last_variant
from backfit.data.settings import cable_step
from backfit.data.store import Store
from backfit.data.workouts import exercise_history, todays_workout, trained_exercises

__all__ = [
    "day_targets",
    "exercises_to_target",
    "next_for",
    "prescription_for",
    "target_for",
]


def prescription_for(
    store: Store, profile: str, exercise: str, variant: str | None = None
) -> Prescription:
    """The active routine's prescription for `exercise`, else the catalog default (DESIGN §5).

    Without a routine or a `variant`, the variant the lifter used last is the one continued.
    """
    stored = active_routine(store, profile)
    plan = stored.routine.plan_for(exercise) if stored else None
    if plan is not None and (variant is None or variant == plan.variant):
        return Prescription.from_plan(plan)
    if variant is None:
        variant = last_variant(store, profile, exercise)
    return default_prescription(exercise, variant)


def target_for(
    store: Store,
    profile: str,
    rx: Prescription,
    *,
    now: datetime,
    unit: Unit | None = None,
) -> Target:
    """Today's target for one prescription: history before today, today's pain check-in."""
    found = get_profile(store, profile)
    unit = unit or (found.unit if found else "kg")
    today = todays_workout(store, profile, now)
    history = exercise_history(
        store, profile, rx.exercise, exclude_workout=today.id if today else None
    )
    pain = today.pain if today else None
    step = cable_step(store, profile, unit)
    return next_target(rx, history, pain=pain, unit=unit, cable_step=step)


def next_for(
    store: Store,
    profile: str,
    exercise: str,
    variant: str | None = None,
    *,
    now: datetime,
    unit: Unit | None = None,
) -> Target:
    """`backfit next EXERCISE`: the target from the routine's (or default) prescription."""
    return target_for(
        store, profile, prescription_for(store, profile, exercise, variant), now=now, unit=unit
    )


def day_targets(
    store: Store, profile: str, day: DayPlan, *, now: datetime, unit: Unit | None = None
) -> list[Target]:
    """Every exercise of one routine day, as today's targets, in the day's order."""
    return [
        target_for(store, profile, Prescription.from_plan(plan), now=now, unit=unit)
        for plan in day.exercises
    ]


def exercises_to_target(store: Store, profile: str) -> list[str]:
    """What `backfit next` covers: the active routine's exercises, else those trained, else all."""
    stored = active_routine(store, profile)
    if stored is not None:
        seen: list[str] = []
        for day in stored.routine.days:
            seen += [p.exercise for p in day.exercises if p.exercise not in seen]
        return seen
    return trained_exercises(store, profile) or list(catalog.EXERCISE_IDS)
