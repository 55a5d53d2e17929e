"""The SQL the aggregates share: the ranked lift sessions, buckets, and `Query`.

Every aggregate is a `Query`: a SELECT over two relations, `r` (one profile's rollup rows, one
per session × day × lift, `backfit.data.rollups`) and `ranked` (best e1RM per lift per session,
`LIFT_SESSIONS`), plus the profile's `workouts`. No aggregate reads `sets`. The query text
runs against a cursor's temp tables (`ProfileData.run`). Catalog data goes in as parameters,
never as SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backfit.core import catalog

#: Best e1RM per lift per session over the whole history, with the best before it (for PRs),
#: from the profile's rollup rows `r` (a session past midnight has a row per day). The best set
#: is the greatest (e1RM, reps, load, RIR), as in `rollups.ROWS`.
LIFT_SESSIONS = """
    WITH sess AS (
        SELECT exercise, variant, workout_id, min(day) AS day,
               max(struct_pack(e := e1rm_kg, r := e1rm_reps, l := e1rm_load_kg, i := e1rm_rir))
                   AS best
        FROM r
        WHERE e1rm_kg IS NOT NULL
        GROUP BY ALL
    ),
    prev AS (
        SELECT exercise, variant, workout_id, day, best.e AS e1rm_kg, best.r AS reps,
               best.l AS load_kg, best.i AS rir,
               max(best.e) OVER (
                   PARTITION BY exercise, variant ORDER BY day, workout_id
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_kg
        FROM sess
    )
    SELECT *, coalesce(e1rm_kg > previous_kg, false) AS is_pr FROM prev"""

IN_RANGE = "day >= CAST($start AS DATE) AND day < CAST($stop AS DATE)"
DAY_IN_RANGE = IN_RANGE
BUCKET = "CAST(date_trunc($grain, day) AS DATE)"


def _pairs(pairs: list[tuple[str, str]], prefix: str) -> tuple[str, dict[str, object]]:
    """A parameterised VALUES list (catalog data never goes into SQL text)."""
    rows: list[str] = []
    params: dict[str, object] = {}
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


# Every catalog lift's pattern, trunk holds too: the back filter keeps them (only "other" goes).
PATTERN_VALUES, PATTERN_PARAMS = _pairs([(e.id, e.movement) for e in catalog.EXERCISES], "p")

#: `$profile`'s rollup rows (only `$exercise`'s, if not NULL), each with its lift's movement
#: pattern: the catalog's, else the one the lifter picked, else "other" (issue #13).
ALL_ROLLUP = f"""
    SELECT sl.*, coalesce(cat.movement, pat.movement, 'other') AS movement
    FROM session_lifts sl
    LEFT JOIN ({PATTERN_VALUES}) cat(exercise, movement) ON cat.exercise = sl.exercise
    LEFT JOIN exercise_patterns pat ON pat.profile = sl.profile AND pat.exercise = sl.exercise
    WHERE sl.profile = $profile AND ($exercise IS NULL OR sl.exercise = $exercise)
    ORDER BY sl.day, sl.workout_id, sl.exercise, sl.variant NULLS FIRST"""
#: The back work only: every chart, PR and headline number reads this (`r`); the lifts that
#: are not back work stay in `_all_rollup` for the "Other lifts" list.
ROLLUP = "SELECT * FROM _all_rollup WHERE movement <> 'other'"


@dataclass(frozen=True, slots=True)
class Query:
    """One aggregate: `sql` (a SELECT over `r`, `ranked`, `workouts`), its row order, params."""

    sql: str
    order: str
    params: dict[str, object] = field(default_factory=dict)
