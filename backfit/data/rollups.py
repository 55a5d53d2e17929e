"""Rollups kept at write time: one row per lifter × session × day × lift (`session_lifts`).

Why: the Progress page used to re-read and re-aggregate every set of the lifter on every visit,
so its cost grew with the log. The page now reads these rows only (hundreds per year of
training instead of thousands of sets); every write path updates them inside its own
transaction, so the rollup can never disagree with `sets` once a write has committed:

* `backfit.data.sets.log_set` merges the one set into its row (`take_in`, no recompute);
* `backfit.data.sets` (edit, delete), `backfit.data.importers._apply` (import) and
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
from typing import Any

import duckdb

from backfit.core.rules import MAX_REPS_FOR_ESTIMATE, PULL_UP_RUNG
from backfit.data.store import one_row

# Each derived column is computed once, in layers, and named: DuckDB's optimizer cost grows
# with the size of the expression tree, and one flat SELECT that repeats the load expression in
# the e1RM one took ~30 ms to plan for a one-set refresh (most of `log_set`).
_LOAD = """
    CASE WHEN exercise <> 'pull_up' THEN weight_kg
         WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL
         ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END"""
# Epley with r = reps + RIR; a band without a kg value has no load, hence no estimate.
_E1RM = f"""
    CASE WHEN reps IS NULL OR reps < 1 OR variant IS NOT DISTINCT FROM 'negative'
              OR load_kg IS NULL OR load_kg <= 0 OR r > {MAX_REPS_FOR_ESTIMATE} THEN NULL
         WHEN r = 1 THEN load_kg
         ELSE load_kg * (1 + r / 30.0) END"""
# A pull-up's rung of the one ladder (TRAINING §3, `rules.PULL_UP_RUNGS`), from what was logged:
# imported sets often carry the assistance or the added load but a generic variant.
_RUNG = f"""
    CASE WHEN exercise <> 'pull_up' THEN NULL
         WHEN variant IS NOT DISTINCT FROM 'negative' THEN {PULL_UP_RUNG["negative"]}
         WHEN coalesce(assistance_kg, 0) > 0
              OR variant IN ('band_assisted', 'machine_assisted')
              THEN {PULL_UP_RUNG["machine_assisted"]}
         WHEN coalesce(weight_kg, 0) > 0 THEN {PULL_UP_RUNG["weighted"]}
         ELSE {PULL_UP_RUNG["bodyweight"]} END"""
# Pull-ups: added weight − assistance; none for negatives and bands without a kg value.
_NET = """
    CASE WHEN exercise <> 'pull_up' OR variant IS NOT DISTINCT FROM 'negative' THEN NULL
         WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL
         ELSE coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END"""

#: One set per row with the derived columns, for the sets chosen by `{where}`.
FACTS = f"""
    WITH s AS (
        SELECT profile, workout_id, performed_at, CAST(performed_at AS DATE) AS day, exercise,
               variant, kind, reps, weight_kg, assistance_kg, bodyweight_kg, rir, duration_s,
               kind <> 'warmup' AS working,
               {_LOAD} AS load_kg,
               reps + coalesce(rir, 0) AS r,
               CASE WHEN exercise = 'pull_up' THEN NULL ELSE variant END AS lift_variant,
               {_RUNG} AS rung,
               {_NET} AS net_kg
        FROM sets WHERE {{where}}
    )
    SELECT * EXCLUDE (r), {_E1RM} AS e1rm_kg FROM s"""

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


#: Up to this many sessions, `refresh` computes the rows in Python from the sessions' sets
#: (one plain SELECT); above it, in one SQL statement (`ROWS`). Planning `ROWS` costs several
#: ms, several times the INSERT of a logged set, while an import's thousands of sessions
#: would be slow in Python. Both follow the same definitions, and the property test holds
#: each to a fresh SQL recompute.
SMALL_REFRESH = 8

_SET_COLUMNS = (
    "profile, workout_id, performed_at, exercise, variant, kind, reps, weight_kg, assistance_kg,"
    " bodyweight_kg, rir, duration_s"
)
_INSERT = f"INSERT INTO session_lifts VALUES ({', '.join(['?'] * 20)})"


def refresh(
    cur: duckdb.DuckDBPyConnection, profile: str, workout_ids: Iterable[str] | None = None
) -> None:
    """Recompute `profile`'s rollup rows of `workout_ids` (all of its sessions when None).

    Call inside the writing transaction, after the sets changed: the rows of those sessions are
    deleted and rebuilt from `sets`, so a session that lost its last set loses its rows too.
    Logging one set uses `take_in` instead.
    """
    if workout_ids is None:
        cur.execute("DELETE FROM session_lifts WHERE profile = $p", {"p": profile})
        cur.execute(f"INSERT INTO session_lifts {ROWS.format(where='profile = $p')} {ORDER}",
                    {"p": profile})  # fmt: skip
        return
    ids = sorted(set(workout_ids))
    if not ids:
        return
    params = {"p": profile, "ids": ids}
    # A semi-join, not list_contains: an import's thousands of ids would be searched per set.
    where = "profile = $p AND workout_id IN (SELECT unnest($ids))"
    cur.execute(f"DELETE FROM session_lifts WHERE {where}", params)
    if len(ids) > SMALL_REFRESH:
        cur.execute(f"INSERT INTO session_lifts {ROWS.format(where=where)} {ORDER}", params)
        return
    sets = cur.execute(f"SELECT {_SET_COLUMNS} FROM sets WHERE {where}", params).fetchall()
    rows = rows_of(sets)
    if rows:
        cur.executemany(_INSERT, rows)


#: The columns of a rollup row after its key (profile, workout_id, day, exercise, variant).
VALUES = (
    "sets",
    "working_sets",
    "tonnage_kg",
    "e1rm_kg",
    "e1rm_reps",
    "e1rm_load_kg",
    "e1rm_rir",
    "reps",
    "best_reps",
    "hold_s",
    "longest_hold_s",
    "max_load_kg",
    "rung",
    "net_kg",
    "net_best_reps",
)


def lift_key(exercise: str, variant: str | None) -> tuple[str, str | None]:
    """The (exercise, variant) of a set's rollup row: pull-ups are one ladder (variant None)."""
    return exercise, None if exercise == "pull_up" else variant


