"""Which sets of a file the database already holds: matched by content, as multisets.

A set is a duplicate when the same workout (its start time and source, which is what the
workout id `source:profile:start` is made of) already holds a set with the same exercise, kind,
reps, load (weight and assistance, to the gram) and duration. Equal sets are counted, not
merely looked up: a workout with three 100 kg × 5 in the database and four in the file gets
one more, never zero and never four. So

* re-importing a file adds nothing;
* an edited re-export (a forgotten warm-up added to a past workout, a weight corrected) adds
  exactly the new or changed sets: the unchanged ones match their stored copies;
* an older file that starts mid-workout, imported before the full file, leaves the full file to
  add just the sets the older one lacked: nothing lost, nothing doubled.

Positions (`set_index`) take no part: they shift whenever a set is inserted before another.
Rows typed by hand or restored from our own export match too, since only content counts.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

# Sets already stored for the workouts of the file, counted per content; the file's sets
# numbered within each content group in file order; a file set is a duplicate when its number
# is within the stored count. Weights are compared rounded to the gram (lb → kg conversions).
_DUPLICATES = """
WITH incoming AS (
    SELECT _row, workout_id, exercise, kind, reps,
           round(weight_kg, 3) AS w, round(assistance_kg, 3) AS a, round(duration_s, 3) AS d
    FROM _incoming_sets
), numbered AS (
    SELECT *, row_number() OVER (
        PARTITION BY workout_id, exercise, kind, reps, w, a, d ORDER BY _row
    ) AS copy
    FROM incoming
), stored AS (
    SELECT workout_id, exercise, kind, reps,
           round(weight_kg, 3) AS w, round(assistance_kg, 3) AS a, round(duration_s, 3) AS d,
           count(*) AS copies
    FROM sets
    WHERE profile = $profile
      AND workout_id IN (SELECT DISTINCT workout_id FROM _incoming_sets)
    GROUP BY ALL
)
SELECT n._row
FROM numbered n JOIN stored s
  ON n.workout_id = s.workout_id AND n.exercise = s.exercise AND n.kind = s.kind
 AND n.reps IS NOT DISTINCT FROM s.reps AND n.w IS NOT DISTINCT FROM s.w
 AND n.a IS NOT DISTINCT FROM s.a AND n.d IS NOT DISTINCT FROM s.d
WHERE n.copy <= s.copies
"""
_ANY_STORED = """
SELECT count(*) FROM sets
WHERE profile = $profile AND workout_id IN (SELECT DISTINCT workout_id FROM _incoming_sets)
"""
_LAST_POSITIONS = """
SELECT workout_id, exercise, max(set_index) AS last FROM sets
WHERE profile = $profile AND workout_id IN (SELECT DISTINCT workout_id FROM _incoming_sets)
GROUP BY ALL
"""
_COLUMNS = ("workout_id", "exercise", "kind", "reps", "weight_kg", "assistance_kg", "duration_s")


def new_sets(cur: duckdb.DuckDBPyConnection, sets: pd.DataFrame, profile: str) -> pd.DataFrame:
    """The sets of `sets` that the profile does not hold yet, numbered after the stored ones.

    A first import (no stored set in any of the file's workouts) costs one count query.
    """
    if sets.empty:
        return sets
    incoming = pa.table(
        {
            **{c: pa.array(sets[c]) for c in _COLUMNS},
            "_row": pa.array(np.arange(len(sets))),
        }
    )
    cur.register("_incoming_sets", incoming)
    try:
        params = {"profile": profile}
        if not cur.execute(_ANY_STORED, params).fetchall()[0][0]:
            return sets
        duplicates = cur.execute(_DUPLICATES, params).fetchnumpy()["_row"]
        last = cur.execute(_LAST_POSITIONS, params).df()
    finally:
        cur.unregister("_incoming_sets")
    keep = np.ones(len(sets), dtype=bool)
    keep[duplicates] = False
    fresh = sets[keep].reset_index(drop=True)
    return _numbered_after(fresh, last)


def _numbered_after(fresh: pd.DataFrame, last: pd.DataFrame) -> pd.DataFrame:
    """New sets of a workout that exists go after its stored sets of the same exercise.

    Their place among the stored sets is unknown (the database keeps no file order), and
    `set_index` must stay unique per workout and exercise for our own exports to re-import.
    """
    if fresh.empty or last.empty:
        return fresh
    fresh = fresh.copy()
    keys = ["workout_id", "exercise"]
    offsets = fresh[keys].merge(last, how="left", on=keys)
    stored = offsets["last"].notna().to_numpy()
    if not stored.any():
        return fresh
    rank = fresh.groupby(["workout_id", "exercise"], sort=False).cumcount().to_numpy() + 1
    renumbered = offsets["last"].fillna(0).to_numpy().astype("int64") + rank
    fresh["set_index"] = np.where(stored, renumbered, fresh["set_index"]).astype("int32")
    return fresh
