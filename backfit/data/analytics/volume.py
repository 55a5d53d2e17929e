"""Working sets, tonnage and pain per bucket, per muscle and per movement pattern.

A *working set* is any set whose kind is not `warmup` (working, drop and failure sets count).
*Effective load* is the external weight, except for pull-ups where it is bodyweight + added
weight − assistance (TRAINING §3), unknown for a band without a kg estimate.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from backfit.core import catalog
from backfit.core.rules import MOVEMENTS
from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.sql import (
    BUCKET,
    IN_RANGE,
    MUSCLE_PARAMS,
    MUSCLE_VALUES,
    Query,
)
from backfit.data.analytics.window import Grain, Window, choose_grain, grain_params, weeks_in

BACK = "back"


def volume_grain(window: Window) -> Grain:
    grain = choose_grain(window, 1)
    return "week" if grain == "day" else grain


def weekly_volume_query(profile: str, window: Window, grain: Grain) -> Query:
    sql = f"""
        WITH load AS (
            SELECT {BUCKET} AS period, sum(working_sets)::BIGINT AS working_sets,
                   coalesce(sum(tonnage_kg), 0) AS tonnage_kg,
                   count(DISTINCT workout_id) AS sessions
            FROM r WHERE {IN_RANGE} GROUP BY ALL
        ),
        pain AS (
            SELECT CAST(date_trunc($grain, CAST(started_at AS DATE)) AS DATE) AS period,
                   avg(pain_score) AS pain_avg, max(pain_score) AS pain_max,
                   count(pain_score) AS check_ins,
                   count(*) FILTER (pain_trend = 'worse') AS worse
            FROM workouts
            WHERE profile = $profile AND started_at >= $start AND started_at < $stop
                  AND (pain_score IS NOT NULL OR pain_trend IS NOT NULL)
            GROUP BY ALL
        )
        SELECT period, coalesce(working_sets, 0) AS working_sets,
               coalesce(tonnage_kg, 0) AS tonnage_kg, coalesce(sessions, 0) AS sessions,
               pain_avg, pain_max, coalesce(check_ins, 0) AS check_ins,
               coalesce(worse, 0) AS worse
        FROM load FULL JOIN pain USING (period)"""
    return Query(sql, "period", {"profile": profile, **grain_params(window, grain)})


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
    query serves both the weekly-sets and the pain-against-load charts.
    """
    grain = grain or volume_grain(window)
    return finish_per_week(data.run(weekly_volume_query(data.profile, window, grain)), grain)


def pain_vs_load(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pain check-ins beside the weekly load: the same frame as `weekly_volume`."""
    return weekly_volume(data, window)


def muscle_grain(window: Window) -> Grain:
    grain = choose_grain(window, len(catalog.MUSCLES) + 1)
    return "week" if grain == "day" else grain


def muscle_sets_query(window: Window, grain: Grain) -> Query:
    sql = f"""
        WITH muscles(exercise, muscle) AS ({MUSCLE_VALUES}),
        w AS (SELECT {BUCKET} AS period, exercise, working_sets FROM r
              WHERE working_sets > 0 AND {IN_RANGE})
        SELECT period, muscle, sum(working_sets)::BIGINT AS working_sets
        FROM w JOIN muscles USING (exercise) GROUP BY ALL
        UNION ALL
        SELECT period, '{BACK}' AS muscle, sum(working_sets)::BIGINT FROM w GROUP BY ALL"""
    return Query(sql, "period, muscle", {**MUSCLE_PARAMS, **grain_params(window, grain)})


def muscle_sets(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per muscle per bucket, plus `back` for the back as a whole.

    Each catalog exercise credits every muscle it works (TRAINING §1); `back` counts every
    working set once, custom exercises included.
    """
    grain = muscle_grain(window)
    return finish_per_week(data.run(muscle_sets_query(window, grain)), grain)


def recent_muscle_sets_query(end: date, days: int = 7) -> Query:
    window = Window(end - timedelta(days=days - 1), end)
    sql = f"""
        WITH muscles(exercise, muscle) AS ({MUSCLE_VALUES}),
        all_muscles AS (SELECT DISTINCT muscle FROM muscles)
        SELECT a.muscle, coalesce(sum(r.working_sets), 0)::BIGINT AS working_sets
        FROM all_muscles a
        LEFT JOIN muscles m ON m.muscle = a.muscle
        LEFT JOIN r ON r.exercise = m.exercise AND r.working_sets > 0
             AND r.day >= CAST($start AS DATE) AND r.day < CAST($stop AS DATE)
        GROUP BY ALL"""
    return Query(sql, "muscle", {**MUSCLE_PARAMS, **window.params()})


def recent_muscle_sets(data: ProfileData, end: date, days: int = 7) -> pd.DataFrame:
    """Working sets per muscle in the `days` days ending on `end` (every muscle, zeros too)."""
    return data.run(recent_muscle_sets_query(end, days))


#: Trunk holds are not back working sets (TRAINING §2), so the movement balance leaves them out.
BALANCE_MOVEMENTS = tuple(m for m in MOVEMENTS if m != "trunk")


def balance_query(window: Window) -> Query:
    # The pattern is the lift's own (`r.movement`), so a custom exercise the lifter classified
    # counts in its pattern like a catalog one.
    in_range = IN_RANGE.replace("day", "r.day")
    moves = ", ".join(f"($move{i})" for i in range(len(BALANCE_MOVEMENTS)))
    sql = f"""
        WITH all_moves(movement) AS (VALUES {moves})
        SELECT a.movement, coalesce(sum(r.working_sets), 0)::BIGINT AS working_sets
        FROM all_moves a
        LEFT JOIN r ON r.movement = a.movement AND r.working_sets > 0 AND {in_range}
        GROUP BY ALL"""
    params = {f"move{i}": m for i, m in enumerate(BALANCE_MOVEMENTS)}
    return Query(sql, "movement", {**params, **window.params()})


def other_lifts_query(window: Window) -> Query:
    sql = f"""
        SELECT exercise, variant, sum(working_sets)::BIGINT AS working_sets,
               count(DISTINCT workout_id) AS sessions, max(day) AS last_day,
               max(e1rm_kg) AS best_e1rm_kg
        FROM _all_rollup WHERE movement = 'other' AND {IN_RANGE}
        GROUP BY ALL"""
    return Query(sql, "working_sets DESC, exercise, variant NULLS FIRST", window.params())


def other_lifts(data: ProfileData, window: Window) -> pd.DataFrame:
    """Lifts that are not back work (a bench press, a custom name not yet classified).

    They stay in the log, untouched; the Progress page lists them apart, never in back volume.
    """
    return data.run(other_lifts_query(window))


def finish_balance(frame: pd.DataFrame) -> pd.DataFrame:
    frame["movement"] = pd.Categorical(frame["movement"], categories=MOVEMENTS, ordered=True)
    frame = frame.sort_values("movement").reset_index(drop=True)
    frame["movement"] = frame["movement"].astype(str)
    total = frame["working_sets"].sum()
    frame["share"] = frame["working_sets"] / total if total else 0.0
    return frame


def balance(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per movement pattern (vertical pull, horizontal pull, hinge, extension)."""
    return finish_balance(data.run(balance_query(window)))
