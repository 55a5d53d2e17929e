"""Estimated 1RM per lift and personal records (TRAINING §5).

A *lift* is the series an e1RM belongs to: exercise and variant (a dumbbell row is not a barbell
row), except pull-ups, whose variants are one ladder compared by effective load. A *PR* is a
session whose best e1RM beats every earlier session of the same lift (the first session sets
the baseline and is not a PR); PRs are judged against the whole history, not only the window.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from backfit.core import catalog
from backfit.data.analytics.columns import (
    bucket_days,
    group,
    in_window,
    maxima,
    nulls_first,
    sums,
)
from backfit.data.analytics.data import ProfileData, Sessions
from backfit.data.analytics.frames import frame
from backfit.data.analytics.window import Window, choose_grain


def _in_window(sessions: Sessions, window: Window) -> Sessions:
    return sessions.take(np.flatnonzero(in_window(sessions.day, window)))


def _by_day_and_lift(sessions: Sessions) -> np.ndarray:
    """The order (day, exercise, variant with None last), ties kept in session order."""
    return np.lexsort((sessions.variant, sessions.exercise, sessions.day))


def e1rm_by_session(data: ProfileData, window: Window) -> pd.DataFrame:
    """One row per lift per session in the window: best e1RM, the set it came from, PR flag."""
    rows = data.rows
    got = _in_window(data.sessions, window)
    got = got.take(_by_day_and_lift(got))
    return frame({
        "exercise": ("str", rows.exercises[got.exercise]),
        "variant": ("str", rows.variants[got.variant]),
        "workout_id": ("str", rows.workouts[got.workout]),
        "day": ("date", got.day),
        "e1rm_kg": ("float", got.e1rm_kg),
        "reps": ("int32", got.reps),
        "load_kg": ("float", got.load_kg),
        "rir": ("float", got.rir),
        "is_pr": ("bool", got.is_pr),
    })  # fmt: skip


def e1rm_series(data: ProfileData, window: Window) -> pd.DataFrame:
    """Best e1RM per lift per bucket (session, week, month…), `POINT_BUDGET` rows per lift.

    Columns: period, exercise, variant, lift, e1rm_kg, reps, load_kg, sessions, prs, is_pr.
    The best session of a bucket is the greatest (e1RM, reps, load): the same on every run.
    """
    # The page draws one lift at a time (a lift picker, not a legend of 40 lines), so each
    # lift gets the whole point budget: sessions for up to ~2.7 years, then weeks.
    grain = choose_grain(window, 1)
    rows = data.rows
    got = _in_window(data.sessions, window)
    period = bucket_days(got.day, grain)
    groups, firsts = group(period, got.exercise, got.variant)
    size = len(firsts)
    # Each bucket's best: the last in ascending (e1RM, reps, load) order of its group.
    order = np.lexsort((got.load_kg, got.reps, got.e1rm_kg, groups))
    last = np.ones(len(order), dtype=bool)
    last[:-1] = groups[order][1:] != groups[order][:-1]
    best = order[last]
    exercises = rows.exercises[got.exercise[firsts]]
    variants = rows.variants[got.variant[firsts]]
    prs = sums(groups, got.is_pr.astype(np.int64), size)
    result = frame({
        "period": ("date", period[firsts]),
        "exercise": ("str", exercises),
        "variant": ("str", variants),
        "lift": ("str", [lift_name(e, v) for e, v in zip(exercises, variants, strict=True)]),
        "e1rm_kg": ("float", got.e1rm_kg[best]),
        "reps": ("int32", got.reps[best]),
        "load_kg": ("float", got.load_kg[best]),
        "sessions": ("int64", np.bincount(groups, minlength=size)),
        "prs": ("int64", prs),
        "is_pr": ("bool", prs > 0),
    })  # fmt: skip
    result.attrs["grain"] = grain
    return result


def personal_records(data: ProfileData, window: Window, *, limit: int = 200) -> pd.DataFrame:
    """The PR sessions in the window, newest first, with the previous best they beat."""
    rows = data.rows
    got = _in_window(data.sessions, window)
    got = got.take(np.flatnonzero(got.is_pr))
    got = got.take(np.lexsort((got.variant, got.exercise, -got.day))[:limit])
    exercises, variants = rows.exercises[got.exercise], rows.variants[got.variant]
    return frame({
        "day": ("date", got.day),
        "exercise": ("str", exercises),
        "variant": ("str", variants),
        "lift": ("str", [lift_name(e, v) for e, v in zip(exercises, variants, strict=True)]),
        "e1rm_kg": ("float", got.e1rm_kg),
        "previous_kg": ("float", got.previous_kg),
        "reps": ("int32", got.reps),
        "load_kg": ("float", got.load_kg),
        "rir": ("float", got.rir),
    })  # fmt: skip


def lift_summary(data: ProfileData) -> pd.DataFrame:
    """Per lift over all history: best and latest e1RM, working sets (the CLI `exercises`)."""
    rows = data.rows
    variant = nulls_first(rows.variant, rows.variants)
    # Per lift, per session: its first day, best e1RM and working sets.
    per_session, firsts = group(rows.exercise, variant, rows.workout)
    size = len(firsts)
    day = np.full(size, np.iinfo(np.int64).max)
    np.minimum.at(day, per_session, rows.day)
    e1rm = maxima(per_session, rows["e1rm_kg"], size)
    working = sums(per_session, rows.working_sets, size)
    # Per lift: the best of its sessions and the latest rated one (by day, then session id).
    lift, lifts = group(rows.exercise[firsts], variant[firsts])
    best = maxima(lift, e1rm, len(lifts))
    latest = np.full(len(lifts), np.nan)
    rated = np.flatnonzero(~np.isnan(e1rm))
    newest = rated[np.lexsort((e1rm[rated], rows.workout[firsts][rated], day[rated], lift[rated]))]
    latest[lift[newest]] = e1rm[newest]  # the last write per lift is its newest session
    return frame({
        "exercise": ("str", rows.exercises[rows.exercise[firsts][lifts]]),
        "variant": ("str", rows.variants[rows.variant[firsts][lifts]]),
        "best_e1rm_kg": ("float", best),
        "latest_e1rm_kg": ("float", latest),
        "working_sets": ("int64", sums(lift, working, len(lifts))),
    })  # fmt: skip


@lru_cache(maxsize=1024)
def lift_name(exercise: str, variant: str | None) -> str:
    """ "Bent-over barbell row", "Pull-up", or a custom exercise name verbatim."""
    if not isinstance(variant, str):  # None, or NaN/NA from a frame
        variant = None
    if not catalog.is_catalog_exercise(exercise):
        return exercise if variant is None else f"{exercise} ({variant})"
    item = catalog.exercise(exercise)
    if variant is None:
        return item.name
    try:
        return item.variant(variant).name
    except KeyError:
        return f"{item.name} ({variant})"
