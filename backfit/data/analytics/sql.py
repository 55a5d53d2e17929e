"""The SQL the aggregates share: derived columns (TRAINING §3, §5), buckets, and `Query`.

Every aggregate is a `Query`: a SELECT over two relations, `s` (one profile's sets with derived
columns, `FACTS`) and `ranked` (best e1RM per lift per session, `LIFT_SESSIONS`), plus the
profile's `workouts`. The query text runs against a cursor's temp tables
(`ProfileData.run`); keeping the text apart from the running leaves room to combine figures
into fewer statements. Catalog data goes in as parameters, never as SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backfit.core import catalog

_LOAD = (
    "CASE WHEN exercise <> 'pull_up' THEN weight_kg"
    " WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL"
    " ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END"
)
_R = "(reps + coalesce(rir, 0))"
# TRAINING §5, the SQL twin of backfit.e1rm.set_e1rm (tests compare them set by set).
_E1RM = f"""
    CASE
        WHEN reps IS NULL OR reps < 1 OR variant IS NOT DISTINCT FROM 'negative' THEN NULL
        WHEN exercise = 'pull_up' AND variant IS NOT DISTINCT FROM 'band_assisted'
             AND assistance_kg IS NULL THEN NULL
        WHEN ({_LOAD}) IS NULL OR ({_LOAD}) <= 0 OR {_R} > 10 THEN NULL
        WHEN {_R} = 1 THEN ({_LOAD})
        ELSE ({_LOAD}) * (1 + {_R} / 30.0)
    END"""
_LIFT_VARIANT = "CASE WHEN exercise = 'pull_up' THEN NULL ELSE variant END"

#: Every set of `$profile` (only `$exercise`'s, if not NULL) with the derived columns.
FACTS = f"""
    SELECT workout_id, performed_at, CAST(performed_at AS DATE) AS day, exercise, variant, kind,
           reps, weight_kg, assistance_kg, bodyweight_kg, rir, duration_s,
           kind <> 'warmup' AS working,
           {_LOAD} AS load_kg,
           {_E1RM} AS e1rm_kg,
           {_LIFT_VARIANT} AS lift_variant
    FROM set_log
    WHERE profile = $profile AND ($exercise IS NULL OR exercise = $exercise)"""

#: Best e1RM per lift per session over the whole history, with the best before it (for PRs).
LIFT_SESSIONS = """
    WITH sess AS (
        SELECT exercise, lift_variant AS variant, workout_id, min(day) AS day,
               max(e1rm_kg) AS e1rm_kg,
               arg_max(reps, e1rm_kg) AS reps, arg_max(load_kg, e1rm_kg) AS load_kg,
               arg_max(rir, e1rm_kg) AS rir
        FROM s
        WHERE working AND e1rm_kg IS NOT NULL
        GROUP BY ALL
    ),
    prev AS (
        SELECT *, max(e1rm_kg) OVER (
                   PARTITION BY exercise, variant ORDER BY day, workout_id
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_kg
        FROM sess
    )
    SELECT *, coalesce(e1rm_kg > previous_kg, false) AS is_pr FROM prev"""

IN_RANGE = "performed_at >= $start AND performed_at < $stop"
DAY_IN_RANGE = "day >= CAST($start AS DATE) AND day < CAST($stop AS DATE)"
BUCKET = "CAST(date_trunc($grain, day) AS DATE)"


def _pairs(pairs: list[tuple[str, str]], prefix: str) -> tuple[str, dict[str, object]]:
    """A parameterised VALUES list (catalog data never goes into SQL text)."""
    rows, params = [], {}
    for i, (a, b) in enumerate(pairs):
        rows.append(f"(${prefix}a{i}, ${prefix}b{i})")
        params[f"{prefix}a{i}"], params[f"{prefix}b{i}"] = a, b
    return "VALUES " + ", ".join(rows), params


MUSCLE_VALUES, MUSCLE_PARAMS = _pairs(
    [(e.id, m) for e in catalog.EXERCISES for m in e.muscles], "m"
)
# Trunk holds are not back working sets (TRAINING §2), so the movement balance leaves them out.
MOVEMENT_VALUES, MOVEMENT_PARAMS = _pairs(
    [(e.id, e.movement) for e in catalog.EXERCISES if e.movement != "trunk"], "v"
)


@dataclass(frozen=True, slots=True)
class Query:
    """One aggregate: `sql` (a SELECT over `s`, `ranked`, `workouts`), its row order, params."""

    sql: str
    order: str
    params: dict[str, object] = field(default_factory=dict)
