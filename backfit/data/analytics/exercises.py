"""The pull-up ladder (TRAINING §3) and back extensions, per bucket, from the rollup rows."""

from __future__ import annotations

import numpy as np
import pandas as pd

from backfit.core.rules import PULL_UP_RUNGS
from backfit.data.analytics.columns import bucket_days, count_distinct, maxima, sums
from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.frames import frame
from backfit.data.analytics.window import Grain, Window, choose_grain


def _buckets(
    data: ProfileData, exercise: str, window: Window
) -> tuple[Grain, np.ndarray, np.ndarray, np.ndarray]:
    """`exercise`'s rows with working sets in `window` by bucket (one series: the finest).

    (grain, the buckets in order as day numbers, the rows picked, each row's bucket).
    """
    grain = choose_grain(window, 1)
    rows = data.rows
    code = rows.exercise_code(exercise)
    pick = data.within(window) & (rows.exercise == code) & (rows.working_sets > 0)
    periods, groups = np.unique(bucket_days(rows.day[pick], grain), return_inverse=True)
    return grain, periods, pick, groups


def _total(groups: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Per group, the sum of the known values in row order, 0 where none is known."""
    return sums(groups, np.where(np.isnan(values), 0.0, values), size)


def pullup_ladder(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pull-up progress per bucket: ladder rung and load relative to bodyweight (TRAINING §3).

    `net_kg` = added weight − assistance: below zero assisted, zero bodyweight, above zero
    weighted. Negatives have no net load (they are a rung of their own). `effective_kg` needs a
    logged bodyweight.
    """
    grain, periods, pick, groups = _buckets(data, "pull_up", window)
    rows, size = data.rows, len(periods)
    result = frame({
        "period": ("date", periods),
        "rung": ("int32", maxima(groups, rows["rung"][pick], size)),
        "net_kg": ("float", maxima(groups, rows["net_kg"][pick], size)),
        "effective_kg": ("float", maxima(groups, rows["max_load_kg"][pick], size)),
        "best_reps": ("int32", maxima(groups, rows["net_best_reps"][pick], size)),
        "working_sets": ("int64", sums(groups, rows.working_sets[pick], size)),
        "sessions": ("int64", count_distinct(groups, rows.workout[pick], size)),
    })  # fmt: skip
    result["stage"] = result["rung"].map(dict(enumerate(PULL_UP_RUNGS)))
    result.attrs["grain"] = grain
    return result


def back_extensions(data: ProfileData, window: Window) -> pd.DataFrame:
    """Back-extension working sets, reps and hold time per bucket."""
    grain, periods, pick, groups = _buckets(data, "back_extension", window)
    rows, size = data.rows, len(periods)
    result = frame({
        "period": ("date", periods),
        "working_sets": ("int64", sums(groups, rows.working_sets[pick], size)),
        "reps": ("int64", _total(groups, rows["reps"][pick], size).astype(np.int64)),
        "best_reps": ("int32", maxima(groups, rows["best_reps"][pick], size)),
        "hold_s": ("float", _total(groups, rows["hold_s"][pick], size)),
        "longest_hold_s": ("float", maxima(groups, rows["longest_hold_s"][pick], size)),
    })  # fmt: skip
    result.attrs["grain"] = grain
    return result
