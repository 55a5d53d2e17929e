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


@dataclass(frozen=True, slots=True)
class Query:
    """One aggregate: `sql` (a SELECT over `s`, `ranked`, `workouts`), its row order, params."""

    sql: str
    order: str
    params: dict[str, object] = field(default_factory=dict)
