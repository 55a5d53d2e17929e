"""What the lifter's plan asks for, and the headline numbers measured against it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from backfit.data.analytics.summary import Headline, Plan
from tests.data.analytics.rowwise.consistency import current_streak
from tests.data.analytics.rowwise.data import ProfileData
from tests.data.analytics.rowwise.frames import nulls_last, top
from tests.data.analytics.rowwise.strength import lift_name


def headline(data: ProfileData, today: date, the_plan: Plan) -> Headline:
    """This week's sets and sessions, the streak, PRs this month and the 4-week e1RM change.

    The e1RM change is for the lift with the most sessions in the last 8 weeks: its best in the
    last 4 weeks against its best in the 4 weeks before.
    """
    week, month = today - timedelta(days=today.weekday()), today.replace(day=1)
    this_week = [r for r in data.rows if week <= r.day <= today]
    prs = sum(1 for s in data.sessions if s.is_pr and month <= s.day <= today)
    # Per lift over the last 8 weeks: [sessions, best in the last 4, best in the 4 before].
    recent: dict[tuple[str, str | None], list[Any]] = {}
    for s in data.sessions:
        if today - timedelta(days=56) < s.day <= today:
            got = recent.setdefault((s.exercise, s.variant), [0, None, None])
            got[0] += 1
            now = s.day > today - timedelta(days=28)
            got[1 if now else 2] = top((got[1 if now else 2], s.e1rm_kg))
    changed = sorted(
        (
            k
            for k, (_, now_kg, before_kg) in recent.items()
            if now_kg is not None and before_kg is not None
        ),
        key=lambda k: (-recent[k][0], k[0], nulls_last(k[1])),
    )
    pct = lift = None
    if changed:
        _, now_kg, before_kg = recent[changed[0]]
        pct = (now_kg / before_kg - 1) * 100
        lift = lift_name(*changed[0])
    return Headline(
        week_sets=sum(r.working_sets for r in this_week),
        week_sessions=len({r.workout_id for r in this_week}),
        streak_weeks=current_streak(data, today, the_plan.days_per_week or 1),
        prs_this_month=prs,
        e1rm_change_pct=pct,
        e1rm_change_lift=lift,
    )
