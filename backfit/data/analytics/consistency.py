"""Training days, sessions per week and the streak. A *session* is a `workout_id` with a set.

All from the profile's rollup rows (one per session × day × lift).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import numpy as np
import pandas as pd

from backfit.data.analytics.columns import (
    bucket_days,
    count_distinct,
    day_number,
    sums,
    to_date,
)
from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.frames import frame
from backfit.data.analytics.window import Grain, Window, bucket

#: The calendar draws this many most recent days of the range as days (a year of squares).
CALENDAR_DAYS = 371


def calendar_windows(window: Window) -> tuple[Window, Window | None]:
    """(the last `CALENDAR_DAYS` days of `window`, the older part of it or None)."""
    if window.days <= CALENDAR_DAYS:
        return window, None
    recent = Window(window.end - timedelta(days=CALENDAR_DAYS - 1), window.end)
    return recent, Window(window.start, recent.start - timedelta(days=1))


def _calendar(data: ProfileData, window: Window | None, grain: Grain) -> pd.DataFrame:
    """Sessions and working sets per `grain` bucket of `window` (no rows for None)."""
    rows = data.rows
    pick = data.within(window) if window is not None else np.zeros(len(rows), dtype=bool)
    periods, groups = np.unique(bucket_days(rows.day[pick], grain), return_inverse=True)
    days = [to_date(p) for p in periods.tolist()]
    result = frame({
        "period": ("date", periods),
        "week": ("date", bucket_days(periods, "week")),
        "weekday": ("int64", [p.isoweekday() for p in days]),
        "year": ("int64", [p.year for p in days]),
        "week_of_year": ("int64", [p.isocalendar()[1] for p in days]),
        "sessions": ("int64", count_distinct(groups, rows.workout[pick], len(periods))),
        "working_sets": ("int64", sums(groups, rows.working_sets[pick], len(periods))),
    })  # fmt: skip
    result.attrs["grain"] = grain
    return result


def training_calendar(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets per day over the last year of the range (a GitHub-style grid).

    The calendar stays a calendar however long the range: a decade is the last 12 months as
    days here, and the years before as a strip of weeks (`training_years`).
    """
    return _calendar(data, calendar_windows(window)[0], "day")


def training_years(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets per week, year by year, for the range before the last year."""
    return _calendar(data, calendar_windows(window)[1], "week")


def sessions_per_week(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets in every week of the window (weeks without training too)."""
    rows, inside = data.rows, data.within(window)
    first = day_number(bucket(window.start, "week"))
    weeks = np.arange(first, day_number(window.end) + 1, 7, dtype=np.int64)
    groups = (bucket_days(rows.day[inside], "week") - first) // 7
    return frame({
        "week": ("date", weeks),
        "sessions": ("int64", count_distinct(groups, rows.workout[inside], len(weeks))),
        "working_sets": ("int64", sums(groups, rows.working_sets[inside], len(weeks))),
    })  # fmt: skip


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
    rows = data.rows
    pick = rows.day <= day_number(today)
    weeks, groups = np.unique(bucket_days(rows.day[pick], "week"), return_inverse=True)
    sessions = count_distinct(groups, rows.workout[pick], len(weeks))
    met = weeks[sessions >= max(per_week, 1)]
    return streak((to_date(w) for w in met.tolist()), today)
