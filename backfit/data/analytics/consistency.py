"""Training days, sessions per week and the streak. A *session* is a `workout_id` with a set.

All from the profile's rollup rows `r` (one per session × day × lift).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import pandas as pd

from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.sql import BUCKET, IN_RANGE, Query
from backfit.data.analytics.window import Grain, Window, grain_params


def calendar_grain(window: Window) -> Grain:
    return "day" if window.days <= 371 else "week"


def training_calendar_query(window: Window, grain: Grain) -> Query:
    sql = f"""
        SELECT {BUCKET} AS period,
               CAST(date_trunc('week', {BUCKET}) AS DATE) AS week,
               isodow({BUCKET}) AS weekday, year({BUCKET}) AS year,
               weekofyear({BUCKET}) AS week_of_year,
               count(DISTINCT workout_id) AS sessions, sum(working_sets)::BIGINT AS working_sets
        FROM r WHERE {IN_RANGE}
        GROUP BY ALL"""
    return Query(sql, "period", grain_params(window, grain))


def training_calendar(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets per day, or per week when the range is longer than a year.

    Day grain gives a GitHub-style grid (column = week, row = weekday); week grain gives a grid
    of weeks by year, so ten years still draw in ~520 cells.
    """
    grain = calendar_grain(window)
    frame = data.run(training_calendar_query(window, grain))
    frame.attrs["grain"] = grain
    return frame


def sessions_per_week(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets in every week of the window (weeks without training too)."""
    sql = f"""
        WITH weeks AS (
            SELECT CAST(w AS DATE) AS week FROM range(
                date_trunc('week', CAST($start AS DATE)),
                CAST($stop AS DATE), INTERVAL 7 DAY) t(w)
        ),
        got AS (
            SELECT CAST(date_trunc('week', day) AS DATE) AS week,
                   count(DISTINCT workout_id) AS sessions, sum(working_sets)::BIGINT AS sets
            FROM r WHERE {IN_RANGE} GROUP BY ALL
        )
        SELECT week, coalesce(sessions, 0) AS sessions, coalesce(sets, 0) AS working_sets
        FROM weeks LEFT JOIN got USING (week)"""
    return data.run(Query(sql, "week", window.params()))


def streak_weeks_query(today: date, per_week: int) -> Query:
    """The weeks up to `today` with at least `per_week` sessions."""
    sql = """
        SELECT CAST(date_trunc('week', day) AS DATE) AS week
        FROM r WHERE day <= $today GROUP BY ALL HAVING count(DISTINCT workout_id) >= $need"""
    return Query(sql, "week DESC", {"today": today, "need": max(per_week, 1)})


def streak(weeks: Iterable[date], today: date) -> int:
    """Consecutive weeks in `weeks`, back from this one (which counts only once it is in)."""
    weeks = set(weeks)
    this_week = today - timedelta(days=today.weekday())
    count = 1 if this_week in weeks else 0
    week = this_week - timedelta(days=7)
    while week in weeks:
        count += 1
        week -= timedelta(days=7)
    return count


def current_streak(data: ProfileData, today: date, per_week: int = 1) -> int:
    """Consecutive weeks, back from this one, with at least `per_week` sessions.

    This week counts once it reaches the target; until then it does not break the streak (the
    week is not over), so the streak is last week's.
    """
    query = streak_weeks_query(today, per_week)
    sql = f"WITH r AS (FROM _rollup) SELECT * FROM ({query.sql}) q"
    return streak((row[0] for row in data.rows(sql, query.params)), today)
