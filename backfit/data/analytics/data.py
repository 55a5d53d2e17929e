"""One profile's rollup rows read once for many aggregates, and the cheap overview of them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from backfit.data.analytics.sql import ALL_ROLLUP, LIFT_SESSIONS, PATTERN_PARAMS, ROLLUP, Query
from backfit.data.store import Store

_PRELUDE = "WITH r AS (FROM _rollup), ranked AS (FROM _lift_sessions)"


class ProfileData:
    """One profile's rollup rows (`session_lifts`), read once into a private temp table.

    The page's figures read only these rows, kept at write time (`backfit.data.rollups`): a
    few per session instead of every set, so a figure costs the same whether the lifter logged
    a year or a decade, and whatever the other lifters in the file logged. Temp tables belong
    to the cursor, so concurrent sessions never see each other's.
    """

    def __init__(self, cursor: duckdb.DuckDBPyConnection, profile: str) -> None:
        self.cursor = cursor
        self.profile = profile

    def query(self, sql: str, params: dict[str, object] | None = None) -> pd.DataFrame:
        return self.cursor.execute(sql, params or {}).df()

    def rows(self, sql: str, params: dict[str, object] | None = None) -> list[tuple[Any, ...]]:
        return self.cursor.execute(sql, params or {}).fetchall()

    def run(self, query: Query) -> pd.DataFrame:
        """`query` over this profile's temp tables, in its order."""
        sql = f"{_PRELUDE} SELECT * FROM ({query.sql}) q ORDER BY {query.order}"
        return self.query(sql, query.params)


@contextmanager
def open_profile(store: Store, profile: str, exercise: str | None = None) -> Iterator[ProfileData]:
    """`profile`'s sets (only `exercise`'s, if given) ready for the aggregates."""
    with store.read() as cursor:
        cursor.execute(
            f"CREATE OR REPLACE TEMP TABLE _all_rollup AS {ALL_ROLLUP}",
            {"profile": profile, "exercise": exercise, **PATTERN_PARAMS},
        )
        cursor.execute(f"CREATE OR REPLACE TEMP TABLE _rollup AS {ROLLUP}")
        cursor.execute(
            "CREATE OR REPLACE TEMP TABLE _lift_sessions AS"
            f" WITH r AS (FROM _rollup) SELECT * FROM ({LIFT_SESSIONS})"
        )
        # No DROP needed: temp tables die with the cursor when `read()` closes it.
        yield ProfileData(cursor, profile)


@dataclass(frozen=True, slots=True)
class Overview:
    sets: int
    working_sets: int
    sessions: int
    first: date | None
    last: date | None
    version: str


def overview(store: Store, profile: str, exercise: str | None = None) -> Overview:
    """Counts and the first/last day; `version` changes whenever the profile's figures do.

    Read from the rollup rows, never from `sets`. The version (a cache key for pages) is a
    fingerprint of those rows, the profile's pain check-ins, its routine version and the
    movement patterns it gave its own exercises (they decide what counts as back work).
    """
    sql = """
        SELECT coalesce(sum(sets), 0)::BIGINT, coalesce(sum(working_sets), 0)::BIGINT,
               count(DISTINCT workout_id), min(day), max(day),
               concat_ws(':', count(*), sum(sets),
                         bit_xor(hash(workout_id, day, exercise, variant, sets, working_sets,
                                      tonnage_kg, e1rm_kg, e1rm_reps, e1rm_load_kg, e1rm_rir,
                                      reps, best_reps, hold_s, longest_hold_s, max_load_kg,
                                      rung, net_kg, net_best_reps)),
                         (SELECT concat_ws(':', count(*), sum(pain_score),
                                           sum(length(pain_trend)))
                          FROM workouts WHERE profile = $profile),
                         (SELECT max(version) FROM routines WHERE profile = $profile),
                         (SELECT concat_ws(':', count(*), bit_xor(hash(exercise, movement)))
                          FROM exercise_patterns WHERE profile = $profile))
        FROM session_lifts
        WHERE profile = $profile AND ($exercise IS NULL OR exercise = $exercise)
    """
    with store.read() as cur:
        row = cur.execute(sql, {"profile": profile, "exercise": exercise}).fetchone()
    assert row is not None
    return Overview(int(row[0]), int(row[1]), int(row[2]), row[3], row[4], str(row[5]))
