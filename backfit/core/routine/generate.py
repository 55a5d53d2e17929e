"""`generate_routine(goals)`: the steps of building the week, in order."""

from __future__ import annotations

from dataclasses import replace

from backfit.core.goals import Goals
from backfit.core.routine.draft import Day, day_plan
from backfit.core.routine.fitting import fit, frame, keep_rows_ahead, refill
from backfit.core.routine.model import Routine
from backfit.core.routine.notes import PAIN_LEADS, volume_note
from backfit.core.routine.scheduling import (
    WEEK_LAYOUT,
    deadlift_count,
    deadlift_days,
    fill_empty_days,
    place,
    split_sets,
    trim_to_band,
)
from backfit.core.routine.selection import choose_exercises
from backfit.core.rules import WEEKLY_SETS_BAND


def generate_routine(goals: Goals) -> Routine:
    """The weekly routine for `goals` (validated first), with reasons and notes.

    TRAINING §2: raising pain prevention never adds heavy spinal loading. Trimming a day to its
    minutes depends on every prescription, and pain shortens some of them, so a conventional
    deadlift that the same sliders without pain would trim away could survive with pain on.
    It is kept only when it also survives without pain; otherwise the hinge falls back to the
    next variant (trap bar or romanian) and the plan says so.
    """
    goals = goals.validated()
    routine = _build(goals, allow_conventional=True)
    if goals.pain > 0 and _has_conventional(routine):
        without_pain = _build(replace(goals, pain=0), allow_conventional=True)
        if not _has_conventional(without_pain):
            routine = _build(goals, allow_conventional=False)
    return routine


def _has_conventional(routine: Routine) -> bool:
    return any(
        plan.exercise == "deadlift" and plan.variant == "conventional"
        for day in routine.days
        for plan in day.exercises
    )


def _build(goals: Goals, *, allow_conventional: bool) -> Routine:
    notes: list[str] = []
    choices = choose_exercises(goals, notes, allow_conventional=allow_conventional)
    band = WEEKLY_SETS_BAND[goals.level]
    budget = split_sets(goals, choices)
    layout = WEEK_LAYOUT[goals.days]
    days = [Day(weekday) for weekday in layout]
    hinge_days = deadlift_days(layout, deadlift_count(goals)) if "hinge" in choices else ()
    place(goals, choices, budget, days, hinge_days)
    fill_empty_days(goals, choices, days)
    trim_to_band(days, band)
    for index, day in enumerate(days):
        frame(goals, day)
        fit(goals, day, index, notes)
    keep_rows_ahead(goals, choices, days, notes)
    refill(goals, choices, days, band)
    weekly = sum(day.sets() for day in days)
    note = volume_note(goals, weekly, band)
    if note is not None:
        notes.append(note)
    if goals.dominant("pain"):
        notes.append(PAIN_LEADS)
    return Routine(
        query=goals.to_query(),
        weekly_sets=weekly,
        notes=tuple(notes),
        days=tuple(day_plan(i, day) for i, day in enumerate(days)),
        target_sets=band,
    )
