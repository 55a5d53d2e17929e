"""Column-wise helpers: text as ordered integer codes, days as numbers, buckets and groups.

The figures aggregate a lifter's rollup rows as numpy columns (`data.ProfileData`), not as
Python objects: a few thousand rows cost microseconds per figure this way, where a Python loop
cost a millisecond a pass. Everything here keeps the results exactly those of the row-by-row
code it replaced: text codes sort like the text (Python's order, None last), sums add up in row
order (`np.bincount` accumulates in input order, as `+=` did; `np.add.reduce` would pair them
up), and the buckets are `window.bucket`'s, in day numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np

from backfit.data.analytics.window import DAYS_PER, Grain, Window

#: Day numbers count from 1970-01-01, a Thursday (so a day's weekday is (day + 3) % 7).
EPOCH = date(1970, 1, 1)
_EPOCH_ORDINAL = EPOCH.toordinal()


def day_number(day: date) -> int:
    return day.toordinal() - _EPOCH_ORDINAL


def to_date(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def day_numbers(values: Any) -> np.ndarray:
    """A DuckDB `DATE` column (`datetime64`) as int64 day numbers."""
    return np.asarray(values).astype("datetime64[D]").astype(np.int64)


def in_window(days: np.ndarray, window: Window) -> np.ndarray:
    """Which of `days` (day numbers) fall within `window` (inclusive)."""
    return (days >= day_number(window.start)) & (days <= day_number(window.end))


def bucket_days(days: np.ndarray, grain: Grain) -> np.ndarray:
    """The first day of each day's `grain` bucket, as day numbers (weeks start on Monday)."""
    if grain == "day":
        return days
    if grain == "week":
        monday: np.ndarray = days - (days + 3) % 7
        return monday
    months = days.astype("datetime64[D]").astype("datetime64[M]")
    if grain == "quarter":  # 1970-01 starts a quarter, so quarters are months in threes
        months = months - months.astype(np.int64) % 3
    elif grain == "year":
        months = months.astype("datetime64[Y]")
    return months.astype("datetime64[D]").astype(np.int64)


def encode(values: Sequence[Any] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(codes, labels) of a text column: `labels[codes]` is the column again.

    The labels are the distinct texts in sorted order with None last (always present, at
    `len(labels) - 1`), so comparing codes compares the texts with None after every text.
    """
    index: dict[Any, int] = {}
    raw = np.fromiter(
        (index.setdefault(v, len(index)) for v in values), dtype=np.int64, count=len(values)
    )
    names = sorted(k for k in index if k is not None)
    rank = np.empty(len(index), dtype=np.int64)
    for position, name in enumerate(names):
        rank[index[name]] = position
    if None in index:
        rank[index[None]] = len(names)
    labels = np.array([*names, None], dtype=object)
    return rank[raw] if len(index) else raw, labels


def nulls_first(codes: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Sort keys for `encode` codes that put None before every text."""
    return np.where(codes == len(labels) - 1, -1, codes)


def group(*keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(group of each row, index of each group's first row), groups in key order.

    `keys` are integer columns, the first the most significant (as in an ORDER BY).
    """
    if not len(keys[0]):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    order = np.lexsort(keys[::-1])
    change = np.zeros(len(order), dtype=bool)
    change[0] = True
    for key in keys:
        ranked = key[order]
        change[1:] |= ranked[1:] != ranked[:-1]
    groups = np.empty(len(order), dtype=np.int64)
    groups[order] = np.cumsum(change) - 1
    return groups, order[change]


def count_distinct(groups: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """How many distinct `values` each of `size` groups holds (sessions per bucket)."""
    if not len(groups):
        return np.zeros(size, dtype=np.int64)
    pairs = np.unique(groups * (int(values.max()) + 1) + values)
    return np.bincount(pairs // (int(values.max()) + 1), minlength=size).astype(np.int64)


def sums(groups: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Per group, the sum of `values` added in row order (floats: as a Python `+=` loop)."""
    total = np.bincount(groups, weights=values, minlength=size)
    return total.astype(np.int64) if values.dtype.kind in "iub" else total


def maxima(groups: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Per group, the greatest known value (NaN = unknown), NaN when none is known."""
    out = np.full(size, -np.inf)
    known = ~np.isnan(values)
    np.maximum.at(out, groups[known], values[known])
    out[out == -np.inf] = np.nan
    return out


def per_week(periods: np.ndarray, working_sets: np.ndarray, grain: Grain) -> np.ndarray:
    """Working sets per week of each bucket (`window.weeks_in`), so month and quarter buckets
    read against a weekly target: a month is its own number of days over 7."""
    if grain in ("day", "week"):
        return working_sets / 1.0
    if grain == "month":
        months = periods.astype("datetime64[D]").astype("datetime64[M]")
        days = ((months + 1).astype("datetime64[D]") - months.astype("datetime64[D]")).astype(
            np.int64
        )
        per_week: np.ndarray = working_sets / (days / 7)
        return per_week
    per_week = working_sets / (DAYS_PER[grain] / 7)
    return per_week
