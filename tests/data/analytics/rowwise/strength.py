"""Estimated 1RM per lift and personal records (TRAINING §5).

A *lift* is the series an e1RM belongs to: exercise and variant (a dumbbell row is not a barbell
row), except pull-ups, whose variants are one ladder compared by effective load. A *PR* is a
session whose best e1RM beats every earlier session of the same lift (the first session sets
the baseline and is not a PR); PRs are judged against the whole history, not only the window.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pandas as pd

from backfit.data.analytics.strength import lift_name
from backfit.data.analytics.window import Window, bucket, choose_grain
from tests.data.analytics.rowwise.data import LiftSession, ProfileData
from tests.data.analytics.rowwise.frames import frame, nulls_first, nulls_last, top


def e1rm_by_session(data: ProfileData, window: Window) -> pd.DataFrame:
    """One row per lift per session in the window: best e1RM, the set it came from, PR flag."""
    got = sorted(
        (s for s in data.sessions if s.day in window),
        key=lambda s: (s.day, s.exercise, nulls_last(s.variant)),
    )
    return frame({
        "exercise": ("str", [s.exercise for s in got]),
        "variant": ("str", [s.variant for s in got]),
        "workout_id": ("str", [s.workout_id for s in got]),
        "day": ("date", [s.day for s in got]),
        "e1rm_kg": ("float", [s.e1rm_kg for s in got]),
        "reps": ("int32", [s.reps for s in got]),
        "load_kg": ("float", [s.load_kg for s in got]),
        "rir": ("float", [s.rir for s in got]),
        "is_pr": ("bool", [s.is_pr for s in got]),
    })  # fmt: skip


def e1rm_series(data: ProfileData, window: Window) -> pd.DataFrame:
    """Best e1RM per lift per bucket (session, week, month…), `POINT_BUDGET` rows per lift.

    Columns: period, exercise, variant, lift, e1rm_kg, reps, load_kg, sessions, prs, is_pr.
    The best session of a bucket is the greatest (e1RM, reps, load): the same on every run.
    """
    # The page draws one lift at a time (a lift picker, not a legend of 40 lines), so each
    # lift gets the whole point budget: sessions for up to ~2.7 years, then weeks.
    grain = choose_grain(window, 1)
    groups: dict[tuple[date, str, str | None], list[LiftSession]] = defaultdict(list)
    for s in data.sessions:
        if s.day in window:
            groups[(bucket(s.day, grain), s.exercise, s.variant)].append(s)
    keys = sorted(groups, key=lambda k: (k[0], k[1], nulls_last(k[2])))
    best = [max(groups[k], key=lambda s: (s.e1rm_kg, s.reps, s.load_kg)) for k in keys]
    result = frame({
        "period": ("date", [k[0] for k in keys]),
        "exercise": ("str", [k[1] for k in keys]),
        "variant": ("str", [k[2] for k in keys]),
        "lift": ("str", [lift_name(k[1], k[2]) for k in keys]),
        "e1rm_kg": ("float", [s.e1rm_kg for s in best]),
        "reps": ("int32", [s.reps for s in best]),
        "load_kg": ("float", [s.load_kg for s in best]),
        "sessions": ("int64", [len(groups[k]) for k in keys]),
        "prs": ("int64", [sum(s.is_pr for s in groups[k]) for k in keys]),
        "is_pr": ("bool", [any(s.is_pr for s in groups[k]) for k in keys]),
    })  # fmt: skip
    result.attrs["grain"] = grain
    return result


def personal_records(data: ProfileData, window: Window, *, limit: int = 200) -> pd.DataFrame:
    """The PR sessions in the window, newest first, with the previous best they beat."""
    got = sorted(
        (s for s in data.sessions if s.is_pr and s.day in window),
        key=lambda s: (-s.day.toordinal(), s.exercise, nulls_last(s.variant)),
    )[:limit]
    return frame({
        "day": ("date", [s.day for s in got]),
        "exercise": ("str", [s.exercise for s in got]),
        "variant": ("str", [s.variant for s in got]),
        "lift": ("str", [lift_name(s.exercise, s.variant) for s in got]),
        "e1rm_kg": ("float", [s.e1rm_kg for s in got]),
        "previous_kg": ("float", [s.previous_kg for s in got]),
        "reps": ("int32", [s.reps for s in got]),
        "load_kg": ("float", [s.load_kg for s in got]),
        "rir": ("float", [s.rir for s in got]),
    })  # fmt: skip


def lift_summary(data: ProfileData) -> pd.DataFrame:
    """Per lift over all history: best and latest e1RM, working sets (the CLI `exercises`)."""
    # Per lift, per session: (first day, best e1RM, working sets).
    sessions: dict[tuple[str, str | None], dict[str, list[Any]]] = defaultdict(dict)
    for r in data.rows:
        got = sessions[(r.exercise, r.variant)].setdefault(r.workout_id, [r.day, None, 0])
        got[0] = min(got[0], r.day)
        got[1] = top((got[1], r.e1rm_kg))
        got[2] += r.working_sets
    keys = sorted(sessions, key=lambda k: (k[0], nulls_first(k[1])))
    best, latest, working = [], [], []
    for key in keys:
        rated = [
            (day, wid, e1rm) for wid, (day, e1rm, _) in sessions[key].items() if e1rm is not None
        ]
        best.append(max((e for _, _, e in rated), default=None))
        latest.append(max(rated)[2] if rated else None)
        working.append(sum(ws for _, _, ws in sessions[key].values()))
    return frame({
        "exercise": ("str", [k[0] for k in keys]),
        "variant": ("str", [k[1] for k in keys]),
        "best_e1rm_kg": ("float", best),
        "latest_e1rm_kg": ("float", latest),
        "working_sets": ("int64", working),
    })  # fmt: skip
