"""The pull-up ladder (TRAINING §3) and back extensions, per bucket."""

from __future__ import annotations

import pandas as pd

from backfit.core.rules import PULL_UP_RUNG, PULL_UP_RUNGS
from backfit.data.analytics.data import ProfileData
from backfit.data.analytics.sql import BUCKET, IN_RANGE, Query
from backfit.data.analytics.window import Grain, Window, choose_grain, grain_params

# A set's rung of the one pull-up ladder (TRAINING §3, `rules.PULL_UP_RUNGS`), from what was
# logged: imported sets often carry the assistance or the added load but a generic variant.
_RUNG = f"""
    CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN {PULL_UP_RUNG["negative"]}
         WHEN coalesce(assistance_kg, 0) > 0
              OR variant IN ('band_assisted', 'machine_assisted')
              THEN {PULL_UP_RUNG["machine_assisted"]}
         WHEN coalesce(weight_kg, 0) > 0 THEN {PULL_UP_RUNG["weighted"]}
         ELSE {PULL_UP_RUNG["bodyweight"]} END"""


def pullup_ladder_query(window: Window, grain: Grain) -> Query:
    sql = f"""
        WITH p AS (
            SELECT {BUCKET} AS period, workout_id, reps, load_kg, {_RUNG} AS rung,
                   CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN NULL
                        WHEN variant IS NOT DISTINCT FROM 'band_assisted'
                             AND assistance_kg IS NULL THEN NULL
                        ELSE coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END AS net_kg
            FROM s WHERE exercise = 'pull_up' AND working AND {IN_RANGE}
        )
        SELECT period, max(rung) AS rung, max(net_kg) AS net_kg, max(load_kg) AS effective_kg,
               max(reps) FILTER (net_kg IS NOT NULL) AS best_reps,
               count(*) AS working_sets, count(DISTINCT workout_id) AS sessions
        FROM p GROUP BY ALL"""
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
        SELECT {BUCKET} AS period, count(*) AS working_sets,
               coalesce(sum(reps), 0)::BIGINT AS reps, max(reps) AS best_reps,
               coalesce(sum(duration_s) FILTER (reps IS NULL), 0) AS hold_s,
               max(duration_s) FILTER (reps IS NULL) AS longest_hold_s
        FROM s WHERE exercise = 'back_extension' AND working AND {IN_RANGE}
        GROUP BY ALL"""
    return Query(sql, "period", grain_params(window, grain))


def with_grain(frame: pd.DataFrame, grain: Grain) -> pd.DataFrame:
    frame.attrs["grain"] = grain
    return frame


def back_extensions(data: ProfileData, window: Window) -> pd.DataFrame:
    """Back-extension working sets, reps and hold time per bucket."""
    grain = choose_grain(window, 1)
    return with_grain(data.run(back_extensions_query(window, grain)), grain)
