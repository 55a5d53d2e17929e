"""Working sets, tonnage and pain per bucket, per muscle and per movement pattern.

A *working set* is any set whose kind is not `warmup` (working, drop and failure sets count).
*Effective load* is the external weight, except for pull-ups where it is bodyweight + added
weight − assistance (TRAINING §3), unknown for a band without a kg estimate.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import pandas as pd

from backfit.core import catalog
from backfit.core.rules import MOVEMENTS
from backfit.data.analytics.window import Grain, Window, bucket, choose_grain, weeks_in
from tests.data.analytics.rowwise.data import ProfileData
from tests.data.analytics.rowwise.frames import frame, nulls_first, top

BACK = "back"

#: The muscles each catalog exercise works (TRAINING §1); a custom exercise works none by name.
MUSCLES_OF: dict[str, tuple[str, ...]] = {e.id: tuple(e.muscles) for e in catalog.EXERCISES}
ALL_MUSCLES = tuple(sorted({m for ms in MUSCLES_OF.values() for m in ms}))


def volume_grain(window: Window) -> Grain:
    grain = choose_grain(window, 1)
    return "week" if grain == "day" else grain


def finish_per_week(frame: pd.DataFrame, grain: Grain) -> pd.DataFrame:
    """Adds `sets_per_week`, so month and quarter buckets read against a weekly target."""
    frame["sets_per_week"] = frame["working_sets"] / weeks_in(frame["period"], grain)
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
    sets: dict[date, int] = defaultdict(int)
    tonnage: dict[date, float] = defaultdict(float)
    sessions: dict[date, set[str]] = defaultdict(set)
    for r in data.within(window):
        period = bucket(r.day, grain)
        sets[period] += r.working_sets
        tonnage[period] += r.tonnage_kg
        sessions[period].add(r.workout_id)
    scores: dict[date, list[int]] = {}  # a check-in with a trend only still makes its bucket
    worse: dict[date, int] = defaultdict(int)
    for day, score, trend in data.pain():
        if day in window:
            period = bucket(day, grain)
            known = scores.setdefault(period, [])
            if score is not None:
                known.append(score)
            worse[period] += trend == "worse"
    periods = sorted(set(sets) | set(scores))
    result = frame({
        "period": ("date", periods),
        "working_sets": ("int64", [sets.get(p, 0) for p in periods]),
        "tonnage_kg": ("float", [tonnage.get(p, 0.0) for p in periods]),
        "sessions": ("int64", [len(sessions.get(p, ())) for p in periods]),
        "pain_avg": ("float", [_mean(scores.get(p, [])) for p in periods]),
        "pain_max": ("int32", [top(scores.get(p, [])) for p in periods]),
        "check_ins": ("int64", [len(scores.get(p, [])) for p in periods]),
        "worse": ("int64", [worse.get(p, 0) for p in periods]),
    })  # fmt: skip
    return finish_per_week(result, grain)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def pain_vs_load(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pain check-ins beside the weekly load: the same frame as `weekly_volume`."""
    return weekly_volume(data, window)


def muscle_grain(window: Window) -> Grain:
    grain = choose_grain(window, len(catalog.MUSCLES) + 1)
    return "week" if grain == "day" else grain


def muscle_sets(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per muscle per bucket, plus `back` for the back as a whole.

    Each catalog exercise credits every muscle it works (TRAINING §1); `back` counts every
    working set once, custom exercises included.
    """
    grain = muscle_grain(window)
    sets: dict[tuple[date, str], int] = defaultdict(int)
    for r in data.within(window):
        if r.working_sets > 0:
            period = bucket(r.day, grain)
            for muscle in MUSCLES_OF.get(r.exercise, ()):
                sets[(period, muscle)] += r.working_sets
            sets[(period, BACK)] += r.working_sets
    keys = sorted(sets)
    result = frame({
        "period": ("date", [k[0] for k in keys]),
        "muscle": ("str", [k[1] for k in keys]),
        "working_sets": ("int64", [sets[k] for k in keys]),
    })  # fmt: skip
    return finish_per_week(result, grain)


def recent_muscle_sets(data: ProfileData, end: date, days: int = 7) -> pd.DataFrame:
    """Working sets per muscle in the `days` days ending on `end` (every muscle, zeros too)."""
    window = Window(end - timedelta(days=days - 1), end)
    sets = dict.fromkeys(ALL_MUSCLES, 0)
    for r in data.within(window):
        if r.working_sets > 0:
            for muscle in MUSCLES_OF.get(r.exercise, ()):
                sets[muscle] += r.working_sets
    return frame({
        "muscle": ("str", list(ALL_MUSCLES)),
        "working_sets": ("int64", list(sets.values())),
    })  # fmt: skip


#: Trunk holds are not back working sets (TRAINING §2), so the movement balance leaves them out.
BALANCE_MOVEMENTS = tuple(m for m in MOVEMENTS if m != "trunk")


def balance(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per movement pattern (vertical pull, horizontal pull, hinge, extension).

    The pattern is the lift's own (`movement`), so a custom exercise the lifter classified
    counts in its pattern like a catalog one.
    """
    sets = dict.fromkeys(BALANCE_MOVEMENTS, 0)
    for r in data.within(window):
        if r.working_sets > 0 and r.movement in sets:
            sets[r.movement] += r.working_sets
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
    lifts: dict[tuple[str, str | None], list[Any]] = {}
    for r in data.others:
        if r.day in window:
            got = lifts.setdefault((r.exercise, r.variant), [0, set(), r.day, None])
            got[0] += r.working_sets
            got[1].add(r.workout_id)
            got[2] = max(got[2], r.day)
            got[3] = top((got[3], r.e1rm_kg))
    keys = sorted(lifts, key=lambda k: (-lifts[k][0], k[0], nulls_first(k[1])))
    return frame({
        "exercise": ("str", [k[0] for k in keys]),
        "variant": ("str", [k[1] for k in keys]),
        "working_sets": ("int64", [lifts[k][0] for k in keys]),
        "sessions": ("int64", [len(lifts[k][1]) for k in keys]),
        "last_day": ("date", [lifts[k][2] for k in keys]),
        "best_e1rm_kg": ("float", [lifts[k][3] for k in keys]),
    })  # fmt: skip
