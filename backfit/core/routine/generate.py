"""`generate_routine(goals)`: the steps of building the week, in order."""

from __future__ import annotations

from dataclasses import replace

from backfit.core import rules
from backfit.core.goals import Goals
from backfit.core.routine.draft import Day, day_plan
from backfit.core.routine.fitting import allocate, frame
from backfit.core.routine.ladder import share_the_ladder
from backfit.core.routine.model import Routine
from backfit.core.routine.notes import (
    PAIN_LEADS,
    RED_FLAGS,
    days_note,
    minutes_note,
    volume_note,
)
from backfit.core.routine.scheduling import day_minimum, explain, schedule, training_days
from backfit.core.routine.selection import choose, leading_goal
from backfit.core.routine.spinal import spinal_load_index
from backfit.core.routine.trunk_focus import add_trunk_focus
from backfit.core.rules import WEEKLY_SETS_BAND


def generate_routine(goals: Goals) -> Routine:
    """The weekly routine for `goals` (validated first), with reasons and notes.

    Deterministic and pure. Monotone in pain by construction (TRAINING §2): pain only lowers
    variant classes, raises RIR, lowers the planning budget of each day (trunk block) and raises
    the planned time of each set, so it can only take sets away from loaded work.
    """
    goals = goals.validated()
    notes: list[str] = []
    choices = choose(goals, notes)
    band = WEEKLY_SETS_BAND[goals.level]
    # TRAINING §2: the band's top is never passed; each day needs its minimum sets, so more
    # days than the band holds are trained as fewer (and the note says so).
    trained = training_days(goals)
    week = goals if trained == goals.days else replace(goals, days=trained)
    if trained < goals.days:
        notes.append(days_note(goals, trained, band, day_minimum(goals)))
    days = schedule(week, choices)
    allocate(week, days, band)
    share_the_ladder(week, choices, days)  # TRAINING §3: both rungs of a two-rung ladder
    explain(days)  # after fitting: a hinge or pull left without sets is not talked about
    for day in days:
        frame(week, day)
    weekly = sum(day.sets() for day in days)
    plans = tuple(day_plan(i, day) for i, day in enumerate(days))
    plans = add_trunk_focus(goals, plans, notes)  # TRAINING §5: flagged trunk directions
    short = [i for i, d in enumerate(plans) if d.minutes < rules.MIN_MINUTES_USED * goals.minutes]
    for note in (volume_note(goals, weekly, band), minutes_note(goals, weekly, band, short)):
        if note is not None:
            notes.append(note)
    _thin_days(days, notes)
    if leading_goal(goals) == "pain":
        notes.append(PAIN_LEADS)
    if goals.pain > 0:
        notes.append(RED_FLAGS)
    return Routine(
        query=goals.to_query(),
        weekly_sets=weekly,
        notes=tuple(notes),
        days=plans,
        target_sets=band,
        spinal_load_index=spinal_load_index(e for d in plans for e in d.exercises),
    )


def _thin_days(days: list[Day], notes: list[str]) -> None:
    """TRAINING §2: a day below 2 exercises or 4 working sets says why (only a short day whose
    minutes go to the daily trunk block can be one: 1 lift and the block)."""
    for i, day in enumerate(days):
        if len(day.working()) >= rules.MIN_EXERCISES_PER_DAY and day.sets() >= (
            rules.MIN_SETS_PER_DAY
        ):
            continue
        why = "trunk work takes its share of the minutes" if day.trunk else "time is short"
        notes.append(
            f"Day {i + 1}: only {day.sets()} working sets fit ({why}); longer sessions would "
            f"allow {rules.MIN_SETS_PER_DAY}."
        )
