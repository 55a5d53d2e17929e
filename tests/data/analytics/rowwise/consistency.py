"""Training days, sessions per week and the streak. A *session* is a `workout_id` with a set.

All from the profile's rollup rows (one per session × day × lift).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

import pandas as pd

from backfit.data.analytics.window import Grain, Window, bucket
from tests.data.analytics.rowwise.data import ProfileData
from tests.data.analytics.rowwise.frames import frame

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
    sessions: dict[date, set[str]] = defaultdict(set)
    sets: dict[date, int] = defaultdict(int)
    for r in data.within(window) if window is not None else ():
        period = bucket(r.day, grain)
        sessions[period].add(r.workout_id)
        sets[period] += r.working_sets
    periods = sorted(sessions)
    result = frame({
        "period": ("date", periods),
        "week": ("date", [bucket(p, "week") for p in periods]),
        "weekday": ("int64", [p.isoweekday() for p in periods]),
        "year": ("int64", [p.year for p in periods]),
        "week_of_year": ("int64", [p.isocalendar()[1] for p in periods]),
        "sessions": ("int64", [len(sessions[p]) for p in periods]),
        "working_sets": ("int64", [sets[p] for p in periods]),
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
    sessions: dict[date, set[str]] = defaultdict(set)
    sets: dict[date, int] = defaultdict(int)
    for r in data.within(window):
        week = bucket(r.day, "week")
        sessions[week].add(r.workout_id)
        sets[week] += r.working_sets
    weeks = []
    week = bucket(window.start, "week")
    while week <= window.end:
        weeks.append(week)
        week += timedelta(days=7)
    return frame({
        "week": ("date", weeks),
        "sessions": ("int64", [len(sessions.get(w, ())) for w in weeks]),
        "working_sets": ("int64", [sets.get(w, 0) for w in weeks]),
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
    sessions: dict[date, set[str]] = defaultdict(set)
    for r in data.rows:
        if r.day <= today:
            sessions[bucket(r.day, "week")].add(r.workout_id)
    need = max(per_week, 1)
    return streak((w for w, got in sessions.items() if len(got) >= need), today)
