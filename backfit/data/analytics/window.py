"""Date ranges and the buckets (grains) that keep every chart within `POINT_BUDGET` rows.

Weeks are `date_trunc('week', …)` buckets (Monday starts) made in SQL, never Vega time units,
which are wrong for recent dates (DESIGN §8). Long ranges are bucketed by week, month, quarter
or year so that no chart gets more than `POINT_BUDGET` rows (issue #5, bounded payload).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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

    def params(self) -> dict[str, object]:
        return {
            "start": datetime.combine(self.start, time()),
            "stop": datetime.combine(self.end + timedelta(days=1), time()),
        }


def buckets(window: Window, grain: Grain) -> int:
    """How many `grain` buckets `window` can touch (partial buckets at both ends)."""
    return int(window.days / DAYS_PER[grain]) + 2


def choose_grain(window: Window, series: int = 1, budget: int = POINT_BUDGET) -> Grain:
    """The finest bucket that keeps `series` × buckets within `budget` rows."""
    for grain in GRAINS:
        if buckets(window, grain) * max(series, 1) <= budget:
            return grain
    return "year"


def grain_params(window: Window, grain: Grain) -> dict[str, object]:
    return {**window.params(), "grain": grain}


def weeks_in(period: pd.Series, grain: Grain) -> pd.Series | float:
    """How many weeks each bucket spans, to read any bucket against a weekly target."""
    if grain in ("day", "week"):
        return 1.0
    if grain == "month":
        return pd.to_datetime(period).dt.days_in_month / 7
    return DAYS_PER[grain] / 7


def default_window(first: date, last: date, today: date, weeks: int = 26) -> Window:
    """The last `weeks` weeks of training up to today (or all of it, if shorter)."""
    end = max(last, today)
    return Window(max(first, min(last, end) - timedelta(weeks=weeks)), end)
