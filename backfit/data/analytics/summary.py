"""What the lifter's plan asks for, and the headline numbers measured against it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import parse_qs

from backfit.core.rules import WEEKLY_SETS_BAND
from backfit.data.analytics.consistency import current_streak
from backfit.data.analytics.data import ProfileData
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


#: One row: this week's sets and sessions, PRs this month, and the lift whose e1RM change shows.
HEADLINE = """
    WITH recent AS (
        SELECT exercise, variant,
               max(e1rm_kg) FILTER (day > $today - 28) AS now_kg,
               max(e1rm_kg) FILTER (day <= $today - 28) AS before_kg,
               count(*) AS sessions
        FROM ranked WHERE day > $today - 56 AND day <= $today GROUP BY ALL
    )
    SELECT
        (SELECT coalesce(sum(working_sets), 0)::BIGINT FROM r
         WHERE day >= $week AND day <= $today) AS week_sets,
        (SELECT count(DISTINCT workout_id) FROM r
         WHERE day >= $week AND day <= $today) AS week_sessions,
        (SELECT count(*) FROM ranked
         WHERE is_pr AND day >= date_trunc('month', $today) AND day <= $today) AS prs,
        (SELECT [exercise, variant, CAST(now_kg AS VARCHAR), CAST(before_kg AS VARCHAR)]
         FROM recent WHERE now_kg IS NOT NULL AND before_kg IS NOT NULL
         ORDER BY sessions DESC, exercise, variant LIMIT 1) AS change"""


def headline_params(today: date) -> dict[str, object]:
    return {"today": today, "week": today - timedelta(days=today.weekday())}


def make_headline(
    week_sets: int, week_sessions: int, prs: int, change: list[Any] | None, streak_weeks: int
) -> Headline:
    """The headline from the `HEADLINE` row and the streak."""
    pct = lift = None
    if change is not None:
        now_kg, before_kg = float(change[2]), float(change[3])
        pct = (now_kg / before_kg - 1) * 100
        lift = lift_name(change[0], change[1])
    return Headline(int(week_sets), int(week_sessions), streak_weeks, int(prs), pct, lift)


def headline(data: ProfileData, today: date, the_plan: Plan) -> Headline:
    """This week's sets and sessions, the streak, PRs this month and the 4-week e1RM change.

    The e1RM change is for the lift with the most sessions in the last 8 weeks: its best in the
    last 4 weeks against its best in the 4 weeks before.
    """
    sql = f"WITH r AS (FROM _rollup), ranked AS (FROM _lift_sessions) SELECT * FROM ({HEADLINE})"
    ((week_sets, week_sessions, prs, change),) = data.rows(sql, headline_params(today))
    streak = current_streak(data, today, the_plan.days_per_week or 1)
    return make_headline(week_sets, week_sessions, prs, change, streak)