def take_in(
    cur: duckdb.DuckDBPyConnection,
    logged: tuple[Any, ...],
    old: tuple[int, tuple[Any, ...]] | None,
) -> None:
    """Merge one just-logged set into its lift's rollup row, inside the logging transaction.

    `logged` is the set in `_SET_COLUMNS` order (the values in hand, not re-read); `old` is its
    row's rowid and `VALUES` as read in this transaction, or None when the lift has no row in
    that session and day yet. Every column is a sum, a count or a maximum, so the row is updated
    in place from the two, and logging costs the same in a session of 5 sets or of 500.

    Only the columns whose value changed are set, by rowid: DuckDB plans and writes every SET
    column and every predicate on each call, and a set usually changes 4 of the 15. The rowid
    was read under the same write transaction (and `Store.write`'s lock), so it is the row's.
    Merging in SQL instead (`sets = sets + ?`, `greatest(…)`, the best set by a CASE) saves the
    read but was measured slower: the 15 expressions cost more to plan than the read costs.
    """
    (row,) = rows_of([logged])
    if old is None:
        cur.execute(_INSERT, row)
        return
    rowid, values = old
    merged = _combine(values, row[5:])
    changed = [(name, new) for name, was, new in zip(VALUES, values, merged, strict=True)
               if new != was]  # fmt: skip
    # `sets` always grows by one, so there is always a column to set.
    assignments = ", ".join(f"{name} = ?" for name, _ in changed)
    cur.execute(
        f"UPDATE session_lifts SET {assignments} WHERE rowid = ?",
        [*(new for _, new in changed), rowid],
    )


