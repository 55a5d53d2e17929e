"""Working sets, tonnage and pain per bucket, per muscle and per movement pattern.

A *working set* is any set whose kind is not `warmup` (working, drop and failure sets count).
*Effective load* is the external weight, except for pull-ups where it is bodyweight + added
weight − assistance (TRAINING §3), unknown for a band without a kg estimate.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import numpy as np
import pandas as pd

from backfit.core import catalog
from backfit.core.rules import MOVEMENTS
from backfit.data.analytics.columns import (
    bucket_days,
    count_distinct,
    day_number,
    group,
    in_window,
    maxima,
    nulls_first,
    per_week,
    sums,
)
from backfit.data.analytics.data import ProfileData, Rows
from backfit.data.analytics.frames import frame, top
from backfit.data.analytics.window import Grain, Window, bucket, choose_grain

BACK = "back"

#: The muscles each catalog exercise works (TRAINING §1); a custom exercise works none by name.
MUSCLES_OF: dict[str, tuple[str, ...]] = {e.id: tuple(e.muscles) for e in catalog.EXERCISES}
ALL_MUSCLES = tuple(sorted({m for ms in MUSCLES_OF.values() for m in ms}))


def volume_grain(window: Window) -> Grain:
    grain = choose_grain(window, 1)
    return "week" if grain == "day" else grain


def _with_grain(frame: pd.DataFrame, grain: Grain) -> pd.DataFrame:
    frame.attrs["grain"] = grain
    return frame


def weekly_volume(data: ProfileData, window: Window, grain: Grain | None = None) -> pd.DataFrame:
    """Working sets, tonnage, sessions and pain check-ins per bucket (weeks unless too many).

    `sets_per_week` is the bucket's working sets averaged over the weeks it spans, so month and
    quarter buckets still read against a weekly target band. Tonnage = Σ reps × effective load.
    Pain (workouts.pain_score / pain_trend) sits beside the load of the same bucket, so one
    frame serves both the weekly-sets and the pain-against-load charts.
    """
    grain = grain or volume_grain(window)
    rows, inside = data.rows, data.within(window)
    period = bucket_days(rows.day[inside], grain)
    scores: dict[int, list[int]] = {}  # a check-in with a trend only still makes its bucket
    worse: dict[int, int] = defaultdict(int)
    for day, score, trend in data.pain():
        if day in window:
            at = day_number(bucket(day, grain))
            known = scores.setdefault(at, [])
            if score is not None:
                known.append(score)
            worse[at] += trend == "worse"
    periods = np.union1d(period, np.array(list(scores), dtype=np.int64))
    groups, size = np.searchsorted(periods, period), len(periods)
    working = sums(groups, rows.working_sets[inside], size)
    result = frame({
        "period": ("date", periods),
        "working_sets": ("int64", working),
        "tonnage_kg": ("float", sums(groups, rows["tonnage_kg"][inside], size)),
        "sessions": ("int64", count_distinct(groups, rows.workout[inside], size)),
        "pain_avg": ("float", [_mean(scores.get(p, [])) for p in periods.tolist()]),
        "pain_max": ("int32", [top(scores.get(p, [])) for p in periods.tolist()]),
        "check_ins": ("int64", [len(scores.get(p, [])) for p in periods.tolist()]),
        "worse": ("int64", [worse.get(p, 0) for p in periods.tolist()]),
        "sets_per_week": ("float", per_week(periods, working, grain)),
    })  # fmt: skip
    return _with_grain(result, grain)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def pain_vs_load(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pain check-ins beside the weekly load: the same frame as `weekly_volume`."""
    return weekly_volume(data, window)


def muscle_grain(window: Window) -> Grain:
    grain = choose_grain(window, len(catalog.MUSCLES) + 1)
    return "week" if grain == "day" else grain


#: Every muscle a chart names, `back` among them, in the order the muscle frame sorts them.
MUSCLE_NAMES = tuple(sorted({*ALL_MUSCLES, BACK}))


def _credits(rows: Rows, names: tuple[str, ...], back: bool) -> np.ndarray:
    """(exercise code × muscle) how many times a set of the exercise counts for the muscle."""
    credit = np.zeros((len(rows.exercises), len(names)), dtype=np.int64)
    for code, exercise in enumerate(rows.exercises):
        for muscle in MUSCLES_OF.get(exercise, ()):
            credit[code, names.index(muscle)] += 1
    if back:
        credit[:, names.index(BACK)] += 1
    return credit


