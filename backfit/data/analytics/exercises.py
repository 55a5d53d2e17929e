"""The pull-up ladder (TRAINING §3) and back extensions, per bucket, from the rollup rows."""

from __future__ import annotations

import pandas as pd

from backfit.core.rules import PULL_UP_RUNGS
from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.sql import BUCKET, IN_RANGE, Query
from backfit.data.analytics.window import Grain, Window, choose_grain, grain_params


def pullup_ladder_query(window: Window, grain: Grain) -> Query:
    sql = f"""
        SELECT {BUCKET} AS period, max(rung) AS rung, max(net_kg) AS net_kg,
               max(max_load_kg) AS effective_kg, max(net_best_reps) AS best_reps,
               sum(working_sets)::BIGINT AS working_sets, count(DISTINCT workout_id) AS sessions
        FROM r WHERE exercise = 'pull_up' AND working_sets > 0 AND {IN_RANGE}
        GROUP BY ALL"""
    return Query(sql, "period", grain_params(window, grain))


def finish_pullup_ladder(frame: pd.DataFrame, grain: Grain) -> pd.DataFrame:
    frame["stage"] = frame["rung"].map(dict(enumerate(PULL_UP_RUNGS)))
    frame.attrs["grain"] = grain
    return frame


def pullup_ladder(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pull-up progress per bucket: ladder rung and load relative to bodyweight (TRAINING §3).

    `net_kg` = added weight − assistance: below zero assisted, zero bodyweight, above zero
    weighted. Negatives have no net load (they are a rung of their own). `effective_kg` needs a
    logged bodyweight.
    """
    grain = choose_grain(window, 1)
    return finish_pullup_ladder(data.run(pullup_ladder_query(window, grain)), grain)


def back_extensions_query(window: Window, grain: Grain) -> Query:
    sql = f"""
        SELECT {BUCKET} AS period, sum(working_sets)::BIGINT AS working_sets,
               coalesce(sum(reps), 0)::BIGINT AS reps, max(best_reps) AS best_reps,
               coalesce(sum(hold_s), 0) AS hold_s, max(longest_hold_s) AS longest_hold_s
        FROM r WHERE exercise = 'back_extension' AND working_sets > 0 AND {IN_RANGE}
        GROUP BY ALL"""
    return Query(sql, "period", grain_params(window, grain))


def with_grain(frame: pd.DataFrame, grain: Grain) -> pd.DataFrame:
    frame.attrs["grain"] = grain
    return frame


def back_extensions(data: ProfileData, window: Window) -> pd.DataFrame:
    """Back-extension working sets, reps and hold time per bucket."""
    grain = choose_grain(window, 1)
    return with_grain(data.run(back_extensions_query(window, grain)), grain)
