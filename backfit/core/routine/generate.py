"""`generate_routine(goals)`: the steps of building the week, in order."""

from __future__ import annotations

from dataclasses import replace

from backfit.core import rules
from backfit.core.goals import Goals, leading_goal
from backfit.core.routine.day_texts import explain
from backfit.core.routine.draft import day_plan
from backfit.core.routine.fitting import allocate
from backfit.core.routine.framing import frame
from backfit.core.routine.ladder import share_the_ladder
from backfit.core.routine.model import Routine
from backfit.core.routine.notes import (
    RED_FLAGS,
    days_note,
    minutes_notes,
    pain_leads_note,
    thin_day_notes,
    volume_note,
)
from backfit.core.routine.scheduling import day_minimum, schedule, training_days
from backfit.core.routine.selection import choose
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
    volume = volume_note(goals, weekly, band)
    if volume is not None:
        notes.append(volume)
    notes += minutes_notes(week, days, weekly, band, short)
    notes += thin_day_notes(week, days, band)
    if leading_goal(goals) == "pain":
        notes.append(pain_leads_note(goals))
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