def muscle_sets(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per muscle per bucket, plus `back` for the back as a whole.

    Each catalog exercise credits every muscle it works (TRAINING §1); `back` counts every
    working set once, custom exercises included.
    """
    grain = muscle_grain(window)
    rows = data.rows
    pick = data.within(window) & (rows.working_sets > 0)
    periods, groups = np.unique(bucket_days(rows.day[pick], grain), return_inverse=True)
    exercise, working = rows.exercise[pick], rows.working_sets[pick]
    credit = _credits(rows, MUSCLE_NAMES, back=True)
    sets = np.zeros((len(periods), len(MUSCLE_NAMES)), dtype=np.int64)
    for m in range(len(MUSCLE_NAMES)):
        sets[:, m] = sums(groups, working * credit[exercise, m], len(periods))
    at, muscle = np.nonzero(sets)  # a bucket × muscle that got a set, in (period, name) order
    result = frame({
        "period": ("date", periods[at]),
        "muscle": ("str", np.array(MUSCLE_NAMES, dtype=object)[muscle]),
        "working_sets": ("int64", sets[at, muscle]),
        "sets_per_week": ("float", per_week(periods[at], sets[at, muscle], grain)),
    })  # fmt: skip
    return _with_grain(result, grain)


def recent_muscle_sets(data: ProfileData, end: date, days: int = 7) -> pd.DataFrame:
    """Working sets per muscle in the `days` days ending on `end` (every muscle, zeros too)."""
    rows = data.rows
    pick = data.within(Window(end - timedelta(days=days - 1), end)) & (rows.working_sets > 0)
    credit = _credits(rows, ALL_MUSCLES, back=False)[rows.exercise[pick]]
    sets = (credit * rows.working_sets[pick][:, None]).sum(axis=0)
    return frame({
        "muscle": ("str", list(ALL_MUSCLES)),
        "working_sets": ("int64", sets.astype(np.int64)),
    })  # fmt: skip


#: Trunk holds are not back working sets (TRAINING §2), so the movement balance leaves them out.
BALANCE_MOVEMENTS = tuple(m for m in MOVEMENTS if m != "trunk")


def balance(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per movement pattern (vertical pull, horizontal pull, hinge, extension).

    The pattern is the lift's own (`movement`), so a custom exercise the lifter classified
    counts in its pattern like a catalog one.
    """
    rows = data.rows
    pick = data.within(window) & (rows.working_sets > 0)
    per_exercise = sums(rows.exercise[pick], rows.working_sets[pick], len(rows.exercises))
    sets = dict.fromkeys(BALANCE_MOVEMENTS, 0)
    for movement, count in zip(rows.movements, per_exercise.tolist(), strict=True):
        if movement in sets:
            sets[movement] += count
    result = frame({
        "movement": ("str", list(sets)),
        "working_sets": ("int64", list(sets.values())),
    })  # fmt: skip
    total = result["working_sets"].sum()
    result["share"] = result["working_sets"] / total if total else 0.0
    return result


def other_lifts(data: ProfileData, window: Window) -> pd.DataFrame:
    """Lifts that are not back work (a bench press, a custom name not yet classified).

    They stay in the log, untouched; the Progress page lists them apart, never in back volume.
    """
    rows = data.others
    pick = in_window(rows.day, window)
    exercise, variant = rows.exercise[pick], rows.variant[pick]
    groups, firsts = group(exercise, nulls_first(variant, rows.variants))
    size = len(firsts)
    working = sums(groups, rows.working_sets[pick], size)
    last = np.full(size, np.iinfo(np.int64).min)
    np.maximum.at(last, groups, rows.day[pick])
    order = firsts[np.argsort(-working, kind="stable")]  # most sets first, then by name
    ranked = groups[order]
    return frame({
        "exercise": ("str", rows.exercises[exercise[order]]),
        "variant": ("str", rows.variants[variant[order]]),
        "working_sets": ("int64", working[ranked]),
        "sessions": ("int64", count_distinct(groups, rows.workout[pick], size)[ranked]),
        "last_day": ("date", last[ranked]),
        "best_e1rm_kg": ("float", maxima(groups, rows["e1rm_kg"][pick], size)[ranked]),
    })  # fmt: skip
