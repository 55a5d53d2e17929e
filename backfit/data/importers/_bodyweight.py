"""Bodyweight for imported pull-ups, from the profile's own bodyweight history.

Strong and Hevy files carry no bodyweight, so imported pull-ups had no effective load, no e1RM
and no tonnage (TRAINING §3, §5: effective load = bodyweight + weight − assistance). The
history is every bodyweight the profile has logged with a set (the Log page records it), plus
the profile's current bodyweight; a set takes the latest one at or before its time, else the
earliest one after, else the current one. A set that names its own bodyweight keeps it.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

_HISTORY = """
SELECT performed_at, bodyweight_kg FROM sets
WHERE profile = ? AND bodyweight_kg IS NOT NULL
ORDER BY performed_at
"""


def with_bodyweight(
    cur: duckdb.DuckDBPyConnection, sets: pd.DataFrame, profile: str
) -> pd.DataFrame:
    """`sets` with `bodyweight_kg` filled in for pull-ups that have none."""
    missing = (sets["exercise"] == "pull_up").to_numpy() & sets["bodyweight_kg"].isna().to_numpy()
    if not missing.any():
        return sets
    history = cur.execute(_HISTORY, [profile]).df()
    rows = cur.execute("SELECT bodyweight_kg FROM profiles WHERE name = ?", [profile]).fetchall()
    current = rows[0][0] if rows else None
    if history.empty and current is None:
        return sets
    filled = np.full(int(missing.sum()), np.nan if current is None else float(current))
    if not history.empty:
        times = pd.DataFrame(
            {"performed_at": sets["performed_at"][missing].astype("datetime64[us]").to_numpy()}
        )
        times["order"] = np.arange(len(times))
        history["performed_at"] = history["performed_at"].astype("datetime64[us]")
        ordered = times.sort_values("performed_at")
        before = pd.merge_asof(ordered, history, on="performed_at", direction="backward")
        after = pd.merge_asof(ordered, history, on="performed_at", direction="forward")
        found = before["bodyweight_kg"].fillna(after["bodyweight_kg"]).to_numpy()
        by_order = np.empty(len(times))
        by_order[ordered["order"].to_numpy()] = found
        filled = np.where(np.isnan(by_order), filled, by_order)
    sets = sets.copy()
    column = sets["bodyweight_kg"].to_numpy(dtype="float64", copy=True)
    column[missing] = filled
    sets["bodyweight_kg"] = column
    return sets
