"""The pull-up ladder (TRAINING §3) and back extensions, per bucket, from the rollup rows."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pandas as pd

from backfit.core.rules import PULL_UP_RUNGS
from backfit.data.analytics.window import Grain, Window, bucket, choose_grain
from tests.data.analytics.rowwise.data import Lift, ProfileData
from tests.data.analytics.rowwise.frames import frame, top, total


def _buckets(
    data: ProfileData, exercise: str, window: Window
) -> tuple[Grain, dict[date, list[Lift]]]:
    """`exercise`'s rows with working sets in `window`, by bucket (one series: the finest)."""
    grain = choose_grain(window, 1)
    got: dict[date, list[Lift]] = defaultdict(list)
    for r in data.within(window):
        if r.exercise == exercise and r.working_sets > 0:
            got[bucket(r.day, grain)].append(r)
    return grain, dict(sorted(got.items()))


def pullup_ladder(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pull-up progress per bucket: ladder rung and load relative to bodyweight (TRAINING §3).

    `net_kg` = added weight − assistance: below zero assisted, zero bodyweight, above zero
    weighted. Negatives have no net load (they are a rung of their own). `effective_kg` needs a
    logged bodyweight.
    """
    grain, got = _buckets(data, "pull_up", window)
    rows = got.values()
    result = frame({
        "period": ("date", list(got)),
        "rung": ("int32", [top(r.rung for r in rs) for rs in rows]),
        "net_kg": ("float", [top(r.net_kg for r in rs) for rs in rows]),
        "effective_kg": ("float", [top(r.max_load_kg for r in rs) for rs in rows]),
        "best_reps": ("int32", [top(r.net_best_reps for r in rs) for rs in rows]),
        "working_sets": ("int64", [sum(r.working_sets for r in rs) for rs in rows]),
        "sessions": ("int64", [len({r.workout_id for r in rs}) for rs in rows]),
    })  # fmt: skip
    result["stage"] = result["rung"].map(dict(enumerate(PULL_UP_RUNGS)))
    result.attrs["grain"] = grain
    return result


def back_extensions(data: ProfileData, window: Window) -> pd.DataFrame:
    """Back-extension working sets, reps and hold time per bucket."""
    grain, got = _buckets(data, "back_extension", window)
    rows = got.values()
    result = frame({
        "period": ("date", list(got)),
        "working_sets": ("int64", [sum(r.working_sets for r in rs) for rs in rows]),
        "reps": ("int64", [total(r.reps for r in rs) or 0 for rs in rows]),
        "best_reps": ("int32", [top(r.best_reps for r in rs) for rs in rows]),
        "hold_s": ("float", [total(r.hold_s for r in rs) or 0.0 for rs in rows]),
        "longest_hold_s": ("float", [top(r.longest_hold_s for r in rs) for rs in rows]),
    })  # fmt: skip
    result.attrs["grain"] = grain
    return result
