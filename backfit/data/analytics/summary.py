"""What the lifter's plan asks for, and the headline numbers measured against it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qs

import numpy as np

from backfit.core.rules import WEEKLY_SETS_BAND
from backfit.data.analytics.columns import day_number
from backfit.data.analytics.consistency import current_streak
from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.frames import top
from backfit.data.analytics.strength import lift_name
from backfit.data.routines import active_routine
from backfit.data.store import Store

DEFAULT_LEVEL = "intermediate"


@dataclass(frozen=True, slots=True)
class Plan:
    """What the active routine asks for each week, or the defaults without one."""

    days_per_week: int | None
    weekly_sets: int | None
    level: str
    band: tuple[int, int]


def plan(store: Store, profile: str) -> Plan:
    """Days and sets per week from the active routine, and the target band for its level."""
    stored = active_routine(store, profile)
    if stored is None:
        return Plan(None, None, DEFAULT_LEVEL, WEEKLY_SETS_BAND[DEFAULT_LEVEL])
    routine = stored.routine
    level = parse_qs(routine.query).get("level", [DEFAULT_LEVEL])[0]
    level = level if level in WEEKLY_SETS_BAND else DEFAULT_LEVEL
    return Plan(len(routine.days), routine.weekly_sets, level, WEEKLY_SETS_BAND[level])


@dataclass(frozen=True, slots=True)
class Headline:
    week_sets: int
    week_sessions: int
    streak_weeks: int
    prs_this_month: int
    e1rm_change_pct: float | None
    e1rm_change_lift: str | None


def headline(data: ProfileData, today: date, the_plan: Plan) -> Headline:
    """This week's sets and sessions, the streak, PRs this month and the 4-week e1RM change.

    The e1RM change is for the lift with the most sessions in the last 8 weeks: its best in the
    last 4 weeks against its best in the 4 weeks before.
    """
    rows, sessions = data.rows, data.sessions
    now = day_number(today)
    week, month = now - today.weekday(), day_number(today.replace(day=1))
    this_week = (rows.day >= week) & (rows.day <= now)
    prs = int(np.count_nonzero(sessions.is_pr & (sessions.day >= month) & (sessions.day <= now)))
    # Per lift over the last 8 weeks: [sessions, best in the last 4, best in the 4 before].
    recent: dict[tuple[int, int], list[Any]] = {}
    last_8 = np.flatnonzero((sessions.day > now - 56) & (sessions.day <= now))
    for i in last_8.tolist():
        got = recent.setdefault((sessions.exercise[i], sessions.variant[i]), [0, None, None])
        got[0] += 1
        latest = 1 if sessions.day[i] > now - 28 else 2
        got[latest] = top((got[latest], float(sessions.e1rm_kg[i])))
    # Codes sort like the names (a variant's None last), so this is (most sessions, name).
    changed = sorted(
        (k for k, (_, now_kg, before_kg) in recent.items() if None not in (now_kg, before_kg)),
        key=lambda k: (-recent[k][0], k),
    )
    pct = lift = None
    if changed:
        _, now_kg, before_kg = recent[changed[0]]
        pct = (now_kg / before_kg - 1) * 100
        lift = lift_name(rows.exercises[changed[0][0]], rows.variants[changed[0][1]])
    return Headline(
        week_sets=int(rows.working_sets[this_week].sum()),
        week_sessions=len(np.unique(rows.workout[this_week])),
        streak_weeks=current_streak(data, today, the_plan.days_per_week or 1),
        prs_this_month=prs,
        e1rm_change_pct=pct,
        e1rm_change_lift=lift,
    )
