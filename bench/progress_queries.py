"""A stand-in for the Progress page's analytics, in SQL and in pandas, for the benchmark.

Until `backfit.analytics` lands (issue #5) the benchmark times these representative `set_log`
aggregations for one profile: the summary, weekly working sets and tonnage (weeks bucketed in
SQL, DESIGN §8), the best Epley e1RM per session and exercise (TRAINING §5, the same rules as
`backfit.e1rm.set_e1rm`), and the last 12 weeks' balance of working sets per exercise.
`progress_pandas` computes the same from the profile's rows with pandas, the baseline.

Both return the same dict of frames (`same_result` checks it), so the comparison is fair.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from backfit.e1rm import MAX_REPS_FOR_ESTIMATE
from backfit.store import Store

BALANCE_WEEKS = 12

_SQL_E1RM = f"""
WITH loads AS (
    SELECT workout_id, exercise, performed_at, reps, coalesce(rir, 0) AS rir,
           CASE WHEN exercise = 'pull_up'
                THEN bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0)
                ELSE weight_kg END AS load
    FROM set_log
    WHERE profile = $profile AND kind <> 'warmup' AND reps >= 1
      AND variant IS DISTINCT FROM 'negative'
      AND NOT (exercise = 'pull_up' AND variant = 'band_assisted' AND assistance_kg IS NULL)
)
SELECT workout_id, exercise, min(performed_at) AS performed_at,
       max(CASE WHEN reps + rir = 1 THEN load ELSE load * (1 + (reps + rir) / 30) END) AS e1rm_kg
FROM loads
WHERE load > 0 AND reps + rir <= {MAX_REPS_FOR_ESTIMATE}
GROUP BY workout_id, exercise
ORDER BY performed_at, exercise
"""

_SQL_WEEKLY = """
SELECT date_trunc('week', performed_at) AS week, count(*) AS working_sets,
       sum(coalesce(reps, 0) * coalesce(weight_kg, 0)) AS tonnage_kg
FROM set_log
WHERE profile = $profile AND kind = 'working'
GROUP BY week ORDER BY week
"""

_SQL_BALANCE = f"""
SELECT exercise, count(*) AS working_sets
FROM set_log
WHERE profile = $profile AND kind = 'working'
  AND performed_at > (SELECT max(performed_at) FROM set_log WHERE profile = $profile)
                     - INTERVAL {BALANCE_WEEKS} WEEK
GROUP BY exercise ORDER BY exercise
"""

_SQL_SUMMARY = """
SELECT count(*) AS sets, count(DISTINCT workout_id) AS sessions,
       min(performed_at) AS first, max(performed_at) AS last
FROM set_log WHERE profile = $profile
"""

QUERIES = {"summary": _SQL_SUMMARY, "weekly": _SQL_WEEKLY, "e1rm": _SQL_E1RM,
           "balance": _SQL_BALANCE}  # fmt: skip


def progress_queries(store: Store, profile: str) -> dict[str, pd.DataFrame]:
    """The Progress page's figures for `profile`, computed in DuckDB."""
    with store.read() as cur:
        return {name: cur.execute(sql, {"profile": profile}).df() for name, sql in QUERIES.items()}


def profile_rows(store: Store, profile: str) -> pd.DataFrame:
    """Every `set_log` row of the profile, as the pandas baseline starts from."""
    with store.read() as cur:
        return cur.execute("SELECT * FROM set_log WHERE profile = ?", [profile]).df()


def progress_pandas(rows: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The same figures as `progress_queries`, computed with pandas from the profile's rows."""
    summary = pd.DataFrame(
        {
            "sets": [len(rows)],
            "sessions": [rows["workout_id"].nunique()],
            "first": [rows["performed_at"].min()],
            "last": [rows["performed_at"].max()],
        }
    )
    working = rows[rows["kind"] == "working"]
    weekly = (
        working.assign(
            week=working["performed_at"].dt.to_period("W-SUN").dt.start_time,
            tonnage_kg=working["reps"].fillna(0) * working["weight_kg"].fillna(0),
        )
        .groupby("week", as_index=False)
        .agg(working_sets=("kind", "size"), tonnage_kg=("tonnage_kg", "sum"))
    )
    lifted = rows[
        (rows["kind"] != "warmup")
        & (rows["reps"] >= 1)
        & (rows["variant"] != "negative")
        & ~(
            (rows["exercise"] == "pull_up")
            & (rows["variant"] == "band_assisted")
            & rows["assistance_kg"].isna()
        )
    ]
    pull_up = lifted["exercise"] == "pull_up"
    load = np.where(
        pull_up,
        lifted["bodyweight_kg"] + lifted["weight_kg"].fillna(0) - lifted["assistance_kg"].fillna(0),
        lifted["weight_kg"],
    )
    r = lifted["reps"] + lifted["rir"].fillna(0)
    lifted = lifted.assign(load=load, r=r)
    lifted = lifted[(lifted["load"] > 0) & (lifted["r"] <= MAX_REPS_FOR_ESTIMATE)]
    epley = np.where(lifted["r"] == 1, lifted["load"], lifted["load"] * (1 + lifted["r"] / 30))
    e1rm = (
        lifted.assign(e1rm_kg=epley)
        .groupby(["workout_id", "exercise"], as_index=False)
        .agg(performed_at=("performed_at", "min"), e1rm_kg=("e1rm_kg", "max"))
        .sort_values(["performed_at", "exercise"], ignore_index=True)
    )
    since = rows["performed_at"].max() - pd.Timedelta(weeks=BALANCE_WEEKS)
    balance = (
        working[working["performed_at"] > since]
        .groupby("exercise", as_index=False)
        .agg(working_sets=("kind", "size"))
    )
    return {"summary": summary, "weekly": weekly, "e1rm": e1rm, "balance": balance}


def same_result(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> bool:
    """True when both computations agree (values compared loosely on type, tightly on value)."""
    if a.keys() != b.keys():
        return False
    for name in a:
        left = a[name].reset_index(drop=True)
        right = b[name].reset_index(drop=True)
        try:
            pd.testing.assert_frame_equal(
                left, right[left.columns], check_dtype=False, check_exact=False, rtol=1e-9
            )
        except (AssertionError, KeyError):
            return False
    return True
