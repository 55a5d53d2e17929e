"""Date ranges and the buckets (grains) that keep every chart within `POINT_BUDGET` rows.

Weeks are Monday-start buckets (`bucket`) made before charting, never Vega time units,
which are wrong for recent dates (DESIGN §8). Long ranges are bucketed by week, month, quarter
or year so that no chart gets more than `POINT_BUDGET` rows (issue #5, bounded payload).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

import pandas as pd

Grain = Literal["day", "week", "month", "quarter", "year"]
GRAINS: tuple[Grain, ...] = ("day", "week", "month", "quarter", "year")
DAYS_PER: dict[str, float] = {
    "day": 1,
    "week": 7,
    "month": 30.44,
    "quarter": 91.31,
    "year": 365.25,
}

#: No chart gets more rows than this, however long the history (issue #5).
POINT_BUDGET = 1000


@dataclass(frozen=True, slots=True)
class Window:
    """An inclusive date range [start, end] and the bucket its charts use."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def buckets(window: Window, grain: Grain) -> int:
    """How many `grain` buckets `window` can touch (partial buckets at both ends)."""
    return int(window.days / DAYS_PER[grain]) + 2


def choose_grain(window: Window, series: int = 1, budget: int = POINT_BUDGET) -> Grain:
    """The finest bucket that keeps `series` × buckets within `budget` rows."""
    for grain in GRAINS:
        if buckets(window, grain) * max(series, 1) <= budget:
            return grain
    return "year"


@lru_cache(maxsize=8192)
def bucket(day: date, grain: Grain) -> date:
    """The first day of `day`'s `grain` bucket (SQL `date_trunc`; weeks start on Monday)."""
    if grain == "day":
        return day
    if grain == "week":
        return day - timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def weeks_in(period: pd.Series, grain: Grain) -> pd.Series | float:
    """How many weeks each bucket spans, to read any bucket against a weekly target."""
    if grain in ("day", "week"):
        return 1.0
    if grain == "month":
        return pd.to_datetime(period).dt.days_in_month / 7
    return DAYS_PER[grain] / 7


#: Histories shorter than this open whole on the Progress page; longer ones show their last year.
WHOLE_HISTORY_DAYS = 2 * 365


def default_window(first: date, last: date, today: date | None = None) -> Window:
    """The whole history when it spans under two years, else the 12 months ending at `last`.

    `today` is accepted for callers that had it and is ignored: an imported history that ended
    months ago must still open on its data, never on an empty "last 26 weeks" (issue #13).
    """
    if (last - first).days < WHOLE_HISTORY_DAYS:
        return Window(first, last)
    return Window(max(first, last - timedelta(days=365) + timedelta(days=1)), last)


def quick_window(name: str, first: date, last: date) -> Window:
    """A quick range ending at the last logged set: "4 wk", "3 mo", "1 yr" or "All"."""
    days = {"4 wk": 28, "3 mo": 91, "1 yr": 365}.get(name)
    if days is None:
        return Window(first, last)
    return Window(max(first, last - timedelta(days=days - 1)), last)
