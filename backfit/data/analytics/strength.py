"""Estimated 1RM per lift and personal records (TRAINING §5).

A *lift* is the series an e1RM belongs to: exercise and variant (a dumbbell row is not a barbell
row), except pull-ups, whose variants are one ladder compared by effective load. A *PR* is a
session whose best e1RM beats every earlier session of the same lift (the first session sets
the baseline and is not a PR); PRs are judged against the whole history, not only the window.
"""

from __future__ import annotations

import pandas as pd

from backfit.core import catalog
from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.sql import DAY_IN_RANGE, Query
from backfit.data.analytics.window import Grain, Window, choose_grain, grain_params


def e1rm_by_session_query(window: Window) -> Query:
    sql = f"""
        SELECT exercise, variant, workout_id, day, e1rm_kg, reps, load_kg, rir, is_pr
        FROM ranked WHERE {DAY_IN_RANGE}"""
    return Query(sql, "day, exercise, variant", window.params())


def e1rm_by_session(data: ProfileData, window: Window) -> pd.DataFrame:
    """One row per lift per session in the window: best e1RM, the set it came from, PR flag."""
    return data.run(e1rm_by_session_query(window))


def e1rm_series_query(window: Window, grain: Grain) -> Query:
    sql = f"""
        SELECT CAST(date_trunc($grain, day) AS DATE) AS period, exercise, variant,
               max(struct_pack(e := e1rm_kg, r := reps, l := load_kg)) AS best,
               count(*) AS sessions, count(*) FILTER (is_pr) AS prs, bool_or(is_pr) AS is_pr
        FROM ranked WHERE {DAY_IN_RANGE}
        GROUP BY ALL"""
    # The best session of a bucket is the greatest (e1RM, reps, load): the same on every run.
    sql = f"""
        SELECT period, exercise, variant, best.e AS e1rm_kg, best.r AS reps, best.l AS load_kg,
               sessions, prs, is_pr
        FROM ({sql})"""
    return Query(sql, "period, exercise, variant", grain_params(window, grain))


def finish_e1rm_series(frame: pd.DataFrame, grain: Grain) -> pd.DataFrame:
    frame.insert(3, "lift", _lift_names(frame))
    frame.attrs["grain"] = grain
    return frame


def e1rm_series(data: ProfileData, window: Window) -> pd.DataFrame:
    """Best e1RM per lift per bucket (session, week, month…), `POINT_BUDGET` rows per lift.

    Columns: period, exercise, variant, lift, e1rm_kg, reps, load_kg, sessions, prs, is_pr.
    """
    # The page draws one lift at a time (a lift picker, not a legend of 40 lines), so each
    # lift gets the whole point budget: sessions for up to ~2.7 years, then weeks.
    grain = choose_grain(window, 1)
    return finish_e1rm_series(data.run(e1rm_series_query(window, grain)), grain)


def personal_records_query(window: Window, limit: int = 200) -> Query:
    sql = f"""
        SELECT day, exercise, variant, e1rm_kg, previous_kg, reps, load_kg, rir
        FROM ranked
        WHERE is_pr AND {DAY_IN_RANGE}
        ORDER BY day DESC, exercise LIMIT $limit"""
    return Query(sql, "day DESC, exercise", {"limit": limit, **window.params()})


def finish_personal_records(frame: pd.DataFrame) -> pd.DataFrame:
    frame.insert(3, "lift", _lift_names(frame))
    return frame


def personal_records(data: ProfileData, window: Window, *, limit: int = 200) -> pd.DataFrame:
    """The PR sessions in the window, newest first, with the previous best they beat."""
    return finish_personal_records(data.run(personal_records_query(window, limit)))


def lift_summary(data: ProfileData) -> pd.DataFrame:
    """Per lift over all history: best and latest e1RM, working sets (the CLI `exercises`)."""
    sql = """
        WITH sess AS (
            SELECT exercise, variant, workout_id, min(day) AS day, max(e1rm_kg) AS e1rm_kg,
                   sum(working_sets) AS working_sets
            FROM r
            GROUP BY ALL
        )
        SELECT exercise, variant, max(e1rm_kg) AS best_e1rm_kg,
               arg_max(e1rm_kg, (day, workout_id)) FILTER (e1rm_kg IS NOT NULL)
                   AS latest_e1rm_kg,
               sum(working_sets)::BIGINT AS working_sets
        FROM sess GROUP BY ALL"""
    return data.run(Query(sql, "exercise, variant NULLS FIRST"))


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


def _lift_names(frame: pd.DataFrame) -> list[str]:
    return [lift_name(e, v) for e, v in zip(frame.exercise, frame.variant, strict=True)]
