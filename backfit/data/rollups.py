"""Rollups kept at write time: one row per lifter × session × day × lift (`session_lifts`).

Why: the Progress page used to re-read and re-aggregate every set of the lifter on every visit,
so its cost grew with the log. The page now reads these rows only (hundreds per year of
training instead of thousands of sets); every write path calls `refresh` inside its own
transaction, so the rollup can never disagree with `sets` once a write has committed:

* `backfit.data.sets` (log, edit, delete), `backfit.data.importers._apply` (import) and
  `backfit.data.exporters.restore_backup` (restore) each call `refresh` once;
* `backfit rollups --rebuild` (`rebuild`) recomputes every row from `sets`, e.g. after a bug
  fix in the definitions below, and lays the rows out by lifter (see `rebuild`);
* `tests/data/test_rollups.py` checks, with hypothesis, that random logs, edits, deletes,
  imports and restores leave the rollup equal to one recomputed from scratch.

A *lift* is exercise + variant, except pull-ups whose variants are one ladder (variant NULL).
A row keeps a set's calendar `day`, so a session that runs past midnight has one row per day:
buckets (day, week, month…) then add up exactly. The definitions (TRAINING §3, §5):

* a *working set* is any set whose kind is not `warmup`;
* *effective load* is the weight, except pull-ups: bodyweight + weight − assistance (none for a
  band without a kg value);
* *e1RM* is Epley with r = reps + RIR, none above 10 reps, for holds, negatives or such bands —
  the SQL twin of `backfit.core.training.e1rm.set_e1rm` (a test compares them set by set).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from backfit.core.rules import PULL_UP_RUNG

_LOAD = (
    "CASE WHEN exercise <> 'pull_up' THEN weight_kg"
    " WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL"
    " ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END"
)
_R = "(reps + coalesce(rir, 0))"
_E1RM = f"""
    CASE
        WHEN reps IS NULL OR reps < 1 OR variant IS NOT DISTINCT FROM 'negative' THEN NULL
        WHEN exercise = 'pull_up' AND variant IS NOT DISTINCT FROM 'band_assisted'
             AND assistance_kg IS NULL THEN NULL
        WHEN ({_LOAD}) IS NULL OR ({_LOAD}) <= 0 OR {_R} > 10 THEN NULL
        WHEN {_R} = 1 THEN ({_LOAD})
        ELSE ({_LOAD}) * (1 + {_R} / 30.0)
    END"""
# A pull-up's rung of the one ladder (TRAINING §3, `rules.PULL_UP_RUNGS`), from what was logged:
# imported sets often carry the assistance or the added load but a generic variant.
_RUNG = f"""
    CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN {PULL_UP_RUNG["negative"]}
         WHEN coalesce(assistance_kg, 0) > 0
              OR variant IN ('band_assisted', 'machine_assisted')
              THEN {PULL_UP_RUNG["machine_assisted"]}
         WHEN coalesce(weight_kg, 0) > 0 THEN {PULL_UP_RUNG["weighted"]}
         ELSE {PULL_UP_RUNG["bodyweight"]} END"""
# Added weight − assistance; none for negatives and bands without a kg value.
_NET = """
    CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN NULL
         WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL
         ELSE coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END"""

#: One set per row with the derived columns, for the sets chosen by `{where}`.
FACTS = f"""
    SELECT profile, workout_id, performed_at, CAST(performed_at AS DATE) AS day, exercise,
           variant, kind, reps, weight_kg, assistance_kg, bodyweight_kg, rir, duration_s,
           kind <> 'warmup' AS working,
           {_LOAD} AS load_kg,
           {_E1RM} AS e1rm_kg,
           CASE WHEN exercise = 'pull_up' THEN NULL ELSE variant END AS lift_variant,
           CASE WHEN exercise = 'pull_up' THEN {_RUNG} END AS rung,
           CASE WHEN exercise = 'pull_up' THEN {_NET} END AS net_kg
    FROM sets WHERE {{where}}"""

#: The rollup rows of the sets chosen by `{where}`, in `session_lifts` column order. The best
#: set is the greatest (e1RM, reps, load, RIR), so ties between equal e1RMs resolve the same way
#: on every run.
ROWS = f"""
    WITH f AS ({FACTS}),
    g AS (
        SELECT profile, workout_id, day, exercise, lift_variant AS variant,
               count(*) AS sets,
               count(*) FILTER (working) AS working_sets,
               coalesce(sum(reps * load_kg) FILTER (working AND load_kg > 0), 0) AS tonnage_kg,
               max(struct_pack(e := e1rm_kg, r := reps, l := load_kg, i := rir))
                   FILTER (working AND e1rm_kg IS NOT NULL) AS best,
               sum(reps) FILTER (working) AS reps,
               max(reps) FILTER (working) AS best_reps,
               sum(duration_s) FILTER (working AND reps IS NULL) AS hold_s,
               max(duration_s) FILTER (working AND reps IS NULL) AS longest_hold_s,
               max(load_kg) FILTER (working) AS max_load_kg,
               max(rung) FILTER (working) AS rung,
               max(net_kg) FILTER (working) AS net_kg,
               max(reps) FILTER (working AND net_kg IS NOT NULL) AS net_best_reps
        FROM f GROUP BY ALL
    )
    SELECT profile, workout_id, day, exercise, variant, sets, working_sets, tonnage_kg,
           best.e AS e1rm_kg, best.r AS e1rm_reps, best.l AS e1rm_load_kg, best.i AS e1rm_rir,
           reps, best_reps, hold_s, longest_hold_s, max_load_kg, rung, net_kg, net_best_reps
    FROM g"""

#: The layout every rebuild writes: one lifter's rows together, in time order, so the zone maps
#: of `profile` and `day` let a lifter's query skip other lifters' row groups.
ORDER = "ORDER BY profile, day, workout_id, exercise, variant NULLS FIRST"


def refresh(
    cur: duckdb.DuckDBPyConnection, profile: str, workout_ids: Iterable[str] | None = None
) -> None:
    """Recompute `profile`'s rollup rows of `workout_ids` (all of its sessions when None).

    Call inside the writing transaction, after the sets changed: the rows of those sessions are
    deleted and rebuilt from `sets`, so a session that lost its last set loses its rows too.
    """
    if workout_ids is None:
        cur.execute("DELETE FROM session_lifts WHERE profile = $p", {"p": profile})
        where = "profile = $p"
        params: dict[str, object] = {"p": profile}
    else:
        ids = sorted(set(workout_ids))
        if not ids:
            return
        params = {"p": profile, "ids": ids}
        cur.execute(
            "DELETE FROM session_lifts WHERE profile = $p AND list_contains($ids, workout_id)",
            params,
        )
        where = "profile = $p AND list_contains($ids, workout_id)"
    cur.execute(f"INSERT INTO session_lifts {ROWS.format(where=where)} {ORDER}", params)


def rebuild(cur: duckdb.DuckDBPyConnection) -> int:
    """Recompute every rollup row from `sets`, laid out by lifter; returns the row count.

    The table is emptied and refilled in `ORDER`, so each lifter's rows sit in as few row
    groups as possible (DuckDB prunes row groups by the min/max of their columns).
    """
    cur.execute("DELETE FROM session_lifts")
    cur.execute(f"INSERT INTO session_lifts {ROWS.format(where='true')} {ORDER}")
    (count,) = cur.execute("SELECT count(*) FROM session_lifts").fetchone()
    return int(count)


def recomputed(cur: duckdb.DuckDBPyConnection, profile: str) -> list[tuple]:
    """`profile`'s rollup rows as recomputed from `sets` now, in `ORDER` (for checks)."""
    sql = f"{ROWS.format(where='profile = $p')} {ORDER}"
    return cur.execute(sql, {"p": profile}).fetchall()


def stored(cur: duckdb.DuckDBPyConnection, profile: str) -> list[tuple]:
    """`profile`'s rollup rows as stored, in `ORDER` (for checks)."""
    sql = f"SELECT * FROM session_lifts WHERE profile = $p {ORDER}"
    return cur.execute(sql, {"p": profile}).fetchall()