def _combine(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    """Two rows' values (after the key) as one: what `_aggregate` gives for both sets."""
    best = [x for x in (a[3:7], b[3:7]) if x[0] is not None]
    top = (
        max(best, key=lambda x: _best_key(dict(e1rm=x[0], reps=x[1], load=x[2], rir=x[3])))
        if best
        else None
    )
    return (
        a[0] + b[0], a[1] + b[1], a[2] + b[2],
        *(top if top is not None else (None,) * 4),
        _add(a[7], b[7]), _max((a[8], b[8])), _add(a[9], b[9]),
        *(_max((x, y)) for x, y in zip(a[10:], b[10:], strict=True)),
    )  # fmt: skip


def _add(x: float | None, y: float | None) -> float | None:
    return None if x is None and y is None else (x or 0) + (y or 0)


def rows_of(sets: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rollup rows of `sets` (tuples in `_SET_COLUMNS` order), as `ROWS` computes them."""
    groups: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
    for row in sets:
        profile, workout_id, performed_at, exercise, variant = row[:5]
        lift_variant = None if exercise == "pull_up" else variant
        key = (profile, workout_id, performed_at.date(), exercise, lift_variant)
        groups.setdefault(key, []).append(row)
    return [(*key, *_aggregate(rows)) for key, rows in sorted(groups.items(), key=_order)]


def _order(item: tuple[Any, ...]) -> tuple[Any, ...]:
    profile, workout_id, day, exercise, variant = item[0]
    return (profile, day, workout_id, exercise, variant is not None, variant or "")


def _aggregate(rows: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    working = [_derived(r) for r in rows if r[5] != "warmup"]
    rated = [w for w in working if w["e1rm"] is not None]
    best = max(rated, key=_best_key) if rated else None
    reps = [w["reps"] for w in working if w["reps"] is not None]
    holds = [w["duration"] for w in working if w["reps"] is None and w["duration"] is not None]
    net = [w for w in working if w["net"] is not None]
    return (
        len(rows),
        len(working),
        sum(w["reps"] * w["load"] for w in working
            if w["reps"] is not None and w["load"] is not None and w["load"] > 0),
        None if best is None else best["e1rm"],
        None if best is None else best["reps"],
        None if best is None else best["load"],
        None if best is None else best["rir"],
        sum(reps) if reps else None,
        max(reps) if reps else None,
        sum(holds) if holds else None,
        max(holds) if holds else None,
        _max(w["load"] for w in working),
        _max(w["rung"] for w in working),
        _max(w["net"] for w in net),
        _max(w["reps"] for w in net),
    )  # fmt: skip


def _max(values: Iterable[float | int | None]) -> float | int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _best_key(w: dict[str, Any]) -> tuple[Any, ...]:
    # DuckDB orders a struct field by field with NULL above any value (RIR may be NULL).
    rir = w["rir"]
    return (w["e1rm"], w["reps"], w["load"], (1, 0.0) if rir is None else (0, rir))


def _derived(row: tuple[Any, ...]) -> dict[str, Any]:
    """A working set's load, e1RM, rung and net load, as `FACTS` defines them."""
    _, _, _, exercise, variant, _, reps, weight, assistance, bodyweight, rir, duration = row
    pull = exercise == "pull_up"
    band_without_kg = variant == "band_assisted" and assistance is None
    if not pull:
        load = weight
    elif band_without_kg or bodyweight is None:
        load = None
    else:
        load = bodyweight + (weight or 0.0) - (assistance or 0.0)
    e1rm = None
    if reps is not None and reps >= 1 and variant != "negative" and load is not None and load > 0:
        r = reps + (rir or 0.0)
        e1rm = None if r > MAX_REPS_FOR_ESTIMATE else load if r == 1 else load * (1 + r / 30.0)
    rung = net = None
    if pull:
        if variant == "negative":
            rung = PULL_UP_RUNG["negative"]
        elif (assistance or 0) > 0 or variant in ("band_assisted", "machine_assisted"):
            rung = PULL_UP_RUNG["machine_assisted"]
        elif (weight or 0) > 0:
            rung = PULL_UP_RUNG["weighted"]
        else:
            rung = PULL_UP_RUNG["bodyweight"]
        if variant != "negative" and not band_without_kg:
            net = (weight or 0.0) - (assistance or 0.0)
    return {"reps": reps, "load": load, "e1rm": e1rm, "rir": rir, "duration": duration,
            "rung": rung, "net": net}  # fmt: skip


def rebuild(cur: duckdb.DuckDBPyConnection) -> int:
    """Recompute every rollup row from `sets`, laid out by lifter; returns the row count.

    The table is emptied and refilled in `ORDER`, so each lifter's rows sit in as few row
    groups as possible (DuckDB prunes row groups by the min/max of their columns).
    """
    cur.execute("DELETE FROM session_lifts")
    cur.execute(f"INSERT INTO session_lifts {ROWS.format(where='true')} {ORDER}")
    (count,) = one_row(cur, "SELECT count(*) FROM session_lifts")
    return int(count)


def recomputed(cur: duckdb.DuckDBPyConnection, profile: str) -> list[tuple[Any, ...]]:
    """`profile`'s rollup rows as recomputed from `sets` now, in `ORDER` (for checks)."""
    sql = f"{ROWS.format(where='profile = $p')} {ORDER}"
    return cur.execute(sql, {"p": profile}).fetchall()


def stored(cur: duckdb.DuckDBPyConnection, profile: str) -> list[tuple[Any, ...]]:
    """`profile`'s rollup rows as stored, in `ORDER` (for checks)."""
    sql = f"SELECT * FROM session_lifts WHERE profile = $p {ORDER}"
    return cur.execute(sql, {"p": profile}).fetchall()
