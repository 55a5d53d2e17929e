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


#: The calendar draws this many most recent days of the range as days (a year of squares).
CALENDAR_DAYS = 371


def calendar_windows(window: Window) -> tuple[Window, Window | None]:
    """(the last `CALENDAR_DAYS` days of `window`, the older part of it or None)."""
    if window.days <= CALENDAR_DAYS:
        return window, None
    recent = Window(window.end - timedelta(days=CALENDAR_DAYS - 1), window.end)
    return recent, Window(window.start, recent.start - timedelta(days=1))


def training_calendar(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets per day over the last year of the range (a GitHub-style grid).

    The calendar stays a calendar however long the range: a decade is the last 12 months as
    days here, and the years before as a strip of weeks (`training_years`).
    """
    recent, _ = calendar_windows(window)
    frame = data.run(training_calendar_query(recent, "day"))
    frame.attrs["grain"] = "day"
    return frame


def training_years(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets per week, year by year, for the range before the last year."""
    _, older = calendar_windows(window)
    if older is None:
        frame = data.run(training_calendar_query(Window(window.start, window.start), "week"))
        frame = frame.iloc[0:0]
    else:
        frame = data.run(training_calendar_query(older, "week"))
    frame.attrs["grain"] = "week"
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
